// The outbox on disk. Ordering is the whole design: message.eml is complete and fsynced before
// entry.json exists, entry.json says Sent before message.eml leaves for the Sent folder, and the
// entry is removed last. Whatever moment a crash picks, the next start finds either no entry
// (nothing was promised yet), a complete one, or a Sent one whose move it finishes.

#include "Outbox.h"

#include "MimeWriter.h"
#include "SmtpSession.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

const QString EntryFile = QStringLiteral("entry.json");
const QString MessageFile = QStringLiteral("message.eml");
const QString LockFile = QStringLiteral("lock");
constexpr qint64 CopyBlock = 256 * 1024;
// A sender holds an entry's lock for the whole attempt (the final reply may take 10 minutes,
// RFC 5321 §4.5.3.2.6); a dead holder is recognised by its PID at once, so age only matters
// for a lock left by another machine sharing the directory.
constexpr int StaleLockMs = 24 * 3600 * 1000;

// A rename is durable only once its directory is synced (POSIX: fsync on the directory).
void syncDirectory(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

// QSaveFile writes a temporary file and renames it over the target on commit(), after fsync:
// readers see the old file or the new one, never half of either.
bool saveFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return true;
}

// The Message-ID from a message's header section (RFC 5322 §3.6.4), without angle brackets.
QString messageIdFromHeader(const QByteArray& head)
{
    const int end = head.indexOf("\r\n\r\n");
    const QByteArray header = end >= 0 ? head.left(end + 2) : head;
    int pos = 0;
    while (pos < header.size()) {
        int eol = header.indexOf("\r\n", pos);
        if (eol < 0)
            eol = header.size();
        const QByteArray line = header.mid(pos, eol - pos);
        if (line.size() > 11 && line.left(11).toLower() == "message-id:") {
            QByteArray value = line.mid(11);
            // A folded value continues on lines starting with white space (RFC 5322 §2.2.3).
            int next = eol + 2;
            while (next < header.size() && (header.at(next) == ' ' || header.at(next) == '\t')) {
                int e = header.indexOf("\r\n", next);
                if (e < 0)
                    e = header.size();
                value += header.mid(next, e - next);
                next = e + 2;
            }
            value = value.trimmed();
            if (value.startsWith('<') && value.endsWith('>'))
                value = value.mid(1, value.size() - 2);
            return QString::fromUtf8(value);
        }
        pos = eol + 2;
    }
    return QString();
}

} // namespace

Outbox::Outbox(const QString& root, QObject* parent)
    : QObject(parent)
    , m_root(root.isEmpty() ? defaultRoot() : root)
{
}

Outbox::~Outbox() = default;

QString Outbox::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Outbox::newId()
{
    // UTC time to the millisecond sorts by creation; the random part keeps two processes apart.
    const quint32 r = QRandomGenerator::global()->generate();
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + QLatin1Char('-')
        + QStringLiteral("%1").arg(r, 8, 16, QLatin1Char('0'));
}

QString Outbox::outboxDir() const
{
    return m_root + QStringLiteral("/outbox");
}

QString Outbox::sentDir() const
{
    return m_root + QStringLiteral("/sent");
}

QString Outbox::entryDir(const QString& id) const
{
    return outboxDir() + QLatin1Char('/') + id;
}

QString Outbox::messagePath(const QString& id) const
{
    return entryDir(id) + QLatin1Char('/') + MessageFile;
}

std::unique_ptr<QFile> Outbox::openMessage(const QString& id) const
{
    auto f = std::make_unique<QFile>(messagePath(id));
    if (!f->open(QIODevice::ReadOnly))
        return nullptr;
    return f;
}

std::unique_ptr<QLockFile> Outbox::tryLock(const QString& id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || !QFileInfo(entryDir(id)).isDir())
        return nullptr;
    auto lock = std::make_unique<QLockFile>(entryDir(id) + QLatin1Char('/') + LockFile);
    lock->setStaleLockTime(StaleLockMs);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

