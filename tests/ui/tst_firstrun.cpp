// "Works with no account": the application's GUI wiring (app/GuiApplication, as main() builds it)
// in a fresh home with no settings. The composer opens on the built-in sandbox with its banner;
// a message typed and sent the way a person does it (To, Bcc, subject, text, an attachment) goes
// through the in-process sandbox server over STARTTLS + AUTH with the pinned certificate, without
// a password question; the receipt appears, and "Show It" opens the captured-mail window on it
// with the Bcc recipient marked. "Use a real account…" opens the connection wizard; a real server
// (aiosmtpd) set up through Server Settings… makes the banner go, sends go there, and the sandbox
// stays one pick away in From. Saved accounts (an AccountStore in a temporary file, secrets in a
// MemoryCredentialStore) replace that server in From and send with the keychain's password, or
// with one asked once when there is no keychain.
//
// HOME and XDG_*_HOME point into a temporary directory before QApplication exists, so settings,
// the sandbox's certificate, password and messages land there and nowhere else.

#include "../app/MemoryCredentialStore.h"
#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "BodyTextEdit.h"
#include "ComposerController.h"
#include "ComposerWindow.h"
#include "ConnectionWizard.h"
#include "ConnectionWizardController.h"
#include "GuiApplication.h"
#include "MessageView.h"
#include "NoticePanel.h"
#include "Outbox.h"
#include "RecipientRoles.h"
#include "SandboxAccount.h"
#include "SandboxRunner.h"
#include "SandboxWindow.h"
#include "ScriptedAsker.h"
#include "ServerSettingsDialog.h"
#include "TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

