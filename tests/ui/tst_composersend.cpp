// The whole GUI send path against a real server: type into the composer, press Send, and check
// what aiosmtpd received (STARTTLS + AUTH, the test CA as an extra trust anchor), what the window
// shows, and that nothing is lost when sending fails or is cancelled.

#include "AttachmentListWidget.h"
#include "BodyTextEdit.h"
#include "ComposerFixture.h"
#include "ConnectionLogDock.h"
#include "NoticePanel.h"
#include "RecipientLineEdit.h"
#include "SendProgressPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class TestComposerSend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsWhatWasTyped();
    void partialRejectionKeepsOnlyRefused();
    void allRecipientsRejectedKeepsMessage();
    void wrongPasswordKeepsMessageAndAsksAgain();
    void cancelDuringLargeUpload();
    void eventLoopTurnsDuringLargeUpload();

private:
    // Fills the fields the way a person does: typing.
    void typeMessage(const QString& to, const QString& cc, const QString& bcc, const QString& subject,
                     const QString& body);
    SendController::Result sendAndWait(int timeoutMs = 60'000);

    std::unique_ptr<ComposerFixture> f;
};

void TestComposerSend::init()
{
    f = std::make_unique<ComposerFixture>();
}

void TestComposerSend::cleanup()
{
    if (f && f->asker.unexpected != 0)
        qWarning() << "unexpected questions:" << f->asker.questionTexts();
    QVERIFY(!f || f->asker.unexpected == 0);
    f.reset();
}

