#pragma once
// A real test of an account's server settings, stage by stage: connect, TLS, EHLO, AUTH, QUIT.
// It runs SmtpSession with no message enqueued, so the session connects, secures, reads the
// capabilities, signs in and quits: it never sends a message. Each stage reports what it learned
// (the TLS version and certificate, the EHLO extensions, the mechanism that signed in), and the
// redacted transcript is kept for the wizard's "Show transcript".

#include "SmtpCapabilities.h"
#include "SmtpError.h"
#include "SmtpSession.h"
#include "SmtpSettings.h"

#include <QObject>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Connect, Tls, Ehlo, Auth, Quit };
    Q_ENUM(Stage)
    enum class Status { Waiting, Running, Passed, Failed, Skipped };
    Q_ENUM(Status)

    struct TlsInfo
    {
        QString protocol;            // "TLSv1.3"
        QString cipher;              // "TLS_AES_256_GCM_SHA384"
        QList<QSslCertificate> chain; // leaf first
        bool isNull() const { return protocol.isEmpty(); }
    };

    struct Result
    {
        SmtpError error;              // kind None: every stage passed
        Stage failedStage = Stage::Connect;
        TlsInfo tls;
        SmtpCapabilities capabilities; // the last EHLO (after STARTTLS when there was one)
        bool capabilitiesKnown = false;
        QString authMechanism;        // empty: no sign-in was needed or it failed
        QStringList transcript;       // "C: ...", "S: ...", "* ..." lines, secrets redacted
        bool passed() const { return !error.isError(); }
    };

    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a test still running is cancelled first (and reports nothing more).
    void start(const SmtpSettings& settings, const SmtpCredentials& credentials);
    void cancel();
    bool isRunning() const { return m_session != nullptr && !m_done; }
    const Result& result() const { return m_result; }
    Status status(Stage stage) const { return m_status[int(stage)]; }

signals:
    void stageChanged(ConnectionTester::Stage stage, ConnectionTester::Status status);
    void tlsEstablished(const ConnectionTester::TlsInfo& info);
    void capabilitiesReceived(const SmtpCapabilities& capabilities);
    void authenticated(const QString& mechanism);
    void transcriptLine(const QString& line);
    void finished(const ConnectionTester::Result& result);

private:
    void setStatus(Stage stage, Status status);
    void onStateChanged(SmtpSession::State state);
    void onFinished(const SmtpError& error);
    Stage runningStage() const;

    std::unique_ptr<SmtpSession> m_session;
    SmtpSettings m_settings;
    bool m_haveCredentials = false;
    bool m_done = false;
    Status m_status[5] = {Status::Waiting, Status::Waiting, Status::Waiting, Status::Waiting, Status::Waiting};
    Result m_result;
};

Q_DECLARE_METATYPE(ConnectionTester::Result)
Q_DECLARE_METATYPE(ConnectionTester::TlsInfo)
