// `qourier send --account NAME` for an XOAUTH2 account, end to end with the built binary: the
// refresh token in the real keychain (Secret Service under dbus-run-session), the provider's token
// endpoint a fake authorization server on loopback (scripts/oauth_server.py), the SMTP server
// aiosmtpd with XOAUTH2 (scripts/smtp_server.py --xoauth2-user). An access token the server calls
// expired is renewed once and the send retried once; a second refusal is reported; a refused
// refresh ends with "sign in again".

#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "CredentialStore.h"
#include "FakeOAuthServer.h"
#include "Outbox.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const QString ClientId = QStringLiteral("qourier-cli-test.apps.example");
const QString User = QStringLiteral("alice@gmail.com");

struct Run
{
    int exitCode = -1;
    QByteArray err;
    QString describe() const { return QStringLiteral("exit %1, stderr: %2").arg(exitCode).arg(QString::fromUtf8(err)); }
};

} // namespace

class TestSendOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renewsTheTokenAndSends();
    void expiredTokenIsRenewedAndRetriedOnce_data();
    void expiredTokenIsRenewedAndRetriedOnce();
    void secondExpiryIsReported_data();
    void secondExpiryIsReported();
    void flushRenewsTheTokenForAnAccountEntry();
    void refusedRefreshAsksToSignInAgain();

private:
    bool setUp(const QStringList& oauthArgs, const QStringList& smtpTokensArgs);
    Run send(const QStringList& extra = {});

    QTemporaryDir m_home;
    std::unique_ptr<FakeOAuthServer> m_oauth;
    std::unique_ptr<AiosmtpdServer> m_smtp;
    QString m_accountId;
    QStringList m_written;
};

void TestSendOAuth::initTestCase()
{
    QVERIFY(m_home.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("Qourier"));
    QCoreApplication::setApplicationName(QStringLiteral("Qourier"));
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    QFile body(m_home.filePath(QStringLiteral("body.txt")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("Sent with a token from the keychain's refresh token.\n");
}

void TestSendOAuth::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus: run inside dbus-run-session with an unlocked gnome-keyring (TESTING.md)");
}

void TestSendOAuth::cleanup()
{
    m_smtp.reset();
    m_oauth.reset();
    CredentialStore store;
    for (const QString& id : qAsConst(m_written)) {
        bool done = false;
        store.remove(id, [&](const CredentialStore::Result&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15'000);
    }
    m_written.clear();
    QDir(m_home.filePath(QStringLiteral("config"))).removeRecursively();
    QDir(m_home.filePath(QStringLiteral("data"))).removeRecursively();
}

bool TestSendOAuth::setUp(const QStringList& oauthArgs, const QStringList& smtpTokenArgs)
{
    m_oauth = std::make_unique<FakeOAuthServer>();
    if (!m_oauth->start(ClientId, oauthArgs)) {
        qWarning("%s", qPrintable(m_oauth->errorString()));
        return false;
    }
    m_smtp = std::make_unique<AiosmtpdServer>();
    if (!m_smtp->start(AiosmtpdServer::tlsArgs(QStringLiteral("starttls")) + QStringList{QStringLiteral("--xoauth2-user"), User}
                       + smtpTokenArgs)) {
        qWarning("%s", qPrintable(m_smtp->errorString()));
        return false;
    }
    // The client id and the token endpoint are settings (no secret anywhere).
    {
        QSettings settings; // what the binary reads: $XDG_CONFIG_HOME/Qourier/Qourier.conf
        settings.setValue(QStringLiteral("oauth/google/clientId"), ClientId);
        settings.setValue(QStringLiteral("oauth/google/tokenUrl"), m_oauth->tokenUrl().toString());
        settings.setValue(QStringLiteral("oauth/google/authorizationUrl"), m_oauth->authorizationUrl().toString());
    }
    AccountStore accounts;
    Account a;
    a.name = QStringLiteral("Gmail");
    a.displayName = QStringLiteral("Alice");
    a.address = User;
    a.userName = User;
    a.host = QStringLiteral("127.0.0.1");
    a.port = m_smtp->port();
    a.security = SmtpSecurity::StartTls;
    a.authMethod = Account::AuthMethod::XOAuth2;
    a.oauthProvider = QStringLiteral("google");
    if (!accounts.save(&a))
        return false;
    m_accountId = a.id;
    CredentialStore store;
    std::optional<CredentialStore::Result> r;
    store.write(a.id, CredentialStore::Secret{QString(), QStringLiteral("refresh-token-1"), QString()},
                [&](const CredentialStore::Result& result) { r = result; });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 15'000) || !r->ok())
        return false;
    m_written << a.id;
    return true;
}

Run TestSendOAuth::send(const QStringList& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QOURIER_PASSWORD"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qourierBinary(), QStringList{QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("gmail"),
                                         QStringLiteral("--cafile"), testDataPath(QStringLiteral("test-ca.pem")),
                                         QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
                                         QStringLiteral("XOAUTH2"), QStringLiteral("--body"),
                                         m_home.filePath(QStringLiteral("body.txt")), QStringLiteral("--transcript")}
                                 + extra);
    p.closeWriteChannel();
    if (!finished.wait(60'000)) {
        p.kill();
        finished.wait(5'000);
    }
    Run run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.err = p.readAllStandardError();
    return run;
}

void TestSendOAuth::renewsTheTokenAndSends()
{
    QVERIFY(setUp({QStringLiteral("--tokens"), QStringLiteral("tok-1")}, {QStringLiteral("--xoauth2-token"), QStringLiteral("tok-1")}));
    const Run run = send();
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_smtp->messages().size(), 1);
    QCOMPARE(m_smtp->messages().first().authUser, User);
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 1);
    QVERIFY2(!run.err.contains("tok-1"), "the access token must not appear in the transcript");
    QVERIFY(run.err.contains("AUTH XOAUTH2"));
}

void TestSendOAuth::expiredTokenIsRenewedAndRetriedOnce_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("through the outbox") << QStringList();
    QTest::addRow("--no-queue") << QStringList{QStringLiteral("--no-queue")};
}

