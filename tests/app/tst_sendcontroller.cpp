// SendController against a real aiosmtpd: phases in order, throttled progress with a rate, the
// SIZE it learned, partial and total refusals, cancellation, and exactly one result every time.

#include "AiosmtpdServer.h"
#include "SendController.h"
#include "TestPaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestSendController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsWithPhasesProgressAndSize();
    void partialRefusalIsReported();
    void sizeLimitIsEnforcedByServer();
    void cancelRightAfterStart();
    void connectionRefusedIsOneResult();
    void prepareRefusesAMissingAttachment();

private:
    bool startServer(const QStringList& extra = {});
    SmtpSettings settings() const;
    MailMessage message(const QStringList& to, qint64 attachmentSize = 0);
    static SendController::Result resultOf(const QSignalSpy& spy);

    std::unique_ptr<AiosmtpdServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSendController::init()
{
    m_server = std::make_unique<AiosmtpdServer>();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSendController::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

bool TestSendController::startServer(const QStringList& extra)
{
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password") << QStringLiteral("pw");
    args += extra;
    return m_server->start(args);
}

SmtpSettings TestSendController::settings() const
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_server->port();
    s.security = SmtpSecurity::StartTls;
    s.extraCaCertificates = QSslCertificate::fromPath(testDataPath(QStringLiteral("test-ca.pem")));
    s.timeouts = SmtpTimeouts::uniform(20'000);
    return s;
}

MailMessage TestSendController::message(const QStringList& to, qint64 attachmentSize)
{
    MailMessage m;
    m.from = MailAddress{QStringLiteral("Alice"), QStringLiteral("alice@example.org")};
    for (const QString& address : to)
        m.to.append(MailAddress{QString(), address});
    m.subject = QStringLiteral("Test");
    m.textBody = QStringLiteral("Hello");
    if (attachmentSize > 0) {
        const QString path = m_dir->filePath(QStringLiteral("big.bin"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(attachmentSize))
            qFatal("cannot make %s", qPrintable(path));
        m.attachments.append(MailAttachment{path, QString(), QString(), QString()});
    }
    return m;
}

SendController::Result TestSendController::resultOf(const QSignalSpy& spy)
{
    return spy.first().first().value<SendController::Result>();
}

void TestSendController::sendsWithPhasesProgressAndSize()
{
    QVERIFY2(startServer({QStringLiteral("--size"), QStringLiteral("100000000")}), qPrintable(m_server->errorString()));
    SendController sender;
    QString error;
    QVERIFY2(sender.prepare(message({QStringLiteral("bob@example.org")}, 20 * 1024 * 1024), &error), qPrintable(error));
    const qint64 size = sender.messageSize();
    QVERIFY(size > 20 * 1024 * 1024);

    QList<SmtpSession::State> states;
    connect(&sender, &SendController::stateChanged, this, [&](SmtpSession::State s) { states.append(s); });
    QSignalSpy progress(&sender, &SendController::progress);
    QSignalSpy finished(&sender, &SendController::finished);
    sender.start(settings(), SmtpCredentials{QStringLiteral("alice"), QStringLiteral("pw"), QString()});
    QVERIFY(sender.isBusy());
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.count(), 1);
    const SendController::Result r = resultOf(finished);
    QVERIFY2(r.delivered, qPrintable(r.error.toString()));
    QCOMPARE(r.sizeLimit, 100000000);
    QCOMPARE(r.messageSize, size);
    QVERIFY(!r.messageId.isEmpty());
    QVERIFY(r.refused.isEmpty());
    QVERIFY(!sender.isBusy());

    // Phases in protocol order.
    using S = SmtpSession::State;
    const QList<S> expected{S::Connecting, S::Greeting, S::Ehlo, S::StartTls, S::StartTlsHandshake, S::Auth,
                            S::MailFrom, S::Data, S::Body, S::EndOfData, S::Quit};
    int at = 0;
    for (S s : std::as_const(states)) {
        if (at < expected.size() && s == expected.at(at))
            ++at;
    }
    QVERIFY2(at == expected.size(), qPrintable(QStringLiteral("reached %1 of the expected phases").arg(at)));

    // Progress: increasing, against the exact size, ends complete, with a rate on the way.
    QVERIFY(progress.count() >= 2);
    qint64 last = -1;
    bool rateSeen = false;
    for (const QList<QVariant>& args : std::as_const(progress)) {
        const qint64 sent = args.at(0).toLongLong();
        QVERIFY(sent >= last);
        last = sent;
        QCOMPARE(args.at(1).toLongLong(), size);
        rateSeen = rateSeen || args.at(2).toDouble() > 0;
    }
    QCOMPARE(last, size);
    QVERIFY(rateSeen);
    QCOMPARE(m_server->messages().size(), 1);
    QCOMPARE(m_server->messages().first().size, size);
}

void TestSendController::partialRefusalIsReported()
{
    QVERIFY2(startServer({QStringLiteral("--reject"), QStringLiteral("nobody@*")}), qPrintable(m_server->errorString()));
    SendController sender;
    QString error;
    QVERIFY(sender.prepare(message({QStringLiteral("bob@example.org"), QStringLiteral("nobody@example.org")}), &error));
    QSignalSpy finished(&sender, &SendController::finished);
    sender.start(settings(), SmtpCredentials{QStringLiteral("alice"), QStringLiteral("pw"), QString()});
    QVERIFY(finished.wait(30'000));
    const SendController::Result r = resultOf(finished);
    QVERIFY(r.delivered);
    QCOMPARE(r.refused, QStringList{QStringLiteral("nobody@example.org")});
    QVERIFY2(r.refusedReply.startsWith(QStringLiteral("550 5.1.1 ")), qPrintable(r.refusedReply));
    QVERIFY(r.refusedReply.contains(QStringLiteral("User unknown")));
}

void TestSendController::sizeLimitIsEnforcedByServer()
{
    QVERIFY2(startServer({QStringLiteral("--size"), QStringLiteral("2000")}), qPrintable(m_server->errorString()));
    SendController sender;
    QString error;
    QVERIFY(sender.prepare(message({QStringLiteral("bob@example.org")}, 10'000), &error));
    QSignalSpy finished(&sender, &SendController::finished);
    sender.start(settings(), SmtpCredentials{QStringLiteral("alice"), QStringLiteral("pw"), QString()});
    QVERIFY(finished.wait(30'000));
    const SendController::Result r = resultOf(finished);
    QVERIFY(!r.delivered);
    QCOMPARE(r.error.kind, SmtpError::Kind::MessageTooLarge);
    QCOMPARE(r.sizeLimit, 2000);
    QCOMPARE(m_server->messages().size(), 0);
}

void TestSendController::cancelRightAfterStart()
{
    QVERIFY2(startServer(), qPrintable(m_server->errorString()));
    SendController sender;
    QString error;
    QVERIFY(sender.prepare(message({QStringLiteral("bob@example.org")}), &error));
    QSignalSpy finished(&sender, &SendController::finished);
    sender.start(settings(), SmtpCredentials{QStringLiteral("alice"), QStringLiteral("pw"), QString()});
    sender.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QCOMPARE(resultOf(finished).error.kind, SmtpError::Kind::Cancelled);
    QVERIFY(!resultOf(finished).delivered);
    QTest::qWait(200); // nothing more arrives
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->messages().size(), 0);
}

void TestSendController::connectionRefusedIsOneResult()
{
    // A port that was just free: bind, remember, close.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SendController sender;
    QString error;
    QVERIFY(sender.prepare(message({QStringLiteral("bob@example.org")}), &error));
    QSignalSpy finished(&sender, &SendController::finished);
    SmtpSettings s = settings();
    s.port = port;
    sender.start(s, SmtpCredentials());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
    QCOMPARE(resultOf(finished).error.kind, SmtpError::Kind::ConnectionRefused);
    QCOMPARE(resultOf(finished).sizeLimit, -1);
}

void TestSendController::prepareRefusesAMissingAttachment()
{
    MailMessage m = message({QStringLiteral("bob@example.org")});
    m.attachments.append(MailAttachment{m_dir->filePath(QStringLiteral("gone.pdf")), QString(), QString(), QString()});
    SendController sender;
    QString error;
    QVERIFY(!sender.prepare(m, &error));
    QVERIFY2(error.contains(QStringLiteral("gone.pdf")), qPrintable(error));
    QCOMPARE(sender.messageSize(), -1);
}

QTEST_GUILESS_MAIN(TestSendController)
#include "tst_sendcontroller.moc"
