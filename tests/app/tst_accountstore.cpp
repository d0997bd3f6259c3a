// AccountStore: several accounts in an INI file, every field round-trips, lookup by id/name/
// address, deletion takes the keychain entry with it, and no secret ever reaches the file.

#include "AccountStore.h"
#include "MemoryCredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

Account sampleAccount()
{
    Account a;
    a.name = QStringLiteral("Work");
    a.displayName = QStringLiteral("Alice Exämple");
    a.address = QStringLiteral("alice@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.port = 465;
    a.security = SmtpSecurity::ImplicitTls;
    a.authMethod = Account::AuthMethod::CramMd5;
    a.userName = QStringLiteral("alice");
    a.signature = QStringLiteral("-- \nAlice\n第二行");
    a.pinnedSha256 = QStringLiteral("ab12cd34ab12cd34ab12cd34ab12cd34ab12cd34ab12cd34ab12cd34ab12cd34");
    a.proxyType = Account::ProxyType::Socks5;
    a.proxyHost = QStringLiteral("proxy.example.org");
    a.proxyPort = 1080;
    a.proxyUser = QStringLiteral("proxyuser");
    return a;
}

bool sameFields(const Account& a, const Account& b)
{
    return a.id == b.id && a.name == b.name && a.displayName == b.displayName && a.address == b.address && a.host == b.host
        && a.port == b.port && a.security == b.security && a.allowInsecure == b.allowInsecure && a.authMethod == b.authMethod
        && a.userName == b.userName && a.signature == b.signature && a.pinnedSha256 == b.pinnedSha256
        && a.proxyType == b.proxyType && a.proxyHost == b.proxyHost && a.proxyPort == b.proxyPort && a.proxyUser == b.proxyUser;
}

// Every byte of every file under `dir`: where a leaked secret would be.
QByteArray everything(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void defaultPathIsAppConfig();
    void roundTripsEveryField();
    void keepsOrderAndDefault();
    void findsByIdNameOrAddress_data();
    void findsByIdNameOrAddress();
    void clearTextNeedsTheAcknowledgement();
    void damagedSecurityNeverMeansClearText();
    void toSmtpSettings();
    void removeDeletesTheSecret();
    void removeDeletesTheSecretInTheRealKeychain();
    void settingsFileHoldsNoSecret();
};

void TestAccountStore::defaultPathIsAppConfig()
{
    QVERIFY(AccountStore::defaultPath().endsWith(QLatin1String("/accounts.ini")));
    QVERIFY(AccountStore(QString()).filePath() == AccountStore::defaultPath());
}

void TestAccountStore::roundTripsEveryField()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("sub/accounts.ini")));
    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    Account a = sampleAccount();
    QVERIFY(a.id.isEmpty());
    QString error;
    QVERIFY2(store.save(&a, &error), qPrintable(error));
    QVERIFY(!a.id.isEmpty());
    QCOMPARE(changed.count(), 1);

    // A fresh store on the same file sees the same account.
    AccountStore again(store.filePath());
    const QList<Account> list = again.accounts();
    QCOMPARE(list.size(), 1);
    QVERIFY(sameFields(list.first(), a));
    QVERIFY(again.contains(a.id));
    QVERIFY(sameFields(again.account(a.id), a));
    QVERIFY(again.account(QStringLiteral("nope")).id.isEmpty());

    // Saving again replaces, it does not add.
    a.port = 2525;
    QVERIFY(again.save(&a));
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.account(a.id).port, quint16(2525));
}

void TestAccountStore::keepsOrderAndDefault()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    QVERIFY(store.defaultAccountId().isEmpty());
    QStringList ids;
    for (const char* address : {"a@example.org", "b@example.org", "c@example.org"}) {
        Account a;
        a.address = QString::fromLatin1(address);
        a.host = QStringLiteral("smtp.example.org");
        QVERIFY(store.save(&a));
        ids << a.id;
    }
    QStringList seen;
    for (const Account& a : store.accounts())
        seen << a.id;
    QCOMPARE(seen, ids);
    QCOMPARE(store.defaultAccountId(), ids.first()); // none chosen: the first
    store.setDefaultAccountId(ids.at(2));
    QCOMPARE(store.defaultAccountId(), ids.at(2));

    MemoryCredentialStore keychain;
    QVERIFY(store.remove(ids.at(2), &keychain));
    QCOMPARE(store.defaultAccountId(), ids.first()); // the default went with its account
    QCOMPARE(store.accounts().size(), 2);
}

void TestAccountStore::findsByIdNameOrAddress_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedAddress");
    QTest::addRow("by name") << QStringLiteral("work") << QStringLiteral("alice@work.example");
    QTest::addRow("by address") << QStringLiteral("ALICE@home.example") << QStringLiteral("alice@home.example");
    QTest::addRow("name beats address") << QStringLiteral("bob@home.example") << QStringLiteral("alice@home.example");
    QTest::addRow("unknown") << QStringLiteral("nobody") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestAccountStore::findsByIdNameOrAddress()
{
    QFETCH(QString, key);
    QFETCH(QString, expectedAddress);
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    Account work;
    work.name = QStringLiteral("Work");
    work.address = QStringLiteral("alice@work.example");
    Account home;
    home.name = QStringLiteral("bob@home.example"); // a name that is someone else's address
    home.address = QStringLiteral("alice@home.example");
    Account bob;
    bob.address = QStringLiteral("bob@home.example");
    QVERIFY(store.save(&work) && store.save(&home) && store.save(&bob));
    Account found;
    const bool ok = store.find(key, &found);
    QCOMPARE(ok, !expectedAddress.isEmpty());
    if (ok)
        QCOMPARE(found.address, expectedAddress);
    // And by id, always.
    QVERIFY(store.find(bob.id, &found));
    QCOMPARE(found.address, bob.address);
}

