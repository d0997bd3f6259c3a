#pragma once
// The SMTP submission client: one connection, any number of messages, driven entirely by socket
// signals and QTimers on the caller's thread. Read SmtpSession.cpp from top to bottom to follow a
// send: connect → (TLS) → greeting → EHLO → (STARTTLS → EHLO) → AUTH → per message
// MAIL/RCPT/DATA or BDAT, body, end of data → QUIT.
//
// RFCs: 5321 (SMTP), 3207 (STARTTLS), 8314 (implicit TLS), 4954 (AUTH), 4616 (PLAIN),
// 2195 (CRAM-MD5), 2920 (PIPELINING), 3030 (CHUNKING), 1870 (SIZE), 6152 (8BITMIME),
// 6531 (SMTPUTF8), 2034/3463 (enhanced status codes), 1047 (duplicate-message problem).

#include "SmtpCapabilities.h"
#include "SmtpEnvelope.h"
#include "SmtpError.h"
#include "SmtpReply.h"
#include "SmtpReplyParser.h"
#include "SmtpSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>
#include <QHostInfo>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

class DotStuffingFilter;
class SaslMechanism;

// A recipient's own result: accepted, or the server's reply refusing it.
struct SmtpRecipientResult
{
    QString address;
    SmtpReply reply;
    bool accepted() const { return reply.is(25); }
};

// The outcome of one enqueued message.
struct SmtpDelivery
{
    int index = -1;                         // as returned by enqueue()
    SmtpError error;                        // kind None = the server took responsibility (250)
    QList<SmtpRecipientResult> recipients;  // one per distinct envelope recipient
    SmtpReply finalReply;                   // the reply to the end of data ("250 2.0.0 Ok: queued as ...")
    qint64 bytesSent = 0;                   // message bytes written (before dot-stuffing)
    bool ok() const { return !error.isError(); }
    QStringList rejectedAddresses() const;
};

class SmtpSession : public QObject
{
    Q_OBJECT
public:
    // Protocol phases only; failures are SmtpError values, not states.
    enum class State {
        Idle,
        Connecting,
        TlsHandshake,      // implicit TLS (RFC 8314)
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        StartTlsHandshake, // RFC 3207 negotiation
        Auth,
        Ready,             // authenticated (or no AUTH needed), between messages
        MailFrom,
        RcptTo,
        Data,
        Body,
        EndOfData,
        Bdat,
        Rset,
        Quit,
        Done,
    };
    Q_ENUM(State)

    enum class Direction { Client, Server, Info };
    Q_ENUM(Direction)

    explicit SmtpSession(const SmtpSettings& settings, QObject* parent = nullptr);
    ~SmtpSession() override;

    void setCredentials(const SmtpCredentials& credentials);

    // Queues a message; `body` must stay alive until messageFinished() for it and be open for
    // reading. Its bytes are sent as they are read (CRLF normalised, dot-stuffed). Returns its index.
    // Messages may be enqueued before start() or while the session runs.
    int enqueue(const SmtpEnvelope& envelope, QIODevice* body);

    // Connects and sends everything queued, then QUIT. With nothing queued it only connects,
    // secures, reads capabilities, authenticates and quits: a real connection test.
    void start();
    // Ends the session at any phase; finished() reports Cancelled. Never delivers half a message.
    void cancel();

    State state() const { return m_state; }
    static QString stateName(State state);
    const SmtpCapabilities& capabilities() const { return m_caps; }
    bool isEncrypted() const;
    QSslCipher sessionCipher() const;
    QList<QSslCertificate> peerCertificateChain() const;
    QString authMechanismUsed() const { return m_authMechanismName; }
    QString peerAddress() const;

signals:
    void stateChanged(SmtpSession::State state);
    // Every line sent (Client) and received (Server), secrets redacted, the body summarised;
    // Info lines say what the engine did (TLS established, body streamed, ...).
    void transcript(SmtpSession::Direction direction, const QString& line);
    void capabilitiesReceived(const SmtpCapabilities& capabilities);
    void encrypted();
    void authenticated(const QString& mechanism);
    // Message bytes acknowledged by the socket, of the message's size (or -1 when unknown).
    void uploadProgress(int index, qint64 sent, qint64 total);
    // The message's final "." (or BDAT LAST) is about to be written; emitted once per message,
    // before the bytes leave. A crash after this may have delivered it (RFC 1047).
    void committing(int index);
    void messageFinished(const SmtpDelivery& delivery);
    // Last signal: error.kind None when every step succeeded (individual messages report their
    // own outcome in messageFinished).
    void finished(const SmtpError& error);

private:
    struct Job
    {
        int index = 0;
        SmtpEnvelope envelope;
        QPointer<QIODevice> body;
        SmtpDelivery delivery;
        QByteArray fromPath;         // "<a@b>" as sent
        QList<QByteArray> recipients; // distinct, as sent
        bool needsSmtpUtf8 = false;
    };
    // A command whose reply is still expected; with PIPELINING several are in flight (RFC 2920).
    enum class Command { Ehlo, Helo, StartTls, Auth, Mail, Rcpt, Data, EndOfData, Bdat, Rset, Quit };
    struct Pending
    {
        Command command;
        int recipient = -1;     // for Rcpt
        bool lastChunk = false; // for Bdat
        int job = -1;           // the message it belongs to (MAIL, RCPT, BDAT when pipelined)
    };
    // A message whose every byte is written (BDAT LAST) while replies to it are still on the way:
    // with PIPELINING and CHUNKING the next message does not wait for them (RFC 2920 §3.1).
    struct Tail
    {
        std::unique_ptr<Job> job;
        int rcptReplies = 0;
        SmtpError error; // the first refusal seen so far
        qint64 bodyRead = 0;
    };