QString Outbox::add(QIODevice& message, const OutboxEntry& given, QString* error)
{
    OutboxEntry entry = given;
    if (entry.id.isEmpty())
        entry.id = newId();
    const QString dir = entryDir(entry.id);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        QDir(dir).removeRecursively();
        return QString();
    };
    if (QFileInfo::exists(dir))
        return fail(tr("an outbox entry %1 already exists").arg(entry.id));
    if (!QDir().mkpath(dir))
        return fail(tr("cannot create %1").arg(dir));
    std::unique_ptr<QLockFile> lock = tryLock(entry.id);
    if (!lock)
        return fail(tr("cannot lock %1").arg(dir));

    // Streamed in blocks: an attachment of any size costs one block of memory.
    QSaveFile file(dir + QLatin1Char('/') + MessageFile);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    QByteArray block(int(CopyBlock), Qt::Uninitialized);
    QByteArray head;
    qint64 written = 0;
    for (;;) {
        const qint64 n = message.read(block.data(), block.size());
        if (n < 0)
            return fail(tr("cannot read the message: %1").arg(message.errorString()));
        if (n == 0)
            break;
        if (head.size() < 64 * 1024)
            head += QByteArray::fromRawData(block.constData(), int(qMin<qint64>(n, 64 * 1024 - head.size())));
        if (file.write(block.constData(), n) != n)
            return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        written += n;
    }
    if (auto* writer = qobject_cast<MimeWriter*>(&message)) {
        // The writer knows its exact size: anything else means an attachment changed or failed.
        if (written != writer->size())
            return fail(tr("cannot read the message: %1").arg(writer->errorString()));
        if (entry.messageId.isEmpty())
            entry.messageId = writer->messageId();
    }
    if (!file.commit()) // fsync, then rename into place
        return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    syncDirectory(dir);

    if (entry.messageId.isEmpty())
        entry.messageId = messageIdFromHeader(head);
    entry.envelope.size = written;
    if (!entry.created.isValid())
        entry.created = QDateTime::currentDateTimeUtc();
    if (entry.state != OutboxEntry::State::Deferred && entry.state != OutboxEntry::State::Failed)
        entry.state = OutboxEntry::State::Queued;
    entry.attempts = 0;
    entry.committed = false;
    QString why;
    if (!writeEntryFile(entry, &why))
        return fail(why);
    syncDirectory(outboxDir());
    emit changed();
    return entry.id;
}

void Outbox::addAsync(const MailMessage& message, const OutboxEntry& entry, AddDone done)
{
    struct Added
    {
        QString id;
        QString error;
    };
    const QString root = m_root;
    auto* watcher = new QFutureWatcher<Added>(this);
    connect(watcher, &QFutureWatcher<Added>::finished, this, [this, watcher, done = std::move(done)] {
        watcher->deleteLater();
        const Added added = watcher->result();
        // The worker's own Outbox object told nobody: this one does.
        if (!added.id.isEmpty())
            emit changed();
        done(added.id, added.error);
    });
    watcher->setFuture(QtConcurrent::run([root, message, entry] {
        // Everything here is the worker's own: the writer, its files, an Outbox on the same root.
        Added added;
        OutboxEntry e = entry;
        std::unique_ptr<MimeWriter> writer = MimeWriter::create(message, MimeWriter::Options(), &added.error);
        if (!writer)
            return added;
        e.envelope = writer->envelope();
        Outbox worker(root);
        added.id = worker.add(*writer, e, &added.error);
        return added;
    }));
}

bool Outbox::writeEntryFile(const OutboxEntry& entry, QString* error) const
{
    return saveFile(entryDir(entry.id) + QLatin1Char('/') + EntryFile, QJsonDocument(entry.toJson()).toJson(), error);
}

