// The connection wizard on the real QWizard (offscreen), driven like a person would: typing into
// the pages, clicking Next, Trust, Finish. Real servers on loopback (aiosmtpd): STARTTLS + AUTH
// succeeds and saves; a self-signed certificate is shown, trusting pins it, a changed one asks
// again; a server without STARTTLS is refused; a wrong password gets the provider's advice;
// probing finds the one open port. Every page is saved as a PNG for a look.

#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "LoopbackProxy.h"
#include "ConnectionWizard.h"
#include "ConnectionWizardController.h"
#include "ConnectionWizardWhoPage.h"
#include "MemoryCredentialStore.h"
#include "TestPaths.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Stage = ConnectionWizardTestPage::Stage;
using Status = ConnectionWizardTestPage::Status;

quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

// One provider for "example.test" on loopback, whose advice is `helpId`'s; 127.0.0.1 and
// localhost identify it too, so hand-typed settings get the same advice.
ProviderDatabase loopbackProvider(quint16 port, const QString& security, const QString& helpId)
{
    const QByteArray json = QStringLiteral(R"({"providers":[{"id":"loopback","name":"Loopback Mail",
        "domains":["example.test"],"hosts":["127.0.0.1","localhost"],
        "smtp":{"host":"127.0.0.1","port":%1,"security":"%2"},"help":"%3"}]})")
                                .arg(port)
                                .arg(security, helpId)
                                .toUtf8();
    ProviderDatabase db;
    if (!ProviderDatabase::fromJson(json, &db))
        qWarning("bad provider JSON");
    return db;
}

QString sha256Hex(const QString& pemFile)
{
    QFile f(pemFile);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    return certs.isEmpty() ? QString() : QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConnectionWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void starttlsWithAuthSucceedsAndSaves();
    void selfSignedCertificateIsShownPinnedAndAskedAgainWhenChanged();
    void serverWithoutStartTlsIsRefused();
    void clearTextOnlyAfterAcknowledgingTheRisk();
    void wrongPasswordGetsProviderHelp_data();
    void wrongPasswordGetsProviderHelp();
    void refusedConnectionSuggestsTheOtherPort();
    void probingFindsTheOneOpenPort();
    void noKeychainSavesSettingsAndSaysSo();
    void adviceWithoutAWindow_data();
    void adviceWithoutAWindow();
    void testRunsThroughTheProxy_data();
    void testRunsThroughTheProxy();
    void everyFieldHasANameAndTheProxyPortFollowsTheType();
    void pagesInChinese_data();
    void pagesInChinese();

private:
    // --- fixture ---
    void makeWizard(const ProviderDatabase& providers, SettingsFinder::ProbeList probe = {});
    void trustTestCa(bool trust);
    void fillWho(const QString& name, const QString& address, const QString& password);
    void next();
    void waitForFind();
    void waitForTest();
    void setUserName(const QString& user);
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
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ConnectionWizardController> m_controller;
    ConnectionWizard* m_wizard = nullptr;
    QSslConfiguration m_originalTls;
};

void TestConnectionWizard::initTestCase()
{
    m_originalTls = QSslConfiguration::defaultConfiguration();
    QDir().mkpath(QStringLiteral(QOURIER_SCREENSHOT_DIR));
}

void TestConnectionWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_accounts = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.ini")));
    m_keychain = std::make_unique<MemoryCredentialStore>();
}

void TestConnectionWizard::cleanup()
{
    m_controller.reset();
    m_wizard = nullptr;
    m_keychain.reset();
    m_accounts.reset();
    m_dir.reset();
    QSslConfiguration::setDefaultConfiguration(m_originalTls);
}

void TestConnectionWizard::trustTestCa(bool trust)
{
    // aiosmtpd's server.pem is signed by the test CA: trusted like a public CA for the rows
    // that are not about certificates (SmtpSession builds on the default configuration).
    QSslConfiguration c = m_originalTls;
    if (trust)
        c.addCaCertificates(testDataPath(QStringLiteral("test-ca.pem")));
    QSslConfiguration::setDefaultConfiguration(c);
}

void TestConnectionWizard::makeWizard(const ProviderDatabase& providers, SettingsFinder::ProbeList probe)
{
    ConnectionWizardController::Environment env;
    env.accounts = m_accounts.get();
    env.credentials = m_keychain.get();
    // Nothing leaves the machine: no DNS, no HTTPS; probing only what the test names.
    env.finder.providers = providers;
    env.finder.useDns = false;
    env.finder.useAutoconfig = false;
    env.finder.probeCandidates = probe ? probe : [](const QString&, const QString&) { return QList<PortProber::Candidate>(); };
    env.finder.probeTimeoutMs = 3'000;
    env.testTimeouts = SmtpTimeouts::uniform(10'000);
    m_controller = std::make_unique<ConnectionWizardController>(env);
    m_wizard = m_controller->wizard();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
}

void TestConnectionWizard::fillWho(const QString& name, const QString& address, const QString& password)
{
    QCOMPARE(m_wizard->currentId(), int(ConnectionWizard::WhoPageId));
    auto* nameEdit = child<QLineEdit>("nameLineEdit");
    auto* addressEdit = child<QLineEdit>("addressLineEdit");
    auto* passwordEdit = child<QLineEdit>("passwordLineEdit");
    QVERIFY(nameEdit && addressEdit && passwordEdit);
    nameEdit->clear();
    addressEdit->clear();
    passwordEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled() || !addressEdit->text().isEmpty());
    QTest::keyClicks(addressEdit, address);
    QTest::keyClicks(passwordEdit, password);
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
}

