#pragma once
// Everything the connection wizard collects, as one value: app/ turns it into an Account plus a
// keychain secret (ConnectionWizardController). ui/ knows nothing about either.

#include "SmtpSettings.h"

#include <QString>

struct ConnectionWizardValues
{
    // System: the desktop's or the environment's proxy (e.g. http_proxy), looked up per connection.
    enum class ProxyType { Default, Socks5, Http, System };

    QString accountId;   // empty for a new account
    QString accountName; // what the person calls it; empty = the address
    QString displayName;
    QString address;
    QString password;    // also an app password / authorization code; never saved by ui/
    // Signed in with this OAuth 2 provider ("google", "microsoft") instead of a password: the
    // account uses XOAUTH2. app/ holds the tokens; ui/ only knows that the sign-in happened.
    QString oauthProvider;

    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    bool allowInsecure = false; // "I understand the risks" was ticked for clear text
    QString userName;
    QString authMethod;   // empty = automatic, else "PLAIN", "LOGIN" or "CRAM-MD5"
    QString pinnedSha256; // hex SHA-256 of the one untrusted certificate the person chose to trust

    ProxyType proxyType = ProxyType::Default;
    QString proxyHost;
    quint16 proxyPort = 1080;
    QString proxyUser;
    QString proxyPassword;

    QString signature;
};
