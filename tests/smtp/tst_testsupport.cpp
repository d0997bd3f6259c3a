// The test infrastructure itself: FakeSmtpServer's script, framing and TLS, and AiosmtpdServer
// driving the real aiosmtpd, both checked with a hand-driven raw client socket. If these fail,
// no SmtpSession test result means anything.
#include "AiosmtpdServer.h"
#include "FakeSmtpServer.h"
#include "TestPaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtTest>

#include <memory>

namespace {

QSslCertificate testCa()
{
    QFile f(testDataPath(QStringLiteral("test-ca.pem")));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

std::unique_ptr<QSslSocket> makeClient()
{
    auto s = std::make_unique<QSslSocket>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(testCa());
    s->setSslConfiguration(config);
    return s;
}

// Whether `buffer` holds a complete SMTP reply (its last line is "ddd " or "ddd" + CRLF).
int completeReplyLength(const QByteArray& buffer)
{
    int start = 0;
    while (true) {
        const int nl = buffer.indexOf("\r\n", start);
        if (nl < 0)
            return -1;
        const QByteArray line = buffer.mid(start, nl - start);
        if (line.size() < 4 || line.at(3) != '-')
            return nl + 2;
        start = nl + 2;
    }
}

// Reads one whole reply, counting the readyRead chunks it took.
QByteArray readReply(QSslSocket* s, QByteArray* buffer, int* reads = nullptr, int ms = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (completeReplyLength(*buffer) < 0 && clock.elapsed() < ms) {
        if (s->bytesAvailable() == 0) {
            QSignalSpy spy(s, &QSslSocket::readyRead);
            if (!spy.wait(int(qMax<qint64>(1, ms - clock.elapsed()))))
                continue;
        }
        const QByteArray got = s->readAll();
        if (!got.isEmpty() && reads)
            ++*reads;
        *buffer += got;
    }
    const int len = completeReplyLength(*buffer);
    if (len < 0)
        return QByteArray();
    const QByteArray reply = buffer->left(len);
    buffer->remove(0, len);
    return reply;
}

bool waitEncrypted(QSslSocket* s)
{
    if (s->isEncrypted())
        return true;
    QSignalSpy spy(s, &QSslSocket::encrypted);
    return spy.wait(5000) || s->isEncrypted();
}

} // namespace

class TestTestSupport : public QObject
{
    Q_OBJECT
private slots:
    void fakeServerFraming_data();
    void fakeServerFraming();
    void fakeServerBdat();
    void fakeServerBdatMessage();
    void fakeServerMismatchIsRecorded();
    void fakeServerStartTls();
    void fakeServerInjectionAfterStartTls();
    void fakeServerImplicitTls();
    void fakeServerStallAndQuitAfterScript();
    void aiosmtpdStartTlsAuth();
    void aiosmtpdImplicitTlsAndReject();
};

void TestTestSupport::fakeServerFraming_data()
{
    QTest::addColumn<FakeSmtpServer::SplitMode>("mode");
    QTest::newRow("whole lines") << FakeSmtpServer::SplitMode::WholeLines;
    QTest::newRow("byte by byte") << FakeSmtpServer::SplitMode::ByteByByte;
    QTest::newRow("coalesced") << FakeSmtpServer::SplitMode::Coalesced;
}

void TestTestSupport::fakeServerFraming()
{
    QFETCH(FakeSmtpServer::SplitMode, mode);
    FakeSmtpServer server;
    server.setSplitMode(mode);
    server.send("220 fake ESMTP\r\n")
        .expect("EHLO *")
        .send("250-fake\r\n250-PIPELINING\r\n250 SIZE 1000\r\n")
        .expect("MAIL FROM:<a@example.org>*")
        .send("250 2.1.0 Ok\r\n")
        .expect("RCPT TO:<b@example.org>")
        .send("250 2.1.5 Ok\r\n")
        .expect("DATA")
        .send("354 go\r\n")
        .expectData()
        .send("250 2.0.0 queued\r\n")
        .expect("QUIT")
        .send("221 bye\r\n")
        .close();
    QVERIFY(server.listen());

    auto c = makeClient();
    c->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QByteArray buf;
    int reads = 0;
    QCOMPARE(readReply(c.get(), &buf, &reads), QByteArray("220 fake ESMTP\r\n"));
    c->write("EHLO client.example\r\n");
    QCOMPARE(readReply(c.get(), &buf, &reads), QByteArray("250-fake\r\n250-PIPELINING\r\n250 SIZE 1000\r\n"));
    c->write("MAIL FROM:<a@example.org> SIZE=12\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    int pipelinedReads = 0;
    QCOMPARE(readReply(c.get(), &buf, &pipelinedReads), QByteArray("250 2.1.0 Ok\r\n"));
    QCOMPARE(readReply(c.get(), &buf, &pipelinedReads), QByteArray("250 2.1.5 Ok\r\n"));
    QCOMPARE(readReply(c.get(), &buf, &pipelinedReads), QByteArray("354 go\r\n"));
    reads += pipelinedReads;
    if (mode == FakeSmtpServer::SplitMode::Coalesced)
        QCOMPARE(pipelinedReads, 1); // three replies, one write
    c->write("..first\r\nsecond\r\n.\r\n");
    QCOMPARE(readReply(c.get(), &buf, &reads), QByteArray("250 2.0.0 queued\r\n"));
    c->write("QUIT\r\n");
    QCOMPARE(readReply(c.get(), &buf, &reads), QByteArray("221 bye\r\n"));
    QTRY_VERIFY(server.clientDisconnected());
    if (mode == FakeSmtpServer::SplitMode::ByteByByte)
        QVERIFY2(reads > 40, qPrintable(QString::number(reads))); // ~110 bytes, few merged

    QCOMPARE(server.errors(), QStringList());
    QVERIFY(server.scriptFinished());
    QCOMPARE(server.clientLines(),
             QList<QByteArray>({"EHLO client.example", "MAIL FROM:<a@example.org> SIZE=12", "RCPT TO:<b@example.org>",
                                "DATA", "QUIT"}));
    QCOMPARE(server.bodies(), QList<QByteArray>({".first\r\nsecond\r\n"}));
    QCOMPARE(server.rawBodies(), QList<QByteArray>({"..first\r\nsecond\r\n"}));
    const QByteArray chunk = server.chunkContaining("MAIL FROM");
    QVERIFY(chunk.contains("RCPT TO") && chunk.contains("DATA\r\n"));
}

void TestTestSupport::fakeServerBdat()
{
    FakeSmtpServer server;
    server.send("220 fake\r\n")
        .expectData()
        .send("250 first\r\n")
        .expectData()
        .send("250 last\r\n")
        .expectData()
        .send("250 empty\r\n")
        .expectData()
        .send("250 split\r\n");
    QVERIFY(server.listen());
    auto c = makeClient();
    c->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QByteArray buf;
    QCOMPARE(readReply(c.get(), &buf), QByteArray("220 fake\r\n"));
    c->write("BDAT 7\r\nhel\r\n.o");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250 first\r\n"));
    c->write("BDAT 3 LAST\r\nabc");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250 last\r\n"));
    c->write("BDAT 0 LAST\r\n");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250 empty\r\n"));
    // A chunk that arrives in pieces is waited for, not skipped.
    c->write("BDAT 10 LAST\r\nhello");
    c->flush();
    QTRY_COMPARE(server.readChunks().size(), 4);
    QVERIFY(readReply(c.get(), &buf, nullptr, 200).isEmpty());
    c->write("world");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250 split\r\n"));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('|')));
    QCOMPARE(server.clientLines(), QList<QByteArray>({"BDAT 7", "BDAT 3 LAST", "BDAT 0 LAST", "BDAT 10 LAST"}));
    QCOMPARE(server.bodies(), QList<QByteArray>({"hel\r\n.oabc", "", "helloworld"}));
}

void TestTestSupport::fakeServerBdatMessage()
{
    FakeSmtpServer server;
    server.send("220 fake\r\n").expectBdatMessage("250 chunk\r\n", "250 done\r\n").expect("QUIT").send("221 bye\r\n");
    QVERIFY(server.listen());
    auto c = makeClient();
    c->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QByteArray buf;
    QCOMPARE(readReply(c.get(), &buf), QByteArray("220 fake\r\n"));
    c->write("BDAT 3\r\nabcBDAT 2\r\nde"); // pipelined chunks (RFC 3030 §4.2)
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250 chunk\r\n"));
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250 chunk\r\n"));
    c->write("BDAT 1 LAST\r\nf");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250 done\r\n"));
    c->write("QUIT\r\n");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("221 bye\r\n"));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('|')));
    QCOMPARE(server.clientLines(), QList<QByteArray>({"BDAT 3", "BDAT 2", "BDAT 1 LAST", "QUIT"}));
    QCOMPARE(server.bodies(), QList<QByteArray>({"abcdef"}));
}

