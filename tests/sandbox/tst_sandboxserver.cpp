// Our own client (SmtpSession) against the sandbox server, in one process: STARTTLS and implicit
// TLS with the certificate pinned, AUTH PLAIN/LOGIN/CRAM-MD5, PIPELINING on and off, BDAT and
// DATA. What the sandbox stored is compared byte for byte with what was sent; the Bcc recipient
// is in the envelope only. Then the misbehave switches, one by one.
#include "SandboxFixture.h"
#include "SmtpSession.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

Q_DECLARE_METATYPE(SmtpSecurity)

namespace QTest {
template<>
char* toString(const SmtpError::Kind& kind)
{
    return qstrdup(qPrintable(SmtpError::kindName(kind)));
}
} // namespace QTest

namespace {

// Hand-written RFC 5322 message: To and Cc in the header, the Bcc recipient only in the
// envelope; lines starting with "." exercise dot-stuffing and un-stuffing.
const QByteArray Message = "From: Alice Example <alice@example.org>\r\n"
                           "To: Bob <bob@example.org>\r\n"
                           "Cc: Carol <carol@example.net>\r\n"
                           "Subject: Quarterly report\r\n"
                           "Date: Mon, 23 Nov 2026 16:00:00 +0000\r\n"
                           "Message-ID: <qourier-sandbox-1@example.org>\r\n"
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

struct Outcome
{
    bool finished = false;
    SmtpError error;
    QList<SmtpDelivery> deliveries;
    QStringList transcript;
};

void watch(SmtpSession& s, Outcome& o)
{
    QObject::connect(&s, &SmtpSession::finished, &s, [&o](const SmtpError& e) {
        o.finished = true;
        o.error = e;
    });
    QObject::connect(&s, &SmtpSession::messageFinished, &s, [&o](const SmtpDelivery& d) { o.deliveries.append(d); });
    QObject::connect(&s, &SmtpSession::transcript, &s,
                     [&o](SmtpSession::Direction, const QString& line) { o.transcript << line; });
}

QString describe(const SmtpError& e)
{
    return e.toString() + QStringLiteral(" [phase %1, detail %2]").arg(e.phase, e.detail);
}

SmtpEnvelope envelopeFor(const QByteArray& message, const QStringList& recipients = To + Cc + Bcc)
{
    SmtpEnvelope e;
    e.from = QStringLiteral("alice@example.org");
    e.recipients = recipients;
    e.size = message.size();
    return e;
}

QByteArray bigMessage(int lines)
{
    QByteArray m = "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: big\r\n\r\n";
    for (int i = 0; i < lines; ++i) {
        QByteArray line = QByteArray::number(i).rightJustified(8, '0') + ' ' + QByteArray(66, char('a' + i % 26));
        if (i % 97 == 0)
            line.prepend('.'); // needs stuffing
        m += line + "\r\n";
    }
    return m;
}

// Runs one session with the given messages; returns when it finished.
bool runSession(const SmtpSettings& settings, const SmtpCredentials& credentials, const QList<QByteArray>& messages,
                const QList<SmtpEnvelope>& envelopes, Outcome& o)
{
    SmtpSession session(settings);
    session.setCredentials(credentials);
    watch(session, o);
    std::vector<std::unique_ptr<QBuffer>> bodies;
    for (int i = 0; i < messages.size(); ++i) {
        bodies.push_back(std::make_unique<QBuffer>());
        bodies.back()->setData(messages.at(i));
        bodies.back()->open(QIODevice::ReadOnly);
        session.enqueue(envelopes.at(i), bodies.back().get());
    }
    session.start();
    return QTest::qWaitFor([&] { return o.finished; }, 60'000);
}

} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT
private slots:
    void sendThroughEngine_data();
    void sendThroughEngine();
    void ipv6Loopback();
    void severalMessagesOneConnection();
    void largeMessageIsStreamed_data();
    void largeMessageIsStreamed();
    void smtpUtf8Recipient();
    void wrongPassword();
    void pruneKeepsNewest();
    void faultRejectRecipients();
    void faultTempfailData();
    void faultSmallSize_data();
    void faultSmallSize();
    void faultSlowFinalReply();
    void faultDropMidMessage();
    void refusesToStartWithoutCertificate();
};

