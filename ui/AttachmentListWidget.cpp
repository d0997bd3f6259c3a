#include "AttachmentListWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>

namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int SizeRole = Qt::UserRole + 1;

} // namespace

QStringList AttachmentListWidget::localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

AttachmentListWidget::AttachmentListWidget(QWidget* parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setSpacing(2);
    setIconSize(QSize(24, 24));
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
}

QString AttachmentListWidget::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int AttachmentListWidget::addFiles(const QStringList& paths)
{
    static QFileIconProvider icons;
    QMimeDatabase mimeDb;
    QStringList existing = files();
    int added = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || existing.contains(info.absoluteFilePath()))
            continue;
        const QMimeType type = mimeDb.mimeTypeForFile(info);
        QIcon icon = QIcon::fromTheme(type.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(type.genericIconName());
        if (icon.isNull())
            icon = icons.icon(info);
        auto* item = new QListWidgetItem(icon, tr("%1 (%2)").arg(info.fileName(), formatSize(info.size())), this);
        item->setData(PathRole, info.absoluteFilePath());
        existing.append(info.absoluteFilePath());
        item->setData(SizeRole, info.size());
        item->setToolTip(tr("%1\n%2, %3").arg(QDir::toNativeSeparators(info.absoluteFilePath()), type.comment(),
                                              formatSize(info.size())));
        ++added;
    }
    if (added > 0)
        emit filesChanged();
    return added;
}

QStringList AttachmentListWidget::files() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out.append(item(i)->data(PathRole).toString());
    return out;
}

qint64 AttachmentListWidget::totalSize() const
{
    qint64 total = 0;
    for (int i = 0; i < count(); ++i)
        total += item(i)->data(SizeRole).toLongLong();
    return total;
}

void AttachmentListWidget::removeSelected()
{
    const QList<QListWidgetItem*> selected = selectedItems();
    if (selected.isEmpty())
        return;
    const int firstRow = row(selected.first());
    qDeleteAll(selected);
    if (count() > 0)
        setCurrentRow(qMin(firstRow, count() - 1));
    emit filesChanged();
}

void AttachmentListWidget::clearFiles()
{
    if (count() == 0)
        return;
    clear();
    emit filesChanged();
}

void AttachmentListWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        removeSelected();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        addFiles(localFiles(QApplication::clipboard()->mimeData()));
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

QStringList AttachmentListWidget::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

void AttachmentListWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentListWidget::dragMoveEvent(QDragMoveEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentListWidget::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    addFiles(paths);
    event->acceptProposedAction();
}
