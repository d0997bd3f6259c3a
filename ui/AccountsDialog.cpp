#include "AccountsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

AccountsDialog::AccountsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));

    auto* label = new QLabel(tr("&Accounts you send from:"), this);
    label->setObjectName(QStringLiteral("accountsLabel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountsTreeWidget"));
    m_list->setAccessibleName(tr("Accounts you send from"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Account"), tr("Sender"), tr("Outgoing server"), tr("Sign-in")});
    label->setBuddy(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, [this]() {
        if (!currentId().isEmpty())
            emit editRequested(currentId());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);

    m_addButton = new QPushButton(tr("A&dd…"), this);
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_addButton->setToolTip(tr("Find and test the settings of another account"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editAccountButton"));
    m_editButton->setToolTip(tr("Change this account's settings or password, and test them again"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAccountButton"));
    m_removeButton->setToolTip(tr("Forget this account and delete its password from the keychain"));
    m_defaultButton = new QPushButton(tr("Set as De&fault"), this);
    m_defaultButton->setObjectName(QStringLiteral("defaultAccountButton"));
    m_defaultButton->setToolTip(tr("New messages are sent from this account unless you choose another"));
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addRequested);
    connect(m_editButton, &QPushButton::clicked, this, [this]() {
        if (!currentId().isEmpty())
            emit editRequested(currentId());
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this]() {
        if (!currentId().isEmpty())
            emit removeRequested(currentId());
    });
    connect(m_defaultButton, &QPushButton::clicked, this, [this]() {
        if (!currentId().isEmpty())
            emit defaultRequested(currentId());
    });
    auto* side = new QVBoxLayout;
    for (QPushButton* button : {m_addButton, m_editButton, m_removeButton, m_defaultButton}) {
        // Return on the list edits the current account (itemActivated): no button may take it.
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("accountsButtonBox"));
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(920, 320);
    updateButtons();
}

void AccountsDialog::setItems(const QList<Item>& items)
{
    const QString previous = currentId();
    m_defaultId.clear();
    m_list->clear();
    for (const Item& item : items) {
        auto* row = new QTreeWidgetItem(m_list);
        // The default is said in words, not only by position or a font (screen readers read text).
        row->setText(0, item.isDefault ? tr("%1 (default)", "an account's name in the Accounts list").arg(item.name)
                                       : item.name);
        row->setText(1, item.address);
        row->setText(2, item.server);
        row->setText(3, item.signIn);
        row->setData(0, Qt::UserRole, item.id);
        if (item.isDefault) {
            m_defaultId = item.id;
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
        }
        if (item.id == previous)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    // Whole words in every column but the last, which takes the rest of the width.
    for (int column = 0; column + 1 < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_list->setFocus();
    updateButtons();
}

int AccountsDialog::count() const
{
    return m_list->topLevelItemCount();
}

QString AccountsDialog::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void AccountsDialog::setCurrentId(const QString& id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void AccountsDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && !currentId().isEmpty()) {
        emit removeRequested(currentId());
        return;
    }
    QDialog::keyPressEvent(event);
}

void AccountsDialog::updateButtons()
{
    const QString id = currentId();
    m_editButton->setEnabled(!id.isEmpty());
    m_removeButton->setEnabled(!id.isEmpty());
    m_defaultButton->setEnabled(!id.isEmpty() && id != m_defaultId);
}