void TestTestSupport::fakeServerMismatchIsRecorded()
{
    FakeSmtpServer server;
    server.send("220 fake\r\n").expect("EHLO *").send("250 ok\r\n").expect("QUIT");
    QVERIFY(server.listen());
    auto c = makeClient();
    c->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QByteArray buf;
    QVERIFY(!readReply(c.get(), &buf).isEmpty());
    c->write("HELO x\n"); // wrong verb, bare LF
    QVERIFY(!readReply(c.get(), &buf).isEmpty());
    c->disconnectFromHost();
    QTRY_VERIFY(server.clientDisconnected());
    QCOMPARE(server.errors().size(), 3); // bare LF, wrong line, disconnected before QUIT
    QCOMPARE(server.clientLines(), QList<QByteArray>({"HELO x"}));
}

void TestTestSupport::fakeServerStartTls()
{
    FakeSmtpServer server;
    server.setSplitMode(FakeSmtpServer::SplitMode::ByteByByte);
    server.send("220 fake\r\n")
        .expect("EHLO a")
        .send("250-fake\r\n250 STARTTLS\r\n")
        .expect("STARTTLS")
        .send("220 go ahead\r\n")
        .startTls()
        .expect("EHLO b")
        .send("250-fake\r\n250 AUTH PLAIN\r\n");
    QVERIFY(server.listen());
    auto c = makeClient();
    c->connectToHost(QStringLiteral("localhost"), server.serverPort());
    QByteArray buf;
    QVERIFY(!readReply(c.get(), &buf).isEmpty());
    c->write("EHLO a\r\n");
    QVERIFY(!readReply(c.get(), &buf).isEmpty());
    c->write("STARTTLS\r\n");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("220 go ahead\r\n"));
    QCOMPARE(buf, QByteArray());
    c->startClientEncryption();
    QVERIFY2(waitEncrypted(c.get()), qPrintable(c->errorString()));
    c->write("EHLO b\r\n");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("250-fake\r\n250 AUTH PLAIN\r\n"));
    QVERIFY(server.tlsActive());
    QCOMPARE(server.errors(), QStringList());
    QVERIFY(server.scriptFinished());
}

