// "Sign in with Google" in the connection wizard, on the real QWizard (offscreen): the Who page
// offers the button where the provider list says the provider wants OAuth 2, the test's browser
// follows the authorization URL to a fake authorization server (scripts/oauth_server.py: PKCE
// S256, redirect URI, grant types checked), the Test page signs in to aiosmtpd with XOAUTH2 stage
// by stage, and Save puts the refresh token into the real keychain (Secret Service under
// dbus-run-session) and nowhere else; deleting the account deletes it. Without a client id the
// page says how to set one instead of showing a button. PNGs in English and Simplified Chinese go
// to ${CMAKE_BINARY_DIR}/screenshots/wizard-oauth-*.png and /tmp/shots-oauth/.

#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "ConnectionWizard.h"
#include "ConnectionWizardController.h"
#include "ConnectionWizardWhoPage.h"
#include "CredentialStore.h"
#include "FakeOAuthServer.h"
#include "TestPaths.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

namespace {

const QString ClientId = QStringLiteral("qourier-wizard-test.apps.example");
const QString Address = QStringLiteral("alice@oauth.test");
const QString ShotsDir = QStringLiteral("/tmp/shots-oauth");

ProviderDatabase oauthProviderList(quint16 smtpPort)
{
    const QByteArray json = QStringLiteral(R"({"providers":[
        {"id":"loopgmail","name":"Loopback Gmail","domains":["oauth.test"],"mx":["mx.oauth-mail.test"],"hosts":["127.0.0.1"],
         "smtp":{"host":"127.0.0.1","port":%1,"security":"starttls"},"help":"gmail","oauth":true,"oauthProvider":"google"},
        {"id":"plain","name":"Password Mail","domains":["password.test"],
         "smtp":{"host":"127.0.0.1","port":%1,"security":"starttls"},"help":"qq"}]})")
                                .arg(smtpPort)
                                .toUtf8();
    ProviderDatabase db;
    if (!ProviderDatabase::fromJson(json, &db))
        qWarning("bad provider JSON");
    return db;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOAuthWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void signInTestSaveAndDelete_data();
    void signInTestSaveAndDelete();
    void missingClientIdSaysHowToSetIt();
    void noButtonWhereNoOAuthIsWanted();
    void companyDomainOnTheProviderGetsItsSignIn();

private:
    void makeWizard(const ProviderDatabase& providers, OAuth2TokenSource::ProviderLookup lookup, CredentialStore* credentials,
                    const QStringList& mxHosts = {});
    void next();
    void screenshot(const QString& name);
    template<typename T>
    T* child(const char* name)
    {
        T* w = m_wizard->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<ConnectionWizardController> m_controller;
    ConnectionWizard* m_wizard = nullptr;
    QList<QUrl> m_opened;
    QSslConfiguration m_originalTls;
};

void TestOAuthWizard::initTestCase()
{
    m_originalTls = QSslConfiguration::defaultConfiguration();
    QDir().mkpath(QStringLiteral(QOURIER_SCREENSHOT_DIR));
    QDir().mkpath(ShotsDir);
    // aiosmtpd's certificate is signed by the test CA: trusted like a public CA here.
    QSslConfiguration c = m_originalTls;
    c.addCaCertificates(testDataPath(QStringLiteral("test-ca.pem")));
    QSslConfiguration::setDefaultConfiguration(c);
}

void TestOAuthWizard::cleanup()
{
    m_controller.reset();
    m_wizard = nullptr;
    m_accounts.reset();
    m_dir.reset();
    m_opened.clear();
    Translations::install(qApp, QStringLiteral("en"));
}

