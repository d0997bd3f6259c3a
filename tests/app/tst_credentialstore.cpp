// CredentialStore against a real Secret Service (gnome-keyring inside dbus-run-session, as in
// .ci/bootstrap and ../shared/TESTING.md). The same executable runs a second time with a session
// bus that does not exist (QOURIER_EXPECT_NO_KEYCHAIN=1): then every call must answer
// Unavailable or TimedOut, promptly, and never pretend to have stored anything.

#include "AccountStore.h"
#include "CredentialStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

using Status = CredentialStore::Result::Status;

bool expectNoKeychain()
{
    return qEnvironmentVariableIntValue("QOURIER_EXPECT_NO_KEYCHAIN") == 1;
}

// Why the real-keychain tests cannot run here, or nullptr when they can (and then must pass).
const char* noKeychainReason()
{
    if (expectNoKeychain())
        return "this run has no keychain on purpose (see noKeychainSaysSo)";
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return "no D-Bus session bus: run inside dbus-run-session with an unlocked gnome-keyring (TESTING.md)";
    return nullptr;
}

#define REQUIRE_KEYCHAIN()                                                                                             \
    do {                                                                                                               \
        if (const char* why = noKeychainReason())                                                                      \
            QSKIP(why);                                                                                                \
    } while (false)

// Runs one call and waits for its single answer (tests may wait; product code never does).
struct Waiter
{
    std::optional<CredentialStore::Result> result;
    int calls = 0;
    CredentialStore::Callback callback()
    {
        return [this](const CredentialStore::Result& r) {
            ++calls;
            result = r;
        };
    }
};

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encodeDecode_data();
    void encodeDecode();
    void decodesBarePassword();
    void roundTrip();
    void answersLaterNeverInsideTheCall();
    void removeMissingIsNotFound();
    void proxyPasswordDeletedWithAccount();
    void timeoutGuardsASilentKeychain();
    void noKeychainSaysSo();

private:
    QString m_service;
};

