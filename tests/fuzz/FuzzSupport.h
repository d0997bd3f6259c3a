#pragma once
// Helpers shared by the fuzz targets: turning bytes into text, printable details for failed
// checks, and independent checkers for header fields (RFC 5322 §2.1.1, §2.2.3 line rules;
// RFC 2047 encoded-words; RFC 2231 parameters) that do not reuse the code under test.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string>

namespace Fuzz {

// Escapes control bytes and non-ASCII for a one-line failure message.
std::string show(const QByteArray& bytes);
std::string show(const QString& text);

// UTF-8 (invalid sequences become U+FFFD), or raw UTF-16 when asUtf16 (so unpaired surrogates
// and every other code unit reach the code under test too).
QString textFrom(const uint8_t* data, size_t size, bool asUtf16);

// UTF-8 to text as a reader decodes it: a leading U+FEFF is a character, not a byte-order mark
// to drop (QStringDecoder's default). *ok is false on an invalid sequence.
QString decodeUtf8(const QByteArray& bytes, bool* ok);

// One RFC 2047 encoded-word "=?UTF-8?B?...?=" or "=?UTF-8?Q?...?=" (charset case-insensitive)
// decoded to its octets; false if word is not exactly one well-formed word.
bool decodeEncodedWord(const QByteArray& word, QByteArray* octets);

// Checks a complete header field as it goes on the wire and returns the first problem, or an empty
// string: starts with "name:", ends with CRLF, no other CR or LF, no NUL; every line at most 998
// octets (RFC 5322 §2.1.1); continuation lines start with WSP and are not whitespace only
// (§3.2.2); every encoded-word at most 75 characters and every line that holds one (outside
// <angle brackets>) at most 76 (RFC 2047 §2); ASCII only when asciiOnly.
std::string headerFieldProblem(const QByteArray& field, const QByteArray& name, bool asciiOnly);

// The field body with folds removed (RFC 5322 §2.2.3 unfolding) and without "name:".
QByteArray unfoldedBody(const QByteArray& field, const QByteArray& name);

// Unstructured text (RFC 5322 §3.2.5) as a reader shows it: encoded-words decoded, whitespace
// between two adjacent encoded-words dropped (RFC 2047 §6.2), everything else kept. The single
// space after the colon is not part of the text. False (with *problem) on an undecodable word.
bool decodeUnstructured(const QByteArray& body, QString* text, std::string* problem);

} // namespace Fuzz
