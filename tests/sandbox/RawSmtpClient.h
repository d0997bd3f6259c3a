#pragma once
// A deliberately dumb SMTP client for hostile-client tests: writes whatever bytes it is given and
// collects complete replies. Waits spin the event loop (QTest::qWaitFor), so an in-process
// server keeps running.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslSocket>

class RawSmtpClient : public QObject
{
    Q_OBJECT
public:
    explicit RawSmtpClient(QObject* parent = nullptr);

    // The SHA-256 of the one certificate this client accepts (the test's pin).
    void setPinnedSha256(const QByteArray& digest) { m_pin = digest; }
    bool connectTo(quint16 port, bool implicitTls = false, const QString& host = QStringLiteral("127.0.0.1"),
                   int timeoutMs = 10'000);
    void send(const QByteArray& bytes);
    // The next complete reply, every line with its CRLF removed and joined by '\n'; empty after
    // `timeoutMs` or when the connection closed without one.
    QByteArray reply(int timeoutMs = 10'000);
    int code(int timeoutMs = 10'000); // the next reply's code, 0 for none
    QList<QByteArray> replies(int count, int timeoutMs = 30'000);
    // Sends nothing itself: call after the server's 220 to STARTTLS.
    bool startTls(int timeoutMs = 10'000);
    bool waitClosed(int timeoutMs = 10'000);
    bool isClosed() const { return m_closed; }
    QByteArray unparsed() const { return m_buffer; }
    void abort() { m_socket.abort(); }

private:
    bool takeReply(QByteArray* reply);

    QSslSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_pin;
    bool m_closed = false;
};
