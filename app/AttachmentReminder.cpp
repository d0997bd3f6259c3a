#include "AttachmentReminder.h"

#include <QRegularExpression>

#include <algorithm>

QStringList AttachmentReminder::keywords()
{
    QStringList words{QStringLiteral("attach"), QStringLiteral("enclosed"), QStringLiteral("附件"),
                      QStringLiteral("附檔")};
    //: Comma-separated words that mean a file is attached, in your language (lower case; a word
    //: matches any word starting with it, so "attach" also finds "attached").
    const QString translated = tr("attach,enclosed");
    const QStringList extra = translated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& word : extra) {
        const QString w = word.trimmed();
        if (!w.isEmpty() && !words.contains(w, Qt::CaseInsensitive))
            words.append(w);
    }
    return words;
}

QString AttachmentReminder::findKeyword(const QString& text, const QStringList& keywords)
{
    for (const QString& keyword : keywords) {
        const bool latin = std::all_of(keyword.cbegin(), keyword.cend(), [](QChar c) { return c.unicode() < 0x2E80; });
        if (!latin) {
            const int at = text.indexOf(keyword, 0, Qt::CaseInsensitive);
            if (at >= 0)
                return text.mid(at, keyword.size());
            continue;
        }
        const QRegularExpression word(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(keyword) + QStringLiteral("\\w*"),
                                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch match = word.match(text);
        if (match.hasMatch())
            return match.captured(0);
    }
    return QString();
}
