#pragma once
// The sandbox server's TLS identity: an EC P-256 key and a self-signed X.509 v3 certificate for
// localhost (SAN DNS:localhost, IP:127.0.0.1, IP:::1), valid 10 years, made with OpenSSL's
// libcrypto once per installation and kept in the sandbox's tls/ directory (key mode 0600).
// No key ships with Qourier: every installation has its own, and the sandbox account trusts
// exactly that certificate by its SHA-256 fingerprint (SmtpSettings::pinnedSha256).

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

class SandboxCertificate
{
public:
    // Loads <directory>/cert.pem and key.pem; makes new ones when they are missing, unreadable,
    // do not belong together, or expire within 30 days.
    static bool loadOrCreate(const QString& directory, QSslCertificate* certificate, QSslKey* key, QString* error);
    // A fresh pair, PEM-encoded (the key as PKCS#8).
    static bool generate(QByteArray* certificatePem, QByteArray* keyPem, QString* error);
    // Lower-case hex SHA-256 of the DER certificate, as SmtpSettings::pinnedSha256 takes it.
    static QString sha256(const QSslCertificate& certificate);
};
