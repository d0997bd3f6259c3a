#include "ErrorText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {

using Kind = SmtpError::Kind;

QString serverWordsOf(const SmtpError& e)
{
    QStringList parts;
    if (e.replyCode != 0)
        parts << QString::number(e.replyCode);
    if (!e.enhancedCode.isEmpty())
        parts << e.enhancedCode;
    if (!e.serverText.isEmpty())
        parts << e.serverText;
    return parts.join(QLatin1Char(' '));
}

QString firstOf(const QStringList& values)
{
    return values.isEmpty() ? QString() : values.first();
}

// The engine reports its own SIZE check as "N bytes, the server accepts at most M"
// (SmtpSession, RFC 1870 §6.1); read M back when the caller did not pass the limit.
qint64 limitFromDetail(const QString& detail)
{
    static const QRegularExpression re(QStringLiteral("at most (\\d+)"));
    const QRegularExpressionMatch m = re.match(detail);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool enhancedIs(const SmtpError& e, const char* code)
{
    // RFC 3463 §2: the class digit varies (4.7.0 / 5.7.0); compare subject.detail only.
    const int dot = e.enhancedCode.indexOf(QLatin1Char('.'));
    return dot > 0 && e.enhancedCode.mid(dot) == QLatin1String(code);
}

} // namespace

QString ErrorText::phaseDescription(const QString& phase)
{
    // Keys are SmtpSession::State names (SmtpSession::stateName()).
    if (phase == QLatin1String("Idle"))
        return tr("preparing the connection");
    if (phase == QLatin1String("Connecting"))
        return tr("connecting to the server");
    if (phase == QLatin1String("TlsHandshake") || phase == QLatin1String("StartTlsHandshake"))
        return tr("setting up encryption (TLS)");
    if (phase == QLatin1String("Greeting"))
        return tr("waiting for the server's greeting");
    if (phase == QLatin1String("Ehlo") || phase == QLatin1String("Helo"))
        return tr("introducing Qourier to the server (EHLO)");
    if (phase == QLatin1String("StartTls"))
        return tr("asking the server to start encryption (STARTTLS)");
    if (phase == QLatin1String("Auth"))
        return tr("signing in");
    if (phase == QLatin1String("Ready"))
        return tr("between two messages");
    if (phase == QLatin1String("MailFrom"))
        return tr("announcing the sender (MAIL FROM)");
    if (phase == QLatin1String("RcptTo"))
        return tr("announcing the recipients (RCPT TO)");
    if (phase == QLatin1String("Data"))
        return tr("starting the message transfer (DATA)");
    if (phase == QLatin1String("Body") || phase == QLatin1String("Bdat"))
        return tr("uploading the message");
    if (phase == QLatin1String("EndOfData"))
        return tr("waiting for the server to accept the message");
    if (phase == QLatin1String("Rset"))
        return tr("resetting the transaction (RSET)");
    if (phase == QLatin1String("Quit"))
        return tr("closing the connection (QUIT)");
    return phase;
}

