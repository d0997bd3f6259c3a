#pragma once
// An OAuth 2 sign-in Qourier knows (Google, Microsoft): where to send the person (authorization
// endpoint), where to redeem and refresh (token endpoint), which scope grants SMTP, and the
// client id. Qourier is a public client (RFC 8252 §8.4): no client secret is shipped; the client
// id is a setting (oauth/<id>/clientId) that whoever distributes Qourier registers with the
// provider. Every URL and the scope can be overridden the same way (tests point them at a
// loopback server): oauth/<id>/authorizationUrl, oauth/<id>/tokenUrl, oauth/<id>/scope.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

class OAuth2Provider
{
public:
    QString id;   // "google", "microsoft"
    QString name; // "Google", "Microsoft", for "Sign in with %1"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope;
    QString clientId;
    // Extra authorization request parameters a provider needs to issue a refresh token
    // (Google: access_type=offline, prompt=consent).
    QList<QPair<QString, QString>> extraAuthorizationParameters;

    bool isConfigured() const { return !clientId.isEmpty() && authorizationUrl.isValid() && tokenUrl.isValid(); }

    static QStringList presetIds() { return {QStringLiteral("google"), QStringLiteral("microsoft")}; }
    // The built-in endpoints, without a client id; nullopt for an unknown id.
    static std::optional<OAuth2Provider> preset(const QString& id);
    // The preset with the overrides and the client id from the settings: `settingsFile` in INI
    // format, or empty for the application's QSettings().
    static std::optional<OAuth2Provider> load(const QString& id, const QString& settingsFile = QString());
    static std::optional<OAuth2Provider> load(const QString& id, const QSettings& settings);
    static QString settingsKey(const QString& id, const QString& field) // "oauth/google/clientId"
    {
        return QStringLiteral("oauth/%1/%2").arg(id, field);
    }
};
