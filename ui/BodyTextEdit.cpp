#include "BodyTextEdit.h"

#include "AttachmentListWidget.h"
#include "BodyExporter.h"

#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QMimeDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QUrl>
#include <QUuid>

namespace {

const QString kImageScheme = QStringLiteral("qourier-inline");
// Wider images are shown scaled down (the HTML keeps the width); the full image is sent.
constexpr int kMaxShownWidth = 600;

} // namespace

BodyTextEdit::BodyTextEdit(QWidget* parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(false);
    document()->setDocumentMargin(8);
}

void BodyTextEdit::setRichText(bool rich)
{
    if (rich == m_richText)
        return;
    m_richText = rich;
    setAcceptRichText(rich);
    if (!rich) {
        // Keep the text (quotes as "> ", list items as "* ") and which paragraphs are the
        // signature; drop formatting and images.
        QList<QPair<QString, bool>> blocks;
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
            blocks.append({BodyExporter::plainBlock(block),
                           block.blockFormat().boolProperty(BodyExporter::SignatureProperty)});
        clear();
        m_images.clear();
        QTextCursor cursor(document());
        cursor.beginEditBlock();
        for (int i = 0; i < blocks.size(); ++i) {
            QTextBlockFormat format;
            if (blocks.at(i).second)
                format.setProperty(BodyExporter::SignatureProperty, true);
            if (i == 0)
                cursor.setBlockFormat(format);
            else
                cursor.insertBlock(format, QTextCharFormat());
            cursor.insertText(blocks.at(i).first, QTextCharFormat());
        }
        cursor.endEditBlock();
        moveCursor(QTextCursor::Start);
    }
}

bool BodyTextEdit::hasInlineImages() const
{
    return !inlineImages().isEmpty();
}

QString BodyTextEdit::addImageResource(const ComposerDraft::InlineImage& image)
{
    ComposerDraft::InlineImage stored = image;
    stored.name = kImageScheme + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_images.insert(stored.name, stored);
    document()->addResource(QTextDocument::ImageResource, QUrl(stored.name), stored.image);
    QTextImageFormat format;
    format.setName(stored.name);
    if (stored.image.width() > kMaxShownWidth) {
        format.setWidth(kMaxShownWidth);
        format.setHeight(qRound(double(stored.image.height()) * kMaxShownWidth / stored.image.width()));
    }
    textCursor().insertImage(format);
    return stored.name;
}

QString BodyTextEdit::insertImage(const QImage& image)
{
    if (!m_richText || image.isNull())
        return QString();
    ComposerDraft::InlineImage inlineImage;
    inlineImage.image = image;
    inlineImage.mimeType = QStringLiteral("image/png");
    return addImageResource(inlineImage);
}

bool BodyTextEdit::insertImageFile(const QString& path)
{
    if (!m_richText || !isImageFile(path))
        return false;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    ComposerDraft::InlineImage inlineImage;
    inlineImage.image = image;
    inlineImage.sourcePath = path;
    inlineImage.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    addImageResource(inlineImage);
    return true;
}

bool BodyTextEdit::isImageFile(const QString& path)
{
    // Only the formats every mail reader shows inline; anything else is an attachment.
    static const QStringList inlineTypes{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                         QStringLiteral("image/gif")};
    return inlineTypes.contains(QMimeDatabase().mimeTypeForFile(path).name());
}

QList<ComposerDraft::InlineImage> BodyTextEdit::inlineImages() const
{
    QList<ComposerDraft::InlineImage> images;
    QStringList seen;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (seen.contains(name) || !m_images.contains(name))
                continue;
            seen.append(name);
            images.append(m_images.value(name));
        }
    }
    return images;
}

void BodyTextEdit::restore(bool rich, const QString& html, const QString& plainText,
                           const QList<ComposerDraft::InlineImage>& images)
{
    m_images.clear();
    m_richText = rich;
    setAcceptRichText(rich);
    if (rich) {
        setHtml(html);
        // After setHtml(), which clears the document's resources: the images by their names.
        for (const ComposerDraft::InlineImage& image : images) {
            m_images.insert(image.name, image);
            document()->addResource(QTextDocument::ImageResource, QUrl(image.name), image.image);
        }
        document()->markContentsDirty(0, document()->characterCount());
    } else {
        setPlainText(plainText);
    }
    // HTML keeps no block properties: the RFC 3676 §4.3 separator line marks the signature.
    QTextBlock separator;
    for (QTextBlock block = document()->lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text() == QLatin1String("-- ")) {
            separator = block;
            break;
        }
    }
    if (separator.isValid()) {
        QTextCursor cursor(document());
        cursor.beginEditBlock();
        for (QTextBlock block = separator; block.isValid(); block = block.next()) {
            cursor.setPosition(block.position());
            QTextBlockFormat format = block.blockFormat();
            format.setProperty(BodyExporter::SignatureProperty, true);
            cursor.setBlockFormat(format);
        }
        cursor.endEditBlock();
    }
    moveCursor(QTextCursor::Start);
}

