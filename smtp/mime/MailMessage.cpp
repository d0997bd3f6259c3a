#include "MailMessage.h"

#include <QSet>
#include <QUrl>

namespace {

// Two spellings of one mailbox: the local part is case-sensitive (RFC 5321 §2.4), the domain is
// not, and a Unicode domain equals its A-label form (RFC 5890).
QString envelopeKey(const QString& address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address;
    const QString domain = address.mid(at + 1);
    QString canonicalDomain = domain.startsWith(QLatin1Char('[')) ? domain : QString::fromLatin1(QUrl::toAce(domain));
    if (canonicalDomain.isEmpty())
        canonicalDomain = domain;
    return address.left(at) + QLatin1Char('@') + canonicalDomain.toLower();
}

} // namespace

SmtpEnvelope MailMessage::envelope() const
{
    SmtpEnvelope envelope;
    envelope.from = from.address;
    QSet<QString> seen;
    for (const QList<MailAddress>* list : {&to, &cc, &bcc}) {
        for (const MailAddress& recipient : *list) {
            if (recipient.address.isEmpty())
                continue;
            const QString key = envelopeKey(recipient.address);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            envelope.recipients.append(recipient.address);
        }
    }
    return envelope;
}
