// OutboxEntry and its parts as JSON: the format of entry.json. Unknown fields are ignored and
// missing optional ones take their defaults, so an older or newer Qourier reads the file.

#include "OutboxEntry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSslCertificate>

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

QString securityName(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::ImplicitTls: return QStringLiteral("tls");
    case SmtpSecurity::StartTls: return QStringLiteral("starttls");
    case SmtpSecurity::None: return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

// Unknown values read as STARTTLS: a damaged file never falls back to clear text.
SmtpSecurity securityFromName(const QString& n)
{
    if (n == QLatin1String("tls"))
        return SmtpSecurity::ImplicitTls;
    if (n == QLatin1String("none"))
        return SmtpSecurity::None;
    return SmtpSecurity::StartTls;
}

} // namespace

// --- OutboxIdentity ---

QString OutboxIdentity::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Account: return QStringLiteral("account");
    case Kind::Sandbox: return QStringLiteral("sandbox");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Direct: return QStringLiteral("direct");
    }
    return QStringLiteral("direct");
}

OutboxIdentity::Kind OutboxIdentity::kindFromName(const QString& name)
{
    if (name == QLatin1String("account"))
        return Kind::Account;
    if (name == QLatin1String("sandbox"))
        return Kind::Sandbox;
    if (name == QLatin1String("server"))
        return Kind::Server;
    return Kind::Direct;
}

QString OutboxIdentity::key() const
{
    switch (kind) {
    case Kind::Account: return QStringLiteral("account:") + accountId;
    case Kind::Sandbox: return QStringLiteral("sandbox");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Direct: break;
    }
    // Two CLI sends with the same server, options and user share a connection.
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QStringLiteral("direct:") + QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

QJsonObject OutboxIdentity::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}};
    if (!accountId.isEmpty())
        o.insert(QStringLiteral("accountId"), accountId);
    if (kind == Kind::Direct) {
        o.insert(QStringLiteral("settings"), settingsToJson(settings));
        o.insert(QStringLiteral("user"), userName);
    }
    return o;
}

OutboxIdentity OutboxIdentity::fromJson(const QJsonObject& json)
{
    OutboxIdentity id;
    id.kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    id.accountId = json.value(QStringLiteral("accountId")).toString();
    if (id.kind == Kind::Direct) {
        id.settings = settingsFromJson(json.value(QStringLiteral("settings")).toObject());
        id.userName = json.value(QStringLiteral("user")).toString();
    }
    return id;
}

QJsonObject OutboxIdentity::settingsToJson(const SmtpSettings& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("host"), s.host);
    o.insert(QStringLiteral("port"), int(s.port));
    o.insert(QStringLiteral("security"), securityName(s.security));
    o.insert(QStringLiteral("allowInsecure"), s.allowInsecure);
    o.insert(QStringLiteral("allowAuthWithoutTls"), s.allowAuthWithoutTls);
    o.insert(QStringLiteral("authMechanisms"), toArray(s.allowedAuthMechanisms));
    QJsonArray cas;
    for (const QSslCertificate& c : s.extraCaCertificates)
        cas.append(QString::fromLatin1(c.toPem()));
    o.insert(QStringLiteral("extraCaCertificates"), cas);
    o.insert(QStringLiteral("pinnedSha256"), toArray(s.pinnedSha256));
    o.insert(QStringLiteral("ehloName"), s.ehloName);
    o.insert(QStringLiteral("chunking"), s.useChunking);
    o.insert(QStringLiteral("pipelining"), s.usePipelining);
    if (s.proxy.type() != QNetworkProxy::DefaultProxy) {
        // Never the proxy password: it is resolved again when sending.
        o.insert(QStringLiteral("proxy"), QJsonObject{
            {QStringLiteral("type"), int(s.proxy.type())},
            {QStringLiteral("host"), s.proxy.hostName()},
            {QStringLiteral("port"), int(s.proxy.port())},
            {QStringLiteral("user"), s.proxy.user()},
        });
    }
    const SmtpTimeouts& t = s.timeouts;
    o.insert(QStringLiteral("timeouts"), QJsonObject{
        {QStringLiteral("connect"), t.connectMs},
        {QStringLiteral("tls"), t.tlsHandshakeMs},
        {QStringLiteral("greeting"), t.greetingMs},
        {QStringLiteral("command"), t.commandMs},
        {QStringLiteral("body"), t.bodyInactivityMs},
        {QStringLiteral("final"), t.finalReplyMs},
        {QStringLiteral("quit"), t.quitMs},
    });
    return o;
}

