// Hostile and clumsy clients against the sandbox, byte by byte: garbage, over-long lines, bad
// sequences, plaintext injected behind STARTTLS, 10,000 recipients, silence, connections dropped
// mid-message, smuggling look-alikes, many sessions at once. Each case ends in a clear reply or a
// closed connection, nothing incomplete is stored, and the next client is served.
#include "RawSmtpClient.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

QByteArray plainAuth()
{
    return "AUTH PLAIN "
        + QByteArray('\0' + SandboxFixture::User.toUtf8() + '\0' + SandboxFixture::Password.toUtf8()).toBase64() + "\r\n";
}

} // namespace

class tst_SandboxHostile : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void garbageEndsInRepliesThenClose();
    void overlongCommandLine();
    void hugeLineWithoutNewline();
    void bareLfCommand();
    void sequenceIsEnforced();
    void startTlsDiscardsInjectedCommands();
    void pipelinedRepliesInOrder();
    void bdatPipelinedChunks();
    void bdatWithoutTransactionSkipsItsOctets();
    void tooManyRecipients();
    void idleClientGets421();
    void silentTlsClientIsDropped();
    void droppedMidData();
    void droppedMidBdat();
    void longTextLineRefused();
    void smugglingLookAlikeIsContent();
    void actualSizeEnforced();
    void parallelSessions();
    void sessionLimit();
    void tooManyErrors();
    void authFailuresClose();
    void authCancelled();
    void plainListener();
    void heloSession();

private:
    // A client on the STARTTLS port, TLS on, EHLO sent, authenticated.
    std::unique_ptr<RawSmtpClient> readyClient();
    std::unique_ptr<RawSmtpClient> connected(bool implicitTls = false);
    void assertStillServing();

    std::unique_ptr<SandboxFixture> m_f;
};

void tst_SandboxHostile::init()
{
    m_f = std::make_unique<SandboxFixture>();
    m_f->settings.plainEnabled = true;
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
}

void tst_SandboxHostile::cleanup()
{
    m_f.reset();
}

std::unique_ptr<RawSmtpClient> tst_SandboxHostile::connected(bool implicitTls)
{
    auto c = std::make_unique<RawSmtpClient>();
    c->setPinnedSha256(m_f->settings.certificate.digest(QCryptographicHash::Sha256));
    if (!c->connectTo(implicitTls ? m_f->server->implicitTlsPort() : m_f->server->startTlsPort(), implicitTls))
        return nullptr;
    return c;
}

std::unique_ptr<RawSmtpClient> tst_SandboxHostile::readyClient()
{
    auto c = connected();
    if (!c || c->code() != 220)
        return nullptr;
    c->send("EHLO client.example.org\r\n");
    if (c->code() != 250)
        return nullptr;
    c->send("STARTTLS\r\n");
    if (c->code() != 220 || !c->startTls())
        return nullptr;
    c->send("EHLO client.example.org\r\n");
    if (c->code() != 250)
        return nullptr;
    c->send(plainAuth());
    if (c->code() != 235)
        return nullptr;
    return c;
}

// After each hostile case: a well-behaved client still gets its message stored.
void tst_SandboxHostile::assertStillServing()
{
    const int before = m_f->storedJson().size();
    auto c = readyClient();
    QVERIFY(c);
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    const QList<QByteArray> r = c->replies(3);
    QCOMPARE(r.size(), 3);
    QVERIFY(r.at(2).startsWith("354"));
    c->send("Subject: fine\r\n\r\nstill here\r\n.\r\nQUIT\r\n");
    QVERIFY(c->reply().startsWith("250 2.0.0 Ok: queued as "));
    QCOMPARE(c->code(), 221);
    QVERIFY(c->waitClosed());
    QCOMPARE(m_f->storedJson().size(), before + 1);
}

