// ComposerController's decisions around a send: the checks before sending (recipients, subject,
// attachment reminder, SIZE), the password question, the settings dialog, start-up options, and
// the small helpers behind them (AttachmentReminder, AddressBook, MessageBuilder).

#include "AddressBook.h"
#include "AttachmentListWidget.h"
#include "AttachmentReminder.h"
#include "BodyTextEdit.h"
#include "ComposerFixture.h"
#include "MessageBuilder.h"
#include "NoticePanel.h"
#include "RecipientLineEdit.h"
#include "ServerSettingsDialog.h"
#include "StartupRequest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

class TestComposerController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noRecipientsIsSaidWithoutAsking();
    void invalidAddressBlocksSending();
    void emptySubjectIsAsked();
    void attachmentReminder_data();
    void attachmentReminder();
    void sizeOverRememberedLimitIsAsked();
    void sizeLimitIsRememberedAfterASession();
    void incompleteSettingsOpenTheDialogThenSend();
    void clearTextNeedsTheRiskAcknowledged();
    void startupOptionsAndMailtoFillTheComposer();
    void startupRejectsBadArguments();

    void keywordFinder_data();
    void keywordFinder();
    void addressBookRemembersAndOrders();
    void messageBuilderRewritesInlineImages();

private:
    // Complete settings for a server that is never reached (the checks stop before connecting).
    void createOffline();
    void press();

    std::unique_ptr<ComposerFixture> f;
};

void TestComposerController::init()
{
    f = std::make_unique<ComposerFixture>();
}

void TestComposerController::cleanup()
{
    if (f && f->asker.unexpected != 0)
        qWarning() << "unexpected questions:" << f->asker.questionTexts();
    QVERIFY(!f || f->asker.unexpected == 0);
    f.reset();
}

void TestComposerController::createOffline()
{
    f->create();
    ServerSettings s = f->serverSettings();
    s.port = 9; // discard: nothing listens, and the tests never get that far
    f->controller->setServerSettings(s);
    f->window()->show();
}

void TestComposerController::press()
{
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
}

void TestComposerController::noRecipientsIsSaidWithoutAsking()
{
    createOffline();
    QTest::keyClicks(f->find<QLineEdit>("subjectLineEdit"), QStringLiteral("Hello"));
    press();
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->title(), QStringLiteral("No recipients"));
    QVERIFY(f->asker.questions.isEmpty());
    QVERIFY(!f->controller->isBusy());
    QVERIFY(!f->controller->sendController()->isBusy());
}

