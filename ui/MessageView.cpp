#include "MessageView.h"

#include "MessageBrowser.h"
#include "RecipientRoles.h"
#include "TranscriptAnnotator.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The Source page shows at most this much; the rest is a click on "Save" away in any editor.
constexpr qsizetype MaxSourceShown = 4 * 1024 * 1024;

// Colours shared with ConnectionLogDock: client lines blue, failure replies red.
const QColor ClientColor(0x1a, 0x55, 0xb0);
const QColor FailureColor(0xc6, 0x28, 0x28);
const QColor BlindColor(0x8a, 0x4b, 0x00);

QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    // Message text is data, never markup: a subject "<b>Hi</b>" shows its angle brackets.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with its title
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QLabel* titleLabel(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

QString joinDisplay(const QList<ParsedAddress>& addresses)
{
    QStringList parts;
    for (const ParsedAddress& a : addresses)
        parts << a.display();
    return parts.join(QStringLiteral(", "));
}

QTreeWidget* makeTree(const QString& name, const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setWordWrap(false);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QString& field, const QString& value)
{
    auto* item = new QTreeWidgetItem(parent, {field, value});
    item->setToolTip(1, value);
    return item;
}

QTreeWidgetItem* addSection(QTreeWidget* tree, const QString& title)
{
    auto* item = new QTreeWidgetItem(tree, {title});
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

QString listenerName(const QString& listener)
{
    if (listener == QLatin1String("starttls"))
        return MessageView::tr("STARTTLS port (RFC 3207)");
    if (listener == QLatin1String("smtps"))
        return MessageView::tr("implicit TLS port (RFC 8314)");
    if (listener == QLatin1String("plain"))
        return MessageView::tr("clear-text port (no TLS, no login)");
    return listener;
}

} // namespace

MessageView::MessageView(QWidget* parent)
    : QWidget(parent)
    , m_urlOpener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("messageView"));
    setAccessibleName(tr("Message"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("messageStackedWidget"));

    m_placeholderLabel = new QLabel(m_stack);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setTextFormat(Qt::PlainText);
    m_placeholderLabel->setMargin(24);
    QPalette placeholderPalette = m_placeholderLabel->palette();
    placeholderPalette.setColor(QPalette::WindowText, placeholderPalette.color(QPalette::PlaceholderText));
    m_placeholderLabel->setPalette(placeholderPalette);

    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("messagePageWidget"));
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(6);
    pageLayout->addWidget(buildSummary());

    m_remoteContentLabel = new QLabel(page);
    m_remoteContentLabel->setObjectName(QStringLiteral("remoteContentLabel"));
    m_remoteContentLabel->setAccessibleName(tr("Remote content note"));
    m_remoteContentLabel->setTextFormat(Qt::PlainText);
    m_remoteContentLabel->setWordWrap(true);
    m_remoteContentLabel->setFrameShape(QFrame::StyledPanel);
    m_remoteContentLabel->setMargin(6);
    m_remoteContentLabel->setAutoFillBackground(true);
    QPalette notePalette = m_remoteContentLabel->palette();
    notePalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    notePalette.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    m_remoteContentLabel->setPalette(notePalette);
    m_remoteContentLabel->hide();
    pageLayout->addWidget(m_remoteContentLabel);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("messageTabWidget"));
    m_tabs->setAccessibleName(tr("Message views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildMessagePage(), tr("&Message"));
    m_tabs->addTab(buildHeadersPage(), tr("Envelope && &Headers"));
    m_tabs->addTab(buildSourcePage(), tr("&Source"));
    m_tabs->addTab(buildTranscriptPage(), tr("&Transcript"));
    m_tabs->setTabToolTip(0, tr("The message as its recipients see it"));
    m_tabs->setTabToolTip(1, tr("Whom the message was really sent to, beside what its headers say"));
    m_tabs->setTabToolTip(2, tr("The message exactly as it was received"));
    m_tabs->setTabToolTip(3, tr("The SMTP conversation that delivered it, explained line by line"));
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_browser, &MessageBrowser::remoteContentBlocked, this, &MessageView::updateRemoteNote,
            Qt::QueuedConnection); // reported during layout: update the note after it
    connect(m_browser, &MessageBrowser::linkRequested, this, &MessageView::onLinkRequested);
    connect(m_browser, qOverload<const QUrl&>(&QTextBrowser::highlighted), this,
            [this](const QUrl& url) { emit statusMessage(url.isEmpty() ? QString() : url.toDisplayString()); });

    showPlaceholder(tr("No message selected."));
}