bool Outbox::readEntryFile(const QString& id, OutboxEntry* out) const
{
    QFile f(entryDir(id) + QLatin1Char('/') + EntryFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return false;
    OutboxEntry e;
    if (!OutboxEntry::fromJson(doc.object(), &e) || e.id != id)
        return false;
    // An entry whose message is gone is only the tail of a markSent() that a crash interrupted.
    if (e.state != OutboxEntry::State::Sent && !QFileInfo::exists(messagePath(id)))
        return false;
    *out = e;
    return true;
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> out;
    QStringList ids = QDir(outboxDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& id : ids) {
        OutboxEntry e;
        if (readEntryFile(id, &e))
            out.append(e);
    }
    return out;
}

bool Outbox::contains(const QString& id) const
{
    OutboxEntry e;
    return !id.isEmpty() && readEntryFile(id, &e);
}

OutboxEntry Outbox::entry(const QString& id) const
{
    OutboxEntry e;
    if (id.isEmpty() || !readEntryFile(id, &e))
        return OutboxEntry();
    return e;
}

bool Outbox::update(const OutboxEntry& entry, QString* error)
{
    if (entry.id.isEmpty() || !QFileInfo::exists(entryDir(entry.id) + QLatin1Char('/') + EntryFile)) {
        if (error)
            *error = tr("no outbox entry %1").arg(entry.id);
        return false;
    }
    if (!writeEntryFile(entry, error))
        return false;
    emit changed();
    return true;
}

bool Outbox::remove(const QString& id, QString* error)
{
    const QString dir = entryDir(id);
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || !QFileInfo(dir).isDir()) {
        if (error)
            *error = tr("no outbox entry %1").arg(id);
        return false;
    }
    // entry.json first: if the rest is interrupted, what is left is an incomplete add.
    QFile::remove(dir + QLatin1Char('/') + EntryFile);
    syncDirectory(dir);
    if (!QDir(dir).removeRecursively()) {
        if (error)
            *error = tr("cannot remove %1").arg(dir);
        return false;
    }
    syncDirectory(outboxDir());
    emit changed();
    return true;
}

bool Outbox::markSent(const QString& id, const QString& finalReply, QString* error)
{
    OutboxEntry e;
    if (!readEntryFile(id, &e)) {
        if (error)
            *error = tr("no outbox entry %1").arg(id);
        return false;
    }
    e.state = OutboxEntry::State::Sent;
    if (!finalReply.isEmpty())
        e.finalReply = finalReply;
    // Sent is on disk before anything moves: from here on nothing resends this message.
    if (!writeEntryFile(e, error))
        return false;
    const bool ok = finishSent(e, error);
    emit changed();
    return ok;
}

bool Outbox::finishSent(const OutboxEntry& e, QString* error)
{
    if (!QDir().mkpath(sentDir())) {
        if (error)
            *error = tr("cannot create %1").arg(sentDir());
        return false;
    }
    const QString base = sentDir() + QLatin1Char('/') + e.id;
    QJsonObject sidecar{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("messageId"), e.messageId},
        {QStringLiteral("subject"), e.subject},
        {QStringLiteral("to"), e.toDisplay},
        {QStringLiteral("from"), e.envelope.from},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(e.envelope.recipients)},
        {QStringLiteral("refused"), QJsonArray::fromStringList(e.refused)},
        {QStringLiteral("size"), double(e.envelope.size)},
        {QStringLiteral("finalReply"), e.finalReply},
        {QStringLiteral("created"), e.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("sent"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("identity"), OutboxIdentity::kindName(e.identity.kind)},
    };
    if (!e.identity.accountId.isEmpty())
        sidecar.insert(QStringLiteral("accountId"), e.identity.accountId);
    if (!saveFile(base + QStringLiteral(".json"), QJsonDocument(sidecar).toJson(), error))
        return false;
    const QString message = messagePath(e.id);
    if (QFileInfo::exists(message)) {
        // Same file system (both under root()): a rename, atomic and instant for any size.
        QFile::remove(base + QStringLiteral(".eml"));
        if (!QFile::rename(message, base + QStringLiteral(".eml")) && !QFile::copy(message, base + QStringLiteral(".eml"))) {
            if (error)
                *error = tr("cannot move %1 to %2").arg(message, sentDir());
            return false;
        }
        syncDirectory(sentDir());
    }
    QFile::remove(entryDir(e.id) + QLatin1Char('/') + EntryFile);
    QDir(entryDir(e.id)).removeRecursively();
    syncDirectory(outboxDir());
    return true;
}

bool Outbox::resend(const QString& id, QString* error)
{
    OutboxEntry e;
    if (!readEntryFile(id, &e)
        || (e.state != OutboxEntry::State::Uncertain && e.state != OutboxEntry::State::Failed
            && e.state != OutboxEntry::State::Deferred && e.state != OutboxEntry::State::Queued)) {
        if (error)
            *error = tr("no outbox entry %1 that can be sent again").arg(id);
        return false;
    }
    e.state = OutboxEntry::State::Queued;
    e.nextAttempt = QDateTime();
    e.committed = false;
    return update(e, error);
}

