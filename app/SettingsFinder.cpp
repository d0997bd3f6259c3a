#include "SettingsFinder.h"

#include "AutoconfigFetcher.h"
#include "AutoconfigParser.h"

#include <QDnsLookup>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFinder, "qourier.finder", QtWarningMsg)

SettingsFinder::SettingsFinder(QObject* parent)
    : SettingsFinder(Environment(), parent)
{
}

SettingsFinder::SettingsFinder(Environment environment, QObject* parent)
    : QObject(parent)
    , m_env(std::move(environment))
    , m_prober(new PortProber(this))
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, [this] {
        m_result.tried << QStringLiteral("step timed out after %1 ms").arg(m_env.stepTimeoutMs);
        ++m_token; // a late answer from this step is ignored
        if (m_step == Step::Autoconfig)
            stepAutoconfig(m_autoconfigIndex + 1);
        else
            nextStep();
    });
    connect(m_prober, &PortProber::finished, this,
            [this](const std::optional<PortProber::Outcome>& best, const QList<PortProber::Outcome>& all) {
                for (const PortProber::Outcome& o : all) {
                    m_result.tried << QStringLiteral("probe %1:%2 (%3): %4")
                                          .arg(o.candidate.host)
                                          .arg(o.candidate.port)
                                          .arg(o.candidate.security == SmtpSecurity::ImplicitTls ? QStringLiteral("TLS")
                                                                                                 : QStringLiteral("STARTTLS"),
                                               o.verdict == PortProber::Outcome::Verdict::Failed ? o.error.toString()
                                                                                                 : QStringLiteral("answered"));
                }
                Result r = m_result;
                if (best) {
                    r.source = Source::Probe;
                    r.host = best->candidate.host;
                    r.port = best->candidate.port;
                    r.security = best->candidate.security;
                    r.clearTextOnly = best->verdict == PortProber::Outcome::Verdict::ClearTextOnly;
                    r.sourceDetail = QStringLiteral("%1:%2").arg(r.host).arg(r.port);
                    r.userName = m_address;
                    r.provider = m_env.providers.forServerHost(r.host);
                }
                finish(r);
            });
}

SettingsFinder::~SettingsFinder() = default;

QString SettingsFinder::mxDomainOf(const QString& mxHost)
{
    QString h = mxHost.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    QStringList labels = h.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    // "mx.example.com.tw": the registrable domain has three labels under such second levels.
    static const QStringList genericSecondLevel{QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
                                                QStringLiteral("edu"), QStringLiteral("gov"), QStringLiteral("co"),
                                                QStringLiteral("ac"), QStringLiteral("or"), QStringLiteral("ne")};
    const int keep = labels.at(labels.size() - 1).size() == 2 && genericSecondLevel.contains(labels.at(labels.size() - 2)) ? 3 : 2;
    return labels.mid(qMax(0, int(labels.size()) - keep)).join(QLatin1Char('.'));
}

QList<PortProber::Candidate> SettingsFinder::defaultProbeCandidates(const QString& domain, const QString& mxDomain)
{
    QList<PortProber::Candidate> out = PortProber::defaultCandidates(domain);
    if (!mxDomain.isEmpty() && mxDomain != domain.toLower()) {
        for (const QString& host : {QStringLiteral("smtp.") + mxDomain, QStringLiteral("mail.") + mxDomain}) {
            out.append(PortProber::Candidate{host, 465, SmtpSecurity::ImplicitTls});
            out.append(PortProber::Candidate{host, 587, SmtpSecurity::StartTls});
        }
    }
    return out;
}

void SettingsFinder::start(const QString& emailAddress)
{
    cancel();
    m_address = emailAddress.trimmed();
    m_domain = ProviderDatabase::domainOf(m_address);
    m_mxDomain.clear();
    m_result = Result();
    m_running = true;
    ++m_token;
    // Always answer from the event loop, even when the first step decides at once, so callers
    // can connect after start() and never see a signal from inside their own call.
    QTimer::singleShot(0, this, [this, token = m_token] {
        if (stillCurrent(token))
            runStep(Step::Provider);
    });
}

void SettingsFinder::cancel()
{
    m_running = false;
    ++m_token;
    m_stepTimer.stop();
    m_prober->cancel();
}

int SettingsFinder::beginAsync()
{
    m_stepTimer.start(m_env.stepTimeoutMs);
    return ++m_token;
}

void SettingsFinder::nextStep()
{
    m_stepTimer.stop();
    switch (m_step) {
    case Step::Provider: runStep(Step::Autoconfig); break;
    case Step::Autoconfig: runStep(Step::SrvSubmissions); break;
    case Step::SrvSubmissions: runStep(Step::SrvSubmission); break;
    case Step::SrvSubmission: runStep(Step::Mx); break;
    case Step::Mx: runStep(Step::Probe); break;
    case Step::Probe:
    case Step::Done: finish(m_result); break;
    }
}

