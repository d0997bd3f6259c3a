#pragma once
// What the sandbox knows about one accepted message besides its bytes: the envelope and how it
// arrived. SandboxStore writes it next to the .eml as JSON.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct SandboxReceipt
{
    QString mailFrom;                                     // "" for the null reverse path
    QList<QPair<QByteArray, QByteArray>> mailParameters; // MAIL FROM parameters, keywords upper-cased
    QStringList recipients;                               // every accepted RCPT TO, in order
    QString bodyCommand;                                  // "DATA" or "BDAT"
    int chunks = 0;                                       // BDAT commands that carried it
    QString listener;                                     // "starttls", "smtps" or "plain"
    QString tlsProtocol;                                  // "TLSv1.3", empty without TLS
    QString tlsCipher;
    QString authMechanism;                                // empty without AUTH
    QString authUser;
    QString clientAddress;
    quint16 clientPort = 0;
    QString helo;                                         // the EHLO/HELO argument
    bool esmtp = false;                                   // EHLO (true) or HELO
    QDateTime received;                                   // UTC
    QStringList transcript;                               // "C: ..." / "S: ...", secrets redacted
};