void TestConnectionWizard::next()
{
    QAbstractButton* button = m_wizard->button(QWizard::NextButton);
    QTRY_VERIFY2(button->isEnabled() && button->isVisible(), "Next is not enabled");
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestConnectionWizard::waitForFind()
{
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::FindPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->findPage()->isSearching(), 20'000);
}

void TestConnectionWizard::waitForTest()
{
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::TestPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->testPage()->isRunning(), 30'000);
}

void TestConnectionWizard::setUserName(const QString& user)
{
    auto* edit = child<QLineEdit>("userLineEdit");
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, user);
}

void TestConnectionWizard::screenshot(const QString& name)
{
    QTest::qWait(50); // let pending layout requests run, so the picture shows the settled page
    QVERIFY(m_wizard->grab().save(QStringLiteral(QOURIER_SCREENSHOT_DIR "/wizard-%1.png").arg(name)));
}

void TestConnectionWizard::starttlsWithAuthSucceedsAndSaves()
{
    trustTestCa(true);
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password") << QStringLiteral("s3cret-Pw");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));
    makeWizard(loopbackProvider(server.port(), QStringLiteral("starttls"), QStringLiteral("qq")));
    QSignalSpy saved(m_controller.get(), &ConnectionWizardController::accountSaved);

    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // no address yet
    fillWho(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"), QStringLiteral("s3cret-Pw"));
    screenshot(QStringLiteral("1-who"));
    next();

    // Page 2: found in the (injected) provider list, and it says so.
    waitForFind();
    auto* status = child<QLabel>("findStatusLabel");
    QVERIFY(status->text().contains(QLatin1String("Qourier's list of providers: Loopback Mail")));
    QCOMPARE(child<QLineEdit>("hostLineEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>("portSpinBox")->value(), int(server.port()));
    QCOMPARE(SmtpSecurity(child<QComboBox>("securityComboBox")->currentData().toInt()), SmtpSecurity::StartTls);
    QCOMPARE(child<QLineEdit>("userLineEdit")->text(), QStringLiteral("alice@example.test"));
    QVERIFY(!child<QCheckBox>("insecureCheckBox")->isVisible());
    setUserName(QStringLiteral("alice"));
    screenshot(QStringLiteral("2-find"));
    next();

    // Page 3: every stage passes, with what it learned.
    waitForTest();
    ConnectionWizardTestPage* page = m_wizard->testPage();
    QVERIFY2(page->passed(), qPrintable(page->advice().title + QLatin1Char(' ') + page->transcriptText()));
    for (Stage s : {Stage::Connect, Stage::Tls, Stage::Ehlo, Stage::Auth, Stage::Quit})
        QCOMPARE(int(page->status(s)), int(Status::Passed));
    const QString tls = child<QLabel>("tlsStageDetailLabel")->text();
    QVERIFY2(tls.contains(QLatin1String("TLSv1.")), qPrintable(tls));
    QVERIFY2(tls.contains(QLatin1String("localhost")), qPrintable(tls));   // the certificate's subject
    QVERIFY2(tls.contains(QLatin1String("Qourier Test CA")), qPrintable(tls)); // its issuer
    QVERIFY2(tls.contains(QLatin1String("SHA-256")), qPrintable(tls));
    const QString ehlo = child<QLabel>("ehloStageDetailLabel")->text();
    QVERIFY2(ehlo.contains(QLatin1String("Largest message")), qPrintable(ehlo));
    QVERIFY2(ehlo.contains(QLatin1String("8BITMIME: yes")), qPrintable(ehlo));
    QVERIFY2(ehlo.contains(QLatin1String("PIPELINING: no")), qPrintable(ehlo)); // aiosmtpd offers none
    QVERIFY2(ehlo.contains(QLatin1String("PLAIN")), qPrintable(ehlo));
    QVERIFY(child<QLabel>("authStageDetailLabel")->text().contains(QLatin1String("Signed in with")));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // The transcript is one click away, and it hides the password.
    QTest::mouseClick(child<QPushButton>("transcriptButton"), Qt::LeftButton);
    auto* view = m_wizard->findChild<QPlainTextEdit*>(QStringLiteral("transcriptView"));
    QVERIFY(view && view->isVisible());
    const QString transcript = view->toPlainText();
    QVERIFY(transcript.contains(QLatin1String("C: EHLO")));
    QVERIFY(transcript.contains(QLatin1String("STARTTLS")));
    QVERIFY(transcript.contains(QLatin1String("C: QUIT")));
    QVERIFY(!transcript.contains(QLatin1String("s3cret-Pw")));
    QVERIFY(!transcript.contains(QString::fromLatin1(QByteArray("\0alice\0s3cret-Pw", 16).toBase64())));
    QVERIFY(!transcript.contains(QLatin1String("MAIL FROM")));
    view->window()->close();
    screenshot(QStringLiteral("3-test-passed"));
    QVERIFY(server.messages().isEmpty()); // a test never sends a message

    // Page 4: name, signature, Finish.
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::SavePageId));
    auto* name = child<QLineEdit>("accountNameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("alice@example.test"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Loopback"));
    QTest::keyClicks(child<QPlainTextEdit>("signatureEdit"), QStringLiteral("-- Alice"));
    QVERIFY(child<QLabel>("saveSummaryLabel")->text().contains(QLatin1String("keychain")));
    screenshot(QStringLiteral("4-save"));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE(m_wizard->result(), int(QDialog::Accepted));
    QVERIFY(!m_wizard->isVisible());

    const QList<Account> accounts = m_accounts->accounts();
    QCOMPARE(accounts.size(), 1);
    const Account a = accounts.first();
    QCOMPARE(a.name, QStringLiteral("Loopback"));
    QCOMPARE(a.displayName, QStringLiteral("Alice Example"));
    QCOMPARE(a.address, QStringLiteral("alice@example.test"));
    QCOMPARE(a.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(a.port, server.port());
    QCOMPARE(a.security, SmtpSecurity::StartTls);
    QCOMPARE(a.userName, QStringLiteral("alice"));
    QCOMPARE(a.signature, QStringLiteral("-- Alice"));
    QVERIFY(a.pinnedSha256.isEmpty());
    QVERIFY(saved.first().at(1).toBool());
    // The secret is in the keychain, and only there.
    QCOMPARE(m_keychain->secrets.value(a.id).password, QStringLiteral("s3cret-Pw"));
    const QByteArray ini = fileBytes(m_accounts->filePath());
    QVERIFY(ini.contains("127.0.0.1"));
    QVERIFY(!ini.contains("s3cret-Pw"));
}

void TestConnectionWizard::selfSignedCertificateIsShownPinnedAndAskedAgainWhenChanged()
{
    trustTestCa(false);
    const QString selfSignedFingerprint = sha256Hex(testDataPath(QStringLiteral("selfsigned.pem")));
    QVERIFY(!selfSignedFingerprint.isEmpty());
    AiosmtpdServer server;
    QVERIFY2(server.start({QStringLiteral("--mode"), QStringLiteral("tls"), QStringLiteral("--cert"),
                           testDataPath(QStringLiteral("selfsigned.pem")), QStringLiteral("--key"),
                           testDataPath(QStringLiteral("selfsigned.key"))}),
             qPrintable(server.errorString()));
    makeWizard(loopbackProvider(server.port(), QStringLiteral("tls"), QString()));
    fillWho(QStringLiteral("Bob"), QStringLiteral("bob@example.test"), QString());
    next();
    waitForFind();
    setUserName(QString()); // this server needs no sign-in
    next();
    waitForTest();

    // The certificate is shown, with its fingerprint, and can be trusted for this account.
    ConnectionWizardTestPage* page = m_wizard->testPage();
    QVERIFY(!page->passed());
    QCOMPARE(int(page->status(Stage::Connect)), int(Status::Passed));
    QCOMPARE(int(page->status(Stage::Tls)), int(Status::Failed));
    QCOMPARE(int(page->status(Stage::Auth)), int(Status::Waiting));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!page->advice().certificate.isNull());
    QVERIFY(!page->advice().certificateChanged);
    auto* certificate = child<QLabel>("certificateLabel");
    QVERIFY(certificate->isVisible());
    QVERIFY(certificate->text().contains(QLatin1String("Self-signed")));
    QString colonFingerprint = certificate->text().section(QLatin1String("SHA-256 fingerprint: "), 1).trimmed();
    QCOMPARE(colonFingerprint.remove(QLatin1Char(':')).toLower(), selfSignedFingerprint);
    auto* trust = child<QPushButton>("trustCertificateButton");
    QVERIFY(trust->isVisible());
    screenshot(QStringLiteral("3-test-certificate"));

    QTest::mouseClick(trust, Qt::LeftButton);
    waitForTest();
    QVERIFY2(page->passed(), qPrintable(page->advice().title));
    QCOMPARE(int(page->status(Stage::Tls)), int(Status::Passed));
    QCOMPARE(int(page->status(Stage::Auth)), int(Status::Skipped));
    QCOMPARE(m_wizard->values().pinnedSha256, selfSignedFingerprint);
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::SavePageId));
    QVERIFY(child<QLabel>("saveSummaryLabel")->text().contains(selfSignedFingerprint));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(m_accounts->accounts().size(), 1);
    const Account saved = m_accounts->accounts().first();
    QCOMPARE(saved.pinnedSha256, selfSignedFingerprint);
    QCOMPARE(saved.toSmtpSettings().pinnedSha256, QStringList{selfSignedFingerprint});

    // The server now shows another certificate (also not vouched for): editing the account and
    // testing again must ask again, saying it changed, not quietly accept it.
    const quint16 firstPort = server.port();
    server.stop();
    AiosmtpdServer changed;
    QVERIFY2(changed.start(AiosmtpdServer::tlsArgs(QStringLiteral("tls"))), qPrintable(changed.errorString()));
    m_controller.reset();
    makeWizard(loopbackProvider(changed.port(), QStringLiteral("tls"), QString()));
    m_controller->editAccount(saved.id);
    QCOMPARE(m_wizard->windowTitle(), QStringLiteral("Edit Account"));
    QCOMPARE(m_wizard->values().pinnedSha256, selfSignedFingerprint);
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::FindPageId));
    QVERIFY(!m_wizard->findPage()->isSearching()); // the saved settings, no search
    QCOMPARE(child<QSpinBox>("portSpinBox")->value(), int(firstPort));
    child<QSpinBox>("portSpinBox")->setValue(changed.port());
    next();
    waitForTest();
    page = m_wizard->testPage();
    QVERIFY(!page->passed());
    QCOMPARE(int(page->status(Stage::Tls)), int(Status::Failed));
    QVERIFY(page->advice().certificateChanged);
    QVERIFY(child<QLabel>("adviceTitleLabel")->text().contains(QLatin1String("changed")));
    QVERIFY(child<QPushButton>("trustCertificateButton")->text().contains(QLatin1String("New Certificate")));
    screenshot(QStringLiteral("3-test-certificate-changed"));
    // Nothing was saved by asking.
    QCOMPARE(m_accounts->account(saved.id).pinnedSha256, selfSignedFingerprint);
}

