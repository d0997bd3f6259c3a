// The sandbox window with the real GMime reader (app/MessageParser), offscreen: captured messages
// written in the store's own format (SandboxStore::receiptJson) into a temporary directory, then
// the list row, the Bcc marking, the attachments, the cid: image, blocked remote and local
// resources, the transcript, live arrival and pruning, a file opened from disk, and a real send
// through the sandbox server. Saves PNGs of the viewer in QOURIER_SCREENSHOT_DIR.

#include "CapturedMessage.h"
#include "MessageBrowser.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include "MessageParser.h"
#include "MessageView.h"
#include "MimeWriter.h"
#include "RecipientRoles.h"
#include "SandboxFixture.h"
#include "SandboxStore.h"
#include "SandboxWindow.h"
#include "SmtpSession.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

namespace {

QByteArray png(int size, QColor color)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray Pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n%%EOF\n";

// A message as another mail program would send it: To and Cc in the header, HTML with an inline
// image, a remote tracking pixel, a local file reference, and two attachments.
QByteArray capturedEml(const QString& subject, const QString& localImageUrl)
{
    const QByteArray html = QStringLiteral("<h2>季度报告</h2><p>Hello Bob and Carol.</p>"
                                           "<p><img src=\"cid:logo@qourier.test\" alt=\"logo\"></p>"
                                           "<p><img src=\"http://tracker.example/pixel.gif?u=bob\" width=1 height=1>"
                                           "<img src=\"%1\"></p>"
                                           "<p><a href=\"https://example.org/report\">Full report</a></p>")
                                .arg(localImageUrl)
                                .toUtf8();
    return "From: =?UTF-8?B?5byg5LiJ?= <zhang@example.cn>\r\n"
           "To: Bob <bob@example.org>\r\n"
           "Cc: Carol <carol@example.net>\r\n"
           "Subject: "
        + subject.toUtf8()
        + "\r\n"
          "Date: Mon, 23 Nov 2026 16:00:00 +0800\r\n"
          "Message-ID: <viewer-1@example.cn>\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: multipart/mixed; boundary=\"m\"\r\n"
          "\r\n"
          "--m\r\n"
          "Content-Type: multipart/alternative; boundary=\"a\"\r\n"
          "\r\n"
          "--a\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n"
          "\r\n"
          "Hello Bob and Carol.\r\n"
          "--a\r\n"
          "Content-Type: multipart/related; boundary=\"r\"\r\n"
          "\r\n"
          "--r\r\n"
          "Content-Type: text/html; charset=utf-8\r\n"
          "Content-Transfer-Encoding: base64\r\n"
          "\r\n"
        + html.toBase64()
        + "\r\n"
          "--r\r\n"
          "Content-Type: image/png\r\n"
          "Content-Transfer-Encoding: base64\r\n"
          "Content-ID: <logo@qourier.test>\r\n"
          "\r\n"
        + png(16, QColor(0x1a, 0x55, 0xb0)).toBase64()
        + "\r\n"
          "--r--\r\n"
          "--a--\r\n"
          "--m\r\n"
          "Content-Type: application/pdf; name=\"report.pdf\"\r\n"
          "Content-Transfer-Encoding: base64\r\n"
          "Content-Disposition: attachment; filename=\"report.pdf\"\r\n"
          "\r\n"
        + Pdf.toBase64()
        + "\r\n"
          "--m\r\n"
          "Content-Type: application/x-shellscript\r\n"
          "Content-Disposition: attachment; filename=\"../../install.sh\"\r\n"
          "\r\n"
          "#!/bin/sh\r\n"
          "echo hi\r\n"
          "--m--\r\n";
}

SandboxReceipt receiptFor(const QStringList& recipients, const QDateTime& received)
{
    SandboxReceipt r;
    r.mailFrom = QStringLiteral("zhang@example.cn");
    r.mailParameters = {{"SIZE", "4096"}, {"BODY", "8BITMIME"}};
    r.recipients = recipients;
    r.bodyCommand = QStringLiteral("DATA");
    r.listener = QStringLiteral("starttls");
    r.tlsProtocol = QStringLiteral("TLSv1.3");
    r.tlsCipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.authMechanism = QStringLiteral("PLAIN");
    r.authUser = QStringLiteral("sandbox");
    r.clientAddress = QStringLiteral("127.0.0.1");
    r.clientPort = 51234;
    r.helo = QStringLiteral("client.example.org");
    r.esmtp = true;
    r.received = received;
    r.transcript = {
        QStringLiteral("-- connection from 127.0.0.1 port 51234 on the starttls listener"),
        QStringLiteral("S: 220 localhost ESMTP Qourier sandbox"),
        QStringLiteral("C: EHLO client.example.org"),
        QStringLiteral("S: 250-localhost"),
        QStringLiteral("S: 250 STARTTLS"),
        QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 2.0.0 Ready to start TLS"),
        QStringLiteral("-- TLS established: TLSv1.3, TLS_AES_256_GCM_SHA384"),
        QStringLiteral("C: AUTH PLAIN <redacted>"),
        QStringLiteral("S: 235 2.7.0 Authentication successful"),
        QStringLiteral("C: MAIL FROM:<zhang@example.cn> SIZE=4096 BODY=8BITMIME"),
        QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),
        QStringLiteral("S: 250 2.1.5 Ok"),
        QStringLiteral("C: RCPT TO:<nobody@blocked.example>"),
        QStringLiteral("S: 550 5.1.1 No such user"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>"),
        QStringLiteral("C: <message data, 4096 octets>"),
        QStringLiteral("C: ."),
        QStringLiteral("S: 250 2.0.0 Ok: queued as 1"),
    };
    return r;
}

// Writes <id>.eml and <id>.json the way SandboxStore::commit does; returns the .json path.
QString writeCaptured(const QString& dir, const QString& id, const QByteArray& eml, const QStringList& recipients,
                      const QDateTime& received)
{
    QFile e(dir + QLatin1Char('/') + id + QStringLiteral(".eml"));
    if (!e.open(QIODevice::WriteOnly) || e.write(eml) != eml.size())
        return QString();
    e.close();
    const QByteArray json = SandboxStore::receiptJson(receiptFor(recipients, received), id, id + QStringLiteral(".eml"),
                                                      eml.size(), QCryptographicHash::hash(eml, QCryptographicHash::Sha256));
    const QString jsonPath = dir + QLatin1Char('/') + id + QStringLiteral(".json");
    QFile j(jsonPath);
    if (!j.open(QIODevice::WriteOnly) || j.write(json) != json.size())
        return QString();
    return jsonPath;
}

QTreeWidgetItem* findItem(QTreeWidget* tree, int column, const QString& text)
{
    const QList<QTreeWidgetItem*> items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, column);
    return items.isEmpty() ? nullptr : items.constFirst();
}

} // namespace

