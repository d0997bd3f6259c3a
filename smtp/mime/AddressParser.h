#pragma once
// Turns what people type or paste into a To/Cc/Bcc field into MailAddress values.
//
// RFCs: 5322 §3.4 (mailbox, address-list, group), §3.2.2 (comments), §3.2.4 (quoted strings),
// §3.4.1 (addr-spec); 6532 §3.2 (UTF-8 in local parts and names, for SMTPUTF8);
// 5890/5891 (IDN domains: kept in Unicode here, validated through their A-label form);
// 5321 §4.5.3.1 (64-octet local part, 255-octet domain).
//
// Deliberately lenient where people are sloppy (";" as a separator, full-width "，" and "；",
// 'single-quoted' names, an unterminated group at the end such as a pasted "mailto:a@b"), and
// strict where it matters for delivery and safety (CR, LF, NUL and other control characters are
// always rejected, so nothing parsed here can ever inject a header or an SMTP command).

#include "MailAddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class AddressParser
{
    Q_DECLARE_TR_FUNCTIONS(AddressParser)

public:
    // Every mailbox in input, groups flattened to their members, empty entries skipped.
    // On invalid input: an empty list and *error (if given) is one English sentence naming the
    // bad entry, e.g. "\"bob@\" is not a valid address: the domain is missing". *error is
    // cleared on success.
    static QList<MailAddress> parseList(const QString& input, QString* error);

    // Exactly one mailbox ("Name <a@b>", "\"Doe, Jane\" <a@b>" or "a@b").
    static bool parseMailbox(const QString& input, MailAddress* out, QString* error);

    // local@domain per RFC 5322 §3.4.1 with RFC 6532 UTF-8 and IDN domains allowed.
    static bool isValidAddrSpec(const QString& addrSpec);

    // Why addrSpec is not valid, as the end of a sentence ("the domain is missing"); empty when
    // it is valid.
    static QString addrSpecProblem(const QString& addrSpec);

private:
    static bool parseEntry(const QString& entry, MailAddress* out, QString* problem);
    static QString localPartProblem(const QString& local);
    static QString domainProblem(const QString& domain);
    static QString controlCharacterProblem(const QString& text);
    static QString invalidEntrySentence(const QString& entry, const QString& problem);
};
