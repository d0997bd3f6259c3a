#include "AutoconfigParser.h"

#include <QXmlStreamReader>

namespace {

QString substitute(QString text, const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    const QString local = at < 0 ? email : email.left(at);
    const QString domain = at < 0 ? QString() : email.mid(at + 1).toLower();
    text.replace(QLatin1String("%EMAILADDRESS%"), email);
    text.replace(QLatin1String("%EMAILLOCALPART%"), local);
    text.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return text.trimmed();
}

int securityRank(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::ImplicitTls: return 0;
    case SmtpSecurity::StartTls: return 1;
    case SmtpSecurity::None: return 2;
    }
    return 3;
}

} // namespace

bool AutoconfigParser::parse(const QByteArray& xml, const QString& emailAddress, Config* out, QString* error)
{
    QXmlStreamReader r(xml);
    Config config;
    bool sawRoot = false;

    // Reads one <outgoingServer> element's children; the reader is on its start tag.
    auto readServer = [&]() {
        Server s;
        bool knownSocket = false;
        while (r.readNextStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("hostname")) {
                s.host = substitute(r.readElementText(), emailAddress);
            } else if (name == QLatin1String("port")) {
                bool ok = false;
                const uint port = r.readElementText().trimmed().toUInt(&ok);
                s.port = ok && port > 0 && port <= 65535 ? quint16(port) : 0;
            } else if (name == QLatin1String("socketType")) {
                const QString t = r.readElementText().trimmed();
                knownSocket = true;
                if (t.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
                    s.security = SmtpSecurity::ImplicitTls;
                else if (t.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
                    s.security = SmtpSecurity::StartTls;
                else if (t.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
                    s.security = SmtpSecurity::None;
                else
                    knownSocket = false;
            } else if (name == QLatin1String("username")) {
                s.userName = substitute(r.readElementText(), emailAddress);
            } else if (name == QLatin1String("authentication")) {
                s.authentication << r.readElementText().trimmed();
            } else {
                r.skipCurrentElement();
            }
        }
        if (knownSocket && !s.host.isEmpty() && s.port != 0)
            config.outgoing.append(s);
    };

    if (r.readNextStartElement()) {
        if (r.name() != QLatin1String("clientConfig")) {
            if (error)
                *error = QStringLiteral("not a clientConfig document");
            return false;
        }
        sawRoot = true;
        while (r.readNextStartElement()) {
            if (r.name() != QLatin1String("emailProvider")) {
                r.skipCurrentElement();
                continue;
            }
            config.providerId = r.attributes().value(QLatin1String("id")).toString();
            while (r.readNextStartElement()) {
                const auto name = r.name();
                if (name == QLatin1String("domain"))
                    config.domains << r.readElementText().trimmed().toLower();
                else if (name == QLatin1String("displayName"))
                    config.displayName = r.readElementText().trimmed();
                else if (name == QLatin1String("outgoingServer")
                         && r.attributes().value(QLatin1String("type")) == QLatin1String("smtp"))
                    readServer();
                else
                    r.skipCurrentElement();
            }
        }
    }
    if (r.hasError() || !sawRoot) {
        if (error)
            *error = r.hasError() ? r.errorString() : QStringLiteral("empty document");
        return false;
    }
    *out = config;
    return true;
}

std::optional<AutoconfigParser::Server> AutoconfigParser::preferred(const QList<Server>& servers)
{
    std::optional<Server> best;
    for (const Server& s : servers) {
        if (!best || securityRank(s.security) < securityRank(best->security))
            best = s;
    }
    return best;
}
