#pragma once
// Everything the composer window shows, as plain values: what app/ turns into a MailMessage.
// The window produces it (ComposerWindow::draft()) and never interprets it.

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

struct ComposerDraft
{
    // An image shown inside the rich-text body. `name` is how the HTML refers to it
    // (src="qourier-inline:..."); the sender gives it a Content-ID and rewrites the reference.
    struct InlineImage
    {
        QString name;
        QImage image;       // pasted pixels, when there is no file
        QString sourcePath; // the dropped file, sent as it is (a JPEG stays a JPEG)
        QString mimeType;   // of sourcePath, or "image/png" for pasted pixels
    };

    int identity = 0;      // index into the identities the window was given
    QString to;            // as typed: comma- or semicolon-separated
    QString cc;
    QString bcc;
    QString subject;
    bool richText = true;
    QString html;          // only when richText; images referenced by InlineImage::name
    QString editorHtml;    // only when richText: the editor's own HTML (QTextDocument::toHtml),
                           // which setDraft() restores exactly; drafts keep it, sending ignores it
    QString plainText;     // always: the text/plain part (the alternative when richText)
    QString textForChecks; // plainText without quoted lines and signature: what the person wrote
    QList<InlineImage> inlineImages; // those still in the document
    QStringList attachments;          // file paths, in the order shown
};