class tst_SandboxWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlIsNamed();
    void listsCapturedMessage();
    void bccRecipientIsMarked();
    void attachmentsSaveAndOpen();
    void inlineImageResolvedRemoteBlocked();
    void headersSourceAndTranscript();
    void newMessagesAppearAndPrunedOnesGo();
    void messageFileHasNoEnvelope();
    void keyboardSwitchesPages();
    void sameContentIdInTheNextMessage();
    void blankLineShownOnce();
    void realSendThroughSandbox();

private:
    void openWindow();
    void save(QWidget* widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_localImage;
    MessageParser m_parser;
    std::unique_ptr<SandboxWindow> m_window;
    QList<QUrl> m_opened;
    QString m_shotDir;
};

void tst_SandboxWindow::initTestCase()
{
    m_shotDir = QStringLiteral(QOURIER_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_shotDir));
}

void tst_SandboxWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("messages"))));
    // A real picture on the local disk that the message points at: it must not be shown.
    m_localImage = m_dir->filePath(QStringLiteral("local.png"));
    QFile f(m_localImage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(png(40, Qt::green));
    f.close();
    const QString subject = QStringLiteral("=?UTF-8?B?5a2j5bqm5oql5ZGK?= Q3");
    QVERIFY(!writeCaptured(m_dir->filePath(QStringLiteral("messages")), QStringLiteral("20261123-080000-000-00000001"),
                           capturedEml(subject, QUrl::fromLocalFile(m_localImage).toString()),
                           {QStringLiteral("bob@example.org"), QStringLiteral("Carol@Example.net"),
                            QStringLiteral("dave@example.com")},
                           QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC))
                 .isEmpty());
    m_opened.clear();
}

