#include "DraftsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DraftsDialog::DraftsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("draftsDialog"));
    setWindowTitle(tr("Drafts"));

    auto* label = new QLabel(tr("&Saved drafts:"), this);
    label->setObjectName(QStringLiteral("draftsLabel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("draftsTreeWidget"));
    m_list->setAccessibleName(tr("Saved drafts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Subject"), tr("Recipients"), tr("Saved")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    label->setBuddy(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, [this]() {
        if (!currentId().isEmpty())
            emit openRequested(currentId());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DraftsDialog::updateButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("draftsButtonBox"));
    m_openButton = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openDraftButton"));
    m_deleteButton = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteDraftButton"));
    // Return on the list opens the current draft (itemActivated), which the list reports
    // without accepting the key: no default button may click a second time (and Open is not
    // an AcceptRole button, which QDialogButtonBox would make the default when shown).
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    // Accept would close before the controller decides; Open only emits.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this]() {
        if (!currentId().isEmpty())
            emit openRequested(currentId());
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this]() {
        if (!currentId().isEmpty())
            emit deleteRequested(currentId());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 360);
    updateButtons();
}

void DraftsDialog::setItems(const QList<Item>& items)
{
    const QString previous = currentId();
    m_list->clear();
    for (const Item& item : items) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(0, item.subject.trimmed().isEmpty() ? tr("(no subject)") : item.subject);
        row->setText(1, item.recipients);
        row->setText(2, QLocale().toString(item.saved.toLocalTime(), QLocale::ShortFormat));
        row->setData(0, Qt::UserRole, item.id);
        if (item.id == previous)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    updateButtons();
}

int DraftsDialog::count() const
{
    return m_list->topLevelItemCount();
}

QString DraftsDialog::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void DraftsDialog::setCurrentRow(int row)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void DraftsDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && !currentId().isEmpty()) {
        emit deleteRequested(currentId());
        return;
    }
    QDialog::keyPressEvent(event);
}

void DraftsDialog::updateButtons()
{
    const bool any = !currentId().isEmpty();
    m_openButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
}
