#pragma once
// The attachments of the message: one row per file with its type icon, name and size. Delete or
// Backspace removes the selected rows; files dropped or pasted onto it are added.

#include <QListWidget>

class QMimeData;

class AttachmentListWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit AttachmentListWidget(QWidget* parent = nullptr);

    // Adds files not already listed; returns how many were added.
    int addFiles(const QStringList& paths);
    QStringList files() const;
    void removeSelected();
    void clearFiles();
    qint64 totalSize() const;

    static QString formatSize(qint64 bytes);
    // The regular files among dropped or pasted URLs (the window and the editor accept the same).
    static QStringList localFiles(const QMimeData* data);

signals:
    void filesChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    QStringList mimeTypes() const override;
};
