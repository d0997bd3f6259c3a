#include "ProviderDatabase.h"

#include "Account.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProviders, "qourier.providers", QtWarningMsg)

namespace {

QString normalizedHost(const QString& host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.'))) // a fully qualified DNS name ("smtp.example.org.")
        h.chop(1);
    return h;
}

bool hasSuffix(const QString& host, const QString& suffix)
{
    return host == suffix || host.endsWith(QLatin1Char('.') + suffix);
}

QStringList lowerList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << normalizedHost(v.toString());
    out.removeAll(QString());
    return out;
}

} // namespace

ProviderDatabase ProviderDatabase::builtIn()
{
    ProviderDatabase db;
    QFile file(QStringLiteral(":/qourier/providers.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !fromJson(file.readAll(), &db, &error))
        qCWarning(lcProviders) << "built-in provider list unusable:" << (error.isEmpty() ? file.errorString() : error);
    return db;
}

bool ProviderDatabase::fromJson(const QByteArray& json, ProviderDatabase* out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("providers")).isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : QStringLiteral("no \"providers\" array");
        return false;
    }
    ProviderDatabase db;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("providers")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject smtp = o.value(QStringLiteral("smtp")).toObject();
        Provider p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.name = o.value(QStringLiteral("name")).toString(p.id);
        p.domains = lowerList(o.value(QStringLiteral("domains")));
        p.mxSuffixes = lowerList(o.value(QStringLiteral("mx")));
        p.hosts = lowerList(o.value(QStringLiteral("hosts")));
        p.matchHost = o.value(QStringLiteral("matchHost")).toBool(true);
        p.host = smtp.value(QStringLiteral("host")).toString().trimmed();
        p.security = Account::securityFromName(smtp.value(QStringLiteral("security")).toString());
        p.port = quint16(smtp.value(QStringLiteral("port")).toInt(p.security == SmtpSecurity::ImplicitTls ? 465 : 587));
        p.helpId = o.value(QStringLiteral("help")).toString();
        p.oauth = o.value(QStringLiteral("oauth")).toBool(false);
        p.oauthProvider = o.value(QStringLiteral("oauthProvider")).toString();
        if (p.host.isEmpty() || p.port == 0)
            continue;
        db.m_providers.append(p);
    }
    *out = db;
    return true;
}

std::optional<ProviderDatabase::Provider> ProviderDatabase::forDomain(const QString& domain) const
{
    const QString d = normalizedHost(domain);
    if (d.isEmpty())
        return std::nullopt;
    for (const Provider& p : m_providers) {
        if (p.domains.contains(d))
            return p;
    }
    for (const Provider& p : m_providers) {
        for (const QString& pattern : p.domains) {
            if (pattern.startsWith(QLatin1Char('.')) && d.endsWith(pattern))
                return p;
        }
    }
    return std::nullopt;
}

std::optional<ProviderDatabase::Provider> ProviderDatabase::forMxHost(const QString& mxHost) const
{
    const QString h = normalizedHost(mxHost);
    if (h.isEmpty())
        return std::nullopt;
    // The longest matching suffix wins: "mail.protection.outlook.com" (Microsoft 365) must not be
    // taken for a shorter, more general entry.
    std::optional<Provider> best;
    int bestLength = 0;
    for (const Provider& p : m_providers) {
        for (const QString& suffix : p.mxSuffixes) {
            if (hasSuffix(h, suffix) && suffix.size() > bestLength) {
                best = p;
                bestLength = int(suffix.size());
            }
        }
    }
    return best;
}

std::optional<ProviderDatabase::Provider> ProviderDatabase::forServerHost(const QString& host) const
{
    const QString h = normalizedHost(host);
    if (h.isEmpty())
        return std::nullopt;
    for (const Provider& p : m_providers) {
        if (p.hosts.contains(h) || (p.matchHost && normalizedHost(p.host) == h))
            return p;
    }
    return std::nullopt;
}

std::optional<ProviderDatabase::Provider> ProviderDatabase::byId(const QString& id) const
{
    for (const Provider& p : m_providers) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QString ProviderDatabase::domainOf(const QString& address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QString();
    return normalizedHost(address.mid(at + 1));
}
