// The Outbox window and its wiring (OutboxController): the composer's "N waiting in the Outbox",
// Retry Now (to a scripted server), Edit (back into the composer, the entry leaves), Delete
// (confirmed), and an Uncertain entry's Mark as Sent. Offscreen; screenshots in /tmp/shots-outbox.

#include "ComposerFixture.h"
#include "DraftStore.h"
#include "FakeSmtpServer.h"
#include "MimeWriter.h"
#include "NoticePanel.h"
#include "SendProgressPanel.h"
#include "Outbox.h"
#include "OutboxController.h"
#include "OutboxSender.h"
#include "OutboxWindow.h"
#include "Translations.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

class TestOutboxWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusBarCountsWaitingMessages();
    void retryNowSends();
    void editTakesTheMessageBack();
    void deleteAsksFirst();
    void uncertainOffersTheChoice();
    void composerDeferredFailureWaitsInTheOutbox();
    void composerPermanentFailureKeepsOneCopy();
    void composerUncertainIsExplained();
    void undoBeforeTheOutbox();
    void cancelKeepsOnlyTheComposersCopy();
    void cancelWhileTheOutboxIsWritten();
    void screenshots_data();
    void screenshots();

private:
    QString addEntry(const QString& subject, OutboxEntry::State state, bool withDraft = true,
                     const SmtpSettings& settings = SmtpSettings());
    QPushButton* button(const char* name) const;
    // The composer sends through the outbox, to a clear-text scripted server.
    void sendThroughOutboxTo(FakeSmtpServer& server, const QString& subject);

    std::unique_ptr<ComposerFixture> f;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<OutboxController> m_controller;
};

void TestOutboxWindow::init()
{
    f = std::make_unique<ComposerFixture>();
    f->create();
    m_outbox = std::make_unique<Outbox>(f->dir.filePath(QStringLiteral("outbox-root")));
    ComposerController* composer = f->controller.get();
    m_sender = std::make_unique<OutboxSender>(
        m_outbox.get(), [composer](const OutboxEntry& entry, bool renewToken, OutboxSender::ResolveDone done) {
            composer->resolveOutboxIdentity(entry.identity, renewToken, std::move(done));
        });
    m_controller = std::make_unique<OutboxController>(m_outbox.get(), m_sender.get(), composer, &f->asker);
    f->window()->show();
}

void TestOutboxWindow::cleanup()
{
    if (f && f->asker.unexpected != 0)
        qWarning() << "unexpected questions:" << f->asker.questionTexts();
    QVERIFY(!f || f->asker.unexpected == 0);
    m_controller.reset();
    m_sender.reset();
    m_outbox.reset();
    if (f)
        f->window()->setModified(false);
    f.reset();
}

