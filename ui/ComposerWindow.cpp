#include "ComposerWindow.h"

#include "Asker.h"
#include "AttachmentListWidget.h"
#include "BodyExporter.h"
#include "BodyTextEdit.h"
#include "ConnectionLogDock.h"
#include "RecipientLineEdit.h"
#include "SendProgressPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QIcon icon(const QString& themeName, const QString& resource)
{
    // The desktop's own icons where it has them, ours otherwise (and always offscreen).
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/") + resource + QStringLiteral(".svg")));
}

} // namespace

static void initResources()
{
    // resources/qourier.qrc lives in this static library: register it before the first icon.
    Q_INIT_RESOURCE(qourier);
}

ComposerWindow::ComposerWindow(Asker* asker, QWidget* parent)
    : QMainWindow(parent)
    , m_asker(asker)
{
    initResources();
    setObjectName(QStringLiteral("composerWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/qourier.svg")));
    setAcceptDrops(true);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("composerCentralWidget"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);

    buildSandboxBanner(central);
    buildFields(central);
    m_noticePanel = new NoticePanel(central);
    buildFormatBar(central);

    m_body = new BodyTextEdit(central);
    m_body->setObjectName(QStringLiteral("bodyTextEdit"));
    m_body->setAccessibleName(tr("Message body"));
    connect(m_body, &BodyTextEdit::filesDropped, this, &ComposerWindow::addAttachments);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, &ComposerWindow::updateFormatActions);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &ComposerWindow::updateFormatActions);
    // Block formats (a quote) change without moving the cursor.
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &ComposerWindow::updateFormatActions);

    // Attachments: a header line with the count and total size, then the files.
    m_attachmentPane = new QWidget(central);
    m_attachmentPane->setObjectName(QStringLiteral("attachmentPaneWidget"));
    m_attachmentSummaryLabel = new QLabel(m_attachmentPane);
    m_attachmentSummaryLabel->setObjectName(QStringLiteral("attachmentSummaryLabel"));
    auto* removeButton = m_removeAttachmentButton = new QToolButton(m_attachmentPane);
    removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    removeButton->setText(tr("Remove"));
    removeButton->setToolTip(tr("Remove the selected attachments (Delete)"));
    removeButton->setAutoRaise(true);
    m_attachmentList = new AttachmentListWidget(m_attachmentPane);
    m_attachmentList->setObjectName(QStringLiteral("attachmentListWidget"));
    m_attachmentList->setAccessibleName(tr("Attachments"));
    m_attachmentList->setMaximumHeight(72);
    m_attachmentSummaryLabel->setBuddy(m_attachmentList);
    connect(removeButton, &QToolButton::clicked, m_attachmentList, &AttachmentListWidget::removeSelected);
    connect(m_attachmentList, &AttachmentListWidget::filesChanged, this, &ComposerWindow::updateAttachmentSummary);
    auto* paneHeader = new QHBoxLayout;
    paneHeader->setContentsMargins(0, 0, 0, 0);
    paneHeader->addWidget(m_attachmentSummaryLabel, 1);
    paneHeader->addWidget(removeButton);
    auto* paneLayout = new QVBoxLayout(m_attachmentPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(2);
    paneLayout->addLayout(paneHeader);
    paneLayout->addWidget(m_attachmentList);
    m_attachmentPane->hide();

    m_progressPanel = new SendProgressPanel(central);
    m_progressPanel->hide();
    connect(m_progressPanel, &SendProgressPanel::cancelRequested, this, [this]() {
        m_progressPanel->setCancelling();
        emit cancelRequested();
    });
    connect(m_progressPanel, &SendProgressPanel::undoRequested, this, &ComposerWindow::undoSendRequested);

    layout->addWidget(m_noticePanel);
    layout->addWidget(m_formatToolBar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_attachmentPane);
    layout->addWidget(m_progressPanel);
    setCentralWidget(central);

    m_logDock = new ConnectionLogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    connect(m_noticePanel, &NoticePanel::showLogRequested, this, &ComposerWindow::showConnectionLog);

    buildMenus();
    buildToolBar();
    statusBar()->setObjectName(QStringLiteral("composerStatusBar"));
    // Permanent: messages waiting in the Outbox are never forgotten behind a passing status text.
    m_outboxStatusButton = new QPushButton(statusBar());
    m_outboxStatusButton->setObjectName(QStringLiteral("outboxStatusButton"));
    m_outboxStatusButton->setFlat(true);
    m_outboxStatusButton->setToolTip(tr("Open the Outbox"));
    connect(m_outboxStatusButton, &QPushButton::clicked, this, &ComposerWindow::outboxRequested);
    statusBar()->addPermanentWidget(m_outboxStatusButton);
    m_outboxStatusButton->hide();

    // Everything that changes the message sets the modified flag (drafts, autosave, close).
    for (RecipientLineEdit* field : recipientFields())
        connect(field, &QLineEdit::textChanged, this, &ComposerWindow::onContentChanged);
    connect(m_subjectLineEdit, &QLineEdit::textChanged, this, &ComposerWindow::onContentChanged);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &ComposerWindow::onContentChanged);
    connect(m_attachmentList, &AttachmentListWidget::filesChanged, this, &ComposerWindow::onContentChanged);
    connect(m_fromComboBox, &QComboBox::currentIndexChanged, this, &ComposerWindow::onContentChanged);

    setTabOrder(m_fromComboBox, m_toLineEdit);
    setTabOrder(m_toLineEdit, m_ccLineEdit);
    setTabOrder(m_ccLineEdit, m_bccLineEdit);
    setTabOrder(m_bccLineEdit, m_subjectLineEdit);
    setTabOrder(m_subjectLineEdit, m_body);

    setCcVisible(false);
    setBccVisible(false);
    updateTitle();
    updateFormatActions();
    resize(820, 640);
    m_toLineEdit->setFocus();
    setModified(false);
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::buildSandboxBanner(QWidget* parent)
{
    // One line, above everything else, so nobody believes a sandbox "send" reached anyone.
    m_sandboxBanner = new QFrame(parent);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBannerFrame"));
    m_sandboxBanner->setFrameShape(QFrame::StyledPanel);
    m_sandboxBanner->setAccessibleName(tr("Sandbox"));
    // A sand tint, unlike the notices' colours; the palette's text colour stays readable on it.
    m_sandboxBanner->setStyleSheet(
        QStringLiteral("QFrame#sandboxBannerFrame { background: #fbf1d9; border: 1px solid #dcb86a; border-radius: 4px; }"
                       "QFrame#sandboxBannerFrame QLabel { color: #3c2f12; }"));

    auto* iconLabel = new QLabel(m_sandboxBanner);
    iconLabel->setObjectName(QStringLiteral("sandboxBannerIconLabel"));
    iconLabel->setPixmap(style()->standardIcon(QStyle::SP_ComputerIcon).pixmap(20, 20));

    auto* text = new QLabel(m_sandboxBanner);
    text->setObjectName(QStringLiteral("sandboxBannerLabel"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(tr("<b>Sandbox:</b> messages you send stay on this computer."));
    text->setToolTip(tr("Qourier's built-in mail server receives them, so you can see exactly what would be "
                        "sent. Nothing leaves this computer."));
    m_sandboxBanner->setAccessibleDescription(tr("Sandbox: messages you send stay on this computer."));

    auto* showButton = new QPushButton(tr("Show Sandbox &Mail"), m_sandboxBanner);
    showButton->setObjectName(QStringLiteral("showSandboxMailButton"));
    showButton->setToolTip(tr("Open the messages the sandbox has received"));
    connect(showButton, &QPushButton::clicked, this, &ComposerWindow::sandboxMailRequested);
    m_useRealAccountButton = new QPushButton(tr("Use a &Real Account…"), m_sandboxBanner);
    m_useRealAccountButton->setObjectName(QStringLiteral("useRealAccountButton"));
    m_useRealAccountButton->setToolTip(tr("Set up the server that sends your mail to its recipients"));
    connect(m_useRealAccountButton, &QPushButton::clicked, this, &ComposerWindow::addAccountRequested);

    auto* layout = new QHBoxLayout(m_sandboxBanner);
    layout->setContentsMargins(8, 4, 6, 4);
    layout->setSpacing(8);
    layout->addWidget(iconLabel);
    layout->addWidget(text, 1);
    layout->addWidget(showButton);
    layout->addWidget(m_useRealAccountButton);
    m_sandboxBanner->hide();
    static_cast<QVBoxLayout*>(parent->layout())->addWidget(m_sandboxBanner);
}

void ComposerWindow::setSandboxBannerVisible(bool visible, bool offerAccount)
{
    m_useRealAccountButton->setVisible(offerAccount);
    m_sandboxBanner->setVisible(visible);
}

bool ComposerWindow::isSandboxBannerVisible() const
{
    return !m_sandboxBanner->isHidden();
}

void ComposerWindow::setSandboxAvailable(bool available)
{
    m_sandboxMailAction->setVisible(available);
    m_sandboxMailAction->setEnabled(available);
}

void ComposerWindow::buildFields(QWidget* parent)
{
    auto* fields = new QWidget(parent);
    fields->setObjectName(QStringLiteral("headerFieldsWidget"));
    auto* grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);

    auto makeLabel = [fields](const QString& text, const QString& name, QWidget* buddy) {
        auto* label = new QLabel(text, fields);
        label->setObjectName(name);
        label->setBuddy(buddy);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return label;
    };

    m_fromComboBox = new QComboBox(fields);
    m_fromComboBox->setObjectName(QStringLiteral("fromComboBox"));
    m_fromComboBox->setAccessibleName(tr("From"));
    m_fromComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_fromComboBox, &QComboBox::currentIndexChanged, this, &ComposerWindow::onIdentityChanged);

    auto makeRecipients = [this, fields](const QString& name, const QString& accessible) {
        auto* edit = new RecipientLineEdit(fields);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(tr("Names or addresses, separated by commas"));
        connect(edit, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
        return edit;
    };
    m_toLineEdit = makeRecipients(QStringLiteral("toLineEdit"), tr("To"));
    m_ccLineEdit = makeRecipients(QStringLiteral("ccLineEdit"), tr("Cc"));
    m_bccLineEdit = makeRecipients(QStringLiteral("bccLineEdit"), tr("Bcc"));
    m_bccLineEdit->setToolTip(tr("Bcc recipients get the message, but nobody sees their addresses"));

    m_subjectLineEdit = new QLineEdit(fields);
    m_subjectLineEdit->setObjectName(QStringLiteral("subjectLineEdit"));
    m_subjectLineEdit->setAccessibleName(tr("Subject"));
    connect(m_subjectLineEdit, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);

    m_ccToolButton = new QToolButton(fields);
    m_ccToolButton->setObjectName(QStringLiteral("ccToolButton"));
    m_ccToolButton->setText(tr("Cc"));
    m_ccToolButton->setToolTip(tr("Show the Cc field (copy to)"));
    m_ccToolButton->setAccessibleName(tr("Show Cc field"));
    m_ccToolButton->setAutoRaise(true);
    m_bccToolButton = new QToolButton(fields);
    m_bccToolButton->setObjectName(QStringLiteral("bccToolButton"));
    m_bccToolButton->setText(tr("Bcc"));
    m_bccToolButton->setToolTip(tr("Show the Bcc field (blind copy)"));
    m_bccToolButton->setAccessibleName(tr("Show Bcc field"));
    m_bccToolButton->setAutoRaise(true);
    connect(m_ccToolButton, &QToolButton::clicked, this, [this]() {
        setCcVisible(true);
        m_ccLineEdit->setFocus();
    });
    connect(m_bccToolButton, &QToolButton::clicked, this, [this]() {
        setBccVisible(true);
        m_bccLineEdit->setFocus();
    });
    auto* toggles = new QHBoxLayout;
    toggles->setSpacing(0);
    toggles->addWidget(m_ccToolButton);
    toggles->addWidget(m_bccToolButton);

    m_ccLabel = makeLabel(tr("&Cc:"), QStringLiteral("ccLabel"), m_ccLineEdit);
    m_bccLabel = makeLabel(tr("&Bcc:"), QStringLiteral("bccLabel"), m_bccLineEdit);
    grid->addWidget(makeLabel(tr("Fr&om:"), QStringLiteral("fromLabel"), m_fromComboBox), 0, 0);
    grid->addWidget(m_fromComboBox, 0, 1, 1, 2, Qt::AlignLeft);
    grid->addWidget(makeLabel(tr("&To:"), QStringLiteral("toLabel"), m_toLineEdit), 1, 0);
    grid->addWidget(m_toLineEdit, 1, 1);
    grid->addLayout(toggles, 1, 2);
    grid->addWidget(m_ccLabel, 2, 0);
    grid->addWidget(m_ccLineEdit, 2, 1, 1, 2);
    grid->addWidget(m_bccLabel, 3, 0);
    grid->addWidget(m_bccLineEdit, 3, 1, 1, 2);
    grid->addWidget(makeLabel(tr("S&ubject:"), QStringLiteral("subjectLabel"), m_subjectLineEdit), 4, 0);
    grid->addWidget(m_subjectLineEdit, 4, 1, 1, 2);

    static_cast<QVBoxLayout*>(parent->layout())->addWidget(fields);
}

void ComposerWindow::buildFormatBar(QWidget* parent)
{
    m_formatToolBar = new QToolBar(tr("Formatting"), parent);
    m_formatToolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_formatToolBar->setIconSize(QSize(18, 18));
    m_formatToolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto make = [this](const QString& text, const QString& themeName, const QString& resource,
                       const QString& objectName) {
        auto* action = new QAction(icon(themeName, resource), text, this);
        action->setObjectName(objectName);
        return action;
    };

    m_richTextAction = new QAction(tr("&Rich Text"), this);
    m_richTextAction->setObjectName(QStringLiteral("richTextAction"));
    m_richTextAction->setCheckable(true);
    m_richTextAction->setChecked(true);
    m_richTextAction->setToolTip(tr("Send formatted text (HTML with a plain-text copy); off: plain text only"));
    connect(m_richTextAction, &QAction::toggled, this, &ComposerWindow::onRichTextToggled);

    m_boldAction = make(tr("&Bold"), QStringLiteral("format-text-bold"), QStringLiteral("bold"),
                        QStringLiteral("boldAction"));
    m_boldAction->setShortcut(QKeySequence::Bold);
    m_boldAction->setCheckable(true);
    connect(m_boldAction, &QAction::triggered, this, [this]() { m_body->toggleBold(); });
    m_italicAction = make(tr("&Italic"), QStringLiteral("format-text-italic"), QStringLiteral("italic"),
                          QStringLiteral("italicAction"));
    m_italicAction->setShortcut(QKeySequence::Italic);
    m_italicAction->setCheckable(true);
    connect(m_italicAction, &QAction::triggered, this, [this]() { m_body->toggleItalic(); });
    m_bulletListAction = make(tr("B&ulleted List"), QStringLiteral("format-list-unordered"),
                              QStringLiteral("list-bullet"), QStringLiteral("bulletListAction"));
    m_bulletListAction->setShortcut(QKeySequence(tr("Ctrl+Shift+8")));
    connect(m_bulletListAction, &QAction::triggered, this, [this]() { m_body->toggleList(false); });
    m_numberedListAction = make(tr("&Numbered List"), QStringLiteral("format-list-ordered"),
                                QStringLiteral("list-number"), QStringLiteral("numberedListAction"));
    m_numberedListAction->setShortcut(QKeySequence(tr("Ctrl+Shift+7")));
    connect(m_numberedListAction, &QAction::triggered, this, [this]() { m_body->toggleList(true); });
    m_quoteAction = make(tr("Block &Quote"), QStringLiteral("format-text-blockquote"), QStringLiteral("quote"),
                         QStringLiteral("quoteAction"));
    m_quoteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+9")));
    m_quoteAction->setCheckable(true);
    connect(m_quoteAction, &QAction::triggered, this, [this]() { m_body->toggleBlockQuote(); });
    m_linkAction = make(tr("&Link…"), QStringLiteral("insert-link"), QStringLiteral("link"),
                        QStringLiteral("linkAction"));
    m_linkAction->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(m_linkAction, &QAction::triggered, this, &ComposerWindow::askLink);

    m_formatToolBar->addAction(m_richTextAction);
    m_formatToolBar->addSeparator();
    for (QAction* action : {m_boldAction, m_italicAction}) {
        m_formatToolBar->addAction(action);
    }
    m_formatToolBar->addSeparator();
    for (QAction* action : {m_bulletListAction, m_numberedListAction, m_quoteAction, m_linkAction})
        m_formatToolBar->addAction(action);
    // Tests and accessibility tools find the buttons by name.
    for (QAction* action : m_formatToolBar->actions()) {
        if (QWidget* button = m_formatToolBar->widgetForAction(action)) {
            button->setFocusPolicy(Qt::NoFocus); // Tab goes from Subject to the text
            QString name = action->objectName();
            name.replace(QStringLiteral("Action"), QStringLiteral("ToolButton"));
            button->setObjectName(name);
            button->setAccessibleName(action->iconText());
        }
    }
    if (QWidget* richButton = m_formatToolBar->widgetForAction(m_richTextAction))
        static_cast<QToolButton*>(richButton)->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void ComposerWindow::buildMenus()
{
    // --- File ---
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_sendAction = new QAction(icon(QStringLiteral("mail-send"), QStringLiteral("send")), tr("&Send"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, [this]() {
        if (!m_sending)
            emit sendRequested();
    });
    file->addAction(m_sendAction);

    m_attachAction = new QAction(icon(QStringLiteral("mail-attachment"), QStringLiteral("attach")),
                                 tr("&Attach Files…"), this);
    m_attachAction->setObjectName(QStringLiteral("attachAction"));
    m_attachAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_attachAction->setToolTip(tr("Attach files (you can also drop or paste them)"));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseAttachments);
    file->addAction(m_attachAction);
    file->addSeparator();

    m_saveDraftAction = new QAction(tr("Save &Draft"), this);
    m_saveDraftAction->setObjectName(QStringLiteral("saveDraftAction"));
    m_saveDraftAction->setShortcut(QKeySequence::Save);
    m_saveDraftAction->setToolTip(tr("Keep this message in File ▸ Drafts to finish it later (Ctrl+S)"));
    connect(m_saveDraftAction, &QAction::triggered, this, &ComposerWindow::saveDraftRequested);
    file->addAction(m_saveDraftAction);
    m_draftsAction = new QAction(tr("D&rafts…"), this);
    m_draftsAction->setObjectName(QStringLiteral("draftsAction"));
    m_draftsAction->setToolTip(tr("The messages you saved to finish later"));
    connect(m_draftsAction, &QAction::triggered, this, &ComposerWindow::draftsRequested);
    file->addAction(m_draftsAction);
    m_outboxAction = new QAction(tr("&Outbox…"), this);
    m_outboxAction->setObjectName(QStringLiteral("outboxAction"));
    m_outboxAction->setToolTip(tr("Messages waiting to be sent, and those that could not be"));
    connect(m_outboxAction, &QAction::triggered, this, &ComposerWindow::outboxRequested);
    file->addAction(m_outboxAction);
    m_undoDelayAction = new QAction(tr("&Undo Send Delay…"), this);
    m_undoDelayAction->setObjectName(QStringLiteral("undoDelayAction"));
    m_undoDelayAction->setToolTip(tr("How long Send waits, so that you can take the message back"));
    connect(m_undoDelayAction, &QAction::triggered, this, [this]() {
        auto* dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("undoDelayDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Undo Send Delay"));
        dialog->setInputMode(QInputDialog::IntInput);
        dialog->setIntRange(0, 60);
        dialog->setIntValue(m_undoDelay);
        dialog->setLabelText(tr("Seconds to wait after Send, during which Undo takes the message back (0: send at once):"));
        connect(dialog, &QInputDialog::intValueSelected, this, &ComposerWindow::undoDelayChosen);
        dialog->open();
    });
    file->addAction(m_undoDelayAction);
    file->addSeparator();

    m_settingsAction = new QAction(icon(QStringLiteral("preferences-system"), QStringLiteral("settings")),
                                   tr("Outgoing &Server Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("serverSettingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, &ComposerWindow::serverSettingsRequested);
    file->addAction(m_settingsAction);
    m_accountsAction = new QAction(icon(QStringLiteral("system-users"), QStringLiteral("accounts")),
                                   tr("Accou&nts…"), this);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_accountsAction->setToolTip(tr("Add, edit or remove the accounts you send from, and choose the default"));
    connect(m_accountsAction, &QAction::triggered, this, &ComposerWindow::accountsRequested);
    file->addAction(m_accountsAction);
    file->addSeparator();

    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("closeAction"));
    close->setShortcut(QKeySequence::Close);

    // --- Edit: the standard actions, applied to whichever field has the focus ---
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    struct EditAction
    {
        QString text;
        QKeySequence::StandardKey key;
        const char* slot;
        const char* name;
    };
    const EditAction editActions[] = {
        {tr("&Undo"), QKeySequence::Undo, "undo", "undoAction"},
        {tr("&Redo"), QKeySequence::Redo, "redo", "redoAction"},
        {tr("Cu&t"), QKeySequence::Cut, "cut", "cutAction"},
        {tr("&Copy"), QKeySequence::Copy, "copy", "copyAction"},
        {tr("&Paste"), QKeySequence::Paste, "paste", "pasteAction"},
        {tr("Select &All"), QKeySequence::SelectAll, "selectAll", "selectAllAction"},
    };
    for (const EditAction& e : editActions) {
        QAction* action = edit->addAction(e.text);
        action->setObjectName(QLatin1String(e.name));
        // Shown in the menu as a hint; the focused field handles the key itself (it overrides
        // window shortcuts for its standard keys), so nothing runs twice.
        action->setShortcut(e.key);
        action->setShortcutContext(Qt::WidgetShortcut);
        const char* slot = e.slot;
        connect(action, &QAction::triggered, this, [this, slot]() { forwardToFocus(slot); });
        if (qstrcmp(e.slot, "redo") == 0 || qstrcmp(e.slot, "paste") == 0)
            edit->addSeparator();
    }

    // --- View ---
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_showCcAction = view->addAction(tr("&Cc Field"));
    m_showCcAction->setObjectName(QStringLiteral("showCcAction"));
    m_showCcAction->setCheckable(true);
    connect(m_showCcAction, &QAction::toggled, this, &ComposerWindow::setCcVisible);
    m_showBccAction = view->addAction(tr("&Bcc Field"));
    m_showBccAction->setObjectName(QStringLiteral("showBccAction"));
    m_showBccAction->setCheckable(true);
    connect(m_showBccAction, &QAction::toggled, this, &ComposerWindow::setBccVisible);
    view->addSeparator();
    QAction* formatting = m_formatToolBar->toggleViewAction();
    formatting->setText(tr("&Formatting Toolbar"));
    formatting->setObjectName(QStringLiteral("showFormatToolBarAction"));
    view->addAction(formatting);
    QAction* log = m_logDock->toggleViewAction();
    log->setText(tr("Connection &Log"));
    log->setObjectName(QStringLiteral("showConnectionLogAction"));
    log->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    log->setIcon(icon(QStringLiteral("utilities-terminal"), QStringLiteral("log")));
    view->addAction(log);
    view->addSeparator();
    m_sandboxMailAction = view->addAction(tr("&Sandbox Mail"));
    m_sandboxMailAction->setObjectName(QStringLiteral("showSandboxMailAction"));
    m_sandboxMailAction->setToolTip(tr("The messages Qourier's built-in sandbox server has received"));
    connect(m_sandboxMailAction, &QAction::triggered, this, &ComposerWindow::sandboxMailRequested);
    m_sandboxMailAction->setVisible(false); // until there is a sandbox (setSandboxAvailable)
    m_sandboxMailAction->setEnabled(false);

    // --- Format ---
    QMenu* format = menuBar()->addMenu(tr("F&ormat"));
    format->addAction(m_richTextAction);
    format->addSeparator();
    format->addAction(m_boldAction);
    format->addAction(m_italicAction);
    format->addSeparator();
    format->addAction(m_bulletListAction);
    format->addAction(m_numberedListAction);
    format->addAction(m_quoteAction);
    format->addAction(m_linkAction);
}

void ComposerWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Composition"));
    bar->setObjectName(QStringLiteral("composeToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_sendAction);
    bar->addAction(m_attachAction);
    auto* spacer = new QWidget(bar);
    spacer->setObjectName(QStringLiteral("toolBarSpacerWidget"));
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_logDock->toggleViewAction());
    bar->addAction(m_accountsAction);
    bar->addAction(m_settingsAction);
    const QList<QPair<QAction*, QString>> names{{m_sendAction, QStringLiteral("sendButton")},
                                                {m_accountsAction, QStringLiteral("accountsButton")},
                                                {m_attachAction, QStringLiteral("attachButton")},
                                                {m_logDock->toggleViewAction(), QStringLiteral("connectionLogButton")},
                                                {m_settingsAction, QStringLiteral("serverSettingsButton")}};
    for (const auto& [action, name] : names) {
        if (QWidget* button = bar->widgetForAction(action)) {
            button->setObjectName(name);
            button->setAccessibleName(action->iconText());
        }
    }
    if (QWidget* send = bar->widgetForAction(m_sendAction)) {
        QFont bold = send->font();
        bold.setBold(true);
        send->setFont(bold);
    }
}

void ComposerWindow::setIdentities(const QList<MailAddress>& identities, const QStringList& signatures,
                                   const QStringList& labels)
{
    m_signatures = signatures;
    QSignalBlocker block(m_fromComboBox);
    const int previous = m_fromComboBox->currentIndex();
    m_fromComboBox->clear();
    for (int i = 0; i < identities.size(); ++i) {
        const QString label = labels.value(i);
        m_fromComboBox->addItem(label.isEmpty() ? identities.at(i).toDisplayString() : label);
    }
    if (identities.isEmpty())
        m_fromComboBox->addItem(tr("No sender yet: set up the outgoing server"));
    m_fromComboBox->setCurrentIndex(qBound(0, previous, m_fromComboBox->count() - 1));
    onIdentityChanged(m_fromComboBox->currentIndex());
}

void ComposerWindow::setCurrentIdentity(int index)
{
    if (index >= 0 && index < m_fromComboBox->count())
        m_fromComboBox->setCurrentIndex(index); // onIdentityChanged follows when it changes
}

int ComposerWindow::currentIdentity() const
{
    return m_fromComboBox->currentIndex();
}

void ComposerWindow::onIdentityChanged(int index)
{
    // The signature belongs to the identity: replace it, never add a second one.
    m_body->setSignature(m_signatures.value(index));
    emit identityChanged(index);
}

void ComposerWindow::setCompletions(const QStringList& entries)
{
    for (RecipientLineEdit* field : recipientFields())
        field->setCompletions(entries);
}

void ComposerWindow::setRecipients(const QString& to, const QString& cc, const QString& bcc)
{
    m_toLineEdit->setText(to);
    m_ccLineEdit->setText(cc);
    m_bccLineEdit->setText(bcc);
    if (!cc.isEmpty())
        setCcVisible(true);
    if (!bcc.isEmpty())
        setBccVisible(true);
    for (RecipientLineEdit* field : recipientFields())
        field->validate();
}

void ComposerWindow::setSubject(const QString& subject)
{
    m_subjectLineEdit->setText(subject);
}

void ComposerWindow::setBodyText(const QString& text)
{
    QTextCursor cursor(m_body->document());
    cursor.movePosition(QTextCursor::Start);
    cursor.insertText(text);
    m_body->setTextCursor(cursor);
}

int ComposerWindow::addAttachments(const QStringList& paths)
{
    if (m_sending)
        return 0;
    return m_attachmentList->addFiles(paths);
}

void ComposerWindow::chooseAttachments()
{
    if (m_sending)
        return;
    auto* dialog = new QFileDialog(this, tr("Attach Files"));
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &ComposerWindow::addAttachments);
    dialog->open();
}