void TestSendOAuth::expiredTokenIsRenewedAndRetriedOnce()
{
    QFETCH(QStringList, extra);
    // The first token the provider issues is refused as expired (status 401), the second accepted.
    QVERIFY(setUp({QStringLiteral("--tokens"), QStringLiteral("tok-old,tok-new")},
                  {QStringLiteral("--xoauth2-expired"), QStringLiteral("tok-old"), QStringLiteral("--xoauth2-token"),
                   QStringLiteral("tok-new")}));
    const Run run = send(extra);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_smtp->messages().size(), 1);
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 2);
    QVERIFY2(run.err.contains("trying once more"), qPrintable(run.describe()));
    QCOMPARE(run.err.count("AUTH XOAUTH2"), 2);
}

void TestSendOAuth::secondExpiryIsReported_data()
{
    expiredTokenIsRenewedAndRetriedOnce_data();
}

void TestSendOAuth::secondExpiryIsReported()
{
    QFETCH(QStringList, extra);
    QVERIFY(setUp({QStringLiteral("--tokens"), QStringLiteral("tok-1,tok-2,tok-3")},
                  {QStringLiteral("--xoauth2-expired"), QStringLiteral("tok-1"), QStringLiteral("--xoauth2-expired"),
                   QStringLiteral("tok-2"), QStringLiteral("--xoauth2-expired"), QStringLiteral("tok-3")}));
    const Run run = send(extra);
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe())); // authentication
    QCOMPARE(m_smtp->messages().size(), 0);
    // One renewal for the first attempt, one for the single retry: no loop.
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 2);
    QCOMPARE(run.err.count("AUTH XOAUTH2"), 2);
}

// `qourier outbox flush` sends an entry of an XOAUTH2 account (as the window queues them) with a
// token from the keychain's refresh token, renewed once when the server calls it expired; the
// entry keeps its bytes: the delivered message is exactly message.eml.
void TestSendOAuth::flushRenewsTheTokenForAnAccountEntry()
{
    QVERIFY(setUp({QStringLiteral("--tokens"), QStringLiteral("tok-old,tok-new")},
                  {QStringLiteral("--xoauth2-expired"), QStringLiteral("tok-old"), QStringLiteral("--xoauth2-token"),
                   QStringLiteral("tok-new")}));
    const QByteArray message = "From: Alice <alice@gmail.com>\r\nTo: bob@example.org\r\nSubject: Queued\r\n"
                               "Message-ID: <queued-1@example.org>\r\n\r\nQueued by the window.\r\n";
    {
        // The window trusts aiosmtpd's certificate as the wizard's "trust this certificate" does.
        AccountStore accounts;
        Account a = accounts.account(m_accountId);
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(testDataPath(QStringLiteral("server.pem")));
        QVERIFY(!certs.isEmpty());
        a.pinnedSha256 = QString::fromLatin1(certs.constFirst().digest(QCryptographicHash::Sha256).toHex());
        QVERIFY(accounts.save(&a));
    }
    QString id;
    {
        Outbox outbox;
        OutboxEntry entry;
        entry.identity.kind = OutboxIdentity::Kind::Account;
        entry.identity.accountId = m_accountId;
        entry.envelope.from = User;
        entry.envelope.recipients = {QStringLiteral("bob@example.org")};
        entry.subject = QStringLiteral("Queued");
        QBuffer bytes;
        bytes.setData(message);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QString error;
        id = outbox.add(bytes, entry, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QOURIER_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(qourierBinary(), {QStringLiteral("outbox"), QStringLiteral("flush")});
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60'000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, err.constData());
    QCOMPARE(m_smtp->messages().size(), 1);
    QCOMPARE(m_smtp->messages().first().authUser, User);
    QCOMPARE(m_smtp->messages().first().data, message);
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 2);
    QVERIFY(!Outbox().contains(id));
}

void TestSendOAuth::refusedRefreshAsksToSignInAgain()
{
    QVERIFY(setUp({QStringLiteral("--refuse-refresh")}, {QStringLiteral("--xoauth2-token"), QStringLiteral("tok-1")}));
    const Run run = send();
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("Sign in with Google again"), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains("AUTH XOAUTH2"), "no SMTP sign-in without a token");
    QCOMPARE(m_smtp->messages().size(), 0);
}

QTEST_GUILESS_MAIN(TestSendOAuth)
#include "tst_sendoauth.moc"
