// Fuzz target "headerencoding": the RFC 2047 / RFC 2231 encoders of HeaderEncoding on arbitrary
// text. Every field they build must keep the wire rules (lines <= 998 octets, RFC 5322 §2.1.1;
// encoded-words <= 75 characters and their lines <= 76, RFC 2047 §2; no CR or LF but the folds;
// ASCII only) and must decode, with an independent decoder, back to the sanitized text.

#include "FuzzCheck.h"
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "HeaderEncoding.h"

#include <cctype>

namespace {

using Fuzz::headerFieldProblem;
using Fuzz::show;
using Fuzz::unfoldedBody;

bool isUnwanted(char16_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029;
}

void checkSanitized(const QString& text, const QString& clean)
{
    FUZZ_CHECK(clean.size() == text.size(), show(text) + " -> " + show(clean));
    for (int i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        FUZZ_CHECK(!isUnwanted(c.unicode()), show(clean));
        if (c.isHighSurrogate())
            FUZZ_CHECK(i + 1 < clean.size() && clean.at(++i).isLowSurrogate(), "unpaired surrogate in " + show(clean));
        else
            FUZZ_CHECK(!c.isLowSurrogate(), "unpaired surrogate in " + show(clean));
    }
    FUZZ_CHECK(HeaderEncoding::sanitized(clean) == clean, "sanitized() is not idempotent on " + show(clean));
}

void checkEncodedWords(const QString& clean, int firstMax, int max)
{
    const QList<QByteArray> words = HeaderEncoding::encodedWords(clean, firstMax, max);
    FUZZ_CHECK(!words.isEmpty(), show(clean));
    QByteArray all;
    for (int i = 0; i < words.size(); ++i) {
        const QByteArray& word = words.at(i);
        QByteArray octets;
        FUZZ_CHECK(Fuzz::decodeEncodedWord(word, &octets), "malformed " + show(word));
        FUZZ_CHECK(word.size() <= max, show(word) + " is longer than " + std::to_string(max) + " for " + show(clean));
        // Split between characters only: each word decodes alone (RFC 2047 §5(3), §6.3).
        bool ok = false;
        (void)Fuzz::decodeUtf8(octets, &ok);
        FUZZ_CHECK(ok, show(word) + " splits a character of " + show(clean));
        FUZZ_CHECK(!octets.isEmpty() || (words.size() == 1 && clean.isEmpty()), "empty word " + show(word));
        all += octets;
    }
    FUZZ_CHECK(all == clean.toUtf8(), show(clean) + " encodes to " + show(words.join(' ')));
}

// "attr=token", "attr=\"quoted\"", "attr*=utf-8''%XX" or "attr*0*=utf-8''..." "attr*1*=...": the
// parameter value as a reader (RFC 2045 §5.1, RFC 2231 §3-4) gets it back.
bool decodeParameter(const QByteArray& body, const QByteArray& attribute, QString* value, std::string* problem)
{
    // Tokens separated by ";" and whitespace; quoted strings never contain ";" unescaped here,
    // but they may contain spaces.
    QList<QByteArray> params;
    QByteArray current;
    bool quoted = false;
    for (int i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (quoted) {
            current += c;
            if (c == '\\' && i + 1 < body.size())
                current += body.at(++i);
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
            current += c;
        } else if (c == ';') {
            params.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    params.append(current.trimmed());
    if (params.size() < 2) {
        *problem = "no parameter";
        return false;
    }
    params.removeFirst(); // the value, e.g. "attachment"
    QByteArray octets;
    for (int n = 0; n < params.size(); ++n) {
        const QByteArray& p = params.at(n);
        const int eq = p.indexOf('=');
        if (eq < 0) {
            *problem = "parameter without '=': " + show(p);
            return false;
        }
        const QByteArray name = p.left(eq);
        const QByteArray v = p.mid(eq + 1);
        if (name == attribute && params.size() == 1) {
            if (v.startsWith('"')) {
                if (v.size() < 2 || !v.endsWith('"')) {
                    *problem = "bad quoted-string " + show(v);
                    return false;
                }
                QByteArray out;
                for (int i = 1; i + 1 < v.size(); ++i) {
                    if (v.at(i) == '\\')
                        ++i;
                    out += v.at(i);
                }
                *value = QString::fromLatin1(out);
            } else {
                *value = QString::fromLatin1(v);
            }
            return true;
        }
        QByteArray encoded;
        if (name == attribute + '*' && params.size() == 1) {
            encoded = v;
        } else if (name == attribute + '*' + QByteArray::number(n) + '*') {
            encoded = v;
        } else {
            *problem = "unexpected parameter " + show(name) + " at " + std::to_string(n);
            return false;
        }
        if (n == 0) {
            if (!encoded.startsWith("utf-8''")) {
                *problem = "no charset in " + show(encoded);
                return false;
            }
            encoded = encoded.mid(7);
        }
        for (int i = 0; i < encoded.size(); ++i) {
            const char c = encoded.at(i);
            if (c == '%' && i + 2 < encoded.size() && isxdigit(uchar(encoded.at(i + 1)))
                && isxdigit(uchar(encoded.at(i + 2)))) {
                i += 2;
                continue;
            }
            // RFC 2231 §7 attribute-char: no SPACE, CTLs, "*", "'", "%" or tspecials literally.
            if (c <= ' ' || c >= 0x7f || QByteArrayView("*'%()<>@,;:\\\"/[]?=").contains(c)) {
                *problem = "character not allowed in " + show(encoded);
                return false;
            }
        }
        octets += QByteArray::fromPercentEncoding(encoded);
    }
    bool ok = false;
    *value = Fuzz::decodeUtf8(octets, &ok);
    if (!ok) {
        *problem = "not UTF-8: " + show(octets);
        return false;
    }
    return true;
}

// name="=?UTF-8?B?...?= =?UTF-8?B?...?=" or name="plain": the value old readers find.
bool decodeLegacyParameter(const QByteArray& body, const QByteArray& attribute, QString* value, std::string* problem)
{
    const int start = body.indexOf(attribute + "=\"");
    if (start < 0 || !body.endsWith('"')) {
        *problem = "no " + show(attribute + "=\"...\"");
        return false;
    }
    const QByteArray inner = body.mid(start + attribute.size() + 2).chopped(1);
    if (!inner.startsWith("=?")) {
        QByteArray out;
        for (int i = 0; i < inner.size(); ++i) {
            if (inner.at(i) == '\\')
                ++i;
            if (i < inner.size())
                out += inner.at(i);
        }
        *value = QString::fromLatin1(out);
        return true;
    }
    QByteArray octets;
    for (const QByteArray& word : inner.split(' ')) {
        if (word.isEmpty())
            continue;
        QByteArray part;
        if (!Fuzz::decodeEncodedWord(word, &part)) {
            *problem = "malformed word " + show(word);
            return false;
        }
        octets += part;
    }
    bool ok = false;
    *value = Fuzz::decodeUtf8(octets, &ok);
    if (!ok)
        *problem = "not UTF-8: " + show(octets);
    return ok;
}

// What a reader of a phrase (RFC 5322 §3.2.5) shows: atoms and quoted strings with one space
// between, encoded-words decoded, no space between two adjacent encoded-words (RFC 2047 §6.2).
bool decodePhrase(const QByteArray& phrase, QString* name, std::string* problem)
{
    QString out;
    bool lastEncoded = false;
    bool first = true;
    int i = 0;
    while (i < phrase.size()) {
        if (phrase.at(i) == ' ') {
            ++i;
            continue;
        }
        QString word;
        bool encoded = false;
        if (phrase.at(i) == '"') {
            QByteArray q;
            ++i;
            while (i < phrase.size() && phrase.at(i) != '"') {
                if (phrase.at(i) == '\\')
                    ++i;
                if (i < phrase.size())
                    q += phrase.at(i++);
            }
            if (i >= phrase.size()) {
                *problem = "unterminated quoted-string in " + show(phrase);
                return false;
            }
            ++i;
            word = QString::fromLatin1(q);
        } else {
            const int start = i;
            while (i < phrase.size() && phrase.at(i) != ' ')
                ++i;
            const QByteArray token = phrase.mid(start, i - start);
            QByteArray octets;
            if (token.startsWith("=?")) {
                if (!Fuzz::decodeEncodedWord(token, &octets)) {
                    *problem = "malformed word " + show(token);
                    return false;
                }
                bool ok = false;
                word = Fuzz::decodeUtf8(octets, &ok);
                if (!ok) {
                    *problem = show(token) + " is not UTF-8 on its own";
                    return false;
                }
                encoded = true;
            } else {
                word = QString::fromLatin1(token);
            }
        }
        if (!first && !(encoded && lastEncoded))
            out += QLatin1Char(' ');
        out += word;
        lastEncoded = encoded;
        first = false;
    }
    *name = out;
    return true;
}

// A display name (phrase) before an address.
void checkPhrase(const QString& text, const QString& clean)
{
    const QList<MailAddress> mailboxes { MailAddress { text, QStringLiteral("user@example.org") },
        MailAddress { QStringLiteral("Bob"), QStringLiteral("bob@example.org") } };
    const QByteArray field = HeaderEncoding::mailboxListField("To", mailboxes);
    const std::string problem = headerFieldProblem(field, "To", true);
    FUZZ_CHECK(problem.empty(), problem + " in " + show(field));
    const QByteArray body = unfoldedBody(field, "To");
    if (clean.simplified().isEmpty()) {
        FUZZ_CHECK(body == " user@example.org, Bob <bob@example.org>", show(field));
        return;
    }
    const int angle = body.indexOf("<user@example.org>,");
    FUZZ_CHECK(angle >= 0 && body.endsWith(" Bob <bob@example.org>"), show(field));
    QString name;
    std::string decodeProblem;
    FUZZ_CHECK(decodePhrase(body.left(angle), &name, &decodeProblem), decodeProblem + " in " + show(field));
    FUZZ_CHECK(name == clean.simplified(), show(text) + " decodes as " + show(name) + " from " + show(field));
}

} // namespace

void Fuzz::headerEncoding(const uint8_t* data, size_t size)
{
    if (size < 2)
        return;
    // Byte 0: how to read the text; byte 1: the word lengths to ask for.
    const QString text = textFrom(data + 2, size - 2, data[0] & 1);
    const QString clean = HeaderEncoding::sanitized(text);
    checkSanitized(text, clean);

    // The whole documented range of encodedWords(): maxLength in [20, 75], any firstMaxLength.
    const int max = 20 + data[1] % 56;
    const int firstMax = data[0] >> 1;
    checkEncodedWords(clean, firstMax, max);
    checkEncodedWords(clean, HeaderEncoding::MaxEncodedWordLength, HeaderEncoding::MaxEncodedWordLength);

    // Unstructured (Subject): the words come back exactly, spacing included, minus the spaces
    // at both ends.
    {
        const QByteArray field = HeaderEncoding::unstructuredField("Subject", text);
        const std::string problem = headerFieldProblem(field, "Subject", true);
        FUZZ_CHECK(problem.empty(), problem + " in " + show(field));
        QString decoded;
        std::string decodeProblem;
        FUZZ_CHECK(decodeUnstructured(unfoldedBody(field, "Subject"), &decoded, &decodeProblem),
            decodeProblem + " in " + show(field));
        QString expected = clean;
        while (expected.startsWith(QLatin1Char(' ')))
            expected.remove(0, 1);
        while (expected.endsWith(QLatin1Char(' ')))
            expected.chop(1);
        FUZZ_CHECK(decoded == expected, show(text) + " decodes as " + show(decoded) + " from " + show(field));
    }

    checkPhrase(text, clean);

    // RFC 2231 file name parameter, and the legacy RFC 2047 one.
    {
        const QByteArray field = HeaderEncoding::parameterizedField(
            "Content-Disposition", "attachment", HeaderEncoding::parameter("filename", text));
        const std::string problem = headerFieldProblem(field, "Content-Disposition", true);
        FUZZ_CHECK(problem.empty(), problem + " in " + show(field));
        QString value;
        std::string decodeProblem;
        FUZZ_CHECK(decodeParameter(unfoldedBody(field, "Content-Disposition"), "filename", &value, &decodeProblem),
            decodeProblem + " in " + show(field));
        FUZZ_CHECK(value == clean, show(text) + " decodes as " + show(value) + " from " + show(field));
    }
    {
        const QByteArray field = HeaderEncoding::parameterizedField(
            "Content-Type", "application/octet-stream", { HeaderEncoding::legacyParameter("name", text) });
        const std::string problem = headerFieldProblem(field, "Content-Type", true);
        FUZZ_CHECK(problem.empty(), problem + " in " + show(field));
        QString value;
        std::string decodeProblem;
        FUZZ_CHECK(decodeLegacyParameter(unfoldedBody(field, "Content-Type"), "name", &value, &decodeProblem),
            decodeProblem + " in " + show(field));
        FUZZ_CHECK(value == clean, show(text) + " decodes as " + show(value) + " from " + show(field));
    }
}