void ComposerWindow::showConnectionLog()
{
    m_logDock->show();
    m_logDock->raise();
}

ComposerDraft ComposerWindow::draft() const
{
    ComposerDraft d;
    d.identity = m_fromComboBox->currentIndex();
    d.to = m_toLineEdit->text();
    d.cc = m_ccLineEdit->text();
    d.bcc = m_bccLineEdit->text();
    d.subject = m_subjectLineEdit->text();
    d.richText = m_body->isRichText();
    const QTextDocument* document = m_body->document();
    if (d.richText) {
        d.html = BodyExporter::toHtml(document);
        d.editorHtml = document->toHtml();
        d.inlineImages = m_body->inlineImages();
    }
    d.plainText = BodyExporter::toPlainText(document);
    d.textForChecks = BodyExporter::textForChecks(document);
    d.attachments = m_attachmentList->files();
    return d;
}

void ComposerWindow::setDraft(const ComposerDraft& d)
{
    if (d.identity >= 0 && d.identity < m_fromComboBox->count()) {
        QSignalBlocker block(m_fromComboBox);
        m_fromComboBox->setCurrentIndex(d.identity);
        emit identityChanged(d.identity);
    }
    setRecipients(d.to, d.cc, d.bcc);
    m_subjectLineEdit->setText(d.subject);
    {
        QSignalBlocker block(m_richTextAction);
        m_richTextAction->setChecked(d.richText);
    }
    // The saved body has its signature already: restore() marks it again, nothing is added.
    m_body->restore(d.richText, d.editorHtml.isEmpty() ? d.html : d.editorHtml, d.plainText, d.inlineImages);
    m_attachmentList->clearFiles();
    m_attachmentList->addFiles(d.attachments);
    updateFormatActions();
    updateTitle();
    setModified(false);
}

