#pragma once
// Reads Thunderbird's autoconfig format, config-v1.1.xml (the "clientConfig" documents served at
// https://autoconfig.<domain>/mail/config-v1.1.xml and /.well-known/autoconfig/mail/), and keeps
// only what a sender needs: the SMTP outgoing servers, with %EMAILADDRESS%, %EMAILLOCALPART% and
// %EMAILDOMAIN% filled in.

#include "SmtpSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class AutoconfigParser
{
public:
    struct Server
    {
        QString host;
        quint16 port = 0;
        SmtpSecurity security = SmtpSecurity::StartTls;
        QString userName;
        QStringList authentication; // as written: "password-cleartext", "password-encrypted", "OAuth2", ...
    };

    struct Config
    {
        QString providerId;
        QString displayName;
        QStringList domains;
        QList<Server> outgoing; // in document order
    };

    // False (and *error, English) when the document is not well-formed or is not a clientConfig.
    // Servers with an unknown socketType or no host/port are skipped, not guessed.
    static bool parse(const QByteArray& xml, const QString& emailAddress, Config* out, QString* error = nullptr);

    // The server to use: implicit TLS before STARTTLS before clear text (RFC 8314 §3), then
    // document order.
    static std::optional<Server> preferred(const QList<Server>& servers);
};
