#include "SandboxWindow.h"

#include "MessageReader.h"
#include "MessageView.h"
#include "RecipientRoles.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int OrderRole = Qt::UserRole + 1;

// Coalesces the burst of directory changes one stored message makes (partial file, rename,
// receipt) into one scan.
constexpr int ScanDelayMs = 150;
// While the directory does not exist there is nothing to watch: look again now and then.
constexpr int MissingDirectoryRetryMs = 2000;

QString orderKey(const CapturedMessage& m)
{
    // Receipt ids sort by arrival (SandboxStore::newId); the time first keeps foreign names in order.
    return m.receipt.received.toUTC().toString(QStringLiteral("yyyyMMddHHmmsszzz")) + QLatin1Char('|') + m.id;
}

} // namespace

static void initSandboxWindowResources()
{
    // resources/qourier.qrc is compiled into this static library (see ComposerWindow).
    Q_INIT_RESOURCE(qourier);
}

SandboxWindow::SandboxWindow(MessageReader* reader, QWidget* parent)
    : QMainWindow(parent)
    , m_reader(reader)
{
    initSandboxWindowResources();
    setObjectName(QStringLiteral("sandboxWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/qourier.svg")));

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("sandboxCentralWidget"));

    m_serverLabel = new QLabel(central);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->setAccessibleName(tr("Sandbox server"));
    m_serverLabel->setTextFormat(Qt::PlainText);
    m_serverLabel->setWordWrap(true);
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->hide();

    auto* splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("sandboxSplitter"));
    splitter->setChildrenCollapsible(false);

    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("messageTreeWidget"));
    m_list->setAccessibleName(tr("Captured messages"));
    m_list->setAccessibleDescription(tr("Newest first. Select one to see it below."));
    m_list->setHeaderLabels({tr("Received"), tr("From"), tr("Envelope recipients"), tr("Subject"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->setWordWrap(false);
    // Long recipient lists end with the Bcc ones ("dave@example.com (Bcc)"): keep both ends.
    m_list->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReceivedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FromColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RecipientsColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(FromColumn, 170);
    m_list->setColumnWidth(RecipientsColumn, 340);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SandboxWindow::onCurrentItemChanged);

    m_view = new MessageView(splitter);
    connect(m_view, &MessageView::statusMessage, this, [this](const QString& text) { showStatus(text, 8000); });

    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 600});

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_serverLabel);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SandboxWindow::scheduleScan);
    m_scanTimer.setSingleShot(true);
    connect(&m_scanTimer, &QTimer::timeout, this, &SandboxWindow::scan);

    buildMenus();
    statusBar()->setObjectName(QStringLiteral("sandboxStatusBar"));
    m_countLabel = new QLabel(statusBar());
    m_countLabel->setObjectName(QStringLiteral("messageCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_countLabel);
    updateCount();
    updateTitle();
    updatePlaceholder();
    resize(1060, 780);
    m_list->setFocus();
}

SandboxWindow::~SandboxWindow() = default;

void SandboxWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_openFileAction = file->addAction(tr("&Open Message File…"), this, &SandboxWindow::chooseMessageFile);
    m_openFileAction->setObjectName(QStringLiteral("openMessageFileAction"));
    m_openFileAction->setShortcut(QKeySequence::Open);
    m_openFileAction->setToolTip(tr("Show any .eml file the way the sandbox shows captured mail"));
    m_reloadAction = file->addAction(tr("&Reload"), this, &SandboxWindow::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("closeAction"));
    close->setShortcut(QKeySequence::Close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    struct PageAction
    {
        QString text;
        MessageView::Page page;
        const char* name;
        Qt::Key key;
    };
    const PageAction pages[] = {
        {tr("&Message"), MessageView::Page::Message, "showMessagePageAction", Qt::Key_1},
        {tr("&Envelope and Headers"), MessageView::Page::Headers, "showHeadersPageAction", Qt::Key_2},
        {tr("&Source"), MessageView::Page::Source, "showSourcePageAction", Qt::Key_3},
        {tr("&Transcript"), MessageView::Page::Transcript, "showTranscriptPageAction", Qt::Key_4},
    };
    for (const PageAction& p : pages) {
        QAction* action = view->addAction(p.text);
        action->setObjectName(QLatin1String(p.name));
        action->setShortcut(QKeySequence(Qt::CTRL | p.key));
        const MessageView::Page page = p.page;
        connect(action, &QAction::triggered, this, [this, page]() { m_view->showPage(page); });
    }
}

void SandboxWindow::setDirectory(const QString& directory)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    const QString cleaned = QDir::cleanPath(directory);
    if (cleaned != m_directory)
        removeMissing({}); // another directory: start over
    m_directory = cleaned;
    m_initialScan = true;
    scan();
    m_initialScan = false;
    updateTitle();
}

