// Fuzz target "mailtoparser": MailtoParser::parse on any link a web page could hand us
// (RFC 6068). Whatever it accepts must be safe to put into a header: no line breaks or other
// controls in addresses or the subject, no CR in the body, only the hfields it promises to take.

#include "FuzzCheck.h"
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "MailtoParser.h"

namespace {

using Fuzz::show;

bool isLineBreakOrControl(char16_t u)
{
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029;
}

void checkAddresses(const QStringList& list, const QString& uri)
{
    for (const QString& address : list) {
        FUZZ_CHECK(!address.isEmpty() && address == address.trimmed(), show(address) + " from " + show(uri));
        for (const QChar c : address)
            FUZZ_CHECK(!isLineBreakOrControl(c.unicode()), show(address) + " from " + show(uri));
    }
}

} // namespace

void Fuzz::mailtoParser(const uint8_t* data, size_t size)
{
    if (size == 0)
        return;
    // First byte: how to read the rest (UTF-8 or raw UTF-16).
    const QString uri = textFrom(data + 1, size - 1, data[0] & 1);

    MailtoParser::Result result;
    QString error;
    const bool ok = MailtoParser::parse(uri, &result, &error);
    // Null pointers are allowed and change nothing.
    FUZZ_CHECK(MailtoParser::parse(uri, nullptr, nullptr) == ok, show(uri));
    if (!ok) {
        FUZZ_CHECK(!error.isEmpty(), show(uri));
        return;
    }
    FUZZ_CHECK(uri.trimmed().startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive), show(uri));
    checkAddresses(result.to, uri);
    checkAddresses(result.cc, uri);
    checkAddresses(result.bcc, uri);
    for (const QChar c : result.subject)
        FUZZ_CHECK(!isLineBreakOrControl(c.unicode()), "subject " + show(result.subject) + " from " + show(uri));
    for (const QChar c : result.body) {
        const char16_t u = c.unicode();
        FUZZ_CHECK(
            u == '\n' || u == '\t' || (u >= 0x20 && u != 0x7f), "body " + show(result.body) + " from " + show(uri));
    }
    for (const QString& name : result.ignoredFields) {
        FUZZ_CHECK(name == name.toLower(), show(name));
        FUZZ_CHECK(name != QLatin1String("to") && name != QLatin1String("cc") && name != QLatin1String("bcc")
                && name != QLatin1String("subject") && name != QLatin1String("body"),
            show(name));
        for (const QChar c : name)
            FUZZ_CHECK(!isLineBreakOrControl(c.unicode()), "ignored field " + show(name));
    }
    FUZZ_CHECK(result.ignoredFields.removeDuplicates() == 0, show(uri));
}
