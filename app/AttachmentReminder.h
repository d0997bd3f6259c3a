#pragma once
// "You wrote 'attached' but attached nothing": finds a word that promises an attachment in what
// the person wrote themselves (quoted lines and the signature are left out by the caller).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class AttachmentReminder
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentReminder)

public:
    // The built-in words plus the translation's own list.
    static QStringList keywords();
    // The first keyword found in text (as written there), or empty. Latin keywords match at the
    // start of a word, so "attach" finds "attached" and "Attachment" but not "reattach"; CJK
    // keywords ("附件") match anywhere, as CJK text has no spaces between words.
    static QString findKeyword(const QString& text, const QStringList& keywords = AttachmentReminder::keywords());
};
