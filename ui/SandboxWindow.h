#pragma once
// The sandbox's captured mail: every message the built-in sandbox server accepted, newest first,
// appearing as it arrives, and below the list the selected message (MessageView). Messages come
// from a directory of SandboxStore receipts (`<id>.json` beside `<id>.eml`), watched for new
// files, and from addMessage(), which app/ connects to SandboxServer::messageStored. Any .eml
// on disk can be opened too; it then has no envelope.
//
// The window never parses MIME itself: a MessageReader (app/MessageParser, GMime) does.

#include "CapturedMessage.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class MessageReader;
class MessageView;
class QAction;
class QFileSystemWatcher;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class SandboxWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Column { ReceivedColumn, FromColumn, RecipientsColumn, SubjectColumn, SizeColumn };

    // `reader` must outlive the window.
    explicit SandboxWindow(MessageReader* reader, QWidget* parent = nullptr);
    ~SandboxWindow() override;

    // Lists the receipts in `directory` and watches it for new ones. The directory need not
    // exist yet: the sandbox creates it with its first message.
    void setDirectory(const QString& directory);
    QString directory() const { return m_directory; }
    // A line above the list saying where the sandbox listens ("127.0.0.1 port 2525, STARTTLS").
    void setServerDescription(const QString& text);

    // A stored message's receipt (SandboxServer::messageStored). Ignored when already listed.
    void addMessage(const QString& jsonPath);
    // Reads the directory again: new receipts are added, deleted ones removed.
    void reload();
    // Shows any .eml file the way captured messages are shown, without an envelope.
    void openMessageFile(const QString& emlPath);
    // The non-modal File ▸ Open Message File dialog.
    void chooseMessageFile();

    int messageCount() const;
    // Row 0 is the newest.
    void selectMessage(int row);
    QString messagePath(int row) const; // the receipt's path
    MessageView* messageView() const { return m_view; }

private:
    void buildMenus();
    void scheduleScan();
    void scan();
    QTreeWidgetItem* insertMessage(const CapturedMessage& message);
    void removeMissing(const QStringList& present);
    void onCurrentItemChanged(QTreeWidgetItem* current);
    void showCaptured(const CapturedMessage& message);
    void updateTitle();
    void updatePlaceholder();
    void updateCount();
    void showStatus(const QString& text, int timeoutMs = 0);

    MessageReader* m_reader;
    QString m_directory;
    QString m_openedFile; // shown file opened from disk, not from the list
    QHash<QString, CapturedMessage> m_messages; // by receipt path
    QFileSystemWatcher* m_watcher = nullptr;
    bool m_initialScan = false; // listing what is already there: no "new message" notes
    QTimer m_scanTimer;

    QLabel* m_serverLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTreeWidget* m_list = nullptr;
    MessageView* m_view = nullptr;
    QAction* m_openFileAction = nullptr;
    QAction* m_reloadAction = nullptr;
};