void tst_SandboxHostile::garbageEndsInRepliesThenClose()
{
    auto c = connected();
    QVERIFY(c);
    QCOMPARE(c->code(), 220);
    QByteArray garbage;
    QRandomGenerator rng(7);
    for (int i = 0; i < 8192; ++i)
        garbage += char(rng.bounded(256));
    garbage += "\r\n";
    for (int i = 0; i < 30; ++i)
        garbage += "\x16\x03\x01 GET / HTTP/1.1\r\n";
    c->send(garbage);
    // Every answer is an error, and after maxErrors the server says 421 and hangs up.
    QVERIFY(c->waitClosed(20'000));
    QByteArray r;
    QList<int> codes;
    while (!(r = c->reply(10)).isEmpty())
        codes << r.left(3).toInt();
    QVERIFY(!codes.isEmpty());
    QCOMPARE(codes.last(), 421);
    for (int i = 0; i + 1 < codes.size(); ++i)
        QVERIFY2(codes.at(i) >= 500 && codes.at(i) < 600, qPrintable(QString::number(codes.at(i))));
    assertStillServing();
}

void tst_SandboxHostile::overlongCommandLine()
{
    auto c = readyClient();
    QVERIFY(c);
    // RFC 5321 §4.5.3.1.4: 512 octets with CRLF; 513 is one too many.
    c->send("NOOP " + QByteArray(505, 'x') + "\r\n"); // 512
    QCOMPARE(c->code(), 250);
    c->send("NOOP " + QByteArray(506, 'x') + "\r\n"); // 513
    QCOMPARE(c->reply().left(9), QByteArray("500 5.5.2"));
    c->send("NOOP\r\n");
    QCOMPARE(c->code(), 250);
}

void tst_SandboxHostile::hugeLineWithoutNewline()
{
    auto c = readyClient();
    QVERIFY(c);
    c->send(QByteArray(1024 * 1024, 'x'));
    // Answered before the line ends: the server does not wait to buffer a megabyte.
    QCOMPARE(c->reply().left(9), QByteArray("500 5.5.2"));
    c->send(QByteArray(1024 * 1024, 'y') + "\r\nNOOP\r\n");
    QCOMPARE(c->code(), 250); // the tail of the long line was dropped, NOOP answered
    QCOMPARE(c->reply(300), QByteArray());
}

void tst_SandboxHostile::bareLfCommand()
{
    auto c = readyClient();
    QVERIFY(c);
    c->send("NOOP\n");
    QCOMPARE(c->reply().left(9), QByteArray("500 5.5.2")); // RFC 5321 §2.3.8
    c->send("NOOP\r\n");
    QCOMPARE(c->code(), 250);
}

void tst_SandboxHostile::sequenceIsEnforced()
{
    auto c = connected();
    QVERIFY(c);
    QCOMPARE(c->code(), 220);
    c->send("MAIL FROM:<a@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1")); // no EHLO
    c->send("EHLO client.example.org\r\n");
    const QByteArray ehlo = c->reply();
    QVERIFY(ehlo.contains("STARTTLS"));
    QVERIFY(!ehlo.contains("AUTH")); // never before TLS
    for (const char* cap : {"PIPELINING", "SIZE 52428800", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES", "CHUNKING"})
        QVERIFY2(ehlo.contains(cap), cap);
    c->send("MAIL FROM:<a@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("530 5.7.0")); // RFC 3207 §4
    c->send(plainAuth());
    QCOMPARE(c->reply().left(9), QByteArray("530 5.7.0"));
    c->send("STARTTLS\r\n");
    QCOMPARE(c->code(), 220);
    QVERIFY(c->startTls());
    c->send("MAIL FROM:<a@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1")); // RFC 3207 §4.2: EHLO again after TLS
    c->send("EHLO client.example.org\r\n");
    const QByteArray ehlo2 = c->reply();
    QVERIFY(ehlo2.contains("AUTH PLAIN LOGIN CRAM-MD5"));
    QVERIFY(!ehlo2.contains("STARTTLS"));
    c->send("STARTTLS\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1"));
    c->send("MAIL FROM:<a@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("530 5.7.0")); // RFC 4954 §6: authentication required
    c->send("RCPT TO:<b@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1"));
    c->send("AUTH DIGEST-MD5\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("504 5.5.4"));
    c->send(plainAuth());
    QCOMPARE(c->reply().left(9), QByteArray("235 2.7.0"));
    c->send(plainAuth());
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1")); // RFC 4954 §4: once
    c->send("DATA\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1"));
    c->send("MAIL FROM:<a@example.org> SIZE=100 BODY=8BITMIME\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("250 2.1.0"));
    c->send("DATA\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1")); // no RCPT yet
    c->send("MAIL FROM:<a@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1")); // nested MAIL
    c->send("RCPT TO:<b@example.org> NOTIFY=NEVER\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("555 5.5.4")); // DSN not offered
    c->send("RCPT TO:<jos\xc3\xa9@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("553 5.6.7")); // RFC 6531 §3.4: needs SMTPUTF8 in MAIL
    c->send("RCPT TO:<b@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("250 2.1.5"));
    c->send("RSET\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("250 2.0.0"));
    c->send("RCPT TO:<b@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("503 5.5.1")); // RSET ended the transaction
    c->send("MAIL FROM:<a@example.org> RET=HDRS\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("555 5.5.4"));
    c->send("MAIL FROM:<a@example.org> SIZE=99999999999\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("552 5.3.4")); // RFC 1870 §6.1
    c->send("MAIL FROM:<a@example.org> BODY=BINARYMIME\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("555 5.5.4"));
    c->send("VRFY bob\r\n");
    QCOMPARE(c->code(), 252);
    c->send("QUIT\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("221 2.0.0"));
    QVERIFY(c->waitClosed());
    QVERIFY(m_f->storedJson().isEmpty());
}

void tst_SandboxHostile::startTlsDiscardsInjectedCommands()
{
    // RFC 3207 §4.2, CVE-2011-0411: commands pipelined behind STARTTLS in clear text are thrown
    // away, not run once TLS is up.
    auto c = connected();
    QVERIFY(c);
    QCOMPARE(c->code(), 220);
    c->send("EHLO client.example.org\r\n");
    QCOMPARE(c->code(), 250);
    c->send("STARTTLS\r\nNOOP injected\r\nMAIL FROM:<evil@example.org>\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("220 2.0.0"));
    QCOMPARE(c->unparsed(), QByteArray()); // nothing answered in clear after the 220
    QVERIFY(c->startTls());
    c->send("EHLO client.example.org\r\n");
    // The first reply under TLS is EHLO's: neither the NOOP nor the MAIL ran.
    const QByteArray r = c->reply();
    QVERIFY2(r.startsWith("250-localhost greets"), r.constData());
    c->send("NOOP\r\n");
    QCOMPARE(c->reply(), QByteArray("250 2.0.0 OK"));
    QCOMPARE(c->reply(300), QByteArray());
}

void tst_SandboxHostile::pipelinedRepliesInOrder()
{
    auto c = readyClient();
    QVERIFY(c);
    // RFC 2920: one write, replies in command order.
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<x@example.org>\r\nRCPT TO:bad\r\nNOOP\r\nRCPT TO:<z@example.org>\r\nDATA\r\n");
    const QList<QByteArray> r = c->replies(6);
    QCOMPARE(r.size(), 6);
    QVERIFY(r.at(0).startsWith("250 2.1.0"));
    QVERIFY(r.at(1).startsWith("250 2.1.5"));
    QVERIFY(r.at(2).startsWith("501"));
    QVERIFY(r.at(3).startsWith("250 2.0.0"));
    QVERIFY(r.at(4).startsWith("250 2.1.5"));
    QVERIFY(r.at(5).startsWith("354"));
    c->send("Subject: p\r\n\r\nbody\r\n.\r\nMAIL FROM:<a@example.org>\r\nQUIT\r\n");
    const QList<QByteArray> r2 = c->replies(3);
    QCOMPARE(r2.size(), 3);
    QVERIFY(r2.at(0).startsWith("250 2.0.0 Ok: queued as"));
    QVERIFY(r2.at(1).startsWith("250 2.1.0"));
    QVERIFY(r2.at(2).startsWith("221"));
    QCOMPARE(m_f->storedJson().size(), 1);
    const QJsonObject j = SandboxFixture::readJson(m_f->storedJson().at(0));
    QCOMPARE(j.value("envelope").toObject().value("rcpt_to").toArray().size(), 2);
}

void tst_SandboxHostile::bdatPipelinedChunks()
{
    auto c = readyClient();
    QVERIFY(c);
    // RFC 3030 §2: chunks and commands in one flight; a chunk's octets are never read as commands.
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nBDAT 12\r\nSubject: c\r\nBDAT 0\r\nBDAT 23 LAST\r\n\r\nQUIT\r\nnot a command\r\nNOOP\r\n");
    const QList<QByteArray> r = c->replies(6);
    QCOMPARE(r.size(), 6);
    QVERIFY(r.at(0).startsWith("250 2.1.0"));
    QVERIFY(r.at(1).startsWith("250 2.1.5"));
    QCOMPARE(r.at(2), QByteArray("250 2.0.0 12 octets received"));
    QCOMPARE(r.at(3), QByteArray("250 2.0.0 0 octets received"));
    QVERIFY(r.at(4).startsWith("250 2.0.0 Ok: queued as"));
    QCOMPARE(r.at(5), QByteArray("250 2.0.0 OK"));
    QCOMPARE(SandboxFixture::readEml(m_f->storedJson().at(0)), QByteArray("Subject: c\r\n\r\nQUIT\r\nnot a command\r\n"));
    const QJsonObject j = SandboxFixture::readJson(m_f->storedJson().at(0));
    QCOMPARE(j.value("body_command").toString(), QStringLiteral("BDAT"));
    QCOMPARE(j.value("chunks").toInt(), 3);
    // DATA and RCPT after a chunk are out of sequence (RFC 3030 §2).
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nBDAT 3\r\nabcDATA\r\nRCPT TO:<c@example.org>\r\nRSET\r\n");
    const QList<QByteArray> r2 = c->replies(6);
    QCOMPARE(r2.size(), 6);
    QVERIFY(r2.at(3).startsWith("503"));
    QVERIFY(r2.at(4).startsWith("503"));
    QVERIFY(r2.at(5).startsWith("250"));
    QCOMPARE(m_f->storedJson().size(), 1);
    QTRY_COMPARE(m_f->allFiles().size(), 2); // RSET removed the partial file
}

void tst_SandboxHostile::bdatWithoutTransactionSkipsItsOctets()
{
    auto c = readyClient();
    QVERIFY(c);
    c->send("BDAT 6\r\nNOOP\r\nNOOP\r\n");
    const QList<QByteArray> r = c->replies(2);
    QCOMPARE(r.size(), 2);
    QVERIFY(r.at(0).startsWith("503 5.5.1")); // the chunk ("NOOP\r\n") was read, then refused
    QCOMPARE(r.at(1), QByteArray("250 2.0.0 OK"));
    QCOMPARE(c->reply(300), QByteArray());
}

void tst_SandboxHostile::tooManyRecipients()
{
    auto c = readyClient();
    QVERIFY(c);
    QByteArray flight = "MAIL FROM:<a@example.org>\r\n";
    for (int i = 0; i < 10'000; ++i)
        flight += "RCPT TO:<r" + QByteArray::number(i) + "@example.org>\r\n";
    flight += "DATA\r\n";
    c->send(flight);
    const QList<QByteArray> r = c->replies(10'002, 60'000);
    QCOMPARE(r.size(), 10'002);
    int accepted = 0;
    int tooMany = 0;
    for (int i = 1; i <= 10'000; ++i) {
        accepted += r.at(i).startsWith("250 2.1.5");
        tooMany += r.at(i).startsWith("452 4.5.3"); // RFC 5321 §4.5.3.1.10
    }
    QCOMPARE(accepted, 1000);
    QCOMPARE(tooMany, 9000);
    QVERIFY(r.last().startsWith("354"));
    c->send("Subject: many\r\n\r\nx\r\n.\r\n");
    QVERIFY(c->reply().startsWith("250 2.0.0 Ok"));
    const QJsonObject j = SandboxFixture::readJson(m_f->storedJson().at(0));
    QCOMPARE(j.value("envelope").toObject().value("rcpt_to").toArray().size(), 1000);
    // The transcript is bounded too.
    QVERIFY(j.value("transcript").toArray().size() <= 1001);
    assertStillServing();
}

void tst_SandboxHostile::idleClientGets421()
{
    m_f = std::make_unique<SandboxFixture>();
    m_f->settings.idleTimeoutMs = 400;
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
    auto c = connected();
    QVERIFY(c);
    QCOMPARE(c->code(), 220);
    // RFC 5321 §4.5.3.2.7: the server may close an idle session; it says 421 first.
    QCOMPARE(c->reply(5000).left(9), QByteArray("421 4.4.2"));
    QVERIFY(c->waitClosed(5000));
    // Mid-DATA too: the partial message is dropped.
    auto d = readyClient();
    QVERIFY(d);
    d->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\nSubject: half\r\n");
    QCOMPARE(d->replies(3).size(), 3);
    QCOMPARE(d->reply(5000).left(9), QByteArray("421 4.4.2"));
    QVERIFY(d->waitClosed(5000));
    QTRY_VERIFY(m_f->allFiles().isEmpty());
    QTRY_COMPARE(m_f->server->sessionCount(), 0);
}

void tst_SandboxHostile::silentTlsClientIsDropped()
{
    m_f = std::make_unique<SandboxFixture>();
    m_f->settings.idleTimeoutMs = 400;
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
    // Connects to the implicit-TLS port and never starts the handshake.
    RawSmtpClient c;
    c.connectTo(m_f->server->implicitTlsPort(), false);
    QVERIFY(c.waitClosed(5000));
    QCOMPARE(c.reply(10), QByteArray()); // nothing in clear text on a TLS port
    QTRY_COMPARE(m_f->server->sessionCount(), 0);
}

void tst_SandboxHostile::droppedMidData()
{
    QSignalSpy stored(m_f->server.get(), &SandboxServer::messageStored);
    auto c = readyClient();
    QVERIFY(c);
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    QCOMPARE(c->replies(3).size(), 3);
    QByteArray body = "Subject: dropped\r\n\r\n";
    while (body.size() < 200'000)
        body += "line of a message that will never end\r\n";
    c->send(body);
    QTRY_VERIFY(!m_f->allFiles().isEmpty()); // the partial file exists while it arrives
    c->abort();
    QTRY_COMPARE(m_f->server->sessionCount(), 0);
    QVERIFY(m_f->allFiles().isEmpty());
    QCOMPARE(stored.size(), 0);
    assertStillServing();
}

void tst_SandboxHostile::droppedMidBdat()
{
    auto c = readyClient();
    QVERIFY(c);
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nBDAT 100 \r\n"); // bad syntax first
    QCOMPARE(c->replies(3).size(), 3);
    c->send("BDAT 1000000 LAST\r\n" + QByteArray(50'000, 'z'));
    QTRY_VERIFY(!m_f->allFiles().isEmpty());
    c->abort();
    QTRY_COMPARE(m_f->server->sessionCount(), 0);
    QVERIFY(m_f->allFiles().isEmpty());
    assertStillServing();
}

void tst_SandboxHostile::longTextLineRefused()
{
    auto c = readyClient();
    QVERIFY(c);
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    QCOMPARE(c->replies(3).size(), 3);
    c->send("Subject: long\r\n\r\n" + QByteArray(1200, 'w') + "\r\n.\r\nNOOP\r\n");
    const QByteArray r = c->reply();
    QVERIFY2(r.startsWith("554 5.6.0") && r.contains("1200"), r.constData()); // RFC 5322 §2.1.1
    QCOMPARE(c->code(), 250);
    QVERIFY(m_f->allFiles().isEmpty());
}

void tst_SandboxHostile::smugglingLookAlikeIsContent()
{
    auto c = readyClient();
    QVERIFY(c);
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    QCOMPARE(c->replies(3).size(), 3);
    // "\n.\n" is not the end of data; had it been, the smuggled transaction would be stored.
    c->send("Subject: s\r\n\r\nhi\n.\nMAIL FROM:<evil@example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\n"
            "Subject: smuggled\r\n\r\nx\r\n.\r\nNOOP\r\n");
    const QByteArray r = c->reply();
    QVERIFY2(r.startsWith("554 5.6.0") && r.contains("bare LF"), r.constData());
    QCOMPARE(c->reply(), QByteArray("250 2.0.0 OK")); // the NOOP: nothing else was run
    QCOMPARE(c->reply(300), QByteArray());
    QVERIFY(m_f->allFiles().isEmpty());
}

void tst_SandboxHostile::actualSizeEnforced()
{
    m_f = std::make_unique<SandboxFixture>();
    m_f->settings.maxMessageSize = 10'000;
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
    auto c = readyClient();
    QVERIFY(c);
    // SIZE= says little; the octets say more (RFC 1870 §6.3).
    c->send("MAIL FROM:<a@example.org> SIZE=100\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    QCOMPARE(c->replies(3).size(), 3);
    c->send("Subject: big\r\n\r\n" + QByteArray(20'000, 'q').replace(QByteArray(900, 'q'), QByteArray(898, 'q') + "\r\n")
            + "\r\n.\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("552 5.3.4"));
    c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nBDAT 20000 LAST\r\n" + QByteArray(20'000, 'q'));
    const QList<QByteArray> r = c->replies(3);
    QCOMPARE(r.size(), 3);
    QVERIFY(r.at(2).startsWith("552 5.3.4"));
    c->send("NOOP\r\n");
    QCOMPARE(c->code(), 250);
    QVERIFY(m_f->allFiles().isEmpty());
}

void tst_SandboxHostile::parallelSessions()
{
    // Many sessions at once, each a full conversation, all interleaved on one thread.
    std::vector<std::unique_ptr<RawSmtpClient>> clients;
    for (int i = 0; i < 40; ++i) {
        auto c = std::make_unique<RawSmtpClient>();
        c->setPinnedSha256(m_f->settings.certificate.digest(QCryptographicHash::Sha256));
        QVERIFY(c->connectTo(m_f->server->implicitTlsPort(), true));
        clients.push_back(std::move(c));
    }
    for (auto& c : clients) {
        QCOMPARE(c->code(), 220);
        c->send("EHLO client.example.org\r\n" + plainAuth()
                + "MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nBDAT 14 LAST\r\nSubject: p\r\n\r\nQUIT\r\n");
    }
    for (auto& c : clients) {
        const QList<QByteArray> r = c->replies(6);
        QCOMPARE(r.size(), 6);
        QVERIFY(r.at(4).startsWith("250 2.0.0 Ok: queued as"));
        QVERIFY(r.at(5).startsWith("221"));
    }
    QCOMPARE(m_f->storedJson().size(), 40);
    QTRY_COMPARE(m_f->server->sessionCount(), 0);
}

void tst_SandboxHostile::sessionLimit()
{
    m_f = std::make_unique<SandboxFixture>();
    m_f->settings.maxSessions = 3;
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
    std::vector<std::unique_ptr<RawSmtpClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(connected());
        QVERIFY(clients.back());
        QCOMPARE(clients.back()->code(), 220);
    }
    auto extra = connected();
    QVERIFY(extra);
    QCOMPARE(extra->reply().left(3), QByteArray("421")); // RFC 5321 §3.1
    QVERIFY(extra->waitClosed());
    clients.clear();
    QTRY_COMPARE(m_f->server->sessionCount(), 0);
    assertStillServing();
}

void tst_SandboxHostile::tooManyErrors()
{
    auto c = readyClient();
    QVERIFY(c);
    QByteArray flight;
    for (int i = 0; i < 25; ++i)
        flight += "XYZZY\r\n";
    c->send(flight);
    const QList<QByteArray> r = c->replies(21);
    QCOMPARE(r.size(), 21);
    for (int i = 0; i < 20; ++i)
        QVERIFY(r.at(i).startsWith("502 5.5.2"));
    QVERIFY(r.at(20).startsWith("421 4.7.0"));
    QVERIFY(c->waitClosed());
}

void tst_SandboxHostile::authFailuresClose()
{
    auto c = connected(true);
    QVERIFY(c);
    QCOMPARE(c->code(), 220);
    c->send("EHLO client.example.org\r\n");
    QCOMPARE(c->code(), 250);
    const QByteArray wrong = "AUTH PLAIN " + QByteArray("\0sandbox\0wrong", 14).toBase64() + "\r\n";
    c->send(wrong);
    QCOMPARE(c->reply().left(9), QByteArray("535 5.7.8")); // RFC 4954 §6
    c->send("AUTH PLAIN " + QByteArray(QByteArray("other\0sandbox\0", 14) + SandboxFixture::Password.toUtf8()).toBase64() + "\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("535 5.7.8")); // acting as someone else is refused
    c->send(wrong);
    QCOMPARE(c->reply().left(9), QByteArray("535 5.7.8"));
    QCOMPARE(c->reply().left(9), QByteArray("421 4.7.0"));
    QVERIFY(c->waitClosed());
}

void tst_SandboxHostile::authCancelled()
{
    auto c = connected(true);
    QVERIFY(c);
    QCOMPARE(c->code(), 220);
    c->send("EHLO client.example.org\r\nAUTH LOGIN\r\n");
    QCOMPARE(c->code(), 250);
    QCOMPARE(c->reply(), "334 " + QByteArray("Username:").toBase64());
    c->send("*\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("501 5.7.0")); // RFC 4954 §4
    c->send("AUTH LOGIN\r\n");
    QCOMPARE(c->code(), 334);
    c->send(SandboxFixture::User.toUtf8().toBase64() + "\r\n");
    QCOMPARE(c->code(), 334);
    c->send("not base64!\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("501 5.5.2"));
    c->send("AUTH CRAM-MD5\r\n");
    const QByteArray challenge = QByteArray::fromBase64(c->reply().mid(4));
    QVERIFY2(challenge.startsWith('<') && challenge.endsWith('>'), challenge.constData()); // RFC 2195 §2
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, SandboxFixture::Password.toUtf8(),
                                                               QCryptographicHash::Md5).toHex();
    c->send(QByteArray(SandboxFixture::User.toUtf8() + ' ' + digest).toBase64() + "\r\n");
    QCOMPARE(c->reply().left(9), QByteArray("235 2.7.0"));
}

void tst_SandboxHostile::plainListener()
{
    RawSmtpClient c;
    QVERIFY(c.connectTo(m_f->server->plainPort()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO client.example.org\r\n");
    const QByteArray ehlo = c.reply();
    QVERIFY(!ehlo.contains("STARTTLS"));
    QVERIFY(!ehlo.contains("AUTH"));
    c.send("AUTH PLAIN =\r\nSTARTTLS\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    const QList<QByteArray> r = c.replies(5);
    QCOMPARE(r.size(), 5);
    QVERIFY(r.at(0).startsWith("502"));
    QVERIFY(r.at(1).startsWith("502"));
    QVERIFY(r.at(4).startsWith("354"));
    c.send("Subject: plain\r\n\r\nx\r\n.\r\n");
    QVERIFY(c.reply().startsWith("250 2.0.0 Ok"));
    const QJsonObject j = SandboxFixture::readJson(m_f->storedJson().at(0));
    QCOMPARE(j.value("listener").toString(), QStringLiteral("plain"));
    QVERIFY(j.value("tls").isNull());
    QVERIFY(j.value("auth").isNull());
}

void tst_SandboxHostile::heloSession()
{
    // RFC 5321 §4.1.1.1: HELO works, but without service extensions.
    RawSmtpClient c;
    QVERIFY(c.connectTo(m_f->server->plainPort()));
    QCOMPARE(c.code(), 220);
    c.send("HELO client.example.org\r\nMAIL FROM:<a@example.org> SIZE=10\r\nMAIL FROM:<a@example.org>\r\n"
           "RCPT TO:<b@example.org>\r\nDATA\r\n");
    const QList<QByteArray> r = c.replies(5);
    QCOMPARE(r.size(), 5);
    QCOMPARE(r.at(0), QByteArray("250 localhost"));
    QVERIFY(r.at(1).startsWith("555 5.5.4"));
    QVERIFY(r.at(2).startsWith("250 2.1.0"));
    QVERIFY(r.at(4).startsWith("354"));
    c.send("Subject: helo\r\n\r\nx\r\n.\r\nQUIT\r\n");
    QVERIFY(c.reply().startsWith("250 2.0.0 Ok"));
    QCOMPARE(c.code(), 221);
    QVERIFY(SandboxFixture::readJson(m_f->storedJson().at(0)).value("client").toObject().value("esmtp").toBool() == false);
}

QTEST_GUILESS_MAIN(tst_SandboxHostile)
#include "tst_sandboxhostile.moc"
