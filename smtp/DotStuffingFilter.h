#pragma once
// Turns message bytes into the DATA stream (RFC 5321 §4.5.2, §2.3.8): line ends normalised to
// CRLF (a bare CR or bare LF becomes CRLF), a "." at the start of any line doubled — the first
// line and lines split across block borders included — and the end written as exactly CRLF.CRLF.
// Fed block by block; keeps two bits of state between blocks, never the message.

#include <QByteArray>

class DotStuffingFilter
{
public:
    // Converts one block. Bytes that depend on the next block (a trailing CR) are held back.
    QByteArray process(const QByteArray& block);
    // The held-back bytes, a CRLF if the message did not end with one, and ".CRLF".
    QByteArray finish();
    // For BDAT (RFC 3030 §2: no dot-stuffing): only line ends are normalised.
    void setDotStuffing(bool enabled) { m_stuff = enabled; }

private:
    bool m_atLineStart = true;
    bool m_pendingCr = false;
    bool m_stuff = true;
};
