#pragma once
// What the server offered in its EHLO reply (RFC 5321 §4.1.1.1). Rebuilt from scratch for every
// EHLO and discarded after STARTTLS (RFC 3207 §4.2).

#include "SmtpReply.h"

#include <QString>
#include <QStringList>

struct SmtpCapabilities
{
    bool esmtp = false;             // EHLO answered (false after a HELO fallback)
    bool startTls = false;          // RFC 3207
    bool pipelining = false;        // RFC 2920
    bool chunking = false;          // RFC 3030 (BDAT)
    bool eightBitMime = false;      // RFC 6152
    bool smtpUtf8 = false;          // RFC 6531
    bool enhancedStatusCodes = false; // RFC 2034
    bool dsn = false;               // RFC 3461
    bool sizeOffered = false;       // RFC 1870
    qint64 sizeLimit = 0;           // 0 = SIZE without a number or SIZE 0: no fixed limit
    QStringList authMechanisms;     // upper case, from "AUTH ..." and the old "AUTH=..." form
    QString serverName;             // the domain in the first line of the EHLO reply
    QStringList raw;                // every keyword line as sent, for display

    static SmtpCapabilities fromEhloReply(const SmtpReply& reply);
    bool supportsAuth(const QString& mechanism) const;
};
