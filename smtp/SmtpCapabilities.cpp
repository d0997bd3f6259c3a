#include "SmtpCapabilities.h"

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply& reply)
{
    SmtpCapabilities caps;
    caps.esmtp = true;
    if (reply.lines.isEmpty())
        return caps;
    // RFC 5321 §4.1.1.1: the first line is "domain [greeting]"; each further line is
    // "keyword [params]". Keywords are case-insensitive (§2.4).
    caps.serverName = reply.lines.first().section(QLatin1Char(' '), 0, 0);
    for (int i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue; // Postfix smtp-sink ends its reply with an empty "250 " line
        caps.raw.append(line);
        QString keyword = line.section(QLatin1Char(' '), 0, 0).toUpper();
        QStringList params = line.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Pre-RFC 2554 servers (and some still today) announce "AUTH=LOGIN PLAIN".
        if (keyword.startsWith(QLatin1String("AUTH="))) {
            params.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (keyword == QLatin1String("DSN")) {
            caps.dsn = true;
        } else if (keyword == QLatin1String("SIZE")) {
            caps.sizeOffered = true;
            bool ok = false;
            const qint64 limit = params.value(0).toLongLong(&ok);
            caps.sizeLimit = ok && limit > 0 ? limit : 0;
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString& mech : qAsConst(params)) {
                const QString upper = mech.toUpper();
                // "AUTH=" with nothing after it names no mechanism (found by tests/fuzz).
                if (!upper.isEmpty() && !caps.authMechanisms.contains(upper))
                    caps.authMechanisms.append(upper);
            }
        }
    }
    return caps;
}

bool SmtpCapabilities::supportsAuth(const QString& mechanism) const
{
    return authMechanisms.contains(mechanism.toUpper());
}
