#pragma once
// Frames a byte stream from an SMTP server into complete replies (RFC 5321 §4.2, §4.5.3.1.5).
// Survives a reply split over any number of reads and several replies in one read; multi-line
// replies ("250-..." lines then "250 ..."); enhanced status codes (RFC 2034); lenient text
// decoding (UTF-8, else GB18030 since QQ Mail answers some errors in GBK, else Latin-1).

#include "SmtpReply.h"

#include <QByteArray>
#include <QList>

class SmtpReplyParser
{
public:
    // RFC 5321 §4.5.3.1.5 limits a reply line to 512 octets; real servers exceed it, so allow
    // generous slack but keep a hard cap so a hostile server cannot grow our memory.
    static constexpr int MaxLineLength = 8192;
    // Bound on the lines of one multi-line reply (EHLO answers have ~20).
    static constexpr int MaxLinesPerReply = 512;

    // Appends bytes; returns false on a protocol error (see errorString()). After an error the
    // parser refuses further input.
    bool feed(const QByteArray& bytes);
    bool hasReply() const { return !m_replies.isEmpty(); }
    SmtpReply takeReply() { return m_replies.takeFirst(); }
    // Bytes received that do not yet form a complete reply (used to detect data injected after
    // the STARTTLS 220, RFC 3207 §5 / CVE-2011-0411).
    bool hasBufferedInput() const { return !m_buffer.isEmpty() || !m_partial.lines.isEmpty() || !m_replies.isEmpty(); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    void reset();

    static QString decodeText(const QByteArray& raw);

private:
    bool parseLine(const QByteArray& line);

    QByteArray m_buffer;
    SmtpReply m_partial;
    QList<SmtpReply> m_replies;
    QString m_error;
};