MessageView::~MessageView() = default;

QWidget* MessageView::buildSummary()
{
    auto* summary = new QWidget(this);
    summary->setObjectName(QStringLiteral("messageSummaryWidget"));
    summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the tabs get the rest
    auto* grid = new QGridLayout(summary);
    grid->setContentsMargins(8, 6, 8, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);

    m_subjectLabel = valueLabel(QStringLiteral("subjectLabel"), summary);
    m_subjectLabel->setAccessibleName(tr("Subject"));
    QFont subjectFont = m_subjectLabel->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    m_subjectLabel->setFont(subjectFont);

    m_fromLabel = valueLabel(QStringLiteral("fromLabel"), summary);
    m_fromLabel->setAccessibleName(tr("From"));
    m_dateLabel = valueLabel(QStringLiteral("dateLabel"), summary);
    m_dateLabel->setAccessibleName(tr("Date"));
    m_dateLabel->setWordWrap(false);
    m_dateLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_toLabel = valueLabel(QStringLiteral("toLabel"), summary);
    m_toLabel->setAccessibleName(tr("To"));
    m_ccLabel = valueLabel(QStringLiteral("ccLabel"), summary);
    m_ccLabel->setAccessibleName(tr("Cc"));
    m_bccLabel = valueLabel(QStringLiteral("bccLabel"), summary);
    m_bccLabel->setAccessibleName(tr("Bcc recipients, from the envelope"));
    QPalette bccPalette = m_bccLabel->palette();
    bccPalette.setColor(QPalette::WindowText, BlindColor);
    m_bccLabel->setPalette(bccPalette);

    m_ccTitle = titleLabel(tr("Cc:"), QStringLiteral("ccTitleLabel"), summary);
    m_bccTitle = titleLabel(tr("Bcc:"), QStringLiteral("bccTitleLabel"), summary);
    m_bccTitle->setToolTip(tr("Recipients in the SMTP envelope that no To or Cc header names. "
                              "The other recipients cannot see them."));
    m_bccLabel->setToolTip(m_bccTitle->toolTip());

    grid->addWidget(m_subjectLabel, 0, 0, 1, 3);
    grid->addWidget(titleLabel(tr("From:"), QStringLiteral("fromTitleLabel"), summary), 1, 0);
    grid->addWidget(m_fromLabel, 1, 1);
    grid->addWidget(m_dateLabel, 1, 2, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(titleLabel(tr("To:"), QStringLiteral("toTitleLabel"), summary), 2, 0);
    grid->addWidget(m_toLabel, 2, 1, 1, 2);
    grid->addWidget(m_ccTitle, 3, 0);
    grid->addWidget(m_ccLabel, 3, 1, 1, 2);
    grid->addWidget(m_bccTitle, 4, 0);
    grid->addWidget(m_bccLabel, 4, 1, 1, 2);
    return summary;
}

QWidget* MessageView::buildMessagePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("bodyPageWidget"));

    m_formatLabel = new QLabel(tr("Sho&w:"), page);
    m_formatLabel->setObjectName(QStringLiteral("bodyFormatLabel"));
    m_formatComboBox = new QComboBox(page);
    m_formatComboBox->setObjectName(QStringLiteral("bodyFormatComboBox"));
    m_formatComboBox->setAccessibleName(tr("Body format"));
    m_formatComboBox->addItem(tr("HTML"));
    m_formatComboBox->addItem(tr("Plain text"));
    m_formatComboBox->setToolTip(tr("The message has both an HTML and a plain-text version; "
                                    "recipients see one of them, depending on their mail program"));
    m_formatLabel->setBuddy(m_formatComboBox);
    connect(m_formatComboBox, &QComboBox::currentIndexChanged, this, &MessageView::showBody);
    auto* formatRow = new QHBoxLayout;
    formatRow->setContentsMargins(0, 0, 0, 0);
    formatRow->addWidget(m_formatLabel);
    formatRow->addWidget(m_formatComboBox);
    formatRow->addStretch();

    m_browser = new MessageBrowser(page);
    m_browser->setObjectName(QStringLiteral("messageBrowser"));
    m_browser->setAccessibleName(tr("Message body"));

    m_attachmentPane = new QWidget(page);
    m_attachmentPane->setObjectName(QStringLiteral("attachmentPaneWidget"));
    m_attachmentSummaryLabel = new QLabel(m_attachmentPane);
    m_attachmentSummaryLabel->setObjectName(QStringLiteral("attachmentSummaryLabel"));
    m_attachmentTree = makeTree(QStringLiteral("attachmentTreeWidget"), tr("Attachments"),
                                {tr("Name"), tr("Type"), tr("Size")}, m_attachmentPane);
    m_attachmentTree->setRootIsDecorated(false);
    m_attachmentTree->header()->setStretchLastSection(false);
    m_attachmentTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attachmentTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attachmentTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_attachmentSummaryLabel->setBuddy(m_attachmentTree);
    m_saveButton = new QPushButton(tr("Sa&ve…"), m_attachmentPane);
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveButton->setToolTip(tr("Save the selected attachment to a file"));
    m_openButton = new QPushButton(tr("&Open"), m_attachmentPane);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openButton->setToolTip(tr("Open the selected attachment with its usual program"));
    connect(m_saveButton, &QPushButton::clicked, this, [this]() {
        if (currentAttachment() >= 0)
            chooseSaveLocation(currentAttachment());
    });
    auto open = [this]() {
        const int index = currentAttachment();
        if (index < 0)
            return;
        QString error;
        if (!openAttachment(index, &error))
            emit statusMessage(error);
    };
    connect(m_openButton, &QPushButton::clicked, this, open);
    connect(m_attachmentTree, &QTreeWidget::itemActivated, this, open);
    connect(m_attachmentTree, &QTreeWidget::currentItemChanged, this, [this]() {
        const bool any = currentAttachment() >= 0;
        m_saveButton->setEnabled(any);
        m_openButton->setEnabled(any);
    });

    auto* paneHeader = new QHBoxLayout;
    paneHeader->setContentsMargins(0, 0, 0, 0);
    paneHeader->addWidget(m_attachmentSummaryLabel, 1);
    paneHeader->addWidget(m_saveButton);
    paneHeader->addWidget(m_openButton);
    auto* paneLayout = new QVBoxLayout(m_attachmentPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(2);
    paneLayout->addLayout(paneHeader);
    paneLayout->addWidget(m_attachmentTree);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(formatRow);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_attachmentPane);
    return page;
}

