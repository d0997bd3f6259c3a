#pragma once
// Watches a message's bytes go by and remembers what a strict receiver refuses: lines longer
// than 998 octets before the CRLF (RFC 5322 §2.1.1, RFC 5321 §4.5.3.1.6) and CR or LF that are
// not part of a CRLF pair (RFC 5321 §2.3.8). Streaming; constant memory.

#include <QtGlobal>

class SandboxLineChecker
{
public:
    static constexpr qint64 MaxLineLength = 998;

    void feed(const char* data, qsizetype size);
    // Call once after the last byte: accounts for a last line without CRLF (possible with BDAT).
    void finish();
    void reset();

    qint64 longestLine() const { return m_longest; }
    bool hasLongLine() const { return m_longest > MaxLineLength; }
    bool hasBareLf() const { return m_bareLf; }
    bool hasBareCr() const { return m_bareCr; }

private:
    qint64 m_lineLength = 0; // octets of the current line so far, a trailing CR included
    qint64 m_longest = 0;
    bool m_lastWasCr = false;
    bool m_bareLf = false;
    bool m_bareCr = false;
};
