// Saves PNGs of the composer for people to look at (and for the docs): the composer with a
// message, the progress panel during a real upload, an error, the connection log and the server
// settings; and the first run with no account, on the built-in sandbox (the composer as it opens,
// after a send, and the captured-mail window on that message) in English and Simplified Chinese.
// Written to QOURIER_SCREENSHOT_DIR (the build tree's screenshots/) with QWidget::grab(),
// offscreen. Each one is also checked to be a real, non-blank picture.

#include "AccountsDialog.h"
#include "AttachmentListWidget.h"
#include "BodyTextEdit.h"
#include "ComposerFixture.h"
#include "ConnectionLogDock.h"
#include "GuiApplication.h"
#include "MessageView.h"
#include "NoticePanel.h"
#include "SandboxWindow.h"
#include "SendProgressPanel.h"
#include "ServerSettingsDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void composer();
    void progress();
    void error();
    void connectionLog();
    void serverSettings();
    void firstRun_data();
    void firstRun();
    void accounts_data();
    void accounts();

private:
    void fillMessage();
    void save(QWidget* widget, const QString& name);

    std::unique_ptr<ComposerFixture> f;
    QString m_dir;
};

void TestScreenshots::initTestCase()
{
    Translations::install(qApp, QStringLiteral("en"));
    m_dir = QStringLiteral(QOURIER_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_dir));
}

void TestScreenshots::init()
{
    f = std::make_unique<ComposerFixture>();
}

void TestScreenshots::cleanup()
{
    f.reset();
}

void TestScreenshots::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents(); // tests only: let layouts settle before grabbing
    const QPixmap pixmap = widget->grab();
    const QString path = m_dir + QLatin1Char('/') + name;
    QVERIFY2(pixmap.save(path, "PNG"), qPrintable(path));
    const QImage image(path);
    QVERIFY(image.width() >= 300 && image.height() >= 150);
    // Not one flat colour: something was drawn.
    QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != image.pixel(2, 2)
            || image.pixel(image.width() / 3, image.height() / 3) != image.pixel(2, 2));
    qInfo("saved %s (%dx%d)", qPrintable(path), image.width(), image.height());
}

