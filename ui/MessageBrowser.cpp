#include "MessageBrowser.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

MessageBrowser::MessageBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    // Never navigate: a link in a message is something the person chooses to open elsewhere.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &MessageBrowser::linkRequested);
}

void MessageBrowser::showMessage(const ParsedMessage& message, bool preferHtml)
{
    m_inlineParts = message.inlineParts;
    m_blocked.clear();
    m_resolved.clear();
    m_html = preferHtml && !message.htmlBody.isEmpty();
    // The document caches resources by URL: start from a fresh one so a new message never shows
    // an image of the previous one.
    document()->clear();
    if (m_html)
        setHtml(withoutTrailingBreaks(message.htmlBody));
    else
        setPlainText(message.textBody);
}

QString MessageBrowser::withoutTrailingBreaks(const QString& html)
{
    static const QString blocks = QStringLiteral("div|p|li|h[1-6]|td|th|dd|dt|blockquote|pre");
    // A block that holds only a <br>: one empty line, kept as a non-breaking space (Qt drops a
    // block with no text at all).
    static const QRegularExpression lone(
        QStringLiteral("(<(%1)\\b[^>]*>)\\s*<br\\s*/?>\\s*(</\\2\\s*>)").arg(blocks),
        QRegularExpression::CaseInsensitiveOption);
    // A <br> after some content, right before the block ends: no line at all.
    static const QRegularExpression trailing(
        QStringLiteral("<br\\s*/?>(\\s*</(?:%1)\\s*>)").arg(blocks), QRegularExpression::CaseInsensitiveOption);
    QString out = html;
    out.replace(lone, QStringLiteral("\\1&nbsp;\\3"));
    out.replace(trailing, QStringLiteral("\\1"));
    return out;
}

void MessageBrowser::clearMessage()
{
    m_inlineParts.clear();
    m_blocked.clear();
    m_resolved.clear();
    m_html = false;
    clear();
}

QVariant MessageBrowser::loadResource(int type, const QUrl& name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid")) {
        // RFC 2392 §2: "cid:" + the Content-ID without angle brackets, %-encoded.
        const QString id = QUrl::fromPercentEncoding(name.toString(QUrl::RemoveScheme).toUtf8());
        const QString contentId = id.startsWith(QLatin1String("//")) ? id.mid(2) : id;
        for (const ParsedPart& part : qAsConst(m_inlineParts)) {
            if (part.contentId.compare(contentId, Qt::CaseInsensitive) != 0)
                continue;
            if (!m_resolved.contains(name))
                m_resolved.append(name);
            if (type == QTextDocument::ImageResource) {
                const QImage image = QImage::fromData(part.data);
                if (!image.isNull())
                    return image;
            }
            return part.data;
        }
        // A cid: the message does not have: a broken reference, shown as a missing picture.
        return type == QTextDocument::ImageResource ? QVariant(blockedImage()) : QVariant(QByteArray(""));
    }
    if (scheme == QLatin1String("data")) {
        // RFC 2397: the content is in the URL itself, nothing is fetched.
        QString mimeType;
        const QByteArray data = decodeDataUrl(name, &mimeType);
        if (type == QTextDocument::ImageResource) {
            const QImage image = QImage::fromData(data);
            if (!image.isNull())
                return image;
        }
        return data;
    }
    // Everything else would be fetched from a server or the local disk: refused. The answer must
    // not be a null QVariant: QTextDocument::loadResource() then tries the local file system
    // itself (relative names against the working directory), so a message could show files
    // from this computer. A non-null empty value stops that.
    if (!m_blocked.contains(name)) {
        m_blocked.append(name);
        emit remoteContentBlocked(int(m_blocked.size()));
    }
    switch (type) {
    case QTextDocument::ImageResource:
        return blockedImage();
    case QTextDocument::StyleSheetResource:
    case QTextDocument::HtmlResource:
    case QTextDocument::MarkdownResource:
        return QString(QLatin1String(""));
    default:
        return QByteArray("");
    }
}

QImage MessageBrowser::blockedImage()
{
    // A small crossed-out frame where the picture would be, so the person sees that something
    // was left out and where.
    static const QImage image = [] {
        QImage i(24, 24, QImage::Format_ARGB32_Premultiplied);
        i.fill(QColor(0xee, 0xee, 0xee));
        QPainter p(&i);
        p.setPen(QColor(0xaa, 0xaa, 0xaa));
        p.drawRect(0, 0, 23, 23);
        p.drawLine(4, 4, 19, 19);
        p.drawLine(19, 4, 4, 19);
        return i;
    }();
    return image;
}

QByteArray MessageBrowser::decodeDataUrl(const QUrl& url, QString* mimeType)
{
    // data:[<mediatype>][;base64],<data>
    const QByteArray s = url.toEncoded(QUrl::RemoveScheme);
    const qsizetype comma = s.indexOf(',');
    if (comma < 0)
        return QByteArray();
    const QByteArray header = s.left(comma);
    const QByteArray payload = QByteArray::fromPercentEncoding(s.mid(comma + 1));
    const bool base64 = header.endsWith(";base64");
    *mimeType = QString::fromLatin1(base64 ? header.chopped(7) : header);
    return base64 ? QByteArray::fromBase64(payload) : payload;
}