void ComposerWindow::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ComposerWindow::onContentChanged()
{
    setModified(true);
    emit contentChanged();
}

void ComposerWindow::setOutboxCount(int count)
{
    m_outboxStatusButton->setText(tr("%n waiting in the Outbox", nullptr, count));
    m_outboxStatusButton->setAccessibleName(m_outboxStatusButton->text());
    m_outboxStatusButton->setVisible(count > 0);
}

bool ComposerWindow::hasContent() const
{
    return !m_toLineEdit->text().trimmed().isEmpty() || !m_ccLineEdit->text().trimmed().isEmpty()
        || !m_bccLineEdit->text().trimmed().isEmpty() || !m_subjectLineEdit->text().trimmed().isEmpty()
        || m_attachmentList->count() > 0 || m_body->hasInlineImages()
        || !BodyExporter::textForChecks(m_body->document()).trimmed().isEmpty();
}

void ComposerWindow::resetToNewMessage()
{
    for (RecipientLineEdit* field : recipientFields()) {
        field->clear();
        field->validate();
    }
    m_subjectLineEdit->clear();
    m_body->clear();
    m_body->setSignature(m_signatures.value(m_fromComboBox->currentIndex()));
    m_body->moveCursor(QTextCursor::Start);
    m_attachmentList->clearFiles();
    setCcVisible(m_showCcAction->isChecked());
    setBccVisible(m_showBccAction->isChecked());
    m_toLineEdit->setFocus();
    setModified(false);
}