void TestComposerController::invalidAddressBlocksSending()
{
    createOffline();
    QTest::keyClicks(f->find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org, bob@"));
    QTest::keyClicks(f->find<QLineEdit>("subjectLineEdit"), QStringLiteral("Hello"));
    press();
    QVERIFY(f->find<RecipientLineEdit>("toLineEdit")->isMarkedInvalid());
    QCOMPARE(f->find<NoticePanel>("noticePanel")->title(), QStringLiteral("Some addresses are not valid"));
    QVERIFY(f->asker.questions.isEmpty());
    QVERIFY(!f->controller->isBusy());
}

void TestComposerController::emptySubjectIsAsked()
{
    createOffline();
    QTest::keyClicks(f->find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org"));
    f->asker.answers = {false};
    press();
    QTRY_VERIFY(!f->controller->isBusy());
    QCOMPARE(f->asker.questions.size(), 1);
    QCOMPARE(f->asker.questions.first().text, QStringLiteral("Send this message without a subject?"));
    QVERIFY(f->asker.textRequests.isEmpty()); // stopped before the password

    // "Send without subject", then no password: nothing is sent, the status bar says why.
    f->asker.answers = {true};
    f->asker.textAnswers = {{false, QString()}};
    press();
    QTRY_VERIFY(!f->controller->isBusy());
    QCOMPARE(f->asker.questions.size(), 2);
    QCOMPARE(f->asker.textRequests.size(), 1);
    QVERIFY(f->asker.textRequests.first().label.contains(QStringLiteral("alice")));
    QCOMPARE(f->window()->statusBar()->currentMessage(), QStringLiteral("Not sent: no password was given."));
    QCOMPARE(f->find<QLineEdit>("toLineEdit")->text(), QStringLiteral("bob@example.org"));
}

void TestComposerController::attachmentReminder_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("attach");
    QTest::addColumn<bool>("reminded");
    QTest::addRow("mentions attached") << QStringLiteral("Please see the attached report.") << false << true;
    QTest::addRow("enclosed") << QStringLiteral("Enclosed you find the slides.") << false << true;
    QTest::addRow("Chinese 附件") << QStringLiteral("请查收附件") << false << true;
    QTest::addRow("Chinese 附檔") << QStringLiteral("請見附檔") << false << true;
    QTest::addRow("with an attachment") << QStringLiteral("Please see the attached report.") << true << false;
    QTest::addRow("quoted only") << QStringLiteral("Thanks!\n> I attached the file") << false << false;
    QTest::addRow("no mention") << QStringLiteral("Lunch at noon?") << false << false;
    QTest::addRow("reattach is not attach") << QStringLiteral("Can you reattach the cable?") << false << false;
}

void TestComposerController::attachmentReminder()
{
    QFETCH(QString, body);
    QFETCH(bool, attach);
    QFETCH(bool, reminded);
    createOffline();
    f->window()->setRecipients(QStringLiteral("bob@example.org"), QString(), QString());
    f->window()->setSubject(QStringLiteral("Report"));
    f->window()->setBodyText(body);
    if (attach)
        f->window()->addAttachments({f->writeFile(QStringLiteral("report.pdf"), "%PDF-1.4")});
    if (reminded)
        f->asker.answers = {false}; // "Attach Files…"
    else
        f->asker.textAnswers = {{false, QString()}}; // got as far as the password
    press();
    QTRY_VERIFY(!f->controller->isBusy());
    QCOMPARE(f->asker.questions.size(), reminded ? 1 : 0);
    if (reminded) {
        QVERIFY(f->asker.questions.first().text.contains(QStringLiteral("nothing is attached")));
        // Going back opens the file dialog, non-modal.
        auto* dialog = f->window()->findChild<QFileDialog*>(QStringLiteral("attachFileDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QVERIFY(f->asker.textRequests.isEmpty());
    } else {
        QCOMPARE(f->asker.textRequests.size(), 1);
    }
}

void TestComposerController::sizeOverRememberedLimitIsAsked()
{
    createOffline();
    ServerSettings s = f->controller->serverSettings();
    s.sizeLimit = 4096;
    f->controller->setServerSettings(s);
    f->window()->setRecipients(QStringLiteral("bob@example.org"), QString(), QString());
    f->window()->setSubject(QStringLiteral("Big"));
    f->window()->addAttachments({f->writeFile(QStringLiteral("big.bin"), QByteArray(10'000, 'x'))});
    f->asker.answers = {false};
    press();
    QTRY_VERIFY(!f->controller->isBusy());
    QCOMPARE(f->asker.questions.size(), 1);
    QVERIFY2(f->asker.questions.first().text.contains(QStringLiteral("accepts at most 4.0 kB")),
             qPrintable(f->asker.questions.first().text));
    QVERIFY(f->asker.textRequests.isEmpty());
    QCOMPARE(f->window()->draft().attachments.size(), 1);
}

void TestComposerController::sizeLimitIsRememberedAfterASession()
{
    QVERIFY2(f->startServer({QStringLiteral("--size"), QStringLiteral("1000000")}), qPrintable(f->server.errorString()));
    f->create();
    f->window()->show();
    QCOMPARE(f->controller->serverSettings().sizeLimit, -1);
    f->window()->setRecipients(QStringLiteral("bob@example.org"), QString(), QString());
    f->window()->setSubject(QStringLiteral("Small"));
    f->asker.textAnswers = {{true, ComposerFixture::password()}};
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    press();
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().first().value<SendController::Result>().delivered);
    QCOMPARE(f->controller->serverSettings().sizeLimit, 1000000);
    QSettings reread(f->dir.filePath(QStringLiteral("qourier.ini")), QSettings::IniFormat);
    QCOMPARE(ServerSettings::load(reread).sizeLimit, 1000000);
}

void TestComposerController::incompleteSettingsOpenTheDialogThenSend()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    // Without settings, the window says so and Send opens the dialog.
    f->controller->setServerSettings(ServerSettings());
    f->window()->show();
    f->window()->setRecipients(QStringLiteral("bob@example.org"), QString(), QString());
    f->window()->setSubject(QStringLiteral("First message"));
    press();
    ServerSettingsDialog* dialog = f->controller->settingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("settingsOkButton"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("senderNameLineEdit")), QStringLiteral("Alice"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("senderAddressLineEdit")),
                     QStringLiteral("alice@example.org"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("hostLineEdit")), QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(f->server.port());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userLineEdit")), ComposerFixture::user());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("caFileLineEdit")),
                     testDataPath(QStringLiteral("test-ca.pem")));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("securityComboBox"))->currentData().toInt(),
             int(SmtpSecurity::StartTls));
    QVERIFY(ok->isEnabled());
    f->asker.textAnswers = {{true, ComposerFixture::password()}};
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    const auto result = finished.first().first().value<SendController::Result>();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QCOMPARE(f->server.messages().size(), 1);

    f->settings->sync();
    QSettings reread(f->dir.filePath(QStringLiteral("qourier.ini")), QSettings::IniFormat);
    const ServerSettings saved = ServerSettings::load(reread);
    QCOMPARE(saved.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(saved.user, ComposerFixture::user());
    QCOMPARE(saved.senderAddress, QStringLiteral("alice@example.org"));
    QFile ini(f->dir.filePath(QStringLiteral("qourier.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(ComposerFixture::password().toUtf8()));
}

void TestComposerController::clearTextNeedsTheRiskAcknowledged()
{
    ServerSettingsDialog dialog;
    ServerSettingsDialog::Values v;
    v.host = QStringLiteral("mail.example.org");
    v.senderAddress = QStringLiteral("alice@example.org");
    dialog.setValues(v);
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("settingsOkButton"));
    QVERIFY(ok->isEnabled());
    auto* security = dialog.findChild<QComboBox*>(QStringLiteral("securityComboBox"));
    security->setCurrentIndex(security->findData(int(SmtpSecurity::ImplicitTls)));
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->value(), 465);
    security->setCurrentIndex(security->findData(int(SmtpSecurity::None)));
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("insecureCheckBox"))->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.values().allowInsecure);
    ServerSettings s = ServerSettings().withDialogValues(dialog.values());
    SmtpSettings smtp;
    QVERIFY(s.toSmtpSettings(&smtp, nullptr));
    QVERIFY(smtp.allowInsecure);
    QVERIFY(smtp.allowAuthWithoutTls);
    // An invalid sender address is named.
    dialog.findChild<QLineEdit*>(QStringLiteral("senderAddressLineEdit"))->setText(QStringLiteral("alice@"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("alice@")));
}

void TestComposerController::startupOptionsAndMailtoFillTheComposer()
{
    const QString file = f->writeFile(QStringLiteral("agenda.txt"), "1. Coffee\n");
    StartupRequest request;
    QString error;
    QVERIFY2(StartupRequest::parse({QStringLiteral("qourier"),
                                    QStringLiteral("mailto:bob@example.org?subject=Meeting%20today&cc=carol@example.org"
                                                   "&body=Line%201%0D%0ALine%202&x-evil=1"),
                                    QStringLiteral("--to"), QStringLiteral("dave@example.org"), QStringLiteral("--attach"),
                                    file, QStringLiteral("--attach"), f->dir.filePath(QStringLiteral("missing.pdf"))},
                                   &request, &error),
             qPrintable(error));
    QCOMPARE(request.to, (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("dave@example.org")}));
    QCOMPARE(request.cc, QStringList{QStringLiteral("carol@example.org")});
    QCOMPARE(request.subject, QStringLiteral("Meeting today"));
    QCOMPARE(request.attachments, QStringList{QFileInfo(file).absoluteFilePath()});
    QCOMPARE(request.problems.size(), 2); // x-evil ignored, missing.pdf not attached

    createOffline();
    f->controller->applyStartup(request);
    const ComposerDraft d = f->window()->draft();
    QCOMPARE(d.to, QStringLiteral("bob@example.org, dave@example.org"));
    QCOMPARE(d.cc, QStringLiteral("carol@example.org"));
    QCOMPARE(d.subject, QStringLiteral("Meeting today"));
    QVERIFY2(d.plainText.startsWith(QStringLiteral("Line 1\nLine 2")), qPrintable(d.plainText));
    QCOMPARE(d.attachments, request.attachments);
    QVERIFY(f->find<QLineEdit>("ccLineEdit")->isVisible());
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QCOMPARE(notice->kind(), NoticePanel::Kind::Warning);
    QVERIFY(notice->text().contains(QStringLiteral("missing.pdf")));
}

void TestComposerController::startupRejectsBadArguments()
{
    StartupRequest request;
    QString error;
    QVERIFY(!StartupRequest::parse({QStringLiteral("qourier"), QStringLiteral("--frobnicate")}, &request, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!StartupRequest::parse({QStringLiteral("qourier"), QStringLiteral("http://example.org")}, &request, &error));
    QVERIFY(error.contains(QStringLiteral("mailto")));
    QVERIFY(!StartupRequest::parse({QStringLiteral("qourier"), QStringLiteral("mailto:a@b%0D%0ABcc:c@d")}, &request,
                                   &error));
    QVERIFY(StartupRequest::parse({QStringLiteral("qourier")}, &request, &error));
    QVERIFY(request.isEmpty());
}

void TestComposerController::keywordFinder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addRow("attached") << QStringLiteral("I have attached it") << QStringLiteral("attached");
    QTest::addRow("Attachment capitalised") << QStringLiteral("Attachment: none") << QStringLiteral("Attachment");
    QTest::addRow("enclosed") << QStringLiteral("enclosed is") << QStringLiteral("enclosed");
    QTest::addRow("附件 inside CJK text") << QStringLiteral("请看附件内容") << QStringLiteral("附件");
    QTest::addRow("reattach") << QStringLiteral("reattach") << QString();
    QTest::addRow("nothing") << QStringLiteral("see you") << QString();
}

void TestComposerController::keywordFinder()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QCOMPARE(AttachmentReminder::findKeyword(text), found);
}

