// Drafts and undo send: DraftStore on disk, the composer's autosave (interval and focus loss),
// Save / Discard / Cancel on close, File ▸ Drafts, restoring what a crash left behind (also after
// a real kill -9 of the qourier binary), and the undo-send countdown. Offscreen, with the
// ScriptedAsker answering every question.

#include "BodyTextEdit.h"
#include "ComposerFixture.h"
#include "DialogAsker.h"
#include "DraftStore.h"
#include "DraftsDialog.h"
#include "FakeSmtpServer.h"
#include "SendProgressPanel.h"
#include "Translations.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storeRoundTrip();
    void storeWritesAtomically();
    void windowRestoresItsOwnDraft();
    void autosaveAfterTheInterval();
    void autosaveOnFocusLoss();
    void closeCancelKeepsEverything();
    void closeSaveKeepsADraft();
    void closeDiscardLeavesNothing();
    void draftsDialogOpensAndDeletes();
    void restoreAfterSimulatedCrash();
    void restoreAfterKill9();
    void undoSendSendsNothing();
    void undoDelaySendsAfterwards();
    void zeroDelaySendsAtOnce();
    void screenshots_data();
    void screenshots();

private:
    void type(const char* field, const QString& text);
    QString autosaveFile() const;
    // A second composer on the same files, as the next start would build it.
    std::unique_ptr<ComposerController> secondController(const QString& draftsDir);

    std::unique_ptr<ComposerFixture> f;
};

void TestDrafts::init()
{
    f = std::make_unique<ComposerFixture>();
}

void TestDrafts::cleanup()
{
    if (f && f->asker.unexpected != 0)
        qWarning() << "unexpected questions:" << f->asker.questionTexts();
    QVERIFY(!f || f->asker.unexpected == 0);
    f.reset();
}

void TestDrafts::type(const char* field, const QString& text)
{
    QTest::keyClicks(f->find<QWidget>(field), text);
}

QString TestDrafts::autosaveFile() const
{
    return f->controller->draftStore()->entryDirectory(DraftStore::Kind::Autosave, f->controller->autosaveId())
        + QStringLiteral("/draft.json");
}

std::unique_ptr<ComposerController> TestDrafts::secondController(const QString& draftsDir)
{
    ComposerController::Environment env;
    env.settings = f->settings.get();
    env.addressBookPath = f->dir.filePath(QStringLiteral("data/addresses.json"));
    env.cacheDir = f->dir.filePath(QStringLiteral("cache"));
    env.asker = &f->asker;
    env.accounts = f->accounts.get();
    env.draftsDir = draftsDir;
    return std::make_unique<ComposerController>(env);
}

