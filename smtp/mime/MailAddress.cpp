#include "MailAddress.h"

QString MailAddress::toDisplayString() const
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return address;
    // RFC 5322 §3.2.3 specials (plus the full-width separators AddressParser splits on) need a
    // quoted-string (§3.2.4) so that AddressParser reads the same mailbox back.
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"") + QChar(0xFF0C) + QChar(0xFF1B);
    // Whitespace other than single spaces too: outside quotes AddressParser collapses it to one
    // space, so a name with a TAB or two spaces in a row would come back changed (found by tests/fuzz).
    bool needsQuotes = trimmedName.contains(QLatin1String("  "));
    for (QChar c : trimmedName) {
        if (specials.contains(c) || (c.isSpace() && c != QLatin1Char(' '))) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return trimmedName + QStringLiteral(" <") + address + QLatin1Char('>');
    QString quoted = trimmedName;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QStringLiteral("\" <") + address + QLatin1Char('>');
}
