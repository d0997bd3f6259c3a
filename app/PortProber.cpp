#include "PortProber.h"

#include "SmtpSession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProbe, "qourier.probe", QtWarningMsg)

PortProber::PortProber(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { decide(true); });
}

PortProber::~PortProber() = default;

QList<PortProber::Candidate> PortProber::defaultCandidates(const QString& domain)
{
    QList<Candidate> out;
    const QString d = domain.trimmed().toLower();
    if (d.isEmpty())
        return out;
    const QStringList hosts{QStringLiteral("smtp.") + d, QStringLiteral("mail.") + d, d};
    // RFC 8314 §3.3 (465, implicit TLS) is preferred over RFC 6409 submission (587, STARTTLS);
    // 25 is the relay port, which some small servers also accept submission on.
    for (const QString& host : hosts) {
        out.append(Candidate{host, 465, SmtpSecurity::ImplicitTls});
        out.append(Candidate{host, 587, SmtpSecurity::StartTls});
        out.append(Candidate{host, 25, SmtpSecurity::StartTls});
    }
    return out;
}

void PortProber::start(const QList<Candidate>& candidates, int timeoutMs)
{
    cancel();
    m_running = true;
    // Deleted later: start() may run from inside a slot connected to one of these sessions.
    for (Attempt& a : m_attempts) {
        if (a.session)
            a.session.release()->deleteLater();
    }
    m_attempts.clear();
    m_attempts.resize(size_t(candidates.size()));
    for (int i = 0; i < candidates.size(); ++i) {
        Attempt& a = m_attempts[size_t(i)];
        a.candidate = candidates.at(i);
        a.outcome.candidate = a.candidate;
        SmtpSettings s;
        s.host = a.candidate.host;
        s.port = a.candidate.port;
        s.security = a.candidate.security;
        s.timeouts = SmtpTimeouts::uniform(timeoutMs);
        a.session = std::make_unique<SmtpSession>(s);
        connect(a.session.get(), &SmtpSession::finished, this,
                [this, i](const SmtpError& error) { onAttemptFinished(i, error); });
    }
    // The sessions' own phase timers normally settle everything; this is the backstop, with room
    // for connect + TLS + greeting + EHLO + STARTTLS + EHLO.
    m_deadline.start(timeoutMs * 4 + 1000);
    for (Attempt& a : m_attempts)
        a.session->start();
    if (m_attempts.empty())
        QTimer::singleShot(0, this, [this] { decide(true); });
}

void PortProber::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    for (Attempt& a : m_attempts) {
        if (a.session) {
            a.session->disconnect(this);
            a.session->cancel();
        }
    }
}

void PortProber::onAttemptFinished(int index, const SmtpError& error)
{
    if (!m_running || index < 0 || size_t(index) >= m_attempts.size())
        return;
    Attempt& a = m_attempts[size_t(index)];
    if (a.settled)
        return;
    a.settled = true;
    a.outcome.error = error;
    using K = SmtpError::Kind;
    switch (error.kind) {
    case K::None: a.outcome.verdict = Outcome::Verdict::Works; break;
    case K::CertificateRejected:
        // A TLS server answered; whether to trust its certificate is the test page's question.
        a.outcome.verdict = Outcome::Verdict::UntrustedCertificate;
        break;
    case K::StartTlsUnavailable:
        // It greeted and answered EHLO, but offers no STARTTLS (RFC 3207 §4): clear text only.
        a.outcome.verdict = Outcome::Verdict::ClearTextOnly;
        a.outcome.candidate.security = SmtpSecurity::None;
        break;
    default: a.outcome.verdict = Outcome::Verdict::Failed; break;
    }
    qCDebug(lcProbe) << a.candidate.host << a.candidate.port << int(a.candidate.security) << "->"
                     << int(a.outcome.verdict) << error.toString();
    decide(false);
}

// Lower is better: secured before clear text, implicit TLS before STARTTLS.
int PortProber::rank(const Outcome& o)
{
    if (o.verdict == Outcome::Verdict::Failed)
        return 100;
    if (o.verdict == Outcome::Verdict::ClearTextOnly)
        return 10;
    return o.candidate.security == SmtpSecurity::ImplicitTls ? 0 : 1;
}

int PortProber::potentialRank(const Candidate& c)
{
    return c.security == SmtpSecurity::ImplicitTls ? 0 : c.security == SmtpSecurity::StartTls ? 1 : 10;
}

void PortProber::decide(bool force)
{
    if (!m_running)
        return;
    // The best settled outcome, ties going to the earlier candidate.
    int best = -1;
    for (size_t i = 0; i < m_attempts.size(); ++i) {
        const Attempt& a = m_attempts[i];
        if (a.settled && a.outcome.verdict != Outcome::Verdict::Failed
            && (best < 0 || rank(a.outcome) < rank(m_attempts[size_t(best)].outcome)))
            best = int(i);
    }
    if (!force) {
        // Wait while a pending attempt could still beat it (better rank, or equal rank and earlier).
        for (size_t i = 0; i < m_attempts.size(); ++i) {
            const Attempt& a = m_attempts[i];
            if (a.settled)
                continue;
            if (best < 0)
                return;
            const int bestRank = rank(m_attempts[size_t(best)].outcome);
            const int could = potentialRank(a.candidate);
            if (could < bestRank || (could == bestRank && int(i) < best))
                return;
        }
    }
    std::optional<Outcome> result;
    if (best >= 0)
        result = m_attempts[size_t(best)].outcome;
    QList<Outcome> all;
    for (const Attempt& a : m_attempts) {
        Outcome o = a.outcome;
        if (!a.settled) {
            // Out of time, or no longer worth waiting for: a better answer is already in.
            o.verdict = Outcome::Verdict::Failed;
            o.error.kind = force ? SmtpError::Kind::Timeout : SmtpError::Kind::Cancelled;
        }
        all.append(o);
    }
    cancel();
    emit finished(result, all);
}
