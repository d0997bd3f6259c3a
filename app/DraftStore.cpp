#include "DraftStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

const QString kDraftFile = QStringLiteral("draft.json");
constexpr int kFormatVersion = 1;

// Size and time of a file as recorded, to tell later whether it changed.
QJsonObject fileStamp(const QString& path)
{
    const QFileInfo info(path);
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    if (info.exists()) {
        o.insert(QStringLiteral("size"), double(info.size()));
        o.insert(QStringLiteral("modified"), info.lastModified().toUTC().toString(Qt::ISODateWithMs));
    }
    return o;
}

enum class FileState { Same, Changed, Vanished };

FileState compareStamp(const QJsonObject& stamp)
{
    const QFileInfo info(stamp.value(QStringLiteral("path")).toString());
    if (!info.exists())
        return FileState::Vanished;
    if (!stamp.contains(QStringLiteral("size")))
        return FileState::Same; // it did not exist when saved: nothing to compare with
    const bool sameSize = qint64(stamp.value(QStringLiteral("size")).toDouble()) == info.size();
    const bool sameTime = stamp.value(QStringLiteral("modified")).toString()
        == info.lastModified().toUTC().toString(Qt::ISODateWithMs);
    return sameSize && sameTime ? FileState::Same : FileState::Changed;
}

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    // QSaveFile writes a temporary file and renames it over the old one on commit(): readers
    // see the old file or the new one, never half of one, even after kill -9.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

DraftStore::DraftStore(const QString& directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

DraftStore::~DraftStore() = default;

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DraftStore::kindDirectory(Kind kind) const
{
    return m_directory + (kind == Kind::Saved ? QStringLiteral("/saved") : QStringLiteral("/autosave"));
}

QString DraftStore::entryDirectory(Kind kind, const QString& id) const
{
    return kindDirectory(kind) + QLatin1Char('/') + id;
}

bool DraftStore::save(Kind kind, const QString& id, const ComposerDraft& draft, QString* error)
{
    const QString dir = entryDirectory(kind, id);
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QObject::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }

    QJsonObject o;
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("identity"), draft.identity);
    o.insert(QStringLiteral("to"), draft.to);
    o.insert(QStringLiteral("cc"), draft.cc);
    o.insert(QStringLiteral("bcc"), draft.bcc);
    o.insert(QStringLiteral("subject"), draft.subject);
    o.insert(QStringLiteral("richText"), draft.richText);
    o.insert(QStringLiteral("html"), draft.html);
    o.insert(QStringLiteral("editorHtml"), draft.editorHtml);
    o.insert(QStringLiteral("plainText"), draft.plainText);
    o.insert(QStringLiteral("textForChecks"), draft.textForChecks);

    QStringList keep{kDraftFile};
    QJsonArray images;
    for (const ComposerDraft::InlineImage& image : draft.inlineImages) {
        QJsonObject i;
        i.insert(QStringLiteral("name"), image.name);
        i.insert(QStringLiteral("mimeType"), image.mimeType);
        if (!image.sourcePath.isEmpty()) {
            // Dropped files are referenced, like attachments: the file is what gets sent.
            i.insert(QStringLiteral("source"), fileStamp(image.sourcePath));
        } else {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.image.save(&buffer, "PNG");
            // Named by content: an unchanged image is not written again by the next autosave.
            const QString file = QStringLiteral("image-%1.png")
                                     .arg(QString::fromLatin1(
                                         QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex()));
            if (!QFileInfo::exists(dir + QLatin1Char('/') + file)
                && !writeAtomically(dir + QLatin1Char('/') + file, png, error))
                return false;
            i.insert(QStringLiteral("file"), file);
            keep.append(file);
        }
        images.append(i);
    }
    o.insert(QStringLiteral("inlineImages"), images);

    QJsonArray attachments;
    for (const QString& path : draft.attachments)
        attachments.append(fileStamp(path));
    o.insert(QStringLiteral("attachments"), attachments);

    if (!writeAtomically(dir + QLatin1Char('/') + kDraftFile, QJsonDocument(o).toJson(), error))
        return false;

    // Committed: images the previous version had and this one does not are garbage now.
    const QStringList present = QDir(dir).entryList({QStringLiteral("image-*.png")}, QDir::Files);
    for (const QString& file : present) {
        if (!keep.contains(file))
            QFile::remove(dir + QLatin1Char('/') + file);
    }
    return true;
}

bool DraftStore::load(Kind kind, const QString& id, Entry* entry, QString* error) const
{
    const QString dir = entryDirectory(kind, id);
    QFile file(dir + QLatin1Char('/') + kDraftFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QObject::tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(file.fileName()),
                                                           parseError.errorString());
        return false;
    }
    const QJsonObject o = document.object();
    Entry e;
    e.id = id;
    e.kind = kind;
    e.saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    ComposerDraft& d = e.draft;
    d.identity = o.value(QStringLiteral("identity")).toInt();
    d.to = o.value(QStringLiteral("to")).toString();
    d.cc = o.value(QStringLiteral("cc")).toString();
    d.bcc = o.value(QStringLiteral("bcc")).toString();
    d.subject = o.value(QStringLiteral("subject")).toString();
    d.richText = o.value(QStringLiteral("richText")).toBool(true);
    d.html = o.value(QStringLiteral("html")).toString();
    d.editorHtml = o.value(QStringLiteral("editorHtml")).toString();
    d.plainText = o.value(QStringLiteral("plainText")).toString();
    d.textForChecks = o.value(QStringLiteral("textForChecks")).toString();

    auto note = [&e](const QJsonObject& stamp) {
        const QString path = stamp.value(QStringLiteral("path")).toString();
        switch (compareStamp(stamp)) {
        case FileState::Same: break;
        case FileState::Changed: e.changedFiles.append(path); break;
        case FileState::Vanished: e.vanishedFiles.append(path); break;
        }
    };

    const QJsonArray images = o.value(QStringLiteral("inlineImages")).toArray();
    for (const QJsonValue& value : images) {
        const QJsonObject i = value.toObject();
        ComposerDraft::InlineImage image;
        image.name = i.value(QStringLiteral("name")).toString();
        image.mimeType = i.value(QStringLiteral("mimeType")).toString();
        if (i.contains(QStringLiteral("source"))) {
            const QJsonObject stamp = i.value(QStringLiteral("source")).toObject();
            note(stamp);
            image.sourcePath = stamp.value(QStringLiteral("path")).toString();
            QImageReader reader(image.sourcePath);
            reader.setAutoTransform(true);
            image.image = reader.read();
        } else {
            image.image.load(dir + QLatin1Char('/') + i.value(QStringLiteral("file")).toString(), "PNG");
        }
        // An image that cannot be shown any more is left out; the warning names it.
        if (!image.image.isNull())
            d.inlineImages.append(image);
    }
    const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue& value : attachments) {
        const QJsonObject stamp = value.toObject();
        note(stamp);
        d.attachments.append(stamp.value(QStringLiteral("path")).toString());
    }
    *entry = e;
    return true;
}

