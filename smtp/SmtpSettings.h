#pragma once
// Everything a session needs to know about the server and how far it may trust it. A value
// type: accounts (app/) fill it in, the session only reads it.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

enum class SmtpSecurity {
    ImplicitTls, // RFC 8314 §3: TLS from the first byte (port 465)
    StartTls,    // RFC 3207: upgrade after EHLO (port 587); never continues in clear text
    None,        // clear text; only when allowInsecure is set
};

struct SmtpTimeouts
{
    // Milliseconds. Defaults are shorter than RFC 5321 §4.5.3.2's minimums for the
    // interactive phases (a person is waiting) and as long for the final reply.
    int connectMs = 30'000;
    int tlsHandshakeMs = 30'000;
    int greetingMs = 60'000;       // RFC 5321 §4.5.3.2.1 suggests 5 minutes
    int commandMs = 60'000;        // each command's reply
    int bodyInactivityMs = 120'000; // no byte moved during the upload (RFC 5321 §4.5.3.2.5: 3 minutes)
    int finalReplyMs = 600'000;    // after the end of data (RFC 5321 §4.5.3.2.6: 10 minutes)
    int quitMs = 5'000;            // waiting for 221 is never on a result's critical path

    // Every phase limited to `ms` (the CLI's --timeout); the final reply keeps at least that.
    static SmtpTimeouts uniform(int ms);
};

struct SmtpCredentials
{
    QString user;
    QString password;     // for PLAIN, LOGIN, CRAM-MD5
    QString accessToken;  // for XOAUTH2; when set, XOAUTH2 is used
    bool isEmpty() const { return user.isEmpty() && password.isEmpty() && accessToken.isEmpty(); }
};

struct SmtpSettings
{
    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    // Clear text is refused unless both of these are set deliberately.
    bool allowInsecure = false;          // may use SmtpSecurity::None at all
    bool allowAuthWithoutTls = false;    // may send credentials over clear text

    // Upper-case mechanism names the caller allows, in no particular order; empty = all.
    QStringList allowedAuthMechanisms;

    // Extra trust anchors (a company CA) added to the system's.
    QList<QSslCertificate> extraCaCertificates;
    // SHA-256 fingerprints (hex, any case, colons allowed) of leaf certificates trusted as they
    // are, whatever their chain: the way to accept one self-signed server, never "ignore errors".
    QStringList pinnedSha256;

    QString ehloName;     // empty = the host's FQDN, else an address literal (RFC 5321 §4.1.4)
    bool useChunking = true;   // BDAT when offered (RFC 3030)
    bool usePipelining = true; // RFC 2920 when offered
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    // Addresses to race instead of resolving `host` (already-resolved probes, tests); the
    // certificate is still checked against `host`.
    QList<QHostAddress> addresses;
    SmtpTimeouts timeouts;

    static QByteArray normalizedFingerprint(const QString& hex); // "AB:cd.." → raw 32 bytes
};
