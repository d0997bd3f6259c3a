#include "DotStuffingFilter.h"

QByteArray DotStuffingFilter::process(const QByteArray& block)
{
    QByteArray out;
    out.reserve(block.size() + block.size() / 64 + 4);
    for (const char c : block) {
        if (m_pendingCr) {
            m_pendingCr = false;
            out.append("\r\n", 2);
            m_atLineStart = true;
            if (c == '\n')
                continue; // the CR's own LF
        }
        if (c == '\r') {
            m_pendingCr = true;
            continue;
        }
        if (c == '\n') {
            out.append("\r\n", 2); // bare LF
            m_atLineStart = true;
            continue;
        }
        // RFC 5321 §4.5.2: "Before sending a line of mail text, the SMTP client checks the first
        // character of the line. If it is a period, one additional period is inserted."
        if (m_atLineStart && c == '.' && m_stuff)
            out.append('.');
        out.append(c);
        m_atLineStart = false;
    }
    return out;
}

QByteArray DotStuffingFilter::finish()
{
    QByteArray out;
    if (m_pendingCr) {
        m_pendingCr = false;
        out.append("\r\n", 2);
        m_atLineStart = true;
    }
    if (!m_stuff)
        return out;
    // RFC 5321 §4.1.1.4: the mail data ends with "<CRLF>.<CRLF>"; if the body does not end
    // with a line end, one is added so the terminator stands on its own line.
    if (!m_atLineStart)
        out.append("\r\n", 2);
    out.append(".\r\n", 3);
    m_atLineStart = true;
    return out;
}
