#pragma once
// The wizard's last resort: tries likely server names and ports all at once, each with a short
// time limit, using the real engine with nothing to send and no credentials (connect, TLS,
// greeting, EHLO, STARTTLS, QUIT). The best answer wins: implicit TLS (RFC 8314 §3, port 465),
// then STARTTLS (RFC 3207, 587 then 25), and only when nothing else answers, a server that offers
// no encryption at all, which the wizard then shows with its risk spelled out.

#include "SmtpError.h"
#include "SmtpSettings.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class SmtpSession;

class PortProber : public QObject
{
    Q_OBJECT
public:
    struct Candidate
    {
        QString host;
        quint16 port = 0;
        SmtpSecurity security = SmtpSecurity::StartTls;
    };

    struct Outcome
    {
        enum class Verdict {
            Works,               // secured and answered EHLO
            UntrustedCertificate, // a TLS server whose certificate is not trusted (yet): the test shows it
            ClearTextOnly,       // an SMTP server that did not offer STARTTLS
            Failed,              // refused, timed out, not SMTP, not TLS
        };
        Candidate candidate; // security is None for ClearTextOnly
        Verdict verdict = Verdict::Failed;
        SmtpError error;
    };

    explicit PortProber(QObject* parent = nullptr);
    ~PortProber() override;

    // smtp.<domain>, mail.<domain>, <domain>, each on 465 (implicit TLS), 587 and 25 (STARTTLS).
    static QList<Candidate> defaultCandidates(const QString& domain);

    // Probes every candidate in parallel; `timeoutMs` limits each phase of each attempt and, with
    // a little slack, the whole probe. finished() follows exactly once (also with no candidates).
    void start(const QList<Candidate>& candidates, int timeoutMs);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // The best outcome, or nullopt when nothing usable answered. `all` in candidate order.
    void finished(const std::optional<PortProber::Outcome>& best, const QList<PortProber::Outcome>& all);

private:
    struct Attempt
    {
        Candidate candidate;
        std::unique_ptr<SmtpSession> session;
        bool settled = false;
        Outcome outcome;
    };
    void onAttemptFinished(int index, const SmtpError& error);
    void decide(bool force);
    static int rank(const Outcome& outcome);
    static int potentialRank(const Candidate& candidate);

    std::vector<Attempt> m_attempts;
    QTimer m_deadline;
    bool m_running = false;
};

Q_DECLARE_METATYPE(PortProber::Outcome)
