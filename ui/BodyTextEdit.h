#pragma once
// The message body editor: rich text or plain text. Pasted or dropped images become inline
// images in rich mode; dropped or pasted files (anything else) are handed to the window as
// attachments through filesDropped().

#include "ComposerDraft.h"

#include <QHash>
#include <QTextEdit>

class BodyTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit BodyTextEdit(QWidget* parent = nullptr);

    bool isRichText() const { return m_richText; }
    // Switching to plain text drops formatting and images (the window asks first).
    void setRichText(bool rich);
    bool hasInlineImages() const;

    // Inserts pixels at the cursor (rich mode only) and returns the name the HTML uses for them.
    QString insertImage(const QImage& image);
    // Inserts an image file at the cursor (rich mode only); false when it is not a readable image.
    bool insertImageFile(const QString& path);
    // Images still in the document, in document order.
    QList<ComposerDraft::InlineImage> inlineImages() const;

    // Restores a body saved from a draft: rich (HTML naming `images`) or plain text. The
    // paragraphs from the last "-- " line on become the signature again.
    void restore(bool rich, const QString& html, const QString& plainText,
                 const QList<ComposerDraft::InlineImage>& images);

    // The signature paragraphs ("-- " line and the text) at the end, replacing an earlier one.
    void setSignature(const QString& signature);

    // Formatting actions of the toolbar, on the selection or the current paragraph.
    void toggleBold();
    void toggleItalic();
    void toggleList(bool numbered);
    void toggleBlockQuote();
    void setLink(const QString& url);
    QString linkAtCursor() const;

    static bool isImageFile(const QString& path);

signals:
    void filesDropped(const QStringList& paths);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    QString addImageResource(const ComposerDraft::InlineImage& image);
    void removeSignature();

    bool m_richText = true;
    QHash<QString, ComposerDraft::InlineImage> m_images;
};
