#include "HeaderEncoding.h"

#include <QUrl>

namespace HeaderEncoding {

namespace {

// "=?UTF-8?B?" + "?=" (RFC 2047 §2 encoded-word = "=?" charset "?" encoding "?" text "?=").
constexpr int EncodedWordOverhead = 12;
// Smallest word that holds any one character: overhead + B of a 4-byte UTF-8 sequence.
constexpr int MinEncodedWordLength = EncodedWordOverhead + 8;
// A token that goes on a continuation line by itself: " " + token must stay within 78.
constexpr int MaxTokenLength = HeaderFolder::PreferredLineLength - 1;
// Parameters are followed by ";" : " " + token + ";" within 78.
constexpr int MaxParameterLength = HeaderFolder::PreferredLineLength - 2;

bool isQSafe(uchar c)
{
    // RFC 2047 §5(3): in a phrase a Q-encoded word may only contain these literally.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '*'
        || c == '+' || c == '-' || c == '/';
}

int qLength(const QByteArray& bytes)
{
    int n = 0;
    for (char c : bytes)
        n += (isQSafe(uchar(c)) || c == ' ') ? 1 : 3;
    return n;
}

int bLength(int octets)
{
    return 4 * ((octets + 2) / 3);
}

QByteArray qEncode(const QByteArray& bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const uchar c = uchar(ch);
        if (c == ' ') {
            out += '_'; // RFC 2047 §4.2(2)
        } else if (isQSafe(c)) {
            out += char(c);
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

bool isPrintableAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

// RFC 2045 §5.1 token: any printable ASCII except SPACE and tspecials.
bool isToken(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u <= 0x20 || u >= 0x7F || QByteArrayView("()<>@,;:\\\"/[]?=").contains(char(u)))
            return false;
    }
    return true;
}

QByteArray quotedString(const QString& text)
{
    // RFC 5322 §3.2.4: only DQUOTE and backslash need a quoted-pair.
    QByteArray out = "\"";
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        out += char(c.unicode());
    }
    out += '"';
    return out;
}

// The text split into its characters (code points), each as UTF-8.
QList<QByteArray> utf8Characters(const QString& text)
{
    QList<QByteArray> out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const int length = (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        out.append(text.mid(i, length).toUtf8());
        i += length - 1;
    }
    return out;
}

// Whitespace runs longer than this go inside encoded-words: folded on their own they would make
// over-long lines, and a fold cannot split them without leaving a whitespace-only line.
constexpr int MaxLiteralWhitespace = 8;

// RFC 5322 §3.2.3 atom that no reader will mistake for an encoded-word.
bool isAtom(const QString& word)
{
    if (word.isEmpty() || word.size() > MaxTokenLength || word.contains(QLatin1String("=?")))
        return false;
    for (QChar c : word) {
        const ushort u = c.unicode();
        const bool atext = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || (u < 0x80 && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(u)));
        if (!atext)
            return false;
    }
    return true;
}

// A word that cannot go on the wire as it is: non-ASCII, mistakable for an encoded-word, or too
// long to fit on a continuation line after its whitespace.
bool needsEncodedWord(const QString& word, const QString& separator)
{
    return !isPrintableAscii(word) || word.contains(QLatin1String("=?"))
        || separator.size() + word.size() > HeaderFolder::PreferredLineLength;
}

void appendEncodedWords(HeaderFolder& folder, const QString& text, const QByteArray& separator)
{
    int first = qMin(MaxEncodedWordLength, folder.roomOnLine(true, int(separator.size())));
    if (first < MinEncodedWordLength) // not worth it: start on the next line
        first = qMin(MaxEncodedWordLength, HeaderFolder::EncodedWordLineLength - int(separator.size()));
    QList<QByteArray> words = encodedWords(text, first, MaxEncodedWordLength);
    // A first word too small for its first character comes out at full length and goes to the
    // next line, where it must still fit after the separator (RFC 2047 §2: 76 per line; a run of
    // spaces made that line 78 long, found by tests/fuzz).
    if (words.first().size() > first) {
        const int onNextLine = qMin(MaxEncodedWordLength, HeaderFolder::EncodedWordLineLength - int(separator.size()));
        words = encodedWords(text, onNextLine, MaxEncodedWordLength);
    }
    for (int i = 0; i < words.size(); ++i)
        folder.append(words.at(i), true, i == 0 ? separator : QByteArray(" "));
}

} // namespace

