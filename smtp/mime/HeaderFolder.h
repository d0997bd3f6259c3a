#pragma once
// Lays out one header field as lines: "Name: token token ..." folded at the whitespace before a
// token whenever the next token would pass the line limit (RFC 5322 §2.2.3 folding, §2.1.1
// limits: SHOULD 78, MUST 998 characters; RFC 2047 §2: 76 for a line holding an encoded-word).
// Callers hand over tokens that are short enough to fit on a line of their own; HeaderEncoding
// guarantees that for everything it produces.

#include <QByteArray>

class HeaderFolder
{
public:
    static constexpr int PreferredLineLength = 78;   // RFC 5322 §2.1.1 SHOULD
    static constexpr int MaxLineLength = 998;        // RFC 5322 §2.1.1 MUST
    static constexpr int EncodedWordLineLength = 76; // RFC 2047 §2

    explicit HeaderFolder(const QByteArray& fieldName);

    // Characters left for a token appended after separator without folding.
    int roomOnLine(bool encodedWord, int separatorLength = 1) const;
    // separator must be non-empty whitespace: it is where a fold may go.
    void append(const QByteArray& token, bool encodedWord = false, const QByteArray& separator = " ");
    // The field with its final CRLF.
    QByteArray result() const { return m_out + "\r\n"; }
    int column() const { return m_column; }

private:
    QByteArray m_out;
    int m_column = 0;
    bool m_lineHasEncodedWord = false;
};
