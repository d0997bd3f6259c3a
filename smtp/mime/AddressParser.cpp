#include "AddressParser.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace {

// RFC 5321 §4.5.3.1.1 and §4.5.3.1.2.
constexpr int MaxLocalPartOctets = 64;
constexpr int MaxDomainOctets = 255;
// RFC 1035 §2.3.4 (label) and the 253-character presentation form of a 255-octet name.
constexpr int MaxLabelOctets = 63;
constexpr int MaxAceDomainLength = 253;
// Error sentences quote the bad entry; a pasted novel should not become the whole message.
constexpr int MaxQuotedEntryLength = 60;

bool isListSeparator(QChar c)
{
    // "," is RFC 5322's; ";" is what Outlook users type; the full-width forms are what a Chinese
    // input method produces when the user forgets to switch to half-width.
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(0xFF0C) || c == QChar(0xFF1B);
}

bool isSemicolon(QChar c)
{
    return c == QLatin1Char(';') || c == QChar(0xFF1B);
}

// RFC 5322 §3.2.3 atext, ASCII part.
bool isAsciiAtext(ushort c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c));
}

// Control characters never belong in an address; CR and LF would split a header or an SMTP
// command (RFC 5322 §2.2, RFC 5321 §4.1.1), NUL ends C strings in other people's software.
bool isForbiddenControl(QChar c)
{
    const ushort u = c.unicode();
    if (u == '\t')
        return false; // folding whitespace, harmless
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0);
}

