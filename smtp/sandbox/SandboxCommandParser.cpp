// Command-line syntax of RFC 5321 §4.1, strictly: a strict receiver is the point of a sandbox,
// since it shows a client's mistakes before a real server does.

#include "SandboxCommandParser.h"

#include <QHostAddress>
#include <QString>

namespace {

using Verb = SandboxClientCommand::Verb;

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHigh(char c)
{
    return static_cast<unsigned char>(c) >= 0x80;
}

// atext, RFC 5322 §3.2.3; with SMTPUTF8 also UTF8-non-ascii (RFC 6531 §3.3).
bool isAtext(char c, bool allowUtf8)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    if (allowUtf8 && isHigh(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '/':
    case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}': case '~':
        return true;
    default:
        return false;
    }
}

bool isValidUtf8(const QByteArray& s)
{
    return QString::fromUtf8(s).toUtf8() == s;
}

// Dot-string = Atom *("." Atom), RFC 5321 §4.1.2.
bool isDotString(const QByteArray& s, bool allowUtf8)
{
    if (s.isEmpty() || s.startsWith('.') || s.endsWith('.') || s.contains(".."))
        return false;
    for (char c : s) {
        if (c != '.' && !isAtext(c, allowUtf8))
            return false;
    }
    return true;
}

// Quoted-string = DQUOTE *QcontentSMTP DQUOTE, RFC 5321 §4.1.2 (UTF-8 allowed by RFC 6531 §3.3).
bool isQuotedString(const QByteArray& s, bool allowUtf8)
{
    if (s.size() < 2 || !s.startsWith('"') || !s.endsWith('"'))
        return false;
    for (int i = 1; i < s.size() - 1; ++i) {
        const unsigned char c = static_cast<unsigned char>(s.at(i));
        if (c == '\\') {
            if (i + 1 >= s.size() - 1)
                return false;
            const unsigned char n = static_cast<unsigned char>(s.at(++i));
            if (n < 32 || n > 126)
                return false;
            continue;
        }
        if (c >= 0x80 && allowUtf8)
            continue;
        // qtextSMTP = %d32-33 / %d35-91 / %d93-126
        if (c < 32 || c > 126 || c == '"')
            return false;
    }
    return true;
}

SandboxClientCommand syntaxError(Verb verb, int code, const char* enhanced, const char* text)
{
    SandboxClientCommand c;
    c.verb = verb;
    c.errorCode = code;
    c.errorEnhanced = enhanced;
    c.errorText = text;
    return c;
}