QPushButton* TestOutboxWindow::button(const char* name) const
{
    auto* b = m_controller->window()->findChild<QPushButton*>(QLatin1String(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

QString TestOutboxWindow::addEntry(const QString& subject, OutboxEntry::State state, bool withDraft,
                                   const SmtpSettings& settings)
{
    MailMessage m;
    m.from = MailAddress{QStringLiteral("Alice"), QStringLiteral("alice@example.org")};
    m.to = {MailAddress{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
    m.subject = subject;
    m.textBody = QStringLiteral("Hello Bob\n");
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    if (!writer)
        qFatal("%s", qPrintable(error));
    OutboxEntry e;
    e.envelope = writer->envelope();
    e.subject = subject;
    e.toDisplay = QStringLiteral("Bob <bob@example.org>");
    e.identity.kind = OutboxIdentity::Kind::Direct;
    e.identity.settings = settings;
    e.state = state == OutboxEntry::State::Uncertain ? OutboxEntry::State::Deferred : state;
    if (state == OutboxEntry::State::Deferred) {
        e.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(3600);
        e.attempts = 1;
        e.lastError.kind = QStringLiteral("ServiceUnavailable");
        e.lastError.text = QStringLiteral("The server is busy: 421 4.3.2 Try again later");
    }
    if (withDraft) {
        ComposerDraft d;
        d.to = QStringLiteral("Bob <bob@example.org>");
        d.subject = subject;
        d.richText = false;
        d.plainText = QStringLiteral("Hello Bob");
        e.draft = DraftStore::toJson(d);
    }
    const QString id = m_outbox->add(*writer, e, &error);
    if (id.isEmpty())
        qFatal("%s", qPrintable(error));
    if (state == OutboxEntry::State::Deferred) {
        // add() starts every entry at 0 attempts: as after one failed attempt.
        OutboxEntry d = m_outbox->entry(id);
        d.attempts = 1;
        d.nextAttempt = e.nextAttempt;
        d.lastError = e.lastError;
        m_outbox->update(d);
    }
    if (state == OutboxEntry::State::Uncertain) {
        OutboxEntry u = m_outbox->entry(id);
        u.state = OutboxEntry::State::Uncertain;
        u.committed = true;
        u.attempts = 1;
        u.lastError.kind = QStringLiteral("ServerClosed");
        u.lastError.deliveryUncertain = true;
        u.lastError.text = QStringLiteral("The connection closed after the message was sent");
        m_outbox->update(u);
    }
    return id;
}

void TestOutboxWindow::statusBarCountsWaitingMessages()
{
    auto* label = f->find<QPushButton>("outboxStatusButton");
    QVERIFY(!label->isVisible());
    addEntry(QStringLiteral("Deferred one"), OutboxEntry::State::Deferred);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("1 waiting in the Outbox"));
    QCOMPARE(m_controller->waitingCount(), 1);
    // The label opens the window.
    QTest::mouseClick(label, Qt::LeftButton);
    QVERIFY(m_controller->window());
    QTRY_VERIFY(m_controller->window()->isVisible());
    auto* table = m_controller->window()->findChild<QTableWidget*>(QStringLiteral("outboxTableWidget"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Will retry"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Deferred one"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
    QVERIFY(!table->item(0, 4)->text().isEmpty()); // when it will be retried
    QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("421")));
    QVERIFY(!table->accessibleName().isEmpty());
}

void TestOutboxWindow::retryNowSends()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    server.send("220 fake ESMTP\r\n")
        .expect("EHLO *")
        .send("250 fake\r\n")
        .expect("MAIL FROM:*")
        .send("250 2.1.0 Ok\r\n")
        .expect("RCPT TO:*")
        .send("250 2.1.5 Ok\r\n")
        .expect("DATA")
        .send("354 go\r\n")
        .expectData()
        .send("250 2.0.0 Queued as 42\r\n");
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.serverPort();
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    const QString id = addEntry(QStringLiteral("Retry me"), OutboxEntry::State::Deferred, true, s);
    m_controller->show();
    QTRY_COMPARE(m_controller->window()->rowCount(), 1);
    QPushButton* retry = button("retryButton");
    QVERIFY(retry->isEnabled());
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_outbox->contains(id), 20'000);
    QCOMPARE(server.bodies().size(), 1);
    QVERIFY(server.bodies().first().contains("Subject: Retry me"));
    QTRY_COMPARE(m_controller->window()->rowCount(), 0);
    QVERIFY(!f->find<QPushButton>("outboxStatusButton")->isVisible());
}

void TestOutboxWindow::editTakesTheMessageBack()
{
    const QString id = addEntry(QStringLiteral("Edit me"), OutboxEntry::State::Failed);
    // The composer holds unsaved work: asked first; Save keeps it as a draft.
    QTest::keyClicks(f->find<QLineEdit>("subjectLineEdit"), QStringLiteral("Work in progress"));
    m_controller->show();
    QTRY_COMPARE(m_controller->window()->rowCount(), 1);
    f->asker.choices = {Asker::Choice::Accept};
    button("editButton")->click();
    QTRY_COMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Edit me"));
    QCOMPARE(f->find<QLineEdit>("toLineEdit")->text(), QStringLiteral("Bob <bob@example.org>"));
    QVERIFY(!m_outbox->contains(id)); // never two copies
    QCOMPARE(f->controller->draftStore()->list(DraftStore::Kind::Saved).size(), 1);
    QCOMPARE(f->controller->draftStore()->list(DraftStore::Kind::Saved).first().draft.subject,
             QStringLiteral("Work in progress"));
    QVERIFY(f->window()->isModified());
}

void TestOutboxWindow::deleteAsksFirst()
{
    const QString id = addEntry(QStringLiteral("Delete me"), OutboxEntry::State::Failed);
    m_controller->show();
    QTRY_COMPARE(m_controller->window()->rowCount(), 1);
    f->asker.answers = {false};
    button("deleteButton")->click();
    QTRY_COMPARE(f->asker.questions.size(), 1);
    QTest::qWait(20);
    QVERIFY(m_outbox->contains(id));
    f->asker.answers = {true};
    QTest::keyClick(m_controller->window(), Qt::Key_Delete);
    QTRY_VERIFY(!m_outbox->contains(id));
    QTRY_COMPARE(m_controller->window()->rowCount(), 0);
}

void TestOutboxWindow::uncertainOffersTheChoice()
{
    const QString id = addEntry(QStringLiteral("Maybe arrived"), OutboxEntry::State::Uncertain);
    m_controller->show();
    QTRY_COMPARE(m_controller->window()->rowCount(), 1);
    auto* table = m_controller->window()->findChild<QTableWidget*>(QStringLiteral("outboxTableWidget"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Maybe sent"));
    QVERIFY(!button("retryButton")->isEnabled()); // never retried like the others
    QVERIFY(button("sendAgainButton")->isVisible());
    QVERIFY(button("markSentButton")->isVisible());
    auto* explanation = m_controller->window()->findChild<QLabel*>(QStringLiteral("uncertainExplanationLabel"));
    QVERIFY(explanation->isVisible());
    QVERIFY(explanation->text().contains(QStringLiteral("two copies")));
    button("markSentButton")->click();
    QTRY_VERIFY(!m_outbox->contains(id));
    QCOMPARE(QDir(m_outbox->sentDir()).entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 1);
}

void TestOutboxWindow::sendThroughOutboxTo(FakeSmtpServer& server, const QString& subject)
{
    f->controller->setOutbox(m_outbox.get(), m_sender.get());
    ServerSettings s = f->serverSettings();
    s.port = server.serverPort();
    s.user.clear();
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    f->controller->setServerSettings(s);
    if (f->find<QLineEdit>("toLineEdit")->text().isEmpty())
        QTest::keyClicks(f->find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org"));
    if (f->find<QLineEdit>("subjectLineEdit")->text().isEmpty())
        QTest::keyClicks(f->find<QLineEdit>("subjectLineEdit"), subject);
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
}

void TestOutboxWindow::composerDeferredFailureWaitsInTheOutbox()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    server.send("421 4.3.2 Busy, try again later\r\n").close(); // RFC 5321 §3.8: temporary
    sendThroughOutboxTo(server, QStringLiteral("Later is fine"));
    const QList<OutboxEntry> entries = m_outbox->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, OutboxEntry::State::Deferred);
    QVERIFY(entries.first().nextAttempt > QDateTime::currentDateTimeUtc());
    QCOMPARE(entries.first().subject, QStringLiteral("Later is fine"));
    QVERIFY(!entries.first().draft.isEmpty());
    // Safe in the outbox: the composer is free, and says when it is retried.
    QVERIFY(f->find<QLineEdit>("subjectLineEdit")->text().isEmpty());
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QCOMPARE(notice->title(), QStringLiteral("Not sent yet: it will be retried"));
    auto* label = f->find<QPushButton>("outboxStatusButton");
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("1 waiting in the Outbox"));
}

void TestOutboxWindow::composerPermanentFailureKeepsOneCopy()
{
    {
        FakeSmtpServer server;
        QVERIFY(server.listen());
        server.send("220 fake ESMTP\r\n")
            .expect("EHLO *")
            .send("250 fake\r\n")
            .expect("MAIL FROM:*")
            .send("550 5.7.1 Sender not allowed\r\n");
        sendThroughOutboxTo(server, QStringLiteral("Refused sender"));
    }
    QCOMPARE(m_outbox->entries().size(), 1);
    const OutboxEntry first = m_outbox->entries().first();
    QCOMPARE(first.state, OutboxEntry::State::Failed);
    QCOMPARE(f->controller->outboxEntryId(), first.id);
    // Kept in the composer, to be corrected.
    QCOMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Refused sender"));
    QVERIFY(!f->window()->isSending());

    // Sending again replaces the failed entry: never two copies.
    {
        FakeSmtpServer server;
        QVERIFY(server.listen());
        server.send("220 fake ESMTP\r\n")
            .expect("EHLO *")
            .send("250 fake\r\n")
            .expect("MAIL FROM:*")
            .send("550 5.7.1 Sender not allowed\r\n");
        sendThroughOutboxTo(server, QString());
    }
    const QList<OutboxEntry> entries = m_outbox->entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().id != first.id);
    QCOMPARE(entries.first().state, OutboxEntry::State::Failed);
}

void TestOutboxWindow::composerUncertainIsExplained()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    // The connection dies after the final dot, before the server's reply (RFC 1047).
    server.send("220 fake ESMTP\r\n")
        .expect("EHLO *")
        .send("250 fake\r\n")
        .expect("MAIL FROM:*")
        .send("250 2.1.0 Ok\r\n")
        .expect("RCPT TO:*")
        .send("250 2.1.5 Ok\r\n")
        .expect("DATA")
        .send("354 go\r\n")
        .expectData()
        .close();
    sendThroughOutboxTo(server, QStringLiteral("Did it arrive?"));
    const QList<OutboxEntry> entries = m_outbox->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, OutboxEntry::State::Uncertain);
    NoticePanel* notice = f->find<NoticePanel>("noticePanel");
    QCOMPARE(notice->title(), QStringLiteral("Maybe sent: please decide"));
    // Its button opens the Outbox, where the choice is.
    QVERIFY(!m_controller->window());
    emit notice->actionTriggered();
    QTRY_VERIFY(m_controller->window() && m_controller->window()->isVisible());
    QTest::qWait(200);
    QCOMPARE(server.connectionCount(), 1); // never resent by itself
}

