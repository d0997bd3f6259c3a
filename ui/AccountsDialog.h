#pragma once
// File ▸ Accounts: the saved sending accounts, the default first; Add (the connection wizard),
// Edit (the wizard on that account; also Return or a double click), Remove (also the Delete key)
// and Set as Default. It shows values and emits intents: app/ComposerController asks before
// removing, and removes the account together with its keychain secret.

#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;
class QTreeWidget;

class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;
        QString name;    // what the person calls it, or the address
        QString address; // "Alice Example <alice@example.org>"
        QString server;  // "smtp.example.org:465, TLS"
        QString signIn;  // "Password", "Google sign-in", "None"
        bool isDefault = false;
    };

    explicit AccountsDialog(QWidget* parent = nullptr);

    void setItems(const QList<Item>& items);
    int count() const;
    QString currentId() const;
    void setCurrentId(const QString& id);

signals:
    void addRequested();
    void editRequested(const QString& id);
    void removeRequested(const QString& id);
    void defaultRequested(const QString& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateButtons();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_defaultButton = nullptr;
    QString m_defaultId;
};
