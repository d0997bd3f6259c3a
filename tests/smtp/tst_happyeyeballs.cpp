// Happy Eyeballs (RFC 8305) on loopback: an address that never answers a SYN must cost the
// Connection Attempt Delay, not the connect timeout. The black hole is a listener whose accept
// queue is full: Linux then drops further SYNs, exactly like a filtered address, and nothing
// leaves the machine.
#include "FakeSmtpServer.h"
#include "SmtpSession.h"

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Binds `address:port`, listens with a backlog of zero and fills the queue with one connection
// that is never accepted. Returns the fds to close, or an empty list.
QList<int> makeBlackHole(const char* address, quint16 port)
{
    QList<int> fds;
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    ::inet_pton(AF_INET, address, &sa.sin_addr);
    const int one = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(listener, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 || ::listen(listener, 0) != 0) {
        ::close(listener);
        return fds;
    }
    fds.append(listener);
    // Backlog 0 still admits one connection; a second fills it for sure.
    for (int i = 0; i < 2; ++i) {
        const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(filler, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
        fds.append(filler);
    }
    return fds;
}

void scriptQuickSession(FakeSmtpServer& server)
{
    server.send("220 fake ESMTP\r\n").expect("EHLO *").send("250 fake\r\n").expect("QUIT").send("221 bye\r\n").close();
}

SmtpSettings settingsFor(quint16 port, const QList<QHostAddress>& addresses)
{
    SmtpSettings s;
    s.host = QStringLiteral("mail.test");
    s.port = port;
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    s.addresses = addresses;
    s.timeouts.connectMs = 8000; // far longer than the 250 ms attempt delay
    return s;
}

struct Run
{
    SmtpError error;
    bool finished = false;
    QStringList transcript;
};

void run(SmtpSession& session, Run& r)
{
    QObject::connect(&session, &SmtpSession::transcript, [&r](SmtpSession::Direction, const QString& line) {
        r.transcript.append(line);
    });
    QObject::connect(&session, &SmtpSession::finished, [&r](const SmtpError& e) {
        r.error = e;
        r.finished = true;
    });
    session.start();
}

} // namespace

class TestHappyEyeballs : public QObject
{
    Q_OBJECT
private slots:
    void blackHoledFirstAddress();
    void refusedFirstAddress();
    void ipv6First();
    void allAddressesFail();
};

void TestHappyEyeballs::blackHoledFirstAddress()
{
    FakeSmtpServer server;
    scriptQuickSession(server);
    QVERIFY(server.listen());
    const QList<int> hole = makeBlackHole("127.0.0.2", server.serverPort());
    if (hole.isEmpty())
        QSKIP("cannot bind 127.0.0.2 here");
    SmtpSession session(settingsFor(server.serverPort(), {QHostAddress("127.0.0.2"), QHostAddress("127.0.0.1")}));
    Run r;
    run(session, r);
    // Without racing, the SYN to 127.0.0.2 would hang until the 8 s connect timeout.
    QTRY_VERIFY_WITH_TIMEOUT(r.finished, 7000);
    for (int fd : hole)
        ::close(fd);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
    QVERIFY(r.transcript.contains(QStringLiteral("Trying 127.0.0.2")));
    QVERIFY(r.transcript.contains(QStringLiteral("Trying 127.0.0.1")));
    QVERIFY(r.transcript.contains(QStringLiteral("Connected to 127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('\n')));
}

void TestHappyEyeballs::refusedFirstAddress()
{
    FakeSmtpServer server;
    scriptQuickSession(server);
    QVERIFY(server.listen());
    // Nothing listens on 127.0.0.3: the kernel answers RST at once and the next address is
    // tried without waiting for the attempt delay (RFC 8305 §5).
    SmtpSession session(settingsFor(server.serverPort(), {QHostAddress("127.0.0.3"), QHostAddress("127.0.0.1")}));
    Run r;
    run(session, r);
    QTRY_VERIFY_WITH_TIMEOUT(r.finished, 7000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
    QCOMPARE(r.transcript.filter(QStringLiteral("Trying ")).size(), 2);
}

void TestHappyEyeballs::ipv6First()
{
    // RFC 8305 §4: IPv6 first, then alternate. ::1 has nothing on this port, so the order shows
    // in the transcript while the IPv4 server answers.
    FakeSmtpServer server;
    scriptQuickSession(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), {QHostAddress("127.0.0.1"), QHostAddress("::1")}));
    Run r;
    run(session, r);
    QTRY_VERIFY_WITH_TIMEOUT(r.finished, 7000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
    const QStringList tries = r.transcript.filter(QStringLiteral("Trying "));
    QVERIFY(!tries.isEmpty());
    QCOMPARE(tries.first(), QStringLiteral("Trying [::1]"));
}

void TestHappyEyeballs::allAddressesFail()
{
    SmtpSession session(settingsFor(1, {QHostAddress("127.0.0.3"), QHostAddress("127.0.0.4")}));
    Run r;
    run(session, r);
    QTRY_VERIFY_WITH_TIMEOUT(r.finished, 7000);
    QCOMPARE(r.error.kind, SmtpError::Kind::ConnectionRefused);
    QCOMPARE(r.transcript.filter(QStringLiteral("Trying ")).size(), 2);
}

QTEST_GUILESS_MAIN(TestHappyEyeballs)
#include "tst_happyeyeballs.moc"