QWidget* MessageView::buildHeadersPage()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("headersSplitter"));
    splitter->setChildrenCollapsible(false);

    auto* envelopePane = new QWidget(splitter);
    envelopePane->setObjectName(QStringLiteral("envelopePaneWidget"));
    auto* envelopeTitle = new QLabel(tr("<b>Envelope</b> — what the server was told (RFC 5321)"), envelopePane);
    envelopeTitle->setObjectName(QStringLiteral("envelopeTitleLabel"));
    envelopeTitle->setWordWrap(true);
    m_envelopeTree = makeTree(QStringLiteral("envelopeTreeWidget"), tr("Envelope"), {tr("Field"), tr("Value")},
                              envelopePane);
    m_envelopeTree->setColumnWidth(0, 190);
    envelopeTitle->setBuddy(m_envelopeTree);
    m_envelopeUnavailableLabel = new QLabel(envelopePane);
    m_envelopeUnavailableLabel->setObjectName(QStringLiteral("envelopeUnavailableLabel"));
    m_envelopeUnavailableLabel->setWordWrap(true);
    m_envelopeUnavailableLabel->setTextFormat(Qt::PlainText);
    m_envelopeUnavailableLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_envelopeUnavailableLabel->setText(
        tr("Envelope: not available.\n\nThis message was opened from a file. Only a message the sandbox "
           "received has an envelope: the MAIL FROM and RCPT TO addresses it was really sent to, which "
           "may differ from its headers (Bcc recipients are in the envelope only)."));
    auto* envelopeLayout = new QVBoxLayout(envelopePane);
    envelopeLayout->setContentsMargins(0, 0, 0, 0);
    envelopeLayout->addWidget(envelopeTitle);
    envelopeLayout->addWidget(m_envelopeTree, 1);
    envelopeLayout->addWidget(m_envelopeUnavailableLabel, 1);

    auto* headerPane = new QWidget(splitter);
    headerPane->setObjectName(QStringLiteral("headerPaneWidget"));
    auto* headerTitle = new QLabel(tr("<b>Headers</b> — what every recipient can read (RFC 5322)"), headerPane);
    headerTitle->setObjectName(QStringLiteral("headerTitleLabel"));
    headerTitle->setWordWrap(true);
    m_headerTree = makeTree(QStringLiteral("headerTreeWidget"), tr("Headers"), {tr("Name"), tr("Value")}, headerPane);
    m_headerTree->setRootIsDecorated(false);
    m_headerTree->setColumnWidth(0, 170);
    headerTitle->setBuddy(m_headerTree);
    auto* headerLayout = new QVBoxLayout(headerPane);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(headerTitle);
    headerLayout->addWidget(m_headerTree, 1);

    splitter->addWidget(envelopePane);
    splitter->addWidget(headerPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("headersPageWidget"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    return page;
}

QWidget* MessageView::buildSourcePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("sourcePageWidget"));
    m_sourceEdit = new QPlainTextEdit(page);
    m_sourceEdit->setObjectName(QStringLiteral("sourcePlainTextEdit"));
    m_sourceEdit->setAccessibleName(tr("Message source"));
    m_sourceEdit->setReadOnly(true);
    m_sourceEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sourceEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sourceEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sourceNoteLabel = new QLabel(page);
    m_sourceNoteLabel->setObjectName(QStringLiteral("sourceNoteLabel"));
    m_sourceNoteLabel->setTextFormat(Qt::PlainText);
    m_sourceNoteLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_sourceNoteLabel);
    layout->addWidget(m_sourceEdit, 1);
    return page;
}