namespace {

QString g_home;

const QString SandboxPassword = QStringLiteral("s3cret-Pa55");

// QTest::keyClicks takes ASCII only; other characters arrive as a key event carrying the text,
// the way an input method delivers them.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QTreeWidgetItem* findItem(QTreeWidget* tree, int column, const QString& text)
{
    const QList<QTreeWidgetItem*> items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, column);
    return items.isEmpty() ? nullptr : items.constFirst();
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstRunSendsToSandbox();
    void sandboxMailFromTheMenu();
    void realAccountReplacesTheSandbox();
    void noSandboxStartedWithAnAccount();
    void savedAccountSendsWithKeychainPassword();
    void savedAccountAsksWithoutKeychain();
    void sentFolderIsTrimmedAtStart();

private:
    template<typename T>
    T* find(const char* name) const
    {
        T* w = m_gui->composerWindow()->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void startGui(AccountStore* accounts = nullptr, CredentialStore* credentials = nullptr);
    Account saveAccount(AccountStore* store, quint16 port);
    void typeMessage(const QString& to, const QString& bcc, const QString& subject, const QString& body);
    SendController::Result send();
    QString messagesDirectory() const { return m_gui->sandbox()->messagesDirectory(); }
    QStringList receipts() const;

    ScriptedAsker m_asker;
    // Before m_gui, which uses them: destroyed after it.
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<GuiApplication> m_gui;
    QTemporaryDir m_files;
};

void TestFirstRun::init()
{
    m_asker = ScriptedAsker();
}

void TestFirstRun::cleanup()
{
    m_gui.reset();
    m_credentials.reset();
    m_accounts.reset();
    if (m_asker.unexpected != 0)
        qWarning() << "unexpected questions:" << m_asker.questionTexts();
    QCOMPARE(m_asker.unexpected, 0);
}

void TestFirstRun::startGui(AccountStore* accounts, CredentialStore* credentials)
{
    GuiApplication::Environment env;
    env.asker = &m_asker; // everything else as main() has it: the temporary home's defaults
    env.accounts = accounts;
    env.credentials = credentials;
    m_gui = std::make_unique<GuiApplication>(env);
    m_gui->composer()->setTimeouts(SmtpTimeouts::uniform(20'000));
    // Undo send has its own test (tst_drafts); here Send goes at once.
    m_gui->composer()->setUndoDelay(0);
    m_gui->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gui->composerWindow()));
}

void TestFirstRun::typeMessage(const QString& to, const QString& bcc, const QString& subject, const QString& body)
{
    typeText(find<QLineEdit>("toLineEdit"), to);
    if (!bcc.isEmpty()) {
        QTest::mouseClick(find<QToolButton>("bccToolButton"), Qt::LeftButton);
        typeText(find<QLineEdit>("bccLineEdit"), bcc);
    }
    typeText(find<QLineEdit>("subjectLineEdit"), subject);
    auto* body_ = find<BodyTextEdit>("bodyTextEdit");
    body_->setFocus();
    body_->moveCursor(QTextCursor::Start);
    typeText(body_, body);
}

SendController::Result TestFirstRun::send()
{
    QSignalSpy finished(m_gui->composer(), &ComposerController::sendFinished);
    QTest::mouseClick(find<QToolButton>("sendButton"), Qt::LeftButton);
    if (!finished.wait(60'000))
        return SendController::Result();
    return finished.first().first().value<SendController::Result>();
}

QStringList TestFirstRun::receipts() const
{
    QStringList out;
    const QDir d(messagesDirectory());
    for (const QString& n : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << d.filePath(n);
    return out;
}

void TestFirstRun::firstRunSendsToSandbox()
{
    // Nothing configured: no settings file, no sandbox directory yet.
    QVERIFY(QSettings().allKeys().isEmpty());
    startGui();
    ComposerWindow* w = m_gui->composerWindow();

    // The banner, above the fields, and the sandbox as the one identity.
    auto* banner = find<QFrame>("sandboxBannerFrame");
    QVERIFY(banner->isVisible());
    QVERIFY(w->isSandboxBannerVisible());
    QVERIFY(find<QLabel>("sandboxBannerLabel")->text().contains(QStringLiteral("stay on this computer")));
    QVERIFY(find<QPushButton>("showSandboxMailButton")->isVisible());
    QVERIFY(find<QPushButton>("useRealAccountButton")->isVisible());
    QVERIFY(banner->geometry().bottom() < find<QComboBox>("fromComboBox")->mapTo(w->centralWidget(), QPoint(0, 0)).y());
    auto* from = find<QComboBox>("fromComboBox");
    QCOMPARE(from->count(), 1);
    QCOMPARE(from->currentText(), QStringLiteral("Sandbox (this computer)"));
    QVERIFY(m_gui->composer()->isSandboxSelected());
    // No setup notice in the way: ready to send.
    QVERIFY(!find<NoticePanel>("noticePanel")->isVisible());

    // Started at once, with its per-installation identity in the (temporary) home.
    QVERIFY(m_gui->sandbox()->isRunning());
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
    QVERIFY2(base.startsWith(g_home), qPrintable(base));
    QCOMPARE(m_gui->sandbox()->baseDirectory(), base);
    QVERIFY(QFile::exists(base + QStringLiteral("/tls/cert.pem")));
    QVERIFY(QFile::exists(base + QStringLiteral("/password")));
    QVERIFY(m_gui->sandbox()->clientSettings().pinnedSha256.size() == 1);

    // A message as a person writes it.
    typeMessage(QStringLiteral("Bob Builder <bob@example.org>"), QStringLiteral("dave@example.com"),
                QStringLiteral("Hello from the sandbox — 你好"), QStringLiteral("Hi Bob,\nthe plan is attached.\n"));
    const QString attachment = m_files.filePath(QStringLiteral("plan.txt"));
    {
        QFile f(attachment);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("step 1\nstep 2\n");
    }
    QCOMPARE(w->addAttachments({attachment}), 1);
    QVERIFY(receipts().isEmpty());

    const SendController::Result result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QVERIFY(result.refused.isEmpty());
    // No password question, nothing else asked.
    QVERIFY(m_asker.textRequests.isEmpty());
    QVERIFY(m_asker.questions.isEmpty());

    // The sandbox stored it, with the whole envelope and how it arrived.
    QTRY_COMPARE(receipts().size(), 1);
    const QString receipt = receipts().constFirst();
    const QJsonObject json = readJson(receipt);
    QVERIFY2(!json.isEmpty(), qPrintable(receipt));
    const QString jsonText = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    QVERIFY2(jsonText.contains(QStringLiteral("bob@example.org")), qPrintable(jsonText));
    QVERIFY2(jsonText.contains(QStringLiteral("dave@example.com")), qPrintable(jsonText));
    QVERIFY2(jsonText.contains(QStringLiteral("me@sandbox.localhost")), qPrintable(jsonText));
    QVERIFY2(jsonText.contains(QStringLiteral("starttls")), qPrintable(jsonText));
    QVERIFY2(jsonText.contains(QStringLiteral("TLSv1.")), qPrintable(jsonText));
    QVERIFY2(jsonText.contains(QStringLiteral("\"sandbox\"")), qPrintable(jsonText)); // AUTH user
    QCOMPARE(m_gui->sandbox()->receiptFor(result.delivery.finalReply), QDir::cleanPath(receipt));

    // The success notice offers "Show It"; the composer is ready for the next message.
    auto* notice = find<NoticePanel>("noticePanel");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->kind(), NoticePanel::Kind::Success);
    QVERIFY(notice->text().contains(QStringLiteral("nobody else")));
    QVERIFY(find<QLineEdit>("toLineEdit")->text().isEmpty());
    auto* showIt = notice->findChild<QPushButton*>(QStringLiteral("noticeActionButton"));
    QVERIFY(showIt && showIt->isVisible());
    QCOMPARE(showIt->text(), QStringLiteral("Show It"));
    QVERIFY(!m_gui->sandboxWindow());
    QTest::mouseClick(showIt, Qt::LeftButton);

    // The viewer, on that message, the Bcc recipient marked.
    SandboxWindow* viewer = m_gui->sandboxWindow();
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QCOMPARE(viewer->directory(), QDir::cleanPath(messagesDirectory()));
    QCOMPARE(viewer->messageCount(), 1);
    MessageView* view = viewer->messageView();
    QTRY_VERIFY(view->hasMessage());
    QCOMPARE(view->captured().jsonPath, QDir::cleanPath(receipt));
    QCOMPARE(view->message().subject, QStringLiteral("Hello from the sandbox — 你好"));
    QCOMPARE(view->message().attachments.size(), 1);
    QCOMPARE(view->message().attachments.constFirst().fileName, QStringLiteral("plan.txt"));
    QCOMPARE(view->message().attachments.constFirst().data, QByteArray("step 1\nstep 2\n"));
    auto* list = viewer->findChild<QTreeWidget*>(QStringLiteral("messageTreeWidget"));
    QVERIFY(list->currentItem());
    const QString recipients = list->currentItem()->text(SandboxWindow::RecipientsColumn);
    QVERIFY2(recipients.contains(QStringLiteral("dave@example.com (Bcc)")), qPrintable(recipients));
    QVERIFY2(!recipients.contains(QStringLiteral("bob@example.org (Bcc)")), qPrintable(recipients));
    auto* envelope = viewer->findChild<QTreeWidget*>(QStringLiteral("envelopeTreeWidget"));
    QTreeWidgetItem* dave = findItem(envelope, 0, QStringLiteral("<dave@example.com>"));
    QVERIFY(dave);
    QCOMPARE(dave->data(0, Qt::UserRole).toInt(), int(RecipientRoles::Role::Blind));
    QVERIFY(!viewer->findChild<QLabel*>(QStringLiteral("serverLabel"))->text().isEmpty());

    // A second message appears in the open viewer as it arrives.
    typeMessage(QStringLiteral("carol@example.net"), QString(), QStringLiteral("Second"), QStringLiteral("Hi"));
    QVERIFY(send().delivered);
    QTRY_COMPARE(viewer->messageCount(), 2);
    QVERIFY(m_asker.textRequests.isEmpty());
}

void TestFirstRun::sandboxMailFromTheMenu()
{
    startGui();
    auto* action = m_gui->composerWindow()->findChild<QAction*>(QStringLiteral("showSandboxMailAction"));
    QVERIFY(action && action->isVisible() && action->isEnabled());
    action->trigger();
    QVERIFY(m_gui->sandboxWindow());
    QTRY_VERIFY(m_gui->sandboxWindow()->isVisible());
    // What earlier runs captured is listed (the store's directory outlives the process).
    QCOMPARE(m_gui->sandboxWindow()->messageCount(), receipts().size());
    // A side window: it does not keep the application running once the composer is closed.
    QVERIFY(!m_gui->sandboxWindow()->testAttribute(Qt::WA_QuitOnClose));
    QVERIFY(m_gui->composerWindow()->testAttribute(Qt::WA_QuitOnClose));
    m_gui->sandboxWindow()->close();

    // The banner's button does the same.
    QTest::mouseClick(find<QPushButton>("showSandboxMailButton"), Qt::LeftButton);
    QTRY_VERIFY(m_gui->sandboxWindow()->isVisible());
}

void TestFirstRun::realAccountReplacesTheSandbox()
{
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password") << SandboxPassword
         << QStringLiteral("--size") << QStringLiteral("0");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));

    startGui();
    ComposerWindow* w = m_gui->composerWindow();
    QVERIFY(w->isSandboxBannerVisible());
    const int storedBefore = receipts().size();

    // "Use a real account…" opens the connection wizard, non-modal, on the composer.
    QSignalSpy addAccount(w, &ComposerWindow::addAccountRequested);
    QTest::mouseClick(find<QPushButton>("useRealAccountButton"), Qt::LeftButton);
    QCOMPARE(addAccount.count(), 1);
    QVERIFY(m_gui->composer()->accountWizard());
    QPointer<ConnectionWizard> wizard = w->findChild<ConnectionWizard*>();
    QVERIFY(wizard);
    QCOMPARE(wizard.data(), m_gui->composer()->accountWizard()->wizard());
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(!m_gui->composer()->settingsDialog());
    // A second click raises the same wizard.
    QTest::mouseClick(find<QPushButton>("useRealAccountButton"), Qt::LeftButton);
    QCOMPARE(w->findChildren<ConnectionWizard*>().size(), 1);
    // Cancelled: nothing saved, the wizard and its controller go away.
    wizard->reject();
    QTRY_VERIFY(!wizard);
    QTRY_VERIFY(!m_gui->composer()->accountWizard());
    QVERIFY(m_gui->composer()->accounts()->accounts().isEmpty());
    QVERIFY(w->isSandboxBannerVisible());

    // The old single server stays reachable from the menu.
    find<QAction>("serverSettingsAction")->trigger();
    ServerSettingsDialog* dialog = m_gui->composer()->settingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("senderNameLineEdit")), QStringLiteral("Alice"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("senderAddressLineEdit")),
                     QStringLiteral("alice@example.org"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("hostLineEdit")), QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(server.port());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userLineEdit")), QStringLiteral("alice"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("caFileLineEdit")),
                     testDataPath(QStringLiteral("test-ca.pem")));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("settingsOkButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // The banner is gone; From has the real identity first and the sandbox after it.
    QTRY_VERIFY(!w->isSandboxBannerVisible());
    QVERIFY(!find<QFrame>("sandboxBannerFrame")->isVisible());
    auto* from = find<QComboBox>("fromComboBox");
    QCOMPARE(from->count(), 2);
    QCOMPARE(from->currentIndex(), 0);
    QCOMPARE(from->currentText(), QStringLiteral("Alice <alice@example.org>"));
    QCOMPARE(from->itemText(1), QStringLiteral("Sandbox (this computer)"));
    QVERIFY(!m_gui->composer()->isSandboxSelected());

    // A send goes to the real server, with its password asked once.
    typeMessage(QStringLiteral("bob@example.org"), QString(), QStringLiteral("For real"), QStringLiteral("Hello"));
    m_asker.textAnswers = {{true, SandboxPassword}};
    SendController::Result result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString() + QString::fromUtf8(server.standardError())));
    QCOMPARE(m_asker.textRequests.size(), 1);
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(receipts().size(), storedBefore);
    QVERIFY(find<NoticePanel>("noticePanel")->title() == QStringLiteral("Message sent"));

    // The sandbox is still one pick away: its banner comes back, without "Use a real account…",
    // and nothing is asked.
    from->setCurrentIndex(1);
    QVERIFY(m_gui->composer()->isSandboxSelected());
    QVERIFY(w->isSandboxBannerVisible());
    QVERIFY(!find<QPushButton>("useRealAccountButton")->isVisibleTo(w));
    typeMessage(QStringLiteral("bob@example.org"), QString(), QStringLiteral("Preview"), QStringLiteral("Hello"));
    result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QCOMPARE(m_asker.textRequests.size(), 1);
    QCOMPARE(server.messages().size(), 1);
    QTRY_COMPARE(receipts().size(), storedBefore + 1);
    // From the configured sender, so the sandbox shows what recipients would see.
    QVERIFY(QString::fromUtf8(QJsonDocument(readJson(receipts().constLast())).toJson())
                .contains(QStringLiteral("alice@example.org")));

    // Back to the real identity: the banner goes again.
    from->setCurrentIndex(0);
    QVERIFY(!w->isSandboxBannerVisible());
}

