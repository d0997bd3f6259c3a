#pragma once
// The persistent outbox: every message is written here before its first byte leaves, and stays
// until the server's 250 for the end of data (then it moves to the local Sent folder) or until
// the person deletes it.
//
// Layout under root() (default QStandardPaths::AppDataLocation):
//   outbox/<id>/message.eml  the exact bytes sent on every attempt (same Message-ID)
//   outbox/<id>/entry.json   OutboxEntry; written after message.eml is complete and on disk
//   outbox/<id>/lock         QLockFile held by the process adding or sending the entry
//   sent/<id>.eml + <id>.json  delivered messages, the sidecar with envelope and final reply
//
// Every write is atomic (QSaveFile: a temporary file, fsync, rename), so a crash leaves either
// the old or the new file. A directory without a valid entry.json is an add that never finished:
// entries() ignores it and cleanupIncomplete() removes it once no process holds its lock.
//
// Several processes may share one outbox (the window and `qourier send`): an entry being added
// or sent is locked (QLockFile, with the holder's PID, so a killed holder's lock is stale), and
// OutboxSender skips locked entries. All calls are synchronous and small (no message is read
// into memory); call them on one thread. addAsync() alone does its writing on a worker thread, so
// copying a large attachment and the fsyncs never stall a window.

#include "OutboxEntry.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

struct MailMessage;
class QFile;
class QIODevice;
class QLockFile;

class Outbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultSentKeepDays = 30;

    // `root` empty = defaultRoot(); tests give a temporary directory.
    explicit Outbox(const QString& root = QString(), QObject* parent = nullptr);
    ~Outbox() override;

    static QString defaultRoot(); // QStandardPaths::AppDataLocation
    static QString newId();       // UTC time + random; ids sort by creation time
    QString root() const { return m_root; }
    QString outboxDir() const;
    QString sentDir() const;

    // Streams `message` (open for reading; read to its end in blocks, so an attachment of any
    // size costs no memory) into message.eml, commits it (fsync), then writes entry.json.
    // `entry` gives identity, envelope, summary and draft; id (if empty), created, state Queued
    // (unless Deferred/Failed is given), attempts 0, envelope.size and messageId (when empty, read
    // from the message's header) are filled in. Returns the id, or an empty string and *error
    // (translated) when nothing usable was written (the partial directory is removed).
    QString add(QIODevice& message, const OutboxEntry& entry, QString* error = nullptr);
    // The same for a message still to be written: MimeWriter runs on a worker thread (the
    // attachments are read there, and every fsync happens there); entry.envelope comes from the
    // writer. `done` runs later on this object's thread, with the id or the error (translated);
    // never if this outbox is destroyed first (the entry, if complete, is then found next start).
    using AddDone = std::function<void(const QString& id, const QString& error)>;
    void addAsync(const MailMessage& message, const OutboxEntry& entry, AddDone done);

    // Every complete entry, oldest first (by id). Unreadable or incomplete ones are skipped.
    QList<OutboxEntry> entries() const;
    bool contains(const QString& id) const;
    // The entry; an empty OutboxEntry (no id) when unknown.
    OutboxEntry entry(const QString& id) const;
    QString messagePath(const QString& id) const;
    // message.eml opened for reading, or nullptr.
    std::unique_ptr<QFile> openMessage(const QString& id) const;

    // Rewrites entry.json atomically (and fsynced). False with *error when the entry is gone or
    // the file cannot be written.
    bool update(const OutboxEntry& entry, QString* error = nullptr);
    // Deletes the entry and its message (the person's decision, or after markSent()).
    bool remove(const QString& id, QString* error = nullptr);

    // The server took the message (250 for the end of data), or the person says an Uncertain
    // entry arrived: entry.json says Sent first, then message.eml moves to sentDir() with a
    // sidecar (envelope, reply, times), then the entry is removed. A crash in between is
    // finished by recoverAfterCrash(); the message is never resent.
    bool markSent(const QString& id, const QString& finalReply = QString(), QString* error = nullptr);
    // The person decided to send an Uncertain (or Failed) entry again: Queued, due now. An
    // Uncertain entry may then arrive twice; that is the person's informed choice.
    bool resend(const QString& id, QString* error = nullptr);
    // A Deferred or Failed entry now: Queued, due now (not for Uncertain: use resend()).
    bool retry(const QString& id, QString* error = nullptr);

    // At start: entries left in Sending by a crash (no live process holds their lock) become
    // Uncertain when the final dot had been written (`committed`), else Deferred and due now;
    // entries left in Sent finish moving to the Sent folder; incomplete adds are removed.
    // Returns how many entries changed.
    int recoverAfterCrash();
    // Removes partial directories (no valid entry.json, not locked).
    int cleanupIncomplete();
    // Deletes Sent-folder messages older than `days` (0 keeps nothing). Returns how many.
    int pruneSent(int days = DefaultSentKeepDays);
    // The setting "outbox/keepSentDays" (QSettings), DefaultSentKeepDays when unset: what the
    // window and the CLI pass to pruneSent().
    static int sentKeepDaysSetting();

    int count(OutboxEntry::State state) const;
    int pendingCount() const; // Queued + Deferred

    // The per-entry lock (see above): nullptr when another live process holds it. Keep the
    // returned lock alive while working on the entry.
    std::unique_ptr<QLockFile> tryLock(const QString& id) const;

signals:
    // Something under outbox/ changed through this object (add, update, remove, ...).
    void changed();

private:
    QString entryDir(const QString& id) const;
    bool writeEntryFile(const OutboxEntry& entry, QString* error) const;
    bool readEntryFile(const QString& id, OutboxEntry* out) const;
    bool finishSent(const OutboxEntry& entry, QString* error);

    QString m_root;
};
