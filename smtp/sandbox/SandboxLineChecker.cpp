#include "SandboxLineChecker.h"

#include <algorithm>
#include <cstring>

void SandboxLineChecker::reset()
{
    *this = SandboxLineChecker();
}

void SandboxLineChecker::feed(const char* p, qsizetype n)
{
    if (n <= 0)
        return;
    // A CR that ended the previous piece must be followed by LF.
    if (m_lastWasCr && p[0] != '\n')
        m_bareCr = true;
    qsizetype i = 0;
    while (i < n) {
        const void* hit = std::memchr(p + i, '\n', size_t(n - i));
        const qsizetype end = hit ? static_cast<const char*>(hit) - p : n; // the LF, or the end
        // Every CR in [i, end) must sit right before an LF; one in the last byte is decided by
        // the next piece (m_lastWasCr).
        const char* from = p + i;
        while (const void* cr = std::memchr(from, '\r', size_t(p + end - from))) {
            const qsizetype c = static_cast<const char*>(cr) - p;
            if (c + 1 < n && p[c + 1] != '\n')
                m_bareCr = true;
            from = p + c + 1;
        }
        m_lineLength += end - i;
        if (!hit)
            break;
        const bool crlf = end > 0 ? p[end - 1] == '\r' : m_lastWasCr;
        if (!crlf)
            m_bareLf = true;
        m_longest = std::max(m_longest, m_lineLength - (crlf ? 1 : 0));
        m_lineLength = 0;
        i = end + 1;
    }
    m_lastWasCr = p[n - 1] == '\r';
}

void SandboxLineChecker::finish()
{
    if (m_lastWasCr)
        m_bareCr = true;
    m_longest = std::max(m_longest, m_lineLength - (m_lastWasCr ? 1 : 0));
    m_lineLength = 0;
    m_lastWasCr = false;
}
