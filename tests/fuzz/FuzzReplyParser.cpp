// Fuzz target "replyparser": SmtpReplyParser and SmtpCapabilities::fromEhloReply against what a
// broken or hostile server may send (RFC 5321 §4.2 replies, §4.1.1.1 EHLO keywords, RFC 2034 /
// RFC 3463 enhanced status codes). The same bytes are fed once whole and once in random pieces
// (a TCP read can end anywhere): both must give the same replies and the same verdict.

#include "FuzzCheck.h"
#include "FuzzRandom.h"
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "SmtpCapabilities.h"
#include "SmtpReplyParser.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace {

struct Outcome
{
    QList<SmtpReply> replies;
    bool error = false;
    bool buffered = false;
};

bool sameReply(const SmtpReply& a, const SmtpReply& b)
{
    return a.code == b.code && a.enhancedCode == b.enhancedCode && a.lines == b.lines;
}

std::string describe(const SmtpReply& r)
{
    return std::to_string(r.code) + " [" + Fuzz::show(r.enhancedCode) + "] "
        + Fuzz::show(r.lines.join(QLatin1Char('|')));
}

void drain(SmtpReplyParser& parser, Outcome& outcome)
{
    while (parser.hasReply())
        outcome.replies.append(parser.takeReply());
}

void afterError(SmtpReplyParser& parser, Outcome& outcome)
{
    FUZZ_CHECK(parser.hasError(), "feed() returned false without an error");
    FUZZ_CHECK(!parser.errorString().isEmpty(), "");
    drain(parser, outcome);
    // "After an error the parser refuses further input."
    FUZZ_CHECK(!parser.feed("250 OK\r\n"), "accepted input after an error");
    FUZZ_CHECK(!parser.hasReply(), "produced a reply after an error");
    outcome.error = true;
}

Outcome feedWhole(SmtpReplyParser& parser, const QByteArray& stream)
{
    Outcome outcome;
    if (!parser.feed(stream))
        afterError(parser, outcome);
    else
        drain(parser, outcome);
    outcome.buffered = parser.hasBufferedInput();
    return outcome;
}

Outcome feedInPieces(const QByteArray& stream, Fuzz::Random& random)
{
    SmtpReplyParser parser;
    Outcome outcome;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        // Mostly small pieces, sometimes big ones, now and then an empty read.
        const int kind = random.between(0, 15);
        const int n = kind == 0 ? 0 : kind == 1 ? random.between(1, 10000) : random.between(1, 12);
        const bool ok = parser.feed(stream.mid(pos, n));
        pos += n;
        if (!ok) {
            afterError(parser, outcome);
            break;
        }
        drain(parser, outcome);
    }
    outcome.buffered = parser.hasBufferedInput();
    return outcome;
}

void checkReply(const SmtpReply& r)
{
    static const QRegularExpression enhanced(QStringLiteral("^[245]\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    FUZZ_CHECK(r.isValid(), describe(r));
    FUZZ_CHECK(r.is(r.code / 100) && r.is(r.code / 10) && r.is(r.code), describe(r));
    FUZZ_CHECK(!r.lines.isEmpty() && r.lines.size() <= SmtpReplyParser::MaxLinesPerReply, describe(r));
    FUZZ_CHECK(r.enhancedCode.isEmpty()
            || (enhanced.match(r.enhancedCode).hasMatch() && r.enhancedCode.at(0).unicode() == u'0' + r.code / 100),
        describe(r));
    for (const QString& line : r.lines)
        FUZZ_CHECK(!line.contains(QLatin1Char('\n')), describe(r));

    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(r);
    FUZZ_CHECK(caps.esmtp, "");
    FUZZ_CHECK(caps.sizeLimit >= 0 && (caps.sizeOffered || caps.sizeLimit == 0), describe(r));
    FUZZ_CHECK(caps.raw.size() <= r.lines.size() - 1, describe(r));
    FUZZ_CHECK(!caps.serverName.contains(QLatin1Char(' ')), describe(r));
    for (int i = 0; i < caps.authMechanisms.size(); ++i) {
        const QString& mechanism = caps.authMechanisms.at(i);
        FUZZ_CHECK(!mechanism.isEmpty() && !mechanism.contains(QLatin1Char(' ')), describe(r));
        FUZZ_CHECK(mechanism == mechanism.toUpper(), Fuzz::show(mechanism));
        FUZZ_CHECK(caps.authMechanisms.indexOf(mechanism) == i, "duplicate mechanism " + Fuzz::show(mechanism));
        FUZZ_CHECK(caps.supportsAuth(mechanism), Fuzz::show(mechanism));
    }
}

uint64_t fnv1a(const uint8_t* data, size_t size)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 0x100000001b3ULL;
    return h;
}

} // namespace

void Fuzz::replyParser(const uint8_t* data, size_t size)
{
    const QByteArray stream(reinterpret_cast<const char*>(data), qsizetype(size));

    SmtpReplyParser whole;
    const Outcome once = feedWhole(whole, stream);
    // reset() gives a fresh parser.
    whole.reset();
    FUZZ_CHECK(!whole.hasError() && !whole.hasReply() && !whole.hasBufferedInput(), "reset() left state behind");
    const Outcome again = feedWhole(whole, stream);
    FUZZ_CHECK(again.error == once.error && again.replies.size() == once.replies.size(), "differs after reset()");

    // The pieces come from the input itself, so a saved input replays exactly.
    Random random(fnv1a(data, size));
    const Outcome pieces = feedInPieces(stream, random);
    FUZZ_CHECK(pieces.error == once.error,
        std::string("fed whole: ") + (once.error ? "error" : "ok") + ", in pieces: " + (pieces.error ? "error" : "ok"));
    FUZZ_CHECK(pieces.replies.size() == once.replies.size(),
        std::to_string(once.replies.size()) + " replies fed whole, " + std::to_string(pieces.replies.size())
            + " in pieces");
    for (int i = 0; i < once.replies.size(); ++i) {
        FUZZ_CHECK(sameReply(once.replies.at(i), pieces.replies.at(i)),
            describe(once.replies.at(i)) + " vs " + describe(pieces.replies.at(i)));
        FUZZ_CHECK(sameReply(once.replies.at(i), again.replies.at(i)), "differs after reset()");
        checkReply(once.replies.at(i));
    }
    if (!once.error)
        FUZZ_CHECK(pieces.buffered == once.buffered, "hasBufferedInput() depends on how the bytes arrived");

    // Text decoding: valid UTF-8 is taken as it is; anything else still gives some text.
    const QString text = SmtpReplyParser::decodeText(stream);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(stream);
    if (!utf8.hasError())
        FUZZ_CHECK(text == asUtf8, "valid UTF-8 decoded differently");
    FUZZ_CHECK(stream.isEmpty() || !text.isEmpty(), "non-empty input decoded to nothing");
}