void TestOutboxWindow::undoBeforeTheOutbox()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    f->controller->setOutbox(m_outbox.get(), m_sender.get());
    ServerSettings s = f->serverSettings();
    s.port = server.serverPort();
    s.user.clear();
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    f->controller->setServerSettings(s);
    f->controller->setUndoDelay(1);
    QTest::keyClicks(f->find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(f->find<QLineEdit>("subjectLineEdit"), QStringLiteral("Second thoughts"));
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(f->window()->progressPanel()->isCountingDown());
    QVERIFY(m_outbox->entries().isEmpty()); // nothing written, nothing sent during the delay
    f->window()->progressPanel()->undoButton()->click();
    QTRY_VERIFY(!f->window()->isSending());
    QTest::qWait(1500);
    QVERIFY(m_outbox->entries().isEmpty());
    QCOMPARE(server.connectionCount(), 0);
    QCOMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Second thoughts"));
}

void TestOutboxWindow::cancelKeepsOnlyTheComposersCopy()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    server.send("220 fake ESMTP\r\n").expect("EHLO *").stall();
    f->controller->setOutbox(m_outbox.get(), m_sender.get());
    ServerSettings s = f->serverSettings();
    s.port = server.serverPort();
    s.user.clear();
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    f->controller->setServerSettings(s);
    QTest::keyClicks(f->find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(f->find<QLineEdit>("subjectLineEdit"), QStringLiteral("Stop it"));
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QTRY_COMPARE(m_outbox->entries().size(), 1);
    QTRY_VERIFY(server.scriptFinished());
    // The cancel may end the session at once, inside click().
    f->window()->progressPanel()->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
    QTRY_VERIFY(m_outbox->entries().isEmpty());
    QVERIFY(!f->window()->isSending());
    QCOMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Stop it"));
    QCOMPARE(f->find<NoticePanel>("noticePanel")->title(), QStringLiteral("Sending was cancelled"));
}

