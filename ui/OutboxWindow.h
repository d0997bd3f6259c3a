#pragma once
// File ▸ Outbox: every message that is waiting, being sent, or could not be sent, with its state,
// subject, recipients, attempts, next automatic try and last error. Retry Now, Edit (back into
// the composer), Delete; for a message whose delivery is uncertain (the connection died after the
// message was handed over, RFC 1047) Send Again or Mark as Sent, which only the person decides.
// It shows values and emits intents; app/OutboxController reads and changes the outbox.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

class OutboxWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Status { Queued, Sending, Sent, Failed, Deferred, Uncertain };

    struct Row
    {
        QString id;
        Status status = Status::Queued;
        QString subject;
        QString recipients;
        int attempts = 0;
        QDateTime nextAttempt; // Deferred: the next automatic try
        QString lastError;
        bool editable = false; // the composer's draft is kept with it
    };

    explicit OutboxWindow(QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    int rowCount() const;
    QString currentId() const;
    void selectId(const QString& id);
    static QString statusText(Status status);

signals:
    void retryRequested(const QString& id);
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);
    void sendAgainRequested(const QString& id);
    void markSentRequested(const QString& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateButtons();
    const Row* currentRow() const;

    QList<Row> m_rows;
    QTableWidget* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_uncertainLabel = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_sendAgainButton = nullptr;
    QPushButton* m_markSentButton = nullptr;
};
