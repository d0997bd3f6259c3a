#pragma once
// `qourier send`: the headless sender for scripts. Same engine and MIME writer as the window.

#include "Account.h"
#include "MailMessage.h"
#include "OutboxEntry.h"
#include "SmtpSession.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class AccountResolver;
class CredentialStore;
class MimeWriter;
class Outbox;
class OutboxSender;

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
    struct Resolved
    {
        bool ok = false;
        SmtpSettings settings;
        SmtpCredentials credentials;
        QString problem; // when not ok: one line for the person
        int exitCode = 0;
    };
    void resolveAccount(SmtpSettings settings, SmtpCredentials credentials, bool renewToken,
                        std::function<void(const Resolved&)> then);
    void fail(const Resolved& resolved);
    void startQueued(const SmtpSettings& settings, const SmtpCredentials& credentials);
    void onEntryFinished(const QString& id, OutboxEntry::State state, const SmtpDelivery& delivery);

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
    // `--account` with secrets in the keychain (and XOAUTH2 tokens from its refresh token):
    // AccountResolver; one retry after AuthTokenExpired with a renewed token.
    std::unique_ptr<AccountResolver> m_resolver;
    Account m_account;
    bool m_secretFromKeychain = false;
    bool m_proxyPasswordFromKeychain = false;
    bool m_oauth = false;
    MailMessage m_message;
    SmtpSettings m_sessionSettings; // of the send under way
    SmtpCredentials m_sessionCredentials;
    bool m_tokenRetried = false;
    // The outbox (default; `--no-queue` sends directly as before).
    bool m_queue = true;
    QString m_subject;
    QString m_toDisplay;
    QString m_keychainAccountId;
    QString m_outboxId;
    QString m_outboxNote; // appended to the error line: where the message is now
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
};
