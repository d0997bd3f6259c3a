#pragma once
// What the SMTP transaction carries besides the message bytes (RFC 5321 §2.3.1): the reverse
// path and every forward path. Bcc recipients live here and only here.

#include <QString>
#include <QStringList>

struct SmtpEnvelope
{
    QString from;          // addr-spec ("alice@example.org"); empty = null reverse path "<>"
    QStringList recipients; // To, Cc and Bcc addr-specs; duplicates are sent once
    qint64 size = -1;      // exact message size (CRLF line ends, before dot-stuffing); -1 unknown
    bool eightBit = false; // the body has 8-bit octets: needs 8BITMIME (RFC 6152)
    bool smtpUtf8 = false; // UTF-8 in headers or addresses: needs SMTPUTF8 (RFC 6531 §3.4)
};