void TestFirstRun::noSandboxStartedWithAnAccount()
{
    // The account saved by the previous test: the next start does not need the sandbox.
    QVERIFY(!QSettings().value(QStringLiteral("server/host")).toString().isEmpty());
    startGui();
    QVERIFY(!m_gui->composerWindow()->isSandboxBannerVisible());
    QVERIFY(!m_gui->sandbox()->isRunning());
    QCOMPARE(find<QComboBox>("fromComboBox")->currentIndex(), 0);
    // Picking the sandbox starts it.
    m_gui->composer()->chooseSandbox();
    QVERIFY(m_gui->sandbox()->isRunning());
    QVERIFY(m_gui->composerWindow()->isSandboxBannerVisible());
}

Account TestFirstRun::saveAccount(AccountStore* store, quint16 port)
{
    Account a;
    a.name = QStringLiteral("Loopback");
    a.displayName = QStringLiteral("Alice Account");
    a.address = QStringLiteral("alice@account.test");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = SmtpSecurity::StartTls;
    a.userName = QStringLiteral("alice");
    a.signature = QStringLiteral("Alice, from her account");
    // aiosmtpd's certificate, trusted as the wizard's "trust this certificate" would.
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(testDataPath(QStringLiteral("server.pem")));
    if (!certs.isEmpty())
        a.pinnedSha256 = QString::fromLatin1(certs.constFirst().digest(QCryptographicHash::Sha256).toHex());
    QString error;
    if (!store->save(&a, &error))
        qWarning() << "cannot save the account:" << error;
    return a;
}