void tst_SandboxWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void tst_SandboxWindow::openWindow()
{
    m_window = std::make_unique<SandboxWindow>(&m_parser);
    m_window->messageView()->setUrlOpener([this](const QUrl& url) {
        m_opened << url;
        return true;
    });
    m_window->setDirectory(m_dir->filePath(QStringLiteral("messages")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SandboxWindow::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents(); // tests only: let layouts settle before grabbing
    const QPixmap pixmap = widget->grab();
    const QString path = m_shotDir + QLatin1Char('/') + name;
    QVERIFY2(pixmap.save(path, "PNG"), qPrintable(path));
    qInfo("saved %s (%dx%d)", qPrintable(path), pixmap.width(), pixmap.height());
}

void tst_SandboxWindow::everyControlIsNamed()
{
    openWindow();
    QCOMPARE(m_window->objectName(), QStringLiteral("sandboxWindow"));
    // objectNames end with the class (house style); the ones a person works with have
    // accessible names.
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            continue;
        // "messageTreeWidget" for a QTreeWidget; "saveAttachmentButton" for a QPushButton (the
        // class's last word, as the composer names its buttons).
        QString cls = QString::fromLatin1(w->metaObject()->className());
        if (cls.startsWith(QLatin1Char('Q')))
            cls.remove(0, 1);
        qsizetype lastWord = cls.size() - 1;
        while (lastWord > 0 && !cls.at(lastWord).isUpper())
            --lastWord;
        QVERIFY2(name.endsWith(cls, Qt::CaseInsensitive) || name.endsWith(cls.mid(lastWord)),
                 qPrintable(name + QLatin1String(" is a ") + QLatin1String(w->metaObject()->className())));
    }
    for (const char* name : {"messageTreeWidget", "messageBrowser", "attachmentTreeWidget", "envelopeTreeWidget",
                             "headerTreeWidget", "sourcePlainTextEdit", "transcriptTreeWidget",
                             "bodyFormatComboBox", "messageTabWidget"}) {
        QWidget* w = m_window->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
    for (const char* name : {"openMessageFileAction", "reloadAction", "closeAction", "showMessagePageAction",
                             "showHeadersPageAction", "showSourcePageAction", "showTranscriptPageAction"}) {
        auto* action = m_window->findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
    }
}

void tst_SandboxWindow::listsCapturedMessage()
{
    openWindow();
    QCOMPARE(m_window->messageCount(), 1);
    auto* list = m_window->findChild<QTreeWidget*>(QStringLiteral("messageTreeWidget"));
    QVERIFY(list);
    const QTreeWidgetItem* row = list->topLevelItem(0);
    QCOMPARE(row->text(SandboxWindow::FromColumn), QStringLiteral("张三"));
    QCOMPARE(row->text(SandboxWindow::SubjectColumn), QStringLiteral("季度报告 Q3"));
    const QString recipients = row->text(SandboxWindow::RecipientsColumn);
    QVERIFY2(recipients.contains(QStringLiteral("bob@example.org")), qPrintable(recipients));
    QVERIFY2(recipients.contains(QStringLiteral("dave@example.com (Bcc)")), qPrintable(recipients));
    QVERIFY2(!recipients.contains(QStringLiteral("Carol@Example.net (Bcc)")), qPrintable(recipients));
    QVERIFY(!row->text(SandboxWindow::SizeColumn).isEmpty());
    QVERIFY(row->text(SandboxWindow::ReceivedColumn).contains(
        QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    // Nothing was on show: the newest message is.
    QVERIFY(m_window->messageView()->hasMessage());
    QCOMPARE(m_window->messageView()->message().subject, QStringLiteral("季度报告 Q3"));
    auto* subject = m_window->findChild<QLabel*>(QStringLiteral("subjectLabel"));
    QCOMPARE(subject->text(), QStringLiteral("季度报告 Q3"));
}

void tst_SandboxWindow::bccRecipientIsMarked()
{
    openWindow();
    m_window->messageView()->showPage(MessageView::Page::Headers);
    auto* envelope = m_window->findChild<QTreeWidget*>(QStringLiteral("envelopeTreeWidget"));
    QVERIFY(envelope && envelope->isVisible());
    QTreeWidgetItem* dave = findItem(envelope, 0, QStringLiteral("<dave@example.com>"));
    QVERIFY(dave);
    QCOMPARE(dave->data(0, Qt::UserRole).toInt(), int(RecipientRoles::Role::Blind));
    QVERIFY2(dave->text(1).contains(QStringLiteral("Bcc: hidden from the other recipients")), qPrintable(dave->text(1)));
    QTreeWidgetItem* bob = findItem(envelope, 0, QStringLiteral("<bob@example.org>"));
    QVERIFY(bob);
    QCOMPARE(bob->data(0, Qt::UserRole).toInt(), int(RecipientRoles::Role::To));
    QVERIFY(bob->text(1).contains(QStringLiteral("Bob <bob@example.org>")));
    // The envelope's "Carol@Example.net" is the header's "carol@example.net".
    QTreeWidgetItem* carol = findItem(envelope, 0, QStringLiteral("<Carol@Example.net>"));
    QVERIFY(carol);
    QCOMPARE(carol->data(0, Qt::UserRole).toInt(), int(RecipientRoles::Role::Cc));
    QVERIFY(findItem(envelope, 1, QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384")));
    QVERIFY(findItem(envelope, 1, QStringLiteral("sandbox (AUTH PLAIN)")));

    // The summary above the tabs says it too, for people who never open the envelope.
    auto* bcc = m_window->findChild<QLabel*>(QStringLiteral("bccLabel"));
    QVERIFY(bcc->isVisible());
    QVERIFY(bcc->text().contains(QStringLiteral("dave@example.com")));
    QVERIFY(!bcc->text().contains(QStringLiteral("bob@")));
    save(m_window.get(), QStringLiteral("sandbox-envelope.png"));
}

void tst_SandboxWindow::attachmentsSaveAndOpen()
{
    openWindow();
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("attachmentTreeWidget"));
    QVERIFY(tree && tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 2);
    const QTreeWidgetItem* pdf = tree->topLevelItem(0);
    QCOMPARE(pdf->text(0), QStringLiteral("report.pdf"));
    QVERIFY2(pdf->text(1).contains(QStringLiteral("application/pdf")), qPrintable(pdf->text(1)));
    QCOMPARE(pdf->text(2), QLocale().formattedDataSize(Pdf.size()));
    auto* summary = m_window->findChild<QLabel*>(QStringLiteral("attachmentSummaryLabel"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 attachment")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLocale().formattedDataSize(Pdf.size() + 18)));

    MessageView* view = m_window->messageView();
    const QString target = m_dir->filePath(QStringLiteral("saved.pdf"));
    QString error;
    QVERIFY2(view->saveAttachment(0, target, &error), qPrintable(error));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), Pdf);

    // Open: saved into a private temporary folder, read-only, then handed to the desktop.
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("openAttachmentButton")), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    const QString openedPath = m_opened.at(0).toLocalFile();
    QVERIFY(openedPath.endsWith(QStringLiteral("/report.pdf")));
    QVERIFY(!openedPath.startsWith(m_dir->path()));
    QFile opened(openedPath);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), Pdf);
    QVERIFY(!(QFile::permissions(openedPath) & (QFileDevice::ExeOwner | QFileDevice::WriteOwner)));

    // A script is never opened, and its name cannot climb out of the folder.
    QCOMPARE(MessageView::safeFileName(view->message().attachments.at(1), 1), QStringLiteral("install.sh"));
    QVERIFY(!view->openAttachment(1, &error));
    QVERIFY(error.contains(QStringLiteral("install.sh")));
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(MessageView::isRunnable(QStringLiteral("invoice.pdf.desktop"), "[Desktop Entry]\n", QString()));
    QVERIFY(MessageView::isRunnable(QStringLiteral("readme"), "\x7f" "ELF\x02\x01\x01", QStringLiteral("text/plain")));
    QVERIFY(!MessageView::isRunnable(QStringLiteral("report.pdf"), Pdf, QStringLiteral("application/pdf")));
    ParsedPart nameless;
    nameless.mimeType = QStringLiteral("image/png");
    QCOMPARE(MessageView::safeFileName(nameless, 2), QStringLiteral("attachment-3.png"));
    nameless.fileName = QStringLiteral("..\\..\\.bashrc");
    QCOMPARE(MessageView::safeFileName(nameless, 0), QStringLiteral("bashrc"));
}

void tst_SandboxWindow::inlineImageResolvedRemoteBlocked()
{
    openWindow();
    m_window->messageView()->showPage(MessageView::Page::Message);
    MessageBrowser* browser = m_window->messageView()->browser();
    QVERIFY(browser->isShowingHtml());
    auto* format = m_window->findChild<QComboBox*>(QStringLiteral("bodyFormatComboBox"));
    QVERIFY(format->isVisible()); // HTML and plain text: the person may pick

    // Laid out and painted: the document has asked for its images by now.
    const QUrl cid(QStringLiteral("cid:logo@qourier.test"));
    const QUrl tracker(QStringLiteral("http://tracker.example/pixel.gif?u=bob"));
    const QUrl local = QUrl::fromLocalFile(m_localImage);
    QTRY_VERIFY(browser->resolvedUrls().contains(cid));
    QTRY_VERIFY(browser->blockedUrls().contains(tracker));
    QTRY_VERIFY(browser->blockedUrls().contains(local));

    const QImage logo = browser->document()->resource(QTextDocument::ImageResource, cid).value<QImage>();
    QCOMPARE(logo.size(), QSize(16, 16));
    QCOMPARE(logo.pixelColor(8, 8), QColor(0x1a, 0x55, 0xb0));
    // The tracker gets no request, and the local picture (40x40, green) is not read from disk:
    // both come back as the small placeholder.
    const QVariant remote = browser->document()->resource(QTextDocument::ImageResource, tracker);
    QVERIFY(remote.isValid());
    QCOMPARE(remote.value<QImage>().size(), QSize(24, 24));
    const QVariant disk = browser->document()->resource(QTextDocument::ImageResource, local);
    QCOMPARE(disk.value<QImage>().size(), QSize(24, 24));
    QVERIFY(disk.value<QImage>().pixelColor(12, 3) != QColor(Qt::green));

    auto* note = m_window->findChild<QLabel*>(QStringLiteral("remoteContentLabel"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("tracker.example")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("blocked")));
    QVERIFY(note->text().contains(QStringLiteral("files on this computer")));
    save(m_window.get(), QStringLiteral("sandbox-message.png"));

    // A link is opened by the desktop only when clicked, and only web and mail links.
    emit browser->anchorClicked(QUrl(QStringLiteral("https://example.org/report")));
    emit browser->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/report"))});

    // The plain-text version: no HTML, no note.
    format->setCurrentIndex(1);
    QVERIFY(!browser->isShowingHtml());
    QCOMPARE(browser->toPlainText().trimmed(), QStringLiteral("Hello Bob and Carol."));
    QVERIFY(!note->isVisible());
}

void tst_SandboxWindow::headersSourceAndTranscript()
{
    openWindow();
    auto* headers = m_window->findChild<QTreeWidget*>(QStringLiteral("headerTreeWidget"));
    QTreeWidgetItem* subject = findItem(headers, 0, QStringLiteral("Subject"));
    QVERIFY(subject);
    QCOMPARE(subject->text(1), QStringLiteral("季度报告 Q3"));
    QVERIFY(subject->toolTip(1).contains(QStringLiteral("=?UTF-8?B?5a2j5bqm5oql5ZGK?=")));

    auto* source = m_window->findChild<QPlainTextEdit*>(QStringLiteral("sourcePlainTextEdit"));
    QVERIFY(source->toPlainText().contains(QStringLiteral("Content-ID: <logo@qourier.test>")));
    QVERIFY(source->isReadOnly());

    m_window->messageView()->showPage(MessageView::Page::Transcript);
    auto* transcript = m_window->findChild<QTreeWidget*>(QStringLiteral("transcriptTreeWidget"));
    QVERIFY(transcript->isVisible());
    QCOMPARE(transcript->topLevelItemCount(), 21);
    QTreeWidgetItem* ehlo = findItem(transcript, 1, QStringLiteral("EHLO client.example.org"));
    QVERIFY(ehlo);
    QCOMPARE(ehlo->text(0), QStringLiteral("C:"));
    QVERIFY2(ehlo->text(2).contains(QStringLiteral("RFC 5321")), qPrintable(ehlo->text(2))); // TranscriptAnnotator
    QTreeWidgetItem* refused = findItem(transcript, 1, QStringLiteral("550 5.1.1 No such user"));
    QVERIFY(refused);
    QCOMPARE(refused->text(0), QStringLiteral("S:"));
    QVERIFY(!refused->text(2).isEmpty());
    QCOMPARE(transcript->topLevelItem(0)->text(0), QStringLiteral("*"));
    save(m_window.get(), QStringLiteral("sandbox-transcript.png"));
}

void tst_SandboxWindow::newMessagesAppearAndPrunedOnesGo()
{
    openWindow();
    const QString dir = m_dir->filePath(QStringLiteral("messages"));
    const QString first = m_window->messagePath(0);
    // A newer message arrives (as the store writes it: .eml, then the receipt).
    const QString newer = writeCaptured(dir, QStringLiteral("20261123-090000-000-00000002"),
                                        "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: second\r\n\r\nhi\r\n",
                                        {QStringLiteral("bob@example.org")},
                                        QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QVERIFY(!newer.isEmpty());
    QTRY_COMPARE(m_window->messageCount(), 2);
    QCOMPARE(m_window->messagePath(0), QDir::cleanPath(newer)); // newest first
    QCOMPARE(m_window->messagePath(1), first);
    // The one being read stays on screen.
    QCOMPARE(m_window->messageView()->message().subject, QStringLiteral("季度报告 Q3"));
    // An older one (a receipt that was late) goes below.
    const QString older = writeCaptured(dir, QStringLiteral("20261122-090000-000-00000003"),
                                        "From: old@example.org\r\nSubject: old\r\n\r\nhi\r\n",
                                        {QStringLiteral("bob@example.org")},
                                        QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    QTRY_COMPARE(m_window->messageCount(), 3);
    QCOMPARE(m_window->messagePath(2), QDir::cleanPath(older));
    // addMessage() for one already listed (the server's signal after the watcher saw it) is a no-op.
    m_window->addMessage(newer);
    QCOMPARE(m_window->messageCount(), 3);

    // The store prunes the oldest: its row goes.
    QVERIFY(QFile::remove(older));
    QTRY_COMPARE(m_window->messageCount(), 2);
}

void tst_SandboxWindow::messageFileHasNoEnvelope()
{
    openWindow();
    const QString path = m_dir->filePath(QStringLiteral("loose.eml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("From: Someone <someone@example.org>\r\nTo: you@example.org\r\nBcc: secret@example.org\r\n"
            "Subject: from disk\r\n\r\nJust text.\r\n");
    f.close();
    m_window->openMessageFile(path);
    MessageView* view = m_window->messageView();
    QCOMPARE(view->message().subject, QStringLiteral("from disk"));
    QVERIFY(!view->captured().hasReceipt);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("loose.eml")));
    auto* list = m_window->findChild<QTreeWidget*>(QStringLiteral("messageTreeWidget"));
    QVERIFY(!list->currentItem());

    view->showPage(MessageView::Page::Headers);
    auto* unavailable = m_window->findChild<QLabel*>(QStringLiteral("envelopeUnavailableLabel"));
    QVERIFY(unavailable->isVisible());
    QVERIFY(unavailable->text().contains(QStringLiteral("not available")));
    QVERIFY(!m_window->findChild<QTreeWidget*>(QStringLiteral("envelopeTreeWidget"))->isVisible());
    // Without an envelope only the message's own Bcc field can be shown, and it is not hidden.
    auto* bcc = m_window->findChild<QLabel*>(QStringLiteral("bccLabel"));
    QVERIFY(bcc->isVisible());
    QVERIFY2(bcc->text().contains(QStringLiteral("secret@example.org — in a Bcc header")), qPrintable(bcc->text()));
    QVERIFY(!bcc->text().contains(QStringLiteral("hidden")));
    save(m_window.get(), QStringLiteral("sandbox-file.png"));
    view->showPage(MessageView::Page::Transcript);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("transcriptUnavailableLabel"))->isVisible());
    QVERIFY(!view->browser()->isShowingHtml());
    QCOMPARE(view->browser()->toPlainText().trimmed(), QStringLiteral("Just text."));

    // Back to the list: the captured message again.
    m_window->selectMessage(0);
    QVERIFY(view->captured().hasReceipt);
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("loose.eml")));
}

