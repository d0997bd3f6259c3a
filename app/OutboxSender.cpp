// Sends outbox entries: one SmtpSession per identity, every message streamed from its
// message.eml, and each state written to entry.json at the moment it becomes true. The one
// write that must precede the network is `committed`: SmtpSession::committing() is emitted just
// before the final "." / BDAT LAST leaves, and the handler returns only once it is on disk, so a
// crash after that point is recovered as Uncertain, never resent (RFC 1047).

#include "OutboxSender.h"

#include "Outbox.h"

#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QPointer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOutbox, "qourier.outbox", QtWarningMsg)

namespace {
constexpr qint64 MinWaitMs = 2000;
}

struct OutboxSender::Item
{
    OutboxEntry entry;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<QFile> body;
    int index = -1;          // in the session
    bool finished = false;
    bool cancelled = false;  // by cancel(id) for this very entry
    QString commitFailed;    // `committed` could not be written: the dot must not go out
};

struct OutboxSender::Batch
{
    QString key;
    std::vector<std::unique_ptr<Item>> items;
    std::unique_ptr<SmtpSession> session;
    bool cancelling = false; // the session was cancelled for one of its entries
    bool tokenRenewed = false; // this is the second connection, with a renewed XOAUTH2 token
};

OutboxSender::OutboxSender(Outbox* outbox, Resolver resolver, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_resolver(std::move(resolver))
{
    qRegisterMetaType<OutboxEntry::State>();
    qRegisterMetaType<SmtpDelivery>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::flushDue);
    // A new or changed entry may be due sooner than the timer (undo send adds Deferred ones).
    connect(m_outbox, &Outbox::changed, this, &OutboxSender::scheduleTimer);
}

OutboxSender::~OutboxSender()
{
    // Sessions still running die with us; their entries stay Sending until the next
    // Outbox::recoverAfterCrash() (Uncertain if committed), exactly as after a crash.
    for (auto& batch : m_batches) {
        if (batch->session)
            batch->session->disconnect(this);
    }
}

qint64 OutboxSender::backoffSeconds(int attempts)
{
    static const qint64 schedule[] = {60, 5 * 60, 15 * 60, 60 * 60};
    if (attempts < 1)
        return schedule[0];
    if (attempts > 4)
        return 60 * 60;
    return schedule[attempts - 1];
}

bool OutboxSender::isPermanent(const SmtpError& error)
{
    using K = SmtpError::Kind;
    if (!error.isError())
        return false;
    // RFC 5321 §4.2.1: 5yz is a permanent negative completion, 4yz a transient one.
    if (error.replyCode >= 500)
        return true;
    if (error.replyCode >= 400)
        return false;
    switch (error.kind) {
    case K::HostLookup:
    case K::ConnectionRefused:
    case K::Network:
    case K::Proxy:
    case K::ProxyTargetUnreachable:
    case K::Timeout:
    case K::ServiceUnavailable:
    case K::ServerClosed:
    case K::ProtocolError:
        return false;
    default:
        // Authentication, certificates, TLS, invalid input, too large, unreadable body: the
        // same attempt would fail the same way until the person changes something.
        return true;
    }
}

void OutboxSender::setAutomatic(bool on)
{
    m_automatic = on;
    if (!on) {
        m_timer.stop();
        return;
    }
    if (!m_networkMonitor) {
        // Qt 6.4: a backend with Reachability (NetworkManager on Linux). Without one the timer
        // alone retries, which is all that is lost.
        if (!QNetworkInformation::instance())
            QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
        if (QNetworkInformation* info = QNetworkInformation::instance();
            info && info->supports(QNetworkInformation::Feature::Reachability)) {
            m_networkMonitor = true;
            connect(info, &QNetworkInformation::reachabilityChanged, this, &OutboxSender::onNetworkReachabilityChanged);
        }
    }
    scheduleTimer();
}

