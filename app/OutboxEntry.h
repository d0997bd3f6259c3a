#pragma once
// One message in the outbox, as plain values: what <AppData>/outbox/<id>/entry.json holds next to
// the exact message bytes (message.eml). Never a secret: a password, token or proxy password is
// resolved when the entry is sent (OutboxSender's resolver), never stored.
//
// The envelope is the only place Bcc recipients live (RFC 5322 §3.6.3: message.eml has no Bcc
// field); the same message.eml, hence the same Message-ID, is sent on every attempt.

#include "SmtpEnvelope.h"
#include "SmtpError.h"
#include "SmtpSettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Who sends an entry: resolved to settings and credentials at send time, because an account's
// settings may change meanwhile and the sandbox's port changes on every run.
struct OutboxIdentity
{
    enum class Kind {
        Account, // a saved account (AccountStore), by accountId; secrets from the keychain
        Sandbox, // the built-in sandbox of the running window
        Server,  // the older single server settings (ServerSettings)
        Direct,  // `qourier send` with explicit options: a non-secret snapshot of the settings
    };
    Kind kind = Kind::Direct;
    // Account: the account. Direct: the account whose keychain entry holds the secret, when the
    // CLI send read it from there (`--account` without a password option); else empty.
    QString accountId;
    // Direct only: the settings as sent (proxy without its password) and the AUTH user name.
    SmtpSettings settings;
    QString userName;

    // Entries with equal keys share one connection.
    QString key() const;
    QJsonObject toJson() const;
    static OutboxIdentity fromJson(const QJsonObject& json);
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name); // unknown names read as Direct

    // The non-secret part of SmtpSettings, for Direct snapshots. Certificates as PEM; the proxy
    // password and `addresses` are never written.
    static QJsonObject settingsToJson(const SmtpSettings& settings);
    static SmtpSettings settingsFromJson(const QJsonObject& json);
};

// Why the last attempt did not deliver: an SmtpError's typed part, kept across restarts.
struct OutboxError
{
    QString kind;        // SmtpError::kindName(), e.g. "ServiceUnavailable"; empty = no error
    QString text;        // one line for people (CLI: SmtpError::toString(); the window may
                         // rebuild a translated sentence from kind + reply)
    QString serverReply; // the server's own words, "451 4.3.0 Try later"
    QString phase;       // the engine's state name when it happened ("RcptTo", "EndOfData")
    int replyCode = 0;
    QString enhancedCode;
    bool deliveryUncertain = false; // RFC 1047

    bool isEmpty() const { return kind.isEmpty(); }
    static OutboxError fromSmtpError(const SmtpError& error);
    // Kind, phase, reply code/text and deliveryUncertain back as an SmtpError (no certificates).
    SmtpError toSmtpError() const;
    QJsonObject toJson() const;
    static OutboxError fromJson(const QJsonObject& json);
};

struct OutboxEntry
{
    enum class State {
        Queued,    // waiting for its first attempt, or retried by the person: due now
        Sending,   // an attempt is running (a crash leaves it here: see Outbox::recoverAfterCrash)
        Sent,      // the server said 250 to the end of data; moving to the Sent folder
        Failed,    // permanent (5xx, authentication, certificate, invalid input, cancelled)
        Deferred,  // temporary (4xx, refused, lost, timeout); retried at nextAttempt
        Uncertain, // the connection died after the final dot (RFC 1047): the person decides
    };

    QString id;             // sortable: UTC time + random ("20261123T191500123Z-3f9a2c1d")
    State state = State::Queued;
    QDateTime created;      // UTC
    int attempts = 0;       // attempts started
    QDateTime lastAttempt;  // UTC, invalid before the first
    QDateTime nextAttempt;  // UTC; Deferred: when the next automatic try is due
    bool committed = false; // the final "." / BDAT LAST was written in the current attempt
    OutboxError lastError;
    OutboxIdentity identity;
    SmtpEnvelope envelope;  // from + every recipient including Bcc; size = message.eml's size

    // What a list shows without opening message.eml.
    QString subject;
    QString toDisplay;      // "Bob <bob@example.org>, carol@example.org" (To and Cc, never Bcc)
    QString messageId;      // without angle brackets
    QStringList refused;    // recipients the server refused in the last attempt (partial delivery)
    QString finalReply;     // the server's reply to the end of data, once Sent

    // Opaque to the outbox: the composer's own description of the message, so an entry can be
    // edited back into the composer. Must hold no secret.
    QJsonObject draft;

    qint64 size() const { return envelope.size; }
    // Queued, or Deferred with nextAttempt at or before `now`.
    bool isDue(const QDateTime& now) const;
    // Queued or Deferred: flush may send it. Never Uncertain (RFC 1047) or Failed.
    bool isPending() const { return state == State::Queued || state == State::Deferred; }

    QJsonObject toJson() const;
    // False (with *error, English) when required fields are missing: an unreadable entry.
    static bool fromJson(const QJsonObject& json, OutboxEntry* out, QString* error = nullptr);
    static QString stateName(State state); // "queued", "sending", ... as in entry.json and the CLI
    static bool stateFromName(const QString& name, State* out);
};

Q_DECLARE_METATYPE(OutboxEntry::State)
