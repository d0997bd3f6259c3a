#pragma once
// A MailMessage as the bytes of an RFC 5322 / MIME message, produced on demand.
//
// MimeWriter is a sequential, read-only QIODevice: readData() hands out the message block by
// block, and attachments are read from disk and base64-encoded as they are reached, at most
// FileChunkSize raw bytes at a time, so a 2 GB attachment never sits in memory. size() is exact
// from the start (headers are prebuilt and small; the encoded size of an attachment follows from
// its file size), which is what SMTP SIZE (RFC 1870) and progress bars need.
//
// The device is opened ReadOnly | Unbuffered: the writer is its own buffer, and QIODevice's
// would only copy every byte once more.
//
// RFCs: 5322 (message format: §2.1.1 line length, §3.3 date, §3.6 fields; no Bcc field is ever
// written, §3.6.3 allows that), 2045 (MIME headers, transfer encodings: §6.7 quoted-printable,
// §6.8 base64), 2046 §5.1 (multipart, boundaries), 2047/2231 (via HeaderEncoding), 2183
// (Content-Disposition), 2387 (multipart/related), 2392 (Content-ID), 6152 (8BITMIME),
// 6531/6532 (SMTPUTF8, UTF-8 addresses), 5321 §4.5.3.1.6 (998-character lines).

#include "MailMessage.h"
#include "SmtpEnvelope.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

class MimeWriter : public QIODevice
{
    Q_OBJECT

public:
    struct Options
    {
        // Send non-ASCII text as 8bit (RFC 6152). Only when the server offers 8BITMIME; without
        // it text becomes quoted-printable or base64.
        bool allow8Bit = false;
    };

    // Raw attachment bytes read per block: a multiple of 57, so that every block is a whole
    // number of 76-character base64 lines (RFC 2045 §6.8).
    static constexpr qint64 FileChunkSize = 57 * 1024;

    // nullptr and *error (one English sentence) when the message cannot be written: empty or
    // invalid From, an invalid address anywhere (Bcc included), an unreadable attachment, an
    // invalid Message-ID, MIME type, Content-ID or extra header name. Opens itself ReadOnly.
    static std::unique_ptr<MimeWriter> create(const MailMessage& message, const Options& options, QString* error);
    ~MimeWriter() override;

    bool isSequential() const override { return true; }
    // Exact total length of the message in bytes (CRLF line ends, before dot-stuffing).
    qint64 size() const override;
    // True once every byte has been read, or after a read error.
    bool atEnd() const override;
    // Bytes that the next read can return without touching the disk again: the rest of the block
    // in hand, or the size of the next block. Never more than one block (bounded memory).
    qint64 bytesAvailable() const override;

    // Some body part is sent as 8bit: MAIL FROM needs BODY=8BITMIME (RFC 6152).
    bool needs8BitMime() const { return m_needs8BitMime; }
    // Some address (From, Reply-To, To, Cc or Bcc) has a non-ASCII local part: the transaction
    // needs SMTPUTF8 (RFC 6531 §3.4); such addresses are written as UTF-8 (RFC 6532).
    bool needsSmtpUtf8() const { return m_needsSmtpUtf8; }
    // Without angle brackets, as in MailMessage::messageId.
    QString messageId() const { return m_messageId; }
    // From, To + Cc + Bcc without duplicates, size() and needs8BitMime().
    SmtpEnvelope envelope() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    // The message is a list of segments: prebuilt bytes (headers, boundaries, encoded text), or
    // an attachment file streamed as base64.
    struct Segment
    {
        QByteArray bytes;
        int file = -1; // index into m_files, or -1 for bytes
    };
    struct FileSource
    {
        QString path;
        qint64 size = 0; // at create() time; a different size later is an error
    };

    MimeWriter() = default;
    bool build(const MailMessage& message, const Options& options, QString* error);
    void appendBytes(const QByteArray& bytes);
    void appendFile(int file);
    bool nextBlock();
    qint64 nextBlockSize() const;
    void fail(const QString& reason);
    static qint64 encodedFileSize(qint64 rawSize);

    QList<Segment> m_segments;
    QList<FileSource> m_files;
    qint64 m_total = 0;
    bool m_needs8BitMime = false;
    bool m_needsSmtpUtf8 = false;
    QString m_messageId;
    SmtpEnvelope m_envelope;

    // Reading state.
    int m_segment = 0;          // segment being turned into blocks
    QByteArray m_block;         // the block being handed out
    qint64 m_blockPos = 0;
    bool m_blockIsFile = false; // m_block is ours (encoded file data), not a segment's bytes
    QByteArray m_raw;           // one block of raw attachment bytes, reused
    QByteArray m_encoded;       // a spare encoded-block buffer, reused
    std::unique_ptr<QFile> m_file; // open while segment m_segment streams it
    qint64 m_fileOffset = 0;    // raw bytes of m_file already encoded
    qint64 m_produced = 0;
    bool m_failed = false;
};
