// Fuzz target "sandboxcommandparser": SandboxCommandParser::parse on one command line from a
// hostile client (RFC 5321 §4.1 syntax, §4.1.2 paths, RFC 3030 BDAT, RFC 4954 AUTH). A parsed
// command carries only what its verb allows, syntactically valid; a refused one carries a reply
// that can go on the wire; a MAIL or RCPT rebuilt from the parsed parts parses the same again.

#include "FuzzCheck.h"
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "SandboxCommandParser.h"

#include <QRegularExpression>

namespace {

using Fuzz::show;
using Verb = SandboxClientCommand::Verb;

bool hasLineBreak(const QByteArray& s)
{
    return s.contains('\r') || s.contains('\n') || s.contains('\0');
}

void checkRefusal(const SandboxClientCommand& c, const QByteArray& line)
{
    static const QRegularExpression enhanced(QStringLiteral("^[245]\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    FUZZ_CHECK(
        c.errorCode == 500 || c.errorCode == 501 || c.errorCode == 502 || c.errorCode == 553 || c.errorCode == 555,
        std::to_string(c.errorCode) + " for " + show(line));
    FUZZ_CHECK(enhanced.match(QString::fromLatin1(c.errorEnhanced)).hasMatch()
            && c.errorEnhanced.at(0) == char('0' + c.errorCode / 100),
        show(c.errorEnhanced) + " for " + show(line));
    FUZZ_CHECK(!c.errorText.isEmpty() && !hasLineBreak(c.errorText), show(c.errorText));
}

void checkPath(const SandboxClientCommand& c, const QByteArray& line)
{
    if (c.nullPath) {
        FUZZ_CHECK(c.verb == Verb::Mail && c.path.isEmpty(), show(line));
    } else if (c.postmaster) {
        FUZZ_CHECK(c.verb == Verb::Rcpt && c.path.compare("postmaster", Qt::CaseInsensitive) == 0, show(line));
    } else {
        FUZZ_CHECK(SandboxCommandParser::isMailbox(c.path, true), show(c.path) + " from " + show(line));
        FUZZ_CHECK(c.path.size() + 2 <= 256, show(line)); // RFC 5321 §4.5.3.1.3
    }
    bool high = false;
    for (const char ch : c.path)
        high = high || static_cast<unsigned char>(ch) >= 0x80;
    if (high)
        FUZZ_CHECK(c.nonAscii, "a non-ASCII path not flagged: " + show(line));
    for (const auto& p : c.parameters) {
        FUZZ_CHECK(SandboxCommandParser::isEsmtpKeyword(p.first) && p.first == p.first.toUpper(), show(p.first));
        FUZZ_CHECK(p.second.isEmpty() || SandboxCommandParser::isEsmtpValue(p.second), show(p.second));
    }

    // Rebuilt from its parts, the command parses the same (source routes are already gone).
    QByteArray rebuilt = c.verb == Verb::Mail ? "MAIL FROM:<" : "RCPT TO:<";
    rebuilt += c.path + '>';
    for (const auto& p : c.parameters)
        rebuilt += ' ' + p.first + (p.second.isEmpty() ? QByteArray() : '=' + p.second);
    const SandboxClientCommand again = SandboxCommandParser::parse(rebuilt);
    FUZZ_CHECK(again.ok() && again.verb == c.verb && again.path == c.path && again.parameters == c.parameters
            && again.nullPath == c.nullPath && again.postmaster == c.postmaster,
        show(line) + " rebuilt as " + show(rebuilt) + " gives " + std::to_string(again.errorCode) + " "
            + show(again.errorText));
}

} // namespace

void Fuzz::sandboxCommandParser(const uint8_t* data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char*>(data), qsizetype(size));
    const SandboxClientCommand c = SandboxCommandParser::parse(line);
    if (!c.ok()) {
        checkRefusal(c, line);
    } else {
        FUZZ_CHECK(c.verb != Verb::Unknown, show(line));
        FUZZ_CHECK(!hasLineBreak(line), "accepted a line with CR, LF or NUL: " + show(line));
        switch (c.verb) {
        case Verb::Ehlo:
        case Verb::Helo:
            FUZZ_CHECK(!c.domain.isEmpty() && !c.domain.contains(' '), show(line));
            FUZZ_CHECK(
                SandboxCommandParser::isDomain(c.domain, true) || SandboxCommandParser::isAddressLiteral(c.domain),
                show(line));
            break;
        case Verb::Mail:
        case Verb::Rcpt:
            checkPath(c, line);
            break;
        case Verb::Bdat:
            FUZZ_CHECK(c.chunkSize >= 0, show(line));
            break;
        case Verb::Auth:
            FUZZ_CHECK(
                !c.mechanism.isEmpty() && c.mechanism.size() <= 20 && c.mechanism == c.mechanism.toUpper(), show(line));
            if (c.hasInitialResponse)
                FUZZ_CHECK(c.initialResponse == "="
                        || QByteArray::fromBase64Encoding(c.initialResponse, QByteArray::AbortOnBase64DecodingErrors),
                    show(line));
            break;
        default:
            break;
        }
    }

    // Verbs are case-insensitive (RFC 5321 §2.4): the same line with the verb in another case
    // gets the same verdict.
    const int space = line.indexOf(' ');
    QByteArray other = (space < 0 ? line : line.left(space));
    for (char& ch : other)
        ch = (ch >= 'a' && ch <= 'z') ? char(ch - 32) : (ch >= 'A' && ch <= 'Z') ? char(ch + 32) : ch;
    other += space < 0 ? QByteArray() : line.mid(space);
    const SandboxClientCommand flipped = SandboxCommandParser::parse(other);
    FUZZ_CHECK(flipped.verb == c.verb && flipped.errorCode == c.errorCode, show(line) + " vs " + show(other));
}