QWidget* MessageView::buildTranscriptPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("transcriptPageWidget"));
    m_transcriptTree = makeTree(QStringLiteral("transcriptTreeWidget"), tr("Session transcript"),
                                {QString(), tr("Line"), tr("Meaning")}, page);
    m_transcriptTree->setRootIsDecorated(false);
    m_transcriptTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_transcriptTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_transcriptTree->setColumnWidth(1, 420);
    m_transcriptUnavailableLabel = new QLabel(page);
    m_transcriptUnavailableLabel->setObjectName(QStringLiteral("transcriptUnavailableLabel"));
    m_transcriptUnavailableLabel->setTextFormat(Qt::PlainText);
    m_transcriptUnavailableLabel->setWordWrap(true);
    m_transcriptUnavailableLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_transcriptUnavailableLabel->setText(
        tr("Transcript: not available. This message was opened from a file, not received by the sandbox."));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_transcriptTree, 1);
    layout->addWidget(m_transcriptUnavailableLabel, 1);
    return page;
}

void MessageView::showPlaceholder(const QString& text)
{
    m_hasMessage = false;
    m_captured = CapturedMessage();
    m_message = ParsedMessage();
    m_browser->clearMessage();
    m_placeholderLabel->setText(text);
    m_stack->setCurrentWidget(m_placeholderLabel);
}

void MessageView::showMessage(const CapturedMessage& captured, const ParsedMessage& message)
{
    m_captured = captured;
    m_message = message;
    m_hasMessage = true;

    fillSummary();
    {
        // Both versions present: HTML first, as most mail programs show it.
        const QSignalBlocker block(m_formatComboBox);
        const bool both = !message.htmlBody.isEmpty() && !message.textBody.isEmpty();
        m_formatComboBox->setCurrentIndex(message.htmlBody.isEmpty() ? 1 : 0);
        m_formatLabel->setVisible(both);
        m_formatComboBox->setVisible(both);
    }
    showBody();
    fillAttachments();
    fillEnvelope();
    fillHeaders();
    fillSource();
    fillTranscript();
    m_stack->setCurrentIndex(1);
}

void MessageView::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void MessageView::fillSummary()
{
    const ParsedMessage& m = m_message;
    m_subjectLabel->setText(m.subject.isEmpty() ? tr("(no subject)") : m.subject);
    m_fromLabel->setText(m.from.isEmpty() ? tr("(no From header)") : joinDisplay(m.from));
    m_dateLabel->setText(m.date.isValid() ? QLocale().toString(m.date.toLocalTime(), QLocale::LongFormat)
                                          : tr("(no date)"));
    m_dateLabel->setToolTip(m.header(QStringLiteral("Date")));
    m_toLabel->setText(m.to.isEmpty() ? tr("(no To header)") : joinDisplay(m.to));
    m_ccLabel->setText(joinDisplay(m.cc));
    m_ccTitle->setVisible(!m.cc.isEmpty());
    m_ccLabel->setVisible(!m.cc.isEmpty());

    // Bcc: the envelope's recipients that no header names, and any Bcc field the message itself
    // carries (RFC 5322 §3.6.3 allows sending one; then the blind copy is not blind).
    QStringList blind;
    if (m_captured.hasReceipt) {
        for (const RecipientRoles::Entry& e : RecipientRoles::classify(m_captured.receipt.recipients, m)) {
            if (e.role == RecipientRoles::Role::Blind)
                blind << e.address;
        }
    }
    QStringList lines;
    if (!blind.isEmpty())
        lines << tr("%1 — hidden from the other recipients").arg(blind.join(QStringLiteral(", ")));
    if (!m.bcc.isEmpty())
        lines << tr("%1 — in a Bcc header that every recipient can read").arg(joinDisplay(m.bcc));
    m_bccLabel->setText(lines.join(QLatin1Char('\n')));
    m_bccTitle->setVisible(!lines.isEmpty());
    m_bccLabel->setVisible(!lines.isEmpty());
}