void TestFirstRun::savedAccountSendsWithKeychainPassword()
{
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password")
         << QStringLiteral("kéy-chain pw");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));

    m_accounts = std::make_unique<AccountStore>(m_files.filePath(QStringLiteral("accounts-keychain.ini")));
    m_credentials = std::make_unique<MemoryCredentialStore>();
    AccountStore& accounts = *m_accounts;
    MemoryCredentialStore& credentials = *m_credentials;
    startGui(&accounts, &credentials);
    ComposerWindow* w = m_gui->composerWindow();
    auto* from = find<QComboBox>("fromComboBox");
    // No account yet: the server settings of the earlier tests, and the sandbox.
    QCOMPARE(from->count(), 2);
    QCOMPARE(from->itemText(0), QStringLiteral("Alice <alice@example.org>"));

    // An account saved while the composer is open takes the old server's place in From.
    const Account account = saveAccount(&accounts, server.port());
    QVERIFY(!account.id.isEmpty());
    credentials.secrets.insert(account.id, CredentialStore::Secret{QStringLiteral("kéy-chain pw"), {}, {}});
    QCOMPARE(from->count(), 2);
    QCOMPARE(from->itemText(0), QStringLiteral("Alice Account <alice@account.test>"));
    QCOMPARE(from->itemText(1), QStringLiteral("Sandbox (this computer)"));
    QCOMPARE(from->currentIndex(), 0);
    QCOMPARE(m_gui->composer()->selectedAccountId(), account.id);
    QVERIFY(!w->isSandboxBannerVisible());
    QVERIFY(find<BodyTextEdit>("bodyTextEdit")->toPlainText().contains(account.signature));

    // Sent through the account with the keychain's password: nothing asked.
    typeMessage(QStringLiteral("bob@example.org"), QString(), QStringLiteral("Via account"), QStringLiteral("Hello"));
    SendController::Result result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString() + QString::fromUtf8(server.standardError())));
    QCOMPARE(m_asker.textRequests.size(), 0);
    QCOMPARE(credentials.calls, QStringList{QStringLiteral("read:") + account.id});
    QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().mailFrom, QStringLiteral("alice@account.test"));
    QCOMPARE(got.first().authUser, QStringLiteral("alice"));
    QVERIFY(got.first().tls);
    QVERIFY(got.first().data.contains("From: Alice Account <alice@account.test>"));

    // The second send uses the password kept in memory: the keychain is not asked again.
    typeMessage(QStringLiteral("bob@example.org"), QString(), QStringLiteral("Again"), QStringLiteral("Hello"));
    result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QCOMPARE(credentials.calls.size(), 1);
    QCOMPARE(server.messages().size(), 2);

    // With an account and the sandbox picked, the banner offers no other account.
    m_gui->composer()->chooseSandbox();
    QVERIFY(w->isSandboxBannerVisible());
    QVERIFY(!find<QPushButton>("useRealAccountButton")->isVisibleTo(w));
}

