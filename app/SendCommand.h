#pragma once
// `qourier send`: the headless sender for scripts. Same engine and MIME writer as the window.

#include "SmtpSession.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class CredentialStore;
class MimeWriter;

class SendCommand : public QObject
{
    Q_OBJECT
public:
    // One exit code per failure class, so scripts can tell them apart.
    enum ExitCode {
        Ok = 0,
        Usage = 2,             // bad arguments, invalid address
        Connect = 3,           // lookup, refused, unreachable, proxy
        Tls = 4,               // handshake, certificate, STARTTLS missing, clear text refused
        Auth = 5,              // no usable mechanism, wrong credentials, expired token
        SenderRefused = 6,
        RecipientsRefused = 7, // every recipient refused
        DataRefused = 8,       // message refused, too large, needs SMTPUTF8/8BITMIME
        TimedOut = 9,
        Server = 10,           // 421, protocol error, connection closed
        Input = 11,            // an unreadable body or attachment file
    };
    Q_ENUM(ExitCode)

    explicit SendCommand(QObject* parent = nullptr);
    ~SendCommand() override;

    // Returns an exit code, or -1 when the send has started and done() will follow.
    int start(const QStringList& arguments);
    static int exitCodeFor(const SmtpError& error);

signals:
    void done(int exitCode);

private:
    int usageError(const QString& message);
    int inputError(const QString& message);
    void startSession(const SmtpSettings& settings, const SmtpCredentials& credentials);
    void onTranscript(SmtpSession::Direction direction, const QString& line);
    void onProgress(int index, qint64 sent, qint64 total);
    void onMessageFinished(const SmtpDelivery& delivery);
    void onFinished(const SmtpError& error);

    std::unique_ptr<MimeWriter> m_writer;
    std::unique_ptr<SmtpSession> m_session;
    std::unique_ptr<CredentialStore> m_credentialStore; // `--account`: the keychain
    SmtpDelivery m_delivery;
    bool m_haveDelivery = false;
    bool m_showTranscript = false;
    bool m_showProgress = false;
    bool m_progressShown = false;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastDraw;
    int m_exitCode = Server;
};
