// Saves PNGs of the composer for people to look at (and for the docs): the composer with a
// message, the progress panel during a real upload, an error, the connection log and the server
// settings. Written to QOURIER_SCREENSHOT_DIR (the build tree's screenshots/) with QWidget::grab().
// English, offscreen. Each one is also checked to be a real, non-blank picture.

#include "AttachmentListWidget.h"
#include "BodyTextEdit.h"
#include "ComposerFixture.h"
#include "ConnectionLogDock.h"
#include "NoticePanel.h"
#include "SendProgressPanel.h"
#include "ServerSettingsDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
