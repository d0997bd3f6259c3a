#pragma once
// Known mail providers' outgoing servers: the wizard's first and fastest source of settings, and
// the key to provider-specific advice when sign-in fails ("use an app password", "授权码").
// The built-in list is resources/providers.json, embedded as :/qourier/providers.json; tests
// build their own from JSON (for example one mapping 127.0.0.1 to QQ-style advice).

#include "SmtpSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ProviderDatabase
{
public:
    struct Provider
    {
        QString id;           // "gmail"
        QString name;         // "Gmail", shown as the source of the settings
        QStringList domains;  // e-mail domains; ".example.net" also matches its subdomains
        QStringList mxSuffixes; // MX host suffixes that identify it for custom domains
        QStringList hosts;    // extra server names that identify it (advice for hand-typed settings)
        bool matchHost = true; // false: `host` alone does not identify it (a loopback bridge)
        QString host;
        quint16 port = 465;
        SmtpSecurity security = SmtpSecurity::ImplicitTls;
        QString helpId;       // the wizard's provider-specific advice ("gmail", "qq", "netease", ...)
        bool oauth = false;   // offers OAuth 2 sign-in (XOAUTH2)
        QString oauthProvider; // the sign-in Qourier has a preset for ("google", "microsoft"; OAuth2Provider)
    };

    static ProviderDatabase builtIn();
    // False (and *error) when the JSON is not a provider list; entries without a host are skipped.
    static bool fromJson(const QByteArray& json, ProviderDatabase* out, QString* error = nullptr);

    const QList<Provider>& providers() const { return m_providers; }
    bool isEmpty() const { return m_providers.isEmpty(); }

    std::optional<Provider> forDomain(const QString& domain) const;
    // RFC 5321 §5.1 MX host name, e.g. "alt1.aspmx.l.google.com" → Gmail (Google Workspace).
    std::optional<Provider> forMxHost(const QString& mxHost) const;
    // The provider whose outgoing server this is: for advice when settings were typed by hand.
    std::optional<Provider> forServerHost(const QString& host) const;
    std::optional<Provider> byId(const QString& id) const;

    // The domain of an address ("Alice@Example.ORG" → "example.org"); empty when there is none.
    static QString domainOf(const QString& address);

private:
    QList<Provider> m_providers;
};