void TestTestSupport::fakeServerInjectionAfterStartTls()
{
    FakeSmtpServer server;
    server.setSplitMode(FakeSmtpServer::SplitMode::ByteByByte); // must not matter for the injection
    server.send("220 fake\r\n").expect("STARTTLS").sendAndStartTls("220 go ahead\r\n250 injected\r\n");
    QVERIFY(server.listen());
    auto c = makeClient();
    c->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QByteArray buf;
    QVERIFY(!readReply(c.get(), &buf).isEmpty());
    c->write("STARTTLS\r\n");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("220 go ahead\r\n"));
    QTRY_COMPARE(buf + c->readAll(), QByteArray("250 injected\r\n"));
}

void TestTestSupport::fakeServerImplicitTls()
{
    FakeSmtpServer server;
    server.send("220 fake over TLS\r\n").expect("QUIT").send("221 bye\r\n").close();
    QVERIFY(server.listen(FakeSmtpServer::Security::ImplicitTls));
    auto c = makeClient();
    c->connectToHostEncrypted(QStringLiteral("localhost"), server.serverPort());
    QVERIFY2(waitEncrypted(c.get()), qPrintable(c->errorString()));
    QByteArray buf;
    QCOMPARE(readReply(c.get(), &buf), QByteArray("220 fake over TLS\r\n"));
    c->write("QUIT\r\n");
    QCOMPARE(readReply(c.get(), &buf), QByteArray("221 bye\r\n"));
    QTRY_VERIFY(server.clientDisconnected());
    QCOMPARE(server.errors(), QStringList());

    // A client that does not trust the certificate never sees the greeting.
    FakeSmtpServer pinned;
    QVERIFY(pinned.setCertificate(testDataPath(QStringLiteral("selfsigned.pem")),
                                  testDataPath(QStringLiteral("selfsigned.key"))));
    pinned.send("220 never seen\r\n");
    QVERIFY(pinned.listen(FakeSmtpServer::Security::ImplicitTls));
    auto d = makeClient();
    QSignalSpy sslErrors(d.get(), &QSslSocket::sslErrors);
    d->connectToHostEncrypted(QStringLiteral("localhost"), pinned.serverPort());
    QTRY_VERIFY(!sslErrors.isEmpty());
    QVERIFY(!d->isEncrypted());
}