void MessageView::showBody()
{
    if (!m_hasMessage)
        return;
    m_remoteContentLabel->hide();
    m_browser->showMessage(m_message, m_formatComboBox->currentIndex() == 0);
    if (m_message.htmlBody.isEmpty() && m_message.textBody.isEmpty())
        m_browser->setPlaceholderText(tr("This message has no text."));
}

void MessageView::updateRemoteNote(int blocked)
{
    if (blocked <= 0 || !m_browser->isShowingHtml()) {
        m_remoteContentLabel->hide();
        return;
    }
    QStringList sources;
    QStringList urls;
    bool local = false;
    for (const QUrl& url : m_browser->blockedUrls()) {
        urls << url.toDisplayString();
        if (url.host().isEmpty())
            local = true; // file: or a relative name: the local disk
        else if (!sources.contains(url.host()))
            sources << url.host();
    }
    if (local)
        sources << tr("files on this computer");
    m_remoteContentLabel->setText(
        tr("Remote content blocked: %n picture(s) or style sheet(s) would have been loaded from %1.", nullptr,
           blocked)
            .arg(sources.join(QStringLiteral(", ")))
        + QLatin1Char(' ')
        + tr("Qourier never loads them: a remote picture tells the sender when and where the message was read."));
    m_remoteContentLabel->setToolTip(urls.join(QLatin1Char('\n')));
    m_remoteContentLabel->show();
}

void MessageView::onLinkRequested(const QUrl& url)
{
    // Following a link is the person's choice; only kinds a browser or mail program handles.
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        m_urlOpener(url);
        return;
    }
    emit statusMessage(tr("Links of this kind are not opened: %1").arg(url.toDisplayString()));
}

