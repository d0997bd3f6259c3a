#include "SandboxDotDecoder.h"

#include <cstring>

void SandboxDotDecoder::reset()
{
    m_position = Position::LineStart;
    m_lastWasCr = false;
    m_finished = false;
}

qsizetype SandboxDotDecoder::decode(const char* data, qsizetype size, QByteArray* out)
{
    qsizetype i = 0;
    while (i < size && !m_finished) {
        switch (m_position) {
        case Position::LineStart:
            // The message data begins at a line start, and so does every line after a CRLF.
            if (data[i] == '.') {
                m_position = Position::Dot;
                ++i;
            } else {
                m_position = Position::InLine;
                m_lastWasCr = false;
            }
            break;
        case Position::Dot:
            if (data[i] == '\r') {
                m_position = Position::DotCr;
                ++i;
            } else {
                // RFC 5321 §4.5.2: a line that starts with a period and has more characters
                // loses that first period.
                m_position = Position::InLine;
                m_lastWasCr = false;
            }
            break;
        case Position::DotCr:
            if (data[i] == '\n') {
                // RFC 5321 §4.1.1.4: CRLF "." CRLF ends the data; the first CRLF belongs to
                // the message and was given out already.
                m_finished = true;
                ++i;
            } else {
                // "." CR then something else: a stuffed line that begins with a bare CR.
                out->append('\r');
                m_position = Position::InLine;
                m_lastWasCr = true;
            }
            break;
        case Position::InLine: {
            const void* hit = std::memchr(data + i, '\n', size_t(size - i));
            if (!hit) {
                out->append(data + i, size - i);
                m_lastWasCr = data[size - 1] == '\r';
                i = size;
                break;
            }
            const qsizetype lf = static_cast<const char*>(hit) - data;
            const bool crlf = lf > i ? data[lf - 1] == '\r' : m_lastWasCr;
            out->append(data + i, lf + 1 - i);
            i = lf + 1;
            // After a bare LF the next line is not a line start for the terminator or for
            // un-stuffing: only CRLF ends a line (RFC 5321 §2.3.8).
            m_position = crlf ? Position::LineStart : Position::InLine;
            m_lastWasCr = false;
            break;
        }
        }
    }
    return i;
}
