// Several messages on one connection with PIPELINING and CHUNKING: after BDAT LAST the next
// message's RSET, MAIL, RCPT and BDAT go out without waiting for the replies (RFC 2920 §3.1,
// RFC 3030 §4.2), and every message still gets its own outcome, in order. The scripted server
// reads the second and third messages before it answers anything, so a client that waited for a
// reply would stall here and time out.
#include "FakeSmtpServer.h"
#include "SmtpSession.h"

#include <QBuffer>
#include <QtTest>

#include <memory>
#include <vector>

namespace QTest {
template<>
char* toString(const SmtpError::Kind& kind)
{
    return qstrdup(qPrintable(SmtpError::kindName(kind)));
}
} // namespace QTest

namespace {

const QByteArray Ehlo = "250-fake\r\n250-PIPELINING\r\n250 CHUNKING\r\n";

struct Batch
{
    std::vector<std::unique_ptr<QBuffer>> bodies;
    QList<SmtpDelivery> deliveries;
    bool finished = false;
    SmtpError error;
};

QByteArray message(int i)
{
    return "Subject: batch " + QByteArray::number(i) + "\r\n\r\nBody " + QByteArray::number(i) + ".\r\n";
}

void enqueue(SmtpSession& session, Batch& batch, int count)
{
    for (int i = 0; i < count; ++i) {
        batch.bodies.push_back(std::make_unique<QBuffer>());
        batch.bodies.back()->setData(message(i));
        batch.bodies.back()->open(QIODevice::ReadOnly);
        SmtpEnvelope e;
        e.from = QStringLiteral("a%1@example.org").arg(i);
        e.recipients = {QStringLiteral("b%1@example.org").arg(i)};
        e.size = message(i).size();
        session.enqueue(e, batch.bodies.back().get());
    }
    QObject::connect(&session, &SmtpSession::messageFinished, &session, [&batch](const SmtpDelivery& d) { batch.deliveries.append(d); });
    QObject::connect(&session, &SmtpSession::finished, &session, [&batch](const SmtpError& e) {
        batch.finished = true;
        batch.error = e;
    });
}

SmtpSettings settingsFor(quint16 port)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    s.ehloName = QStringLiteral("client.example.org");
    s.timeouts = SmtpTimeouts::uniform(3'000); // a client waiting for a reply would hit this
    return s;
}

} // namespace

class TestSmtpSessionBatch : public QObject
{
    Q_OBJECT
private slots:
    void nextMessageDoesNotWaitForReplies();
    void connectionLostWithRepliesOutstanding();
};

void TestSmtpSessionBatch::nextMessageDoesNotWaitForReplies()
{
    FakeSmtpServer server;
    server.setSplitMode(FakeSmtpServer::SplitMode::Coalesced);
    server.send("220 fake ESMTP\r\n").expect("EHLO *").send(Ehlo);
    // All three messages arrive before the first reply leaves.
    server.expect("MAIL FROM:<a0@example.org>").expect("RCPT TO:<b0@example.org>").expectData();
    server.expect("RSET").expect("MAIL FROM:<a1@example.org>").expect("RCPT TO:<b1@example.org>").expectData();
    server.expect("RSET").expect("MAIL FROM:<a2@example.org>").expect("RCPT TO:<b2@example.org>").expectData();
    server.send("250 2.1.0 ok\r\n250 2.1.5 ok\r\n250 2.0.0 queued as ONE\r\n"
                "250 2.0.0 reset\r\n550 5.7.1 sender refused\r\n503 5.5.1 no valid recipients\r\n503 5.5.1 no transaction\r\n"
                "250 2.0.0 reset\r\n250 2.1.0 ok\r\n250 2.1.5 ok\r\n250 2.0.0 queued as THREE\r\n");
    server.expect("QUIT").send("221 bye\r\n");
    QVERIFY(server.listen());

    SmtpSession session(settingsFor(server.serverPort()));
    Batch batch;
    enqueue(session, batch, 3);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(batch.finished, 15'000);
    QVERIFY2(!batch.error.isError(), qPrintable(batch.error.toString()));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));

    // One outcome per message, in order; the refusal of the second touches neither neighbour.
    QCOMPARE(batch.deliveries.size(), 3);
    QCOMPARE(batch.deliveries.at(0).index, 0);
    QVERIFY(batch.deliveries.at(0).ok());
    QVERIFY(batch.deliveries.at(0).finalReply.text().contains(QLatin1String("ONE")));
    QCOMPARE(batch.deliveries.at(1).index, 1);
    QCOMPARE(batch.deliveries.at(1).error.kind, SmtpError::Kind::SenderRejected);
    QCOMPARE(batch.deliveries.at(1).error.replyCode, 550);
    QVERIFY(!batch.deliveries.at(1).error.deliveryUncertain);
    QCOMPARE(batch.deliveries.at(2).index, 2);
    QVERIFY(batch.deliveries.at(2).ok());
    QVERIFY(batch.deliveries.at(2).finalReply.text().contains(QLatin1String("THREE")));
    QCOMPARE(batch.deliveries.at(2).recipients.value(0).reply.code, 250);
    // RFC 3030 §2: each message exactly, in its own BDAT LAST.
    QCOMPARE(server.bodies(), QList<QByteArray>({message(0), message(1), message(2)}));
}

void TestSmtpSessionBatch::connectionLostWithRepliesOutstanding()
{
    // Two messages written to their last byte, then the server disappears without a word: both
    // may or may not have been delivered (RFC 1047), and neither may be reported as sent.
    FakeSmtpServer server;
    server.setSplitMode(FakeSmtpServer::SplitMode::Coalesced);
    server.send("220 fake ESMTP\r\n").expect("EHLO *").send(Ehlo);
    server.expect("MAIL *").expect("RCPT *").expectData();
    server.expect("RSET").expect("MAIL *").expect("RCPT *").expectData();
    server.close();
    QVERIFY(server.listen());

    SmtpSession session(settingsFor(server.serverPort()));
    Batch batch;
    enqueue(session, batch, 2);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(batch.finished, 15'000);
    QVERIFY(batch.error.isError());
    QCOMPARE(batch.deliveries.size(), 2);
    for (const SmtpDelivery& d : qAsConst(batch.deliveries)) {
        QVERIFY2(d.error.isError(), qPrintable(QString::number(d.index)));
        QVERIFY2(d.error.deliveryUncertain, qPrintable(d.error.toString()));
    }
    QCOMPARE(batch.deliveries.at(0).index, 0);
    QCOMPARE(batch.deliveries.at(1).index, 1);
}

QTEST_GUILESS_MAIN(TestSmtpSessionBatch)
#include "tst_smtpsessionbatch.moc"
