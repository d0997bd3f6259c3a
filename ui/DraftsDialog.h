#pragma once
// File ▸ Drafts: the messages the person saved to finish later, newest first, with subject,
// recipients and when each was saved; Open (also Return or a double click) and Delete (also the
// Delete key). It shows values and emits intents; app/ComposerController reads and removes the
// drafts.

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;
class QTreeWidget;

class DraftsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;
        QString subject;
        QString recipients;
        QDateTime saved;
    };

    explicit DraftsDialog(QWidget* parent = nullptr);

    void setItems(const QList<Item>& items);
    int count() const;
    QString currentId() const;
    void setCurrentRow(int row);

signals:
    void openRequested(const QString& id);
    void deleteRequested(const QString& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateButtons();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
};