// Like QString::trimmed(), but keeps CR, LF and the other controls so that they are reported
// instead of silently dropped at the ends of an entry.
QString trimmedSpaces(const QString& text)
{
    const auto isPlainSpace = [](QChar c) { return c.isSpace() && c != QLatin1Char('\r') && c != QLatin1Char('\n'); };
    int begin = 0;
    int end = int(text.size());
    while (begin < end && isPlainSpace(text.at(begin)))
        ++begin;
    while (end > begin && isPlainSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

QString visibleEntry(const QString& entry)
{
    QString shown;
    for (QChar c : entry) {
        if (c == QLatin1Char('\r'))
            shown += QStringLiteral("\\r");
        else if (c == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (c.unicode() == 0)
            shown += QStringLiteral("\\0");
        else if (isForbiddenControl(c))
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (shown.size() > MaxQuotedEntryLength)
        shown = shown.left(MaxQuotedEntryLength - 1) + QChar(0x2026);
    return shown;
}

// Replaces RFC 5322 §3.2.2 comments by one space, leaving quoted strings alone. Returns false
// with *problem set on unbalanced quotes or parentheses.
bool removeComments(const QString& text, QString* out, QString* problem)
{
    out->clear();
    bool inQuote = false;
    int depth = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuote) {
            out->append(c);
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                out->append(text.at(++i));
            else if (c == QLatin1Char('"'))
                inQuote = false;
        } else if (depth > 0) {
            if (c == QLatin1Char('\\'))
                ++i; // quoted-pair inside a comment
            else if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0)
                out->append(QLatin1Char(' '));
        } else if (c == QLatin1Char('"')) {
            inQuote = true;
            out->append(c);
        } else if (c == QLatin1Char('(')) {
            depth = 1;
        } else if (c == QLatin1Char(')')) {
            *problem = AddressParser::tr("there is a \")\" without a matching \"(\"");
            return false;
        } else {
            out->append(c);
        }
    }
    if (inQuote) {
        *problem = AddressParser::tr("a quotation mark is not closed");
        return false;
    }
    if (depth > 0) {
        *problem = AddressParser::tr("a parenthesis is not closed");
        return false;
    }
    return true;
}

// The display name as a person would read it: quoted strings unquoted, runs of whitespace outside
// quotes collapsed to one space (RFC 5322 §3.2.2 unfolding/§3.2.5 phrase semantics).
QString phraseToName(const QString& phrase)
{
    QString name;
    bool inQuote = false;
    bool pendingSpace = false;
    for (int i = 0; i < phrase.size(); ++i) {
        const QChar c = phrase.at(i);
        if (inQuote) {
            if (c == QLatin1Char('\\') && i + 1 < phrase.size())
                name += phrase.at(++i);
            else if (c == QLatin1Char('"'))
                inQuote = false;
            else
                name += c;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = !name.isEmpty();
            continue;
        }
        if (pendingSpace) {
            name += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (c == QLatin1Char('"'))
            inQuote = true;
        else
            name += c;
    }
    name = name.trimmed();
    // Outlook pastes 'Name' <a@b>; the quotes are not part of anybody's name.
    if (name.size() >= 2 && name.startsWith(QLatin1Char('\'')) && name.endsWith(QLatin1Char('\'')))
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

} // namespace

QString AddressParser::invalidEntrySentence(const QString& entry, const QString& problem)
{
    return tr("\"%1\" is not a valid address: %2").arg(visibleEntry(entry), problem);
}

QString AddressParser::controlCharacterProblem(const QString& text)
{
    for (QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return tr("it contains a line break");
        if (c.unicode() == 0)
            return tr("it contains a NUL character");
        if (isForbiddenControl(c))
            return tr("it contains a control character");
    }
    return {};
}

QList<MailAddress> AddressParser::parseList(const QString& input, QString* error)
{
    if (error)
        error->clear();
    QList<MailAddress> result;
    QString entry;
    bool inQuote = false;
    int commentDepth = 0;
    bool inAngle = false;
    bool inLiteral = false; // RFC 5322 §3.4.1 domain-literal: "[IPv6:2001:db8::1]" has colons
    bool inGroup = false;

    const auto fail = [&](const QString& bad, const QString& problem) {
        if (error)
            *error = invalidEntrySentence(bad, problem);
        result.clear();
        return result;
    };
    // Returns false when the entry is invalid (error already set).
    const auto flush = [&]() {
        const QString raw = trimmedSpaces(entry);
        entry.clear();
        QString bare;
        QString problem = controlCharacterProblem(raw);
        if (!problem.isEmpty()) {
            fail(raw, problem);
            return false;
        }
        if (!removeComments(raw, &bare, &problem)) {
            fail(raw, problem);
            return false;
        }
        if (bare.trimmed().isEmpty())
            return true; // empty entries between separators ("a@b,,c@d", a trailing ",") are typing noise
        MailAddress address;
        if (!parseEntry(raw, &address, &problem)) {
            fail(raw, problem);
            return false;
        }
        result.append(address);
        return true;
    };

    for (int i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (inQuote) {
            entry += c;
            if (c == QLatin1Char('\\') && i + 1 < input.size())
                entry += input.at(++i);
            else if (c == QLatin1Char('"'))
                inQuote = false;
            continue;
        }
        if (commentDepth > 0) {
            entry += c;
            if (c == QLatin1Char('\\') && i + 1 < input.size())
                entry += input.at(++i);
            else if (c == QLatin1Char('('))
                ++commentDepth;
            else if (c == QLatin1Char(')'))
                --commentDepth;
            continue;
        }
        if (inLiteral) {
            inLiteral = c != QLatin1Char(']');
        } else if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('(')) {
            commentDepth = 1;
        } else if (c == QLatin1Char('[')) {
            inLiteral = true;
        } else if (c == QLatin1Char('<')) {
            inAngle = true;
        } else if (c == QLatin1Char('>')) {
            inAngle = false;
        } else if (!inAngle && isListSeparator(c)) {
            if (!flush())
                return result;
            // RFC 5322 §3.4: group = display-name ":" [group-list] ";"
            if (isSemicolon(c))
                inGroup = false;
            continue;
        } else if (!inAngle && c == QLatin1Char(':')) {
            // The text so far names a group; its members follow.
            const QString groupName = trimmedSpaces(entry) + c;
            if (inGroup)
                return fail(groupName, tr("a group cannot contain another group"));
            const QString problem = controlCharacterProblem(groupName);
            if (!problem.isEmpty())
                return fail(groupName, problem);
            entry.clear();
            inGroup = true;
            continue;
        }
        entry += c;
    }
    // An unterminated group at the end is accepted: people paste "mailto:a@b".
    flush();
    return result;
}

bool AddressParser::parseMailbox(const QString& input, MailAddress* out, QString* error)
{
    if (error)
        error->clear();
    const QString trimmed = trimmedSpaces(input);
    QString problem;
    MailAddress address;
    if (trimmed.trimmed().isEmpty() && controlCharacterProblem(trimmed).isEmpty()) {
        if (error)
            *error = tr("The address is empty.");
        return false;
    }
    if (!parseEntry(trimmed, &address, &problem)) {
        if (error)
            *error = invalidEntrySentence(trimmed, problem);
        return false;
    }
    if (out)
        *out = address;
    return true;
}

bool AddressParser::parseEntry(const QString& entry, MailAddress* out, QString* problem)
{
    *problem = controlCharacterProblem(entry);
    if (!problem->isEmpty())
        return false;

    QString text;
    if (!removeComments(entry, &text, problem))
        return false;

    // Find the angle-addr (RFC 5322 §3.4 name-addr) outside quoted strings.
    int open = -1;
    int close = -1;
    bool inQuote = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuote) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inQuote = false;
        } else if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('<')) {
            if (open >= 0) {
                *problem = tr("it contains more than one \"<\"");
                return false;
            }
            open = i;
        } else if (c == QLatin1Char('>')) {
            if (open < 0) {
                *problem = tr("there is a \">\" without a matching \"<\"");
                return false;
            }
            if (close >= 0) {
                *problem = tr("it contains more than one \">\"");
                return false;
            }
            close = i;
        }
    }

    MailAddress result;
    QString addrSpec;
    if (open >= 0) {
        if (close < 0) {
            *problem = tr("the closing \">\" is missing");
            return false;
        }
        if (!text.mid(close + 1).trimmed().isEmpty()) {
            *problem = tr("there is text after the closing \">\"");
            return false;
        }
        const QString phrase = text.left(open);
        // Separators reach here only through parseMailbox(); in a list they split entries.
        bool quoted = false;
        for (int i = 0; i < phrase.size(); ++i) {
            const QChar c = phrase.at(i);
            if (quoted && c == QLatin1Char('\\'))
                ++i; // RFC 5322 §3.2.1 quoted-pair: "\"" does not end the quotes (found by tests/fuzz)
            else if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && isListSeparator(c)) {
                *problem = tr("a name containing \"%1\" must be in quotation marks").arg(c);
                return false;
            }
        }
        result.name = phraseToName(phrase);
        addrSpec = text.mid(open + 1, close - open - 1).trimmed();
        // RFC 5322 §4.4 obs-route: "<@relay1,@relay2:user@host>"; the route is ignored.
        if (addrSpec.startsWith(QLatin1Char('@')) && addrSpec.contains(QLatin1Char(':')))
            addrSpec = addrSpec.mid(addrSpec.indexOf(QLatin1Char(':')) + 1).trimmed();
        if (addrSpec.isEmpty()) {
            *problem = tr("there is no address between \"<\" and \">\"");
            return false;
        }
    } else {
        addrSpec = text.trimmed();
    }

    *problem = addrSpecProblem(addrSpec);
    if (!problem->isEmpty())
        return false;
    result.address = addrSpec;
    *out = result;
    return true;
}