void TestComposerController::addressBookRemembersAndOrders()
{
    const QString path = f->dir.filePath(QStringLiteral("book/addresses.json"));
    {
        AddressBook book(path);
        book.load();
        QCOMPARE(book.size(), 0);
        book.recordUsed({MailAddress{QString(), QStringLiteral("carol@example.org")}});
        book.recordUsed({MailAddress{QStringLiteral("Bob"), QStringLiteral("bob@example.org")},
                         MailAddress{QString(), QStringLiteral("carol@example.org")}});
        book.recordUsed({MailAddress{QString(), QStringLiteral("bob@example.org")}});
        book.recordUsed({MailAddress{QStringLiteral("Bob Builder"), QStringLiteral("BOB@example.org")}});
        // Most used first: Bob three times, Carol twice; the newest name wins (an empty one
        // never replaces a name), case is ignored.
        QVERIFY(book.save());
    }
    AddressBook again(path);
    again.load();
    QCOMPARE(again.completions(),
             (QStringList{QStringLiteral("Bob Builder <bob@example.org>"), QStringLiteral("carol@example.org")}));
    QFile corrupt(path);
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{not json");
    corrupt.close();
    again.load();
    QCOMPARE(again.size(), 0);
}

void TestComposerController::messageBuilderRewritesInlineImages()
{
    ComposerDraft draft;
    draft.to = QStringLiteral("bob@example.org");
    draft.bcc = QStringLiteral("eve@example.org");
    draft.subject = QStringLiteral("Pic");
    draft.richText = true;
    ComposerDraft::InlineImage image;
    image.name = QStringLiteral("qourier-inline:1234");
    image.image = QImage(8, 8, QImage::Format_RGB32);
    image.image.fill(Qt::green);
    image.mimeType = QStringLiteral("image/png");
    draft.inlineImages = {image};
    draft.html = QStringLiteral("<div><img src=\"qourier-inline:1234\" alt=\"\"></div>");
    draft.plainText = QStringLiteral("x");
    const QString cache = f->dir.filePath(QStringLiteral("cache"));
    MessageBuilder::Result built;
    QString error;
    QVERIFY2(MessageBuilder::build(draft, MailAddress{QString(), QStringLiteral("alice@example.org")}, cache, &built,
                                   &error),
             qPrintable(error));
    QCOMPARE(built.message.bcc.size(), 1);
    QCOMPARE(built.message.inlineImages.size(), 1);
    const MailAttachment& part = built.message.inlineImages.first();
    QVERIFY(part.contentId.endsWith(QStringLiteral("@example.org")));
    QCOMPARE(built.message.htmlBody,
             QStringLiteral("<div><img src=\"cid:") + part.contentId + QStringLiteral("\" alt=\"\"></div>"));
    QCOMPARE(built.temporaryFiles, QStringList{part.filePath});
    QVERIFY(QImage(part.filePath).size() == QSize(8, 8));
    MessageBuilder::removeTemporaryFiles(built.temporaryFiles);
    QVERIFY(!QFile::exists(part.filePath));

    draft.cc = QStringLiteral("carol@");
    QVERIFY(!MessageBuilder::build(draft, MailAddress{QString(), QStringLiteral("alice@example.org")}, cache, &built,
                                   &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cc: ")), qPrintable(error));
}

QTEST_MAIN(TestComposerController)
#include "tst_composercontroller.moc"
