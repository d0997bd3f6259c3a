#pragma once
// The message a person composes, as plain values. MimeWriter turns it into RFC 5322 / MIME bytes;
// envelope() gives the SMTP envelope. Bcc recipients are in the envelope only, never in a header.

#include "MailAddress.h"
#include "../SmtpEnvelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct MailAttachment
{
    QString filePath;  // read from disk while sending, never loaded whole
    QString fileName;  // shown to the recipient; empty = the file's own name
    QString mimeType;  // empty = from QMimeDatabase
    QString contentId; // for inline images referenced as "cid:<contentId>" from the HTML body
};

struct MailMessage
{
    MailAddress from;
    QList<MailAddress> replyTo;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc;
    QString subject;
    QDateTime date;             // invalid = now
    QString messageId;          // empty = generated, unique, in the sender's domain (no angle brackets)
    QString inReplyTo;          // message-id without angle brackets
    QStringList references;     // message-ids without angle brackets
    QList<QPair<QByteArray, QString>> extraHeaders; // name, unstructured value

    QString textBody;           // text/plain
    QString htmlBody;           // optional text/html alternative
    QList<MailAttachment> inlineImages; // multipart/related parts, referenced by cid:
    QList<MailAttachment> attachments;  // multipart/mixed parts

    // Every To, Cc and Bcc address (duplicates removed), the From address, needs of the body.
    SmtpEnvelope envelope() const;
};
