#pragma once
// Turns what the composer shows (ComposerDraft) into the MailMessage the MIME writer sends:
// recipients parsed, the HTML body with its inline images as multipart/related parts referenced
// by cid: (RFC 2392), the plain-text alternative, the attachments.

#include "ComposerDraft.h"
#include "MailMessage.h"

#include <QCoreApplication>
#include <QStringList>

class MessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MessageBuilder)

public:
    struct Result
    {
        MailMessage message;
        // Pasted images written under the cache directory for the writer to stream; remove them
        // once the send is over (removeTemporaryFiles).
        QStringList temporaryFiles;
    };

    // False and *error (translated, naming the field) when a recipient is invalid or an image
    // cannot be written. Recipients may be empty here; the caller decides whether that is allowed.
    static bool build(const ComposerDraft& draft, const MailAddress& from, const QString& cacheDir, Result* out,
                      QString* error);
    static void removeTemporaryFiles(const QStringList& files);

    // The draft's To, Cc and Bcc, parsed; false and *error naming the field on invalid input.
    static bool parseRecipients(const ComposerDraft& draft, QList<MailAddress>* to, QList<MailAddress>* cc,
                                QList<MailAddress>* bcc, QString* error);
};