bool AddressParser::isValidAddrSpec(const QString& addrSpec)
{
    return addrSpecProblem(addrSpec).isEmpty();
}

QString AddressParser::addrSpecProblem(const QString& addrSpec)
{
    if (addrSpec.isEmpty())
        return tr("the address is empty");
    QString problem = controlCharacterProblem(addrSpec);
    if (!problem.isEmpty())
        return problem;

    int at = -1;
    if (addrSpec.startsWith(QLatin1Char('"'))) {
        // RFC 5322 §3.2.4 quoted-string local part: "john doe"@example.com
        int i = 1;
        for (; i < addrSpec.size(); ++i) {
            if (addrSpec.at(i) == QLatin1Char('\\'))
                ++i;
            else if (addrSpec.at(i) == QLatin1Char('"'))
                break;
        }
        if (i >= addrSpec.size())
            return tr("a quotation mark is not closed");
        at = i + 1;
        if (at >= addrSpec.size() || addrSpec.at(at) != QLatin1Char('@')) {
            if (addrSpec.indexOf(QLatin1Char('@'), at) < 0)
                return tr("the @ sign is missing");
            return tr("there is text between the closing quotation mark and the @ sign");
        }
    } else {
        at = addrSpec.indexOf(QLatin1Char('@'));
        if (at < 0)
            return tr("the @ sign is missing");
    }
    const QString local = addrSpec.left(at);
    const QString domain = addrSpec.mid(at + 1);
    if (local.isEmpty())
        return tr("the part before the @ sign is missing");
    if (domain.isEmpty())
        return tr("the domain is missing");
    if (domain.contains(QLatin1Char('@')))
        return tr("it contains more than one @ sign");
    problem = localPartProblem(local);
    if (!problem.isEmpty())
        return problem;
    return domainProblem(domain);
}