void DraftStore::remove(Kind kind, const QString& id)
{
    if (id.isEmpty())
        return;
    QDir(entryDirectory(kind, id)).removeRecursively();
}

QList<DraftStore::Entry> DraftStore::list(Kind kind) const
{
    QList<Entry> entries;
    const QStringList ids = QDir(kindDirectory(kind)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& id : ids) {
        Entry e;
        if (load(kind, id, &e))
            entries.append(e);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.saved > b.saved; });
    return entries;
}

bool DraftStore::claim(const QString& id)
{
    if (m_locks.contains(id))
        return true;
    if (!QDir().mkpath(kindDirectory(Kind::Autosave)))
        return false;
    auto lock = std::make_shared<QLockFile>(kindDirectory(Kind::Autosave) + QLatin1Char('/') + id
                                            + QStringLiteral(".lock"));
    // A lock whose process is gone is stale at once (QLockFile checks the PID): that is the
    // crash leftover case. A live composer's lock is never taken over, however old.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_locks.insert(id, lock);
    return true;
}

void DraftStore::release(const QString& id)
{
    m_locks.remove(id); // QLockFile unlocks when destroyed
}

QJsonObject DraftStore::toJson(const ComposerDraft& draft)
{
    QJsonObject o;
    o.insert(QStringLiteral("identity"), draft.identity);
    o.insert(QStringLiteral("to"), draft.to);
    o.insert(QStringLiteral("cc"), draft.cc);
    o.insert(QStringLiteral("bcc"), draft.bcc);
    o.insert(QStringLiteral("subject"), draft.subject);
    o.insert(QStringLiteral("richText"), draft.richText);
    o.insert(QStringLiteral("html"), draft.html);
    o.insert(QStringLiteral("editorHtml"), draft.editorHtml);
    o.insert(QStringLiteral("plainText"), draft.plainText);
    QJsonArray images;
    for (const ComposerDraft::InlineImage& image : draft.inlineImages) {
        QJsonObject i;
        i.insert(QStringLiteral("name"), image.name);
        i.insert(QStringLiteral("mimeType"), image.mimeType);
        i.insert(QStringLiteral("sourcePath"), image.sourcePath);
        if (image.sourcePath.isEmpty()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.image.save(&buffer, "PNG");
            i.insert(QStringLiteral("png"), QString::fromLatin1(png.toBase64()));
        }
        images.append(i);
    }
    o.insert(QStringLiteral("inlineImages"), images);
    o.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(draft.attachments));
    return o;
}

ComposerDraft DraftStore::fromJson(const QJsonObject& o)
{
    ComposerDraft d;
    d.identity = o.value(QStringLiteral("identity")).toInt();
    d.to = o.value(QStringLiteral("to")).toString();
    d.cc = o.value(QStringLiteral("cc")).toString();
    d.bcc = o.value(QStringLiteral("bcc")).toString();
    d.subject = o.value(QStringLiteral("subject")).toString();
    d.richText = o.value(QStringLiteral("richText")).toBool(true);
    d.html = o.value(QStringLiteral("html")).toString();
    d.editorHtml = o.value(QStringLiteral("editorHtml")).toString();
    d.plainText = o.value(QStringLiteral("plainText")).toString();
    const QJsonArray images = o.value(QStringLiteral("inlineImages")).toArray();
    for (const QJsonValue& value : images) {
        const QJsonObject i = value.toObject();
        ComposerDraft::InlineImage image;
        image.name = i.value(QStringLiteral("name")).toString();
        image.mimeType = i.value(QStringLiteral("mimeType")).toString();
        image.sourcePath = i.value(QStringLiteral("sourcePath")).toString();
        if (image.sourcePath.isEmpty())
            image.image.loadFromData(QByteArray::fromBase64(i.value(QStringLiteral("png")).toString().toLatin1()), "PNG");
        else
            image.image.load(image.sourcePath);
        if (!image.image.isNull())
            d.inlineImages.append(image);
    }
    const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue& value : attachments)
        d.attachments.append(value.toString());
    return d;
}

QList<DraftStore::Entry> DraftStore::leftovers()
{
    QList<Entry> entries;
    const QStringList ids = QDir(kindDirectory(Kind::Autosave)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& id : ids) {
        if (m_locks.contains(id) || !claim(id))
            continue; // ours, or another running composer's
        Entry e;
        if (load(Kind::Autosave, id, &e))
            entries.append(e);
        else
            release(id);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.saved > b.saved; });
    return entries;
}