void TestTestSupport::fakeServerStallAndQuitAfterScript()
{
    FakeSmtpServer server;
    server.send("220 fake\r\n").expect("EHLO *").stall();
    QVERIFY(server.listen());
    auto c = makeClient();
    c->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QByteArray buf;
    QVERIFY(!readReply(c.get(), &buf).isEmpty());
    c->write("EHLO a\r\nQUIT\r\n");
    QTRY_COMPARE(server.clientLines(), QList<QByteArray>({"EHLO a", "QUIT"}));
    QVERIFY(readReply(c.get(), &buf, nullptr, 300).isEmpty()); // a stall answers nothing, not even QUIT
    QVERIFY(server.scriptFinished());

    FakeSmtpServer polite;
    polite.send("220 fake\r\n");
    QVERIFY(polite.listen());
    auto d = makeClient();
    d->connectToHost(QStringLiteral("127.0.0.1"), polite.serverPort());
    buf.clear();
    QVERIFY(!readReply(d.get(), &buf).isEmpty());
    d->write("QUIT\r\n");
    QCOMPARE(readReply(d.get(), &buf), QByteArray("221 2.0.0 Bye\r\n"));
    QTRY_VERIFY(polite.clientDisconnected());
    QCOMPARE(polite.errors(), QStringList());
}

void TestTestSupport::aiosmtpdStartTlsAuth()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(AiosmtpdServer::tlsArgs(QStringLiteral("starttls"))
                          + QStringList{"--user", "alice", "--password", "s3cret"}),
             qPrintable(server.errorString()));
    QVERIFY(server.port() > 0);
    auto c = makeClient();
    c->connectToHost(QStringLiteral("localhost"), server.port());
    QByteArray buf;
    QVERIFY(readReply(c.get(), &buf).startsWith("220 "));
    c->write("EHLO client.example\r\n");
    const QByteArray caps = readReply(c.get(), &buf);
    QVERIFY(caps.contains("STARTTLS"));
    QVERIFY(!caps.contains("AUTH")); // only after TLS
    c->write("STARTTLS\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("220 "));
    c->startClientEncryption();
    QVERIFY2(waitEncrypted(c.get()), qPrintable(c->errorString()));
    c->write("EHLO client.example\r\n");
    QVERIFY(readReply(c.get(), &buf).contains("AUTH LOGIN PLAIN"));
    c->write("AUTH PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64() + "\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("235 "));
    const QByteArray body = "Subject: t\r\n\r\n.leading dot\r\nend\r\n";
    c->write("MAIL FROM:<a@example.org> SIZE=" + QByteArray::number(body.size()) + "\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("250 "));
    c->write("RCPT TO:<b@example.org>\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("250 "));
    c->write("DATA\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("354 "));
    c->write("Subject: t\r\n\r\n..leading dot\r\nend\r\n.\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("250 "));
    c->write("QUIT\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("221 "));

    const QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).mailFrom, QStringLiteral("a@example.org"));
    QCOMPARE(got.at(0).rcptTos, QStringList{"b@example.org"});
    QCOMPARE(got.at(0).mailOptions, QStringList{"SIZE=" + QString::number(body.size())});
    QCOMPARE(got.at(0).data, body);
    QCOMPARE(got.at(0).size, qint64(body.size()));
    QCOMPARE(got.at(0).authUser, QStringLiteral("alice"));
    QVERIFY(got.at(0).tls);
}

void TestTestSupport::aiosmtpdImplicitTlsAndReject()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(AiosmtpdServer::tlsArgs(QStringLiteral("tls"))
                          + QStringList{"--user", "alice", "--password", "s3cret", "--reject", "nobody@*"}),
             qPrintable(server.errorString()));
    auto c = makeClient();
    c->connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QVERIFY2(waitEncrypted(c.get()), qPrintable(c->errorString()));
    QByteArray buf;
    QVERIFY(readReply(c.get(), &buf).startsWith("220 "));
    c->write("EHLO client.example\r\n");
    QVERIFY(readReply(c.get(), &buf).contains("AUTH"));
    c->write("MAIL FROM:<a@example.org>\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("530 ")); // AUTH required
    c->write("AUTH PLAIN " + QByteArray("\0alice\0wrong", 12).toBase64() + "\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("535 5.7.8 ")); // a wrong password is answered
    c->write("AUTH PLAIN " + QByteArray("\0alice\0s3cret", 13).toBase64() + "\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("235 "));
    c->write("MAIL FROM:<a@example.org>\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("250 "));
    c->write("RCPT TO:<nobody@example.org>\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("550 5.1.1 "));
    c->write("RCPT TO:<b@example.org>\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("250 "));
    c->write("DATA\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("354 "));
    c->write("x\r\n.\r\n");
    QVERIFY(readReply(c.get(), &buf).startsWith("250 "));
    const QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).rcptTos, QStringList{"b@example.org"});
    QCOMPARE(got.at(0).data, QByteArray("x\r\n"));
    QVERIFY(got.at(0).tls);
    server.stop();
    QCOMPARE(server.port(), quint16(0));
}

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