SmtpSettings OutboxIdentity::settingsFromJson(const QJsonObject& o)
{
    SmtpSettings s;
    s.host = o.value(QStringLiteral("host")).toString();
    s.port = quint16(o.value(QStringLiteral("port")).toInt(587));
    s.security = securityFromName(o.value(QStringLiteral("security")).toString());
    s.allowInsecure = o.value(QStringLiteral("allowInsecure")).toBool();
    s.allowAuthWithoutTls = o.value(QStringLiteral("allowAuthWithoutTls")).toBool();
    s.allowedAuthMechanisms = toStringList(o.value(QStringLiteral("authMechanisms")));
    for (const QJsonValue& pem : o.value(QStringLiteral("extraCaCertificates")).toArray())
        s.extraCaCertificates += QSslCertificate::fromData(pem.toString().toLatin1(), QSsl::Pem);
    s.pinnedSha256 = toStringList(o.value(QStringLiteral("pinnedSha256")));
    s.ehloName = o.value(QStringLiteral("ehloName")).toString();
    s.useChunking = o.value(QStringLiteral("chunking")).toBool(true);
    s.usePipelining = o.value(QStringLiteral("pipelining")).toBool(true);
    if (o.contains(QStringLiteral("proxy"))) {
        const QJsonObject p = o.value(QStringLiteral("proxy")).toObject();
        s.proxy = QNetworkProxy(QNetworkProxy::ProxyType(p.value(QStringLiteral("type")).toInt()),
                                p.value(QStringLiteral("host")).toString(), quint16(p.value(QStringLiteral("port")).toInt()),
                                p.value(QStringLiteral("user")).toString());
    }
    const QJsonObject t = o.value(QStringLiteral("timeouts")).toObject();
    SmtpTimeouts d;
    s.timeouts.connectMs = t.value(QStringLiteral("connect")).toInt(d.connectMs);
    s.timeouts.tlsHandshakeMs = t.value(QStringLiteral("tls")).toInt(d.tlsHandshakeMs);
    s.timeouts.greetingMs = t.value(QStringLiteral("greeting")).toInt(d.greetingMs);
    s.timeouts.commandMs = t.value(QStringLiteral("command")).toInt(d.commandMs);
    s.timeouts.bodyInactivityMs = t.value(QStringLiteral("body")).toInt(d.bodyInactivityMs);
    s.timeouts.finalReplyMs = t.value(QStringLiteral("final")).toInt(d.finalReplyMs);
    s.timeouts.quitMs = t.value(QStringLiteral("quit")).toInt(d.quitMs);
    return s;
}

// --- OutboxError ---

OutboxError OutboxError::fromSmtpError(const SmtpError& error)
{
    OutboxError e;
    if (!error.isError())
        return e;
    e.kind = SmtpError::kindName(error.kind);
    e.text = error.toString();
    if (error.replyCode)
        e.serverReply = (QString::number(error.replyCode) + QLatin1Char(' ') + error.enhancedCode + QLatin1Char(' ') + error.serverText)
                            .simplified();
    e.phase = error.phase;
    e.replyCode = error.replyCode;
    e.enhancedCode = error.enhancedCode;
    e.deliveryUncertain = error.deliveryUncertain;
    return e;
}

SmtpError OutboxError::toSmtpError() const
{
    SmtpError e;
    if (kind.isEmpty())
        return e;
    e.kind = SmtpError::Kind::ProtocolError; // a kind this build does not know
    for (int k = int(SmtpError::Kind::None); k <= int(SmtpError::Kind::Cancelled); ++k) {
        if (SmtpError::kindName(SmtpError::Kind(k)) == kind) {
            e.kind = SmtpError::Kind(k);
            break;
        }
    }
    e.phase = phase;
    e.replyCode = replyCode;
    e.enhancedCode = enhancedCode;
    if (replyCode) {
        // serverReply is "code [enhanced] text": keep the words only.
        QString words = serverReply;
        words.remove(0, QString::number(replyCode).size());
        words = words.trimmed();
        if (!enhancedCode.isEmpty() && words.startsWith(enhancedCode))
            words = words.mid(enhancedCode.size()).trimmed();
        e.serverText = words;
    }
    e.detail = text;
    e.deliveryUncertain = deliveryUncertain;
    return e;
}

QJsonObject OutboxError::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}, {QStringLiteral("phase"), phase}};
    if (replyCode) {
        o.insert(QStringLiteral("serverReply"), serverReply);
        o.insert(QStringLiteral("replyCode"), replyCode);
        o.insert(QStringLiteral("enhancedCode"), enhancedCode);
    }
    if (deliveryUncertain)
        o.insert(QStringLiteral("deliveryUncertain"), true);
    return o;
}

