#include "HeaderFolder.h"

HeaderFolder::HeaderFolder(const QByteArray& fieldName)
    : m_out(fieldName + ':')
    , m_column(int(m_out.size()))
{
}

int HeaderFolder::roomOnLine(bool encodedWord, int separatorLength) const
{
    const int limit = (encodedWord || m_lineHasEncodedWord) ? EncodedWordLineLength : PreferredLineLength;
    return limit - m_column - separatorLength;
}

void HeaderFolder::append(const QByteArray& token, bool encodedWord, const QByteArray& separator)
{
    Q_ASSERT(!separator.isEmpty());
    if (int(token.size()) > roomOnLine(encodedWord, int(separator.size()))) {
        // RFC 5322 §2.2.3: fold by inserting CRLF before existing whitespace.
        m_out += "\r\n";
        m_column = 0;
        m_lineHasEncodedWord = false;
    }
    m_out += separator;
    m_out += token;
    m_column += int(separator.size() + token.size());
    m_lineHasEncodedWord = m_lineHasEncodedWord || encodedWord;
    Q_ASSERT(m_column <= MaxLineLength);
}