void BodyTextEdit::removeSignature()
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    QTextBlock block = document()->lastBlock();
    while (block.isValid()) {
        const QTextBlock previous = block.previous();
        if (block.blockFormat().boolProperty(BodyExporter::SignatureProperty)) {
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            // Remove the paragraph break too, joining with what precedes it.
            if (previous.isValid()) {
                cursor.setPosition(previous.position() + previous.length() - 1);
                cursor.setPosition(block.position(), QTextCursor::KeepAnchor);
                cursor.removeSelectedText();
            } else {
                cursor.setBlockFormat(QTextBlockFormat());
            }
        }
        block = previous;
    }
    cursor.endEditBlock();
}

void BodyTextEdit::setSignature(const QString& signature)
{
    const QTextCursor saved = textCursor();
    const int savedPosition = saved.position();
    removeSignature();
    const QString text = signature.trimmed();
    if (text.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    // A line to write on and an empty line before the RFC 3676 §4.3 separator "-- ". An empty
    // line already there (left by an earlier signature) is reused, so switching identities back
    // and forth never adds lines.
    QTextBlockFormat plain;
    QTextBlockFormat marked;
    marked.setProperty(BodyExporter::SignatureProperty, true);
    const QTextBlock last = document()->lastBlock();
    if (!last.text().isEmpty() || document()->blockCount() == 1)
        cursor.insertBlock(plain, QTextCharFormat());
    cursor.insertBlock(marked, QTextCharFormat());
    cursor.insertText(QStringLiteral("-- "));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        cursor.insertBlock(marked, QTextCharFormat());
        cursor.insertText(line);
    }
    cursor.endEditBlock();
    QTextCursor restore(document());
    restore.setPosition(qMin(savedPosition, document()->characterCount() - 1));
    setTextCursor(restore);
}

void BodyTextEdit::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
    textCursor().mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void BodyTextEdit::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!fontItalic());
    textCursor().mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void BodyTextEdit::toggleList(bool numbered)
{
    QTextCursor cursor = textCursor();
    const QTextListFormat::Style wanted = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList* list = cursor.currentList(); list && list->format().style() == wanted) {
        // Same kind again: leave the list, as word processors do.
        const QTextBlock block = cursor.block();
        list->remove(block);
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        format.setObjectIndex(-1);
        cursor.setBlockFormat(format);
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(wanted);
        list->setFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(wanted);
        cursor.createList(format);
    }
    cursor.endEditBlock();
}

void BodyTextEdit::toggleBlockQuote()
{
    QTextCursor cursor = textCursor();
    const bool quoted = cursor.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0;
    cursor.beginEditBlock();
    // Every paragraph touched by the selection, as the HTML import of <blockquote> would format it.
    QTextCursor walker(document());
    walker.setPosition(cursor.selectionStart());
    const int end = cursor.selectionEnd();
    while (true) {
        QTextBlockFormat format = walker.blockFormat();
        // The editor cannot draw the bar mail readers show (BodyExporter writes it), so a quote is
        // indented and tinted here.
        if (quoted) {
            format.clearProperty(QTextFormat::BlockQuoteLevel);
            format.setLeftMargin(0);
            format.clearBackground();
        } else {
            format.setProperty(QTextFormat::BlockQuoteLevel, 1);
            format.setLeftMargin(16);
            format.setBackground(QColor(0xe8, 0xef, 0xf8));
        }
        walker.setBlockFormat(format);
        if (!walker.movePosition(QTextCursor::NextBlock) || walker.position() > end)
            break;
    }
    cursor.endEditBlock();
}

QString BodyTextEdit::linkAtCursor() const
{
    const QTextCharFormat format = textCursor().charFormat();
    return format.isAnchor() ? format.anchorHref() : QString();
}

void BodyTextEdit::setLink(const QString& url)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection() && cursor.charFormat().isAnchor()) {
        // Edit the whole link the cursor is in.
        const QString old = cursor.charFormat().anchorHref();
        QTextBlock block = cursor.block();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == old && fragment.contains(cursor.position())) {
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                break;
            }
        }
    }
    QTextCharFormat format;
    if (url.isEmpty()) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.setFontUnderline(false);
        format.setForeground(palette().text());
    } else {
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setFontUnderline(true);
        format.setForeground(palette().link());
    }
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(format);
    } else if (!url.isEmpty()) {
        cursor.insertText(url, format);
        // Typing after the link continues in normal text.
        QTextCharFormat normal = cursor.charFormat();
        normal.setAnchor(false);
        normal.setAnchorHref(QString());
        normal.setFontUnderline(false);
        normal.clearForeground();
        setCurrentCharFormat(normal);
        cursor.endEditBlock();
        setTextCursor(cursor);
        setCurrentCharFormat(normal);
        return;
    }
    cursor.endEditBlock();
}

bool BodyTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    if (!AttachmentListWidget::localFiles(source).isEmpty())
        return true;
    if (source->hasImage())
        return m_richText;
    return QTextEdit::canInsertFromMimeData(source);
}

void BodyTextEdit::insertFromMimeData(const QMimeData* source)
{
    const QStringList files = AttachmentListWidget::localFiles(source);
    if (!files.isEmpty()) {
        QStringList attachments;
        for (const QString& path : files) {
            if (!insertImageFile(path))
                attachments.append(path);
        }
        if (!attachments.isEmpty())
            emit filesDropped(attachments);
        return;
    }
    if (source->hasImage()) {
        if (m_richText)
            insertImage(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    if (!m_richText) {
        insertPlainText(source->text());
        return;
    }
    QTextEdit::insertFromMimeData(source);
}