QString AddressParser::localPartProblem(const QString& local)
{
    if (local.toUtf8().size() > MaxLocalPartOctets)
        return tr("the part before the @ sign is too long (at most %1 bytes)").arg(MaxLocalPartOctets);
    if (local.startsWith(QLatin1Char('"'))) {
        // Already checked for balance; RFC 5322 §3.2.4 qtext excludes nothing else printable.
        if (local.size() < 2 || !local.endsWith(QLatin1Char('"')))
            return tr("a quotation mark is not closed");
        // RFC 5321 §4.1.2: qtextSMTP and quoted-pairSMTP are %d32-126, no TAB; in a header a TAB
        // would be folding whitespace and change the address (found by tests/fuzz).
        if (local.contains(QLatin1Char('\t')))
            return tr("the part before the @ sign contains a tab");
        return {};
    }
    // RFC 5322 §3.2.3 dot-atom; RFC 6532 §3.2 adds UTF8-non-ascii to atext.
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')))
        return tr("the part before the @ sign starts or ends with a dot");
    if (local.contains(QStringLiteral("..")))
        return tr("the part before the @ sign has two dots in a row");
    for (int i = 0; i < local.size(); ++i) {
        const QChar c = local.at(i);
        if (c == QLatin1Char('.'))
            continue;
        if (c.isSpace())
            return tr("the part before the @ sign contains a space");
        if (c.unicode() < 0x80) {
            if (!isAsciiAtext(c.unicode()))
                return tr("the part before the @ sign contains the character \"%1\"").arg(c);
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < local.size() && local.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.category() == QChar::Other_NotAssigned || c.category() == QChar::Other_Format)
            return tr("the part before the @ sign contains an invalid character");
    }
    return {};
}

QString AddressParser::domainProblem(const QString& domain)
{
    if (domain.startsWith(QLatin1Char('['))) {
        // RFC 5321 §4.1.3 address literals: [192.0.2.1] or [IPv6:2001:db8::1].
        if (!domain.endsWith(QLatin1Char(']')))
            return tr("the domain \"%1\" is missing its closing \"]\"").arg(domain);
        const QString inner = domain.mid(1, domain.size() - 2);
        if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
            QHostAddress host;
            if (host.setAddress(inner.mid(5)) && host.protocol() == QAbstractSocket::IPv6Protocol)
                return {};
        } else {
            static const QRegularExpression ipv4(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
            const QRegularExpressionMatch m = ipv4.match(inner);
            bool ok = m.hasMatch();
            for (int g = 1; ok && g <= 4; ++g)
                ok = m.captured(g).toInt() <= 255;
            if (ok)
                return {};
        }
        return tr("the domain \"%1\" is not a valid IP address").arg(domain);
    }

    if (domain.toUtf8().size() > MaxDomainOctets)
        return tr("the domain is too long");
    // IDNA (RFC 3490 §3.1) also separates labels with the ideographic and full-width full stops.
    QString dotted = domain;
    dotted.replace(QChar(0x3002), QLatin1Char('.')).replace(QChar(0xFF0E), QLatin1Char('.')).replace(QChar(0xFF61), QLatin1Char('.'));
    if (dotted.startsWith(QLatin1Char('.')) || dotted.endsWith(QLatin1Char('.')))
        return tr("the domain \"%1\" starts or ends with a dot").arg(domain);
    if (dotted.contains(QStringLiteral("..")))
        return tr("the domain \"%1\" has two dots in a row").arg(domain);
    for (QChar c : dotted) {
        if (c.isSpace())
            return tr("the domain \"%1\" contains a space").arg(domain);
        const ushort u = c.unicode();
        if (u < 0x80 && !(c.isLetterOrNumber() || u == '-' || u == '.'))
            return tr("the domain \"%1\" contains the character \"%2\"").arg(domain, c);
    }
    for (const QString& label : dotted.split(QLatin1Char('.'))) {
        if (label.toUtf8().size() > MaxLabelOctets)
            return tr("a part of the domain \"%1\" is longer than %2 characters").arg(domain).arg(MaxLabelOctets);
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return tr("a part of the domain \"%1\" starts or ends with a hyphen").arg(domain);
    }
    // Unicode labels are checked in the form that goes on the wire (RFC 5891 §4.2).
    const QByteArray ace = QUrl::toAce(dotted);
    if (ace.isEmpty())
        return tr("the domain \"%1\" is not a valid international domain name").arg(domain);
    if (ace.size() > MaxAceDomainLength)
        return tr("the domain is too long");
    for (const QByteArray& label : ace.split('.')) {
        if (label.isEmpty())
            return tr("the domain \"%1\" is not valid").arg(domain);
        if (label.size() > MaxLabelOctets)
            return tr("a part of the domain \"%1\" is longer than %2 characters").arg(domain).arg(MaxLabelOctets);
        if (label.startsWith('-') || label.endsWith('-'))
            return tr("a part of the domain \"%1\" starts or ends with a hyphen").arg(domain);
    }
    return {};
}