void tst_SandboxWindow::keyboardSwitchesPages()
{
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("messageTabWidget"));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(MessageView::Page::Headers));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(MessageView::Page::Transcript));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(MessageView::Page::Message));
}

void tst_SandboxWindow::sameContentIdInTheNextMessage()
{
    // Content-IDs are unique per message, not across messages (RFC 2392 §2 asks for world-unique
    // ones, but "image001.png@01D..." is everywhere): the next message must not show the previous
    // message's picture from the document's resource cache.
    MessageView view;
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QUrl cid(QStringLiteral("cid:image001.png@01D9"));
    for (const QColor color : {QColor(Qt::red), QColor(Qt::blue)}) {
        ParsedMessage m;
        m.valid = true;
        m.subject = color.name();
        m.htmlBody = QStringLiteral("<p>picture:</p><img src=\"cid:image001.png@01D9\">");
        ParsedPart part;
        part.contentId = QStringLiteral("image001.png@01D9");
        part.mimeType = QStringLiteral("image/png");
        part.data = png(10, color);
        m.inlineParts = {part};
        view.showMessage(CapturedMessage::fromMessageFile(QStringLiteral("/nonexistent/x.eml")), m);
        QTRY_VERIFY(view.browser()->resolvedUrls().contains(cid));
        const QImage shown = view.browser()->document()->resource(QTextDocument::ImageResource, cid).value<QImage>();
        QCOMPARE(shown.pixelColor(5, 5), color);
    }
}

