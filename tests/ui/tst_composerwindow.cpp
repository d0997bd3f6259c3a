// The composer window on its own: fields, recipients, formatting, signature, attachments, inline
// images and keyboard, driven through the real widgets (found by objectName) with QTest.

#include "AttachmentListWidget.h"
#include "BodyExporter.h"
#include "BodyTextEdit.h"
#include "ComposerWindow.h"
#include "DialogAsker.h"
#include "NoticePanel.h"
#include "RecipientLineEdit.h"
#include "ScriptedAsker.h"
#include "SendProgressPanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextList>
#include <QToolButton>

class TestComposerWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyControlIsNamedAndLabelled();
    void typedRecipientsReachTheDraft();
    void invalidAddressIsMarkedAndNamed();
    void markClearsWhenFixed();
    void ccAndBccShowAndHide();
    void ctrlReturnSends();
    void ctrlReturnDoesNothingWhileSending();
    void signatureIsInsertedOnceAndFollowsIdentity();
    void attachmentsAddRemoveAndTotal();
    void pastedFilesBecomeAttachments();
    void droppedFilesOnWindowBecomeAttachments();
    void pastedImageIsInline();
    void richTextExportsCleanHtmlAndPlainAlternative();
    void plainTextModeDropsFormatting();
    void quotedLinesAndSignatureAreNotCheckedText();
    void completionOffersUsedAddresses();
    void sendingLocksTheMessageAndKeepsIt();
    void keepOnlyRefusedRecipients();
    void closingAsksBeforeLosingTheMessage();
    void closingWhileSendingCancelsFirst();
    void dialogAskerNeverBlocks();

private:
    template<typename T>
    T* find(const char* name)
    {
        T* w = m_window->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QString writeFile(const QString& name, const QByteArray& bytes);

    ScriptedAsker* m_asker = nullptr;
    ComposerWindow* m_window = nullptr;
    QTemporaryDir m_dir;
};

QString TestComposerWindow::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

