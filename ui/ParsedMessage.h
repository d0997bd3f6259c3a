#pragma once
// A received message taken apart for display: what a recipient's mail program would show (the
// decoded headers, the text and HTML bodies, inline images by Content-ID, attachments) plus the
// raw source. A plain value type: app/MessageParser fills it from an .eml with GMime, an
// independent reader of what Qourier's own MIME writer produces; ui/ only displays it.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

struct ParsedAddress
{
    QString name;    // display name, decoded (RFC 2047); may be empty
    QString address; // addr-spec "local@domain"; empty for an unparseable entry
    // The group this mailbox was listed in ("Undisclosed recipients"), RFC 5322 §3.4; usually empty.
    QString group;

    // As a person reads it: "Name <a@b>" or "a@b".
    QString display() const
    {
        if (name.isEmpty())
            return address;
        if (address.isEmpty())
            return name;
        return name + QStringLiteral(" <") + address + QLatin1Char('>');
    }
};

struct ParsedHeader
{
    QString name;     // as written ("Subject", "X-Mailer")
    QString value;    // unfolded, RFC 2047 encoded-words decoded
    QString rawValue; // as written, folding and encoded-words kept
};

struct ParsedPart
{
    QString fileName;  // decoded (RFC 2231 / RFC 2047); empty when the part has none
    QString mimeType;  // "image/png", lower case
    QString contentId; // without angle brackets (RFC 2392), may be empty
    QString disposition; // "inline", "attachment" or empty (RFC 2183)
    QByteArray data;   // transfer encoding removed
    qint64 size() const { return data.size(); }
};

struct ParsedMessage
{
    bool valid = false;
    QString error; // why the file could not be read or parsed; empty when valid

    QList<ParsedHeader> headers; // top-level headers in order
    QList<ParsedAddress> from;
    QList<ParsedAddress> sender;
    QList<ParsedAddress> replyTo;
    QList<ParsedAddress> to;
    QList<ParsedAddress> cc;
    QList<ParsedAddress> bcc; // a Bcc header in the message: every recipient can read it
    QString subject;
    QDateTime date; // invalid when missing or unparseable
    QString messageId;

    QString textBody; // the text/plain body, converted from its charset
    QString htmlBody; // the text/html body, converted from its charset
    QList<ParsedPart> inlineParts; // parts with a Content-ID, for "cid:" URLs (RFC 2392)
    QList<ParsedPart> attachments; // what a mail program lists as attachments

    QByteArray raw;           // the whole message as read (or the header block for a summary)
    bool headersOnly = false; // filled from the header block only: no bodies, no parts

    // The inline part with this Content-ID (with or without angle brackets), or nullptr.
    const ParsedPart* inlinePart(const QString& contentId) const
    {
        QString id = contentId;
        if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
            id = id.mid(1, id.size() - 2);
        for (const ParsedPart& part : inlineParts) {
            if (part.contentId.compare(id, Qt::CaseInsensitive) == 0)
                return &part;
        }
        return nullptr;
    }

    // The first header with this name (case-insensitive), decoded; empty when absent.
    QString header(const QString& name) const
    {
        for (const ParsedHeader& h : headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return h.value;
        }
        return QString();
    }
};