void SandboxWindow::setServerDescription(const QString& text)
{
    m_serverLabel->setText(text);
    m_serverLabel->setVisible(!text.isEmpty());
}

void SandboxWindow::scheduleScan()
{
    m_scanTimer.start(ScanDelayMs);
}

void SandboxWindow::reload()
{
    m_initialScan = true;
    scan();
    m_initialScan = false;
}

void SandboxWindow::scan()
{
    if (m_directory.isEmpty())
        return;
    const QDir dir(m_directory);
    if (!dir.exists()) {
        m_scanTimer.start(MissingDirectoryRetryMs);
        updatePlaceholder();
        return;
    }
    if (!m_watcher->directories().contains(m_directory))
        m_watcher->addPath(m_directory);

    // Receipts appear atomically (written under a hidden name, then renamed) after their .eml, so
    // every *.json listed here is complete and its message is already there (SandboxStore::commit).
    QStringList present;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        present << dir.filePath(name);
    removeMissing(present);
    for (const QString& path : qAsConst(present)) {
        if (!m_messages.contains(path))
            addMessage(path);
    }
    updateCount();
    updatePlaceholder();
}

void SandboxWindow::removeMissing(const QStringList& present)
{
    // Only the newest messages are kept (SandboxStore::prune): rows of deleted ones go.
    const QSet<QString> kept(present.cbegin(), present.cend());
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        const QString path = m_list->topLevelItem(i)->data(ReceivedColumn, PathRole).toString();
        if (!kept.contains(path)) {
            m_messages.remove(path);
            delete m_list->takeTopLevelItem(i);
        }
    }
}

void SandboxWindow::addMessage(const QString& jsonPath)
{
    const QString path = QDir::cleanPath(jsonPath);
    if (m_messages.contains(path))
        return;
    QString error;
    const CapturedMessage message = CapturedMessage::fromReceiptFile(path, &error);
    if (!message.isValid()) {
        showStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), error), 8000);
        return;
    }
    const QTreeWidgetItem* item = insertMessage(message);
    updateCount();
    updatePlaceholder();
    if (!m_initialScan)
        showStatus(tr("New message from %1: %2").arg(item->text(FromColumn), item->text(SubjectColumn)), 8000);
    // Nothing on show: show what just arrived, so a person who sends and looks sees it at once.
    if (!m_list->currentItem() && m_openedFile.isEmpty())
        selectMessage(0);
}

QTreeWidgetItem* SandboxWindow::insertMessage(const CapturedMessage& message)
{
    const ParsedMessage headers = m_reader->readHeaders(message.emlPath);
    const SandboxReceipt& r = message.receipt;

    QString from = headers.from.isEmpty() ? QString() : headers.from.constFirst().display();
    if (headers.from.size() == 1 && !headers.from.constFirst().name.isEmpty())
        from = headers.from.constFirst().name;
    if (from.isEmpty())
        from = r.mailFrom.isEmpty() ? QStringLiteral("<>") : r.mailFrom;

    QStringList recipients;
    int blind = 0;
    for (const RecipientRoles::Entry& e : RecipientRoles::classify(r.recipients, headers)) {
        if (e.role == RecipientRoles::Role::Blind) {
            recipients << tr("%1 (Bcc)").arg(e.address);
            ++blind;
        } else {
            recipients << e.address;
        }
    }

    const QDateTime received = r.received.toLocalTime();
    const QString when = QLocale().toString(received.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + received.time().toString(QStringLiteral("HH:mm:ss"));
    const QString subject = !headers.valid ? tr("(unreadable: %1)").arg(headers.error)
        : headers.subject.isEmpty()        ? tr("(no subject)")
                                           : headers.subject;

    auto* item = new QTreeWidgetItem;
    item->setText(ReceivedColumn, when);
    item->setText(FromColumn, from);
    item->setText(RecipientsColumn, recipients.join(QStringLiteral(", ")));
    item->setText(SubjectColumn, subject);
    item->setText(SizeColumn, QLocale().formattedDataSize(message.size));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(ReceivedColumn, QLocale().toString(received, QLocale::LongFormat));
    item->setToolTip(FromColumn, headers.from.isEmpty() ? from : headers.from.constFirst().display());
    item->setToolTip(RecipientsColumn,
                     blind ? tr("%1\n\n%n recipient(s) in no To or Cc header: Bcc, hidden from the others.",
                                nullptr, blind)
                                 .arg(r.recipients.join(QLatin1Char('\n')))
                           : r.recipients.join(QLatin1Char('\n')));
    item->setToolTip(SubjectColumn, subject);
    item->setToolTip(SizeColumn, tr("%1 octets").arg(QLocale().toString(message.size)));
    item->setData(ReceivedColumn, PathRole, message.jsonPath);
    const QString key = orderKey(message);
    item->setData(ReceivedColumn, OrderRole, key);

    // Newest first: before the first row that is older.
    int row = 0;
    while (row < m_list->topLevelItemCount()
           && m_list->topLevelItem(row)->data(ReceivedColumn, OrderRole).toString() > key)
        ++row;
    m_list->insertTopLevelItem(row, item);
    m_messages.insert(message.jsonPath, message);
    return item;
}

int SandboxWindow::messageCount() const
{
    return m_list->topLevelItemCount();
}

void SandboxWindow::selectMessage(int row)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

QString SandboxWindow::messagePath(int row) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->data(ReceivedColumn, PathRole).toString() : QString();
}

