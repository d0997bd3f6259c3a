#include "OutboxWindow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

OutboxWindow::OutboxWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("outboxWindow"));
    setWindowTitle(tr("Outbox — Qourier"));

    m_emptyLabel = new QLabel(tr("Nothing is waiting: every message has been sent."), this);
    m_emptyLabel->setObjectName(QStringLiteral("outboxEmptyLabel"));

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("outboxTableWidget"));
    m_table->setAccessibleName(tr("Messages in the Outbox"));
    m_table->setHorizontalHeaderLabels(
        {tr("State"), tr("Subject"), tr("Recipients"), tr("Attempts"), tr("Next Try"), tr("Last Error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OutboxWindow::updateButtons);

    // RFC 1047, in plain words: shown while an uncertain message is selected.
    m_uncertainLabel = new QLabel(this);
    m_uncertainLabel->setObjectName(QStringLiteral("uncertainExplanationLabel"));
    m_uncertainLabel->setWordWrap(true);
    m_uncertainLabel->setText(
        tr("<b>Maybe sent.</b> The whole message reached the server, but the connection broke before the server "
           "confirmed it. The server may have accepted it — then sending again gives the recipients two copies — "
           "or not. Qourier never sends such a message again by itself. If you know it arrived (ask a recipient, "
           "or look in the Sent folder of your webmail), choose <i>Mark as Sent</i>; otherwise <i>Send Again</i>."));
    m_uncertainLabel->hide();

    auto makeButton = [this](const QString& text, const QString& name, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAutoDefault(false);
        return button;
    };
    m_retryButton = makeButton(tr("&Retry Now"), QStringLiteral("retryButton"), tr("Try to send it now"));
    m_editButton = makeButton(tr("&Edit"), QStringLiteral("editButton"),
                              tr("Take the message back into the composer (it leaves the Outbox)"));
    m_deleteButton = makeButton(tr("&Delete"), QStringLiteral("deleteButton"), tr("Delete the message (Delete)"));
    m_sendAgainButton = makeButton(tr("Send &Again"), QStringLiteral("sendAgainButton"),
                                   tr("Send it again; recipients may get it twice"));
    m_markSentButton = makeButton(tr("&Mark as Sent"), QStringLiteral("markSentButton"),
                                  tr("It arrived: move it to the Sent folder without sending"));
    auto emitFor = [this](void (OutboxWindow::*signal)(const QString&)) {
        return [this, signal]() {
            if (!currentId().isEmpty())
                emit(this->*signal)(currentId());
        };
    };
    connect(m_retryButton, &QPushButton::clicked, this, emitFor(&OutboxWindow::retryRequested));
    connect(m_editButton, &QPushButton::clicked, this, emitFor(&OutboxWindow::editRequested));
    connect(m_deleteButton, &QPushButton::clicked, this, emitFor(&OutboxWindow::deleteRequested));
    connect(m_sendAgainButton, &QPushButton::clicked, this, emitFor(&OutboxWindow::sendAgainRequested));
    connect(m_markSentButton, &QPushButton::clicked, this, emitFor(&OutboxWindow::markSentRequested));
    auto* close = makeButton(tr("&Close"), QStringLiteral("closeOutboxButton"), QString());
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_sendAgainButton);
    buttons->addWidget(m_markSentButton);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_uncertainLabel);
    layout->addLayout(buttons);
    resize(860, 360);
    updateButtons();
}

QString OutboxWindow::statusText(Status status)
{
    switch (status) {
    case Status::Queued: return tr("Waiting");
    case Status::Sending: return tr("Sending…");
    case Status::Sent: return tr("Sent");
    case Status::Failed: return tr("Not sent");
    case Status::Deferred: return tr("Will retry");
    case Status::Uncertain: return tr("Maybe sent");
    }
    return QString();
}

void OutboxWindow::setRows(const QList<Row>& rows)
{
    const QString previous = currentId();
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        const QString next = row.status == Status::Deferred && row.nextAttempt.isValid()
            ? locale.toString(row.nextAttempt.toLocalTime(), QLocale::ShortFormat)
            : QString();
        const QStringList cells{statusText(row.status),
                                row.subject.trimmed().isEmpty() ? tr("(no subject)") : row.subject,
                                row.recipients,
                                QString::number(row.attempts),
                                next,
                                row.lastError};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_emptyLabel->setVisible(rows.isEmpty());
    selectId(previous);
    if (m_table->currentRow() < 0 && !rows.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

int OutboxWindow::rowCount() const
{
    return int(m_rows.size());
}

void OutboxWindow::selectId(const QString& id)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id) {
            m_table->setCurrentCell(r, 0);
            return;
        }
    }
}

const OutboxWindow::Row* OutboxWindow::currentRow() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr;
}

QString OutboxWindow::currentId() const
{
    const Row* row = currentRow();
    return row ? row->id : QString();
}

void OutboxWindow::updateButtons()
{
    const Row* row = currentRow();
    const bool busy = !row || row->status == Status::Sending;
    const bool uncertain = row && row->status == Status::Uncertain;
    // An uncertain message is never retried like the others: the person decides (RFC 1047).
    m_retryButton->setEnabled(!busy && !uncertain);
    m_editButton->setEnabled(!busy && row->editable);
    m_deleteButton->setEnabled(!busy);
    m_sendAgainButton->setVisible(uncertain);
    m_markSentButton->setVisible(uncertain);
    m_uncertainLabel->setVisible(uncertain);
}

void OutboxWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && m_deleteButton->isEnabled()) {
        m_deleteButton->click();
        return;
    }
    QWidget::keyPressEvent(event);
}