void TestDrafts::storeRoundTrip()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QString a = f->writeFile(QStringLiteral("a.txt"), "first");
    const QString b = f->writeFile(QStringLiteral("b.txt"), "second");
    QImage dropped(8, 6, QImage::Format_RGB32);
    dropped.fill(Qt::blue);
    const QString droppedPath = f->dir.filePath(QStringLiteral("dropped.png"));
    QVERIFY(dropped.save(droppedPath));

    ComposerDraft d;
    d.identity = 1;
    d.to = QStringLiteral("Bob <bob@example.org>, carol@example.org");
    d.cc = QStringLiteral("dave@example.org");
    d.bcc = QStringLiteral("eve@example.org");
    d.subject = QStringLiteral("Quarterly report — 第三季度");
    d.richText = true;
    d.html = QStringLiteral("<p>Hi <b>Bob</b> <img src=\"qourier-inline:one\"></p>");
    d.plainText = QStringLiteral("Hi Bob");
    d.textForChecks = QStringLiteral("Hi Bob");
    ComposerDraft::InlineImage pasted;
    pasted.name = QStringLiteral("qourier-inline:one");
    pasted.image = QImage(10, 10, QImage::Format_ARGB32);
    pasted.image.fill(Qt::red);
    pasted.mimeType = QStringLiteral("image/png");
    ComposerDraft::InlineImage byPath;
    byPath.name = QStringLiteral("qourier-inline:two");
    byPath.image = dropped;
    byPath.sourcePath = droppedPath;
    byPath.mimeType = QStringLiteral("image/png");
    d.inlineImages = {pasted, byPath};
    d.attachments = {a, b};

    QString error;
    QVERIFY2(store.save(DraftStore::Kind::Saved, QStringLiteral("x1"), d, &error), qPrintable(error));
    const QString entryDir = store.entryDirectory(DraftStore::Kind::Saved, QStringLiteral("x1"));
    // The pasted image beside the JSON, the dropped one only by path.
    QCOMPARE(QDir(entryDir).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 1);

    DraftStore::Entry e;
    QVERIFY2(store.load(DraftStore::Kind::Saved, QStringLiteral("x1"), &e, &error), qPrintable(error));
    QCOMPARE(e.draft.identity, 1);
    QCOMPARE(e.draft.to, d.to);
    QCOMPARE(e.draft.cc, d.cc);
    QCOMPARE(e.draft.bcc, d.bcc);
    QCOMPARE(e.draft.subject, d.subject);
    QCOMPARE(e.draft.html, d.html);
    QCOMPARE(e.draft.plainText, d.plainText);
    QCOMPARE(e.draft.attachments, d.attachments);
    QCOMPARE(e.draft.inlineImages.size(), 2);
    QCOMPARE(e.draft.inlineImages.at(0).name, pasted.name);
    QCOMPARE(e.draft.inlineImages.at(0).image.convertToFormat(QImage::Format_ARGB32), pasted.image);
    QCOMPARE(e.draft.inlineImages.at(1).sourcePath, droppedPath);
    QCOMPARE(e.draft.inlineImages.at(1).image.size(), dropped.size());
    QVERIFY(e.changedFiles.isEmpty());
    QVERIFY(e.vanishedFiles.isEmpty());
    QVERIFY(e.saved.isValid());

    // Changed and vanished since: said, by path.
    {
        QFile file(a);
        QVERIFY(file.open(QIODevice::Append));
        file.write(" and more");
    }
    QVERIFY(QFile::remove(b));
    QVERIFY(store.load(DraftStore::Kind::Saved, QStringLiteral("x1"), &e));
    QCOMPARE(e.changedFiles, QStringList{a});
    QCOMPARE(e.vanishedFiles, QStringList{b});

    // Saved drafts and autosaves are separate lists; remove() removes one.
    QVERIFY(store.save(DraftStore::Kind::Autosave, QStringLiteral("y1"), d));
    QCOMPARE(store.list(DraftStore::Kind::Saved).size(), 1);
    QCOMPARE(store.list(DraftStore::Kind::Autosave).size(), 1);
    store.remove(DraftStore::Kind::Saved, QStringLiteral("x1"));
    QVERIFY(store.list(DraftStore::Kind::Saved).isEmpty());
    QVERIFY(!QFileInfo::exists(entryDir));
}

void TestDrafts::storeWritesAtomically()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    ComposerDraft d;
    d.subject = QStringLiteral("one");
    ComposerDraft::InlineImage pasted;
    pasted.name = QStringLiteral("qourier-inline:p");
    pasted.image = QImage(4, 4, QImage::Format_ARGB32);
    pasted.image.fill(Qt::green);
    d.inlineImages = {pasted};
    QVERIFY(store.save(DraftStore::Kind::Autosave, QStringLiteral("z"), d));
    const QString entryDir = store.entryDirectory(DraftStore::Kind::Autosave, QStringLiteral("z"));

    // A write that dies half-way (QSaveFile never committed) leaves the previous version whole.
    {
        QSaveFile broken(entryDir + QStringLiteral("/draft.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"subject\": \"tw");
        broken.cancelWriting();
        QVERIFY(!broken.commit());
    }
    DraftStore::Entry e;
    QVERIFY(store.load(DraftStore::Kind::Autosave, QStringLiteral("z"), &e));
    QCOMPARE(e.draft.subject, QStringLiteral("one"));
    QCOMPARE(e.draft.inlineImages.size(), 1);

    // A newer version without the image: committed, and the image file is gone afterwards,
    // no temporary files anywhere.
    d.subject = QStringLiteral("two");
    d.inlineImages.clear();
    QVERIFY(store.save(DraftStore::Kind::Autosave, QStringLiteral("z"), d));
    QCOMPARE(QDir(entryDir).entryList(QDir::Files), QStringList{QStringLiteral("draft.json")});
    QVERIFY(store.load(DraftStore::Kind::Autosave, QStringLiteral("z"), &e));
    QCOMPARE(e.draft.subject, QStringLiteral("two"));
}

