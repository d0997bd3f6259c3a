#include "DotStuffingFilter.h"

#include <algorithm>
#include <cstring>

QByteArray DotStuffingFilter::process(const QByteArray& block)
{
    // Hot path of every upload: copy runs of ordinary bytes in one go and stop only at CR, LF
    // and a "." that starts a line.
    QByteArray out(block.size() + block.size() / 32 + 8, Qt::Uninitialized);
    char* o = out.data();
    const char* p = block.constData();
    const char* const end = p + block.size();
    auto ensure = [&](qsizetype extra) {
        const qsizetype used = o - out.data();
        if (used + extra > out.size()) {
            out.resize(std::max<qsizetype>(out.size() * 2, used + extra));
            o = out.data() + used;
        }
    };
    while (p < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            ensure(2);
            *o++ = '\r';
            *o++ = '\n';
            m_atLineStart = true;
            if (*p == '\n') {
                ++p; // the CR's own LF
                continue;
            }
        }
        if (m_atLineStart && *p == '.' && m_stuff) {
            // RFC 5321 §4.5.2: "Before sending a line of mail text, the SMTP client checks the
            // first character of the line. If it is a period, one additional period is inserted."
            ensure(1);
            *o++ = '.';
        }
        // The run up to the next line end.
        const char* stop = p;
        while (stop < end && *stop != '\r' && *stop != '\n')
            ++stop;
        const qsizetype run = stop - p;
        if (run > 0) {
            ensure(run);
            std::memcpy(o, p, size_t(run));
            o += run;
            m_atLineStart = false;
            p = stop;
        }
        if (p == end)
            break;
        if (*p == '\r') {
            m_pendingCr = true; // decided by the next byte, possibly in the next block
        } else {
            ensure(2); // bare LF
            *o++ = '\r';
            *o++ = '\n';
            m_atLineStart = true;
        }
        ++p;
    }
    out.truncate(o - out.data());
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
