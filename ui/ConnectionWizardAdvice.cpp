#include "ConnectionWizardAdvice.h"

#include "ErrorText.h"

#include <QCryptographicHash>
#include <QStringList>

namespace {

using Kind = SmtpError::Kind;

bool isSignInFailure(const SmtpError& e)
{
    if (e.kind == Kind::AuthFailed || e.kind == Kind::AuthUnavailable || e.kind == Kind::AuthTokenExpired)
        return true;
    // NetEase answers MAIL FROM with "550 User has no permission" while SMTP is switched off for
    // the mailbox: a sign-in matter in everything but the reply code.
    return e.replyCode == 550 && e.serverText.contains(QLatin1String("no permission"), Qt::CaseInsensitive);
}

bool suggestsOtherPort(const SmtpError& e)
{
    switch (e.kind) {
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::TlsHandshake:
    case Kind::StartTlsUnavailable:
    case Kind::ServerClosed:
        return true;
    default:
        return false;
    }
}

} // namespace

QString ConnectionWizardAdvice::fingerprintHex(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString ConnectionWizardAdvice::signInHelp(const QString& helpId, const QString& providerName)
{
    const QString id = helpId.toLower();
    if (id == QLatin1String("gmail"))
        return tr("Google does not accept your normal Google password here. Turn on 2-Step Verification for your "
                  "Google account, then create an app password (Google Account → Security → App passwords) and "
                  "enter its 16 letters as the password — or go back and choose Sign in with Google, which needs no "
                  "password here at all.");
    if (id == QLatin1String("qq"))
        return tr("QQ Mail does not accept your QQ password here: it needs an authorization code (授权码). In QQ Mail "
                  "on the web open Settings → Account, turn on the POP3/SMTP service, generate an authorization code "
                  "and enter that code as the password.");
    if (id == QLatin1String("exmail"))
        return tr("Tencent Exmail: when WeChat secure login is on, the mailbox password is refused. Create a "
                  "client-specific password (客户端专用密码) in the web mail's settings and enter it as the password.");
    if (id == QLatin1String("netease"))
        return tr("NetEase Mail (163, 126, yeah.net) needs SMTP switched on and a client authorization code "
                  "(客户端授权码): in the web mail open Settings → POP3/SMTP/IMAP, turn on the SMTP service, create an "
                  "authorization code and enter it as the password instead of your login password.");
    if (id == QLatin1String("sina"))
        return tr("Sina Mail: turn on the client POP/IMAP/SMTP service in the web mail's settings and enter the "
                  "authorization code it gives you as the password.");
    if (id == QLatin1String("sohu"))
        return tr("Sohu Mail: turn on POP3/SMTP in the web mail's settings and use the independent password "
                  "(独立密码) it asks you to set as the password.");
    if (id == QLatin1String("aliyun"))
        return tr("Aliyun Mail: check in the web mail's settings that POP3/SMTP access is turned on, then use your "
                  "mailbox password.");
    if (id == QLatin1String("139"))
        return tr("139 Mail: turn on POP/SMTP in the web mail's settings; if it gives you an authorization code, "
                  "enter that code as the password.");
    if (id == QLatin1String("outlook"))
        return tr("Microsoft has turned off password sign-in (basic authentication) for SMTP on most Outlook.com, "
                  "Hotmail and Live accounts, so even the right password is refused. Go back to the first page and "
                  "choose Sign in with Microsoft instead of a password.");
    if (id == QLatin1String("office365"))
        return tr("Microsoft 365 turns password sign-in for SMTP (SMTP AUTH) off by default. Your administrator can "
                  "turn on \"Authenticated SMTP\" for your mailbox; otherwise go back to the first page and choose "
                  "Sign in with Microsoft instead of a password.");
    if (id == QLatin1String("yahoo"))
        return tr("Yahoo Mail needs an app password: in your Yahoo account's security settings choose \"Generate "
                  "app password\" and enter it here instead of your Yahoo password.");
    if (id == QLatin1String("icloud"))
        return tr("iCloud Mail needs an app-specific password: create one at appleid.apple.com (Sign-In and "
                  "Security → App-Specific Passwords) and enter it here. The user name is your full iCloud address.");
    if (id == QLatin1String("gmx"))
        return tr("GMX: turn on POP3/IMAP access in the web mail's settings, then use your GMX password (or an "
                  "application-specific password when two-factor authentication is on).");
    if (id == QLatin1String("zoho"))
        return tr("Zoho Mail: with two-factor authentication on, create an application-specific password (Zoho "
                  "Accounts → Security → App Passwords) and enter it here; check also that SMTP access is allowed "
                  "in Mail Settings.");
    if (id == QLatin1String("fastmail"))
        return tr("Fastmail needs an app password: Settings → Privacy & Security → App passwords, create one that "
                  "may send mail (SMTP) and enter it here.");
    if (id == QLatin1String("yandex"))
        return tr("Yandex Mail: allow mail programs in the mail settings (Mail clients) and create an app password "
                  "for mail; enter it here instead of your Yandex password.");
    if (id == QLatin1String("proton"))
        return tr("Proton Mail works only through Proton Mail Bridge: start the Bridge and use the user name and "
                  "the password the Bridge shows, not your Proton password. The Bridge has its own certificate: "
                  "trust it when Qourier asks.");
    if (id == QLatin1String("hinet"))
        return tr("HiNet: msa.hinet.net accepts mail after sign-in with your HiNet mailbox's full address and its "
                  "password; check both in HiNet's web mail.");
    if (id == QLatin1String("pchome"))
        return tr("PChome Mail: check that POP3/SMTP access is turned on in the web mail's settings, then use your "
                  "full address and mailbox password.");
    Q_UNUSED(providerName)
    return QString();
}

ConnectionWizardAdvice::Advice ConnectionWizardAdvice::describe(const Situation& s)
{
    Advice a;
    const SmtpError& e = s.error;
    if (!e.isError())
        return a;
    const ErrorText::Message m = ErrorText::describe(e, s.host);
    a.title = m.title;
    a.serverWords = m.serverWords;
    QStringList parts;

    if (isSignInFailure(e)) {
        a.providerText = signInHelp(s.helpId, s.providerName);
        if (!a.providerText.isEmpty())
            parts << a.providerText;
        parts << m.what;
        if (a.providerText.isEmpty())
            parts << m.advice;
    } else if (e.kind == Kind::CertificateRejected) {
        a.certificate = e.certificateChain.value(0);
        const QString seen = fingerprintHex(a.certificate);
        a.certificateChanged = !s.pinnedSha256.isEmpty() && !a.certificate.isNull()
            && SmtpSettings::normalizedFingerprint(s.pinnedSha256) != SmtpSettings::normalizedFingerprint(seen);
        if (a.certificateChanged) {
            a.title = tr("The certificate of %1 has changed").arg(s.host);
            parts << tr("This is not the certificate you trusted for this account. Servers renew their certificates, "
                        "but a different certificate is also what someone intercepting the connection would show. "
                        "Trust the new one only if the server's administrator confirms its fingerprint.");
        } else {
            parts << tr("No certificate authority that Qourier trusts vouches for this server's certificate. If you "
                        "know the server (your company's, a test server, Proton Mail Bridge), compare the fingerprint "
                        "below with the one its administrator gives you and trust exactly this certificate for this "
                        "account. Nothing else changes: any other certificate will be asked about again.");
        }
        if (s.helpId == QLatin1String("proton"))
            parts << signInHelp(s.helpId, s.providerName);
    } else if (e.kind == Kind::StartTlsUnavailable) {
        parts << tr("The server does not offer encryption (STARTTLS) on port %1, so Qourier stopped before sending "
                    "your password.")
                     .arg(s.port);
        parts << tr("Try SSL/TLS on port 465. Choose no encryption only if this server really offers none, and only "
                    "after confirming that you understand the risks.");
    } else {
        parts << m.what;
        if (!m.advice.isEmpty())
            parts << m.advice;
    }

    if (suggestsOtherPort(e)) {
        a.offerAlternative = true;
        if (s.security == SmtpSecurity::ImplicitTls) {
            a.alternativeSecurity = SmtpSecurity::StartTls;
            a.alternativePort = 587;
            a.alternativeLabel = tr("Try STARTTLS on Port 587");
        } else {
            a.alternativeSecurity = SmtpSecurity::ImplicitTls;
            a.alternativePort = 465;
            a.alternativeLabel = tr("Try SSL/TLS on Port 465");
        }
        if (e.kind != Kind::StartTlsUnavailable)
            parts << tr("Servers listen for SSL/TLS on port 465 and for STARTTLS on port 587; a firewall may also block "
                        "one of them.");
    }
    parts.removeAll(QString());
    a.text = parts.join(QLatin1Char('\n'));
    return a;
}