// Splits "<path> params..." of MAIL/RCPT. `rest` starts right after "FROM:" or "TO:".
SandboxClientCommand parsePathCommand(Verb verb, const QByteArray& rest)
{
    const char* usage = verb == Verb::Mail ? "Syntax: MAIL FROM:<address> [parameters] (RFC 5321 §4.1.1.2)"
                                            : "Syntax: RCPT TO:<address> [parameters] (RFC 5321 §4.1.1.3)";
    // No space between the colon and the path (RFC 5321 §4.1.2 grammar, §3.3).
    if (!rest.startsWith('<'))
        return syntaxError(verb, 501, "5.5.4", usage);
    // The path ends at the first '>' outside a quoted local part.
    int end = -1;
    bool quoted = false;
    for (int i = 1; i < rest.size(); ++i) {
        const char c = rest.at(i);
        if (quoted && c == '\\') {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (c == '>' && !quoted) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return syntaxError(verb, 501, "5.5.4", usage);

    SandboxClientCommand cmd;
    cmd.verb = verb;
    QByteArray inner = rest.mid(1, end - 1);
    const QByteArray tail = rest.mid(end + 1);

    // Parameters: SP esmtp-param *(SP esmtp-param).
    if (!tail.isEmpty()) {
        if (!tail.startsWith(' '))
            return syntaxError(verb, 501, "5.5.4", usage);
        const QList<QByteArray> params = tail.mid(1).split(' ');
        for (const QByteArray& p : params) {
            const int eq = p.indexOf('=');
            const QByteArray keyword = eq < 0 ? p : p.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : p.mid(eq + 1);
            if (!SandboxCommandParser::isEsmtpKeyword(keyword) || (eq >= 0 && !SandboxCommandParser::isEsmtpValue(value)))
                return syntaxError(verb, 501, "5.5.4", "Syntax error in parameters (RFC 5321 §4.1.2 esmtp-param)");
            cmd.parameters.append({keyword.toUpper(), value});
        }
    }

    bool smtpUtf8 = false;
    if (verb == Verb::Mail)
        cmd.parameter("SMTPUTF8", &smtpUtf8);
    // RCPT does not know whether MAIL had SMTPUTF8: accept UTF-8 here and let the session check
    // cmd.nonAscii against its transaction (RFC 6531 §3.4).
    const bool allowUtf8 = verb == Verb::Rcpt || smtpUtf8;
    for (char c : inner) {
        if (isHigh(c)) {
            cmd.nonAscii = true;
            break;
        }
    }
    if (cmd.nonAscii && !isValidUtf8(inner))
        return syntaxError(verb, 501, "5.6.7", "Address is not valid UTF-8 (RFC 6531 §3.3)");

    if (inner.isEmpty()) {
        if (verb == Verb::Rcpt)
            return syntaxError(verb, 501, "5.1.3", "A recipient needs an address; <> is only a reverse path (RFC 5321 §4.1.1.3)");
        cmd.nullPath = true;
        return cmd;
    }
    // RFC 5321 §4.1.1.3: RCPT TO:<Postmaster> without a domain must be accepted.
    if (verb == Verb::Rcpt && inner.compare("postmaster", Qt::CaseInsensitive) == 0) {
        cmd.postmaster = true;
        cmd.path = inner;
        return cmd;
    }
    // Source route "@a,@b:" (RFC 5321 §4.1.2 A-d-l): checked, then ignored (Appendix C).
    if (inner.startsWith('@')) {
        const int colon = inner.indexOf(':');
        if (colon < 0)
            return syntaxError(verb, 501, "5.1.3", "Bad source route (RFC 5321 §4.1.2)");
        const QList<QByteArray> hops = inner.left(colon).split(',');
        for (const QByteArray& hop : hops) {
            if (!hop.startsWith('@') || !SandboxCommandParser::isDomain(hop.mid(1), allowUtf8))
                return syntaxError(verb, 501, "5.1.3", "Bad source route (RFC 5321 §4.1.2)");
        }
        inner = inner.mid(colon + 1);
    }
    // RFC 5321 §4.5.3.1.3: a path is at most 256 octets including the angle brackets.
    if (inner.size() + 2 > 256)
        return syntaxError(verb, 501, "5.1.3", "Path too long (RFC 5321 §4.5.3.1.3: 256 octets)");
    if (!SandboxCommandParser::isMailbox(inner, allowUtf8)) {
        if (cmd.nonAscii && !allowUtf8)
            return syntaxError(verb, 553, "5.6.7", "Non-ASCII address needs the SMTPUTF8 parameter (RFC 6531 §3.4)");
        return syntaxError(verb, 501, "5.1.3", verb == Verb::Mail ? "Bad sender address syntax (RFC 5321 §4.1.2)"
                                                                    : "Bad recipient address syntax (RFC 5321 §4.1.2)");
    }
    cmd.path = inner;
    return cmd;
}

bool isBase64OrEquals(const QByteArray& s)
{
    if (s == "=")
        return true;
    if (s.isEmpty() || s.size() % 4 != 0)
        return false;
    int pad = 0;
    for (int i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (c == '=') {
            ++pad;
            continue;
        }
        if (pad > 0)
            return false; // data after padding
        if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/'))
            return false;
    }
    return pad <= 2;
}

} // namespace

bool SandboxCommandParser::isDomain(const QByteArray& s, bool allowUtf8)
{
    // RFC 5321 §4.5.3.1.2: a domain is at most 255 octets.
    if (s.isEmpty() || s.size() > 255)
        return false;
    const QList<QByteArray> labels = s.split('.');
    for (const QByteArray& label : labels) {
        // sub-domain = Let-dig [Ldh-str]; U-labels with SMTPUTF8 (RFC 6531 §3.3). Underscores
        // are tolerated: real host names (containers, Windows) carry them.
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (char c : label) {
            if (isAlpha(c) || isDigit(c) || c == '-' || c == '_' || (allowUtf8 && isHigh(c)))
                continue;
            return false;
        }
    }
    return !allowUtf8 || isValidUtf8(s);
}

bool SandboxCommandParser::isAddressLiteral(const QByteArray& s)
{
    // address-literal = "[" ( IPv4 / "IPv6:" IPv6 / General-address-literal ) "]", RFC 5321 §4.1.3.
    if (s.size() < 3 || !s.startsWith('[') || !s.endsWith(']'))
        return false;
    const QByteArray inner = s.mid(1, s.size() - 2);
    if (inner.startsWith("IPv6:") || inner.startsWith("ipv6:")) {
        QHostAddress a;
        return a.setAddress(QString::fromLatin1(inner.mid(5))) && a.protocol() == QAbstractSocket::IPv6Protocol;
    }
    const int colon = inner.indexOf(':');
    if (colon > 0) {
        // General-address-literal = Standardized-tag ":" 1*dcontent
        const QByteArray tag = inner.left(colon);
        const QByteArray content = inner.mid(colon + 1);
        if (!isEsmtpKeyword(tag) || content.isEmpty())
            return false;
        for (char c : content) {
            const unsigned char u = static_cast<unsigned char>(c);
            if (u < 33 || u > 126 || c == '[' || c == ']' || c == '\\')
                return false;
        }
        return true;
    }
    // IPv4-address-literal = Snum 3("." Snum)
    const QList<QByteArray> parts = inner.split('.');
    if (parts.size() != 4)
        return false;
    for (const QByteArray& p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (char c : p) {
            if (!isDigit(c))
                return false;
        }
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

bool SandboxCommandParser::isMailbox(const QByteArray& s, bool allowUtf8)
{
    const int at = s.lastIndexOf('@');
    if (at <= 0 || at == s.size() - 1)
        return false;
    const QByteArray local = s.left(at);
    const QByteArray domain = s.mid(at + 1);
    // RFC 5321 §4.5.3.1.1: a local part is at most 64 octets.
    if (local.size() > 64)
        return false;
    if (!isDotString(local, allowUtf8) && !isQuotedString(local, allowUtf8))
        return false;
    if (domain.startsWith('['))
        return isAddressLiteral(domain);
    return isDomain(domain, allowUtf8);
}

bool SandboxCommandParser::isEsmtpKeyword(const QByteArray& s)
{
    // esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-"), RFC 5321 §4.1.2
    if (s.isEmpty() || !(isAlpha(s.at(0)) || isDigit(s.at(0))))
        return false;
    for (char c : s) {
        if (!(isAlpha(c) || isDigit(c) || c == '-'))
            return false;
    }
    return true;
}

bool SandboxCommandParser::isEsmtpValue(const QByteArray& s)
{
    // esmtp-value = 1*(%d33-60 / %d62-126), plus UTF-8 (RFC 6531 §3.3)
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            continue;
        if (u < 33 || u > 126 || c == '=')
            return false;
    }
    return true;
}

bool SandboxCommandParser::isXtext(const QByteArray& s)
{
    // xtext = *( xchar / hexchar ), hexchar = "+" 2HEXUPPER (RFC 3461 §4)
    for (int i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s.at(i));
        if (c == '+') {
            if (i + 2 >= s.size())
                return false;
            for (int k = 1; k <= 2; ++k) {
                const char h = s.at(i + k);
                if (!(isDigit(h) || (h >= 'A' && h <= 'F')))
                    return false;
            }
            i += 2;
            continue;
        }
        if (c < 33 || c > 126 || c == '=')
            return false;
    }
    return true;
}

SandboxClientCommand SandboxCommandParser::parse(const QByteArray& line)
{
    if (line.isEmpty())
        return syntaxError(Verb::Unknown, 500, "5.5.2", "Syntax error, command unrecognized (empty line)");
    for (char c : line) {
        // A command line is text: no NUL, no stray CR or LF inside (RFC 5321 §2.3.8, §4.1.1).
        if (c == '\0' || c == '\r' || c == '\n')
            return syntaxError(Verb::Unknown, 500, "5.5.2", "Syntax error: control character in command line");
    }
    const int space = line.indexOf(' ');
    const QByteArray word = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
    const bool hasArg = space >= 0;

    auto noArgs = [&](Verb verb, const char* usage) {
        if (hasArg)
            return syntaxError(verb, 501, "5.5.4", usage);
        SandboxClientCommand c;
        c.verb = verb;
        return c;
    };

    if (word == "EHLO" || word == "HELO") {
        const Verb verb = word == "EHLO" ? Verb::Ehlo : Verb::Helo;
        const char* usage = verb == Verb::Ehlo ? "Syntax: EHLO domain-or-address-literal (RFC 5321 §4.1.1.1)"
                                               : "Syntax: HELO domain (RFC 5321 §4.1.1.1)";
        if (!hasArg || rest.isEmpty() || rest.contains(' '))
            return syntaxError(verb, 501, "5.5.4", usage);
        const bool literal = rest.startsWith('[');
        if (literal ? !isAddressLiteral(rest) : !isDomain(rest, true))
            return syntaxError(verb, 501, "5.5.4", usage);
        SandboxClientCommand c;
        c.verb = verb;
        c.domain = rest;
        return c;
    }
    if (word == "MAIL") {
        if (!rest.toUpper().startsWith("FROM:"))
            return syntaxError(Verb::Mail, 501, "5.5.4", "Syntax: MAIL FROM:<address> [parameters] (RFC 5321 §4.1.1.2)");
        return parsePathCommand(Verb::Mail, rest.mid(5));
    }
    if (word == "RCPT") {
        if (!rest.toUpper().startsWith("TO:"))
            return syntaxError(Verb::Rcpt, 501, "5.5.4", "Syntax: RCPT TO:<address> [parameters] (RFC 5321 §4.1.1.3)");
        return parsePathCommand(Verb::Rcpt, rest.mid(3));
    }
    if (word == "DATA")
        return noArgs(Verb::Data, "Syntax: DATA (no arguments, RFC 5321 §4.1.1.4)");
    if (word == "BDAT") {
        // bdat-cmd = "BDAT" SP chunk-size [ SP end-marker ] CR LF, RFC 3030 §2
        const char* usage = "Syntax: BDAT chunk-size [LAST] (RFC 3030 §2)";
        const QList<QByteArray> parts = rest.split(' ');
        if (!hasArg || parts.isEmpty() || parts.size() > 2)
            return syntaxError(Verb::Bdat, 501, "5.5.4", usage);
        const QByteArray& size = parts.at(0);
        // 18 digits keep the value inside qint64.
        if (size.isEmpty() || size.size() > 18)
            return syntaxError(Verb::Bdat, 501, "5.5.4", usage);
        for (char c : size) {
            if (!isDigit(c))
                return syntaxError(Verb::Bdat, 501, "5.5.4", usage);
        }
        SandboxClientCommand c;
        c.verb = Verb::Bdat;
        c.chunkSize = size.toLongLong();
        if (parts.size() == 2) {
            if (parts.at(1).toUpper() != "LAST")
                return syntaxError(Verb::Bdat, 501, "5.5.4", usage);
            c.last = true;
        }
        return c;
    }
    if (word == "AUTH") {
        // AUTH mechanism [initial-response], RFC 4954 §4; mechanism names per RFC 4422 §3.1.
        const char* usage = "Syntax: AUTH mechanism [initial-response] (RFC 4954 §4)";
        const QList<QByteArray> parts = rest.split(' ');
        if (!hasArg || parts.isEmpty() || parts.size() > 2 || parts.at(0).isEmpty() || parts.at(0).size() > 20)
            return syntaxError(Verb::Auth, 501, "5.5.4", usage);
        SandboxClientCommand c;
        c.verb = Verb::Auth;
        c.mechanism = parts.at(0).toUpper();
        for (char ch : c.mechanism) {
            if (!((ch >= 'A' && ch <= 'Z') || isDigit(ch) || ch == '-' || ch == '_'))
                return syntaxError(Verb::Auth, 501, "5.5.4", usage);
        }
        if (parts.size() == 2) {
            if (!isBase64OrEquals(parts.at(1)))
                return syntaxError(Verb::Auth, 501, "5.5.2", "Initial response is not base64 (RFC 4954 §4)");
            c.hasInitialResponse = true;
            c.initialResponse = parts.at(1);
        }
        return c;
    }
    if (word == "STARTTLS")
        return noArgs(Verb::StartTls, "Syntax: STARTTLS (no arguments, RFC 3207 §4)");
    if (word == "RSET")
        return noArgs(Verb::Rset, "Syntax: RSET (no arguments, RFC 5321 §4.1.1.5)");
    if (word == "QUIT")
        return noArgs(Verb::Quit, "Syntax: QUIT (no arguments, RFC 5321 §4.1.1.10)");
    if (word == "NOOP" || word == "HELP" || word == "VRFY" || word == "EXPN") {
        SandboxClientCommand c;
        c.verb = word == "NOOP" ? Verb::Noop : word == "HELP" ? Verb::Help : word == "VRFY" ? Verb::Vrfy : Verb::Expn;
        c.argument = rest;
        if ((c.verb == Verb::Vrfy || c.verb == Verb::Expn) && rest.isEmpty())
            return syntaxError(c.verb, 501, "5.5.4", "Syntax: VRFY/EXPN string (RFC 5321 §4.1.1.6)");
        return c;
    }
    return syntaxError(Verb::Unknown, 502, "5.5.2", "Command not recognized");
}