namespace {

// QTest::keyClicks takes ASCII only; other characters arrive as a key event carrying the text,
// the way an input method delivers them.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

void TestComposerSend::typeMessage(const QString& to, const QString& cc, const QString& bcc, const QString& subject,
                                   const QString& body)
{
    ComposerWindow* w = f->window();
    typeText(f->find<QLineEdit>("toLineEdit"), to);
    if (!cc.isEmpty()) {
        QTest::mouseClick(f->find<QToolButton>("ccToolButton"), Qt::LeftButton);
        typeText(f->find<QLineEdit>("ccLineEdit"), cc);
    }
    if (!bcc.isEmpty()) {
        QTest::mouseClick(f->find<QToolButton>("bccToolButton"), Qt::LeftButton);
        typeText(f->find<QLineEdit>("bccLineEdit"), bcc);
    }
    typeText(f->find<QLineEdit>("subjectLineEdit"), subject);
    auto* edit = f->find<BodyTextEdit>("bodyTextEdit");
    edit->moveCursor(QTextCursor::Start);
    typeText(edit, body);
    Q_UNUSED(w)
}

SendController::Result TestComposerSend::sendAndWait(int timeoutMs)
{
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    if (!finished.wait(timeoutMs)) {
        qWarning("no result within %d ms; server: %s", timeoutMs, f->server.standardError().constData());
        return SendController::Result();
    }
    return finished.first().first().value<SendController::Result>();
}

void TestComposerSend::sendsWhatWasTyped()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    f->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(f->window()));

    typeMessage(QStringLiteral("Bob Builder <bob@example.org>, carol@example.org"), QStringLiteral("dave@example.org"),
                QStringLiteral("eve@example.org"), QStringLiteral("Plans für 2025"),
                QStringLiteral("Hello Bob, the plan is attached. Picture: "));
    // A pasted screenshot becomes an inline image.
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(20, 120, 200));
    auto* mime = new QMimeData;
    mime->setImageData(picture);
    QApplication::clipboard()->setMimeData(mime);
    f->find<BodyTextEdit>("bodyTextEdit")->paste();

    // An attachment with every byte value, dropped onto the window.
    QByteArray bytes;
    for (int i = 0; i < 300'000; ++i)
        bytes.append(char((i * 7 + i / 256) & 0xff));
    const QString attachment = f->writeFile(QStringLiteral("plan.bin"), bytes);
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(attachment)});
    const QPoint where = f->window()->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f->window(), &enter);
    QDropEvent drop(QPointF(where), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f->window(), &drop);
    QCOMPARE(f->find<AttachmentListWidget>("attachmentListWidget")->count(), 1);

    f->asker.textAnswers.append({true, ComposerFixture::password()});
    const SendController::Result result = sendAndWait();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QCOMPARE(f->asker.textRequests.size(), 1);
    QVERIFY(f->asker.textRequests.first().secret);

    // What the server got: Bcc in the envelope only, over TLS, signed in.
    const QList<ReceivedMessage> received = f->server.messages();
    QCOMPARE(received.size(), 1);
    const ReceivedMessage& m = received.first();
    QVERIFY(m.tls);
    QCOMPARE(m.authUser, ComposerFixture::user());
    QCOMPARE(m.mailFrom, QStringLiteral("alice@example.org"));
    QStringList rcpts = m.rcptTos;
    rcpts.sort();
    QCOMPARE(rcpts, (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org"),
                                 QStringLiteral("dave@example.org"), QStringLiteral("eve@example.org")}));
    const int headerEnd = m.data.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    QVERIFY(!m.data.left(headerEnd).contains("\r\nBcc:"));
    QVERIFY(!m.data.contains("eve@example.org"));

    const QJsonObject parsed = f->parsed(1);
    const QJsonObject headers = parsed.value(QStringLiteral("headers")).toObject();
    QVERIFY(headers.value(QStringLiteral("bcc")).isNull());
    QCOMPARE(headers.value(QStringLiteral("subject")).toString(), QStringLiteral("Plans für 2025"));
    QVERIFY(headers.value(QStringLiteral("to")).toString().contains(QStringLiteral("Bob Builder <bob@example.org>")));
    QCOMPARE(headers.value(QStringLiteral("cc")).toString(), QStringLiteral("dave@example.org"));
    QVERIFY(headers.value(QStringLiteral("from")).toString().contains(QStringLiteral("alice@example.org")));
    QVERIFY(parsed.value(QStringLiteral("defects")).toArray().isEmpty());

    QString attachmentSha;
    QString imageCid;
    const QJsonArray parts = parsed.value(QStringLiteral("parts")).toArray();
    for (const QJsonValue& v : parts) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("filename")).toString() == QLatin1String("plan.bin"))
            attachmentSha = p.value(QStringLiteral("sha256")).toString();
        if (p.value(QStringLiteral("type")).toString() == QLatin1String("image/png"))
            imageCid = p.value(QStringLiteral("content_id")).toString();
    }
    QCOMPARE(attachmentSha, ComposerFixture::sha256Of(attachment));
    // The inline image: multipart/related, referenced from the HTML by its Content-ID.
    QVERIFY2(imageCid.startsWith(QLatin1Char('<')) && imageCid.endsWith(QLatin1Char('>')), qPrintable(imageCid));
    const QString html = parsed.value(QStringLiteral("html")).toString();
    QVERIFY2(html.contains(QStringLiteral("src=\"cid:") + imageCid.mid(1, imageCid.size() - 2) + QLatin1Char('"')),
             qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("qourier-inline")));
    const QString tree = QString::fromUtf8(QJsonDocument(parsed.value(QStringLiteral("tree")).toArray()).toJson(QJsonDocument::Compact));
    QVERIFY2(tree.contains(QStringLiteral("multipart/related")), qPrintable(tree));
    QVERIFY2(tree.contains(QStringLiteral("multipart/alternative")), qPrintable(tree));
    const QString text = parsed.value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QStringLiteral("Hello Bob, the plan is attached.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("-- \nAlice\nExample Corp")), qPrintable(text));

    // The window: a clear notice, a fresh message, the addresses remembered, the password not.
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->kind(), NoticePanel::Kind::Success);
    QVERIFY(notice->text().contains(QStringLiteral("Plans für 2025")));
    QVERIFY(f->find<QLineEdit>("subjectLineEdit")->text().isEmpty());
    QVERIFY(f->find<QLineEdit>("toLineEdit")->text().isEmpty());
    QCOMPARE(f->find<AttachmentListWidget>("attachmentListWidget")->count(), 0);
    QVERIFY(f->controller->addressBook().completions().contains(QStringLiteral("Bob Builder <bob@example.org>")));
    QVERIFY(f->controller->addressBook().completions().contains(QStringLiteral("eve@example.org")));
    QFile book(f->dir.filePath(QStringLiteral("data/addresses.json")));
    QVERIFY(book.open(QIODevice::ReadOnly));
    QVERIFY(book.readAll().contains("carol@example.org"));
    f->settings->sync();
    QFile ini(f->dir.filePath(QStringLiteral("qourier.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(ComposerFixture::password().toUtf8()));
    // The temporary PNG of the pasted image is gone.
    QVERIFY(QDir(f->dir.filePath(QStringLiteral("cache"))).entryList(QDir::Files).isEmpty());
    // The log saw the conversation, with explanations, and no password.
    const QString log = f->window()->connectionLog()->toText();
    QVERIFY2(log.contains(QStringLiteral("C: STARTTLS")), qPrintable(log));
    QVERIFY(log.contains(QStringLiteral("S: 250")));
    QVERIFY(!log.contains(ComposerFixture::password()));
    QVERIFY(!log.contains(QString::fromLatin1(ComposerFixture::password().toUtf8().toBase64())));

    // A second message in the same session reuses the password without asking.
    typeMessage(QStringLiteral("bob@example.org"), QString(), QString(), QStringLiteral("Again"), QStringLiteral("Hi"));
    const SendController::Result second = sendAndWait();
    QVERIFY2(second.delivered, qPrintable(second.error.toString()));
    QCOMPARE(f->asker.textRequests.size(), 1);
}

void TestComposerSend::partialRejectionKeepsOnlyRefused()
{
    QVERIFY2(f->startServer({QStringLiteral("--reject"), QStringLiteral("nobody@*")}), qPrintable(f->server.errorString()));
    f->create();
    f->window()->show();
    typeMessage(QStringLiteral("bob@example.org, nobody@example.org"), QString(), QString(), QStringLiteral("Hello"),
                QStringLiteral("Text stays"));
    f->asker.textAnswers.append({true, ComposerFixture::password()});
    const SendController::Result result = sendAndWait();
    QVERIFY(result.delivered);
    QCOMPARE(result.refused, QStringList{QStringLiteral("nobody@example.org")});
    QVERIFY2(result.refusedReply.startsWith(QStringLiteral("550 5.1.1")), qPrintable(result.refusedReply));
    QCOMPARE(f->server.messages().size(), 1);
    QCOMPARE(f->server.messages().first().rcptTos, QStringList{QStringLiteral("bob@example.org")});

    // Said clearly, and only the refused address is left to correct.
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QCOMPARE(notice->kind(), NoticePanel::Kind::Warning);
    QVERIFY2(notice->text().contains(QStringLiteral("nobody@example.org")), qPrintable(notice->text()));
    QVERIFY(notice->serverWords().contains(QStringLiteral("550")));
    auto* to = f->find<RecipientLineEdit>("toLineEdit");
    QCOMPARE(to->text(), QStringLiteral("nobody@example.org"));
    QVERIFY(to->isMarkedInvalid());
    QVERIFY(to->toolTip().contains(QStringLiteral("User unknown")));
    QCOMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Hello"));
    QVERIFY(f->window()->draft().textForChecks.contains(QStringLiteral("Text stays")));
}

void TestComposerSend::allRecipientsRejectedKeepsMessage()
{
    QVERIFY2(f->startServer({QStringLiteral("--reject"), QStringLiteral("*@nowhere.example")}),
             qPrintable(f->server.errorString()));
    f->create();
    f->window()->show();
    typeMessage(QStringLiteral("ghost@nowhere.example"), QString(), QStringLiteral("spirit@nowhere.example"),
                QStringLiteral("Boo"), QStringLiteral("Nobody will read this"));
    f->window()->addAttachments({f->writeFile(QStringLiteral("a.txt"), "a")});
    const ComposerDraft before = f->window()->draft();
    f->asker.textAnswers.append({true, ComposerFixture::password()});
    const SendController::Result result = sendAndWait();
    QVERIFY(!result.delivered);
    QCOMPARE(result.error.kind, SmtpError::Kind::RecipientRejected);
    QCOMPARE(f->server.messages().size(), 0);

    const ComposerDraft after = f->window()->draft();
    QCOMPARE(after.to, before.to);
    QCOMPARE(after.bcc, before.bcc);
    QCOMPARE(after.subject, before.subject);
    QCOMPARE(after.plainText, before.plainText);
    QCOMPARE(after.attachments, before.attachments);
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QCOMPARE(notice->kind(), NoticePanel::Kind::Error);
    QVERIFY(!notice->title().isEmpty());
    QVERIFY2(notice->serverWords().contains(QStringLiteral("550")), qPrintable(notice->serverWords()));
    QVERIFY(f->find<RecipientLineEdit>("toLineEdit")->isMarkedInvalid());
    QVERIFY(f->find<RecipientLineEdit>("bccLineEdit")->isMarkedInvalid());
    QVERIFY(!f->find<QLineEdit>("subjectLineEdit")->isReadOnly());
}

void TestComposerSend::wrongPasswordKeepsMessageAndAsksAgain()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    f->window()->show();
    typeMessage(QStringLiteral("bob@example.org"), QString(), QString(), QStringLiteral("Secret plans"),
                QStringLiteral("Do not lose me"));
    const ComposerDraft before = f->window()->draft();
    f->asker.textAnswers.append({true, QStringLiteral("wrong")});
    const SendController::Result result = sendAndWait();
    QCOMPARE(result.error.kind, SmtpError::Kind::AuthFailed);
    const ComposerDraft after = f->window()->draft();
    QCOMPARE(after.to, before.to);
    QCOMPARE(after.subject, before.subject);
    QCOMPARE(after.html, before.html);
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QCOMPARE(notice->kind(), NoticePanel::Kind::Error);
    QVERIFY2(notice->serverWords().startsWith(QStringLiteral("535")), qPrintable(notice->serverWords()));
    QVERIFY(!notice->advice().isEmpty());

    // The bad password is forgotten: the next Send asks again, and then works.
    f->asker.textAnswers.append({true, ComposerFixture::password()});
    const SendController::Result retry = sendAndWait();
    QVERIFY2(retry.delivered, qPrintable(retry.error.toString()));
    QCOMPARE(f->asker.textRequests.size(), 2);
}

void TestComposerSend::cancelDuringLargeUpload()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    f->window()->show();
    typeMessage(QStringLiteral("bob@example.org"), QString(), QString(), QStringLiteral("Huge"),
                QStringLiteral("A big file is attached"));
    f->window()->addAttachments({f->sparseFile(QStringLiteral("huge.bin"), 200LL * 1024 * 1024)});
    const ComposerDraft before = f->window()->draft();
    f->asker.textAnswers.append({true, ComposerFixture::password()});

    QSignalSpy progress(f->controller->sendController(), &SendController::progress);
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QVERIFY(progress.wait(30'000));
    auto* panel = f->find<SendProgressPanel>("sendProgressPanel");
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->detailText().startsWith(QStringLiteral("Sending ")), qPrintable(panel->detailText()));
    QVERIFY(f->find<QLineEdit>("subjectLineEdit")->isReadOnly());
    QTest::mouseClick(f->find<QPushButton>("cancelButton"), Qt::LeftButton);
    // The engine may report the cancellation at once, inside the click.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    const auto result = finished.first().first().value<SendController::Result>();
    QCOMPARE(result.error.kind, SmtpError::Kind::Cancelled);
    QVERIFY(!result.delivered);
    QCOMPARE(f->server.messages().size(), 0);

    QVERIFY(!panel->isVisible());
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->title().isEmpty());
    const ComposerDraft after = f->window()->draft();
    QCOMPARE(after.subject, before.subject);
    QCOMPARE(after.attachments, before.attachments);
    QCOMPARE(after.plainText, before.plainText);
    QVERIFY(!f->find<QLineEdit>("subjectLineEdit")->isReadOnly());
}