QList<RecipientLineEdit*> ComposerWindow::recipientFields() const
{
    return {m_toLineEdit, m_ccLineEdit, m_bccLineEdit};
}

RecipientLineEdit* ComposerWindow::fieldFor(Field field) const
{
    switch (field) {
    case Field::To: return m_toLineEdit;
    case Field::Cc: return m_ccLineEdit;
    case Field::Bcc: return m_bccLineEdit;
    default: return nullptr;
    }
}

bool ComposerWindow::validateRecipients()
{
    bool allValid = true;
    for (RecipientLineEdit* field : recipientFields()) {
        if (!field->validate() && allValid) {
            allValid = false;
            if (field == m_ccLineEdit)
                setCcVisible(true);
            if (field == m_bccLineEdit)
                setBccVisible(true);
            field->setFocus();
        }
    }
    return allValid;
}

void ComposerWindow::keepOnlyRecipients(const QStringList& addresses)
{
    for (RecipientLineEdit* field : recipientFields()) {
        QString error;
        const QList<MailAddress> list = field->addresses(&error);
        if (!error.isEmpty())
            continue;
        QStringList kept;
        for (const MailAddress& address : list) {
            const bool keep = std::any_of(addresses.cbegin(), addresses.cend(), [&](const QString& a) {
                return a.compare(address.address, Qt::CaseInsensitive) == 0;
            });
            if (keep)
                kept.append(address.toDisplayString());
        }
        field->setText(kept.join(QStringLiteral(", ")));
    }
}

