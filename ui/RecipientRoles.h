#pragma once
// The envelope against the header: RCPT TO (RFC 5321 §4.1.1.3) says who gets the message, To and
// Cc (RFC 5322 §3.6.3) say whom the recipients are told it went to. An envelope recipient that
// no To or Cc field names is a blind copy: the other recipients cannot see it was sent there.

#include "ParsedMessage.h"

#include <QList>
#include <QString>
#include <QStringList>

class RecipientRoles
{
public:
    enum class Role {
        To,        // named in To
        Cc,        // named in Cc (and not in To)
        BccHeader, // named only in a Bcc field the message carries, which every recipient can read
        Blind,     // named in no header: a Bcc recipient, hidden from the others
    };

    struct Entry
    {
        QString address; // as in the envelope
        Role role = Role::Blind;
        QString display; // the header's "Name <address>" when a header names it
    };

    // One entry per envelope recipient, in envelope order.
    static QList<Entry> classify(const QStringList& envelopeRecipients, const ParsedMessage& message);
    // To, Cc and Bcc addresses of the header that the envelope does not have: this transaction
    // did not deliver to them (another one may have).
    static QList<ParsedAddress> notInEnvelope(const QStringList& envelopeRecipients, const ParsedMessage& message);
    // A form for comparing: lower case, the domain in IDNA ASCII form (RFC 5890), so the header's
    // "例子.中国" meets the envelope's "xn--fsqu00a.xn--fiqs8s".
    static QString comparable(const QString& address);
};
