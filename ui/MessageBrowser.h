#pragma once
// Shows a message body the way a careful mail program does: HTML with "cid:" images taken from
// the message's own parts (RFC 2392), and nothing fetched from anywhere else. Remote images and
// style sheets are tracking beacons at best, so every http:, https:, ftp:, file: or relative
// resource comes back empty and is recorded in blockedUrls() for the view's note. Links are not
// followed here: a click emits linkRequested() and the view decides.

#include "ParsedMessage.h"

#include <QImage>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

class MessageBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MessageBrowser(QWidget* parent = nullptr);

    // The HTML body when there is one and `preferHtml`, else the text body.
    void showMessage(const ParsedMessage& message, bool preferHtml);
    void clearMessage();

    bool isShowingHtml() const { return m_html; }
    // Resources refused since the last showMessage(), each once.
    QList<QUrl> blockedUrls() const { return m_blocked; }
    // "cid:" resources that were found in the message.
    QList<QUrl> resolvedUrls() const { return m_resolved; }

    QVariant loadResource(int type, const QUrl& name) override;

    // `html` as browsers lay it out, for Qt's renderer: a <br> that ends a block adds no line in
    // HTML (a block holding only <br> is one empty line), but Qt draws it as one more line, so a
    // blank line written by the composer (<div><br></div>) would show as two.
    static QString withoutTrailingBreaks(const QString& html);

signals:
    // A resource was refused; `count` is how many so far for this message.
    void remoteContentBlocked(int count);
    void linkRequested(const QUrl& url);

private:
    static QImage blockedImage();
    static QByteArray decodeDataUrl(const QUrl& url, QString* mimeType);

    QList<ParsedPart> m_inlineParts;
    QList<QUrl> m_blocked;
    QList<QUrl> m_resolved;
    bool m_html = false;
};