QString ErrorText::sha256Fingerprint(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString ErrorText::certificateSummary(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return QString();
    const auto name = [](const QSslCertificate& c, bool subject) {
        const auto info = [&](QSslCertificate::SubjectInfo what) {
            return firstOf(subject ? c.subjectInfo(what) : c.issuerInfo(what));
        };
        QStringList parts;
        for (const QString& part : {info(QSslCertificate::CommonName), info(QSslCertificate::Organization)}) {
            if (!part.isEmpty() && !parts.contains(part))
                parts << part;
        }
        return parts.isEmpty() ? (subject ? c.subjectDisplayName() : c.issuerDisplayName()) : parts.join(QStringLiteral(", "));
    };
    const QLocale locale;
    QStringList lines;
    lines << tr("Issued to: %1").arg(name(certificate, true));
    const QStringList altNames = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (!altNames.isEmpty())
        lines << tr("Valid for: %1").arg(altNames.join(QStringLiteral(", ")));
    lines << tr("Issued by: %1").arg(name(certificate, false));
    if (certificate.isSelfSigned())
        lines << tr("Self-signed: it vouches for itself; no authority checked it.");
    lines << tr("Valid from %1 to %2")
                 .arg(locale.toString(certificate.effectiveDate().date(), QLocale::ShortFormat),
                      locale.toString(certificate.expiryDate().date(), QLocale::ShortFormat));
    lines << tr("SHA-256 fingerprint: %1").arg(sha256Fingerprint(certificate));
    return lines.join(QLatin1Char('\n'));
}

ErrorText::Message ErrorText::describe(const SmtpError& e, const QString& hostName, qint64 sizeLimit)
{
    Message m;
    if (!e.isError())
        return m;

    const QString host = hostName.isEmpty() ? tr("the mail server") : hostName;
    m.serverWords = serverWordsOf(e);
    m.detail = e.detail;

    switch (e.kind) {
    case Kind::None:
        break;
    case Kind::InvalidInput:
        m.title = tr("Cannot send: something in the message or the account is not usable");
        m.what = tr("Qourier checked the message and the settings before connecting and stopped.");
        m.advice = tr("Check that there is at least one recipient, that no address contains a line break, "
                      "and that the server name is filled in.");
        break;
    case Kind::HostLookup:
        m.title = tr("Could not find %1").arg(host);
        m.what = tr("The server name %1 could not be turned into an address (DNS lookup failed).").arg(host);
        m.advice = tr("Check the spelling of the server name (for example smtp.gmail.com or smtp.qq.com) "
                      "and that this computer is online.");
        break;
    case Kind::ConnectionRefused:
        m.title = tr("Could not connect to %1").arg(host);
        m.what = tr("The server refused the connection: nothing answers on that port.");
        m.advice = tr("Check the port: 465 is for implicit TLS, 587 for STARTTLS. "
                      "Some networks also block outgoing mail ports.");
        break;
    case Kind::Network:
        m.title = tr("The connection to %1 failed").arg(host);
        m.what = tr("A network error interrupted the connection.");
        m.advice = tr("Check that this computer is online, then try again.");
        break;
    case Kind::Proxy:
        m.title = tr("Could not use the proxy to reach %1").arg(host);
        m.what = tr("The proxy server could not be reached or did not follow its protocol.");
        m.advice = tr("Check the proxy's address, port and type (SOCKS5 or HTTP), or try without the proxy.");
        break;
    case Kind::ProxyAuthFailed:
        m.title = tr("The proxy refused to sign you in");
        m.what = tr("The proxy server wants a user name and password, or did not accept the ones given.");
        m.advice = tr("Check the proxy's user name and password in the account settings.");
        break;
    case Kind::ProxyTargetUnreachable:
        m.title = tr("The proxy could not reach %1").arg(host);
        m.what = tr("The proxy works, but it could not connect to the mail server.");
        m.advice = tr("Check the server name and port; the proxy's network may also block mail ports.");
        break;
    case Kind::Timeout:
        m.title = tr("%1 did not answer in time").arg(host);
        m.what = tr("No answer arrived while %1.").arg(phaseDescription(e.phase));
        if (e.phase == QLatin1String("Connecting"))
            m.advice = tr("A firewall or the network may be dropping the connection silently. "
                          "Try the other port (465 or 587) or another network.");
        else if (e.phase == QLatin1String("TlsHandshake") || e.phase == QLatin1String("Greeting"))
            m.advice = tr("The security setting may not match the port: 465 is for implicit TLS, 587 for STARTTLS.");
        else
            m.advice = tr("The server or the network is slow right now; try again later.");
        break;
    case Kind::TlsHandshake:
        m.title = tr("Could not set up a secure connection to %1").arg(host);
        m.what = tr("The encryption (TLS) handshake failed.");
        m.advice = tr("Check that the security setting matches the port: 465 is for implicit TLS, 587 for STARTTLS. "
                      "Choosing the wrong one fails exactly like this.");
        break;
    case Kind::CertificateRejected: {
        m.title = tr("The certificate of %1 is not trusted").arg(host);
        QSslCertificate leaf = e.certificateChain.isEmpty() ? QSslCertificate() : e.certificateChain.first();
        QStringList problems;
        for (const QSslError& sslError : e.sslErrors) {
            problems << sslError.errorString();
            if (leaf.isNull())
                leaf = sslError.certificate();
        }
        problems.removeDuplicates();
        m.what = tr("The server showed a certificate that could not be verified.");
        if (!problems.isEmpty())
            m.what += QLatin1Char(' ') + tr("Problem: %1").arg(problems.join(QStringLiteral("; ")));
        const QString summary = certificateSummary(leaf);
        if (!summary.isEmpty())
            m.what += QLatin1Char('\n') + summary;
        m.advice = tr("Trust this certificate only if you recognise it, for example because your administrator "
                      "gave you the same SHA-256 fingerprint. Otherwise someone may be intercepting the connection.");
        break;
    }
    case Kind::StartTlsUnavailable:
        m.title = tr("%1 offered no encryption").arg(host);
        m.what = tr("The server did not offer STARTTLS, or refused it.");
        m.advice = tr("Qourier never sends in clear text. Try port 465 with implicit TLS.");
        break;
    case Kind::InsecureRefused:
        m.title = tr("Qourier refused an unencrypted connection to %1").arg(host);
        m.what = tr("The account asks for clear text, or the server wanted the password without encryption.");
        m.advice = tr("Choose STARTTLS on port 587 or implicit TLS on port 465. "
                      "Clear text only makes sense for a test server on your own computer.");
        break;
    case Kind::ProtocolError:
        m.title = tr("%1 answered in a way Qourier does not understand").arg(host);
        if (e.phase == QLatin1String("StartTls"))
            m.what = tr("The server sent data right after agreeing to STARTTLS, before encryption began. "
                        "This can be an attack, so Qourier stopped.");
        else
            m.what = tr("The server's reply does not follow the SMTP protocol.");
        m.advice = tr("Check that the host and port belong to an outgoing mail (SMTP) server, "
                      "not to an IMAP, POP3 or web server.");
        break;
    case Kind::ServiceUnavailable:
        m.title = tr("%1 is not available right now").arg(host);
        m.what = tr("The server closed the service or turned the connection away.");
        m.advice = tr("Try again later. If it keeps happening, the server may be limiting how often you send "
                      "or refusing your network.");
        break;
    case Kind::HeloRejected:
        m.title = tr("%1 refused Qourier's greeting").arg(host);
        m.what = tr("The server refused both EHLO and HELO.");
        m.advice = tr("Some servers refuse a computer name that is not a real domain: set a host name for EHLO in "
                      "the account settings, or ask the provider.");
        break;
    case Kind::AuthUnavailable:
        m.title = tr("%1 offers no sign-in method Qourier can use").arg(host);
        m.what = tr("A user name and password are set, but the server offered no suitable way to sign in.");
        m.advice = tr("Many servers only offer sign-in after encryption starts: check the security setting. "
                      "Otherwise ask the provider which method to use.");
        break;
    case Kind::AuthFailed:
        m.title = tr("Signing in to %1 failed").arg(host);
        m.what = tr("The server did not accept the user name and password.");
        m.advice = tr("Check the user name and password. Many providers need an app password or authorization code "
                      "instead of your usual password (Gmail: app password; QQ Mail/163: 授权码), and some need SMTP "
                      "turned on in their web settings first.");
        if (e.replyCode == 534 || enhancedIs(e, ".7.9"))
            m.advice += QLatin1Char(' ') + tr("This server says the sign-in method is too weak: it wants an app password.");
        break;
    case Kind::AuthTokenExpired:
        m.title = tr("The sign-in token for %1 has expired").arg(host);
        m.what = tr("The server rejected the access token as expired or invalid.");
        m.advice = tr("Sign in to the account again to get a new token.");
        break;
    case Kind::SenderRejected:
        m.title = tr("%1 refused the sender address").arg(host);
        m.what = tr("The server did not accept the From address of this message.");
        if (e.replyCode == 530 || enhancedIs(e, ".7.0"))
            m.advice = tr("The server wants you to sign in before sending: enter your user name and password.");
        else
            m.advice = tr("Use the exact address of the account you sign in with; most providers refuse to send as "
                          "any other address.");
        break;
    case Kind::RecipientRejected:
        m.title = tr("%1 refused the recipients").arg(host);
        m.what = tr("The server did not accept any recipient of this message.");
        if (enhancedIs(e, ".1.1"))
            m.advice = tr("The mailbox does not exist: check the spelling of the address.");
        else if (enhancedIs(e, ".7.1") || e.replyCode == 530 || enhancedIs(e, ".7.0"))
            m.advice = tr("The server only passes mail on for signed-in users: sign in, or send through your own "
                          "provider's server.");
        else
            m.advice = tr("Check the spelling of the addresses; the server's words below say why it refused.");
        break;
    case Kind::MessageTooLarge: {
        m.title = tr("The message is too large for %1").arg(host);
        const qint64 limit = sizeLimit > 0 ? sizeLimit : limitFromDetail(e.detail);
        if (limit > 0)
            m.what = tr("The server accepts messages up to %1.")
                         .arg(QLocale().formattedDataSize(limit, 1, QLocale::DataSizeTraditionalFormat));
        else
            m.what = tr("The server refused the message because of its size.");
        m.advice = tr("Remove or shrink attachments. Attachments grow by about a third when they are sent.");
        break;
    }
    case Kind::SmtpUtf8Unavailable:
        m.title = tr("%1 cannot handle this address").arg(host);
        m.what = tr("An address contains non-ASCII characters, but the server does not support them (SMTPUTF8).");
        m.advice = tr("Use an ASCII form of the address if the recipient has one, or send through another server.");
        break;
    case Kind::EightBitUnavailable:
        m.title = tr("%1 cannot accept this message's encoding").arg(host);
        m.what = tr("The message was prepared as 8-bit text, but the server only accepts 7-bit data (no 8BITMIME).");
        m.advice = tr("Send through another server, and please report this: Qourier should have encoded the message.");
        break;
    case Kind::DataRejected:
        m.title = tr("%1 refused the message").arg(host);
        m.what = tr("The server did not accept the content of the message.");
        m.advice = tr("Read the server's words below: usually a spam or virus filter, or a rule about the sender. "
                      "If they are unclear, ask the provider.");
        break;
    case Kind::BodyReadError:
        m.title = tr("Could not read the message");
        m.what = tr("Qourier could not read the message or an attachment while sending it.");
        m.advice = tr("Check that the attached files still exist and can be read, then send again.");
        break;
    case Kind::ServerClosed:
        m.title = tr("%1 closed the connection").arg(host);
        m.what = tr("The server hung up before the conversation was finished.");
        m.advice = tr("Try again. If it happens every time, the port may be wrong or the server may be limiting connections.");
        break;
    case Kind::Cancelled:
        m.title = tr("Sending was cancelled");
        m.what = tr("You stopped it before it finished. A message the server had not yet accepted was not sent.");
        break;
    }

    // RFC 5321 §4.2.1: 4yz is a temporary failure; the same command may work later.
    if (e.replyCode >= 400 && e.replyCode < 500 && e.kind != Kind::ServiceUnavailable)
        m.advice += (m.advice.isEmpty() ? QString() : QStringLiteral(" "))
                    + tr("The server called the refusal temporary: trying again later may work.");

    // RFC 1047: the last byte went out but the reply never came. The mail may exist; sending
    // again may deliver it twice, so the advice replaces whatever the kind suggested.
    if (e.deliveryUncertain) {
        m.title = tr("The message may have been sent by %1").arg(host);
        m.what += QLatin1Char(' ') + tr("The connection ended after the whole message was sent, before the server confirmed it.");
        m.advice = tr("The server may have received it: check your Sent folder or ask a recipient before sending again, "
                      "or it may arrive twice.");
    }
    return m;
}