void TestScreenshots::fillMessage()
{
    ComposerWindow* w = f->window();
    w->resize(900, 680);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->setRecipients(QStringLiteral("Bob Builder <bob@example.org>, carol@example.org"),
                     QStringLiteral("dave@example.org"), QString());
    w->setSubject(QStringLiteral("Plans for the spring release"));
    auto* body = f->find<BodyTextEdit>("bodyTextEdit");
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Hi Bob,"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Here is the plan we agreed on, "));
    body->toggleBold();
    QTest::keyClicks(body, QStringLiteral("with the dates fixed"));
    body->toggleBold();
    QTest::keyClicks(body, QStringLiteral(":"));
    QTest::keyClick(body, Qt::Key_Return);
    body->toggleList(false);
    QTest::keyClicks(body, QStringLiteral("Feature freeze on March 3"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Release candidate on March 17"));
    QTest::keyClick(body, Qt::Key_Return);
    body->toggleList(false);
    body->toggleBlockQuote();
    QTest::keyClicks(body, QStringLiteral("Can we keep the old importer for one more release?"));
    QTest::keyClick(body, Qt::Key_Return);
    body->toggleBlockQuote();
    QTest::keyClicks(body, QStringLiteral("Yes. The details are in the attached spreadsheet; see also "));
    body->setLink(QStringLiteral("https://example.org/roadmap"));
    QTest::keyClicks(body, QStringLiteral("."));
    w->addAttachments({f->writeFile(QStringLiteral("release-plan.ods"), QByteArray(48'000, 'x')),
                       f->writeFile(QStringLiteral("notes.txt"), QByteArray(1'200, 'n'))});
}

void TestScreenshots::composer()
{
    f->create();
    ServerSettings s = f->serverSettings();
    s.host = QStringLiteral("smtp.example.org");
    f->controller->setServerSettings(s);
    fillMessage();
    save(f->window(), QStringLiteral("composer.png"));
}

void TestScreenshots::progress()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    fillMessage();
    f->window()->addAttachments({f->sparseFile(QStringLiteral("video.mp4"), 400LL * 1024 * 1024)});
    f->asker.textAnswers = {{true, ComposerFixture::password()}};
    bool grabbed = false;
    // Connected after the controller's own connection: the panel already shows this progress.
    QObject::connect(f->controller->sendController(), &SendController::progress,
                     [&](qint64 sent, qint64, double rate) {
                         if (grabbed || rate <= 0 || sent < 20 * 1024 * 1024)
                             return;
                         grabbed = true;
                         // From the event loop, not inside the engine's signal.
                         QTimer::singleShot(0, f->window(), [this]() {
                             save(f->window(), QStringLiteral("progress.png"));
                             f->controller->sendController()->cancel();
                         });
                     });
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120'000);
    QVERIFY(grabbed);
    // The cancellation notice, for completeness.
    save(f->window(), QStringLiteral("cancelled.png"));
}

void TestScreenshots::error()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    fillMessage();
    f->asker.textAnswers = {{true, QStringLiteral("not-the-password")}};
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QVERIFY(f->find<NoticePanel>("noticePanel")->isVisible());
    save(f->window(), QStringLiteral("error.png"));
}

void TestScreenshots::connectionLog()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    fillMessage();
    f->window()->resize(1100, 900);
    f->window()->showConnectionLog();
    f->asker.textAnswers = {{true, ComposerFixture::password()}};
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QVERIFY(f->window()->connectionLog()->lineCount() > 10);
    save(f->window(), QStringLiteral("connection-log-window.png"));
    ConnectionLogDock* dock = f->window()->connectionLog();
    dock->setFloating(true);
    dock->resize(1000, 560);
    save(dock, QStringLiteral("connection-log.png"));
}

void TestScreenshots::serverSettings()
{
    f->create();
    ServerSettings s = f->serverSettings();
    s.host = QStringLiteral("smtp.example.org");
    s.port = 587;
    s.caCertificateFile.clear();
    f->controller->setServerSettings(s);
    f->controller->openServerSettings();
    ServerSettingsDialog* dialog = f->controller->settingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    save(dialog, QStringLiteral("server-settings.png"));
    dialog->reject();
}

void TestScreenshots::accounts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Simplified Chinese") << QStringLiteral("zh_CN");
    QTest::addRow("Traditional Chinese") << QStringLiteral("zh_TW");
}

// File ▸ Accounts with three accounts: a password, Google sign-in, and the default.
void TestScreenshots::accounts()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(qApp, language), language);
    auto restore = qScopeGuard([] { Translations::install(qApp, QStringLiteral("en")); });
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    f->accounts = std::make_unique<AccountStore>(f->dir.filePath(QStringLiteral("accounts.ini")));
    auto add = [this](const QString& name, const QString& address, const QString& host, quint16 port, SmtpSecurity security,
                      Account::AuthMethod method) {
        Account a;
        a.name = name;
        a.displayName = QStringLiteral("Alice Example");
        a.address = address;
        a.host = host;
        a.port = port;
        a.security = security;
        a.authMethod = method;
        a.userName = address;
        if (method == Account::AuthMethod::XOAuth2)
            a.oauthProvider = QStringLiteral("google");
        f->accounts->save(&a);
        return a.id;
    };
    add(QStringLiteral("Work"), QStringLiteral("alice@work.example"), QStringLiteral("smtp.work.example"), 587,
        SmtpSecurity::StartTls, Account::AuthMethod::Auto);
    add(QStringLiteral("Gmail"), QStringLiteral("alice.example@gmail.com"), QStringLiteral("smtp.gmail.com"), 465,
        SmtpSecurity::ImplicitTls, Account::AuthMethod::XOAuth2);
    const QString qq = add(QStringLiteral("QQ"), QStringLiteral("12345678@qq.com"), QStringLiteral("smtp.qq.com"), 465,
                           SmtpSecurity::ImplicitTls, Account::AuthMethod::Auto);
    f->accounts->setDefaultAccountId(qq);
    f->create();
    f->window()->show();
    f->window()->findChild<QAction*>(QStringLiteral("accountsAction"))->trigger();
    AccountsDialog* dialog = f->controller->accountsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    save(dialog, QStringLiteral("accounts%1.png").arg(suffix));
    dialog->reject();
}

void TestScreenshots::firstRun_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Simplified Chinese") << QStringLiteral("zh_CN");
}