OutboxError OutboxError::fromJson(const QJsonObject& o)
{
    OutboxError e;
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.serverReply = o.value(QStringLiteral("serverReply")).toString();
    e.phase = o.value(QStringLiteral("phase")).toString();
    e.replyCode = o.value(QStringLiteral("replyCode")).toInt();
    e.enhancedCode = o.value(QStringLiteral("enhancedCode")).toString();
    e.deliveryUncertain = o.value(QStringLiteral("deliveryUncertain")).toBool();
    return e;
}

// --- OutboxEntry ---

bool OutboxEntry::isDue(const QDateTime& now) const
{
    if (state == State::Queued)
        return true;
    return state == State::Deferred && (!nextAttempt.isValid() || nextAttempt <= now);
}

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Queued: return QStringLiteral("queued");
    case State::Sending: return QStringLiteral("sending");
    case State::Sent: return QStringLiteral("sent");
    case State::Failed: return QStringLiteral("failed");
    case State::Deferred: return QStringLiteral("deferred");
    case State::Uncertain: return QStringLiteral("uncertain");
    }
    return QStringLiteral("queued");
}

bool OutboxEntry::stateFromName(const QString& name, State* out)
{
    for (State s : {State::Queued, State::Sending, State::Sent, State::Failed, State::Deferred, State::Uncertain}) {
        if (stateName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

QJsonObject OutboxEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("state"), stateName(state));
    o.insert(QStringLiteral("created"), isoUtc(created));
    o.insert(QStringLiteral("attempts"), attempts);
    o.insert(QStringLiteral("lastAttempt"), isoUtc(lastAttempt));
    o.insert(QStringLiteral("nextAttempt"), isoUtc(nextAttempt));
    o.insert(QStringLiteral("committed"), committed);
    if (!lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), lastError.toJson());
    o.insert(QStringLiteral("identity"), identity.toJson());
    o.insert(QStringLiteral("envelope"), QJsonObject{
        {QStringLiteral("from"), envelope.from},
        {QStringLiteral("recipients"), toArray(envelope.recipients)},
        {QStringLiteral("size"), double(envelope.size)},
        {QStringLiteral("eightBit"), envelope.eightBit},
        {QStringLiteral("smtpUtf8"), envelope.smtpUtf8},
    });
    o.insert(QStringLiteral("summary"), QJsonObject{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("to"), toDisplay},
        {QStringLiteral("size"), double(envelope.size)},
        {QStringLiteral("messageId"), messageId},
    });
    if (!refused.isEmpty())
        o.insert(QStringLiteral("refused"), toArray(refused));
    if (!finalReply.isEmpty())
        o.insert(QStringLiteral("finalReply"), finalReply);
    if (!draft.isEmpty())
        o.insert(QStringLiteral("draft"), draft);
    return o;
}

bool OutboxEntry::fromJson(const QJsonObject& o, OutboxEntry* out, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    OutboxEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    if (e.id.isEmpty())
        return fail(QStringLiteral("no id"));
    if (!stateFromName(o.value(QStringLiteral("state")).toString(), &e.state))
        return fail(QStringLiteral("unknown state"));
    const QJsonObject env = o.value(QStringLiteral("envelope")).toObject();
    e.envelope.from = env.value(QStringLiteral("from")).toString();
    e.envelope.recipients = toStringList(env.value(QStringLiteral("recipients")));
    e.envelope.size = qint64(env.value(QStringLiteral("size")).toDouble(-1));
    e.envelope.eightBit = env.value(QStringLiteral("eightBit")).toBool();
    e.envelope.smtpUtf8 = env.value(QStringLiteral("smtpUtf8")).toBool();
    if (e.envelope.recipients.isEmpty())
        return fail(QStringLiteral("no recipients"));
    e.created = fromIso(o.value(QStringLiteral("created")));
    e.attempts = o.value(QStringLiteral("attempts")).toInt();
    e.lastAttempt = fromIso(o.value(QStringLiteral("lastAttempt")));
    e.nextAttempt = fromIso(o.value(QStringLiteral("nextAttempt")));
    e.committed = o.value(QStringLiteral("committed")).toBool();
    e.lastError = OutboxError::fromJson(o.value(QStringLiteral("lastError")).toObject());
    e.identity = OutboxIdentity::fromJson(o.value(QStringLiteral("identity")).toObject());
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    e.subject = summary.value(QStringLiteral("subject")).toString();
    e.toDisplay = summary.value(QStringLiteral("to")).toString();
    e.messageId = summary.value(QStringLiteral("messageId")).toString();
    e.refused = toStringList(o.value(QStringLiteral("refused")));
    e.finalReply = o.value(QStringLiteral("finalReply")).toString();
    e.draft = o.value(QStringLiteral("draft")).toObject();
    *out = e;
    return true;
}