void TestConnectionWizard::serverWithoutStartTlsIsRefused()
{
    AiosmtpdServer plain;
    QVERIFY2(plain.start({QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--user"), QStringLiteral("carol"),
                          QStringLiteral("--password"), QStringLiteral("pw")}),
             qPrintable(plain.errorString()));
    makeWizard(loopbackProvider(plain.port(), QStringLiteral("starttls"), QString()));
    fillWho(QStringLiteral("Carol"), QStringLiteral("carol@example.test"), QStringLiteral("pw"));
    next();
    waitForFind();
    setUserName(QStringLiteral("carol"));
    next();
    waitForTest();
    ConnectionWizardTestPage* page = m_wizard->testPage();
    QVERIFY(!page->passed());
    QCOMPARE(int(page->status(Stage::Tls)), int(Status::Failed));
    QCOMPARE(int(page->status(Stage::Auth)), int(Status::Waiting));
    QVERIFY(!page->transcriptText().contains(QLatin1String("C: AUTH"))); // the password never left
    QVERIFY(child<QLabel>("adviceLabel")->text().contains(QLatin1String("STARTTLS")));
    auto* alternative = child<QPushButton>("alternativeButton");
    QVERIFY(alternative->isVisible());
    QVERIFY(alternative->text().contains(QLatin1String("465")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(QStringLiteral("3-test-no-starttls"));
}

void TestConnectionWizard::clearTextOnlyAfterAcknowledgingTheRisk()
{
    AiosmtpdServer plain;
    QVERIFY2(plain.start({QStringLiteral("--mode"), QStringLiteral("plain")}), qPrintable(plain.errorString()));
    makeWizard(loopbackProvider(plain.port(), QStringLiteral("starttls"), QString()));
    fillWho(QStringLiteral("Dan"), QStringLiteral("dan@example.test"), QString());
    next();
    waitForFind();
    setUserName(QString());
    auto* security = child<QComboBox>("securityComboBox");
    security->setCurrentIndex(security->findData(int(SmtpSecurity::None)));
    child<QSpinBox>("portSpinBox")->setValue(plain.port());
    auto* risk = child<QCheckBox>("insecureCheckBox");
    QVERIFY(risk->isVisible());
    QVERIFY(!risk->isChecked());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // not without the checkbox
    screenshot(QStringLiteral("2-find-clear-text"));
    QTest::mouseClick(risk, Qt::LeftButton, {}, QPoint(8, risk->height() / 2)); // on the box itself
    QVERIFY(risk->isChecked());
    next();
    waitForTest();
    ConnectionWizardTestPage* page = m_wizard->testPage();
    QVERIFY2(page->passed(), qPrintable(page->advice().title));
    QCOMPARE(int(page->status(Stage::Tls)), int(Status::Skipped));
    const ConnectionWizardValues v = m_wizard->values();
    QVERIFY(v.allowInsecure);
    QCOMPARE(v.security, SmtpSecurity::None);
    // Back on the Find page, choosing TLS again drops the acknowledgement.
    m_wizard->back();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::FindPageId));
    security->setCurrentIndex(security->findData(int(SmtpSecurity::StartTls)));
    QVERIFY(!risk->isChecked());
    QVERIFY(!m_wizard->values().allowInsecure);
}