void TestOAuthWizard::makeWizard(const ProviderDatabase& providers, OAuth2TokenSource::ProviderLookup lookup,
                                 CredentialStore* credentials, const QStringList& mxHosts)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_accounts = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.ini")));
    ConnectionWizardController::Environment env;
    env.accounts = m_accounts.get();
    env.credentials = credentials;
    env.finder.providers = providers;
    // DNS only when the test gives MX hosts, and then answered here: no SRV record, these MX hosts.
    env.finder.useDns = !mxHosts.isEmpty();
    env.finder.lookupSrv = [](const QString&, std::function<void(const QList<SettingsFinder::SrvRecord>&)> done) {
        QTimer::singleShot(0, [done] { done({}); });
    };
    env.finder.lookupMx = [mxHosts](const QString&, std::function<void(const QStringList&)> done) {
        QTimer::singleShot(0, [done, mxHosts] { done(mxHosts); });
    };
    env.finder.useAutoconfig = false;
    env.finder.probeCandidates = [](const QString&, const QString&) { return QList<PortProber::Candidate>(); };
    env.testTimeouts = SmtpTimeouts::uniform(10'000);
    env.oauthProviders = std::move(lookup);
    env.oauthTimeoutMs = 30'000;
    // The test is the browser: it records the URL and follows it itself.
    env.openBrowser = [this](const QUrl& url) {
        m_opened.append(url);
        return true;
    };
    m_controller = std::make_unique<ConnectionWizardController>(env);
    m_wizard = m_controller->wizard();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
}

void TestOAuthWizard::next()
{
    QAbstractButton* button = m_wizard->button(QWizard::NextButton);
    QTRY_VERIFY2(button->isEnabled() && button->isVisible(), "Next is not enabled");
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestOAuthWizard::screenshot(const QString& name)
{
    QTest::qWait(50); // let pending layout requests run
    const QImage image = m_wizard->grab().toImage();
    QVERIFY(image.save(QStringLiteral(QOURIER_SCREENSHOT_DIR "/wizard-oauth-%1.png").arg(name)));
    QVERIFY(image.save(ShotsDir + QStringLiteral("/wizard-oauth-%1.png").arg(name)));
}

void TestOAuthWizard::signInTestSaveAndDelete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Simplified Chinese") << QStringLiteral("zh_CN");
}

