// SmtpSession against a real server: aiosmtpd 1.4 (tests/scripts/smtp_server.py), over STARTTLS
// and implicit TLS, with AUTH required. What the server stored is compared byte for byte with
// what was sent: envelope, SIZE=, message data, and no trace of the Bcc recipient in the data.
#include "AiosmtpdServer.h"
#include "SmtpSession.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(SmtpSecurity)

// Failure messages name the kind ("AuthFailed"), not its number.
namespace QTest {
template<>
char* toString(const SmtpError::Kind& kind)
{
    return qstrdup(qPrintable(SmtpError::kindName(kind)));
}
} // namespace QTest

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret pass phrase");

// Hand-written RFC 5322 message: To and Cc in the header; the Bcc recipient exists only in the
// envelope. Lines starting with "." exercise dot-stuffing against a real receiver.
const QByteArray Message = "From: Alice Example <alice@example.org>\r\n"
                           "To: Bob <bob@example.org>\r\n"
                           "Cc: Carol <carol@example.net>\r\n"
                           "Subject: Quarterly report\r\n"
                           "Date: Mon, 23 Nov 2026 16:00:00 +0000\r\n"
                           "Message-ID: <qourier-test-1@example.org>\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: text/plain; charset=us-ascii\r\n"
                           "\r\n"
                           "Hello Bob, hello Carol.\r\n"
                           ".\r\n"
                           "..two dots\r\n"
                           ".one dot\r\n"
                           "\r\n"
                           "-- \r\n"
                           "Alice\r\n";

const QStringList To = {QStringLiteral("bob@example.org")};
const QStringList Cc = {QStringLiteral("carol@example.net")};
const QStringList Bcc = {QStringLiteral("dave@example.com")};

QSslCertificate testCa()
{
    QFile f(testDataPath(QStringLiteral("test-ca.pem")));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

SmtpSettings settingsFor(const AiosmtpdServer& server, SmtpSecurity security, const QString& host)
{
    SmtpSettings s;
    s.host = host;
    s.port = server.port();
    s.security = security;
    s.extraCaCertificates = {testCa()};
    s.ehloName = QStringLiteral("client.example.org");
    s.timeouts = SmtpTimeouts::uniform(15'000);
    return s;
}

SmtpCredentials credentials(const QString& password = Password)
{
    SmtpCredentials c;
    c.user = User;
    c.password = password;
    return c;
}

struct Outcome
{
    bool finished = false;
    SmtpError error;
    QList<SmtpDelivery> deliveries;
};

void watch(SmtpSession& s, Outcome& o)
{
    QObject::connect(&s, &SmtpSession::finished, &s, [&o](const SmtpError& e) {
        o.finished = true;
        o.error = e;
    });
    QObject::connect(&s, &SmtpSession::messageFinished, &s, [&o](const SmtpDelivery& d) { o.deliveries.append(d); });
}

QString describe(const SmtpError& e)
{
    return e.toString() + QStringLiteral(" [phase %1, detail %2]").arg(e.phase, e.detail);
}

QStringList serverArgs(SmtpSecurity security)
{
    return AiosmtpdServer::tlsArgs(security == SmtpSecurity::ImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"))
        + QStringList{QStringLiteral("--user"), User, QStringLiteral("--password"), Password};
}

} // namespace

class TestAiosmtpd : public QObject
{
    Q_OBJECT
private slots:
    void sendWithBcc_data();
    void sendWithBcc();
    void twoMessagesOneConnection();
    void partialRejection();
    void sizeLimitCheckedBeforeMail();
    void wrongPassword();
};

void TestAiosmtpd::sendWithBcc_data()
{
    QTest::addColumn<SmtpSecurity>("security");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mechanism");
    QTest::addRow("RFC 3207 STARTTLS, AUTH PLAIN, by name") << SmtpSecurity::StartTls << QStringLiteral("localhost")
                                                            << QStringLiteral("PLAIN");
    QTest::addRow("RFC 3207 STARTTLS, AUTH LOGIN, by address") << SmtpSecurity::StartTls << QStringLiteral("127.0.0.1")
                                                               << QStringLiteral("LOGIN");
    QTest::addRow("RFC 8314 implicit TLS, AUTH PLAIN, by name") << SmtpSecurity::ImplicitTls
                                                                << QStringLiteral("localhost") << QStringLiteral("PLAIN");
    QTest::addRow("RFC 8314 implicit TLS, AUTH LOGIN, by address")
        << SmtpSecurity::ImplicitTls << QStringLiteral("127.0.0.1") << QStringLiteral("LOGIN");
}

void TestAiosmtpd::sendWithBcc()
{
    QFETCH(SmtpSecurity, security);
    QFETCH(QString, host);
    QFETCH(QString, mechanism);
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(security)), qPrintable(server.errorString()));

    SmtpSettings settings = settingsFor(server, security, host);
    settings.allowedAuthMechanisms = {mechanism};
    SmtpSession session(settings);
    session.setCredentials(credentials());
    Outcome o;
    watch(session, o);
    SmtpEnvelope envelope;
    envelope.from = QStringLiteral("alice@example.org");
    envelope.recipients = To + Cc + Bcc;
    envelope.size = Message.size();
    QBuffer body;
    body.setData(Message);
    QVERIFY(body.open(QIODevice::ReadOnly));
    session.enqueue(envelope, &body);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished, 30'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error) + "\n" + server.standardError()));
    QCOMPARE(session.authMechanismUsed(), mechanism);
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(o.deliveries.at(0).finalReply.code, 250);

    const QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 1);
    const ReceivedMessage& m = got.at(0);
    QCOMPARE(m.mailFrom, QStringLiteral("alice@example.org"));
    QCOMPARE(m.rcptTos, To + Cc + Bcc); // the envelope carries every recipient, Bcc included
    QCOMPARE(m.mailOptions, QStringList{QStringLiteral("SIZE=%1").arg(Message.size())}); // RFC 1870 §3: exact
    QCOMPARE(m.size, qint64(Message.size()));
    QCOMPARE(m.data, Message); // byte for byte, dot-stuffing undone by the server
    QVERIFY(!m.data.contains("dave"));
    QVERIFY(!m.data.contains("Bcc"));
    QVERIFY(m.tls);
    QCOMPARE(m.authUser, User);
}