void ComposerWindow::markRefused(const QStringList& addresses, const QString& reason)
{
    for (RecipientLineEdit* field : recipientFields()) {
        QString error;
        const QList<MailAddress> list = field->addresses(&error);
        QStringList here;
        for (const MailAddress& address : list) {
            for (const QString& refused : addresses) {
                if (refused.compare(address.address, Qt::CaseInsensitive) == 0)
                    here.append(address.address);
            }
        }
        if (here.isEmpty())
            continue;
        if (field == m_ccLineEdit)
            setCcVisible(true);
        if (field == m_bccLineEdit)
            setBccVisible(true);
        field->markRefused(here, reason);
    }
}

void ComposerWindow::focusField(Field field)
{
    switch (field) {
    case Field::From: m_fromComboBox->setFocus(); break;
    case Field::Subject: m_subjectLineEdit->setFocus(); break;
    case Field::Body: m_body->setFocus(); break;
    case Field::Attachments: m_attachmentList->setFocus(); break;
    default:
        if (RecipientLineEdit* edit = fieldFor(field))
            edit->setFocus();
    }
}

void ComposerWindow::setCcVisible(bool visible)
{
    // A field with addresses in it never hides: hidden recipients would be a surprise.
    visible = visible || !m_ccLineEdit->text().trimmed().isEmpty();
    m_ccLabel->setVisible(visible);
    m_ccLineEdit->setVisible(visible);
    m_ccToolButton->setVisible(!visible);
    if (m_showCcAction) {
        QSignalBlocker block(m_showCcAction);
        m_showCcAction->setChecked(visible);
    }
}

