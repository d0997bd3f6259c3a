#include "BodyExporter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

#include <algorithm>

namespace {

constexpr QChar kObjectReplacement(0xFFFC); // one per image in the document's text
constexpr QChar kLineSeparator(0x2028);     // Shift+Return inside a paragraph
constexpr QChar kNbsp(0x00A0);

bool isBulleted(const QTextList* list)
{
    const QTextListFormat::Style style = list->format().style();
    return style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
        || style == QTextListFormat::ListSquare;
}

QString listOpenTag(const QTextList* list)
{
    if (isBulleted(list))
        return QStringLiteral("<ul>");
    switch (list->format().style()) {
    case QTextListFormat::ListLowerAlpha: return QStringLiteral("<ol type=\"a\">");
    case QTextListFormat::ListUpperAlpha: return QStringLiteral("<ol type=\"A\">");
    case QTextListFormat::ListLowerRoman: return QStringLiteral("<ol type=\"i\">");
    case QTextListFormat::ListUpperRoman: return QStringLiteral("<ol type=\"I\">");
    default: return QStringLiteral("<ol>");
    }
}

QString listCloseTag(const QTextList* list)
{
    return isBulleted(list) ? QStringLiteral("</ul>") : QStringLiteral("</ol>");
}

// Escapes text for HTML. Runs of spaces keep their width (HTML collapses them), so every space
// that follows a space, or starts the block, becomes &nbsp;.
QString escapeText(const QString& text, bool* lastWasSpace)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const bool space = c == QLatin1Char(' ');
        if (space) {
            out += *lastWasSpace ? QStringLiteral("&nbsp;") : QStringLiteral(" ");
        } else if (c == QLatin1Char('&')) {
            out += QStringLiteral("&amp;");
        } else if (c == QLatin1Char('<')) {
            out += QStringLiteral("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QStringLiteral("&gt;");
        } else if (c == QLatin1Char('"')) {
            out += QStringLiteral("&quot;");
        } else if (c == kNbsp) {
            out += QStringLiteral("&nbsp;");
        } else if (c == kLineSeparator || c == QLatin1Char('\n')) {
            out += QStringLiteral("<br>");
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("&nbsp;&nbsp;&nbsp; ");
        } else if (c == kObjectReplacement) {
            // An object that is not an image (none are inserted by the composer): drop it.
        } else {
            out += c;
        }
        *lastWasSpace = space || c == kLineSeparator;
    }
    return out;
}

QString escapeAttribute(const QString& value)
{
    return value.toHtmlEscaped();
}

} // namespace

int BodyExporter::quoteLevel(const QTextBlock& block)
{
    return std::max(0, block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel));
}

QString BodyExporter::inlineHtml(const QTextBlock& block)
{
    QString out;
    bool lastWasSpace = true;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            const QTextImageFormat image = format.toImageFormat();
            QString tag = QStringLiteral("<img src=\"") + escapeAttribute(image.name()) + QLatin1Char('"');
            if (image.width() > 0)
                tag += QStringLiteral(" width=\"%1\"").arg(qRound(image.width()));
            if (image.height() > 0)
                tag += QStringLiteral(" height=\"%1\"").arg(qRound(image.height()));
            tag += QStringLiteral(" alt=\"\">");
            // Equal adjacent images share one fragment: one tag per object character.
            for (int i = 0; i < fragment.length(); ++i)
                out += tag;
            lastWasSpace = false;
            continue;
        }
        QString text = escapeText(fragment.text(), &lastWasSpace);
        if (text.isEmpty())
            continue;
        const bool anchor = format.isAnchor() && !format.anchorHref().isEmpty();
        if (format.fontStrikeOut())
            text = QStringLiteral("<s>") + text + QStringLiteral("</s>");
        // Links are underlined by the editor's own link style; only explicit underline is sent.
        if (format.fontUnderline() && !anchor)
            text = QStringLiteral("<u>") + text + QStringLiteral("</u>");
        if (format.fontItalic())
            text = QStringLiteral("<i>") + text + QStringLiteral("</i>");
        if (format.fontWeight() >= QFont::DemiBold)
            text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
        if (anchor)
            text = QStringLiteral("<a href=\"") + escapeAttribute(format.anchorHref()) + QStringLiteral("\">") + text
                + QStringLiteral("</a>");
        out += text;
    }
    return out;
}