// A message sent 40 days ago leaves the Sent folder when the window starts (kept 30 days here);
// one sent yesterday stays.
void TestFirstRun::sentFolderIsTrimmedAtStart()
{
    QSettings().setValue(QStringLiteral("outbox/keepSentDays"), 30);
    const QString sent = Outbox().sentDir();
    QVERIFY(QDir().mkpath(sent));
    auto put = [&sent](const QString& name, int daysAgo) {
        QFile eml(sent + QLatin1Char('/') + name + QStringLiteral(".eml"));
        QVERIFY(eml.open(QIODevice::WriteOnly));
        eml.write("Subject: " + name.toUtf8() + "\r\n\r\nbody\r\n");
        QFile side(sent + QLatin1Char('/') + name + QStringLiteral(".json"));
        QVERIFY(side.open(QIODevice::WriteOnly));
        const QString when = QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODateWithMs);
        side.write(QJsonDocument(QJsonObject{{QStringLiteral("sent"), when}}).toJson());
    };
    put(QStringLiteral("old"), 40);
    put(QStringLiteral("recent"), 1);
    startGui();
    QVERIFY(!QFile::exists(sent + QStringLiteral("/old.eml")));
    QVERIFY(!QFile::exists(sent + QStringLiteral("/old.json")));
    QVERIFY(QFile::exists(sent + QStringLiteral("/recent.eml")));
    QVERIFY(QFile::exists(sent + QStringLiteral("/recent.json")));
    QFile::remove(sent + QStringLiteral("/recent.eml"));
    QFile::remove(sent + QStringLiteral("/recent.json"));
    QSettings().remove(QStringLiteral("outbox/keepSentDays"));
}

