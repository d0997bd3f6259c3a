#include "MailtoParser.h"

#include <QStringDecoder>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 6068 §2 and RFC 3986 §2.1: %XX octets, then the octets are UTF-8 (RFC 6068 §5).
// A '%' not followed by two hex digits is kept as it is: hand-written links such as
// "?subject=50% off" are common, and keeping the character loses nothing.
// '+' stays a plus sign (RFC 6068 §5: it is not a space in mailto URIs; addresses use it).
bool percentDecode(const QByteArray& in, QString* out)
{
    QByteArray bytes;
    bytes.reserve(in.size());
    for (int i = 0; i < in.size(); ++i) {
        if (in.at(i) == '%' && i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 && hexValue(in.at(i + 2)) >= 0) {
            bytes.append(char(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2))));
            i += 2;
        } else {
            bytes.append(in.at(i));
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return false;
    *out = text;
    return true;
}

// Characters that would end a header line or smuggle one in: C0 controls (CR, LF, NUL, ...),
// DEL, and the Unicode line breaks that some editors turn into CR LF.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029;
}

bool hasControl(const QString& s)
{
    for (QChar c : s) {
        if (isControl(c))
            return true;
    }
    return false;
}

// A header value must stay on one line: every control character becomes a space, and a CR LF
// pair one space, so "a%0D%0Ab" reads "a b" instead of starting a forged header.
QString oneLine(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (QChar& c : s) {
        if (isControl(c))
            c = QLatin1Char(' ');
    }
    return s;
}

// RFC 6068 §2: line breaks in the body are %0D%0A; lone CR or LF appear in the wild and mean the
// same. The composer works with "\n". Other C0 controls (NUL, ESC, ...) have no place in text.
QString bodyText(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f)
            continue;
        out.append(c);
    }
    return out;
}

// RFC 6068 §2: "to" is a comma-separated list of addr-spec. A comma inside a quoted local part
// ("Doe, John"@example.org) does not separate addresses, whether it arrived raw or as %2C.
QStringList splitAddresses(const QString& list)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    bool escaped = false;
    for (QChar c : list) {
        if (escaped) {
            escaped = false;
        } else if (quoted && c == QLatin1Char('\\')) {
            escaped = true;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            parts.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    parts.append(current);
    return parts;
}

} // namespace

bool MailtoParser::parse(const QString& uri, Result* out, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };

    const QString trimmed = uri.trimmed();
    // RFC 3986 §3.1: scheme names are case-insensitive.
    if (!trimmed.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return fail(tr("This is not a mailto: link."));

    // Non-ASCII characters typed into a link (an IRI, RFC 6068 §6.3) are encoded to UTF-8 so
    // they decode exactly like their %XX form.
    QByteArray rest = trimmed.mid(7).toUtf8();
    // RFC 6068 §2: '#' must be percent-encoded; a raw one starts a fragment, which has no meaning.
    const int hash = rest.indexOf('#');
    if (hash >= 0)
        rest.truncate(hash);

    const int question = rest.indexOf('?');
    const QByteArray path = question >= 0 ? rest.left(question) : rest;
    const QByteArray query = question >= 0 ? rest.mid(question + 1) : QByteArray();

    Result result;
    bool haveSubject = false;
    bool haveBody = false;

    const auto addAddresses = [&](const QByteArray& encoded, QStringList* list, const QString& field) {
        QString decoded;
        if (!percentDecode(encoded, &decoded))
            return fail(tr("The \"%1\" part of the link is not valid UTF-8.").arg(field));
        for (const QString& part : splitAddresses(decoded)) {
            // A CR or LF here would end the To/Cc/Bcc header early and add whatever follows as
            // a header of its own (RFC 6068 §7); reject instead of guessing what was meant.
            // Checked before trimming, which would quietly drop a trailing CR LF.
            if (hasControl(part))
                return fail(tr("The address \"%1\" in the link contains a line break or another control character.")
                                .arg(oneLine(part).simplified()));
            const QString address = part.trimmed();
            if (!address.isEmpty())
                list->append(address);
        }
        return true;
    };

    if (!addAddresses(path, &result.to, QStringLiteral("to")))
        return false;

    if (!query.isEmpty()) {
        for (const QByteArray& hfield : query.split('&')) {
            if (hfield.isEmpty())
                continue;
            const int eq = hfield.indexOf('=');
            const QByteArray encodedName = eq >= 0 ? hfield.left(eq) : hfield;
            const QByteArray encodedValue = eq >= 0 ? hfield.mid(eq + 1) : QByteArray();
            QString name;
            if (!percentDecode(encodedName, &name))
                continue; // an unreadable name cannot be one we know
            // RFC 6068 §2: hfnames are case-insensitive (they are header field names, RFC 5322 §1.2.2).
            name = name.toLower();

            if (name == QLatin1String("to")) {
                if (!addAddresses(encodedValue, &result.to, name))
                    return false;
            } else if (name == QLatin1String("cc")) {
                if (!addAddresses(encodedValue, &result.cc, name))
                    return false;
            } else if (name == QLatin1String("bcc")) {
                if (!addAddresses(encodedValue, &result.bcc, name))
                    return false;
            } else if (name == QLatin1String("subject") || name == QLatin1String("body")) {
                QString value;
                if (!percentDecode(encodedValue, &value))
                    return fail(tr("The \"%1\" part of the link is not valid UTF-8.").arg(name));
                // A link with two subjects is either a mistake or a trick; the first one is what a
                // person reading the link from the left sees first.
                if (name == QLatin1String("subject") && !haveSubject) {
                    result.subject = oneLine(value);
                    haveSubject = true;
                } else if (name == QLatin1String("body") && !haveBody) {
                    result.body = bodyText(value);
                    haveBody = true;
                }
            } else {
                // RFC 6068 §3: a header field from a link can forge From, Sender, Reply-To,
                // Content-Type and so on. Only the fields above are safe and useful; the rest
                // (including harmless ones such as In-Reply-To and Keywords) are dropped.
                const QString shown = oneLine(name);
                if (!result.ignoredFields.contains(shown))
                    result.ignoredFields.append(shown);
            }
        }
    }

    if (out)
        *out = result;
    return true;
}