void TestAccountStore::clearTextNeedsTheAcknowledgement()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    Account a = sampleAccount();
    a.security = SmtpSecurity::None;
    a.allowInsecure = true;
    QVERIFY(store.save(&a));
    QVERIFY(store.account(a.id).allowInsecure);
    const SmtpSettings s = store.account(a.id).toSmtpSettings();
    QVERIFY(s.allowInsecure && s.allowAuthWithoutTls);

    // The acknowledgement belongs to clear text: with TLS it is dropped, and comes not back when
    // someone edits the file to "none".
    a.security = SmtpSecurity::StartTls;
    QVERIFY(store.save(&a));
    QVERIFY(!store.account(a.id).allowInsecure);
    {
        QSettings raw(store.filePath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("account-%1/security").arg(a.id), QStringLiteral("none"));
    }
    QVERIFY(!store.account(a.id).allowInsecure);
    QVERIFY(!store.account(a.id).toSmtpSettings().allowInsecure);
}

void TestAccountStore::damagedSecurityNeverMeansClearText()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    Account a = sampleAccount();
    QVERIFY(store.save(&a));
    {
        QSettings raw(store.filePath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("account-%1/security").arg(a.id), QStringLiteral("garbage"));
    }
    QCOMPARE(store.account(a.id).security, SmtpSecurity::StartTls);
}

void TestAccountStore::toSmtpSettings()
{
    const Account a = sampleAccount();
    const SmtpSettings s = a.toSmtpSettings(QStringLiteral("proxy-secret"));
    QCOMPARE(s.host, a.host);
    QCOMPARE(s.port, a.port);
    QCOMPARE(s.security, SmtpSecurity::ImplicitTls);
    QVERIFY(!s.allowInsecure);
    QCOMPARE(s.allowedAuthMechanisms, QStringList{QStringLiteral("CRAM-MD5")});
    QCOMPARE(s.pinnedSha256, QStringList{a.pinnedSha256});
    QCOMPARE(s.proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(s.proxy.hostName(), a.proxyHost);
    QCOMPARE(s.proxy.port(), a.proxyPort);
    QCOMPARE(s.proxy.user(), a.proxyUser);
    QCOMPARE(s.proxy.password(), QStringLiteral("proxy-secret"));

    Account plain;
    plain.host = QStringLiteral("h");
    QCOMPARE(plain.toSmtpSettings().proxy.type(), QNetworkProxy::DefaultProxy);
    QVERIFY(plain.toSmtpSettings().allowedAuthMechanisms.isEmpty());
    QCOMPARE(plain.label(), QString());
    plain.address = QStringLiteral("x@y.example");
    QCOMPARE(plain.label(), plain.address);
}

void TestAccountStore::removeDeletesTheSecret()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    MemoryCredentialStore keychain;
    Account a = sampleAccount();
    QVERIFY(store.save(&a));
    keychain.secrets.insert(a.id, CredentialStore::Secret{QStringLiteral("pw"), {}, {}});
    std::optional<CredentialStore::Result> answer;
    QVERIFY(store.remove(a.id, &keychain, [&](const CredentialStore::Result& r) { answer = r; }));
    QVERIFY(!store.contains(a.id));
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    QVERIFY(!keychain.secrets.contains(a.id));
    QCOMPARE(keychain.calls, QStringList{QStringLiteral("remove:") + a.id});
}

void TestAccountStore::removeDeletesTheSecretInTheRealKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus: run inside dbus-run-session with an unlocked gnome-keyring (TESTING.md)");
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    CredentialStore keychain;
    keychain.setService(QStringLiteral("Qourier-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    Account a = sampleAccount();
    QVERIFY(store.save(&a));
    std::optional<CredentialStore::Result> written;
    keychain.write(a.id, CredentialStore::Secret{QStringLiteral("real-secret"), {}, {}},
                   [&](const CredentialStore::Result& r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
    QVERIFY2(written->ok(), qPrintable(written->detail));

    std::optional<CredentialStore::Result> removed;
    QVERIFY(store.remove(a.id, &keychain, [&](const CredentialStore::Result& r) { removed = r; }));
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20'000);
    QVERIFY2(removed->ok(), qPrintable(removed->detail));
    std::optional<CredentialStore::Result> read;
    keychain.read(a.id, [&](const CredentialStore::Result& r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20'000);
    QCOMPARE(int(read->status), int(CredentialStore::Result::Status::NotFound));
}

void TestAccountStore::settingsFileHoldsNoSecret()
{
    // Account + secret saved the way the wizard saves them; then every file in the config
    // directory is searched for the secret.
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    MemoryCredentialStore keychain;
    const QString password = QStringLiteral("Sup3r-Secret-Pässword");
    const QString proxyPassword = QStringLiteral("Proxy-Secret-42");
    Account a = sampleAccount();
    QVERIFY(store.save(&a));
    bool done = false;
    keychain.write(a.id, CredentialStore::Secret{password, QStringLiteral("refresh-XYZ"), proxyPassword},
                   [&](const CredentialStore::Result&) { done = true; });
    QTRY_VERIFY(done);
    const QByteArray files = everything(dir.path());
    QVERIFY(files.contains("smtp.example.org")); // the search does look at the file
    for (const QString& secret : {password, proxyPassword, QStringLiteral("refresh-XYZ")}) {
        QVERIFY2(!files.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!files.contains(secret.toLatin1()));
    }
    QVERIFY(!files.toLower().contains("password"));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