void SettingsFinder::runStep(Step step)
{
    m_step = step;
    if (m_domain.isEmpty()) {
        m_result.tried << QStringLiteral("no domain in \"%1\"").arg(m_address);
        finish(m_result);
        return;
    }
    switch (step) {
    case Step::Provider: {
        emit progress(tr("Looking for %1 in Qourier's list of providers…").arg(m_domain));
        const std::optional<ProviderDatabase::Provider> p = m_env.providers.forDomain(m_domain);
        m_result.tried << QStringLiteral("provider list: %1").arg(p ? p->name : QStringLiteral("not listed"));
        if (!p) {
            nextStep();
            return;
        }
        Result r = m_result;
        r.source = Source::Provider;
        r.sourceDetail = p->name;
        r.host = p->host;
        r.port = p->port;
        r.security = p->security;
        r.userName = m_address;
        r.provider = p;
        finish(r);
        return;
    }
    case Step::Autoconfig:
        if (!m_env.useAutoconfig) {
            nextStep();
            return;
        }
        m_autoconfigUrls = AutoconfigFetcher::urlsFor(m_address);
        stepAutoconfig(0);
        return;
    case Step::SrvSubmissions:
    case Step::SrvSubmission:
        if (!m_env.useDns) {
            nextStep();
            return;
        }
        stepSrv(step == Step::SrvSubmissions);
        return;
    case Step::Mx:
        if (!m_env.useDns) {
            nextStep();
            return;
        }
        stepMx();
        return;
    case Step::Probe: stepProbe(); return;
    case Step::Done: finish(m_result); return;
    }
}

void SettingsFinder::stepAutoconfig(int urlIndex)
{
    if (urlIndex >= m_autoconfigUrls.size()) {
        nextStep();
        return;
    }
    m_autoconfigIndex = urlIndex;
    const QUrl url = m_autoconfigUrls.at(urlIndex);
    emit progress(tr("Asking %1 for its settings…").arg(url.host()));
    const int token = beginAsync();
    auto done = [this, guard = QPointer<SettingsFinder>(this), token, url, urlIndex](bool ok, const QByteArray& body) {
        if (!guard || !stillCurrent(token))
            return;
        m_stepTimer.stop();
        AutoconfigParser::Config config;
        QString error;
        std::optional<AutoconfigParser::Server> server;
        if (ok && AutoconfigParser::parse(body, m_address, &config, &error))
            server = AutoconfigParser::preferred(config.outgoing);
        m_result.tried << QStringLiteral("autoconfig %1: %2")
                              .arg(url.toString(), !ok ? QStringLiteral("not available")
                                                       : server ? QStringLiteral("%1:%2").arg(server->host).arg(server->port)
                                                                : QStringLiteral("no SMTP server (%1)").arg(error));
        if (!server) {
            stepAutoconfig(urlIndex + 1);
            return;
        }
        Result r = m_result;
        r.source = Source::Autoconfig;
        r.sourceDetail = url.toString(QUrl::RemoveQuery);
        r.host = server->host;
        r.port = server->port;
        r.security = server->security;
        r.clearTextOnly = server->security == SmtpSecurity::None;
        r.userName = server->userName.isEmpty() ? m_address : server->userName;
        r.provider = m_env.providers.forServerHost(r.host);
        finish(r);
    };
    if (m_env.fetchAutoconfig) {
        m_env.fetchAutoconfig(url, done);
    } else {
        if (!m_fetcher)
            m_fetcher = new AutoconfigFetcher(this);
        m_fetcher->setTimeout(m_env.stepTimeoutMs);
        m_fetcher->fetch(url, done);
    }
}

