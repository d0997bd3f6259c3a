#pragma once
// Turns the composer's QTextDocument into what is sent: a small, clean HTML body (div, b, i, u,
// s, a, img, ul/ol/li, blockquote type="cite") that mail readers render the way the editor showed
// it, and the text/plain alternative. QTextDocument::toHtml() is not used because it writes
// Qt-specific CSS (-qt-block-indent, a 9pt body font) and turns a block quote into a margin.

#include <QString>
#include <QTextFormat>

class QTextBlock;
class QTextDocument;

class BodyExporter
{
public:
    // A block format property marking the paragraphs of the inserted signature, so changing the
    // identity can replace it and the attachment reminder can skip it.
    static constexpr int SignatureProperty = QTextFormat::UserProperty + 1;

    static QString toHtml(const QTextDocument* document);
    // Block by block as QTextDocument::toPlainText() (images dropped), with "> " for quoted
    // paragraphs and "* " / "1. " for list items, so the plain alternative keeps the structure.
    static QString toPlainText(const QTextDocument* document);
    // What the person wrote themselves: no quoted lines (a block quote or a line starting with
    // ">"), no signature (marked blocks, or anything after the "-- " line, RFC 3676 §4.3).
    static QString textForChecks(const QTextDocument* document);
    // One paragraph as plain text lines ("\n" between them), with quote and list markers.
    static QString plainBlock(const QTextBlock& block);

private:
    static QString inlineHtml(const QTextBlock& block);
    static QString blockText(const QTextBlock& block);
    static int quoteLevel(const QTextBlock& block);
};