bool Outbox::retry(const QString& id, QString* error)
{
    OutboxEntry e;
    if (!readEntryFile(id, &e)
        || (e.state != OutboxEntry::State::Failed && e.state != OutboxEntry::State::Deferred
            && e.state != OutboxEntry::State::Queued)) {
        if (error)
            *error = e.state == OutboxEntry::State::Uncertain
                ? tr("%1 may already have been delivered: use resend or mark-sent").arg(id)
                : tr("no outbox entry %1 that can be retried").arg(id);
        return false;
    }
    e.state = OutboxEntry::State::Queued;
    e.nextAttempt = QDateTime();
    return update(e, error);
}

int Outbox::recoverAfterCrash()
{
    int changedCount = 0;
    const QStringList ids = QDir(outboxDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& id : ids) {
        std::unique_ptr<QLockFile> lock = tryLock(id);
        if (!lock)
            continue; // a live process is adding or sending it
        OutboxEntry e;
        if (!readEntryFile(id, &e)) {
            // An add that never finished (or an unreadable entry.json): nothing was promised.
            if (!QFileInfo::exists(entryDir(id) + QLatin1Char('/') + EntryFile)) {
                lock.reset();
                QDir(entryDir(id)).removeRecursively();
                ++changedCount;
            }
            continue;
        }
        if (e.state == OutboxEntry::State::Sent) {
            lock.reset(); // finishSent() removes the directory, lock file included
            finishSent(e, nullptr);
            ++changedCount;
            continue;
        }
        if (e.state != OutboxEntry::State::Sending)
            continue;
        if (e.committed) {
            // RFC 1047: the final dot may have reached the server; only the person can know.
            e.state = OutboxEntry::State::Uncertain;
            e.lastError.kind = SmtpError::kindName(SmtpError::Kind::ServerClosed);
            e.lastError.text = tr("Qourier stopped after the end of the message was sent and before the server answered: it may have been delivered");
            e.lastError.phase = SmtpSession::stateName(SmtpSession::State::EndOfData);
            e.lastError.deliveryUncertain = true;
        } else {
            e.state = OutboxEntry::State::Deferred;
            e.nextAttempt = QDateTime::currentDateTimeUtc();
            e.lastError = OutboxError();
            e.lastError.kind = SmtpError::kindName(SmtpError::Kind::Cancelled);
            e.lastError.text = tr("Qourier stopped before the message was complete; it will be sent again");
        }
        writeEntryFile(e, nullptr);
        ++changedCount;
    }
    if (changedCount)
        emit changed();
    return changedCount;
}

int Outbox::cleanupIncomplete()
{
    int removed = 0;
    const QStringList ids = QDir(outboxDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& id : ids) {
        if (QFileInfo::exists(entryDir(id) + QLatin1Char('/') + EntryFile))
            continue;
        std::unique_ptr<QLockFile> lock = tryLock(id);
        if (!lock)
            continue;
        lock.reset();
        if (QDir(entryDir(id)).removeRecursively())
            ++removed;
    }
    return removed;
}

int Outbox::pruneSent(int days)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-qMax(days, 0));
    int removed = 0;
    QDir dir(sentDir());
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QFileInfo& eml : files) {
        const QString base = eml.absolutePath() + QLatin1Char('/') + eml.completeBaseName();
        QDateTime sent;
        QFile side(base + QStringLiteral(".json"));
        if (side.open(QIODevice::ReadOnly))
            sent = QDateTime::fromString(QJsonDocument::fromJson(side.readAll()).object().value(QStringLiteral("sent")).toString(),
                                         Qt::ISODateWithMs);
        if (!sent.isValid())
            sent = eml.lastModified().toUTC();
        if (days > 0 && sent > limit)
            continue;
        QFile::remove(eml.absoluteFilePath());
        QFile::remove(base + QStringLiteral(".json"));
        ++removed;
    }
    return removed;
}

int Outbox::sentKeepDaysSetting()
{
    bool ok = false;
    const int days = QSettings().value(QStringLiteral("outbox/keepSentDays")).toInt(&ok);
    return ok && days >= 0 ? days : DefaultSentKeepDays;
}

int Outbox::count(OutboxEntry::State state) const
{
    int n = 0;
    for (const OutboxEntry& e : entries())
        n += e.state == state ? 1 : 0;
    return n;
}

int Outbox::pendingCount() const
{
    int n = 0;
    for (const OutboxEntry& e : entries())
        n += e.isPending() ? 1 : 0;
    return n;
}
