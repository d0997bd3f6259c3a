#pragma once
// Ways the sandbox can misbehave on purpose, so a person (or a test) can see how a client copes
// with a server that refuses, defers, stalls or hangs up. All off by default.

#include <QStringList>

struct SandboxFaults
{
    // Recipients matching any of these wildcard patterns ("*@blocked.example", case-insensitive)
    // get 550 5.1.1 to RCPT.
    QStringList rejectRecipients;
    // The reply to the end of data (final dot or BDAT LAST) is 451 4.3.0; nothing is stored.
    bool tempfailData = false;
    // Overrides the advertised and enforced SIZE (RFC 1870) when > 0.
    qint64 sizeLimit = 0;
    // Milliseconds to wait before the reply to the end of data (a slow server, RFC 5321 §4.5.3.2.6).
    int finalReplyDelayMs = 0;
    // Drops the connection once this many message octets of a transaction have arrived
    // (0 = at the first octet); -1 = never.
    qint64 closeAfterMessageBytes = -1;

    bool any() const
    {
        return !rejectRecipients.isEmpty() || tempfailData || sizeLimit > 0 || finalReplyDelayMs > 0
            || closeAfterMessageBytes >= 0;
    }
};