void tst_SandboxServer::sendThroughEngine_data()
{
    QTest::addColumn<SmtpSecurity>("security");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("chunking");
    QTest::addColumn<bool>("pipelining");
    QTest::addRow("RFC 3207 STARTTLS, PLAIN, BDAT, PIPELINING") << SmtpSecurity::StartTls << "PLAIN" << true << true;
    QTest::addRow("RFC 3207 STARTTLS, LOGIN, DATA, PIPELINING") << SmtpSecurity::StartTls << "LOGIN" << false << true;
    QTest::addRow("RFC 3207 STARTTLS, CRAM-MD5, DATA, lock-step") << SmtpSecurity::StartTls << "CRAM-MD5" << false << false;
    QTest::addRow("RFC 8314 implicit TLS, PLAIN, DATA, PIPELINING") << SmtpSecurity::ImplicitTls << "PLAIN" << false << true;
    QTest::addRow("RFC 8314 implicit TLS, LOGIN, BDAT, lock-step") << SmtpSecurity::ImplicitTls << "LOGIN" << true << false;
    QTest::addRow("RFC 8314 implicit TLS, CRAM-MD5, BDAT, PIPELINING") << SmtpSecurity::ImplicitTls << "CRAM-MD5" << true << true;
}

void tst_SandboxServer::sendThroughEngine()
{
    QFETCH(SmtpSecurity, security);
    QFETCH(QString, mechanism);
    QFETCH(bool, chunking);
    QFETCH(bool, pipelining);
    SandboxFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    QSignalSpy stored(f.server.get(), &SandboxServer::messageStored);

    SmtpSettings settings = f.client(security);
    settings.allowedAuthMechanisms = {mechanism};
    settings.useChunking = chunking;
    settings.usePipelining = pipelining;
    Outcome o;
    QVERIFY(runSession(settings, f.credentials(), {Message}, {envelopeFor(Message)}, o));
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error) + "\n" + o.transcript.join('\n')));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(o.deliveries.at(0).finalReply.code, 250);
    QCOMPARE(o.deliveries.at(0).finalReply.enhancedCode, QStringLiteral("2.0.0"));

    QCOMPARE(stored.size(), 1);
    const QString jsonPath = stored.at(0).at(0).toString();
    QCOMPARE(f.storedJson(), QStringList{jsonPath});
    const QJsonObject j = SandboxFixture::readJson(jsonPath);
    // The reply names the id the receipt has.
    QVERIFY(o.deliveries.at(0).finalReply.text().endsWith(j.value("id").toString()));

    const QByteArray eml = SandboxFixture::readEml(jsonPath);
    QCOMPARE(eml, Message); // byte for byte: stuffed by the client, un-stuffed by the sandbox
    QVERIFY(!eml.contains("dave"));
    QCOMPARE(j.value("size").toInteger(), qint64(Message.size()));
    QCOMPARE(j.value("sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(Message, QCryptographicHash::Sha256).toHex()));

    const QJsonObject envelope = j.value("envelope").toObject();
    QCOMPARE(envelope.value("mail_from").toString(), QStringLiteral("alice@example.org"));
    QStringList rcpts;
    for (const QJsonValue& v : envelope.value("rcpt_to").toArray())
        rcpts << v.toString();
    QCOMPARE(rcpts, To + Cc + Bcc); // the Bcc recipient is in the envelope
    // RFC 1870 §3: the client declared the exact size.
    QCOMPARE(envelope.value("mail_parameters").toObject().value("SIZE").toString(), QString::number(Message.size()));

    QCOMPARE(j.value("body_command").toString(), chunking ? QStringLiteral("BDAT") : QStringLiteral("DATA"));
    if (chunking)
        QVERIFY(j.value("chunks").toInt() >= 1);
    QCOMPARE(j.value("listener").toString(), security == SmtpSecurity::StartTls ? QStringLiteral("starttls")
                                                                                  : QStringLiteral("smtps"));
    QVERIFY(j.value("tls").toObject().value("protocol").toString().startsWith(QStringLiteral("TLSv1.")));
    QVERIFY(!j.value("tls").toObject().value("cipher").toString().isEmpty());
    QCOMPARE(j.value("auth").toObject().value("mechanism").toString(), mechanism);
    QCOMPARE(j.value("auth").toObject().value("user").toString(), SandboxFixture::User);
    QCOMPARE(j.value("client").toObject().value("helo").toString(), QStringLiteral("client.example.org"));

    // The transcript has the conversation but no secret: neither the password nor its base64.
    QStringList transcript;
    for (const QJsonValue& v : j.value("transcript").toArray())
        transcript << v.toString();
    const QString all = transcript.join('\n');
    QVERIFY(all.contains(QStringLiteral("C: MAIL FROM:<alice@example.org>")));
    QVERIFY(all.contains(QStringLiteral("C: RCPT TO:<dave@example.com>")));
    QVERIFY(all.contains(QStringLiteral("S: 250 2.0.0 Ok: queued as ") + j.value("id").toString()));
    QVERIFY(!all.contains(SandboxFixture::Password));
    QVERIFY(!all.contains(QString::fromLatin1(SandboxFixture::Password.toUtf8().toBase64())));
    QVERIFY(!all.contains(QString::fromLatin1(QByteArray('\0' + SandboxFixture::User.toUtf8() + '\0'
                                                         + SandboxFixture::Password.toUtf8()).toBase64())));
    if (security == SmtpSecurity::StartTls)
        QVERIFY(all.contains(QStringLiteral("C: STARTTLS")));
    // Nothing half-written is left behind.
    QCOMPARE(f.allFiles().size(), 2);
}

void tst_SandboxServer::ipv6Loopback()
{
    SandboxFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    const QStringList addresses = f.server->listeningAddresses();
    for (const QString& a : addresses)
        QVERIFY2(a == QStringLiteral("127.0.0.1") || a == QStringLiteral("::1"), qPrintable(a)); // loopback only
    QVERIFY(addresses.contains(QStringLiteral("127.0.0.1")));
    if (!addresses.contains(QStringLiteral("::1")))
        QSKIP("no IPv6 loopback on this machine");
    Outcome o;
    QVERIFY(runSession(f.client(SmtpSecurity::StartTls, QStringLiteral("::1")), f.credentials(), {Message},
                       {envelopeFor(Message)}, o));
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(f.storedJson().size(), 1);
    QCOMPARE(SandboxFixture::readJson(f.storedJson().at(0)).value("client").toObject().value("address").toString(),
             QStringLiteral("::1"));
}

void tst_SandboxServer::severalMessagesOneConnection()
{
    SandboxFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    QList<QByteArray> messages;
    QList<SmtpEnvelope> envelopes;
    for (int i = 0; i < 3; ++i) {
        messages << QByteArray("From: alice@example.org\r\nTo: bob@example.org\r\nSubject: number " + QByteArray::number(i)
                               + "\r\n\r\nBody " + QByteArray::number(i) + "\r\n");
        envelopes << envelopeFor(messages.last(), {QStringLiteral("r%1@example.org").arg(i)});
    }
    Outcome o;
    QVERIFY(runSession(f.client(SmtpSecurity::StartTls), f.credentials(), messages, envelopes, o));
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    const QStringList json = f.storedJson();
    QCOMPARE(json.size(), 3);
    QSet<QByteArray> bodies;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject j = SandboxFixture::readJson(json.at(i));
        const QByteArray eml = SandboxFixture::readEml(json.at(i));
        QVERIFY(messages.contains(eml));
        bodies.insert(eml);
        const QJsonArray rcpt = j.value("envelope").toObject().value("rcpt_to").toArray();
        QCOMPARE(rcpt.size(), 1);
        // Each receipt pairs its own envelope with its own message.
        QCOMPARE(rcpt.at(0).toString(), envelopes.at(messages.indexOf(eml)).recipients.first());
    }
    QCOMPARE(bodies.size(), 3);
}

