#pragma once
// The sandbox as an account: its server identity (certificate, key) and its one login (user
// "sandbox", a random password made once per installation), plus the client settings that send
// to it the same way as to any server — TLS, AUTH, and the certificate pinned by SHA-256.
//
// Where things live, under QStandardPaths::AppDataLocation/sandbox/:
//   tls/cert.pem, tls/key.pem (0600)   SandboxCertificate
//   password (0600)                    the sandbox password; see below
//   messages/                          received messages (SandboxStore), unless --dir says otherwise
// The password is kept in a 0600 file, not the keychain: it protects only this loopback sandbox,
// and there is no SecretStore in app/ yet. Real account secrets never go to files.

#include "SandboxSettings.h"
#include "SmtpSettings.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

class SandboxAccount
{
public:
    static QString defaultBaseDirectory();
    static QString defaultMessagesDirectory();

    // Loads the certificate and password from `baseDirectory`, creating them the first time.
    bool load(const QString& baseDirectory, QString* error);

    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    QString sha256() const;

    // Server settings with this identity and login; ports ephemeral, STARTTLS + implicit TLS.
    SandboxSettings serverSettings(const QString& messagesDirectory) const;
    // What a client uses to reach the sandbox on 127.0.0.1: the certificate pinned, never
    // "ignore certificate errors".
    SmtpSettings clientSettings(quint16 port, SmtpSecurity security) const;
    SmtpCredentials credentials() const;

private:
    QString m_user = QStringLiteral("sandbox");
    QString m_password;
    QSslCertificate m_certificate;
    QSslKey m_key;
};
