#pragma once
// Server side of RFC 5321 §4.5.2 transparency: turns the bytes after DATA's 354 back into the
// message by removing the dot a client put before every line that starts with ".", and finds the
// end of data, CRLF "." CRLF. Streaming: any split of the input gives the same output, and it
// never holds more than the three bytes of a possible terminator.
//
// Only a "." line that follows a CRLF ends the data. "LF . LF", "CR . CR" and "LF . CRLF" are
// message content (and make SandboxLineChecker flag a bare LF or CR): treating them as the end is
// what made SMTP smuggling possible (CVE-2023-51764 and friends).

#include <QByteArray>

class SandboxDotDecoder
{
public:
    // Decodes up to `size` bytes, appending message bytes to *out. Returns how many input bytes
    // were consumed: all of them, or fewer when the terminator ended inside them (the rest belongs
    // to the next command, e.g. a pipelined QUIT).
    qsizetype decode(const char* data, qsizetype size, QByteArray* out);
    bool finished() const { return m_finished; }
    void reset();

private:
    enum class Position { LineStart, Dot, DotCr, InLine };
    Position m_position = Position::LineStart;
    bool m_lastWasCr = false; // in InLine: the last byte given out was CR
    bool m_finished = false;
};