void tst_SandboxServer::largeMessageIsStreamed_data()
{
    QTest::addColumn<bool>("chunking");
    QTest::addRow("BDAT (RFC 3030)") << true;
    QTest::addRow("DATA (RFC 5321 §4.5.2 stuffing)") << false;
}

void tst_SandboxServer::largeMessageIsStreamed()
{
    QFETCH(bool, chunking);
    SandboxFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    const QByteArray big = bigMessage(100'000); // ~7.6 MB
    SmtpSettings settings = f.client(SmtpSecurity::ImplicitTls);
    settings.useChunking = chunking;
    Outcome o;
    QVERIFY(runSession(settings, f.credentials(), {big}, {envelopeFor(big, To)}, o));
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(f.storedJson().size(), 1);
    const QJsonObject j = SandboxFixture::readJson(f.storedJson().at(0));
    QCOMPARE(j.value("size").toInteger(), qint64(big.size()));
    QCOMPARE(j.value("sha256").toString(), QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
    QVERIFY(SandboxFixture::readEml(f.storedJson().at(0)) == big);
}

void tst_SandboxServer::smtpUtf8Recipient()
{
    SandboxFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    const QByteArray msg = "From: alice@example.org\r\nTo: =?UTF-8?Q?Jos=C3=A9?= <jos\xc3\xa9@example.org>\r\nSubject: utf8\r\n\r\nhi\r\n";
    SmtpEnvelope e = envelopeFor(msg, {QStringLiteral("jos\u00e9@example.org")});
    e.smtpUtf8 = true;
    e.eightBit = true;
    Outcome o;
    QVERIFY(runSession(f.client(SmtpSecurity::StartTls), f.credentials(), {msg}, {e}, o));
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(f.storedJson().size(), 1);
    const QJsonObject env = SandboxFixture::readJson(f.storedJson().at(0)).value("envelope").toObject();
    QCOMPARE(env.value("rcpt_to").toArray().at(0).toString(), QStringLiteral("jos\u00e9@example.org"));
    QVERIFY(env.value("mail_parameters").toObject().contains("SMTPUTF8")); // RFC 6531 §3.4
}

void tst_SandboxServer::wrongPassword()
{
    SandboxFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    for (const QString& mechanism : {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}) {
        SmtpSettings settings = f.client(SmtpSecurity::StartTls);
        settings.allowedAuthMechanisms = {mechanism};
        Outcome o;
        QVERIFY(runSession(settings, f.credentials(QStringLiteral("wrong")), {Message}, {envelopeFor(Message)}, o));
        QCOMPARE(o.error.kind, SmtpError::Kind::AuthFailed);
        QCOMPARE(o.error.replyCode, 535);
        QCOMPARE(o.error.enhancedCode, QStringLiteral("5.7.8")); // RFC 4954 §6
    }
    QVERIFY(f.storedJson().isEmpty());
}

void tst_SandboxServer::pruneKeepsNewest()
{
    SandboxFixture f;
    f.settings.maxMessagesKept = 3;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    for (int i = 0; i < 5; ++i) {
        const QByteArray msg = "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: n" + QByteArray::number(i)
            + "\r\n\r\nx\r\n";
        Outcome o;
        QVERIFY(runSession(f.client(SmtpSecurity::StartTls), f.credentials(), {msg}, {envelopeFor(msg, To)}, o));
        QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
        QTest::qWait(2); // distinct millisecond ids
    }
    const QStringList json = f.storedJson();
    QCOMPARE(json.size(), 3);
    QCOMPARE(f.allFiles().size(), 6);
    for (int i = 0; i < 3; ++i)
        QVERIFY(SandboxFixture::readEml(json.at(i)).contains("Subject: n" + QByteArray::number(i + 2)));
}

void tst_SandboxServer::faultRejectRecipients()
{
    SandboxFixture f;
    f.settings.faults.rejectRecipients = {QStringLiteral("*@blocked.example")};
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    Outcome o;
    QVERIFY(runSession(f.client(SmtpSecurity::StartTls), f.credentials(), {Message},
                       {envelopeFor(Message, {QStringLiteral("ok@example.org"), QStringLiteral("Someone@BLOCKED.example")})}, o));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(o.deliveries.at(0).rejectedAddresses(), QStringList{QStringLiteral("Someone@BLOCKED.example")});
    for (const SmtpRecipientResult& r : o.deliveries.at(0).recipients) {
        if (!r.accepted()) {
            QCOMPARE(r.reply.code, 550);
            QCOMPARE(r.reply.enhancedCode, QStringLiteral("5.1.1"));
        }
    }
    QCOMPARE(f.storedJson().size(), 1);
    const QJsonArray rcpt = SandboxFixture::readJson(f.storedJson().at(0)).value("envelope").toObject().value("rcpt_to").toArray();
    QCOMPARE(rcpt.size(), 1);
    QCOMPARE(rcpt.at(0).toString(), QStringLiteral("ok@example.org"));
}

void tst_SandboxServer::faultTempfailData()
{
    SandboxFixture f;
    f.settings.faults.tempfailData = true;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    Outcome o;
    QVERIFY(runSession(f.client(SmtpSecurity::StartTls), f.credentials(), {Message}, {envelopeFor(Message)}, o));
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::DataRejected);
    QCOMPARE(o.deliveries.at(0).error.replyCode, 451);
    QCOMPARE(o.deliveries.at(0).error.enhancedCode, QStringLiteral("4.3.0"));
    QVERIFY(o.deliveries.at(0).error.isTransient());
    QVERIFY(f.allFiles().isEmpty());
}

void tst_SandboxServer::faultSmallSize_data()
{
    QTest::addColumn<bool>("declareSize");
    QTest::addColumn<bool>("chunking");
    QTest::addRow("RFC 1870 SIZE= over the limit: 552 to MAIL") << true << false;
    QTest::addRow("size unknown, DATA: 552 at the end of data") << false << false;
    QTest::addRow("size unknown, BDAT: 552 at the chunk") << false << true;
}

void tst_SandboxServer::faultSmallSize()
{
    QFETCH(bool, declareSize);
    QFETCH(bool, chunking);
    SandboxFixture f;
    f.settings.faults.sizeLimit = 1000;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    const QByteArray big = bigMessage(100);
    SmtpEnvelope e = envelopeFor(big, To);
    if (!declareSize)
        e.size = -1;
    SmtpSettings settings = f.client(SmtpSecurity::StartTls);
    settings.useChunking = chunking;
    Outcome o;
    QVERIFY(runSession(settings, f.credentials(), {big}, {e}, o));
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::MessageTooLarge);
    if (o.deliveries.at(0).error.replyCode != 0) { // the engine may refuse before asking, from SIZE 1000
        QCOMPARE(o.deliveries.at(0).error.replyCode, 552);
        QCOMPARE(o.deliveries.at(0).error.enhancedCode, QStringLiteral("5.3.4"));
    } else {
        QVERIFY(declareSize);
    }
    QVERIFY(f.allFiles().isEmpty());
}

