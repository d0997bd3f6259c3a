// `qourier send --account NAME`: the built binary reads a saved account (AccountStore, under
// $XDG_CONFIG_HOME) and its password from the OS keychain (a real Secret Service under
// dbus-run-session), lets options override the account's fields, and says so plainly when no
// keychain answers.

#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "CredentialStore.h"
#include "TestPaths.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
    QString describe() const { return QStringLiteral("exit %1, stderr: %2").arg(exitCode).arg(QString::fromUtf8(err)); }
};

} // namespace

class TestSendAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passwordFromTheKeychain();
    void optionsOverrideTheAccount();
    void noKeychainSaysSoAndEnvironmentStillWorks();
    void unknownAccountIsAUsageError();

private:
    Run send(const QStringList& args, const QProcessEnvironment& env);
    QProcessEnvironment environment() const;
    Account saveAccount(quint16 port);
    bool writeSecret(const QString& id, const QString& password);

    QTemporaryDir m_config;
    std::unique_ptr<AiosmtpdServer> m_server;
    QString m_body;
    QStringList m_written; // keychain entries to remove afterwards
};

void TestSendAccount::initTestCase()
{
    QVERIFY(m_config.isValid());
    // The binary finds its accounts where AccountStore::defaultPath() points for "Qourier".
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Qourier"));
    QCoreApplication::setApplicationName(QStringLiteral("Qourier"));
    m_body = m_config.filePath(QStringLiteral("body.txt"));
    QFile f(m_body);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hello from a saved account.\n");
}

void TestSendAccount::init()
{
    QFile::remove(AccountStore::defaultPath());
    m_server = std::make_unique<AiosmtpdServer>();
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password") << QStringLiteral("kéy-chain pw");
    QVERIFY2(m_server->start(args), qPrintable(m_server->errorString()));
}

void TestSendAccount::cleanup()
{
    m_server.reset();
    CredentialStore store;
    for (const QString& id : qAsConst(m_written)) {
        bool done = false;
        store.remove(id, [&](const CredentialStore::Result&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15'000);
    }
    m_written.clear();
}

QProcessEnvironment TestSendAccount::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QOURIER_PASSWORD"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

Run TestSendAccount::send(const QStringList& args, const QProcessEnvironment& env)
{
    Run run;
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qourierBinary(), QStringList{QStringLiteral("send")} + args);
    p.closeWriteChannel();
    if (!finished.wait(60'000)) {
        p.kill();
        finished.wait(5'000);
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.err = p.readAllStandardError();
    return run;
}

Account TestSendAccount::saveAccount(quint16 port)
{
    AccountStore store;
    Account a;
    a.name = QStringLiteral("Loopback");
    a.displayName = QStringLiteral("Alice Account");
    a.address = QStringLiteral("alice@example.test");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = SmtpSecurity::StartTls;
    a.userName = QStringLiteral("alice");
    if (!store.save(&a))
        qWarning("cannot save the account");
    return a;
}

bool TestSendAccount::writeSecret(const QString& id, const QString& password)
{
    CredentialStore store; // the service the binary reads: "Qourier"
    std::optional<CredentialStore::Result> r;
    store.write(id, CredentialStore::Secret{password, {}, {}}, [&](const CredentialStore::Result& result) { r = result; });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 15'000) || !r->ok())
        return false;
    m_written << id;
    return true;
}

void TestSendAccount::passwordFromTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus: run inside dbus-run-session with an unlocked gnome-keyring (TESTING.md)");
    const Account a = saveAccount(m_server->port());
    QVERIFY(writeSecret(a.id, QStringLiteral("kéy-chain pw")));
    const Run run = send({QStringLiteral("--account"), QStringLiteral("loopback"), QStringLiteral("--cafile"),
                          testDataPath(QStringLiteral("test-ca.pem")), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                          QStringLiteral("--subject"), QStringLiteral("From the keychain"), QStringLiteral("--body"), m_body},
                         environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QList<ReceivedMessage> got = m_server->messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().mailFrom, QStringLiteral("alice@example.test")); // the account's sender
    QCOMPARE(got.first().authUser, QStringLiteral("alice"));
    QVERIFY(got.first().data.contains("From: Alice Account <alice@example.test>"));
}

void TestSendAccount::optionsOverrideTheAccount()
{
    // The account points at a closed port and has no keychain entry: --port and the environment
    // password override it, --from replaces its sender.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    const Account a = saveAccount(closedPort);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QOURIER_PASSWORD"), QStringLiteral("kéy-chain pw"));
    const Run run = send({QStringLiteral("--account"), a.id, QStringLiteral("--port"), QString::number(m_server->port()),
                          QStringLiteral("--cafile"), testDataPath(QStringLiteral("test-ca.pem")), QStringLiteral("--from"),
                          QStringLiteral("Other <other@example.test>"), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                          QStringLiteral("--body"), m_body},
                         env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_server->messages().size(), 1);
    QCOMPARE(m_server->messages().first().mailFrom, QStringLiteral("other@example.test"));
}

void TestSendAccount::noKeychainSaysSoAndEnvironmentStillWorks()
{
    const Account a = saveAccount(m_server->port());
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/qourier-test-bus"));
    const QStringList args{QStringLiteral("--account"), QStringLiteral("alice@example.test"), QStringLiteral("--cafile"),
                           testDataPath(QStringLiteral("test-ca.pem")), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                           QStringLiteral("--body"), m_body};
    const Run refused = send(args, env);
    QCOMPARE(refused.exitCode, 5); // SendCommand::Auth
    QVERIFY2(refused.err.contains("no keychain answered"), qPrintable(refused.describe()));
    QVERIFY(refused.err.contains("--password-stdin"));
    QVERIFY(m_server->messages().isEmpty());

    env.insert(QStringLiteral("QOURIER_PASSWORD"), QStringLiteral("kéy-chain pw"));
    const Run ok = send(args, env);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    QCOMPARE(m_server->messages().size(), 1);
}

void TestSendAccount::unknownAccountIsAUsageError()
{
    const Run run = send({QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("--to"),
                          QStringLiteral("bob@example.org"), QStringLiteral("--body"), m_body},
                         environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no saved account"), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestSendAccount)
#include "tst_sendaccount.moc"