void TestConnectionWizard::wrongPasswordGetsProviderHelp_data()
{
    QTest::addColumn<QString>("helpId");
    QTest::addColumn<QString>("expected");
    QTest::addRow("qq.com style") << "qq" << "not accept your QQ password here: it needs an authorization code (授权码)";
    QTest::addRow("163/126 style") << "netease" << "客户端授权码";
    QTest::addRow("gmail style") << "gmail" << "2-Step Verification";
    QTest::addRow("outlook style") << "outlook" << "password sign-in";
    QTest::addRow("office365 style") << "office365" << "Authenticated SMTP";
    QTest::addRow("unknown provider") << "" << "user name";
}

void TestConnectionWizard::wrongPasswordGetsProviderHelp()
{
    QFETCH(QString, helpId);
    QFETCH(QString, expected);
    trustTestCa(true);
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("erin") << QStringLiteral("--password") << QStringLiteral("right");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));
    makeWizard(loopbackProvider(server.port(), QStringLiteral("starttls"), helpId));
    // An address outside the provider's domain: the advice must come from the server's host.
    fillWho(QStringLiteral("Erin"), QStringLiteral("erin@elsewhere.test"), QStringLiteral("wrong"));
    next();
    waitForFind();
    QVERIFY(child<QLabel>("findStatusLabel")->text().contains(QLatin1String("No settings found")));
    QTest::keyClicks(child<QLineEdit>("hostLineEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>("portSpinBox")->setValue(server.port());
    setUserName(QStringLiteral("erin"));
    next();
    waitForTest();
    ConnectionWizardTestPage* page = m_wizard->testPage();
    QVERIFY(!page->passed());
    QCOMPARE(int(page->status(Stage::Tls)), int(Status::Passed));
    QCOMPARE(int(page->status(Stage::Ehlo)), int(Status::Passed));
    QCOMPARE(int(page->status(Stage::Auth)), int(Status::Failed));
    const QString advice = child<QLabel>("adviceLabel")->text();
    QVERIFY2(advice.contains(expected, Qt::CaseInsensitive), qPrintable(advice));
    QCOMPARE(page->advice().providerText.isEmpty(), helpId.isEmpty());
    QVERIFY(child<QLabel>("serverWordsLabel")->text().contains(QLatin1String("535")));
    QVERIFY(!page->transcriptText().contains(QLatin1String("wrong")));
    if (helpId == QLatin1String("qq"))
        screenshot(QStringLiteral("3-test-wrong-password"));
}

void TestConnectionWizard::refusedConnectionSuggestsTheOtherPort()
{
    const quint16 closed = closedPort();
    makeWizard(loopbackProvider(closed, QStringLiteral("starttls"), QString()));
    fillWho(QStringLiteral("Fay"), QStringLiteral("fay@example.test"), QString());
    next();
    waitForFind();
    setUserName(QString());
    next();
    waitForTest();
    ConnectionWizardTestPage* page = m_wizard->testPage();
    QCOMPARE(int(page->status(Stage::Connect)), int(Status::Failed));
    auto* alternative = child<QPushButton>("alternativeButton");
    QVERIFY(alternative->isVisible());
    QCOMPARE(alternative->text(), QStringLiteral("Try SSL/TLS on Port 465"));
    QTest::mouseClick(alternative, Qt::LeftButton);
    // The remedy changes the settings and tests again at once.
    QCOMPARE(m_wizard->values().port, quint16(465));
    QCOMPARE(m_wizard->values().security, SmtpSecurity::ImplicitTls);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
}

void TestConnectionWizard::probingFindsTheOneOpenPort()
{
    trustTestCa(true);
    AiosmtpdServer server;
    QVERIFY2(server.start(AiosmtpdServer::tlsArgs(QStringLiteral("starttls"))), qPrintable(server.errorString()));
    const quint16 closedA = closedPort();
    const quint16 closedB = closedPort();
    makeWizard(ProviderDatabase(), [&](const QString& domain, const QString&) {
        if (domain != QLatin1String("unlisted.test"))
            qWarning("probing for the wrong domain");
        return QList<PortProber::Candidate>{{"127.0.0.1", closedA, SmtpSecurity::ImplicitTls},
                                            {"127.0.0.1", closedB, SmtpSecurity::StartTls},
                                            {"127.0.0.1", server.port(), SmtpSecurity::StartTls}};
    });
    fillWho(QStringLiteral("Gus"), QStringLiteral("gus@unlisted.test"), QString());
    next();
    waitForFind();
    QVERIFY2(child<QLabel>("findStatusLabel")->text().contains(QStringLiteral("answered on port %1").arg(server.port())),
             qPrintable(child<QLabel>("findStatusLabel")->text()));
    QCOMPARE(child<QSpinBox>("portSpinBox")->value(), int(server.port()));
    QCOMPARE(SmtpSecurity(child<QComboBox>("securityComboBox")->currentData().toInt()), SmtpSecurity::StartTls);
    setUserName(QString());
    next();
    waitForTest();
    QVERIFY2(m_wizard->testPage()->passed(), qPrintable(m_wizard->testPage()->advice().title));
}

void TestConnectionWizard::noKeychainSavesSettingsAndSaysSo()
{
    trustTestCa(true);
    m_keychain->unavailable = true;
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("hal") << QStringLiteral("--password") << QStringLiteral("pw-9000");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));
    makeWizard(loopbackProvider(server.port(), QStringLiteral("starttls"), QString()));
    QSignalSpy saved(m_controller.get(), &ConnectionWizardController::accountSaved);
    fillWho(QStringLiteral("Hal"), QStringLiteral("hal@example.test"), QStringLiteral("pw-9000"));
    next();
    waitForFind();
    setUserName(QStringLiteral("hal"));
    next();
    waitForTest();
    QVERIFY(m_wizard->testPage()->passed());
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::SavePageId));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!saved.first().at(1).toBool());
    // Saved, but the wizard stays to say the password will be asked for each time.
    QCOMPARE(m_accounts->accounts().size(), 1);
    QVERIFY(m_wizard->isVisible());
    QTRY_VERIFY(child<QLabel>("saveResultLabel")->text().contains(QLatin1String("ask for it each time")));
    screenshot(QStringLiteral("4-save-no-keychain"));
    QVERIFY(!fileBytes(m_accounts->filePath()).contains("pw-9000"));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void TestConnectionWizard::adviceWithoutAWindow_data()
{
    // ConnectionWizardAdvice alone, for the cases a loopback server cannot produce (and for the
    // composer, which shows the same advice after a real send).
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("serverText");
    QTest::addColumn<QString>("helpId");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<int>("alternativePort");
    using K = SmtpError::Kind;
    const int tls = int(SmtpSecurity::ImplicitTls);
    const int starttls = int(SmtpSecurity::StartTls);
    QTest::addRow("163: 550 User has no permission at MAIL FROM")
        << int(K::SenderRejected) << 550 << "User has no permission" << "netease" << tls << "客户端授权码" << 0;
    QTest::addRow("126: 535") << int(K::AuthFailed) << 535 << "Error: authentication failed" << "netease" << tls << "turn on the SMTP service" << 0;
    QTest::addRow("gmail: 534 5.7.9 application-specific password")
        << int(K::AuthFailed) << 534 << "Application-specific password required" << "gmail" << tls << "app password" << 0;
    QTest::addRow("gmail: 535 also offers Sign in with Google")
        << int(K::AuthFailed) << 535 << "5.7.8 Username and Password not accepted" << "gmail" << tls << "Sign in with Google" << 0;
    QTest::addRow("outlook.com: 535 basic authentication is disabled")
        << int(K::AuthFailed) << 535 << "5.7.139 Authentication unsuccessful, basic authentication is disabled"
        << "outlook" << starttls << "Sign in with Microsoft" << 0;
    QTest::addRow("office 365: 535 SmtpClientAuthentication is disabled")
        << int(K::AuthFailed) << 535 << "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled"
        << "office365" << starttls << "Sign in with Microsoft" << 0;
    QTest::addRow("yahoo") << int(K::AuthFailed) << 535 << "" << "yahoo" << tls << "Generate app password" << 0;
    QTest::addRow("icloud") << int(K::AuthFailed) << 535 << "" << "icloud" << starttls << "app-specific password" << 0;
    QTest::addRow("an unrelated 550 is not a sign-in problem")
        << int(K::SenderRejected) << 550 << "Sender address rejected" << "netease" << tls << "" << 0;
    QTest::addRow("refused on 465: try 587") << int(K::ConnectionRefused) << 0 << "" << "" << tls << "" << 587;
    QTest::addRow("timed out on 587: try 465") << int(K::Timeout) << 0 << "" << "" << starttls << "" << 465;
    QTest::addRow("TLS to a STARTTLS port: try 587") << int(K::TlsHandshake) << 0 << "" << "" << tls << "" << 587;
    QTest::addRow("unknown host: no other port helps") << int(K::HostLookup) << 0 << "" << "" << tls << "" << 0;
}

