#pragma once
// The View ▸ Connection Log dock: the live conversation with the server, one row per line
// ("C:" what Qourier sent, "S:" what the server answered, "*" what the engine did), secrets
// already redacted by the engine, and beside each line what it means when an annotator knows.

#include "SmtpSession.h"

#include <QDockWidget>

#include <functional>

class QTreeWidget;
class QPushButton;

class ConnectionLogDock : public QDockWidget
{
    Q_OBJECT
public:
    using Annotator = std::function<QString(SmtpSession::Direction, const QString&)>;

    explicit ConnectionLogDock(QWidget* parent = nullptr);

    void setAnnotator(Annotator annotator) { m_annotator = std::move(annotator); }
    // A heading row for a new connection.
    void beginSession(const QString& host, quint16 port);
    void appendLine(SmtpSession::Direction direction, const QString& line);
    void clearLog();
    int lineCount() const;
    // Everything as text ("C: EHLO …  — explanation"), for the clipboard and for tests.
    QString toText() const;

private:
    void copyToClipboard() const;

    QTreeWidget* m_tree = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    Annotator m_annotator;
};