void TestDrafts::windowRestoresItsOwnDraft()
{
    f->create();
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    f->window()->setCcVisible(true);
    type("ccLineEdit", QStringLiteral("carol@example.org"));
    type("subjectLineEdit", QStringLiteral("Round trip"));
    BodyTextEdit* body = f->window()->bodyEdit();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Hello "));
    body->toggleBold();
    QTest::keyClicks(body, QStringLiteral("there"));
    QImage image(12, 9, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(!body->insertImage(image).isEmpty());
    const QString a = f->writeFile(QStringLiteral("a.txt"), "attached");
    QCOMPARE(f->window()->addAttachments({a}), 1);
    const ComposerDraft before = f->window()->draft();

    ComposerWindow other;
    other.setIdentities({f->serverSettings().sender()}, {f->serverSettings().signature});
    other.setDraft(before);
    QVERIFY(!other.isModified());
    const ComposerDraft after = other.draft();
    QCOMPARE(after.to, before.to);
    QCOMPARE(after.cc, before.cc);
    QCOMPARE(after.subject, before.subject);
    QCOMPARE(after.richText, true);
    QCOMPARE(after.plainText, before.plainText);
    QCOMPARE(after.textForChecks, before.textForChecks);
    QCOMPARE(after.html, before.html);
    QCOMPARE(after.attachments, before.attachments);
    QCOMPARE(after.inlineImages.size(), 1);
    QCOMPARE(after.inlineImages.first().name, before.inlineImages.first().name);
    QCOMPARE(after.inlineImages.first().image, image);
    // The signature is recognised again: switching identity replaces it instead of adding one.
    other.setIdentities({f->serverSettings().sender()}, {QStringLiteral("Other\nSignature")});
    QCOMPARE(other.draft().plainText.count(QStringLiteral("-- ")), 1);
    QVERIFY(other.draft().plainText.contains(QStringLiteral("Other")));
}

void TestDrafts::autosaveAfterTheInterval()
{
    f->create();
    QCOMPARE(f->controller->autosaveInterval(), ComposerController::DefaultAutosaveMs);
    f->controller->setAutosaveInterval(200);
    f->window()->show();
    QTest::qWait(500);
    QVERIFY(!QFileInfo::exists(autosaveFile())); // nothing written yet: nothing to save
    type("toLineEdit", QStringLiteral("bob@example.org"));
    type("subjectLineEdit", QStringLiteral("Autosaved"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(autosaveFile()), 5000);
    DraftStore::Entry e;
    QTRY_VERIFY(f->controller->draftStore()->load(DraftStore::Kind::Autosave, f->controller->autosaveId(), &e)
                && e.draft.subject == QStringLiteral("Autosaved"));
    QCOMPARE(e.draft.to, QStringLiteral("bob@example.org"));

    // Unchanged: not written again.
    const QDateTime written = QFileInfo(autosaveFile()).lastModified();
    QTest::qWait(600);
    QCOMPARE(QFileInfo(autosaveFile()).lastModified(), written);
    // The window still says "modified": an autosave is not a saved draft.
    QVERIFY(f->window()->isModified());

    // Sent or closed normally: the autosave goes (here: the composer ends).
    const QString file = autosaveFile();
    f->controller.reset();
    QVERIFY(!QFileInfo::exists(file));
}

void TestDrafts::autosaveOnFocusLoss()
{
    f->create();
    f->controller->setAutosaveInterval(3600 * 1000);
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    QTest::qWait(50);
    QVERIFY(!QFileInfo::exists(autosaveFile()));
    QEvent deactivate(QEvent::WindowDeactivate);
    QApplication::sendEvent(f->window(), &deactivate);
    QVERIFY(QFileInfo::exists(autosaveFile()));
    DraftStore::Entry e;
    QVERIFY(f->controller->draftStore()->load(DraftStore::Kind::Autosave, f->controller->autosaveId(), &e));
    QCOMPARE(e.draft.to, QStringLiteral("bob@example.org"));
}

void TestDrafts::closeCancelKeepsEverything()
{
    f->create();
    f->window()->show();
    type("subjectLineEdit", QStringLiteral("Not yet"));
    f->controller->autosave();
    f->asker.choices = {Asker::Choice::Reject};
    QVERIFY(!f->window()->close());
    QTRY_COMPARE(f->asker.questions.size(), 1);
    QCOMPARE(f->asker.questions.first().acceptText, QStringLiteral("Save"));
    QCOMPARE(f->asker.questions.first().alternativeText, QStringLiteral("Discard"));
    QCOMPARE(f->asker.questions.first().rejectText, QStringLiteral("Cancel"));
    QTest::qWait(50);
    QVERIFY(f->window()->isVisible());
    QCOMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Not yet"));
    QVERIFY(QFileInfo::exists(autosaveFile()));
    QVERIFY(f->controller->draftStore()->list(DraftStore::Kind::Saved).isEmpty());
}

void TestDrafts::closeSaveKeepsADraft()
{
    f->create();
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    type("subjectLineEdit", QStringLiteral("Keep me"));
    f->controller->autosave();
    QVERIFY(QFileInfo::exists(autosaveFile()));
    f->asker.choices = {Asker::Choice::Accept};
    f->window()->close();
    QTRY_VERIFY(!f->window()->isVisible());
    const QList<DraftStore::Entry> saved = f->controller->draftStore()->list(DraftStore::Kind::Saved);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().draft.subject, QStringLiteral("Keep me"));
    QCOMPARE(saved.first().draft.to, QStringLiteral("bob@example.org"));
    QVERIFY(!QFileInfo::exists(autosaveFile()));
}

void TestDrafts::closeDiscardLeavesNothing()
{
    f->create();
    f->window()->show();
    type("subjectLineEdit", QStringLiteral("Throw away"));
    f->controller->autosave();
    QVERIFY(QFileInfo::exists(autosaveFile()));
    f->asker.choices = {Asker::Choice::Alternative};
    f->window()->close();
    QTRY_VERIFY(!f->window()->isVisible());
    QVERIFY(!QFileInfo::exists(autosaveFile()));
    QVERIFY(f->controller->draftStore()->list(DraftStore::Kind::Saved).isEmpty());
}

void TestDrafts::draftsDialogOpensAndDeletes()
{
    f->create();
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    type("subjectLineEdit", QStringLiteral("First draft"));
    // Ctrl+S saves: the window is unmodified afterwards.
    f->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f->window()));
    QTest::keyClick(f->find<QLineEdit>("subjectLineEdit"), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!f->window()->isModified());
    QCOMPARE(f->controller->draftStore()->list(DraftStore::Kind::Saved).size(), 1);
    const QString firstId = f->controller->savedDraftId();
    // Saving again updates the same draft.
    type("subjectLineEdit", QStringLiteral("!"));
    QVERIFY(f->controller->saveDraft());
    QCOMPARE(f->controller->draftStore()->list(DraftStore::Kind::Saved).size(), 1);
    QCOMPARE(f->controller->savedDraftId(), firstId);

    f->window()->resetToNewMessage();
    type("subjectLineEdit", QStringLiteral("Half written"));

    f->find<QAction>("draftsAction")->trigger();
    // Closing deletes it (WA_DeleteOnClose): a QPointer notices.
    QPointer<DraftsDialog> dialog = f->controller->draftsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("draftsTreeWidget"));
    QVERIFY(list);
    QVERIFY(!list->accessibleName().isEmpty());
    QCOMPARE(dialog->count(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("First draft!"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("bob@example.org"));

    // Open with Return, over a changed message: Save / Discard / Cancel, here Discard.
    f->asker.choices = {Asker::Choice::Alternative};
    list->setFocus();
    QSignalSpy opened(dialog, &DraftsDialog::openRequested);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QTRY_COMPARE(f->find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("First draft!"));
    QCOMPARE(f->find<QLineEdit>("toLineEdit")->text(), QStringLiteral("bob@example.org"));
    QVERIFY(!f->window()->isModified());
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Delete with the Delete key, confirmed.
    f->find<QAction>("draftsAction")->trigger();
    dialog = f->controller->draftsDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    list = dialog->findChild<QTreeWidget*>(QStringLiteral("draftsTreeWidget"));
    f->asker.answers = {true};
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(dialog->count(), 0);
    QVERIFY(f->controller->draftStore()->list(DraftStore::Kind::Saved).isEmpty());
    QVERIFY(f->controller->savedDraftId().isEmpty());
}

void TestDrafts::restoreAfterSimulatedCrash()
{
    f->create();
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    f->window()->setBccVisible(true);
    type("bccLineEdit", QStringLiteral("eve@example.org"));
    type("subjectLineEdit", QStringLiteral("Interrupted"));
    BodyTextEdit* body = f->window()->bodyEdit();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Text before the crash"));
    QImage image(7, 5, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    body->insertImage(image);
    const QString kept = f->writeFile(QStringLiteral("kept.txt"), "same");
    const QString changed = f->writeFile(QStringLiteral("changed.txt"), "before");
    const QString vanished = f->writeFile(QStringLiteral("vanished.txt"), "gone soon");
    QCOMPARE(f->window()->addAttachments({kept, changed, vanished}), 3);
    const ComposerDraft before = f->window()->draft();
    f->controller->autosave();

    // A killed process leaves its autosave without a live lock: here a copy under another id
    // (this composer's own autosave is locked by a live process, and never offered).
    DraftStore* store = f->controller->draftStore();
    const QString leftover = DraftStore::newId();
    QDir().mkpath(store->entryDirectory(DraftStore::Kind::Autosave, leftover));
    const QString from = store->entryDirectory(DraftStore::Kind::Autosave, f->controller->autosaveId());
    for (const QString& name : QDir(from).entryList(QDir::Files))
        QVERIFY(QFile::copy(from + QLatin1Char('/') + name,
                            store->entryDirectory(DraftStore::Kind::Autosave, leftover) + QLatin1Char('/') + name));
    {
        QFile file(changed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("after, and longer");
    }
    QVERIFY(QFile::remove(vanished));

    auto next = secondController(store->directory());
    next->window()->show();
    f->asker.choices = {Asker::Choice::Accept};
    QCOMPARE(next->offerRestore(), 1); // the leftover, not the live composer's autosave
    QTRY_COMPARE(next->window()->draft().subject, QStringLiteral("Interrupted"));
    const Asker::Question q = f->asker.questions.last();
    QVERIFY(q.informativeText.contains(QStringLiteral("Interrupted")));
    QVERIFY(q.informativeText.contains(QStringLiteral("bob@example.org")));
    QVERIFY(q.informativeText.contains(QStringLiteral("changed since then: changed.txt")));
    QVERIFY(q.informativeText.contains(QStringLiteral("no longer there, so not attached: vanished.txt")));
    QCOMPARE(q.tone, Asker::Question::Tone::Warning);

    const ComposerDraft after = next->window()->draft();
    QCOMPARE(after.to, before.to);
    QCOMPARE(after.bcc, before.bcc);
    QCOMPARE(after.plainText, before.plainText);
    QCOMPARE(after.html, before.html);
    QCOMPARE(after.inlineImages.size(), 1);
    QCOMPARE(after.inlineImages.first().image, image);
    QCOMPARE(after.attachments, (QStringList{kept, changed})); // the vanished one cannot be attached
    // Taken over by the new composer's own autosave; the leftover is gone.
    QVERIFY(!QFileInfo::exists(store->entryDirectory(DraftStore::Kind::Autosave, leftover)));
    QVERIFY(QFileInfo::exists(store->entryDirectory(DraftStore::Kind::Autosave, next->autosaveId())));
    // Nothing more to offer.
    QCOMPARE(next->offerRestore(), 0);
    next->window()->setModified(false);
    next.reset();
}

void TestDrafts::restoreAfterKill9()
{
    // The real application, typed into from the command line, killed after an autosave.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QOURIER_AUTOSAVE_MS"), QStringLiteral("300"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(QOURIER_BINARY),
              {QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
               QStringLiteral("Written before kill -9")});
    QVERIFY2(app.waitForStarted(30'000), qPrintable(app.errorString()));

    auto findAutosave = [&home]() {
        QDirIterator it(home.filePath(QStringLiteral("data")), {QStringLiteral("draft.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/drafts/autosave/")))
                return path;
        }
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!findAutosave().isEmpty(), 30'000);
    QCOMPARE(app.state(), QProcess::Running);
    app.kill(); // SIGKILL: no destructor, no cleanup
    QVERIFY(app.waitForFinished(10'000));

    // drafts/autosave/<id>/draft.json → drafts
    const QString draftsDir = QFileInfo(findAutosave()).absoluteDir().absolutePath() + QStringLiteral("/../..");
    f->create();
    auto next = secondController(QDir::cleanPath(draftsDir));
    next->window()->show();
    f->asker.choices = {Asker::Choice::Accept};
    QCOMPARE(next->offerRestore(), 1);
    QTRY_COMPARE(next->window()->draft().subject, QStringLiteral("Written before kill -9"));
    QCOMPARE(next->window()->draft().to, QStringLiteral("bob@example.org"));
    QVERIFY(f->asker.questions.last().text.contains(QStringLiteral("Restore")));
    next->window()->setModified(false);
    next.reset();
}

void TestDrafts::undoSendSendsNothing()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    f->create();
    ServerSettings s = f->serverSettings();
    s.port = server.serverPort();
    s.user.clear(); // nothing to ask
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    f->controller->setServerSettings(s);
    f->controller->setUndoDelay(2);
    QCOMPARE(f->controller->undoDelay(), 2);
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    type("subjectLineEdit", QStringLiteral("Take it back"));
    const ComposerDraft before = f->window()->draft();

    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    SendProgressPanel* panel = f->window()->progressPanel();
    QTRY_VERIFY(panel->isCountingDown());
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->phaseText(), QStringLiteral("Sending in 2 s…"));
    QPushButton* undo = panel->undoButton();
    QVERIFY(undo->isVisible());
    QVERIFY(!undo->accessibleName().isEmpty());
    QVERIFY(undo->focusPolicy() & Qt::TabFocus);
    QTRY_COMPARE(panel->phaseText(), QStringLiteral("Sending in 1 s…"));
    QCOMPARE(server.connectionCount(), 0);
    // Space on the focused Undo button, as a keyboard user would.
    undo->setFocus();
    QTest::keyClick(undo, Qt::Key_Space);
    QTRY_VERIFY(!f->window()->isSending());
    QVERIFY(!panel->isVisible());
    QVERIFY(!f->controller->isBusy());
    QTest::qWait(2500);
    QCOMPARE(server.connectionCount(), 0);
    const ComposerDraft after = f->window()->draft();
    QCOMPARE(after.to, before.to);
    QCOMPARE(after.subject, before.subject);
    QCOMPARE(after.html, before.html);
    QCOMPARE(after.plainText, before.plainText);
    QVERIFY(!f->find<QLineEdit>("subjectLineEdit")->isReadOnly());
}

void TestDrafts::undoDelaySendsAfterwards()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    f->controller->setUndoDelay(1);
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    type("subjectLineEdit", QStringLiteral("After the countdown"));
    f->asker.textAnswers = {{true, ComposerFixture::password()}};
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(f->window()->progressPanel()->isCountingDown());
    QVERIFY(f->server.messages().isEmpty());
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().first().value<SendController::Result>().delivered);
    QTRY_COMPARE(f->server.messages().size(), 1);
    QVERIFY(f->find<QLineEdit>("subjectLineEdit")->text().isEmpty()); // reset after success
}

void TestDrafts::zeroDelaySendsAtOnce()
{
    QVERIFY2(f->startServer(), qPrintable(f->server.errorString()));
    f->create();
    QCOMPARE(f->controller->undoDelay(), 0); // the fixture's; the default is 5
    f->settings->remove(QStringLiteral("send/undoSeconds"));
    QCOMPARE(f->controller->undoDelay(), ComposerController::DefaultUndoSeconds);
    f->controller->setUndoDelay(0);
    f->window()->show();
    type("toLineEdit", QStringLiteral("bob@example.org"));
    type("subjectLineEdit", QStringLiteral("At once"));
    f->asker.textAnswers = {{true, ComposerFixture::password()}};
    QSignalSpy finished(f->controller.get(), &ComposerController::sendFinished);
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QVERIFY(!f->window()->progressPanel()->isCountingDown());
    QVERIFY(finished.wait(30'000));
    QVERIFY(!f->window()->progressPanel()->isCountingDown());
    QTRY_COMPARE(f->server.messages().size(), 1);
}

void TestDrafts::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestDrafts::screenshots()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(qApp, language), language);
    const QString out = QStringLiteral("/tmp/shots-outbox");
    QDir().mkpath(out);
    FakeSmtpServer server;
    QVERIFY(server.listen());
    f->create();
    ServerSettings s = f->serverSettings();
    s.port = server.serverPort();
    s.user.clear();
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    f->controller->setServerSettings(s);
    f->controller->setUndoDelay(5);
    f->window()->resize(820, 560);
    f->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(f->window()));
    type("toLineEdit", QStringLiteral("bob@example.org"));
    type("subjectLineEdit", QStringLiteral("Quarterly report"));
    QTest::keyClicks(f->window()->bodyEdit(), QStringLiteral("Hi Bob, the numbers are in."));
    QTest::mouseClick(f->find<QToolButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(f->window()->progressPanel()->isCountingDown());
    QVERIFY(f->window()->grab().save(out + QStringLiteral("/undo-countdown-%1.png").arg(language)));
    f->controller->undoSend();
    QTRY_VERIFY(!f->window()->isSending());

    // The restore question as DialogAsker shows it.
    ComposerDraft d = f->window()->draft();
    d.attachments = {f->dir.filePath(QStringLiteral("gone.pdf"))};
    f->controller->draftStore()->save(DraftStore::Kind::Autosave, QStringLiteral("shot"), d);
    DialogAsker asker(f->window());
    ComposerController::Environment env;
    env.settings = f->settings.get();
    env.addressBookPath = f->dir.filePath(QStringLiteral("data/addresses.json"));
    env.cacheDir = f->dir.filePath(QStringLiteral("cache"));
    env.asker = &asker;
    env.accounts = f->accounts.get();
    env.draftsDir = f->controller->draftStore()->directory();
    {
        // Files that vanished since are warned about: make one.
        DraftStore::Entry e;
        QVERIFY(f->controller->draftStore()->load(DraftStore::Kind::Autosave, QStringLiteral("shot"), &e));
        QCOMPARE(e.vanishedFiles.size(), 1);
    }
    ComposerController next(env);
    QCOMPARE(next.offerRestore(), 1);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = f->window()->findChild<QMessageBox*>(QStringLiteral("askerMessageBox"))));
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->grab().save(out + QStringLiteral("/restore-question-%1.png").arg(language)));
    box->findChild<QPushButton*>(QStringLiteral("askerAlternativeButton"))->click();
    QTRY_VERIFY(!f->controller->draftStore()->list(DraftStore::Kind::Autosave).size()
                || f->controller->draftStore()->list(DraftStore::Kind::Autosave).size() == 1);
    next.window()->setModified(false);
    f->window()->setModified(false);
    Translations::install(qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
