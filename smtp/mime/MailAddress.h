#pragma once
// One mailbox: display name + addr-spec (RFC 5322 §3.4). Unicode throughout; encoding for the
// wire (RFC 2047 names, IDNA domains, SMTPUTF8 local parts) happens in the writer and session.

#include <QList>
#include <QString>

struct MailAddress
{
    QString name;    // display name, may be empty, may be any language
    QString address; // addr-spec "local@domain"

    bool isEmpty() const { return address.isEmpty(); }
    bool operator==(const MailAddress& other) const { return name == other.name && address == other.address; }
    // As a person would type it back: "Name <a@b>", "\"Doe, Jane\" <a@b>" or "a@b".
    QString toDisplayString() const;
};