void OutboxSender::onNetworkReachabilityChanged()
{
    if (!m_automatic)
        return;
    QNetworkInformation* info = QNetworkInformation::instance();
    if (info && info->reachability() == QNetworkInformation::Reachability::Online)
        networkReachable();
}

void OutboxSender::networkReachable()
{
    qCDebug(lcOutbox) << "network reachable: sending deferred entries now";
    flushAll();
}

void OutboxSender::flushDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList ids;
    for (const OutboxEntry& e : m_outbox->entries()) {
        if (e.isDue(now))
            ids.append(e.id);
    }
    startIds(ids);
    scheduleTimer();
}

void OutboxSender::flushAll()
{
    QStringList ids;
    for (const OutboxEntry& e : m_outbox->entries()) {
        if (e.isPending())
            ids.append(e.id);
    }
    startIds(ids);
    scheduleTimer();
}

void OutboxSender::send(const QStringList& ids)
{
    startIds(ids);
}

bool OutboxSender::isSending(const QString& id) const
{
    return activeIds().contains(id);
}

QStringList OutboxSender::activeIds() const
{
    QStringList ids;
    for (const auto& batch : m_batches) {
        for (const auto& item : batch->items) {
            if (!item->finished)
                ids.append(item->entry.id);
        }
    }
    return ids;
}

// Groups the sendable ones among `ids` by identity and starts one connection per group; a group
// whose identity already has a connection waits for it to end.
void OutboxSender::startIds(const QStringList& ids)
{
    const QStringList active = activeIds();
    QStringList keys;
    QHash<QString, QStringList> groups;
    for (const QString& id : ids) {
        if (active.contains(id))
            continue;
        const OutboxEntry e = m_outbox->entry(id);
        if (e.id.isEmpty() || !(e.isPending() || e.state == OutboxEntry::State::Failed))
            continue;
        const QString key = e.identity.key();
        if (!groups.contains(key))
            keys.append(key);
        groups[key].append(id);
    }
    for (const QString& key : keys) {
        const bool busy = std::any_of(m_batches.cbegin(), m_batches.cend(), [&](const auto& b) { return b->key == key; });
        if (busy) {
            for (const QString& id : groups.value(key)) {
                if (!m_waiting.contains(id))
                    m_waiting.append(id);
            }
            continue;
        }
        startBatch(key, groups.value(key));
    }
}

void OutboxSender::startBatch(const QString& key, QStringList ids)
{
    auto batch = std::make_unique<Batch>();
    batch->key = key;
    for (const QString& id : ids) {
        auto item = std::make_unique<Item>();
        // Another process (the window, another `qourier`) may be sending it: leave it alone.
        item->lock = m_outbox->tryLock(id);
        if (!item->lock)
            continue;
        item->entry = m_outbox->entry(id); // read again under the lock
        if (item->entry.id.isEmpty() || !(item->entry.isPending() || item->entry.state == OutboxEntry::State::Failed))
            continue;
        batch->items.push_back(std::move(item));
    }
    if (batch->items.empty())
        return;
    Batch* b = batch.get();
    m_batches.push_back(std::move(batch));
    resolve(b, false);
}

void OutboxSender::resolve(Batch* batch, bool renewToken)
{
    const OutboxEntry first = batch->items.front()->entry;
    QPointer<OutboxSender> self(this);
    m_resolver(first, renewToken, [self, batch](const Resolution& resolution) {
        if (!self)
            return;
        const bool alive = std::any_of(self->m_batches.cbegin(), self->m_batches.cend(), [batch](const auto& x) { return x.get() == batch; });
        if (alive && !batch->session)
            self->onResolved(batch, resolution);
    });
}

