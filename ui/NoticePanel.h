#pragma once
// A bar above the message body that says how a send ended, without a modal box: the title
// ("Message sent", "The server refused your password"), what happened, the server's own words
// (selectable, monospace) and what to do next; a button for the connection log and one optional
// action ("Server Settings…").

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

class NoticePanel : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Success, Info, Warning, Error };
    Q_ENUM(Kind)

    struct Notice
    {
        Kind kind = Kind::Info;
        QString title;
        QString text;
        QString serverWords;
        QString advice;
        QString actionText;   // empty: no action button
        bool offerLog = false; // a "Connection Log" button
        int autoHideMs = 0;    // 0: stays until dismissed
    };

    explicit NoticePanel(QWidget* parent = nullptr);

    void showNotice(const Notice& notice);
    void dismiss();
    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;
    QString serverWords() const;
    QString advice() const;

signals:
    void actionTriggered();
    void showLogRequested();

private:
    QLabel* m_iconLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QLabel* m_serverWordsLabel = nullptr;
    QLabel* m_adviceLabel = nullptr;
    QPushButton* m_actionButton = nullptr;
    QPushButton* m_logButton = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QTimer* m_hideTimer = nullptr;
    Kind m_kind = Kind::Info;
};