void TestCredentialStore::initTestCase()
{
    // A service name of our own: parallel test runs and a developer's real "Qourier" entries
    // never meet.
    m_service = QStringLiteral("Qourier-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}


void TestCredentialStore::encodeDecode_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QString>("proxyPassword");
    QTest::addRow("password only") << QStringLiteral("hunter2") << QString() << QString();
    QTest::addRow("all three") << QStringLiteral("p") << QStringLiteral("1//refresh") << QStringLiteral("proxy");
    QTest::addRow("unicode and quotes") << QStringLiteral("授权码 \"pä\\ss\"\n") << QString() << QStringLiteral("ü");
    QTest::addRow("looks like json") << QStringLiteral("{\"v\":1}") << QString() << QString();
}

void TestCredentialStore::encodeDecode()
{
    QFETCH(QString, password);
    QFETCH(QString, refreshToken);
    QFETCH(QString, proxyPassword);
    const CredentialStore::Secret s{password, refreshToken, proxyPassword};
    QVERIFY(CredentialStore::decode(CredentialStore::encode(s)) == s);
}

void TestCredentialStore::decodesBarePassword()
{
    // An entry written by hand (secret-tool store ...) holds just the password.
    const CredentialStore::Secret s = CredentialStore::decode(QStringLiteral("plain old password"));
    QCOMPARE(s.password, QStringLiteral("plain old password"));
    QVERIFY(s.refreshToken.isEmpty());
}

void TestCredentialStore::roundTrip()
{
    REQUIRE_KEYCHAIN();
    CredentialStore store;
    store.setService(m_service);
    store.setTimeout(15'000);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CredentialStore::Secret secret{QStringLiteral("pässwörd 授权码"), QStringLiteral("refresh-token"), QStringLiteral("proxy-pw")};

    Waiter w1;
    store.write(id, secret, w1.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w1.result.has_value(), 20'000);
    QVERIFY2(w1.result->ok(), qPrintable(w1.result->detail));

    Waiter w2;
    store.read(id, w2.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w2.result.has_value(), 20'000);
    QCOMPARE(int(w2.result->status), int(Status::Ok));
    QVERIFY(w2.result->secret == secret);

    // Overwrite: one entry per account, the newest wins.
    const CredentialStore::Secret changed{QStringLiteral("new"), QString(), QString()};
    Waiter w3;
    store.write(id, changed, w3.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w3.result.has_value(), 20'000);
    QVERIFY(w3.result->ok());
    Waiter w4;
    store.read(id, w4.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w4.result.has_value(), 20'000);
    QVERIFY(w4.result->secret == changed);

    Waiter w5;
    store.remove(id, w5.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w5.result.has_value(), 20'000);
    QVERIFY2(w5.result->ok(), qPrintable(w5.result->detail));

    Waiter w6;
    store.read(id, w6.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w6.result.has_value(), 20'000);
    QCOMPARE(int(w6.result->status), int(Status::NotFound));
    QVERIFY(w6.result->keychainAnswered());
    QCOMPARE(w1.calls + w2.calls + w3.calls + w4.calls + w5.calls + w6.calls, 6);
}

void TestCredentialStore::answersLaterNeverInsideTheCall()
{
    CredentialStore store;
    store.setService(m_service);
    Waiter w;
    store.read(QString(), w.callback()); // no id: answered at once, but still from the event loop
    QVERIFY(!w.result.has_value());
    QTRY_VERIFY(w.result.has_value());
    QCOMPARE(int(w.result->status), int(Status::Unavailable));
    QCOMPARE(w.calls, 1);
}

// An account that signs in to no server but to a SOCKS5 proxy: its one secret, the proxy
// password, goes to the keychain (never the settings file), reads back whole, and leaves the
// keychain together with the account.
void TestCredentialStore::proxyPasswordDeletedWithAccount()
{
    REQUIRE_KEYCHAIN();
    QTemporaryDir dir;
    AccountStore accounts(dir.filePath(QStringLiteral("accounts.ini")));
    Account a;
    a.address = QStringLiteral("alice@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.proxyType = Account::ProxyType::Socks5;
    a.proxyHost = QStringLiteral("proxy.example.org");
    a.proxyPort = 1080;
    a.proxyUser = QStringLiteral("proxyuser");
    QVERIFY(accounts.save(&a));
    CredentialStore store;
    store.setService(m_service);
    store.setTimeout(15'000);
    const CredentialStore::Secret secret{QString(), QString(), QStringLiteral("proxy pässwörd 代理")};

    Waiter written;
    store.write(a.id, secret, written.callback());
    QTRY_VERIFY_WITH_TIMEOUT(written.result.has_value(), 20'000);
    QVERIFY2(written.result->ok(), qPrintable(written.result->detail));
    Waiter read;
    store.read(a.id, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.result.has_value(), 20'000);
    QCOMPARE(int(read.result->status), int(Status::Ok));
    QCOMPARE(read.result->secret.proxyPassword, secret.proxyPassword);
    // What a send through the account uses: the proxy with its password from the keychain.
    const SmtpSettings settings = a.toSmtpSettings(read.result->secret.proxyPassword);
    QCOMPARE(settings.proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(settings.proxy.user(), a.proxyUser);
    QCOMPARE(settings.proxy.password(), secret.proxyPassword);

    Waiter removed;
    QVERIFY(accounts.remove(a.id, &store, removed.callback()));
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), 20'000);
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->detail));
    Waiter gone;
    store.read(a.id, gone.callback());
    QTRY_VERIFY_WITH_TIMEOUT(gone.result.has_value(), 20'000);
    QCOMPARE(int(gone.result->status), int(Status::NotFound));
    QVERIFY(gone.result->keychainAnswered());
}

void TestCredentialStore::removeMissingIsNotFound()
{
    REQUIRE_KEYCHAIN();
    CredentialStore store;
    store.setService(m_service);
    Waiter w;
    store.remove(QStringLiteral("never-written"), w.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w.result.has_value(), 20'000);
    QVERIFY2(w.result->keychainAnswered(), qPrintable(w.result->detail));
}

void TestCredentialStore::timeoutGuardsASilentKeychain()
{
    REQUIRE_KEYCHAIN();
    // A keychain that never answers: the guard answers TimedOut, exactly once, and a late answer
    // from the job is dropped. A zero timeout fires before any D-Bus reply can arrive.
    CredentialStore store;
    store.setService(m_service);
    store.setTimeout(0);
    Waiter w;
    store.read(QStringLiteral("any"), w.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w.result.has_value(), 5'000);
    QCOMPARE(int(w.result->status), int(Status::TimedOut));
    QTest::qWait(300); // time for the real job to finish, if it does
    QCOMPARE(w.calls, 1);
}

void TestCredentialStore::noKeychainSaysSo()
{
    if (!expectNoKeychain())
        QSKIP("runs in tst_credentialstore_nokeychain (a session bus that does not exist)");
    CredentialStore store;
    store.setService(m_service);
    store.setTimeout(5'000);
    QElapsedTimer clock;
    clock.start();
    Waiter w1;
    store.write(QStringLiteral("id"), CredentialStore::Secret{QStringLiteral("secret"), {}, {}}, w1.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w1.result.has_value(), 10'000);
    QVERIFY2(w1.result->status == Status::Unavailable || w1.result->status == Status::TimedOut,
             qPrintable(QStringLiteral("status %1").arg(int(w1.result->status))));
    QVERIFY(!w1.result->ok());
    Waiter w2;
    store.read(QStringLiteral("id"), w2.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w2.result.has_value(), 10'000);
    QVERIFY(!w2.result->keychainAnswered());
    QVERIFY(w2.result->secret.isEmpty());
    QVERIFY(clock.elapsed() < 12'000);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