void TestFirstRun::savedAccountAsksWithoutKeychain()
{
    AiosmtpdServer server;
    QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    args << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password")
         << QStringLiteral("asked pw");
    QVERIFY2(server.start(args), qPrintable(server.errorString()));

    m_accounts = std::make_unique<AccountStore>(m_files.filePath(QStringLiteral("accounts-nokeychain.ini")));
    m_credentials = std::make_unique<MemoryCredentialStore>();
    AccountStore& accounts = *m_accounts;
    MemoryCredentialStore& credentials = *m_credentials;
    const Account account = saveAccount(&accounts, server.port());
    credentials.unavailable = true;
    startGui(&accounts, &credentials);
    QCOMPARE(m_gui->composer()->selectedAccountId(), account.id);
    QVERIFY(!m_gui->sandbox()->isRunning());

    // No keychain: the password is asked once and kept for this session only.
    m_asker.textAnswers = {{true, QStringLiteral("asked pw")}};
    typeMessage(QStringLiteral("bob@example.org"), QString(), QStringLiteral("Asked"), QStringLiteral("Hello"));
    SendController::Result result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString() + QString::fromUtf8(server.standardError())));
    QCOMPARE(m_asker.textRequests.size(), 1);
    QVERIFY(m_asker.textRequests.first().label.contains(QStringLiteral("alice")));
    QVERIFY(m_asker.textRequests.first().secret);
    QCOMPARE(credentials.calls, QStringList{QStringLiteral("read:") + account.id});
    QVERIFY(credentials.secrets.isEmpty()); // never written anywhere

    typeMessage(QStringLiteral("bob@example.org"), QString(), QStringLiteral("Again"), QStringLiteral("Hello"));
    result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QCOMPARE(m_asker.textRequests.size(), 1);
    QCOMPARE(server.messages().size(), 2);
}

int main(int argc, char* argv[])
{
    // A fresh home before anything asks where things go.
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary directory");
    g_home = home.path();
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Qourier"));
    QCoreApplication::setOrganizationName(QStringLiteral("Qourier"));
    TestFirstRun test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firstrun.moc"
