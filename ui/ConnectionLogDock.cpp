#include "ConnectionLogDock.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Older rows are dropped beyond this: a long session must not grow without bound.
constexpr int kMaxRows = 5000;

QString prefixFor(SmtpSession::Direction direction)
{
    switch (direction) {
    case SmtpSession::Direction::Client: return QStringLiteral("C:");
    case SmtpSession::Direction::Server: return QStringLiteral("S:");
    case SmtpSession::Direction::Info: return QStringLiteral("*");
    }
    return QString();
}

} // namespace

ConnectionLogDock::ConnectionLogDock(QWidget* parent)
    : QDockWidget(tr("Connection Log"), parent)
{
    setObjectName(QStringLiteral("connectionLogDockWidget"));
    setAccessibleName(tr("Connection log"));

    auto* content = new QWidget(this);
    m_tree = new QTreeWidget(content);
    m_tree->setObjectName(QStringLiteral("connectionLogTreeWidget"));
    m_tree->setAccessibleName(tr("Conversation with the server"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({QString(), tr("Line"), tr("Meaning")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(1, 380);

    m_copyButton = new QPushButton(tr("&Copy"), content);
    m_copyButton->setObjectName(QStringLiteral("copyLogButton"));
    m_copyButton->setToolTip(tr("Copy the log to the clipboard (passwords are never in it)"));
    connect(m_copyButton, &QPushButton::clicked, this, &ConnectionLogDock::copyToClipboard);
    m_clearButton = new QPushButton(tr("C&lear"), content);
    m_clearButton->setObjectName(QStringLiteral("clearLogButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &ConnectionLogDock::clearLog);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_clearButton);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    setWidget(content);
}

void ConnectionLogDock::beginSession(const QString& host, quint16 port)
{
    auto* item = new QTreeWidgetItem(m_tree);
    item->setFirstColumnSpanned(true);
    item->setText(0, tr("Connection to %1, port %2, at %3")
                         .arg(host)
                         .arg(port)
                         .arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    m_tree->scrollToItem(item);
}

void ConnectionLogDock::appendLine(SmtpSession::Direction direction, const QString& line)
{
    if (m_tree->topLevelItemCount() >= kMaxRows)
        delete m_tree->takeTopLevelItem(0);
    const QScrollBar* bar = m_tree->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;

    auto* item = new QTreeWidgetItem(m_tree);
    item->setText(0, prefixFor(direction));
    item->setText(1, line);
    item->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    item->setToolTip(1, line);
    if (m_annotator) {
        const QString meaning = m_annotator(direction, line);
        item->setText(2, meaning);
        item->setToolTip(2, meaning);
    }
    switch (direction) {
    case SmtpSession::Direction::Client:
        item->setForeground(1, QColor(0x1a, 0x55, 0xb0));
        break;
    case SmtpSession::Direction::Server:
        // 4yz and 5yz replies stand out (RFC 5321 §4.2.1).
        if (line.startsWith(QLatin1Char('4')) || line.startsWith(QLatin1Char('5')))
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        break;
    case SmtpSession::Direction::Info: {
        QFont italic = item->font(1);
        italic.setItalic(true);
        item->setFont(1, italic);
        item->setForeground(1, palette().placeholderText());
        break;
    }
    }
    // Follow the conversation unless the person scrolled up to read.
    if (atBottom)
        m_tree->scrollToBottom();
}

void ConnectionLogDock::clearLog()
{
    m_tree->clear();
}

int ConnectionLogDock::lineCount() const
{
    return m_tree->topLevelItemCount();
}

QString ConnectionLogDock::toText() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->isFirstColumnSpanned()) {
            lines.append(item->text(0));
            continue;
        }
        QString line = item->text(0) + QLatin1Char(' ') + item->text(1);
        if (!item->text(2).isEmpty())
            line += QStringLiteral("    — ") + item->text(2);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

void ConnectionLogDock::copyToClipboard() const
{
    QApplication::clipboard()->setText(toText());
}
