#include "OAuth2Provider.h"

#include <QSettings>

#include <memory>

std::optional<OAuth2Provider> OAuth2Provider::preset(const QString& id)
{
    OAuth2Provider p;
    p.id = id;
    if (id == QLatin1String("google")) {
        // https://developers.google.com/identity/protocols/oauth2/native-app
        p.name = QStringLiteral("Google");
        p.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
        p.scope = QStringLiteral("https://mail.google.com/");
        // Without these Google issues a refresh token only on the very first consent.
        p.extraAuthorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                          {QStringLiteral("prompt"), QStringLiteral("consent")}};
        return p;
    }
    if (id == QLatin1String("microsoft")) {
        // https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
        p.name = QStringLiteral("Microsoft");
        p.authorizationUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
        p.tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
        // offline_access: the token response includes a refresh token.
        p.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
        return p;
    }
    return std::nullopt;
}

std::optional<OAuth2Provider> OAuth2Provider::load(const QString& id, const QString& settingsFile)
{
    const std::unique_ptr<QSettings> settings = settingsFile.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    return load(id, *settings);
}

std::optional<OAuth2Provider> OAuth2Provider::load(const QString& id, const QSettings& s)
{
    std::optional<OAuth2Provider> p = preset(id);
    if (!p)
        return p;
    const QSettings* settings = &s;
    p->clientId = settings->value(settingsKey(id, QStringLiteral("clientId"))).toString().trimmed();
    const QString authorization = settings->value(settingsKey(id, QStringLiteral("authorizationUrl"))).toString();
    if (!authorization.isEmpty())
        p->authorizationUrl = QUrl(authorization);
    const QString token = settings->value(settingsKey(id, QStringLiteral("tokenUrl"))).toString();
    if (!token.isEmpty())
        p->tokenUrl = QUrl(token);
    const QString scope = settings->value(settingsKey(id, QStringLiteral("scope"))).toString();
    if (!scope.isEmpty())
        p->scope = scope;
    return p;
}