void ComposerWindow::setBccVisible(bool visible)
{
    visible = visible || !m_bccLineEdit->text().trimmed().isEmpty();
    m_bccLabel->setVisible(visible);
    m_bccLineEdit->setVisible(visible);
    m_bccToolButton->setVisible(!visible);
    if (m_showBccAction) {
        QSignalBlocker block(m_showBccAction);
        m_showBccAction->setChecked(visible);
    }
}

void ComposerWindow::setSending(bool sending)
{
    m_sending = sending;
    for (RecipientLineEdit* field : recipientFields())
        field->setReadOnly(sending);
    m_subjectLineEdit->setReadOnly(sending);
    m_body->setReadOnly(sending);
    m_fromComboBox->setEnabled(!sending);
    m_attachmentList->setEnabled(!sending);
    m_removeAttachmentButton->setEnabled(!sending);
    m_sendAction->setEnabled(!sending);
    m_attachAction->setEnabled(!sending);
    m_settingsAction->setEnabled(!sending);
    m_accountsAction->setEnabled(!sending);
    m_useRealAccountButton->setEnabled(!sending);
    m_richTextAction->setEnabled(!sending);
    m_saveDraftAction->setEnabled(!sending);
    m_draftsAction->setEnabled(!sending);
    updateFormatActions();
    if (sending) {
        m_noticePanel->dismiss();
        m_progressPanel->show();
    } else {
        m_progressPanel->hide();
        if (m_closeWhenIdle) {
            m_closeWhenIdle = false;
            m_closeConfirmed = true;
            close();
        }
    }
}

