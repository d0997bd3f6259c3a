// File ▸ Accounts on the real composer: the default account first (in the list and in From),
// Set as Default, Edit and Add open the connection wizard, and Remove deletes the account and its
// secret from a real Secret Service (run inside dbus-run-session with an unlocked gnome-keyring,
// as .ci/bootstrap test does). Screenshot in /tmp/shots-accounts.
#include "ComposerFixture.h"
#include "ConnectionWizard.h"
#include "ConnectionWizardController.h"
#include "CredentialStore.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

class TestAccountsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void defaultAccountComesFirst();
    void setAsDefaultKeepsTheChosenSender();
    void removeDeletesTheKeychainSecret();
    void removeCanBeRefused();
    void editAndAddOpenTheWizard();
    void keyboardAndNames();
    void screenshot();

private:
    Account makeAccount(const QString& name, const QString& address, const QString& host);
    void writeSecret(const QString& id, const QString& password);
    CredentialStore::Result readSecret(const QString& id);
    AccountsDialog* openDialog();

    std::unique_ptr<ComposerFixture> f;
    std::unique_ptr<CredentialStore> m_keychain;
    QString m_work;
    QString m_home;
};

void TestAccountsDialog::init()
{
    m_keychain = std::make_unique<CredentialStore>();
    // Its own service name: a developer's own Qourier entries are never touched.
    m_keychain->setService(QStringLiteral("QourierTest-accounts-%1").arg(QCoreApplication::applicationPid()));
    f = std::make_unique<ComposerFixture>();
    f->credentials = m_keychain.get();
    f->accounts = std::make_unique<AccountStore>(f->dir.filePath(QStringLiteral("accounts.ini")));
    m_work = makeAccount(QStringLiteral("Work"), QStringLiteral("alice@work.example"), QStringLiteral("smtp.work.example")).id;
    m_home = makeAccount(QStringLiteral("Home"), QStringLiteral("alice@home.example"), QStringLiteral("smtp.home.example")).id;
    writeSecret(m_work, QStringLiteral("work-Pa55"));
    writeSecret(m_home, QStringLiteral("home-Pa55"));
}

void TestAccountsDialog::cleanup()
{
    QCOMPARE(f->asker.unexpected, 0);
    if (f->controller && f->controller->window())
        f->controller->window()->setModified(false);
    f.reset();
    for (const QString& id : {m_work, m_home}) {
        bool done = false;
        m_keychain->remove(id, [&done](const CredentialStore::Result&) { done = true; });
        QTRY_VERIFY(done);
    }
    m_keychain.reset();
}

Account TestAccountsDialog::makeAccount(const QString& name, const QString& address, const QString& host)
{
    Account a;
    a.name = name;
    a.displayName = QStringLiteral("Alice Example");
    a.address = address;
    a.host = host;
    a.port = 465;
    a.security = SmtpSecurity::ImplicitTls;
    a.userName = address;
    QString error;
    if (!f->accounts->save(&a, &error))
        qFatal("cannot save the account: %s", qPrintable(error));
    return a;
}