    // --- the state machine: the only way to change state ---
    void setState(State state);
    void armTimer(int ms);
    void rearmTimer();

    // --- commands: each writes one command (or one pipelined group) and records its replies ---
    void sendEhlo();
    void sendHelo();
    void sendStartTls();
    void sendAuth();
    void startNextMessage();
    void sendTransactionCommands();
    void sendNextRcpt();
    void sendBody();
    void sendQuit();
    void settleQuit();

    // --- replies: each handles one complete reply and calls the next send...() ---
    void onGreeting(const SmtpReply& reply);
    void onEhloReply(const SmtpReply& reply);
    void onHeloReply(const SmtpReply& reply);
    void onStartTlsReply(const SmtpReply& reply);
    void onAuthReply(const SmtpReply& reply);
    void onMailReply(const SmtpReply& reply);
    void onRcptReply(const SmtpReply& reply, int recipient);
    void onDataReply(const SmtpReply& reply);
    void onBdatReply(const SmtpReply& reply, bool lastChunk);
    void onEndOfDataReply(const SmtpReply& reply);
    void onRsetReply(const SmtpReply& reply);
    void onQuitReply(const SmtpReply& reply);

    void afterHello();
    void afterAuthentication();
    void settleIfIdle();
    void stopBody();
    int acceptedRecipients() const;
    void finishMessage(const SmtpError& error);
    void handOffToTail();
    void onTailReply(const Pending& pending, const SmtpReply& reply);
    bool announceCommit();

    // --- connecting: one socket, or Happy Eyeballs over the resolved addresses ---
    std::unique_ptr<QSslSocket> makeSocket(const QNetworkProxy& proxy) const;
    void attachSocket();
    void onHostLookedUp(const QHostInfo& info);
    void startNextAttempt();
    void onAttemptConnected(QSslSocket* winner);
    void onAttemptFailed(QSslSocket* socket, QAbstractSocket::SocketError error);
    SmtpError errorFromSocket(QSslSocket* socket, QAbstractSocket::SocketError error) const;

    // --- socket plumbing ---
    void onConnected();
    void sendProxyConnect();
    QByteArray onProxyConnectReply();
    void onEncrypted();
    void onReadyRead();
    void dispatch(const SmtpReply& reply);
    void onBytesWritten();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError>& errors);
    void onDisconnected();
    void onTimeout();
    bool awaitingFinalReply() const;

    void writeCommand(const QByteArray& command, Command awaits, const QString& redacted = QString(), int recipient = -1);
    void writeCommands(const QList<QByteArray>& commands, const QList<Pending>& awaits, const QString& redacted = QString());
    void writeRaw(const QByteArray& bytes);
    void flushOut();
    qint64 socketBacklog() const;
    void fail(const SmtpError& error);
    void failWithReply(SmtpError::Kind kind, const SmtpReply& reply);
    void closeConnection(bool abort);
    void emitFinished(const SmtpError& error);
    QString ehloDomain() const;
    QByteArray formatPath(const QString& address, bool smtpUtf8, QString* problem) const;
    bool needsSmtpUtf8(const Job& job) const;

    SmtpSettings m_settings;
    SmtpCredentials m_credentials;
    std::unique_ptr<QSslSocket> m_socket;            // the connection, once there is one
    std::vector<std::unique_ptr<QSslSocket>> m_attempts; // Happy Eyeballs racers
    QList<QHostAddress> m_addresses;                 // still to try
    QTimer m_attemptTimer;
    int m_lookupId = -1;
    SmtpError m_lastAttemptError;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_caps;
    QTimer m_timer;
    State m_state = State::Idle;
    QList<Pending> m_pending;
    QByteArray m_out;      // written at the next flushOut()
    bool m_corked = false; // gather writes into one flight

    QList<Job> m_queue;         // waiting messages
    std::unique_ptr<Job> m_job; // the message being sent
    std::deque<Tail> m_tails;   // sent messages awaiting replies, oldest first
    int m_nextIndex = 0;
    bool m_needRset = false;

    // transaction bookkeeping for the current message
    bool m_pipelining = false;
    bool m_useBdat = false;
    bool m_mailAccepted = false;
    int m_rcptReplies = 0;
    int m_nextRcpt = 0;
    bool m_bodyStarted = false;
    bool m_bodyDone = false;    // the last body byte and the terminator are queued
    bool m_bodyStopped = false; // the transaction failed while streaming: send no more
    bool m_bodyConnected = false;
    bool m_discardTerminator = false;
    int m_bdatInFlight = 0;
    int m_bdatChunks = 0;
    qint64 m_bodyRead = 0; // bytes read from the message source
    qint64 m_progressSent = 0; // last reported by uploadProgress
    SmtpError m_transactionError;
    std::unique_ptr<DotStuffingFilter> m_stuffer;

    std::unique_ptr<SaslMechanism> m_sasl;
    QStringList m_saslCandidates;
    QString m_authMechanismName;
    int m_authSteps = 0;
    bool m_authFailed = false;

    // HTTP CONNECT spoken by the session itself (see start())
    bool m_httpTunnel = false;
    bool m_tunnelOpen = false;
    QByteArray m_tunnelReply;

    QList<QSslError> m_sslErrors;
    bool m_finished = false;
    bool m_quitting = false;
};

Q_DECLARE_METATYPE(SmtpDelivery)