void tst_SandboxWindow::realSendThroughSandbox()
{
    SandboxFixture f;
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));

    m_window = std::make_unique<SandboxWindow>(&m_parser);
    connect(f.server.get(), &SandboxServer::messageStored, m_window.get(), &SandboxWindow::addMessage);
    m_window->setDirectory(f.settings.directory);
    m_window->setServerDescription(QStringLiteral("Sandbox on 127.0.0.1: STARTTLS port %1, TLS port %2, user %3")
                                       .arg(f.server->startTlsPort())
                                       .arg(f.server->implicitTlsPort())
                                       .arg(SandboxFixture::User));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->messageCount(), 0);
    save(m_window.get(), QStringLiteral("sandbox-empty.png"));

    const QString logoPath = m_dir->filePath(QStringLiteral("logo.png"));
    {
        QFile logo(logoPath);
        QVERIFY(logo.open(QIODevice::WriteOnly));
        logo.write(png(24, QColor(0xc6, 0x28, 0x28)));
    }
    MailMessage m;
    m.from = {QStringLiteral("Alice Example"), QStringLiteral("alice@example.org")};
    m.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
    m.cc = {{QStringLiteral("王五"), QStringLiteral("wang@example.cn")}};
    m.bcc = {{QString(), QStringLiteral("dave@example.com")}};
    m.subject = QStringLiteral("Sent through the sandbox — 测试");
    m.textBody = QStringLiteral("Hello!\n");
    m.htmlBody = QStringLiteral("<p>Hello! <img src=\"cid:logo@sandbox.test\"></p>");
    m.inlineImages = {{logoPath, QString(), QStringLiteral("image/png"), QStringLiteral("logo@sandbox.test")}};
    m.attachments = {{logoPath, QStringLiteral("logo copy.png"), QString(), {}}};
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    QVERIFY2(writer, qPrintable(error));

    SmtpSession session(f.client(SmtpSecurity::StartTls));
    session.setCredentials(f.credentials());
    bool finished = false;
    SmtpError outcome;
    connect(&session, &SmtpSession::finished, this, [&](const SmtpError& e) {
        finished = true;
        outcome = e;
    });
    session.enqueue(writer->envelope(), writer.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    QVERIFY2(!outcome.isError(), qPrintable(outcome.toString()));

    QTRY_COMPARE(m_window->messageCount(), 1);
    MessageView* view = m_window->messageView();
    QTRY_VERIFY(view->hasMessage()); // nothing was on show: the new message is
    QCOMPARE(view->message().subject, m.subject);
    QCOMPARE(view->captured().receipt.recipients,
             (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("wang@example.cn"),
                          QStringLiteral("dave@example.com")}));
    QVERIFY(view->message().inlinePart(QStringLiteral("logo@sandbox.test")));
    QTRY_VERIFY(view->browser()->resolvedUrls().contains(QUrl(QStringLiteral("cid:logo@sandbox.test"))));

    auto* envelope = m_window->findChild<QTreeWidget*>(QStringLiteral("envelopeTreeWidget"));
    QTreeWidgetItem* dave = findItem(envelope, 0, QStringLiteral("<dave@example.com>"));
    QVERIFY(dave);
    QCOMPARE(dave->data(0, Qt::UserRole).toInt(), int(RecipientRoles::Role::Blind));
    QTreeWidgetItem* wang = findItem(envelope, 0, QStringLiteral("<wang@example.cn>"));
    QVERIFY(wang);
    QCOMPARE(wang->data(0, Qt::UserRole).toInt(), int(RecipientRoles::Role::Cc));
    QVERIFY(findItem(envelope, 1, QStringLiteral("sandbox (AUTH PLAIN)"))
            || findItem(envelope, 1, QStringLiteral("sandbox (AUTH CRAM-MD5)"))
            || findItem(envelope, 1, QStringLiteral("sandbox (AUTH LOGIN)")));

    auto* transcript = m_window->findChild<QTreeWidget*>(QStringLiteral("transcriptTreeWidget"));
    QVERIFY(findItem(transcript, 1, QStringLiteral("STARTTLS")));
    QVERIFY(transcript->topLevelItemCount() > 10);
    save(m_window.get(), QStringLiteral("sandbox-live.png"));
}

