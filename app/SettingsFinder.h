#pragma once
// Finds the outgoing server for an e-mail address, and says where the answer came from:
//   1. the built-in provider list (ProviderDatabase),
//   2. the domain's autoconfig document over HTTPS (config-v1.1.xml),
//   3. DNS SRV records, _submissions._tcp (implicit TLS) before _submission._tcp (STARTTLS)
//      (RFC 6186 §3.1 with RFC 8314 §5.1),
//   4. the MX host's provider (a custom domain hosted by Google, Microsoft, ...),
//   5. probing smtp.<domain>, mail.<domain> and <domain> on 465, 587 and 25 (PortProber).
// Every network step is injectable (Environment) so tests run on loopback only, and each has its
// own time limit: a step that does not answer in time counts as "nothing found there".

#include "PortProber.h"
#include "ProviderDatabase.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class AutoconfigFetcher;

class SettingsFinder : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Provider, Autoconfig, SrvRecord, MxProvider, Probe };
    Q_ENUM(Source)

    struct SrvRecord
    {
        QString target; // "." = the service is decidedly not available (RFC 2782)
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
    };

    struct Result
    {
        Source source = Source::None; // None: nothing found, the person types the settings
        QString sourceDetail;  // the provider's name, the URL, the SRV name, the MX host, the probed host
        QString host;
        quint16 port = 0;
        SmtpSecurity security = SmtpSecurity::StartTls;
        QString userName;      // the address unless the source says otherwise
        bool clearTextOnly = false; // the only server found offers no encryption
        std::optional<ProviderDatabase::Provider> provider; // for advice and the name shown
        QStringList tried;     // one line per step tried, in order (English, for the log)
        bool found() const { return source != Source::None; }
    };

    // The injected steps may answer late, or after the finder is gone: both are ignored.
    using SrvLookup = std::function<void(const QString& name, std::function<void(const QList<SrvRecord>&)> done)>;
    using MxLookup = std::function<void(const QString& domain, std::function<void(const QStringList& hosts)> done)>;
    using Fetch = std::function<void(const QUrl& url, std::function<void(bool ok, const QByteArray& body)> done)>;
    using ProbeList = std::function<QList<PortProber::Candidate>(const QString& domain, const QString& mxDomain)>;

    struct Environment
    {
        ProviderDatabase providers = ProviderDatabase::builtIn();
        SrvLookup lookupSrv;     // empty = QDnsLookup
        MxLookup lookupMx;       // empty = QDnsLookup
        Fetch fetchAutoconfig;   // empty = AutoconfigFetcher (HTTPS)
        bool useAutoconfig = true;
        bool useDns = true;
        ProbeList probeCandidates; // empty = defaultProbeCandidates
        int stepTimeoutMs = 8'000;  // each DNS lookup and each autoconfig download
        int probeTimeoutMs = 5'000; // each phase of each probe connection
    };

    explicit SettingsFinder(QObject* parent = nullptr);
    explicit SettingsFinder(Environment environment, QObject* parent = nullptr);
    ~SettingsFinder() override;

    const ProviderDatabase& providers() const { return m_env.providers; }

    // Starts over for this address; finished() follows exactly once unless cancel() comes first.
    void start(const QString& emailAddress);
    void cancel();
    bool isRunning() const { return m_running; }

    // PortProber::defaultCandidates(domain), then smtp.<mxDomain> and mail.<mxDomain> when the
    // mail is handled under another domain.
    static QList<PortProber::Candidate> defaultProbeCandidates(const QString& domain, const QString& mxDomain);
    // "mx1.mail.example.net" → "example.net": the MX host's domain, for probing (a heuristic: the
    // last two labels, three when the second-level label is a known generic one like "com.tw").
    static QString mxDomainOf(const QString& mxHost);

signals:
    // What is being tried now, in words for the wizard ("Asking DNS for _submissions._tcp...").
    void progress(const QString& text);
    void finished(const SettingsFinder::Result& result);

private:
    enum class Step { Provider, Autoconfig, SrvSubmissions, SrvSubmission, Mx, Probe, Done };
    void runStep(Step step);
    void nextStep();
    void finish(const Result& result);
    // Arms the step timer; returns a token the step's callback must still match to count.
    int beginAsync();
    bool stillCurrent(int token) const { return m_running && token == m_token; }

    void stepAutoconfig(int urlIndex);
    void stepSrv(bool implicitTls);
    void stepMx();
    void stepProbe();

    void defaultSrvLookup(const QString& name, std::function<void(const QList<SrvRecord>&)> done);
    void defaultMxLookup(const QString& domain, std::function<void(const QStringList&)> done);

    Environment m_env;
    AutoconfigFetcher* m_fetcher = nullptr;
    PortProber* m_prober = nullptr;
    QTimer m_stepTimer;
    QString m_address;
    QString m_domain;
    QString m_mxDomain;
    QList<QUrl> m_autoconfigUrls;
    int m_autoconfigIndex = 0;
    Step m_step = Step::Done;
    int m_token = 0;
    bool m_running = false;
    Result m_result; // accumulates `tried`
};

Q_DECLARE_METATYPE(SettingsFinder::Result)