void TestConnectionWizard::adviceWithoutAWindow()
{
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(QString, serverText);
    QFETCH(QString, helpId);
    QFETCH(int, security);
    QFETCH(QString, expectedText);
    QFETCH(int, alternativePort);
    ConnectionWizardAdvice::Situation s;
    s.error.kind = SmtpError::Kind(kind);
    s.error.replyCode = code;
    s.error.serverText = serverText;
    s.host = QStringLiteral("smtp.example.test");
    s.port = security == int(SmtpSecurity::ImplicitTls) ? 465 : 587;
    s.security = SmtpSecurity(security);
    s.helpId = helpId;
    const ConnectionWizardAdvice::Advice a = ConnectionWizardAdvice::describe(s);
    QVERIFY(!a.title.isEmpty());
    if (expectedText.isEmpty())
        QVERIFY2(a.providerText.isEmpty(), qPrintable(a.providerText));
    else
        QVERIFY2(a.providerText.contains(expectedText, Qt::CaseInsensitive), qPrintable(a.providerText));
    QCOMPARE(a.offerAlternative, alternativePort != 0);
    if (alternativePort)
        QCOMPARE(int(a.alternativePort), alternativePort);
    QVERIFY(a.certificate.isNull());
}

// The proxy setting on the server page: the connection test runs through a real proxy (TLS still
// end to end with the mail server), the proxy's password goes to the keychain with the account,
// and a wrong one fails the Connect stage with proxy advice, not a generic connection error.
// Screen readers (AT-SPI) and automation find each field by its name, as a person reads its label:
// every visible input of the first two pages (proxy fields shown) has a buddy label or an
// accessible name, and every button or check box has words.
void TestConnectionWizard::everyFieldHasANameAndTheProxyPortFollowsTheType()
{
    makeWizard(loopbackProvider(25, QStringLiteral("starttls"), QStringLiteral("qq")));
    auto check = [this](const char* page) {
        const QList<QLabel*> labels = m_wizard->findChildren<QLabel*>();
        int checked = 0;
        for (QWidget* w : m_wizard->currentPage()->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w);
            const bool button = qobject_cast<QAbstractButton*>(w);
            if (!input && !button)
                continue;
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue; // a spin box's own editor
            ++checked;
            bool named = !w->accessibleName().isEmpty();
            for (QLabel* label : labels)
                named = named || (label->buddy() == w && !label->text().isEmpty());
            if (button)
                named = named || !static_cast<QAbstractButton*>(w)->text().isEmpty();
            QVERIFY2(named, qPrintable(QStringLiteral("%1 page: %2 (%3) has no name")
                                           .arg(QLatin1String(page), w->objectName(), QLatin1String(w->metaObject()->className()))));
        }
        QVERIFY2(checked >= 3, page);
    };
    check("who");
    // The password can be shown from the keyboard, in the field itself.
    auto* password = child<QLineEdit>("passwordLineEdit");
    password->setFocus();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClick(password, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::keyClick(password, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    fillWho(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"), QStringLiteral("s3cret-Pw"));
    next();
    waitForFind();
    child<QCheckBox>("proxyCheckBox")->setChecked(true);
    QVERIFY(child<QWidget>("proxyWidget")->isVisible());
    check("find");
    // The usual port for each kind of proxy, unless the person chose one.
    auto* type = child<QComboBox>("proxyTypeComboBox");
    auto* port = child<QSpinBox>("proxyPortSpinBox");
    QCOMPARE(port->value(), 1080);
    type->setCurrentIndex(type->findData(int(ConnectionWizardValues::ProxyType::Http)));
    QCOMPARE(port->value(), 8080);
    type->setCurrentIndex(type->findData(int(ConnectionWizardValues::ProxyType::Socks5)));
    QCOMPARE(port->value(), 1080);
    port->setValue(3128);
    type->setCurrentIndex(type->findData(int(ConnectionWizardValues::ProxyType::Http)));
    QCOMPARE(port->value(), 3128);
}

// Every page in 简体中文 and 繁體中文, as a person there sees it: a wrong password (QQ Mail's
// 授权码 advice), then the right one, every stage passed, and the save page. Pictures
// wizard-N-*-zh_CN.png / -zh_TW.png beside the English ones.
void TestConnectionWizard::pagesInChinese_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("Simplified Chinese") << QStringLiteral("zh_CN");
    QTest::addRow("Traditional Chinese") << QStringLiteral("zh_TW");
}

void TestConnectionWizard::pagesInChinese()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(qApp, language), language);
    auto restore = qScopeGuard([] { Translations::install(qApp, QStringLiteral("en")); });
    const QString suffix = QLatin1Char('-') + language;
    trustTestCa(true);
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("12345678@example.test") << QStringLiteral("--password")
         << QStringLiteral("abcdefghijklmnop");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));
    makeWizard(loopbackProvider(server.port(), QStringLiteral("starttls"), QStringLiteral("qq")));
    fillWho(QStringLiteral("Zhang San"), QStringLiteral("12345678@example.test"), QStringLiteral("my-qq-password"));
    child<QLineEdit>("nameLineEdit")->setText(QStringLiteral("张三")); // QTest types ASCII only
    // The words are the translation's, not English.
    QVERIFY(!m_wizard->currentPage()->title().contains(QLatin1String("Who")));
    screenshot(QStringLiteral("1-who") + suffix);
    next();
    waitForFind();
    screenshot(QStringLiteral("2-find") + suffix);
    next();
    waitForTest();
    QVERIFY(!m_wizard->testPage()->passed());
    QCOMPARE(int(m_wizard->testPage()->status(Stage::Auth)), int(Status::Failed));
    const QString advice = child<QLabel>("adviceLabel")->text();
    QVERIFY2(advice.contains(QStringLiteral("授权码")), qPrintable(advice));
    screenshot(QStringLiteral("3-test-wrong-password") + suffix);

    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::WhoPageId));
    auto* password = child<QLineEdit>("passwordLineEdit");
    password->clear();
    QTest::keyClicks(password, QStringLiteral("abcdefghijklmnop")); // the authorization code
    next();
    waitForFind();
    next();
    waitForTest();
    QVERIFY2(m_wizard->testPage()->passed(), qPrintable(m_wizard->testPage()->transcriptText()));
    screenshot(QStringLiteral("3-test-passed") + suffix);
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::SavePageId));
    screenshot(QStringLiteral("4-save") + suffix);
    m_wizard->reject();
}