void SandboxWindow::onCurrentItemChanged(QTreeWidgetItem* current)
{
    if (!current) {
        if (m_openedFile.isEmpty())
            updatePlaceholder();
        return;
    }
    const QString path = current->data(ReceivedColumn, PathRole).toString();
    const auto it = m_messages.constFind(path);
    if (it == m_messages.constEnd())
        return;
    m_openedFile.clear();
    showCaptured(it.value());
    updateTitle();
}

void SandboxWindow::showCaptured(const CapturedMessage& message)
{
    const ParsedMessage parsed = m_reader->read(message.emlPath);
    if (!parsed.valid) {
        m_view->showPlaceholder(tr("Cannot show this message: %1").arg(parsed.error));
        return;
    }
    m_view->showMessage(message, parsed);
}

void SandboxWindow::openMessageFile(const QString& emlPath)
{
    const CapturedMessage message = CapturedMessage::fromMessageFile(emlPath);
    {
        // The list no longer shows what is on screen.
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_openedFile = message.emlPath;
    showCaptured(message);
    updateTitle();
    showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(message.emlPath)), 5000);
}

void SandboxWindow::chooseMessageFile()
{
    auto* dialog = new QFileDialog(this, tr("Open Message File"));
    dialog->setObjectName(QStringLiteral("openMessageFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Messages (*.eml *.msg *.txt)"), tr("All files (*)")});
    if (!m_directory.isEmpty() && QDir(m_directory).exists())
        dialog->setDirectory(m_directory);
    connect(dialog, &QFileDialog::fileSelected, this, &SandboxWindow::openMessageFile);
    dialog->open();
}

void SandboxWindow::updateTitle()
{
    if (!m_openedFile.isEmpty())
        setWindowTitle(tr("%1 — Sandbox Mail — Qourier").arg(QFileInfo(m_openedFile).fileName()));
    else
        setWindowTitle(tr("Sandbox Mail — Qourier"));
}

void SandboxWindow::updatePlaceholder()
{
    if (m_view->hasMessage() && (m_list->currentItem() || !m_openedFile.isEmpty()))
        return;
    if (messageCount() > 0) {
        m_view->showPlaceholder(tr("Select a message to see it."));
    } else if (!m_directory.isEmpty() && !QDir(m_directory).exists()) {
        m_view->showPlaceholder(tr("No mail captured yet. Messages sent to the sandbox appear here as they "
                                   "arrive.\n\n(Waiting for %1 to be created.)")
                                    .arg(QDir::toNativeSeparators(m_directory)));
    } else {
        m_view->showPlaceholder(tr("No mail captured yet. Messages sent to the sandbox appear here as they "
                                   "arrive."));
    }
}

void SandboxWindow::updateCount()
{
    m_countLabel->setText(m_directory.isEmpty()
                              ? tr("%n message(s)", nullptr, messageCount())
                              : tr("%n message(s) in %1", nullptr, messageCount())
                                    .arg(QDir::toNativeSeparators(m_directory)));
}

void SandboxWindow::showStatus(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}
