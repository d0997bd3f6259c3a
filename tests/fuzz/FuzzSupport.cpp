#include "FuzzSupport.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cstdio>
#include <cstring>

namespace Fuzz {

std::string show(const QByteArray& bytes)
{
    static const char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char ch : bytes) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c == '\\' || c == '"') {
            out += '\\';
            out += char(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += char(c);
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out + '"';
}

std::string show(const QString& text)
{
    std::string out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\\' || u == '"') {
            out += '\\';
            out += char(u);
        } else if (u >= 0x20 && u < 0x7f) {
            out += char(u);
        } else {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(u));
            out += buffer;
        }
    }
    return out + '"';
}

QString textFrom(const uint8_t* data, size_t size, bool asUtf16)
{
    if (asUtf16) {
        std::u16string units(size / 2, u'\0');
        std::memcpy(units.data(), data, units.size() * 2); // data may be unaligned
        return QString::fromUtf16(units.data(), qsizetype(units.size()));
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

QString decodeUtf8(const QByteArray& bytes, bool* ok)
{
    QStringDecoder utf8(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = utf8.decode(bytes);
    *ok = !utf8.hasError();
    return text;
}

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

const QRegularExpression& encodedWordPattern()
{
    // RFC 2047 §2: encoded-word = "=?" charset "?" encoding "?" encoded-text "?="; encoded-text
    // has no "?" and no whitespace.
    static const QRegularExpression pattern(QStringLiteral("=\\?[Uu][Tt][Ff]-8\\?[BbQq]\\?[!-~]*?\\?="));
    return pattern;
}

} // namespace

bool decodeEncodedWord(const QByteArray& word, QByteArray* octets)
{
    if (word.size() < 12 || !word.startsWith("=?") || !word.endsWith("?=") || word.toUpper().mid(2, 6) != "UTF-8?")
        return false;
    const char encoding = char(word.at(8) & ~0x20);
    if (word.at(9) != '?' || (encoding != 'B' && encoding != 'Q'))
        return false;
    const QByteArray text = word.mid(10, word.size() - 12);
    for (const char c : text) {
        if (c <= ' ' || c > '~' || c == '?')
            return false;
    }
    if (encoding == 'B') {
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || text.size() % 4 != 0)
            return false;
        *octets = *decoded;
        return true;
    }
    // RFC 2047 §4.2: "_" is a space, "=XX" an octet.
    QByteArray out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == '_') {
            out += ' ';
        } else if (text.at(i) == '=') {
            if (i + 2 >= text.size() || hexDigit(text.at(i + 1)) < 0 || hexDigit(text.at(i + 2)) < 0)
                return false;
            out += char(hexDigit(text.at(i + 1)) * 16 + hexDigit(text.at(i + 2)));
            i += 2;
        } else {
            out += text.at(i);
        }
    }
    *octets = out;
    return true;
}

std::string headerFieldProblem(const QByteArray& field, const QByteArray& name, bool asciiOnly)
{
    if (!field.startsWith(name + ':'))
        return "does not start with " + show(name + ':');
    if (!field.endsWith("\r\n"))
        return "does not end with CRLF";
    if (field.contains('\0'))
        return "contains NUL";
    if (asciiOnly) {
        for (const char c : field) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return "contains a non-ASCII octet";
        }
    }
    const QList<QByteArray> lines = field.chopped(2).split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return "bare LF after line " + std::to_string(i + 1);
            line.chop(1);
        }
        if (line.contains('\r'))
            return "bare CR in line " + std::to_string(i + 1);
        if (line.size() > 998)
            return "line " + std::to_string(i + 1) + " has " + std::to_string(line.size())
                + " octets (RFC 5322 §2.1.1: 998)";
        if (i > 0) {
            if (!line.startsWith(' ') && !line.startsWith('\t'))
                return "continuation line " + std::to_string(i + 1) + " does not start with WSP";
            if (line.trimmed().isEmpty())
                return "continuation line " + std::to_string(i + 1) + " is whitespace only";
        }
        // Addresses may legally contain "=?...?=" (atext); what is inside <> is not an encoded-word.
        static const QRegularExpression angleAddr(QStringLiteral("<[^>]*>"));
        QString outside = QString::fromLatin1(line);
        outside.replace(angleAddr, QStringLiteral("<>"));
        bool holdsWord = false;
        auto it = encodedWordPattern().globalMatch(outside);
        while (it.hasNext()) {
            const QString word = it.next().captured();
            holdsWord = true;
            if (word.size() > 75)
                return "encoded-word of " + std::to_string(word.size())
                    + " characters (RFC 2047 §2: 75): " + show(word);
        }
        if (holdsWord && line.size() > 76)
            return "line " + std::to_string(i + 1) + " with an encoded-word has " + std::to_string(line.size())
                + " characters (RFC 2047 §2: 76)";
    }
    return std::string();
}

QByteArray unfoldedBody(const QByteArray& field, const QByteArray& name)
{
    QByteArray body = field.mid(name.size() + 1);
    if (body.endsWith("\r\n"))
        body.chop(2);
    body.replace("\r\n", "");
    return body;
}

bool decodeUnstructured(const QByteArray& body, QString* text, std::string* problem)
{
    QByteArray rest = body;
    if (rest.startsWith(' '))
        rest.remove(0, 1);
    // Alternating whitespace and words; a word that is exactly one encoded-word is decoded.
    QString out;
    QByteArray pendingSpace;
    bool lastWasEncoded = false;
    int i = 0;
    while (i < rest.size()) {
        int start = i;
        while (i < rest.size() && (rest.at(i) == ' ' || rest.at(i) == '\t'))
            ++i;
        const QByteArray space = rest.mid(start, i - start);
        start = i;
        while (i < rest.size() && rest.at(i) != ' ' && rest.at(i) != '\t')
            ++i;
        const QByteArray word = rest.mid(start, i - start);
        if (word.isEmpty()) {
            out += QString::fromLatin1(space); // trailing whitespace
            break;
        }
        QByteArray octets;
        const bool encoded = word.startsWith("=?") && decodeEncodedWord(word, &octets);
        if (word.startsWith("=?") && word.endsWith("?=") && !encoded) {
            *problem = "malformed encoded-word " + show(word);
            return false;
        }
        if (!(encoded && lastWasEncoded))
            out += QString::fromLatin1(space);
        if (encoded) {
            bool ok = false;
            const QString decoded = decodeUtf8(octets, &ok);
            if (!ok) {
                *problem = "encoded-word " + show(word) + " is not UTF-8 on its own";
                return false;
            }
            out += decoded;
        } else {
            out += QString::fromUtf8(word);
        }
        lastWasEncoded = encoded;
    }
    *text = out;
    return true;
}

} // namespace Fuzz
