#pragma once
// One complete SMTP reply (RFC 5321 §4.2): a three-digit code, optional RFC 2034/3463
// enhanced status code, and the text of every line.

#include <QString>
#include <QStringList>

struct SmtpReply
{
    int code = 0;               // 0 = no reply (e.g. connection dropped before one arrived)
    QString enhancedCode;       // "5.7.8" when the server sent one (RFC 2034 §4), else empty
    QStringList lines;          // text of each line, code, separator and enhanced code removed

    bool isValid() const { return code >= 200 && code <= 599; }
    // Prefix check in the style of "any 25x": is(2) → 2yz, is(25) → 25z, is(250) → exactly 250.
    bool is(int prefix) const;
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    // All lines joined with spaces, as a person reads the server's words.
    QString text() const { return lines.join(QLatin1Char(' ')); }
};
