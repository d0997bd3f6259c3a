#include "SmtpSettings.h"

#include <algorithm>

SmtpTimeouts SmtpTimeouts::uniform(int ms)
{
    SmtpTimeouts t;
    t.connectMs = t.tlsHandshakeMs = t.greetingMs = t.commandMs = t.bodyInactivityMs = ms;
    t.finalReplyMs = std::max(ms, 1);
    t.quitMs = std::min(ms, t.quitMs);
    return t;
}

QByteArray SmtpSettings::normalizedFingerprint(const QString& hex)
{
    QString digits;
    for (const QChar c : hex) {
        if (c.isLetterOrNumber())
            digits.append(c);
    }
    const QByteArray raw = QByteArray::fromHex(digits.toLatin1());
    return raw.size() == 32 ? raw : QByteArray();
}