void TestAiosmtpd::twoMessagesOneConnection()
{
    // RFC 5321 §4.1.1.5: RSET between two transactions on one connection; aiosmtpd offers no
    // PIPELINING, so the client talks in lock-step.
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(SmtpSecurity::StartTls)), qPrintable(server.errorString()));
    SmtpSession session(settingsFor(server, SmtpSecurity::StartTls, QStringLiteral("localhost")));
    session.setCredentials(credentials());
    Outcome o;
    watch(session, o);
    const QByteArray second = "From: alice@example.org\r\nTo: carol@example.net\r\nSubject: second\r\n\r\nTwo.\r\n";
    SmtpEnvelope e1;
    e1.from = QStringLiteral("alice@example.org");
    e1.recipients = To;
    e1.size = Message.size();
    SmtpEnvelope e2;
    e2.from = QStringLiteral("alice@example.org");
    e2.recipients = Cc;
    e2.size = second.size();
    QBuffer b1;
    b1.setData(Message);
    b1.open(QIODevice::ReadOnly);
    QBuffer b2;
    b2.setData(second);
    b2.open(QIODevice::ReadOnly);
    session.enqueue(e1, &b1);
    session.enqueue(e2, &b2);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished, 30'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(o.deliveries.size(), 2);
    QVERIFY(o.deliveries.at(0).ok() && o.deliveries.at(1).ok());
    const QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).data, Message);
    QCOMPARE(got.at(0).rcptTos, To);
    QCOMPARE(got.at(1).data, second);
    QCOMPARE(got.at(1).rcptTos, Cc);
    QCOMPARE(got.at(1).mailOptions, QStringList{QStringLiteral("SIZE=%1").arg(second.size())});
}

void TestAiosmtpd::partialRejection()
{
    // RFC 5321 §3.3: one recipient refused (550 5.1.1), the others still get the message.
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(SmtpSecurity::ImplicitTls) + QStringList{"--reject", "nobody@*"}),
             qPrintable(server.errorString()));
    SmtpSession session(settingsFor(server, SmtpSecurity::ImplicitTls, QStringLiteral("127.0.0.1")));
    session.setCredentials(credentials());
    Outcome o;
    watch(session, o);
    SmtpEnvelope envelope;
    envelope.from = QStringLiteral("alice@example.org");
    envelope.recipients = {QStringLiteral("bob@example.org"), QStringLiteral("nobody@example.org"),
                           QStringLiteral("dave@example.com")};
    envelope.size = Message.size();
    QBuffer body;
    body.setData(Message);
    body.open(QIODevice::ReadOnly);
    session.enqueue(envelope, &body);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished, 30'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY(o.deliveries.at(0).ok());
    QCOMPARE(o.deliveries.at(0).rejectedAddresses(), QStringList{"nobody@example.org"});
    QCOMPARE(o.deliveries.at(0).recipients.at(1).reply.code, 550);
    QCOMPARE(o.deliveries.at(0).recipients.at(1).reply.enhancedCode, QStringLiteral("5.1.1"));
    const QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).rcptTos, QStringList({"bob@example.org", "dave@example.com"}));
    QCOMPARE(got.at(0).data, Message);
}

void TestAiosmtpd::sizeLimitCheckedBeforeMail()
{
    // RFC 1870 §6.1: the server says SIZE 200; a larger message is not even offered.
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(SmtpSecurity::StartTls) + QStringList{"--size", "200"}),
             qPrintable(server.errorString()));
    SmtpSession session(settingsFor(server, SmtpSecurity::StartTls, QStringLiteral("localhost")));
    session.setCredentials(credentials());
    Outcome o;
    watch(session, o);
    SmtpEnvelope envelope;
    envelope.from = QStringLiteral("alice@example.org");
    envelope.recipients = To;
    envelope.size = Message.size();
    QVERIFY(Message.size() > 200);
    QBuffer body;
    body.setData(Message);
    body.open(QIODevice::ReadOnly);
    session.enqueue(envelope, &body);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished, 30'000);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(SmtpError::kindName(o.deliveries.at(0).error.kind), SmtpError::kindName(SmtpError::Kind::MessageTooLarge));
    QCOMPARE(session.capabilities().sizeLimit, qint64(200));
    QCOMPARE(server.messages().size(), 0);
}

void TestAiosmtpd::wrongPassword()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(SmtpSecurity::StartTls)), qPrintable(server.errorString()));
    SmtpSession session(settingsFor(server, SmtpSecurity::StartTls, QStringLiteral("localhost")));
    session.setCredentials(credentials(QStringLiteral("wrong")));
    Outcome o;
    watch(session, o);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished, 30'000);
    QCOMPARE(SmtpError::kindName(o.error.kind), SmtpError::kindName(SmtpError::Kind::AuthFailed));
    QCOMPARE(o.error.replyCode, 535);
    QCOMPARE(o.error.enhancedCode, QStringLiteral("5.7.8"));
}

QTEST_GUILESS_MAIN(TestAiosmtpd)
#include "tst_aiosmtpd.moc"
