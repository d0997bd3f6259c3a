#pragma once
// One client connection to the sandbox: the server side of an ESMTP submission session, driven
// entirely by socket signals and QTimers (no threads, no waiting calls). Read SandboxSession.cpp
// from top to bottom: bytes in → lines or message data → one handler per command → replies out,
// in order, gathered into one write per burst (RFC 2920 pipelining).
//
// RFCs: 5321 (SMTP), 3207 (STARTTLS), 8314 (implicit TLS), 4954 (AUTH), 4616 (PLAIN),
// 2195 (CRAM-MD5), 2920 (PIPELINING), 3030 (CHUNKING), 1870 (SIZE), 6152 (8BITMIME),
// 6531 (SMTPUTF8), 2034/3463 (enhanced status codes), 5322 §2.1.1 (line length).

#include "SandboxClientCommand.h"
#include "SandboxDotDecoder.h"
#include "SandboxListener.h"
#include "SandboxSettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTimer>

#include <memory>

class QSslSocket;
class SandboxIncomingMessage;
class SandboxStore;

class SandboxSession : public QObject
{
    Q_OBJECT
public:
    // Protocol phases of the server side. Failures are replies, not states.
    enum class State {
        TlsHandshake,  // implicit TLS before the greeting, or after STARTTLS's 220 (RFC 3207 §4.2)
        Connected,     // greeted, waiting for EHLO or HELO
        Ready,         // hello done, no mail transaction
        Auth,          // an AUTH exchange waits for the client's next line (RFC 4954 §4)
        Transaction,   // MAIL accepted, collecting RCPTs
        Data,          // reading message data up to CRLF "." CRLF (RFC 5321 §4.1.1.4)
        BdatChunk,     // reading the octets of one BDAT chunk (RFC 3030 §2)
        BetweenChunks, // BDAT chunks accepted, LAST not yet seen
        FinalReply,    // the message is handled; its reply waits for the slow-reply fault
        Closing,       // 221 or 421 sent, the socket drains
        Closed,
    };
    Q_ENUM(State)

    // Takes ownership of `socket` (connected; TLS configured for the TLS kinds). `settings` and
    // `store` belong to the server and outlive the session.
    SandboxSession(QSslSocket* socket, SandboxListener::Kind kind, const SandboxSettings* settings, SandboxStore* store,
                   QObject* parent = nullptr);
    ~SandboxSession() override;

    // Greets (after the TLS handshake on an implicit-TLS listener). With `overloaded` the greeting
    // is 421 and the connection closes (RFC 5321 §3.1).
    void start(bool overloaded);
    State state() const { return m_state; }
    static QString stateName(State state);

    // Longest command line, CRLF included (RFC 5321 §4.5.3.1.4), and SASL line (RFC 4954 §4).
    static constexpr int MaxCommandLine = 512;
    static constexpr int MaxSaslLine = 12288;

signals:
    // The connection is gone; the server deletes the session.
    void finished(SandboxSession* session);

private:
    enum class AuthStep { None, PlainResponse, LoginUser, LoginPassword, CramResponse };

    // --- the state machine: the only way to change state ---
    void setState(State state);

    // --- input: bytes → lines / message data ---
    void onReadyRead();
    void process();
    bool canProcess();
    bool step();
    bool stepLine();
    void handleLine(const QByteArray& line);
    void feedMessage(const char* data, qsizetype size);

    // --- commands: one handler each ---
    void dispatch(const SandboxClientCommand& cmd);
    void onEhlo(const SandboxClientCommand& cmd);
    void onHelo(const SandboxClientCommand& cmd);
    void onStartTls(const SandboxClientCommand& cmd);
    void onAuth(const SandboxClientCommand& cmd);
    void onAuthLine(const QByteArray& line);
    void onMail(const SandboxClientCommand& cmd);
    void onRcpt(const SandboxClientCommand& cmd);
    void onData(const SandboxClientCommand& cmd);
    void onBdat(const SandboxClientCommand& cmd);
    void onRset();
    void onQuit();

    // --- AUTH (RFC 4954) ---
    void checkPlain(const QByteArray& decoded);
    void checkCramMd5(const QByteArray& decoded);
    void authSucceeded(const QString& user);
    void authFailed();
    void endAuth();

    // --- message data ---
    bool beginMessage();
    void onChunkComplete();
    void endOfMessage();
    void resetTransaction();
    bool inTransaction() const;
    State restingState() const;

    // --- output ---
    void reply(int code, const char* enhanced, const QByteArray& text);
    void replyError(int code, const char* enhanced, const QByteArray& text);
    void replyRaw(const QByteArray& line, bool log = true);
    void flush();
    void closeGracefully();
    void closeAfterReply(int code, const char* enhanced, const QByteArray& text);
    void abortConnection();
    void finish();

    // --- socket plumbing ---
    void onEncrypted();
    void onBytesWritten();
    void onSocketError();
    void onIdleTimeout();
    void onDelayedReply();

    void log(const QString& line);

    QSslSocket* m_socket;
    SandboxListener::Kind m_kind;
    const SandboxSettings* m_settings;
    SandboxStore* m_store;
    State m_state = State::Connected;
    QTimer m_idleTimer;
    QTimer m_delayTimer;
    QTimer m_closeTimer;

    QByteArray m_in;           // read, not yet consumed from m_inPos on
    qsizetype m_inPos = 0;
    QByteArray m_out;          // replies gathered for the next write
    bool m_discardingLine = false;
    bool m_processing = false;
    bool m_overloaded = false;
    int m_errors = 0;

    // hello and authentication
    bool m_greeted = false;
    bool m_esmtp = false;
    QByteArray m_helo;
    bool m_authenticated = false;
    QString m_authUser;
    QString m_authMechanism;
    int m_authFailures = 0;
    AuthStep m_authStep = AuthStep::None;
    QByteArray m_loginUser;
    QByteArray m_cramChallenge;

    // the mail transaction
    bool m_haveMail = false;
    QByteArray m_mailFrom;
    QList<QPair<QByteArray, QByteArray>> m_mailParameters;
    bool m_smtpUtf8 = false;
    QStringList m_recipients;
    int m_rcptAttempts = 0;
    std::unique_ptr<SandboxIncomingMessage> m_incoming;
    SandboxDotDecoder m_decoder;
    QByteArray m_decoded;
    QString m_bodyCommand;
    int m_chunks = 0;
    qint64 m_chunkSize = 0;
    qint64 m_chunkRemaining = 0;
    bool m_chunkLast = false;
    int m_chunkRejectCode = 0;
    const char* m_chunkRejectEnhanced = "";
    QByteArray m_chunkRejectText;
    bool m_writeFailed = false;
    QByteArray m_delayedReply;

    // what the receipt's transcript shows: this message's part of the conversation
    QStringList m_transcript;
    int m_transcriptDropped = 0;
};