// XOAUTH2: the server called the access token expired (RFC 7628 §3.2.2, status 401) although it
// looked fresh (revoked, or the clocks disagree). AUTH precedes MAIL FROM, so nothing of any
// message has left: the same entries go again, once, on a new connection with a renewed token.
// A second refusal is reported as it is.
bool OutboxSender::canRenewToken(Batch* batch, const SmtpError& error) const
{
    if (error.kind != SmtpError::Kind::AuthTokenExpired || batch->tokenRenewed || batch->cancelling)
        return false;
    return std::all_of(batch->items.cbegin(), batch->items.cend(),
                       [](const auto& i) { return !i->finished && !i->entry.committed; });
}

bool OutboxSender::renewToken(Batch* batch, const SmtpError& error)
{
    if (!canRenewToken(batch, error))
        return false;
    qCDebug(lcOutbox) << "access token refused as expired: renewing it and trying once more";
    batch->tokenRenewed = true;
    // We are inside the old session's finished(): it goes once that returns, and so do the
    // bodies it may still reference; onResolved() opens them again.
    batch->session->disconnect(this);
    batch->session.release()->deleteLater();
    for (auto& item : batch->items) {
        if (item->body)
            item->body.release()->deleteLater();
        item->index = -1;
    }
    resolve(batch, true);
    return true;
}

OutboxSender::Item* OutboxSender::itemAt(Batch* batch, int index) const
{
    for (const auto& item : batch->items) {
        if (item->index == index)
            return item.get();
    }
    return nullptr;
}

QString OutboxSender::currentId(Batch* batch) const
{
    // Messages go out in the order they were enqueued: the first unfinished one is on the wire.
    for (const auto& item : batch->items) {
        if (!item->finished && item->index >= 0)
            return item->entry.id;
    }
    return QString();
}

void OutboxSender::onResolved(Batch* batch, const Resolution& resolution)
{
    if (resolution.error.isError()) {
        SmtpDelivery failure;
        failure.error = resolution.error;
        for (const auto& item : batch->items) {
            if (item->finished)
                continue;
            if (!batch->tokenRenewed)
                item->entry.attempts += 1;
            item->entry.lastAttempt = QDateTime::currentDateTimeUtc();
            const OutboxEntry::State next = resolution.permanent ? OutboxEntry::State::Failed : OutboxEntry::State::Deferred;
            finishItem(batch, item.get(), failure, &next);
        }
        endBatch(batch);
        return;
    }

    batch->session = std::make_unique<SmtpSession>(resolution.settings);
    SmtpSession* session = batch->session.get();
    session->setCredentials(resolution.credentials);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& item : batch->items) {
        if (item->finished)
            continue;
        item->body = m_outbox->openMessage(item->entry.id);
        item->entry.state = OutboxEntry::State::Sending;
        if (!batch->tokenRenewed) // the renewal's connection is the same attempt
            item->entry.attempts += 1;
        item->entry.lastAttempt = now;
        item->entry.committed = false;
        // Sending is on disk before the first byte leaves: a crash from here on is recovered.
        QString why;
        if (!item->body || !m_outbox->update(item->entry, &why)) {
            SmtpDelivery failure;
            failure.error.kind = SmtpError::Kind::BodyReadError;
            failure.error.detail = item->body ? why : tr("the outbox message file cannot be read");
            const OutboxEntry::State failed = OutboxEntry::State::Failed;
            finishItem(batch, item.get(), failure, &failed);
            continue;
        }
        emit stateChanged(item->entry.id, OutboxEntry::State::Sending);
        item->index = session->enqueue(item->entry.envelope, item->body.get());
    }
    if (std::none_of(batch->items.cbegin(), batch->items.cend(), [](const auto& i) { return !i->finished; })) {
        endBatch(batch);
        return;
    }
    connect(session, &SmtpSession::committing, this, [this, batch](int index) { onCommitting(batch, index); });
    connect(session, &SmtpSession::messageFinished, this, [this, batch](const SmtpDelivery& d) { onMessageFinished(batch, d); });
    connect(session, &SmtpSession::finished, this, [this, batch](const SmtpError& e) { onSessionFinished(batch, e); });
    connect(session, &SmtpSession::uploadProgress, this, [this, batch](int index, qint64 sent, qint64 total) {
        if (Item* item = itemAt(batch, index))
            emit progress(item->entry.id, sent, total);
    });
    connect(session, &SmtpSession::transcript, this, [this, batch](SmtpSession::Direction d, const QString& line) {
        emit transcript(currentId(batch), d, line);
    });
    connect(session, &SmtpSession::stateChanged, this, [this, batch](SmtpSession::State s) {
        emit phaseChanged(currentId(batch), s);
    });
    session->start();
}

