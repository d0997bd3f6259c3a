#pragma once
// How the sandbox server listens, whom it lets in and what it keeps. A value type: app/ fills it
// in (certificate, account, directory), the server only reads it.

#include "SandboxFaults.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

struct SandboxSettings
{
    // Ports on 127.0.0.1 and ::1 (never any other address); 0 = ephemeral.
    quint16 startTlsPort = 0;
    quint16 implicitTlsPort = 0;
    quint16 plainPort = 0;
    bool startTlsEnabled = true;
    bool implicitTlsEnabled = true;
    // Clear text, no AUTH, accepts mail from anyone on loopback, like an MX on port 25: only for
    // load generators such as smtp-source that speak neither TLS nor AUTH. Off unless asked for.
    bool plainEnabled = false;

    QSslCertificate certificate;
    QSslKey privateKey;

    // The one account the TLS listeners accept (RFC 4954 AUTH PLAIN, LOGIN, CRAM-MD5).
    QString user;
    QString password;

    QString hostName = QStringLiteral("localhost"); // in the greeting and EHLO reply
    QString directory;                              // where messages are stored

    qint64 maxMessageSize = 50 * 1024 * 1024; // SIZE (RFC 1870)
    int maxRecipients = 1000;                 // RFC 5321 §4.5.3.1.8 asks for at least 100
    int maxMessagesKept = 500;                // older messages are deleted
    int idleTimeoutMs = 5 * 60 * 1000;        // RFC 5321 §4.5.3.2.7: at least 5 minutes
    int maxSessions = 100;                    // concurrent connections
    int maxErrors = 20;                       // bad commands before 421 (a talking port scanner)
    int maxAuthFailures = 3;                  // wrong credentials before 421

    SandboxFaults faults;

    qint64 effectiveSizeLimit() const { return faults.sizeLimit > 0 ? faults.sizeLimit : maxMessageSize; }
};
