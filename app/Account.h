#pragma once
// One sending identity and its outgoing server: what AccountStore keeps in QSettings. Never a
// secret: the password, the OAuth refresh token and the proxy password live in the OS keychain
// (CredentialStore, one entry per account id), or only in memory when there is no keychain.

#include "MailAddress.h"
#include "ProxySpec.h"
#include "SmtpSettings.h"

#include <QNetworkProxy>
#include <QString>

struct Account
{
    enum class AuthMethod { Auto, Plain, Login, CramMd5, XOAuth2 };
    // Default: the application's proxy setting (normally a direct connection); None: always
    // direct; System: the desktop's or the environment's proxy (ProxySpec::systemProxyFor).
    enum class ProxyType { Default, Socks5, Http, None, System };

    QString id;          // stable and generated (AccountStore::newId()); the keychain key
    QString name;        // what the person calls it ("Work"); empty = the address
    QString displayName; // the sender's name in From ("Alice Example")
    QString address;     // the sender's address ("alice@example.org")

    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    bool allowInsecure = false; // clear text after an explicit "I understand the risks"
    AuthMethod authMethod = AuthMethod::Auto;
    // XOAUTH2 only: whose sign-in issued the refresh token ("google", "microsoft"; OAuth2Provider).
    QString oauthProvider;
    QString userName;           // empty: the server needs no sign-in
    QString signature;
    // The one certificate the person chose to trust for this server although no authority
    // vouches for it (hex SHA-256 of the leaf). A different certificate is asked about again.
    QString pinnedSha256;

    ProxyType proxyType = ProxyType::Default;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser; // its password is part of the keychain entry

    QString label() const { return name.trimmed().isEmpty() ? address : name; }
    MailAddress sender() const { return MailAddress{displayName.trimmed(), address.trimmed()}; }
    bool needsPassword() const { return !userName.isEmpty(); }

    // The engine's settings; `proxyPassword` comes from the keychain entry.
    SmtpSettings toSmtpSettings(const QString& proxyPassword = QString()) const
    {
        SmtpSettings s;
        s.host = host.trimmed();
        s.port = port;
        s.security = security;
        // Clear text needs both switches; the wizard's risk checkbox is the one deliberate decision.
        s.allowInsecure = security == SmtpSecurity::None && allowInsecure;
        s.allowAuthWithoutTls = s.allowInsecure;
        if (authMethod != AuthMethod::Auto)
            s.allowedAuthMechanisms = QStringList{authMethodName(authMethod).toUpper()};
        if (!pinnedSha256.isEmpty())
            s.pinnedSha256 = QStringList{pinnedSha256};
        if (proxyType == ProxyType::None)
            s.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        else if (proxyType == ProxyType::System)
            s.proxy = ProxySpec::systemProxyFor(s.host, s.port);
        else if (proxyType != ProxyType::Default && !proxyHost.isEmpty()) {
            s.proxy = QNetworkProxy(proxyType == ProxyType::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                    proxyHost, proxyPort, proxyUser, proxyPassword);
        }
        return s;
    }

    // The names used in the settings file and on the command line.
    static QString authMethodName(AuthMethod method)
    {
        switch (method) {
        case AuthMethod::Auto: return QStringLiteral("auto");
        case AuthMethod::Plain: return QStringLiteral("plain");
        case AuthMethod::Login: return QStringLiteral("login");
        case AuthMethod::CramMd5: return QStringLiteral("cram-md5");
        case AuthMethod::XOAuth2: return QStringLiteral("xoauth2");
        }
        return QStringLiteral("auto");
    }
    static AuthMethod authMethodFromName(const QString& name)
    {
        const QString n = name.trimmed().toLower();
        if (n == QLatin1String("plain"))
            return AuthMethod::Plain;
        if (n == QLatin1String("login"))
            return AuthMethod::Login;
        if (n == QLatin1String("cram-md5"))
            return AuthMethod::CramMd5;
        if (n == QLatin1String("xoauth2"))
            return AuthMethod::XOAuth2;
        return AuthMethod::Auto;
    }
    static QString securityName(SmtpSecurity security)
    {
        switch (security) {
        case SmtpSecurity::ImplicitTls: return QStringLiteral("tls");
        case SmtpSecurity::StartTls: return QStringLiteral("starttls");
        case SmtpSecurity::None: return QStringLiteral("none");
        }
        return QStringLiteral("starttls");
    }
    // Unknown values read as STARTTLS: a damaged file never falls back to clear text.
    static SmtpSecurity securityFromName(const QString& name)
    {
        const QString n = name.trimmed().toLower();
        if (n == QLatin1String("tls") || n == QLatin1String("ssl"))
            return SmtpSecurity::ImplicitTls;
        if (n == QLatin1String("none"))
            return SmtpSecurity::None;
        return SmtpSecurity::StartTls;
    }
    static QString proxyTypeName(ProxyType type)
    {
        switch (type) {
        case ProxyType::Default: return QStringLiteral("default");
        case ProxyType::Socks5: return QStringLiteral("socks5");
        case ProxyType::Http: return QStringLiteral("http");
        case ProxyType::None: return QStringLiteral("none");
        case ProxyType::System: return QStringLiteral("system");
        }
        return QStringLiteral("default");
    }
    static ProxyType proxyTypeFromName(const QString& name)
    {
        const QString n = name.trimmed().toLower();
        if (n == QLatin1String("socks5"))
            return ProxyType::Socks5;
        if (n == QLatin1String("http"))
            return ProxyType::Http;
        if (n == QLatin1String("none"))
            return ProxyType::None;
        if (n == QLatin1String("system"))
            return ProxyType::System;
        return ProxyType::Default;
    }
};