void TestOAuthWizard::signInTestSaveAndDelete()
{
    QFETCH(QString, language);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus: run inside dbus-run-session with an unlocked gnome-keyring (TESTING.md)");
    QCOMPARE(Translations::install(qApp, language), language);
    const bool english = language == QLatin1String("en");

    FakeOAuthServer oauth;
    QVERIFY2(oauth.start(ClientId, {QStringLiteral("--tokens"), QStringLiteral("tok-wizard")}), qPrintable(oauth.errorString()));
    AiosmtpdServer smtp;
    QVERIFY2(smtp.start(AiosmtpdServer::tlsArgs(QStringLiteral("starttls"))
                        + QStringList{QStringLiteral("--xoauth2-user"), Address, QStringLiteral("--xoauth2-token"),
                                      QStringLiteral("tok-wizard")}),
             qPrintable(smtp.errorString()));
    CredentialStore keychain;
    keychain.setService(QStringLiteral("QourierTest-oauthwizard-%1").arg(QCoreApplication::applicationPid()));
    makeWizard(oauthProviderList(smtp.port()),
               [&](const QString& id) {
                   std::optional<OAuth2Provider> p = OAuth2Provider::preset(id);
                   if (p) {
                       p->authorizationUrl = oauth.authorizationUrl();
                       p->tokenUrl = oauth.tokenUrl();
                       p->clientId = ClientId;
                   }
                   return p;
               },
               &keychain);
    QSignalSpy saved(m_controller.get(), &ConnectionWizardController::accountSaved);

    // Page 1: a Gmail-like address brings the button; the password becomes optional.
    auto* button = child<QPushButton>("oauthSignInButton");
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral("Alice Example"));
    QTest::keyClicks(child<QLineEdit>("addressLineEdit"), Address);
    QTRY_VERIFY(button->isVisible());
    if (english) {
        QCOMPARE(button->text(), QStringLiteral("Sign in with Google"));
        QCOMPARE(button->accessibleName(), QStringLiteral("Sign in with Google"));
    } else {
        QVERIFY2(!button->text().contains(QLatin1String("Sign in")), qPrintable(button->text())); // translated
    }
    screenshot(QStringLiteral("1-who-") + language);

    // Keyboard: Tab reaches the button, Space presses it.
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
    QTRY_COMPARE(m_opened.size(), 1);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // not while the browser sign-in runs
    QVERIFY(child<QLabel>("oauthStatusLabel")->isVisible());
    screenshot(QStringLiteral("2-waiting-") + language);
    // The person signs in; the provider redirects to Qourier's loopback listener.
    QByteArray page;
    QCOMPARE(FakeOAuthServer::followInBrowser(m_opened.first(), &page), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->whoPage()->signedInProvider(), QStringLiteral("google"), 20'000);
    QVERIFY(!child<QLineEdit>("passwordLineEdit")->isEnabled());
    if (english)
        QVERIFY2(child<QLabel>("oauthStatusLabel")->text().contains(QLatin1String("Signed in with Google")),
                 qPrintable(child<QLabel>("oauthStatusLabel")->text()));
    screenshot(QStringLiteral("3-signed-in-") + language);
    next();

    // Page 2: the provider's server; page 3: the real test, XOAUTH2 stage by stage.
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::FindPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->findPage()->isSearching(), 20'000);
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->testPage()->isRunning(), 30'000);
    ConnectionWizardTestPage* test = m_wizard->testPage();
    QVERIFY2(test->passed(), qPrintable(test->advice().title + QLatin1Char(' ') + test->transcriptText()));
    using Stage = ConnectionWizardTestPage::Stage;
    using Status = ConnectionWizardTestPage::Status;
    for (Stage s : {Stage::Connect, Stage::Tls, Stage::Ehlo, Stage::Auth, Stage::Quit})
        QCOMPARE(int(test->status(s)), int(Status::Passed));
    QVERIFY(child<QLabel>("authStageDetailLabel")->text().contains(QLatin1String("XOAUTH2")));
    QVERIFY(test->transcriptText().contains(QLatin1String("AUTH XOAUTH2")));
    QVERIFY(!test->transcriptText().contains(QLatin1String("tok-wizard"))); // the token is redacted
    screenshot(QStringLiteral("4-test-") + language);
    QVERIFY(smtp.messages().isEmpty());

    // Page 4: save.
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::SavePageId));
    if (english)
        QVERIFY(child<QLabel>("saveSummaryLabel")->text().contains(QLatin1String("XOAUTH2")));
    screenshot(QStringLiteral("5-save-") + language);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20'000);
    QVERIFY2(saved.first().at(1).toBool(), "the keychain did not take the sign-in");

    const QList<Account> accounts = m_accounts->accounts();
    QCOMPARE(accounts.size(), 1);
    const Account a = accounts.first();
    QCOMPARE(a.authMethod, Account::AuthMethod::XOAuth2);
    QCOMPARE(a.oauthProvider, QStringLiteral("google"));
    QCOMPARE(a.userName, Address);
    QCOMPARE(a.toSmtpSettings().allowedAuthMechanisms, QStringList{QStringLiteral("XOAUTH2")});

    // The refresh token is in the real keychain, and in no file.
    std::optional<CredentialStore::Result> read;
    keychain.read(a.id, [&](const CredentialStore::Result& r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15'000);
    QVERIFY2(read->ok(), qPrintable(read->detail));
    QCOMPARE(read->secret.refreshToken, QStringLiteral("refresh-token-1"));
    QVERIFY(read->secret.password.isEmpty());
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    int fileCount = 0;
    while (files.hasNext()) {
        const QByteArray bytes = fileBytes(files.next());
        ++fileCount;
        QVERIFY2(!bytes.contains("refresh-token-1"), qPrintable(files.filePath()));
        QVERIFY2(!bytes.contains("tok-wizard"), qPrintable(files.filePath()));
    }
    QVERIFY(fileCount >= 1);
    QVERIFY(fileBytes(m_accounts->filePath()).contains("xoauth2"));

    // Deleting the account deletes its sign-in.
    std::optional<CredentialStore::Result> removed;
    QVERIFY(m_accounts->remove(a.id, &keychain, [&](const CredentialStore::Result& r) { removed = r; }));
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
    read.reset();
    keychain.read(a.id, [&](const CredentialStore::Result& r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15'000);
    QCOMPARE(read->status, CredentialStore::Result::Status::NotFound);

    const QJsonObject stats = oauth.stats();
    QCOMPARE(stats.value(QStringLiteral("code_grants")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("refresh_grants")).toInt(), 0); // the fresh token sufficed
}

void TestOAuthWizard::missingClientIdSaysHowToSetIt()
{
    CredentialStore keychain;
    keychain.setService(QStringLiteral("QourierTest-unused"));
    makeWizard(oauthProviderList(25), [](const QString& id) { return OAuth2Provider::preset(id); }, &keychain);
    QTest::keyClicks(child<QLineEdit>("addressLineEdit"), Address);
    auto* label = child<QLabel>("oauthStatusLabel");
    QTRY_VERIFY(label->isVisible());
    QVERIFY(!child<QPushButton>("oauthSignInButton")->isVisible()); // no button that can only fail
    QVERIFY2(label->text().contains(QLatin1String("oauth/google/clientId")), qPrintable(label->text()));
    QVERIFY(child<QLineEdit>("passwordLineEdit")->isEnabled()); // an app password still works
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(QStringLiteral("0-not-set-up-en"));
}

void TestOAuthWizard::noButtonWhereNoOAuthIsWanted()
{
    CredentialStore keychain;
    keychain.setService(QStringLiteral("QourierTest-unused"));
    makeWizard(oauthProviderList(25), [](const QString& id) { return OAuth2Provider::preset(id); }, &keychain);
    QTest::keyClicks(child<QLineEdit>("addressLineEdit"), QStringLiteral("bob@password.test"));
    QTest::qWait(50);
    QVERIFY(!child<QPushButton>("oauthSignInButton")->isVisible());
    QVERIFY(!child<QLabel>("oauthStatusLabel")->isVisible());
    // Switching to a Gmail-like domain brings the offer, switching back removes it.
    QLineEdit* address = child<QLineEdit>("addressLineEdit");
    address->setText(Address);
    QTRY_VERIFY(child<QLabel>("oauthStatusLabel")->isVisible());
    address->setText(QStringLiteral("bob@password.test"));
    QTRY_VERIFY(!child<QLabel>("oauthStatusLabel")->isVisible());
}

// A company domain whose MX host is the provider's (Google Workspace, Microsoft 365): the Find
// page says so and suggests the provider's sign-in, and the first page now offers it.
void TestOAuthWizard::companyDomainOnTheProviderGetsItsSignIn()
{
    CredentialStore keychain;
    keychain.setService(QStringLiteral("QourierTest-unused"));
    makeWizard(oauthProviderList(25),
               [](const QString& id) {
                   std::optional<OAuth2Provider> p = OAuth2Provider::preset(id);
                   if (p)
                       p->clientId = ClientId;
                   return p;
               },
               &keychain, {QStringLiteral("aspmx.mx.oauth-mail.test")});
    QTest::keyClicks(child<QLineEdit>("addressLineEdit"), QStringLiteral("carol@company.example"));
    QTest::keyClicks(child<QLineEdit>("passwordLineEdit"), QStringLiteral("a-password"));
    QTest::qWait(50);
    // An unknown domain: no offer yet.
    QVERIFY(!child<QPushButton>("oauthSignInButton")->isVisible());
    next();
    auto* source = child<QLabel>("findStatusLabel");
    QTRY_VERIFY2(source->text().contains(QLatin1String("aspmx.mx.oauth-mail.test")), qPrintable(source->text()));
    QVERIFY2(source->text().contains(QLatin1String("Sign in with Google")), qPrintable(source->text()));
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>("oauthSignInButton")->isVisible());
    QVERIFY(child<QPushButton>("oauthSignInButton")->text().contains(QLatin1String("Google")));
    // Another address takes the offer away again.
    QLineEdit* address = child<QLineEdit>("addressLineEdit");
    address->setText(QStringLiteral("carol@elsewhere.example"));
    QTRY_VERIFY(!child<QPushButton>("oauthSignInButton")->isVisible());
}

QTEST_MAIN(TestOAuthWizard)
#include "tst_oauthwizard.moc"
