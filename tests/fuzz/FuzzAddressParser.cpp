// Fuzz target "addressparser": AddressParser::parseList and parseMailbox on anything a person
// could type or paste (RFC 5322 §3.4 address lists, groups, comments, quoted strings; RFC 6532
// UTF-8; IDN domains). What parses must be a valid addr-spec with no control characters, must
// come back unchanged through MailAddress::toDisplayString() (the composer shows that string and
// parses it again when the user edits the field), and must make a well-formed header field.

#include "AddressParser.h"
#include "FuzzCheck.h"
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "HeaderEncoding.h"

namespace {

std::string describe(const QList<MailAddress>& list)
{
    std::string out;
    for (const MailAddress& a : list)
        out += "[" + Fuzz::show(a.name) + " " + Fuzz::show(a.address) + "] ";
    return out;
}

void checkClean(const MailAddress& a)
{
    FUZZ_CHECK(AddressParser::isValidAddrSpec(a.address), describe({ a }));
    FUZZ_CHECK(AddressParser::addrSpecProblem(a.address).isEmpty(), describe({ a }));
    FUZZ_CHECK(a.address.contains(QLatin1Char('@')), describe({ a }));
    // Spaces may sit in a quoted local part; no control may (RFC 5321 §4.1.2 qtextSMTP has no TAB).
    for (const QChar c : a.address)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f, "control in the address " + describe({ a }));
    for (const QChar c : a.name) {
        // Tabs are folding whitespace (harmless); every other control would break a header.
        const char16_t u = c.unicode();
        FUZZ_CHECK(u == '\t' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u < 0xa0)),
            "control in the name " + describe({ a }));
    }
}

bool hasNonAsciiLocalPart(const QList<MailAddress>& list)
{
    for (const MailAddress& a : list) {
        const QString local = a.address.left(a.address.lastIndexOf(QLatin1Char('@')));
        for (const QChar c : local) {
            if (c.unicode() >= 0x80)
                return true;
        }
    }
    return false;
}

} // namespace

void Fuzz::addressParser(const uint8_t* data, size_t size)
{
    if (size == 0)
        return;
    // First byte: how to read the rest (UTF-8 or raw UTF-16).
    const QString input = textFrom(data + 1, size - 1, data[0] & 1);

    QString error = QStringLiteral("not cleared");
    const QList<MailAddress> list = AddressParser::parseList(input, &error);
    if (!error.isEmpty()) {
        FUZZ_CHECK(list.isEmpty(), "an error and addresses: " + describe(list));
        FUZZ_CHECK(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')), Fuzz::show(error));
    } else {
        for (const MailAddress& a : list)
            checkClean(a);

        // The display form parses back to the same mailboxes (and as one list, too).
        QStringList shown;
        for (const MailAddress& a : list) {
            shown.append(a.toDisplayString());
            QString again;
            const QList<MailAddress> one = AddressParser::parseList(a.toDisplayString(), &again);
            FUZZ_CHECK(again.isEmpty() && one == QList<MailAddress> { a },
                describe({ a }) + " shown as " + Fuzz::show(a.toDisplayString()) + " re-parses as " + describe(one)
                    + Fuzz::show(again));
        }
        QString again;
        const QList<MailAddress> reparsed = AddressParser::parseList(shown.join(QStringLiteral(", ")), &again);
        FUZZ_CHECK(again.isEmpty() && reparsed == list,
            describe(list) + " shown as " + Fuzz::show(shown.join(QStringLiteral(", "))) + " re-parses as "
                + describe(reparsed) + Fuzz::show(again));

        if (!list.isEmpty()) {
            const QByteArray field = HeaderEncoding::mailboxListField("To", list);
            const std::string problem = headerFieldProblem(field, "To", !hasNonAsciiLocalPart(list));
            FUZZ_CHECK(problem.empty(), problem + " in " + show(field));
        }
    }

    MailAddress mailbox;
    QString mailboxError;
    if (AddressParser::parseMailbox(input, &mailbox, &mailboxError)) {
        checkClean(mailbox);
        MailAddress again;
        QString againError;
        FUZZ_CHECK(AddressParser::parseMailbox(mailbox.toDisplayString(), &again, &againError) && again == mailbox,
            describe({ mailbox }) + " re-parses as " + describe({ again }) + show(againError));
    }
}
