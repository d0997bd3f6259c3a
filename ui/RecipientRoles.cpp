#include "RecipientRoles.h"

#include <QUrl>

QString RecipientRoles::comparable(const QString& address)
{
    // RFC 5321 §2.4 lets the local part be case-sensitive, but no real server treats it so, and
    // a header written "Bob@" for an envelope "bob@" must still count as naming bob.
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address.trimmed().toLower();
    const QString local = address.left(at).trimmed();
    const QString domain = address.mid(at + 1).trimmed();
    QString ace = QString::fromLatin1(QUrl::toAce(domain));
    if (ace.isEmpty())
        ace = domain; // not a valid IDN: compare as written
    return (local + QLatin1Char('@') + ace).toLower();
}

QList<RecipientRoles::Entry> RecipientRoles::classify(const QStringList& envelopeRecipients,
                                                       const ParsedMessage& message)
{
    auto find = [](const QList<ParsedAddress>& list, const QString& key) -> const ParsedAddress* {
        for (const ParsedAddress& a : list) {
            if (!a.address.isEmpty() && comparable(a.address) == key)
                return &a;
        }
        return nullptr;
    };

    QList<Entry> entries;
    for (const QString& rcpt : envelopeRecipients) {
        const QString key = comparable(rcpt);
        Entry e;
        e.address = rcpt;
        const ParsedAddress* named = nullptr;
        if ((named = find(message.to, key)))
            e.role = Role::To;
        else if ((named = find(message.cc, key)))
            e.role = Role::Cc;
        else if ((named = find(message.bcc, key)))
            e.role = Role::BccHeader;
        else
            e.role = Role::Blind;
        if (named)
            e.display = named->display();
        entries.append(e);
    }
    return entries;
}

QList<ParsedAddress> RecipientRoles::notInEnvelope(const QStringList& envelopeRecipients, const ParsedMessage& message)
{
    QStringList keys;
    for (const QString& rcpt : envelopeRecipients)
        keys << comparable(rcpt);
    QList<ParsedAddress> missing;
    QStringList seen;
    for (const QList<ParsedAddress>* list : {&message.to, &message.cc, &message.bcc}) {
        for (const ParsedAddress& a : *list) {
            if (a.address.isEmpty())
                continue;
            const QString key = comparable(a.address);
            if (!keys.contains(key) && !seen.contains(key)) {
                seen << key;
                missing << a;
            }
        }
    }
    return missing;
}
