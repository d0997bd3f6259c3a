#pragma once
// Header field bodies for the wire: RFC 2047 encoded-words, RFC 5322 phrases and folding,
// RFC 2045/2231 parameters. Everything returned is ASCII except the local part of an address
// that needs SMTPUTF8 (RFC 6532 §3.2), and nothing returned can contain a CR, LF or NUL that
// did not come from folding: every piece of user text goes through sanitized() first.
//
// RFCs: 5322 §2.1.1, §2.2.3 (line length, folding), §3.2.3-§3.2.5 (atoms, quoted strings,
// phrases); 2047 §2, §4, §5 (encoded-words, B and Q encodings, where they may appear);
// 2045 §5.1 (parameter tokens); 2231 §3, §4 (parameter continuations and charsets);
// 6532 (UTF-8 headers); 5890 (A-labels for domains).

#include "HeaderFolder.h"
#include "MailAddress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One MIME parameter as foldable tokens; encodedWords marks tokens holding RFC 2047 words, which
// must keep to the 76-column line limit of RFC 2047 §2.
struct HeaderParameter
{
    QList<QByteArray> tokens;
    bool encodedWords = false;
};

namespace HeaderEncoding {

constexpr int MaxEncodedWordLength = 75; // RFC 2047 §2

// CR, LF, NUL, TAB, every other C0/C1 control, DEL, U+2028/U+2029 become a space; unpaired
// surrogates become U+FFFD. What comes out can never end or start a header line.
QString sanitized(const QString& text);

// RFC 2047 encoded-words for text ("=?UTF-8?B?...?=" or "=?UTF-8?Q?...?=", whichever is
// shorter for this text). Each word is at most maxLength characters, the first at most
// firstMaxLength (if it cannot hold a single character, the first word is simply not shortened).
// Words split only between characters: never inside a UTF-8 sequence or a surrogate pair, so
// every word decodes on its own. Q words use only the characters RFC 2047 §5(3) allows in a
// phrase, so the result is valid in text, comments and phrases alike.
QList<QByteArray> encodedWords(const QString& text, int firstMaxLength = MaxEncodedWordLength,
                               int maxLength = MaxEncodedWordLength);

// Unstructured text (Subject, extra headers; RFC 5322 §3.2.5): ASCII words stay readable,
// runs of words with non-ASCII (or that look like encoded-words, or are too long to fold)
// become encoded-words. Leading and trailing whitespace is dropped.
void appendUnstructured(HeaderFolder& folder, const QString& text);

// A display name (RFC 5322 §3.2.5 phrase): atoms when it can be, a quoted-string (folded at its
// spaces when long) when it has specials, RFC 2047 encoded-words when it has non-ASCII. A name
// gets a single encoded-word whenever it fits one (see the .cpp for the reader quirk this avoids).
void appendPhrase(HeaderFolder& folder, const QString& displayName);

// local@domain with the domain in A-label form (RFC 5890); the local part as given, UTF-8.
QByteArray addressForHeader(const QString& addrSpec);

// Complete fields, each ending in CRLF.
QByteArray unstructuredField(const QByteArray& name, const QString& value);
QByteArray mailboxListField(const QByteArray& name, const QList<MailAddress>& mailboxes);
QByteArray messageIdListField(const QByteArray& name, const QStringList& messageIds); // ids without <>
QByteArray parameterizedField(const QByteArray& name, const QByteArray& value, const QList<HeaderParameter>& parameters);

// attribute=value for a Content-Type/Content-Disposition: a token, a quoted-string, or RFC 2231
// extended parameters: "filename*=utf-8''%E6%8A%A5.pdf" when that fits a line, else
// continuations "filename*0*=utf-8''...", "filename*1*=...", each split between characters.
QList<HeaderParameter> parameter(const QByteArray& attribute, const QString& value);

// The same value the way pre-RFC 2231 readers (old Outlook, Lotus Notes) look for it: RFC 2047
// encoded-words inside a quoted-string. Not valid MIME (RFC 2047 §5 forbids encoded-words in
// quoted strings), which is why parameter() carries the real value and this one only adds a
// hint on Content-Type "name".
HeaderParameter legacyParameter(const QByteArray& attribute, const QString& value);

} // namespace HeaderEncoding