void TestComposerWindow::init()
{
    m_asker = new ScriptedAsker;
    m_window = new ComposerWindow(m_asker);
    m_window->setIdentities({MailAddress{QStringLiteral("Alice Example"), QStringLiteral("alice@example.org")}},
                            {QStringLiteral("Alice\nExample Corp")});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestComposerWindow::cleanup()
{
    QCOMPARE(m_asker->unexpected, 0);
    delete m_window;
    m_window = nullptr;
    delete m_asker;
    m_asker = nullptr;
}

void TestComposerWindow::everyControlIsNamedAndLabelled()
{
    const char* names[] = {"fromComboBox",     "toLineEdit",          "ccLineEdit",        "bccLineEdit",
                           "subjectLineEdit",  "bodyTextEdit",        "attachmentListWidget", "sendButton",
                           "attachButton",     "ccToolButton",        "bccToolButton",     "boldToolButton",
                           "italicToolButton", "bulletListToolButton", "numberedListToolButton", "quoteToolButton",
                           "linkToolButton",   "richTextToolButton",  "cancelButton",      "connectionLogButton",
                           "serverSettingsButton"};
    for (const char* name : names) {
        QWidget* w = m_window->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(w, name);
        // Either an accessible name, or a label whose buddy it is.
        bool labelled = !w->accessibleName().isEmpty();
        const QList<QLabel*> labels = m_window->findChildren<QLabel*>();
        for (const QLabel* label : labels)
            labelled = labelled || label->buddy() == w;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            labelled = labelled || !button->text().isEmpty();
        QVERIFY2(labelled, name);
    }
    QCOMPARE(find<QComboBox>("fromComboBox")->currentText(), QStringLiteral("Alice Example <alice@example.org>"));
}

void TestComposerWindow::typedRecipientsReachTheDraft()
{
    m_window->setCcVisible(true);
    m_window->setBccVisible(true);
    QTest::keyClicks(find<QLineEdit>("toLineEdit"), QStringLiteral("Bob <bob@example.org>; carol@example.org"));
    QTest::keyClicks(find<QLineEdit>("ccLineEdit"), QStringLiteral("dave@example.org"));
    QTest::keyClicks(find<QLineEdit>("bccLineEdit"), QStringLiteral("eve@example.org"));
    QTest::keyClicks(find<QLineEdit>("subjectLineEdit"), QStringLiteral("Quarterly report"));
    QTest::keyClicks(find<QTextEdit>("bodyTextEdit"), QStringLiteral("Hello Bob"));
    const ComposerDraft d = m_window->draft();
    QCOMPARE(d.to, QStringLiteral("Bob <bob@example.org>; carol@example.org"));
    QCOMPARE(d.cc, QStringLiteral("dave@example.org"));
    QCOMPARE(d.bcc, QStringLiteral("eve@example.org"));
    QCOMPARE(d.subject, QStringLiteral("Quarterly report"));
    QVERIFY(d.plainText.startsWith(QStringLiteral("Hello Bob\n")));
    QVERIFY(d.plainText.endsWith(QStringLiteral("-- \nAlice\nExample Corp")));
    QCOMPARE(d.textForChecks.trimmed(), QStringLiteral("Hello Bob"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Quarterly report")));
    QVERIFY(m_window->validateRecipients());
}

void TestComposerWindow::invalidAddressIsMarkedAndNamed()
{
    auto* to = find<RecipientLineEdit>("toLineEdit");
    QVERIFY(!to->findChild<QAction*>(QStringLiteral("invalidAddressAction"))->isVisible());
    const QList<QToolButton*> sideButtons = to->findChildren<QToolButton*>();
    for (const QToolButton* button : sideButtons)
        QVERIFY(!button->isVisible()); // no warning icon on a valid (empty) field
    QTest::keyClicks(to, QStringLiteral("bob@example.org, carol@"));
    QVERIFY(!to->isMarkedInvalid()); // nothing said while typing
    QVERIFY(!m_window->validateRecipients());
    QVERIFY(to->isMarkedInvalid());
    QVERIFY2(to->toolTip().contains(QStringLiteral("carol@")), qPrintable(to->toolTip()));
    QVERIFY(to->styleSheet().contains(QStringLiteral("border")));
    QVERIFY(to->accessibleDescription().contains(QStringLiteral("carol@")));
    const auto* warning = to->findChild<QAction*>(QStringLiteral("invalidAddressAction"));
    QVERIFY(warning && warning->isVisible());
}

void TestComposerWindow::markClearsWhenFixed()
{
    auto* to = find<RecipientLineEdit>("toLineEdit");
    QTest::keyClicks(to, QStringLiteral("carol@"));
    QVERIFY(!m_window->validateRecipients());
    QTest::keyClicks(to, QStringLiteral("example.org"));
    QVERIFY(!to->isMarkedInvalid());
    QVERIFY(to->styleSheet().isEmpty());
}

void TestComposerWindow::ccAndBccShowAndHide()
{
    auto* cc = find<QLineEdit>("ccLineEdit");
    auto* bcc = find<QLineEdit>("bccLineEdit");
    QVERIFY(!cc->isVisible());
    QVERIFY(!bcc->isVisible());
    QTest::mouseClick(find<QToolButton>("ccToolButton"), Qt::LeftButton);
    QVERIFY(cc->isVisible());
    QVERIFY(!find<QToolButton>("ccToolButton")->isVisible());
    QTest::mouseClick(find<QToolButton>("bccToolButton"), Qt::LeftButton);
    QVERIFY(bcc->isVisible());
    // The View menu hides an empty field again, but never one holding addresses.
    QAction* showCc = m_window->findChild<QAction*>(QStringLiteral("showCcAction"));
    showCc->trigger();
    QVERIFY(!cc->isVisible());
    QTest::keyClicks(bcc, QStringLiteral("eve@example.org"));
    m_window->findChild<QAction*>(QStringLiteral("showBccAction"))->trigger();
    QVERIFY(bcc->isVisible());
}

void TestComposerWindow::ctrlReturnSends()
{
    QSignalSpy send(m_window, &ComposerWindow::sendRequested);
    auto* body = find<QTextEdit>("bodyTextEdit");
    const QString before = body->toPlainText();
    m_window->activateWindow();
    body->setFocus();
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(send.count(), 1);
    // Also from a recipient field, and the button.
    QTest::keyClick(find<QLineEdit>("subjectLineEdit"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(send.count(), 2);
    QTest::mouseClick(find<QToolButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(send.count(), 3);
    // Ctrl+Return did not type a line break into the body.
    QCOMPARE(body->toPlainText(), before);
}

void TestComposerWindow::ctrlReturnDoesNothingWhileSending()
{
    QSignalSpy send(m_window, &ComposerWindow::sendRequested);
    m_window->setSending(true);
    QTest::keyClick(find<QTextEdit>("bodyTextEdit"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(send.count(), 0);
    QVERIFY(find<SendProgressPanel>("sendProgressPanel")->isVisible());
    QSignalSpy cancel(m_window, &ComposerWindow::cancelRequested);
    QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled()); // "Cancelling…"
    m_window->setSending(false);
    QVERIFY(!find<SendProgressPanel>("sendProgressPanel")->isVisible());
}

void TestComposerWindow::signatureIsInsertedOnceAndFollowsIdentity()
{
    auto* body = find<BodyTextEdit>("bodyTextEdit");
    QCOMPARE(body->toPlainText().count(QStringLiteral("-- \n")), 1);
    QCOMPARE(body->toPlainText(), QStringLiteral("\n\n-- \nAlice\nExample Corp"));
    QCOMPARE(body->textCursor().position(), 0); // the cursor waits on the first line
    QTest::keyClicks(body, QStringLiteral("Hi"));
    // Another identity replaces the signature, keeps the text, never adds a second one.
    m_window->setIdentities({MailAddress{QStringLiteral("Alice"), QStringLiteral("alice@example.org")},
                             MailAddress{QStringLiteral("Alice at work"), QStringLiteral("alice@work.example")}},
                            {QStringLiteral("Alice\nExample Corp"), QStringLiteral("A. Example, CTO")});
    find<QComboBox>("fromComboBox")->setCurrentIndex(1);
    QCOMPARE(body->toPlainText(), QStringLiteral("Hi\n\n-- \nA. Example, CTO"));
    find<QComboBox>("fromComboBox")->setCurrentIndex(0);
    QCOMPARE(body->toPlainText(), QStringLiteral("Hi\n\n-- \nAlice\nExample Corp"));
    m_window->resetToNewMessage();
    QCOMPARE(body->toPlainText(), QStringLiteral("\n\n-- \nAlice\nExample Corp"));
    QCOMPARE(m_window->draft().identity, 0);
}

void TestComposerWindow::attachmentsAddRemoveAndTotal()
{
    const QString a = writeFile(QStringLiteral("report.pdf"), QByteArray(2048, 'a'));
    const QString b = writeFile(QStringLiteral("photo.jpg"), QByteArray(1024, 'b'));
    auto* list = find<AttachmentListWidget>("attachmentListWidget");
    QVERIFY(!list->isVisible());
    QCOMPARE(m_window->addAttachments({a, b, a}), 2); // a duplicate is listed once
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("report.pdf")));
    QVERIFY(!list->item(0)->icon().isNull());
    const QString summary = find<QLabel>("attachmentSummaryLabel")->text();
    // "2 attachments" with the English catalogue, "2 attachment(s)" without one.
    QVERIFY2(summary.startsWith(QStringLiteral("2 attachment")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("3.0 kB")), qPrintable(summary));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->files(), QStringList{QFileInfo(b).absoluteFilePath()});
    QCOMPARE(m_window->draft().attachments, QStringList{QFileInfo(b).absoluteFilePath()});
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!list->isVisible());
}

void TestComposerWindow::pastedFilesBecomeAttachments()
{
    const QString a = writeFile(QStringLiteral("notes.txt"), "some notes\n");
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(a)});
    QApplication::clipboard()->setMimeData(mime);
    auto* body = find<BodyTextEdit>("bodyTextEdit");
    body->setFocus();
    body->paste();
    QCOMPARE(m_window->draft().attachments, QStringList{QFileInfo(a).absoluteFilePath()});
    QVERIFY(!body->toPlainText().contains(QStringLiteral("file:")));
}

void TestComposerWindow::droppedFilesOnWindowBecomeAttachments()
{
    const QString a = writeFile(QStringLiteral("data.csv"), "a,b\n1,2\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a)});
    QWidget* target = find<QWidget>("headerFieldsWidget");
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(target->mapTo(m_window, pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(target->mapTo(m_window, pos)), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QCOMPARE(m_window->draft().attachments, QStringList{QFileInfo(a).absoluteFilePath()});
}

void TestComposerWindow::pastedImageIsInline()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    auto* mime = new QMimeData;
    mime->setImageData(image);
    QApplication::clipboard()->setMimeData(mime);
    auto* body = find<BodyTextEdit>("bodyTextEdit");
    body->setFocus();
    body->paste();
    const ComposerDraft d = m_window->draft();
    QCOMPARE(d.inlineImages.size(), 1);
    QCOMPARE(d.inlineImages.first().image.size(), QSize(40, 30));
    QVERIFY(d.inlineImages.first().sourcePath.isEmpty());
    QVERIFY2(d.html.contains(QStringLiteral("<img src=\"") + d.inlineImages.first().name + QLatin1Char('"')),
             qPrintable(d.html));
    QVERIFY(d.attachments.isEmpty());
    // An image file dropped into the text is inline too, with its own bytes.
    QImage blue(10, 10, QImage::Format_RGB32);
    blue.fill(Qt::blue);
    const QString path = m_dir.filePath(QStringLiteral("blue.png"));
    QVERIFY(blue.save(path));
    QVERIFY(body->insertImageFile(path));
    const ComposerDraft d2 = m_window->draft();
    QCOMPARE(d2.inlineImages.size(), 2);
    QCOMPARE(d2.inlineImages.at(1).sourcePath, path);
    QCOMPARE(d2.inlineImages.at(1).mimeType, QStringLiteral("image/png"));
    // Deleting an image from the text removes it from the message.
    body->selectAll();
    QTest::keyClick(body, Qt::Key_Delete);
    QVERIFY(m_window->draft().inlineImages.isEmpty());
}

void TestComposerWindow::richTextExportsCleanHtmlAndPlainAlternative()
{
    auto* body = find<BodyTextEdit>("bodyTextEdit");
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Intro "));
    find<QToolButton>("boldToolButton")->click();
    QTest::keyClicks(body, QStringLiteral("bold"));
    find<QToolButton>("boldToolButton")->click();
    QTest::keyClick(body, Qt::Key_Return);
    find<QToolButton>("bulletListToolButton")->click();
    QTest::keyClicks(body, QStringLiteral("one"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("two"));
    QTest::keyClick(body, Qt::Key_Return);
    find<QToolButton>("bulletListToolButton")->click(); // leave the list
    find<QToolButton>("quoteToolButton")->click();
    QTest::keyClicks(body, QStringLiteral("a <quoted> line"));
    QTest::keyClick(body, Qt::Key_Return);
    find<QToolButton>("quoteToolButton")->click();
    m_asker->textAnswers.append({true, QStringLiteral("https://example.org/?a=1&b=2")});
    find<QToolButton>("linkToolButton")->click();
    QTRY_VERIFY(body->toPlainText().contains(QStringLiteral("https://example.org/?a=1&b=2")));

    const ComposerDraft d = m_window->draft();
    QVERIFY2(d.html.contains(QStringLiteral("<div>Intro <b>bold</b></div>")), qPrintable(d.html));
    QVERIFY2(d.html.contains(QStringLiteral("<ul>\n<li>one</li>\n<li>two</li>\n</ul>")), qPrintable(d.html));
    QVERIFY2(d.html.contains(QStringLiteral("<blockquote type=\"cite\"")), qPrintable(d.html));
    QVERIFY2(d.html.contains(QStringLiteral("<div>a &lt;quoted&gt; line</div>\n</blockquote>")), qPrintable(d.html));
    QVERIFY2(d.html.contains(QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">https://example.org/?a=1&amp;b=2</a>")),
             qPrintable(d.html));
    QVERIFY(!d.html.contains(QStringLiteral("-qt-")));
    QVERIFY2(d.plainText.startsWith(QStringLiteral("Intro bold\n* one\n* two\n> a <quoted> line\nhttps://example.org/?a=1&b=2")),
             qPrintable(d.plainText));
    QVERIFY(!d.textForChecks.contains(QStringLiteral("quoted")));
}

void TestComposerWindow::plainTextModeDropsFormatting()
{
    auto* body = find<BodyTextEdit>("bodyTextEdit");
    body->moveCursor(QTextCursor::Start);
    find<QToolButton>("numberedListToolButton")->click();
    QTest::keyClicks(body, QStringLiteral("first"));
    QAction* rich = m_window->findChild<QAction*>(QStringLiteral("richTextAction"));
    rich->trigger(); // no images: no question
    QVERIFY(!body->isRichText());
    QVERIFY(!find<QToolButton>("boldToolButton")->isEnabled());
    const ComposerDraft d = m_window->draft();
    QVERIFY(!d.richText);
    QVERIFY(d.html.isEmpty());
    QVERIFY2(d.plainText.startsWith(QStringLiteral("1. first\n")), qPrintable(d.plainText));
    QVERIFY(d.plainText.endsWith(QStringLiteral("-- \nAlice\nExample Corp")));
    // The signature is still known as the signature: changing identity still replaces it.
    m_window->setIdentities({MailAddress{QString(), QStringLiteral("alice@example.org")}}, {QStringLiteral("A.")});
    QVERIFY2(body->toPlainText().endsWith(QStringLiteral("-- \nA.")), qPrintable(body->toPlainText()));
    QCOMPARE(body->toPlainText().count(QStringLiteral("-- ")), 1);
}

void TestComposerWindow::quotedLinesAndSignatureAreNotCheckedText()
{
    m_window->setIdentities({MailAddress{QString(), QStringLiteral("alice@example.org")}},
                            {QStringLiteral("See attached disclaimer")});
    m_window->findChild<QAction*>(QStringLiteral("richTextAction"))->trigger();
    auto* body = find<BodyTextEdit>("bodyTextEdit");
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Thanks!"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("> I have attached the file"));
    const QString checked = m_window->draft().textForChecks;
    QVERIFY2(checked.contains(QStringLiteral("Thanks!")), qPrintable(checked));
    QVERIFY2(!checked.contains(QStringLiteral("attached")), qPrintable(checked));
}

void TestComposerWindow::completionOffersUsedAddresses()
{
    m_window->setCompletions({QStringLiteral("Bob Builder <bob@example.org>"), QStringLiteral("carol@example.org")});
    auto* to = find<RecipientLineEdit>("toLineEdit");
    m_window->activateWindow();
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("dave@example.org, buil"));
    QCompleter* completer = to->recipientCompleter();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Bob Builder <bob@example.org>"));
    emit completer->activated(completer->currentCompletion());
    QCOMPARE(to->text(), QStringLiteral("dave@example.org, Bob Builder <bob@example.org>, "));
    QVERIFY(m_window->validateRecipients());
}

void TestComposerWindow::sendingLocksTheMessageAndKeepsIt()
{
    QTest::keyClicks(find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(find<QLineEdit>("subjectLineEdit"), QStringLiteral("Locked"));
    const ComposerDraft before = m_window->draft();
    m_window->setSending(true);
    QTest::keyClicks(find<QLineEdit>("subjectLineEdit"), QStringLiteral(" changed"));
    QTest::keyClicks(find<QTextEdit>("bodyTextEdit"), QStringLiteral("typed"));
    QCOMPARE(m_window->addAttachments({writeFile(QStringLiteral("x.txt"), "x")}), 0);
    m_window->setSending(false);
    const ComposerDraft after = m_window->draft();
    QCOMPARE(after.subject, before.subject);
    QCOMPARE(after.html, before.html);
    QCOMPARE(after.attachments, before.attachments);
    QVERIFY(find<QLineEdit>("subjectLineEdit")->isReadOnly() == false);
}

void TestComposerWindow::keepOnlyRefusedRecipients()
{
    m_window->setRecipients(QStringLiteral("Bob <bob@example.org>, nobody@example.org"),
                            QStringLiteral("carol@example.org"), QStringLiteral("ghost@example.org"));
    m_window->keepOnlyRecipients({QStringLiteral("NOBODY@example.org"), QStringLiteral("ghost@example.org")});
    m_window->markRefused({QStringLiteral("nobody@example.org"), QStringLiteral("ghost@example.org")},
                          QStringLiteral("550 5.1.1 User unknown"));
    const ComposerDraft d = m_window->draft();
    QCOMPARE(d.to, QStringLiteral("nobody@example.org"));
    QCOMPARE(d.cc, QString());
    QCOMPARE(d.bcc, QStringLiteral("ghost@example.org"));
    auto* to = find<RecipientLineEdit>("toLineEdit");
    QVERIFY(to->isMarkedInvalid());
    QVERIFY(to->toolTip().contains(QStringLiteral("550 5.1.1 User unknown")));
    QVERIFY(find<RecipientLineEdit>("bccLineEdit")->isVisible());
}

void TestComposerWindow::closingAsksBeforeLosingTheMessage()
{
    // Nothing typed (only the signature): closes without a question.
    QVERIFY(!m_window->hasContent());
    QTest::keyClicks(find<QLineEdit>("subjectLineEdit"), QStringLiteral("Draft"));
    QVERIFY(m_window->hasContent());
    QVERIFY(m_window->isModified());
    m_asker->choices = {Asker::Choice::Reject}; // Cancel
    QVERIFY(!m_window->close());
    QTRY_COMPARE(m_asker->questions.size(), 1);
    QTest::qWait(20);
    QVERIFY(m_window->isVisible());
    QCOMPARE(find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Draft"));
    // Save, but nobody saves it (no controller): the window stays, nothing is lost.
    QSignalSpy save(m_window, &ComposerWindow::saveDraftRequested);
    m_asker->choices = {Asker::Choice::Accept};
    m_window->close();
    QTRY_COMPARE(save.count(), 1);
    QTest::qWait(20);
    QVERIFY(m_window->isVisible());
    // Saved (as a controller would): closes. Unchanged since the save: closes without asking.
    connect(m_window, &ComposerWindow::saveDraftRequested, m_window, [this]() { m_window->setModified(false); });
    m_asker->choices = {Asker::Choice::Accept};
    m_window->close();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_asker->questions.size(), 3);
    m_window->show();
    QVERIFY(m_window->close());
    QCOMPARE(m_asker->questions.size(), 3);
    // Changed again, Discard: closes, and says so.
    m_window->show();
    QTest::keyClicks(find<QLineEdit>("subjectLineEdit"), QStringLiteral(" 2"));
    QSignalSpy discard(m_window, &ComposerWindow::discardRequested);
    m_asker->choices = {Asker::Choice::Alternative};
    m_window->close();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(discard.count(), 1);
    QCOMPARE(m_asker->questions.size(), 4);
}

void TestComposerWindow::closingWhileSendingCancelsFirst()
{
    QSignalSpy cancel(m_window, &ComposerWindow::cancelRequested);
    m_window->setSending(true);
    m_asker->answers = {true}; // Stop and Close
    m_window->close();
    QTRY_COMPARE(cancel.count(), 1);
    QVERIFY(m_window->isVisible()); // until the send has really stopped
    m_window->setSending(false);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestComposerWindow::dialogAskerNeverBlocks()
{
    // The real asker returns at once; the answer comes when the dialog is answered.
    DialogAsker asker(m_window);
    int answered = 0;
    bool accepted = false;
    Asker::Question q;
    q.title = QStringLiteral("Title");
    q.text = QStringLiteral("Question?");
    q.acceptText = QStringLiteral("Go");
    q.rejectText = QStringLiteral("Back");
    asker.ask(q, [&](bool a) {
        ++answered;
        accepted = a;
    });
    QCOMPARE(answered, 0);
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("askerMessageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->defaultButton()->text(), QStringLiteral("Back")); // Return never sends by accident
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("askerAcceptButton")), Qt::LeftButton);
    QTRY_COMPARE(answered, 1);
    QVERIFY(accepted);

    QString text;
    asker.askText({QStringLiteral("Password"), QStringLiteral("Password:"), QString(), true},
                  [&](bool ok, const QString& t) {
                      ++answered;
                      text = ok ? t : QStringLiteral("<cancelled>");
                  });
    auto* input = m_window->findChild<QInputDialog*>(QStringLiteral("askerInputDialog"));
    QVERIFY(input);
    QCOMPARE(input->textEchoMode(), QLineEdit::Password);
    input->setTextValue(QStringLiteral("pw"));
    input->accept();
    QTRY_COMPARE(answered, 2);
    QCOMPARE(text, QStringLiteral("pw"));
}

QTEST_MAIN(TestComposerWindow)
#include "tst_composerwindow.moc"