void ComposerWindow::showNotice(const NoticePanel::Notice& notice)
{
    m_noticePanel->showNotice(notice);
}

void ComposerWindow::showStatus(const QString& message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subjectLineEdit->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("Write: (no subject) — Qourier")
                                     : tr("Write: %1 — Qourier").arg(subject));
}

void ComposerWindow::updateAttachmentSummary()
{
    const int count = m_attachmentList->count();
    m_attachmentPane->setVisible(count > 0);
    m_attachmentSummaryLabel->setText(
        tr("%n attachment(s), %1", nullptr, count).arg(AttachmentListWidget::formatSize(m_attachmentList->totalSize())));
}

void ComposerWindow::updateFormatActions()
{
    const bool rich = m_body->isRichText() && !m_sending;
    for (QAction* action :
         {m_boldAction, m_italicAction, m_bulletListAction, m_numberedListAction, m_quoteAction, m_linkAction})
        action->setEnabled(rich);
    {
        QSignalBlocker b1(m_boldAction), b2(m_italicAction), b3(m_quoteAction);
        m_boldAction->setChecked(m_body->fontWeight() >= QFont::DemiBold);
        m_italicAction->setChecked(m_body->fontItalic());
        m_quoteAction->setChecked(m_body->textCursor().blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0);
    }
}