void SettingsFinder::stepSrv(bool implicitTls)
{
    // RFC 8314 §5.1 / RFC 6186 §3.1: "_submissions" is implicit TLS, "_submission" STARTTLS.
    const QString name = (implicitTls ? QStringLiteral("_submissions._tcp.") : QStringLiteral("_submission._tcp.")) + m_domain;
    emit progress(tr("Asking DNS for %1…").arg(name));
    const int token = beginAsync();
    auto done = [this, guard = QPointer<SettingsFinder>(this), token, name, implicitTls](const QList<SrvRecord>& records) {
        if (!guard || !stillCurrent(token))
            return;
        m_stepTimer.stop();
        QList<SrvRecord> usable;
        for (const SrvRecord& r : records) {
            // RFC 2782: a target of "." means the service is decidedly not available here.
            QString target = r.target.trimmed();
            if (target.endsWith(QLatin1Char('.')))
                target.chop(1);
            if (!target.isEmpty() && r.port != 0)
                usable.append(SrvRecord{target, r.port, r.priority, r.weight});
        }
        // RFC 2782: lowest priority first; among equals the heaviest weight (a wizard wants one
        // stable answer rather than the weighted random pick a resolver would make).
        std::stable_sort(usable.begin(), usable.end(), [](const SrvRecord& a, const SrvRecord& b) {
            return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
        });
        m_result.tried << QStringLiteral("DNS SRV %1: %2")
                              .arg(name, usable.isEmpty() ? QStringLiteral("none")
                                                          : QStringLiteral("%1:%2").arg(usable.first().target).arg(usable.first().port));
        if (usable.isEmpty()) {
            nextStep();
            return;
        }
        // RFC 6186 §6: DNS is not authenticated, so the server name is shown with its source and
        // TLS checks the certificate against that name; nothing is trusted because DNS said so.
        Result r = m_result;
        r.source = Source::SrvRecord;
        r.sourceDetail = name;
        r.host = usable.first().target;
        r.port = usable.first().port;
        r.security = implicitTls ? SmtpSecurity::ImplicitTls : SmtpSecurity::StartTls;
        r.userName = m_address;
        r.provider = m_env.providers.forServerHost(r.host);
        finish(r);
    };
    if (m_env.lookupSrv)
        m_env.lookupSrv(name, done);
    else
        defaultSrvLookup(name, done);
}

void SettingsFinder::stepMx()
{
    emit progress(tr("Asking DNS who handles mail for %1…").arg(m_domain));
    const int token = beginAsync();
    auto done = [this, guard = QPointer<SettingsFinder>(this), token](const QStringList& hosts) {
        if (!guard || !stillCurrent(token))
            return;
        m_stepTimer.stop();
        m_result.tried << QStringLiteral("DNS MX %1: %2").arg(m_domain, hosts.isEmpty() ? QStringLiteral("none") : hosts.join(QLatin1Char(' ')));
        for (const QString& mx : hosts) {
            const std::optional<ProviderDatabase::Provider> p = m_env.providers.forMxHost(mx);
            if (!p)
                continue;
            Result r = m_result;
            r.source = Source::MxProvider;
            r.sourceDetail = mx;
            r.host = p->host;
            r.port = p->port;
            r.security = p->security;
            r.userName = m_address;
            r.provider = p;
            finish(r);
            return;
        }
        if (!hosts.isEmpty())
            m_mxDomain = mxDomainOf(hosts.first());
        nextStep();
    };
    if (m_env.lookupMx)
        m_env.lookupMx(m_domain, done);
    else
        defaultMxLookup(m_domain, done);
}

void SettingsFinder::stepProbe()
{
    const QList<PortProber::Candidate> candidates =
        m_env.probeCandidates ? m_env.probeCandidates(m_domain, m_mxDomain) : defaultProbeCandidates(m_domain, m_mxDomain);
    QStringList hosts;
    for (const PortProber::Candidate& c : candidates) {
        if (!hosts.contains(c.host))
            hosts << c.host;
    }
    emit progress(tr("Trying %1 on ports 465, 587 and 25…").arg(hosts.join(QStringLiteral(", "))));
    ++m_token;
    m_prober->start(candidates, m_env.probeTimeoutMs);
}

void SettingsFinder::finish(const Result& result)
{
    if (!m_running)
        return;
    m_running = false;
    m_step = Step::Done;
    m_stepTimer.stop();
    ++m_token;
    qCDebug(lcFinder) << "finished" << result.source << result.host << result.port << result.tried;
    emit finished(result);
}

void SettingsFinder::defaultSrvLookup(const QString& name, std::function<void(const QList<SrvRecord>&)> done)
{
    auto* lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    connect(lookup, &QDnsLookup::finished, this, [lookup, done] {
        lookup->deleteLater();
        QList<SrvRecord> out;
        if (lookup->error() == QDnsLookup::NoError) {
            for (const QDnsServiceRecord& r : lookup->serviceRecords())
                out.append(SrvRecord{r.target(), r.port(), r.priority(), r.weight()});
        }
        done(out);
    });
    lookup->lookup();
}

void SettingsFinder::defaultMxLookup(const QString& domain, std::function<void(const QStringList&)> done)
{
    auto* lookup = new QDnsLookup(QDnsLookup::MX, domain, this);
    connect(lookup, &QDnsLookup::finished, this, [lookup, done] {
        lookup->deleteLater();
        QList<QDnsMailExchangeRecord> records;
        if (lookup->error() == QDnsLookup::NoError)
            records = lookup->mailExchangeRecords();
        // RFC 5321 §5.1: lower preference first.
        std::stable_sort(records.begin(), records.end(), [](const QDnsMailExchangeRecord& a, const QDnsMailExchangeRecord& b) {
            return a.preference() < b.preference();
        });
        QStringList hosts;
        for (const QDnsMailExchangeRecord& r : records)
            hosts << r.exchange();
        done(hosts);
    });
    lookup->lookup();
}