void TestComposerSend::eventLoopTurnsDuringLargeUpload()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    f->window()->show();
    typeMessage(QStringLiteral("bob@example.org"), QString(), QString(), QStringLiteral("Fifty"),
                QStringLiteral("See the attachment"));
    const qint64 size = 50LL * 1024 * 1024;
    f->window()->addAttachments({f->sparseFile(QStringLiteral("fifty.bin"), size)});
    f->asker.textAnswers.append({true, ComposerFixture::password()});

    // A 50 ms timer stands for the window's painting and input: its longest gap is how long
    // the person would see a frozen window.
    QElapsedTimer clock;
    qint64 last = -1;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(50);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        const qint64 now = clock.elapsed();
        if (last >= 0)
            longestGap = std::max(longestGap, now - last);
        last = now;
        ++ticks;
    });
    QSignalSpy progress(f->controller->sendController(), &SendController::progress);
    clock.start();
    ticker.start();
    const SendController::Result result = sendAndWait(240'000);
    ticker.stop();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QVERIFY(result.messageSize > size);
    qInfo("upload of %lld bytes: %lld ms, %d ticks, longest gap between 50 ms ticks %lld ms, %lld progress signals",
          result.messageSize, clock.elapsed(), ticks, longestGap, qint64(progress.count()));
    QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
    QVERIFY(progress.count() >= 2);
    // Progress signals are throttled, never a flood.
    QVERIFY(progress.count() <= clock.elapsed() / SendController::ProgressIntervalMs + 2);
    QCOMPARE(f->server.messages().size(), 1);
    QCOMPARE(f->server.messages().first().size, result.messageSize);
}

QTEST_MAIN(TestComposerSend)
#include "tst_composersend.moc"