void ComposerWindow::onRichTextToggled(bool rich)
{
    if (rich || !m_body->isRichText()) {
        m_body->setRichText(rich);
        updateFormatActions();
        return;
    }
    // Going to plain text loses formatting and images: say so first when there is any.
    const bool losesSomething = m_body->hasInlineImages();
    if (!losesSomething || !m_asker) {
        m_body->setRichText(false);
        updateFormatActions();
        return;
    }
    QSignalBlocker block(m_richTextAction);
    m_richTextAction->setChecked(true);
    Asker::Question q;
    q.title = tr("Switch to Plain Text");
    q.text = tr("Switch this message to plain text?");
    q.informativeText = tr("Formatting and the images in the text will be removed.");
    q.acceptText = tr("Switch to Plain Text");
    q.rejectText = tr("Keep Rich Text");
    q.tone = Asker::Question::Tone::Warning;
    QPointer<ComposerWindow> self(this);
    m_asker->ask(q, [self](bool accepted) {
        if (!self || !accepted)
            return;
        QSignalBlocker block(self->m_richTextAction);
        self->m_richTextAction->setChecked(false);
        self->m_body->setRichText(false);
        self->updateFormatActions();
    });
}

void ComposerWindow::askLink()
{
    if (!m_asker || !m_body->isRichText())
        return;
    Asker::TextRequest request;
    request.title = tr("Insert Link");
    request.label = tr("Link address (empty removes the link):");
    request.text = m_body->linkAtCursor();
    if (request.text.isEmpty())
        request.text = QStringLiteral("https://");
    QPointer<ComposerWindow> self(this);
    m_asker->askText(request, [self](bool ok, const QString& text) {
        if (!self || !ok)
            return;
        QString url = text.trimmed();
        if (url == QLatin1String("https://"))
            url.clear();
        self->m_body->setLink(url);
        self->m_body->setFocus();
    });
}

void ComposerWindow::forwardToFocus(const char* slot)
{
    QWidget* target = QApplication::focusWidget();
    if (!target || !isAncestorOf(target))
        target = m_body;
    QMetaObject::invokeMethod(target, slot);
}

bool ComposerWindow::event(QEvent* event)
{
    if (event->type() == QEvent::WindowDeactivate)
        emit deactivated();
    return QMainWindow::event(event);
}

void ComposerWindow::closeEvent(QCloseEvent* event)
{
    // Nothing would be lost: empty, or unchanged since it was saved.
    if (m_closeConfirmed || !m_asker || (!m_sending && !(m_modified && hasContent()))) {
        m_closeConfirmed = false; // a window shown again asks again
        event->accept();
        emit closed();
        return;
    }
    event->ignore();
    if (m_closeQuestionOpen)
        return;
    m_closeQuestionOpen = true;
    Asker::Question q;
    q.tone = Asker::Question::Tone::Warning;
    if (m_sending) {
        q.title = tr("Message Being Sent");
        q.text = tr("Stop sending and close the window?");
        q.informativeText = tr("The message has not been sent yet.");
        q.acceptText = tr("Stop and Close");
        q.rejectText = tr("Keep Sending");
    } else {
        q.title = tr("Save Message");
        q.text = tr("Save this message as a draft before closing?");
        q.informativeText = tr("It has not been sent. A saved draft stays in File ▸ Drafts.");
        q.acceptText = tr("Save");
        q.alternativeText = tr("Discard");
        q.rejectText = tr("Cancel");
        QPointer<ComposerWindow> self(this);
        m_asker->choose(q, [self](Asker::Choice choice) {
            if (!self)
                return;
            self->m_closeQuestionOpen = false;
            switch (choice) {
            case Asker::Choice::Reject:
                return;
            case Asker::Choice::Accept:
                emit self->saveDraftRequested();
                if (self->m_modified)
                    return; // not saved: the receiver said why; nothing is lost
                break;
            case Asker::Choice::Alternative:
                emit self->discardRequested();
                break;
            }
            self->m_closeConfirmed = true;
            self->close();
        });
        return;
    }
    QPointer<ComposerWindow> self(this);
    m_asker->ask(q, [self](bool accepted) {
        if (!self)
            return;
        self->m_closeQuestionOpen = false;
        if (!accepted)
            return;
        if (self->m_sending) {
            self->m_closeWhenIdle = true;
            self->m_progressPanel->setCancelling();
            emit self->cancelRequested();
            return;
        }
        self->m_closeConfirmed = true;
        self->close();
    });
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_sending && !AttachmentListWidget::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void ComposerWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = AttachmentListWidget::localFiles(event->mimeData());
    if (m_sending || paths.isEmpty()) {
        event->ignore();
        return;
    }
    addAttachments(paths);
    event->acceptProposedAction();
}
