#pragma once
// Reads .eml files with GMime 3 into ParsedMessage for the sandbox viewer. Deliberately not
// smtp/mime: the viewer shows what a recipient's mail program would make of Qourier's bytes, so
// its reader must be independent of the writer that produced them — a bug shared by both would
// otherwise cancel out and stay invisible.
//
// What counts as body, inline part and attachment follows common mail-program practice over RFC
// 2046 (multipart/mixed §5.1.3, alternative §5.1.4), RFC 2387 (multipart/related), RFC 2183
// (Content-Disposition) and RFC 2392 (Content-ID): the first text/plain and text/html parts that
// are not attachments are the bodies; parts with a Content-ID are inline parts; everything else,
// and any inline part the HTML never references, is an attachment.

#include "MessageReader.h"

#include <QCoreApplication>

class MessageParser : public MessageReader
{
    Q_DECLARE_TR_FUNCTIONS(MessageParser)

public:
    // Larger files are refused rather than read into memory (the sandbox keeps at most 50 MB).
    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;
    // The header block of a summary is read up to this size.
    static constexpr qint64 MaxHeaderBlock = 1024 * 1024;

    MessageParser();

    ParsedMessage readHeaders(const QString& emlPath) override;
    ParsedMessage read(const QString& emlPath) override;

    // The whole message in `bytes`.
    static ParsedMessage parse(const QByteArray& bytes);
    // Only the header block at the start of `bytes` (up to the first empty line).
    static ParsedMessage parseHeaders(const QByteArray& bytes);

private:
    static ParsedMessage parseBytes(const QByteArray& bytes, bool headersOnly);
};