void TestScreenshots::firstRun()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(qApp, language), language);
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    const bool chinese = language.startsWith(QLatin1String("zh"));
    // Dates and sizes as a desktop in that language shows them, not the test's C locale.
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(language));

    // The application as main() builds it, with nothing configured, in a temporary place.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("qourier.ini")), QSettings::IniFormat);
    GuiApplication::Environment env;
    env.settings = &settings;
    env.sandboxDirectory = dir.filePath(QStringLiteral("sandbox"));
    env.addressBookPath = dir.filePath(QStringLiteral("addresses.json"));
    env.cacheDir = dir.filePath(QStringLiteral("cache"));
    env.draftsDir = dir.filePath(QStringLiteral("drafts"));
    env.outboxRoot = dir.filePath(QStringLiteral("outbox-root"));
    env.asker = &f->asker;
    GuiApplication gui(env);
    gui.composer()->setTimeouts(SmtpTimeouts::uniform(20'000));
    gui.composer()->setUndoDelay(0); // the countdown has its own screenshot (tst_drafts)
    ComposerWindow* w = gui.composerWindow();
    w->resize(900, 640);
    gui.show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->isSandboxBannerVisible());
    save(w, QStringLiteral("firstrun-composer%1.png").arg(suffix));

    w->setRecipients(QStringLiteral("Bob Builder <bob@example.org>"), QString(), QStringLiteral("dave@example.com"));
    w->setSubject(chinese ? QStringLiteral("试用 Qourier：第一封邮件") : QStringLiteral("Trying Qourier: a first message"));
    w->setBodyText(chinese ? QStringLiteral("Bob，你好：\n\n这封邮件只发到了这台电脑上的沙盒。\n附件是计划。\n")
                           : QStringLiteral("Hi Bob,\n\nThis one only went to the sandbox on this computer.\n"
                                            "The plan is attached.\n"));
    w->addAttachments({f->writeFile(chinese ? QStringLiteral("计划.txt") : QStringLiteral("plan.txt"),
                                    QByteArray("step 1\nstep 2\n"))});
    save(w, QStringLiteral("firstrun-filled%1.png").arg(suffix));

    QSignalSpy finished(gui.composer(), &ComposerController::sendFinished);
    QTest::mouseClick(w->findChild<QToolButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.first().first().value<SendController::Result>().delivered,
             qPrintable(finished.first().first().value<SendController::Result>().error.toString()));
    QVERIFY(f->asker.textRequests.isEmpty());
    save(w, QStringLiteral("firstrun-sent%1.png").arg(suffix));

    auto* showIt = w->noticePanel()->findChild<QPushButton*>(QStringLiteral("noticeActionButton"));
    QVERIFY(showIt && showIt->isVisible());
    QTest::mouseClick(showIt, Qt::LeftButton);
    SandboxWindow* viewer = gui.sandboxWindow();
    QVERIFY(viewer);
    viewer->resize(1060, 780);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QTRY_VERIFY(viewer->messageView()->hasMessage());
    save(viewer, QStringLiteral("firstrun-viewer%1.png").arg(suffix));
    viewer->close();

    Translations::install(qApp, QStringLiteral("en"));
    QLocale::setDefault(previousLocale);
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
