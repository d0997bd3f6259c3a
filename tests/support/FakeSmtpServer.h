#pragma once
// A scripted, in-process SMTP server for protocol tests (in the manner of KSmtp's fakeserver and
// Go's smtp_test.go): listens on 127.0.0.1 port 0, takes one connection at a time, and plays a
// script of steps against it, keeping the client's whole transcript.
//
//   FakeSmtpServer server;
//   server.send("220 fake ESMTP\r\n").expect("EHLO *").send("250 fake\r\n")
//         .expect("QUIT").send("221 bye\r\n").close();
//   QVERIFY(server.listen());
//   ... run the client against server.serverPort() ...
//   QCOMPARE(server.errors(), QStringList());
//
// Patterns for expect(): an exact line without its CRLF, "*" for any line, or a prefix ending
// in "*" ("MAIL FROM:<a@b> *" matches "MAIL FROM:<a@b> SIZE=12"). A mismatch is recorded in
// errors() and the script goes on, so a test never hangs on it.
//
// Replies are framed according to splitMode():
//   WholeLines  every line of every send() is its own write (TCP may still merge them)
//   ByteByByte  one byte per write, one write per event-loop pass, Nagle off: tests the
//               client's reply reassembly (RFC 5321 §4.2) and its patience
//   Coalesced   sends are held back while the client's next expected line is already here, so
//               replies to pipelined commands (RFC 2920) leave in one write, and consecutive
//               send() steps always merge
//
// After the last step (or a stall()) the server only listens: further client lines still go to
// clientLines(), unchecked; a QUIT there is answered with 221 unless setAnswerQuitAfterScript
// (false) or the script stalled. If the client disconnects before the script is done (a close()
// step aside), that is recorded in errors().
//
// Connections queue: a second one is served, from the current step on, once the first ends.
// TLS uses tests/data/server.pem + server.key unless setCertificate() says otherwise.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

#include <memory>

class QSslSocket;

class FakeSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class SplitMode { WholeLines, ByteByByte, Coalesced };
    Q_ENUM(SplitMode)
    enum class Security { Plain, ImplicitTls };
    Q_ENUM(Security)

    explicit FakeSmtpServer(QObject* parent = nullptr);
    ~FakeSmtpServer() override;

    // Starts listening on 127.0.0.1, port 0. With ImplicitTls the handshake comes first
    // (RFC 8314) and the script starts once it succeeds.
    bool listen(Security security = Security::Plain);

    void setSplitMode(SplitMode mode) { m_splitMode = mode; }
    SplitMode splitMode() const { return m_splitMode; }
    // PEM files for the server's certificate and key (e.g. selfsigned.pem for pinning tests).
    bool setCertificate(const QString& certPath, const QString& keyPath);
    // After the script's last step, answer a QUIT with 221 and close (default on), so an error
    // test need not guess whether the client says goodbye; the QUIT is still in clientLines().
    void setAnswerQuitAfterScript(bool on) { m_answerQuit = on; }

    // --- the script ---
    FakeSmtpServer& send(const QByteArray& bytes);
    FakeSmtpServer& expect(const QByteArray& pattern);
    // A DATA body up to CRLF.CRLF (kept un-stuffed in bodies(), as sent in rawBodies()), or one
    // "BDAT n [LAST]" command and its n bytes (the line goes to clientLines(); chunks of one
    // message are joined, the message ends with LAST).
    FakeSmtpServer& expectData();
    // A whole BDAT message however the client cuts it (RFC 3030 §2): answers `chunkReply` to
    // every chunk and `lastReply` to the LAST one; the chunk commands go to clientLines().
    FakeSmtpServer& expectBdatMessage(const QByteArray& chunkReply, const QByteArray& lastReply);
    FakeSmtpServer& startTls();
    // Writes `bytes` (a 220 plus injected lines) and starts the handshake right after, as an
    // attacker in the middle of a STARTTLS exchange would (RFC 3207 §5, CVE-2011-0411).
    FakeSmtpServer& sendAndStartTls(const QByteArray& bytes);
    // Stops answering; the connection stays open. A stall ends the script.
    FakeSmtpServer& stall();
    // Drops the connection once everything before it is written.
    FakeSmtpServer& close();

    // --- what happened ---
    QList<QByteArray> clientLines() const { return m_clientLines; } // without CRLF
    QStringList errors() const { return m_errors; }
    QList<QByteArray> bodies() const { return m_bodies; }
    QList<QByteArray> rawBodies() const { return m_rawBodies; }
    // Every read as it arrived (decrypted), one entry per readyRead: lets a test prove that
    // pipelined commands travelled together.
    QList<QByteArray> readChunks() const { return m_readChunks; }
    // The read that contains `needle`, or an empty array.
    QByteArray chunkContaining(const QByteArray& needle) const;
    bool scriptFinished() const; // every step ran (or a stall was reached)
    bool tlsActive() const;
    int connectionCount() const { return m_connections; }
    bool clientDisconnected() const { return m_disconnected; }
    QString handshakeError() const { return m_handshakeError; }

signals:
    void scriptDone();
    void disconnected();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Step
    {
        enum class Kind { Send, Expect, ExpectData, ExpectBdatMessage, StartTls, SendAndStartTls, Stall, Close };
        Kind kind;
        QByteArray bytes;
        QByteArray bytes2; // ExpectBdatMessage: the reply to the LAST chunk
    };

    FakeSmtpServer& add(Step::Kind kind, const QByteArray& bytes = QByteArray(), const QByteArray& bytes2 = QByteArray());
    void advance();
    void runSteps();
    // strict: a line not ended by CRLF (RFC 5321 §2.3.8) is recorded as an error.
    bool takeLine(QByteArray* line, bool strict);
    bool takeDataBody();
    bool takeBdatChunk(bool* last);
    void queueOutput(const QByteArray& bytes);
    void flushOutput();
    bool outputIdle() const;
    void dripOneByte();
    void beginTls();
    void onReadyRead();
    void onDisconnected();
    void recordExtraLines();
    static bool matches(const QByteArray& pattern, const QByteArray& line);
    static QByteArray unstuff(const QByteArray& raw);

    QList<Step> m_steps;
    int m_next = 0;
    bool m_stalled = false;
    bool m_tlsPending = false; // between startServerEncryption() and encrypted()
    bool m_advancing = false;
    bool m_advanceAgain = false;
    bool m_done = false;
    bool m_answerQuit = true;
    SplitMode m_splitMode = SplitMode::WholeLines;
    Security m_security = Security::Plain;
    QSslCertificate m_cert;
    QSslKey m_key;

    std::unique_ptr<QSslSocket> m_socket;
    QList<qintptr> m_waiting; // connections that arrived while one was being served
    QByteArray m_in;
    QByteArray m_out;        // held back (Coalesced) or dripping (ByteByByte)
    QTimer m_drip;
    QByteArray m_bdatBody;

    QList<QByteArray> m_clientLines;
    QStringList m_errors;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_rawBodies;
    QList<QByteArray> m_readChunks;
    int m_connections = 0;
    bool m_disconnected = false;
    QString m_handshakeError;
};