// The outbox copy of a large message is written on a worker thread; Cancel meanwhile drops the
// entry once it is written, nothing is sent, and the composer keeps the message.
void TestOutboxWindow::cancelWhileTheOutboxIsWritten()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    f->controller->setOutbox(m_outbox.get(), m_sender.get());
    ServerSettings s = f->serverSettings();
    s.port = server.serverPort();
    s.user.clear();
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    f->controller->setServerSettings(s);
    f->controller->setUndoDelay(0);
    QTest::keyClicks(f->find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(f->find<QLineEdit>("subjectLineEdit"), QStringLiteral("Too big to wait for"));
    f->window()->addAttachments({f->sparseFile(QStringLiteral("big.bin"), 120LL * 1024 * 1024)});
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    // Send returned at once although 160 MB are being encoded and written: the window is free.
    QVERIFY(f->window()->isSending());
    QCOMPARE(finished.count(), 0);
    f->window()->progressPanel()->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    QCOMPARE(finished.first().first().value<SendController::Result>().error.kind, SmtpError::Kind::Cancelled);
    QVERIFY(m_outbox->entries().isEmpty());
    QVERIFY(QDir(m_outbox->outboxDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(server.connectionCount(), 0);
    QVERIFY(!f->window()->isSending());
    QCOMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Too big to wait for"));
    QCOMPARE(f->window()->draft().attachments.size(), 1);
}

void TestOutboxWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestOutboxWindow::screenshots()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(qApp, language), language);
    addEntry(QStringLiteral("Quarterly report"), OutboxEntry::State::Deferred);
    addEntry(QStringLiteral("Minutes of Monday"), OutboxEntry::State::Uncertain);
    addEntry(QStringLiteral("Invoice 2026-11"), OutboxEntry::State::Failed);
    m_controller->show();
    OutboxWindow* w = m_controller->window();
    QTRY_COMPARE(w->rowCount(), 3);
    w->selectId(m_outbox->entries().at(1).id);
    w->resize(900, 380);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QDir().mkpath(QStringLiteral("/tmp/shots-outbox"));
    QVERIFY(w->grab().save(QStringLiteral("/tmp/shots-outbox/outbox-window-%1.png").arg(language)));
    QVERIFY(f->window()->grab().save(QStringLiteral("/tmp/shots-outbox/composer-outbox-count-%1.png").arg(language)));
    Translations::install(qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestOutboxWindow)
#include "tst_outboxwindow.moc"