void OutboxSender::onCommitting(Batch* batch, int index)
{
    Item* item = itemAt(batch, index);
    if (!item)
        return;
    // The engine writes the final dot as soon as this returns: the mark must be on disk first.
    item->entry.committed = true;
    QString why;
    if (!m_outbox->update(item->entry, &why)) {
        // Unrecorded, a crash after the dot would be recovered as "not sent" and sent twice:
        // stop before the dot instead (the engine checks for a cancel after this signal).
        qCWarning(lcOutbox) << "cannot record the commit of" << item->entry.id << why;
        item->entry.committed = false;
        item->commitFailed = why;
        batch->session->cancel();
    }
}

void OutboxSender::onMessageFinished(Batch* batch, const SmtpDelivery& delivery)
{
    // The session reports every message with an AUTH failure before finished(): a renewal
    // (onSessionFinished) sends them again, so they are not finished here.
    if (canRenewToken(batch, delivery.error))
        return;
    Item* item = itemAt(batch, delivery.index);
    if (item && !item->finished)
        finishItem(batch, item, delivery);
}

void OutboxSender::onSessionFinished(Batch* batch, const SmtpError& error)
{
    if (renewToken(batch, error))
        return;
    // Messages the session never reached (a failure before MAIL FROM, a cancel) end with the
    // session's error.
    for (const auto& item : batch->items) {
        if (item->finished)
            continue;
        SmtpDelivery d;
        d.index = item->index;
        d.error = error;
        if (!d.error.isError()) {
            d.error.kind = SmtpError::Kind::ProtocolError;
            d.error.detail = QStringLiteral("the session ended without a result for this message");
        }
        finishItem(batch, item.get(), d);
    }
    endBatch(batch);
}

void OutboxSender::finishItem(Batch* batch, Item* item, const SmtpDelivery& delivery, const OutboxEntry::State* forced)
{
    item->finished = true;
    OutboxEntry& e = item->entry;
    const QString id = e.id;
    const SmtpError& error = delivery.error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    e.refused = delivery.rejectedAddresses();

    if (forced) {
        e.committed = false;
        e.lastError = OutboxError::fromSmtpError(error);
        e.state = *forced;
        e.nextAttempt = *forced == OutboxEntry::State::Deferred ? now.addSecs(backoffSeconds(e.attempts)) : QDateTime();
        m_outbox->update(e);
    } else if (delivery.index >= 0 && delivery.ok()) {
        const SmtpReply& r = delivery.finalReply;
        e.finalReply = (QString::number(r.code) + QLatin1Char(' ') + r.enhancedCode + QLatin1Char(' ') + r.text()).simplified();
        e.lastError = OutboxError();
        m_outbox->update(e);
        // markSent() removes the entry's directory, lock file included: let go of it first.
        item->lock.reset();
        QString why;
        if (!m_outbox->markSent(id, e.finalReply, &why))
            qCWarning(lcOutbox) << "delivered but not moved to Sent:" << id << why;
        e.state = OutboxEntry::State::Sent;
    } else if (item->commitFailed.isEmpty()
               && (error.deliveryUncertain || (e.committed && error.replyCode == 0 && e.state == OutboxEntry::State::Sending))) {
        // RFC 1047: the dot may have arrived. Only the person may send it again.
        e.state = OutboxEntry::State::Uncertain;
        e.lastError = OutboxError::fromSmtpError(error);
        e.lastError.deliveryUncertain = true;
        m_outbox->update(e);
    } else if (!item->commitFailed.isEmpty()) {
        e.state = OutboxEntry::State::Deferred;
        e.lastError = OutboxError::fromSmtpError(error);
        e.lastError.text = item->commitFailed;
        e.nextAttempt = now.addSecs(backoffSeconds(e.attempts));
        m_outbox->update(e);
    } else if (batch && batch->cancelling && !item->cancelled) {
        // Another entry's cancel took this connection down: this one simply waits its turn.
        e.state = OutboxEntry::State::Queued;
        e.attempts = qMax(0, e.attempts - 1);
        e.committed = false;
        m_outbox->update(e);
    } else {
        e.committed = false;
        e.lastError = OutboxError::fromSmtpError(error);
        if (item->cancelled || isPermanent(error)) {
            e.state = OutboxEntry::State::Failed;
            e.nextAttempt = QDateTime();
        } else {
            e.state = OutboxEntry::State::Deferred;
            e.nextAttempt = now.addSecs(backoffSeconds(e.attempts));
        }
        m_outbox->update(e);
    }
    qCDebug(lcOutbox) << id << "→" << OutboxEntry::stateName(e.state) << error.toString();
    item->lock.reset();
    emit stateChanged(id, e.state);
    emit finished(id, e.state, delivery);
}