void TestConnectionWizard::testRunsThroughTheProxy_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("proxyPassword");
    QTest::addColumn<bool>("passes");
    QTest::addRow("SOCKS5 (microsocks) with user/password") << int(ProxyKind::Microsocks) << "pr0xy-pw" << true;
    QTest::addRow("HTTP CONNECT (tinyproxy) with user/password") << int(ProxyKind::Tinyproxy) << "pr0xy-pw" << true;
    QTest::addRow("SOCKS5, wrong proxy password") << int(ProxyKind::Microsocks) << "wrong" << false;
    QTest::addRow("HTTP CONNECT, wrong proxy password") << int(ProxyKind::Tinyproxy) << "wrong" << false;
}

void TestConnectionWizard::testRunsThroughTheProxy()
{
    QFETCH(int, kind);
    QFETCH(QString, proxyPassword);
    QFETCH(bool, passes);
    if (LoopbackProxy::program(ProxyKind(kind)).isEmpty())
        QSKIP("proxy not installed (.ci/bootstrap test installs microsocks and tinyproxy)");
    trustTestCa(true);
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password") << QStringLiteral("s3cret-Pw");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));
    LoopbackProxy proxy;
    QVERIFY2(proxy.start(ProxyKind(kind), QStringLiteral("proxyuser"), QStringLiteral("pr0xy-pw")), qPrintable(proxy.errorString()));
    makeWizard(loopbackProvider(server.port(), QStringLiteral("starttls"), QStringLiteral("qq")));
    QSignalSpy saved(m_controller.get(), &ConnectionWizardController::accountSaved);
    fillWho(QStringLiteral("Alice Example"), QStringLiteral("alice@example.test"), QStringLiteral("s3cret-Pw"));
    next();
    waitForFind();
    setUserName(QStringLiteral("alice"));

    child<QCheckBox>("proxyCheckBox")->setChecked(true);
    QVERIFY(child<QWidget>("proxyWidget")->isVisible());
    auto* type = child<QComboBox>("proxyTypeComboBox");
    const auto wanted = kind == int(ProxyKind::Tinyproxy) ? ConnectionWizardValues::ProxyType::Http : ConnectionWizardValues::ProxyType::Socks5;
    type->setCurrentIndex(type->findData(int(wanted)));
    QTest::keyClicks(child<QLineEdit>("proxyHostLineEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>("proxyPortSpinBox")->setValue(proxy.port());
    QTest::keyClicks(child<QLineEdit>("proxyUserLineEdit"), QStringLiteral("proxyuser"));
    QTest::keyClicks(child<QLineEdit>("proxyPasswordLineEdit"), proxyPassword);
    next();
    waitForTest();
    ConnectionWizardTestPage* page = m_wizard->testPage();
    QVERIFY(!page->transcriptText().contains(proxyPassword));
    if (!passes) {
        QVERIFY(!page->passed());
        QCOMPARE(int(page->status(Stage::Connect)), int(Status::Failed));
        const QString advice = child<QLabel>("adviceLabel")->text();
        QVERIFY2(advice.contains(QLatin1String("proxy"), Qt::CaseInsensitive), qPrintable(advice));
        return;
    }
    QVERIFY2(page->passed(), qPrintable(page->advice().title + QLatin1Char(' ') + page->transcriptText()));
    for (Stage s : {Stage::Connect, Stage::Tls, Stage::Ehlo, Stage::Auth, Stage::Quit})
        QCOMPARE(int(page->status(s)), int(Status::Passed));
    QVERIFY(child<QLabel>("tlsStageDetailLabel")->text().contains(QLatin1String("localhost"))); // the mail server's certificate

    next();
    QTRY_COMPARE(m_wizard->currentId(), int(ConnectionWizard::SavePageId));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const Account a = m_accounts->accounts().value(0);
    QCOMPARE(a.proxyType, kind == int(ProxyKind::Tinyproxy) ? Account::ProxyType::Http : Account::ProxyType::Socks5);
    QCOMPARE(a.proxyHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(a.proxyPort, proxy.port());
    QCOMPARE(a.proxyUser, QStringLiteral("proxyuser"));
    QCOMPARE(m_keychain->secrets.value(a.id).proxyPassword, proxyPassword); // in the keychain
    QVERIFY(!fileBytes(m_accounts->filePath()).contains(proxyPassword.toUtf8()));  // and only there
}

QTEST_MAIN(TestConnectionWizard)
#include "tst_connectionwizard.moc"