QString sanitized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 || u == 0x2029) {
            out += QLatin1Char(' ');
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

QList<QByteArray> encodedWords(const QString& text, int firstMaxLength, int maxLength)
{
    Q_ASSERT(maxLength >= MinEncodedWordLength && maxLength <= MaxEncodedWordLength);
    maxLength = qBound(MinEncodedWordLength, maxLength, MaxEncodedWordLength);
    const QByteArray utf8 = text.toUtf8();
    // Q keeps mostly-ASCII text readable; B is shorter for everything else (RFC 2047 §4). One
    // character takes up to 12 characters in Q but only 8 in B, so below 24 only B keeps every
    // word within maxLength (found by tests/fuzz; the callers ask for 72 and 75).
    const bool useQ = maxLength >= EncodedWordOverhead + 12 && qLength(utf8) <= bLength(int(utf8.size()));
    const QByteArray prefix = useQ ? "=?UTF-8?Q?" : "=?UTF-8?B?";

    QList<QByteArray> words;
    QByteArray pending;
    int pendingLength = 0; // encoded length of pending
    int limit = qMin(firstMaxLength, maxLength) - EncodedWordOverhead;
    const auto flush = [&]() {
        words.append(prefix + (useQ ? qEncode(pending) : pending.toBase64()) + "?=");
        pending.clear();
        pendingLength = 0;
        limit = maxLength - EncodedWordOverhead;
    };
    for (const QByteArray& character : utf8Characters(text)) {
        const int grown = useQ ? pendingLength + qLength(character) : bLength(int(pending.size() + character.size()));
        if (grown > limit) {
            if (!pending.isEmpty())
                flush();
            else
                limit = maxLength - EncodedWordOverhead; // first word too small for even one character
        }
        pending += character;
        pendingLength = useQ ? pendingLength + qLength(character) : bLength(int(pending.size()));
    }
    if (!pending.isEmpty() || words.isEmpty())
        flush();
    return words;
}

void appendUnstructured(HeaderFolder& folder, const QString& text)
{
    const QString clean = sanitized(text);
    // Words with the whitespace before each; a fold goes into that whitespace, so unfolding
    // (RFC 5322 §2.2.3) gives back exactly the original spacing.
    QStringList words;
    QStringList separators;
    int i = 0;
    while (i < clean.size() && clean.at(i) == QLatin1Char(' '))
        ++i;
    while (i < clean.size()) {
        int start = i;
        while (i < clean.size() && clean.at(i) == QLatin1Char(' '))
            ++i;
        const QString separator = words.isEmpty() ? QStringLiteral(" ") : clean.mid(start, i - start);
        start = i;
        while (i < clean.size() && clean.at(i) != QLatin1Char(' '))
            ++i;
        if (i > start) {
            words.append(clean.mid(start, i - start));
            separators.append(separator);
        }
    }

    QList<bool> encode;
    for (int w = 0; w < words.size(); ++w) {
        const bool longWhitespace = separators.at(w).size() > MaxLiteralWhitespace
            || (w + 1 < words.size() && separators.at(w + 1).size() > MaxLiteralWhitespace);
        encode.append(longWhitespace || needsEncodedWord(words.at(w), separators.at(w)));
    }
    // A first word too long for the rest of the "Name:" line would fold at once and leave the
    // name alone on its line; Python's email package (3.11) then reads the text with a leading
    // space. Encoded-words can begin on that line instead (RFC 2047 §2, split to fit).
    if (!words.isEmpty() && !encode.at(0) && words.at(0).size() > folder.roomOnLine(false, 1))
        encode[0] = true;
    for (int w = 0; w < words.size();) {
        if (!encode.at(w)) {
            folder.append(words.at(w).toLatin1(), false, separators.at(w).toLatin1());
            ++w;
            continue;
        }
        // RFC 2047 §6.2: whitespace between adjacent encoded-words is not displayed, so a run of
        // words needing encoding is encoded together, spaces included.
        QString run = words.at(w);
        int next = w + 1;
        while (next < words.size() && encode.at(next)) {
            run += separators.at(next) + words.at(next);
            ++next;
        }
        appendEncodedWords(folder, run, separators.at(w).toLatin1());
        w = next;
    }
}

void appendPhrase(HeaderFolder& folder, const QString& displayName)
{
    const QString name = sanitized(displayName).simplified();
    if (name.isEmpty())
        return;
    const QStringList words = name.split(QLatin1Char(' '));
    bool allAtoms = true;
    bool wordsFit = true;
    for (const QString& word : words) {
        allAtoms = allAtoms && isAtom(word);
        wordsFit = wordsFit && word.size() + 3 <= MaxTokenLength; // room for quotes and one escape
    }
    if (isPrintableAscii(name) && !name.contains(QLatin1String("=?")) && wordsFit) {
        if (allAtoms) {
            for (const QString& word : words)
                folder.append(word.toLatin1());
            return;
        }
        const QByteArray whole = quotedString(name);
        if (whole.size() <= MaxTokenLength) {
            folder.append(whole);
            return;
        }
        // RFC 5322 §3.2.4: a quoted-string may contain FWS, so a long one folds at its spaces.
        for (int i = 0; i < words.size(); ++i) {
            QByteArray token = quotedString(words.at(i));
            if (i > 0)
                token.remove(0, 1);
            if (i + 1 < words.size())
                token.chop(1);
            folder.append(token);
        }
        return;
    }

    // RFC 2047 §5(3) encoded-words. RFC 2047 §6.2 says readers drop the whitespace between two
    // adjacent encoded-words, but in a phrase some keep it (Python's email package before
    // gh-128110 shows "王五 (市场 部)"), so adjacent words are the last resort: a name that fits
    // one encoded-word gets one, and ASCII atoms in a longer name stay atoms.
    if (encodedWords(name).size() == 1) {
        folder.append(encodedWords(name).first(), true);
        return;
    }
    for (int w = 0; w < words.size();) {
        if (isAtom(words.at(w))) {
            folder.append(words.at(w).toLatin1());
            ++w;
            continue;
        }
        QString run = words.at(w);
        int next = w + 1;
        while (next < words.size() && !isAtom(words.at(next)))
            run += QLatin1Char(' ') + words.at(next++);
        const QList<QByteArray> single = encodedWords(run);
        if (single.size() == 1)
            folder.append(single.first(), true);
        else
            appendEncodedWords(folder, run, " ");
        w = next;
    }
}

QByteArray addressForHeader(const QString& addrSpec)
{
    const int at = addrSpec.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return sanitized(addrSpec).toUtf8();
    const QString domain = sanitized(addrSpec.mid(at + 1));
    QByteArray wireDomain = domain.startsWith(QLatin1Char('[')) ? domain.toUtf8() : QUrl::toAce(domain);
    if (wireDomain.isEmpty())
        wireDomain = domain.toUtf8();
    return sanitized(addrSpec.left(at)).toUtf8() + '@' + wireDomain;
}

QByteArray unstructuredField(const QByteArray& name, const QString& value)
{
    HeaderFolder folder(name);
    appendUnstructured(folder, value);
    return folder.result();
}

QByteArray mailboxListField(const QByteArray& name, const QList<MailAddress>& mailboxes)
{
    HeaderFolder folder(name);
    for (int i = 0; i < mailboxes.size(); ++i) {
        const MailAddress& mailbox = mailboxes.at(i);
        const QByteArray separator = i + 1 < mailboxes.size() ? "," : "";
        const QByteArray address = addressForHeader(mailbox.address);
        if (sanitized(mailbox.name).trimmed().isEmpty()) {
            folder.append(address + separator);
        } else {
            appendPhrase(folder, mailbox.name);
            folder.append('<' + address + '>' + separator);
        }
    }
    return folder.result();
}

QByteArray messageIdListField(const QByteArray& name, const QStringList& messageIds)
{
    HeaderFolder folder(name);
    for (const QString& id : messageIds)
        folder.append('<' + sanitized(id).toUtf8() + '>');
    return folder.result();
}

QByteArray parameterizedField(const QByteArray& name, const QByteArray& value, const QList<HeaderParameter>& parameters)
{
    HeaderFolder folder(name);
    folder.append(parameters.isEmpty() ? value : value + ';');
    for (int p = 0; p < parameters.size(); ++p) {
        const HeaderParameter& parameter = parameters.at(p);
        for (int t = 0; t < parameter.tokens.size(); ++t) {
            const bool needsSemicolon = t + 1 == parameter.tokens.size() && p + 1 < parameters.size();
            folder.append(needsSemicolon ? parameter.tokens.at(t) + ';' : parameter.tokens.at(t), parameter.encodedWords);
        }
    }
    return folder.result();
}

QList<HeaderParameter> parameter(const QByteArray& attribute, const QString& value)
{
    const QString clean = sanitized(value);
    // "'", "*" and "%" are token characters (RFC 2045 §5.1) but RFC 2231 gives them meaning, and
    // readers stumble on them bare (Python's email drops filename=a'b and filename=a*b): quoted.
    const bool rfc2231Special = clean.contains(QLatin1Char('\'')) || clean.contains(QLatin1Char('*'))
        || clean.contains(QLatin1Char('%'));
    if (isToken(clean) && !rfc2231Special && attribute.size() + 1 + clean.size() <= MaxParameterLength)
        return {HeaderParameter{{attribute + '=' + clean.toLatin1()}, false}};
    // A quoted "=?...?=" would be decoded as an RFC 2047 word by the many readers that decode
    // them in file names (and would break the 76-character line limit that applies to lines
    // holding one): such a name goes out RFC 2231-encoded, where "=" and "?" are %XX.
    if (isPrintableAscii(clean) && !clean.contains(QLatin1String("=?"))) {
        const QByteArray quoted = attribute + '=' + quotedString(clean);
        if (quoted.size() <= MaxParameterLength)
            return {HeaderParameter{{quoted}, false}};
    }

    // RFC 2231 §4: attribute*=charset'language'percent-encoded-octets. attribute-char excludes
    // SPACE, "*", "'", "%" and tspecials; everything else is %XX.
    QList<QByteArray> pieces;
    for (const QByteArray& character : utf8Characters(clean)) {
        QByteArray piece;
        for (char ch : character) {
            const uchar c = uchar(ch);
            const bool literal = c > 0x20 && c < 0x7F && !QByteArrayView("*'%()<>@,;:\\\"/[]?=").contains(char(c));
            piece += literal ? QByteArray(1, char(c)) : '%' + QByteArray(1, char(c)).toHex().toUpper();
        }
        pieces.append(piece);
    }
    const QByteArray charset = "utf-8''";
    const QByteArray single = attribute + "*=" + charset + pieces.join();
    if (single.size() <= MaxParameterLength)
        return {HeaderParameter{{single}, false}};

    // RFC 2231 §3 continuations; a piece never splits a character, so each section decodes alone.
    QList<HeaderParameter> sections;
    QByteArray current = attribute + "*0*=" + charset;
    bool currentHasText = false;
    for (const QByteArray& piece : pieces) {
        if (currentHasText && current.size() + piece.size() > MaxParameterLength) {
            sections.append(HeaderParameter{{current}, false});
            current = attribute + '*' + QByteArray::number(sections.size()) + "*=";
        }
        current += piece;
        currentHasText = true;
    }
    sections.append(HeaderParameter{{current}, false});
    return sections;
}

HeaderParameter legacyParameter(const QByteArray& attribute, const QString& value)
{
    const QString clean = sanitized(value);
    if (isPrintableAscii(clean) && !clean.contains(QLatin1String("=?"))) {
        const QByteArray quoted = attribute + '=' + quotedString(clean);
        if (quoted.size() <= MaxParameterLength)
            return HeaderParameter{{quoted}, false};
    }
    // Lines holding encoded-words stay within 76 (RFC 2047 §2): ` attr="word` + `";` on the
    // first line, ` word` + `";` on the others.
    const int first = HeaderFolder::EncodedWordLineLength - 1 - int(attribute.size()) - 2 - 2;
    const QList<QByteArray> words = encodedWords(clean, first, HeaderFolder::EncodedWordLineLength - 4);
    HeaderParameter result{words, true};
    result.tokens.first().prepend(attribute + "=\"");
    result.tokens.last().append('"');
    return result;
}

} // namespace HeaderEncoding
