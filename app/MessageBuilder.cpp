#include "MessageBuilder.h"

#include "AddressParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

bool MessageBuilder::parseRecipients(const ComposerDraft& draft, QList<MailAddress>* to, QList<MailAddress>* cc,
                                     QList<MailAddress>* bcc, QString* error)
{
    struct Field
    {
        const QString& text;
        QList<MailAddress>* out;
        QString name;
    };
    const Field fields[] = {{draft.to, to, tr("To")}, {draft.cc, cc, tr("Cc")}, {draft.bcc, bcc, tr("Bcc")}};
    for (const Field& field : fields) {
        QString problem;
        *field.out = AddressParser::parseList(field.text, &problem);
        if (!problem.isEmpty()) {
            if (error)
                *error = tr("%1: %2").arg(field.name, problem);
            return false;
        }
    }
    return true;
}

bool MessageBuilder::build(const ComposerDraft& draft, const MailAddress& from, const QString& cacheDir, Result* out,
                           QString* error)
{
    Result result;
    MailMessage& m = result.message;
    m.from = from;
    if (!parseRecipients(draft, &m.to, &m.cc, &m.bcc, error))
        return false;
    m.subject = draft.subject.trimmed();
    m.textBody = draft.plainText;
    m.attachments.reserve(draft.attachments.size());
    for (const QString& path : draft.attachments)
        m.attachments.append(MailAttachment{path, QString(), QString(), QString()});

    if (draft.richText) {
        QString html = draft.html;
        // The Content-ID's right-hand side only has to make it unique (RFC 2392 §2); the sender's
        // domain is the usual choice, in its ASCII form.
        QString domain = QString::fromLatin1(QUrl::toAce(from.address.section(QLatin1Char('@'), -1)));
        if (domain.isEmpty())
            domain = QStringLiteral("qourier.invalid");
        for (const ComposerDraft::InlineImage& image : draft.inlineImages) {
            const QString contentId = QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('@') + domain;
            MailAttachment part;
            part.contentId = contentId;
            part.mimeType = image.mimeType;
            if (!image.sourcePath.isEmpty() && QFileInfo(image.sourcePath).isReadable()) {
                part.filePath = image.sourcePath;
            } else {
                // Pasted pixels have no file: write one for the writer to stream from disk.
                if (!QDir().mkpath(cacheDir)) {
                    if (error)
                        *error = tr("The folder \"%1\" cannot be created for the message's images.").arg(cacheDir);
                    removeTemporaryFiles(result.temporaryFiles);
                    return false;
                }
                const QString path = QDir(cacheDir).filePath(QStringLiteral("inline-%1.png")
                                                                 .arg(QUuid::createUuid().toString(QUuid::Id128)));
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || !image.image.save(&file, "PNG") || !file.commit()) {
                    if (error)
                        *error = tr("An image in the message cannot be saved to \"%1\": %2").arg(path, file.errorString());
                    removeTemporaryFiles(result.temporaryFiles);
                    return false;
                }
                result.temporaryFiles.append(path);
                part.filePath = path;
                part.mimeType = QStringLiteral("image/png");
            }
            part.fileName = QFileInfo(part.filePath).fileName();
            m.inlineImages.append(part);
            html.replace(QStringLiteral("src=\"") + image.name + QLatin1Char('"'),
                         QStringLiteral("src=\"cid:") + contentId + QLatin1Char('"'));
        }
        m.htmlBody = html;
    }
    *out = result;
    return true;
}

void MessageBuilder::removeTemporaryFiles(const QStringList& files)
{
    for (const QString& path : files)
        QFile::remove(path);
}
