#pragma once
// Turns a `mailto:` URI (RFC 6068) into the fields of a new message, so `qourier mailto:...` and
// links clicked in a browser open a prefilled composer.
//
// RFC 6068 §2 syntax, §3 header-field safety (only to, cc, bcc, subject and body are taken;
// every other hfield is dropped, because anything that becomes a header could forge the message),
// §5 encoding (percent-encoded UTF-8; '+' is a plus sign, never a space), §6 examples.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class MailtoParser
{
    Q_DECLARE_TR_FUNCTIONS(MailtoParser)

public:
    struct Result
    {
        QStringList to, cc, bcc;  // decoded, trimmed, in URI order, never containing CR/LF/NUL
        QString subject;          // one line: control characters became spaces
        QString body;             // line breaks as "\n" (the URI's %0D%0A, %0A or %0D)
        QStringList ignoredFields; // lower-case names of hfields that were dropped (for a notice)
    };

    // Returns false and sets `error` (translated) when `uri` is not a usable mailto URI:
    // another scheme, invalid UTF-8 after percent-decoding, or an address containing a line
    // break or other control character. `out` is only written on success. Either pointer may be null.
    static bool parse(const QString& uri, Result* out, QString* error);
};