void TestAccountsDialog::writeSecret(const QString& id, const QString& password)
{
    bool done = false;
    CredentialStore::Result result;
    m_keychain->write(id, CredentialStore::Secret{password, QString(), QString()}, [&](const CredentialStore::Result& r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15'000);
    QVERIFY2(result.ok(), qPrintable(result.detail));
}

CredentialStore::Result TestAccountsDialog::readSecret(const QString& id)
{
    bool done = false;
    CredentialStore::Result result;
    m_keychain->read(id, [&](const CredentialStore::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15'000))
        result.detail = QStringLiteral("the keychain did not answer"); // status stays Unavailable
    return result;
}

AccountsDialog* TestAccountsDialog::openDialog()
{
    f->find<QAction>("accountsAction")->trigger();
    AccountsDialog* dialog = f->controller->accountsDialog();
    if (dialog && !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

static QTreeWidget* listOf(AccountsDialog* dialog)
{
    return dialog->findChild<QTreeWidget*>(QStringLiteral("accountsTreeWidget"));
}

void TestAccountsDialog::defaultAccountComesFirst()
{
    f->accounts->setDefaultAccountId(m_home);
    f->create();
    f->window()->show();
    // From: the default first, and chosen for the new message.
    auto* from = f->find<QComboBox>("fromComboBox");
    QVERIFY(from->itemText(0).contains(QStringLiteral("alice@home.example")));
    QCOMPARE(from->currentIndex(), 0);
    QVERIFY(from->itemText(1).contains(QStringLiteral("alice@work.example")));

    AccountsDialog* dialog = openDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTreeWidget* list = listOf(dialog);
    QCOMPARE(dialog->count(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Home (default)"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Alice Example <alice@home.example>"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("smtp.home.example:465, TLS"));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Password (alice@home.example)"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Work"));
    // The default cannot be made the default again.
    QCOMPARE(dialog->currentId(), m_home);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("defaultAccountButton"))->isEnabled());
}

void TestAccountsDialog::setAsDefaultKeepsTheChosenSender()
{
    f->create();
    f->window()->show();
    auto* from = f->find<QComboBox>("fromComboBox");
    // No default chosen: the first account added is it. The person picks Home for this message.
    QVERIFY(from->itemText(0).contains(QStringLiteral("alice@work.example")));
    from->setCurrentIndex(1);
    QVERIFY(from->currentText().contains(QStringLiteral("alice@home.example")));

    AccountsDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setCurrentId(m_home);
    auto* makeDefault = dialog->findChild<QPushButton*>(QStringLiteral("defaultAccountButton"));
    QVERIFY(makeDefault->isEnabled());
    QTest::mouseClick(makeDefault, Qt::LeftButton);
    QCOMPARE(f->accounts->defaultAccountId(), m_home);
    // Saved in the settings file, for the next start and for other windows.
    QCOMPARE(AccountStore(f->accounts->filePath()).defaultAccountId(), m_home);
    QTRY_COMPARE(listOf(dialog)->topLevelItem(0)->text(0), QStringLiteral("Home (default)"));
    QCOMPARE(listOf(dialog)->topLevelItem(1)->text(0), QStringLiteral("Work"));
    // From follows the new order and still says Home: the list changed, not the person's choice.
    QVERIFY(from->itemText(0).contains(QStringLiteral("alice@home.example")));
    QVERIFY2(from->currentText().contains(QStringLiteral("alice@home.example")), qPrintable(from->currentText()));
    QCOMPARE(dialog->currentId(), m_home);
    QVERIFY(!makeDefault->isEnabled());
}

void TestAccountsDialog::removeDeletesTheKeychainSecret()
{
    QCOMPARE(readSecret(m_work).secret.password, QStringLiteral("work-Pa55"));
    f->create();
    f->window()->show();
    AccountsDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setCurrentId(m_work);
    f->asker.answers = {true};
    QTest::keyClick(listOf(dialog), Qt::Key_Delete);
    QTRY_COMPARE(dialog->count(), 1);
    QCOMPARE(f->asker.questions.size(), 1);
    QVERIFY(f->asker.questions.last().text.contains(QStringLiteral("Work")));
    QVERIFY(f->asker.questions.last().informativeText.contains(QStringLiteral("keychain")));
    // Gone from the settings file and from the keychain; the other account keeps its secret.
    QVERIFY(!f->accounts->contains(m_work));
    QFile ini(f->accounts->filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_work.toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(m_work).status, CredentialStore::Result::Status::NotFound, 15'000);
    QCOMPARE(readSecret(m_home).secret.password, QStringLiteral("home-Pa55"));
    // From offers only what is left (and the sandbox).
    auto* from = f->find<QComboBox>("fromComboBox");
    for (int i = 0; i < from->count(); ++i)
        QVERIFY(!from->itemText(i).contains(QStringLiteral("alice@work.example")));
    QVERIFY(from->currentText().contains(QStringLiteral("alice@home.example")));
    QCOMPARE(listOf(dialog)->topLevelItem(0)->text(0), QStringLiteral("Home (default)"));
}

void TestAccountsDialog::removeCanBeRefused()
{
    f->create();
    f->window()->show();
    AccountsDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setCurrentId(m_home);
    f->asker.answers = {false};
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removeAccountButton")), Qt::LeftButton);
    QTRY_COMPARE(f->asker.questions.size(), 1);
    QTest::qWait(50); // the refused answer arrives from the event loop, like a dialog's
    QCOMPARE(dialog->count(), 2);
    QVERIFY(f->accounts->contains(m_home));
    QCOMPARE(readSecret(m_home).secret.password, QStringLiteral("home-Pa55"));
}

void TestAccountsDialog::editAndAddOpenTheWizard()
{
    f->create();
    f->window()->show();
    AccountsDialog* dialog = openDialog();
    QVERIFY(dialog);
    // Return on a row: the wizard, filled in with that account.
    dialog->setCurrentId(m_home);
    QTest::keyClick(listOf(dialog), Qt::Key_Return);
    QTRY_VERIFY(f->controller->accountWizard());
    ConnectionWizard* wizard = f->controller->accountWizard()->wizard();
    QTRY_VERIFY(wizard->isVisible());
    auto* address = wizard->findChild<QLineEdit*>(QStringLiteral("addressLineEdit"));
    QVERIFY(address);
    QCOMPARE(address->text(), QStringLiteral("alice@home.example"));
    wizard->reject();
    QTRY_VERIFY(!f->controller->accountWizard());

    // Add: an empty wizard.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addAccountButton")), Qt::LeftButton);
    QTRY_VERIFY(f->controller->accountWizard());
    wizard = f->controller->accountWizard()->wizard();
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(wizard->findChild<QLineEdit*>(QStringLiteral("addressLineEdit"))->text().isEmpty());
    wizard->reject();
    QTRY_VERIFY(!f->controller->accountWizard());
}

void TestAccountsDialog::keyboardAndNames()
{
    f->create();
    f->window()->show();
    // The toolbar button and the menu item are one action.
    QVERIFY(f->window()->findChild<QWidget*>(QStringLiteral("accountsButton")));
    AccountsDialog* dialog = openDialog();
    QVERIFY(dialog);
    QTreeWidget* list = listOf(dialog);
    QVERIFY(!list->accessibleName().isEmpty());
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("accountsLabel"));
    QCOMPARE(label->buddy(), list);
    // Every button has words and a mnemonic (Alt+letter) or is the dialog's Close.
    for (const char* name : {"addAccountButton", "editAccountButton", "removeAccountButton", "defaultAccountButton"}) {
        auto* button = dialog->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(button->text().contains(QLatin1Char('&')), name);
        QVERIFY2(!button->toolTip().isEmpty(), name);
        QVERIFY2(button->focusPolicy() & Qt::TabFocus, name);
    }
    // Escape closes it.
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!f->controller->accountsDialog());
}

void TestAccountsDialog::screenshot()
{
    f->accounts->setDefaultAccountId(m_home);
    f->create();
    f->window()->show();
    AccountsDialog* dialog = openDialog();
    QVERIFY(dialog);
    const QString dir = QStringLiteral("/tmp/shots-accounts");
    QDir().mkpath(dir);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/accounts-dialog.png")));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
