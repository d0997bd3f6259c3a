#pragma once
// Sends what the outbox holds. Entries with the same identity share ONE SmtpSession (the engine
// sends RSET between messages), each message streamed from its message.eml, so a retry sends
// the same bytes and the same Message-ID.
//
// Per attempt: the entry is locked and written as Sending (attempts + 1) before the session
// starts; on SmtpSession::committing() `committed` is written and fsynced before the engine
// writes the final "." / BDAT LAST; then
//   250 for the end of data         → Outbox::markSent() (Sent folder, entry removed)
//   error.deliveryUncertain         → Uncertain (RFC 1047: never resent automatically)
//   permanent (5xx, authentication, certificate, TLS, invalid input, too large) → Failed
//   temporary (4xx, refused, lost, timeout, host lookup, proxy) → Deferred at now + backoff
// Automatic mode (the window): a QTimer fires at the next due Deferred entry, and when
// QNetworkInformation reports the network Online again every Deferred entry is tried at once.
//
// Settings and credentials are resolved at send time by the owner's resolver (accounts read the
// keychain; the sandbox's port changes on every run); a resolver error leaves the entry Deferred
// (or Failed when the resolver says it is permanent).

#include "OutboxEntry.h"
#include "SmtpSession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <list>
#include <memory>

class Outbox;

class OutboxSender : public QObject
{
    Q_OBJECT
public:
    // What the resolver answers for an identity.
    struct Resolution
    {
        SmtpSettings settings;
        SmtpCredentials credentials;
        // error.isError(): cannot send now (no keychain answer, account deleted, sandbox not
        // running). Its kind and detail become the entry's lastError.
        SmtpError error;
        bool permanent = false; // with an error: Failed instead of Deferred
    };
    using ResolveDone = std::function<void(const Resolution& resolution)>;
    // Called once per connection with the first entry of the group; must call `done` exactly
    // once, synchronously or later. `renewToken`: the server refused the XOAUTH2 access token as
    // expired (SmtpError::Kind::AuthTokenExpired) although it looked fresh; the resolver fetches a
    // new one. That happens once per connection, and the same messages are then sent on a new one.
    using Resolver = std::function<void(const OutboxEntry& entry, bool renewToken, ResolveDone done)>;

    explicit OutboxSender(Outbox* outbox, Resolver resolver, QObject* parent = nullptr);
    ~OutboxSender() override;

    // The retry schedule after the n-th failed attempt (n ≥ 1): 1, 5, 15, 60 minutes, then hourly.
    static qint64 backoffSeconds(int attempts);
    // Permanent errors are not retried automatically (Failed); everything else is (Deferred).
    static bool isPermanent(const SmtpError& error);

    // On: a timer for the next due Deferred entry and QNetworkInformation (Reachability) trigger
    // flushDue() by themselves. Off (default; the CLI): only explicit calls send. An entry added
    // as Deferred with a nextAttempt a few seconds ahead is held back until then (undo send),
    // and is still on disk if the application dies meanwhile.
    void setAutomatic(bool on);
    bool isAutomatic() const { return m_automatic; }
    // Whether a QNetworkInformation backend with Reachability was loaded (automatic mode only).
    bool hasNetworkMonitor() const { return m_networkMonitor; }

    // Sends every Queued entry and every Deferred one whose time has come.
    void flushDue();
    // Sends every Queued and Deferred entry now, whatever its nextAttempt. Never Uncertain.
    void flushAll();
    // Sends these entries now (Queued, Deferred or Failed ones; Uncertain ones only after
    // Outbox::resend()). Entries already being sent are skipped.
    void send(const QStringList& ids);
    // Stops a running entry: it ends Failed with kind Cancelled (Uncertain if its final dot was
    // already written); other entries sharing its connection go back to Queued and are sent again.
    void cancel(const QString& id);
    // The network came back (QNetworkInformation, or a test): every Deferred entry is due now.
    void networkReachable();

    bool isBusy() const { return !m_batches.empty(); }
    bool isSending(const QString& id) const;
    // Entries started by this sender and not finished yet.
    QStringList activeIds() const;

signals:
    // The entry's state was written (Sending, Deferred, Failed, Uncertain, Sent).
    void stateChanged(const QString& id, OutboxEntry::State state);
    // The connection carrying the entry reached a protocol phase.
    void phaseChanged(const QString& id, SmtpSession::State state);
    // Upload progress of the entry's bytes (as SmtpSession::uploadProgress).
    void progress(const QString& id, qint64 sent, qint64 total);
    // The session's transcript; `id` is the entry being sent (empty between messages).
    void transcript(const QString& id, SmtpSession::Direction direction, const QString& line);
    // One attempt ended: delivery.ok() = sent; else delivery.error says why and `state` is the
    // entry's new state. Exactly once per entry started.
    void finished(const QString& id, OutboxEntry::State state, const SmtpDelivery& delivery);
    // Nothing is being sent any more (after the last finished()).
    void idle();

private:
    struct Item;
    struct Batch;

    void startIds(const QStringList& ids);
    void startBatch(const QString& key, QStringList ids);
    void resolve(Batch* batch, bool renewToken);
    bool canRenewToken(Batch* batch, const SmtpError& error) const;
    bool renewToken(Batch* batch, const SmtpError& error);
    void onResolved(Batch* batch, const Resolution& resolution);
    void onCommitting(Batch* batch, int index);
    void onMessageFinished(Batch* batch, const SmtpDelivery& delivery);
    void onSessionFinished(Batch* batch, const SmtpError& error);
    // `forced`: the state to write (resolver errors, cancel before start); else from the delivery.
    void finishItem(Batch* batch, Item* item, const SmtpDelivery& delivery, const OutboxEntry::State* forced = nullptr);
    void endBatch(Batch* batch);
    Item* itemAt(Batch* batch, int index) const;
    QString currentId(Batch* batch) const;
    void scheduleTimer();
    void onNetworkReachabilityChanged();

    Outbox* m_outbox;
    Resolver m_resolver;
    std::list<std::unique_ptr<Batch>> m_batches;
    bool m_automatic = false;
    bool m_networkMonitor = false;
    QStringList m_waiting;     // asked for while their identity's connection was busy
    QTimer m_timer;            // the next due Deferred entry
};
