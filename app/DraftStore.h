#pragma once
// Messages being written, on disk: drafts the person saved (File ▸ Save Draft) and autosaves
// (one per open composer, written every 30 s and when the window loses focus). Under one
// directory, by default <AppData>/drafts:
//
//   saved/<id>/draft.json       a saved draft
//   autosave/<id>/draft.json    an open composer's autosave
//   autosave/<id>.lock          held (QLockFile) while that composer runs
//   <kind>/<id>/image-<hash>.png pasted inline images, beside the JSON
//
// The JSON is the commit point, written with QSaveFile: a crash in the middle of a save leaves
// the previous complete version. Images are written before it under names derived from their
// bytes, and images the new JSON no longer names are deleted only after it is committed.
// Attachments and dropped inline images are kept by path, with size and modification time, so a
// restore can say which files changed or vanished since.
//
// An autosave whose lock nobody holds is a crash leftover (the composer that wrote it was killed
// or crashed): leftovers() lists them and claims their locks, so two instances never offer the
// same one.

#include "ComposerDraft.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonObject;
class QLockFile;

class DraftStore
{
public:
    enum class Kind { Saved, Autosave };

    struct Entry
    {
        QString id;
        Kind kind = Kind::Saved;
        QDateTime saved; // when it was written (UTC)
        ComposerDraft draft;
        QStringList changedFiles;  // attachments or images whose size or time differs now
        QStringList vanishedFiles; // attachments or images that are gone
    };

    explicit DraftStore(const QString& directory = QString());
    ~DraftStore();
    DraftStore(const DraftStore&) = delete;
    DraftStore& operator=(const DraftStore&) = delete;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    static QString newId();

    bool save(Kind kind, const QString& id, const ComposerDraft& draft, QString* error = nullptr);
    // The draft, its images read back, and the files that changed or vanished since it was saved.
    bool load(Kind kind, const QString& id, Entry* entry, QString* error = nullptr) const;
    void remove(Kind kind, const QString& id);
    // Newest first; the drafts are loaded (to show subject and recipients).
    QList<Entry> list(Kind kind) const;

    // Holds the lock of this autosave id for as long as this store lives (or until release).
    bool claim(const QString& id);
    void release(const QString& id);
    // Autosaves nobody holds, newest first; their locks are now held by this store.
    QList<Entry> leftovers();

    QString entryDirectory(Kind kind, const QString& id) const;

    // One JSON object with everything, pasted images as base64 PNG: what an outbox entry keeps
    // (OutboxEntry::draft) so Edit can bring the message back into the composer.
    static QJsonObject toJson(const ComposerDraft& draft);
    static ComposerDraft fromJson(const QJsonObject& json);

private:
    QString kindDirectory(Kind kind) const;

    QString m_directory;
    QHash<QString, std::shared_ptr<QLockFile>> m_locks;
};