void MessageView::fillAttachments()
{
    m_attachmentTree->clear();
    const QList<ParsedPart>& parts = m_message.attachments;
    qint64 total = 0;
    QMimeDatabase mimes;
    for (int i = 0; i < parts.size(); ++i) {
        const ParsedPart& part = parts.at(i);
        total += part.size();
        const QString name = part.fileName.isEmpty() ? tr("(unnamed part %1)").arg(i + 1) : part.fileName;
        const QMimeType type = mimes.mimeTypeForName(part.mimeType);
        const QString typeText = type.isValid() && !type.comment().isEmpty()
            ? tr("%1 (%2)").arg(type.comment(), part.mimeType)
            : part.mimeType;
        auto* item = new QTreeWidgetItem(m_attachmentTree, {name, typeText, QLocale().formattedDataSize(part.size())});
        item->setData(0, Qt::UserRole, i);
        item->setIcon(0, QIcon::fromTheme(type.iconName(), style()->standardIcon(QStyle::SP_FileIcon)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, part.contentId.isEmpty() ? name : tr("%1\nContent-ID: <%2>").arg(name, part.contentId));
    }
    m_attachmentSummaryLabel->setText(tr("%n attachment(s), %1", nullptr, int(parts.size()))
                                          .arg(QLocale().formattedDataSize(total)));
    m_attachmentPane->setVisible(!parts.isEmpty());
    if (!parts.isEmpty()) {
        m_attachmentTree->setCurrentItem(m_attachmentTree->topLevelItem(0));
        // As tall as its rows (up to four), so the body keeps the room.
        const int rows = int(qMin<qsizetype>(parts.size(), 4));
        m_attachmentTree->setFixedHeight(m_attachmentTree->header()->sizeHint().height()
                                         + rows * m_attachmentTree->sizeHintForRow(0)
                                         + 2 * m_attachmentTree->frameWidth() + 2);
    }
    m_saveButton->setEnabled(!parts.isEmpty());
    m_openButton->setEnabled(!parts.isEmpty());
}

int MessageView::currentAttachment() const
{
    const QTreeWidgetItem* item = m_attachmentTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

QString MessageView::safeFileName(const ParsedPart& part, int index)
{
    // The name comes from the sender: keep only its last path component, drop control
    // characters and leading dots (no hidden files, no "..").
    QString name = part.fileName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    QString clean;
    for (const QChar c : qAsConst(name)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QLatin1Char(':'))
            continue;
        clean += c;
    }
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    clean = clean.trimmed().left(200);
    if (clean.isEmpty()) {
        clean = tr("attachment-%1").arg(index + 1);
        const QString suffix = QMimeDatabase().mimeTypeForName(part.mimeType).preferredSuffix();
        if (!suffix.isEmpty())
            clean += QLatin1Char('.') + suffix;
    }
    return clean;
}

bool MessageView::isRunnable(const QString& fileName, const QByteArray& data, const QString& declaredType)
{
    static const QStringList runnableSuffixes = {
        QStringLiteral("desktop"), QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("run"),
        QStringLiteral("appimage"), QStringLiteral("exe"), QStringLiteral("com"), QStringLiteral("bat"),
        QStringLiteral("cmd"), QStringLiteral("scr"), QStringLiteral("pif"), QStringLiteral("msi"),
        QStringLiteral("lnk"), QStringLiteral("js"), QStringLiteral("jse"), QStringLiteral("vbs"),
        QStringLiteral("vbe"), QStringLiteral("wsf"), QStringLiteral("ps1"), QStringLiteral("jar"),
        QStringLiteral("py"), QStringLiteral("pl"), QStringLiteral("rb"), QStringLiteral("hta"),
        QStringLiteral("reg"), QStringLiteral("deb"), QStringLiteral("rpm"), QStringLiteral("apk"),
    };
    static const QStringList runnableTypes = {
        QStringLiteral("application/x-executable"),   QStringLiteral("application/x-sharedlib"),
        QStringLiteral("application/x-shellscript"),  QStringLiteral("application/x-desktop"),
        QStringLiteral("application/x-ms-dos-executable"), QStringLiteral("application/x-msdownload"),
        QStringLiteral("application/x-msi"),          QStringLiteral("application/java-archive"),
        QStringLiteral("application/x-perl"),         QStringLiteral("text/x-python"),
        QStringLiteral("application/x-ms-shortcut"),  QStringLiteral("application/vnd.microsoft.portable-executable"),
        QStringLiteral("application/javascript"),     QStringLiteral("application/x-executable-script"),
    };
    if (runnableSuffixes.contains(QFileInfo(fileName).suffix().toLower()))
        return true;
    QMimeDatabase db;
    for (const QMimeType& type : {db.mimeTypeForName(declaredType), db.mimeTypeForFileNameAndData(fileName, data),
                                  db.mimeTypeForData(data)}) {
        if (!type.isValid())
            continue;
        for (const QString& runnable : runnableTypes) {
            if (type.inherits(runnable))
                return true;
        }
    }
    return false;
}

bool MessageView::saveAttachment(int index, const QString& path, QString* error) const
{
    if (index < 0 || index >= m_message.attachments.size()) {
        *error = tr("There is no such attachment.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(m_message.attachments.at(index).data);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MessageView::chooseSaveLocation(int index)
{
    if (index < 0 || index >= m_message.attachments.size())
        return;
    const ParsedPart& part = m_message.attachments.at(index);
    // Non-modal, like the composer's dialogs: the answer arrives through fileSelected.
    auto* dialog = new QFileDialog(this, tr("Save Attachment"));
    dialog->setObjectName(QStringLiteral("saveAttachmentFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDirectory(QDir::homePath());
    dialog->selectFile(safeFileName(part, index));
    connect(dialog, &QFileDialog::fileSelected, this, [this, index](const QString& path) {
        QString error;
        if (saveAttachment(index, path, &error))
            emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        else
            emit statusMessage(error);
    });
    dialog->open();
}

bool MessageView::openAttachment(int index, QString* error)
{
    if (index < 0 || index >= m_message.attachments.size()) {
        *error = tr("There is no such attachment.");
        return false;
    }
    const ParsedPart& part = m_message.attachments.at(index);
    const QString name = safeFileName(part, index);
    if (isRunnable(name, part.data, part.mimeType)) {
        *error = tr("“%1” is a program or script. Qourier does not open those from a message; "
                    "save it and look at it instead.")
                     .arg(name);
        return false;
    }
    if (!m_openDir) {
        m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/qourier-attachments-XXXXXX"));
        if (!m_openDir->isValid()) {
            *error = tr("Cannot create a temporary folder: %1").arg(m_openDir->errorString());
            m_openDir.reset();
            return false;
        }
    }
    // One subfolder per attachment: two attachments with the same name do not overwrite each other.
    const QString folder = m_openDir->filePath(QString::number(++m_openCount));
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name;
    if (!saveAttachment(index, path, error))
        return false;
    // Read-only and never executable, whatever the desktop decides to do with it.
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    if (!m_urlOpener(QUrl::fromLocalFile(path))) {
        *error = tr("No program is set up to open %1.").arg(name);
        return false;
    }
    emit statusMessage(tr("Opened %1").arg(name));
    return true;
}

void MessageView::fillEnvelope()
{
    m_envelopeTree->clear();
    const bool available = m_captured.hasReceipt;
    m_envelopeTree->setVisible(available);
    m_envelopeUnavailableLabel->setVisible(!available);
    if (!available)
        return;

    const SandboxReceipt& r = m_captured.receipt;
    QTreeWidgetItem* envelope = addSection(m_envelopeTree, tr("Envelope"));
    // RFC 5321 §4.1.1.2; "<>" is the null reverse path of bounces (§3.6.3, §4.5.5).
    addRow(envelope, tr("MAIL FROM"), r.mailFrom.isEmpty() ? tr("<> (null reverse path)")
                                                           : QLatin1Char('<') + r.mailFrom + QLatin1Char('>'));
    if (!r.mailParameters.isEmpty()) {
        QStringList params;
        for (const auto& p : r.mailParameters) {
            params << (p.second.isNull() ? QString::fromUtf8(p.first)
                                         : QString::fromUtf8(p.first) + QLatin1Char('=') + QString::fromUtf8(p.second));
        }
        addRow(envelope, tr("Parameters"), params.join(QLatin1Char(' ')));
    }

    // RFC 5321 §4.1.1.3: each RCPT TO is one delivery; RFC 5322 §3.6.3: Bcc recipients are told
    // to the server but written in no header the others receive.
    QTreeWidgetItem* rcpts = addSection(m_envelopeTree, tr("RCPT TO (%n recipient(s))", nullptr,
                                                           int(r.recipients.size())));
    for (const RecipientRoles::Entry& e : RecipientRoles::classify(r.recipients, m_message)) {
        QString role;
        switch (e.role) {
        case RecipientRoles::Role::To:
            role = tr("To: %1").arg(e.display);
            break;
        case RecipientRoles::Role::Cc:
            role = tr("Cc: %1").arg(e.display);
            break;
        case RecipientRoles::Role::BccHeader:
            role = tr("Bcc header: every recipient can read this address in the message");
            break;
        case RecipientRoles::Role::Blind:
            role = tr("Bcc: hidden from the other recipients");
            break;
        }
        QTreeWidgetItem* item = addRow(rcpts, QLatin1Char('<') + e.address + QLatin1Char('>'), role);
        item->setData(0, Qt::UserRole, int(e.role));
        if (e.role == RecipientRoles::Role::Blind || e.role == RecipientRoles::Role::BccHeader) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
            item->setForeground(1, e.role == RecipientRoles::Role::Blind ? BlindColor : FailureColor);
            item->setToolTip(1, e.role == RecipientRoles::Role::Blind
                                    ? tr("This address is in the envelope but in no To or Cc header: the "
                                         "recipient got the message, the others cannot see that.")
                                    : tr("The message carries a Bcc header: blind copies are not blind."));
        }
    }
    const QList<ParsedAddress> missing = RecipientRoles::notInEnvelope(r.recipients, m_message);
    if (!missing.isEmpty()) {
        QTreeWidgetItem* section = addSection(m_envelopeTree, tr("In the headers, not in this envelope"));
        for (const ParsedAddress& a : missing) {
            QTreeWidgetItem* item = addRow(section, a.display(), tr("named in the message; this delivery did not "
                                                                    "include it"));
            item->setForeground(1, FailureColor);
        }
    }

    QTreeWidgetItem* connection = addSection(m_envelopeTree, tr("Connection"));
    addRow(connection, tr("Received"), QLocale().toString(r.received.toLocalTime(), QLocale::LongFormat));
    addRow(connection, tr("Listener"), listenerName(r.listener));
    addRow(connection, tr("TLS"), r.tlsProtocol.isEmpty() ? tr("none: sent in clear text")
                                                          : tr("%1, %2").arg(r.tlsProtocol, r.tlsCipher));
    addRow(connection, tr("Authenticated as"), r.authMechanism.isEmpty()
                                                   ? tr("not authenticated")
                                                   : tr("%1 (AUTH %2)").arg(r.authUser, r.authMechanism));
    addRow(connection, tr("Client"), r.clientPort ? tr("%1 port %2").arg(r.clientAddress).arg(r.clientPort)
                                                  : r.clientAddress);
    addRow(connection, r.esmtp ? tr("EHLO") : tr("HELO"), r.helo);
    addRow(connection, tr("Body sent with"), r.bodyCommand == QLatin1String("BDAT")
                                                 ? tr("BDAT, %n chunk(s) (RFC 3030)", nullptr, r.chunks)
                                                 : r.bodyCommand);
    addRow(connection, tr("Size"), tr("%1 (%2 octets)").arg(QLocale().formattedDataSize(m_captured.size),
                                                           QLocale().toString(m_captured.size)));
    QTreeWidgetItem* sha = addRow(connection, tr("SHA-256"), m_captured.sha256);
    sha->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addRow(connection, tr("Stored as"), QDir::toNativeSeparators(m_captured.emlPath));
    m_envelopeTree->expandAll();
    m_envelopeTree->resizeColumnToContents(0);
}

void MessageView::fillHeaders()
{
    m_headerTree->clear();
    for (const ParsedHeader& h : m_message.headers) {
        auto* item = new QTreeWidgetItem(m_headerTree, {h.name, h.value});
        // The decoded value in the list, the raw one (encoded-words, folding) on hover.
        item->setToolTip(1, h.rawValue == h.value ? h.value : tr("Decoded: %1\n\nAs sent: %2").arg(h.value, h.rawValue));
    }
    m_headerTree->resizeColumnToContents(0);
}

void MessageView::fillSource()
{
    const QByteArray& raw = m_message.raw;
    const bool cut = raw.size() > MaxSourceShown;
    // Shown as UTF-8 (what SMTPUTF8 and 8BITMIME bodies use); other 8-bit bytes appear as
    // replacement characters, which is itself worth seeing.
    m_sourceEdit->setPlainText(QString::fromUtf8(cut ? raw.left(MaxSourceShown) : raw));
    m_sourceNoteLabel->setText(cut ? tr("Showing the first %1 of %2. Save the message file to see all of it: %3")
                                         .arg(QLocale().formattedDataSize(MaxSourceShown),
                                              QLocale().formattedDataSize(raw.size()),
                                              QDir::toNativeSeparators(m_captured.emlPath))
                                   : QDir::toNativeSeparators(m_captured.emlPath));
}

void MessageView::fillTranscript()
{
    m_transcriptTree->clear();
    const bool available = m_captured.hasReceipt;
    m_transcriptTree->setVisible(available);
    m_transcriptUnavailableLabel->setVisible(!available);
    if (!available)
        return;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString& line : m_captured.receipt.transcript) {
        // The sandbox writes the server's view: "C: " what the client sent, "S: " what the
        // sandbox answered, "-- " what happened on the connection.
        SmtpSession::Direction direction = SmtpSession::Direction::Info;
        QString prefix = QStringLiteral("*");
        QString text = line;
        if (line.startsWith(QLatin1String("C: "))) {
            direction = SmtpSession::Direction::Client;
            prefix = QStringLiteral("C:");
            text = line.mid(3);
        } else if (line.startsWith(QLatin1String("S: "))) {
            direction = SmtpSession::Direction::Server;
            prefix = QStringLiteral("S:");
            text = line.mid(3);
        } else if (line.startsWith(QLatin1String("-- "))) {
            text = line.mid(3);
        }
        auto* item = new QTreeWidgetItem(m_transcriptTree, {prefix, text});
        item->setFont(1, fixed);
        item->setToolTip(1, text);
        const QString meaning = TranscriptAnnotator::explain(direction, text);
        item->setText(2, meaning);
        item->setToolTip(2, meaning);
        if (direction == SmtpSession::Direction::Client) {
            item->setForeground(1, ClientColor);
        } else if (direction == SmtpSession::Direction::Server) {
            // 4yz and 5yz replies stand out (RFC 5321 §4.2.1).
            if (text.startsWith(QLatin1Char('4')) || text.startsWith(QLatin1Char('5')))
                item->setForeground(1, FailureColor);
        } else {
            QFont italic = fixed;
            italic.setItalic(true);
            item->setFont(1, italic);
            item->setForeground(1, palette().placeholderText());
        }
    }
}