QString BodyExporter::toHtml(const QTextDocument* document)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n"
                                 "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                                 "</head>\n<body>\n");
    int openQuotes = 0;
    QList<const QTextList*> openLists; // outermost first

    auto closeLists = [&]() {
        while (!openLists.isEmpty())
            out += listCloseTag(openLists.takeLast()) + QLatin1Char('\n');
    };

    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = quoteLevel(block);
        const QTextList* list = block.textList();

        if (level != openQuotes)
            closeLists();
        // Thunderbird and most readers show type="cite" as the familiar bar on the left.
        while (openQuotes < level) {
            out += QStringLiteral("<blockquote type=\"cite\" style=\"margin:0 0 0 0.8ex; "
                                  "border-left:2px solid #729fcf; padding-left:1ex\">\n");
            ++openQuotes;
        }
        while (openQuotes > level) {
            out += QStringLiteral("</blockquote>\n");
            --openQuotes;
        }

        // Nested lists are kept by indent: close the lists this block is not inside.
        if (!list) {
            closeLists();
        } else {
            while (!openLists.isEmpty() && openLists.last() != list
                   && openLists.last()->format().indent() >= list->format().indent())
                out += listCloseTag(openLists.takeLast()) + QLatin1Char('\n');
            if (openLists.isEmpty() || openLists.last() != list) {
                out += listOpenTag(list) + QLatin1Char('\n');
                openLists.append(list);
            }
        }

        QString style;
        const Qt::Alignment align = block.blockFormat().alignment() & Qt::AlignHorizontal_Mask;
        if (align & Qt::AlignHCenter)
            style = QStringLiteral(" style=\"text-align:center\"");
        else if (align & Qt::AlignRight)
            style = QStringLiteral(" style=\"text-align:right\"");

        QString content = inlineHtml(block);
        if (content.isEmpty())
            content = QStringLiteral("<br>");
        const QString tag = list ? QStringLiteral("li") : QStringLiteral("div");
        out += QLatin1Char('<') + tag + style + QLatin1Char('>') + content + QStringLiteral("</") + tag
            + QStringLiteral(">\n");
    }
    closeLists();
    while (openQuotes-- > 0)
        out += QStringLiteral("</blockquote>\n");
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QString BodyExporter::blockText(const QTextBlock& block)
{
    QString text = block.text();
    text.remove(kObjectReplacement);
    text.replace(kNbsp, QLatin1Char(' '));
    return text;
}

QString BodyExporter::plainBlock(const QTextBlock& block)
{
    const int level = quoteLevel(block);
    const QString quote = level > 0 ? QString(level, QLatin1Char('>')) + QLatin1Char(' ') : QString();
    QString marker;
    QString continuation;
    if (const QTextList* list = block.textList()) {
        const QString indent(2 * std::max(0, list->format().indent() - 1), QLatin1Char(' '));
        marker = indent + (isBulleted(list) ? QStringLiteral("*") : list->itemText(block)) + QLatin1Char(' ');
        continuation = QString(marker.size(), QLatin1Char(' '));
    }
    QStringList lines;
    const QStringList parts = blockText(block).split(kLineSeparator);
    for (int i = 0; i < parts.size(); ++i) {
        QString line = quote + (i == 0 ? marker : continuation) + parts.at(i);
        // "> " alone on an empty quoted line would leave a trailing space.
        if (parts.at(i).isEmpty() && marker.isEmpty())
            line = line.trimmed();
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString BodyExporter::toPlainText(const QTextDocument* document)
{
    QStringList blocks;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        blocks.append(plainBlock(block));
    // A document always ends with one block; an empty editor yields an empty body.
    while (!blocks.isEmpty() && blocks.last().isEmpty())
        blocks.removeLast();
    return blocks.join(QLatin1Char('\n'));
}

QString BodyExporter::textForChecks(const QTextDocument* document)
{
    QStringList lines;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (quoteLevel(block) > 0 || block.blockFormat().boolProperty(SignatureProperty))
            continue;
        const QStringList parts = blockText(block).split(kLineSeparator);
        for (const QString& line : parts) {
            if (line == QLatin1String("-- "))
                return lines.join(QLatin1Char('\n'));
            if (line.trimmed().startsWith(QLatin1Char('>')))
                continue;
            lines.append(line);
        }
    }
    return lines.join(QLatin1Char('\n'));
}