void tst_SandboxServer::faultSlowFinalReply()
{
    SandboxFixture f;
    f.settings.faults.finalReplyDelayMs = 1500;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    Outcome o;
    QVERIFY(runSession(f.client(SmtpSecurity::StartTls), f.credentials(), {Message, Message},
                       {envelopeFor(Message), envelopeFor(Message)}, o));
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(o.deliveries.size(), 2);
    QVERIFY(o.deliveries.at(0).ok() && o.deliveries.at(1).ok());
    QVERIFY2(clock.elapsed() >= 3000, qPrintable(QString::number(clock.elapsed()))); // two delayed replies
    QCOMPARE(f.storedJson().size(), 2);
}

void tst_SandboxServer::faultDropMidMessage()
{
    SandboxFixture f;
    f.settings.faults.closeAfterMessageBytes = 100;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    QSignalSpy stored(f.server.get(), &SandboxServer::messageStored);
    const QByteArray big = bigMessage(1000);
    Outcome o;
    QVERIFY(runSession(f.client(SmtpSecurity::StartTls), f.credentials(), {big}, {envelopeFor(big, To)}, o));
    QVERIFY(o.error.isError());
    QVERIFY2(o.error.kind == SmtpError::Kind::ServerClosed || o.error.kind == SmtpError::Kind::Network,
             qPrintable(describe(o.error)));
    QCOMPARE(stored.size(), 0);
    QTRY_VERIFY(f.allFiles().isEmpty()); // the partial file is gone too
    QTRY_COMPARE(f.server->sessionCount(), 0);
}

void tst_SandboxServer::refusesToStartWithoutCertificate()
{
    SandboxFixture f;
    f.settings.privateKey = QSslKey();
    QString error;
    QVERIFY(!f.start(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!f.server->isListening());
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
