#include "SmtpReplyParser.h"

#include <QStringDecoder>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 3463 §2: status-code = class "." subject "." detail, class 2/4/5, subject and detail 1-3
// digits. Returns the length of the code at the start of `text`, or 0.
int enhancedCodeLength(const QByteArray& text)
{
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return 0;
    int i = 2;
    for (int part = 0; part < 2; ++part) {
        const int start = i;
        while (i < text.size() && isDigit(text[i]) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= text.size() || text[i] != '.')
                return 0;
            ++i;
        }
    }
    if (i < text.size() && text[i] != ' ')
        return 0;
    return i;
}

} // namespace

void SmtpReplyParser::reset()
{
    m_buffer.clear();
    m_partial = SmtpReply();
    m_replies.clear();
    m_error.clear();
}

bool SmtpReplyParser::feed(const QByteArray& bytes)
{
    if (hasError())
        return false;
    m_buffer.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        // RFC 5321 §2.3.8 says CRLF; accept a bare LF too, as lenient clients do.
        qsizetype end = nl;
        if (end > start && m_buffer[end - 1] == '\r')
            --end;
        if (end - start > MaxLineLength) {
            m_error = QStringLiteral("reply line longer than %1 bytes").arg(MaxLineLength);
            m_buffer.clear();
            return false;
        }
        if (!parseLine(m_buffer.mid(start, end - start))) {
            m_buffer.clear();
            return false;
        }
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    // The rest may already hold the CR of a line whose LF is still on the way; it does not count,
    // as above (a line of exactly MaxLineLength split between CR and LF was refused; tests/fuzz).
    if (m_buffer.size() - (m_buffer.endsWith('\r') ? 1 : 0) > MaxLineLength) {
        m_error = QStringLiteral("reply line longer than %1 bytes").arg(MaxLineLength);
        m_buffer.clear();
        return false;
    }
    return true;
}

bool SmtpReplyParser::parseLine(const QByteArray& line)
{
    // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '2'
        || line[0] > '5' || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        m_error = QStringLiteral("malformed reply line: %1").arg(decodeText(line.left(80)));
        return false;
    }
    const int code = line.left(3).toInt();
    const bool more = line.size() > 3 && line[3] == '-';
    if (!m_partial.lines.isEmpty() && code != m_partial.code) {
        m_error = QStringLiteral("reply code changed inside a multi-line reply (%1 then %2)")
                      .arg(m_partial.code)
                      .arg(code);
        return false;
    }
    if (m_partial.lines.size() >= MaxLinesPerReply) {
        m_error = QStringLiteral("multi-line reply longer than %1 lines").arg(MaxLinesPerReply);
        return false;
    }
    m_partial.code = code;
    QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
    // RFC 2034 §4: the enhanced code prefixes the text of every line of the reply.
    if (const int len = enhancedCodeLength(text); len > 0 && text[0] == line[0]) {
        if (m_partial.enhancedCode.isEmpty())
            m_partial.enhancedCode = QString::fromLatin1(text.left(len));
        text = text.mid(len + 1);
    }
    m_partial.lines.append(decodeText(text));
    if (!more) {
        m_replies.append(m_partial);
        m_partial = SmtpReply();
    }
    return true;
}

QString SmtpReplyParser::decodeText(const QByteArray& raw)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(raw);
    if (!utf8.hasError())
        return text;
    // QQ Mail sends some error texts in GBK; GB18030 is its superset.
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        text = gb.decode(raw);
        if (!gb.hasError())
            return text;
    }
    return QString::fromLatin1(raw);
}