// The composer writes a blank line as <div><br></div>, which browsers show as one empty line;
// Qt's renderer would show two unless the viewer adjusts the markup.
void tst_SandboxWindow::blankLineShownOnce()
{
    MessageBrowser browser;
    ParsedMessage message;
    message.htmlBody = QStringLiteral("<html><body>\n<div>First</div>\n<div><br></div>\n<div>Third<br/></div>\n"
                                      "<p>Fourth<br><br></p>\n</body></html>");
    message.textBody = QStringLiteral("First\n\nThird\nFourth\n\n");
    browser.resize(600, 400);
    browser.showMessage(message, true);
    QTextDocument* doc = browser.document();
    doc->setTextWidth(560);
    QStringList shown; // one entry per drawn line
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextLayout* layout = block.layout();
        QVERIFY(layout);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            shown << block.text().mid(line.textStart(), line.textLength()).trimmed().remove(QChar(0x2028)).remove(QChar(0xa0));
        }
    }
    // "Fourth<br><br>" ends in one empty line, as in a browser.
    QCOMPARE(shown, QStringList({QStringLiteral("First"), QString(), QStringLiteral("Third"), QStringLiteral("Fourth"), QString()}));
    QCOMPARE(MessageBrowser::withoutTrailingBreaks(QStringLiteral("<DIV class=x><BR /></DIV>")),
             QStringLiteral("<DIV class=x>&nbsp;</DIV>"));
}

QTEST_MAIN(tst_SandboxWindow)
#include "tst_sandboxwindow.moc"
