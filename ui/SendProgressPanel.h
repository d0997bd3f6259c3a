#pragma once
// The panel at the bottom of the composer while a message is being sent: what is happening
// ("Securing the connection…", "Sending 3.2 MB of 50.0 MB at 12 MB/s"), a bar, and Cancel.
// It only displays what it is told; the controller knows the session.

#include "SmtpSession.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

class SendProgressPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SendProgressPanel(QWidget* parent = nullptr);

    // Shows the panel for a new send to `host` as `user` (empty when no sign-in).
    void begin(const QString& host, const QString& user, qint64 messageSize);
    void setState(SmtpSession::State state);
    void setUpload(qint64 sent, qint64 total, double bytesPerSecond);
    void setCancelling();
    // The undo-send delay: "Sending in N s…" with Undo instead of Cancel. begin() ends it.
    void showCountdown(int secondsLeft, const QString& host);
    bool isCountingDown() const { return m_countingDown; }

    QString phaseText() const;
    QString detailText() const;
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* undoButton() const { return m_undoButton; }

    static QString phaseDescription(SmtpSession::State state, const QString& host, const QString& user);

signals:
    void cancelRequested();
    void undoRequested();

private:
    QLabel* m_phaseLabel = nullptr;
    QLabel* m_detailLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    bool m_countingDown = false;
    QString m_host;
    QString m_user;
    qint64 m_messageSize = -1;
    bool m_uploading = false;
};