void OutboxSender::endBatch(Batch* batch)
{
    auto it = std::find_if(m_batches.begin(), m_batches.end(), [batch](const auto& b) { return b.get() == batch; });
    if (it == m_batches.end())
        return;
    // We may be inside one of the session's signals: it is deleted once that returns.
    if ((*it)->session) {
        (*it)->session->disconnect(this);
        (*it)->session.release()->deleteLater();
    }
    // The bodies may still be referenced by the session until it is gone.
    for (auto& item : (*it)->items) {
        if (item->body)
            item->body.release()->deleteLater();
    }
    m_batches.erase(it);
    if (!m_waiting.isEmpty()) {
        const QStringList waiting = m_waiting;
        m_waiting.clear();
        startIds(waiting);
    }
    if (m_batches.empty()) {
        scheduleTimer();
        emit idle();
    }
}

void OutboxSender::cancel(const QString& id)
{
    m_waiting.removeAll(id);
    for (const auto& batch : m_batches) {
        for (const auto& item : batch->items) {
            if (item->entry.id != id || item->finished)
                continue;
            item->cancelled = true;
            if (!batch->session) {
                // Still resolving: it never started.
                SmtpDelivery d;
                d.error.kind = SmtpError::Kind::Cancelled;
                const OutboxEntry::State failed = OutboxEntry::State::Failed;
                finishItem(batch.get(), item.get(), d, &failed);
                if (std::all_of(batch->items.cbegin(), batch->items.cend(), [](const auto& i) { return i->finished; }))
                    endBatch(batch.get());
                return;
            }
            batch->cancelling = true;
            batch->session->cancel(); // may finish (and end the batch) before returning
            return;
        }
    }
}

void OutboxSender::scheduleTimer()
{
    if (!m_automatic)
        return;
    // Sooner than an hour anyway: another process (`qourier send`) may have queued something.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 wait = 60 * 60 * 1000;
    const QStringList active = activeIds();
    for (const OutboxEntry& e : m_outbox->entries()) {
        if (e.state == OutboxEntry::State::Deferred && !active.contains(e.id) && !m_waiting.contains(e.id))
            wait = qMin(wait, qMax<qint64>(0, e.nextAttempt.isValid() ? now.msecsTo(e.nextAttempt) : 0));
    }
    // Not sooner than MinWaitMs: an entry another process holds stays due, and must not spin us.
    m_timer.start(int(qMax<qint64>(wait, MinWaitMs)));
}
