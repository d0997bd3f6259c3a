#include "SaslMechanism.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

QStringList SaslMechanism::preferenceOrder(const QStringList& offered, const QStringList& allowed,
                                           const SmtpCredentials& credentials, bool encrypted)
{
    // With an access token only XOAUTH2 makes sense. With a password over verified TLS, PLAIN
    // first: it carries an initial response (one round trip, RFC 4954 §4) and the channel already
    // protects the password; CRAM-MD5 next, LOGIN last (two round trips, non-standard prompts).
    // In clear text (allowed only on request) the mechanism that hides the password comes first.
    QStringList order;
    if (!credentials.accessToken.isEmpty())
        order = {QStringLiteral("XOAUTH2")};
    else if (encrypted)
        order = {QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5"), QStringLiteral("LOGIN")};
    else
        order = {QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QStringList result;
    for (const QString& mech : qAsConst(order)) {
        if (offered.contains(mech) && (allowed.isEmpty() || allowed.contains(mech)))
            result.append(mech);
    }
    return result;
}

std::unique_ptr<SaslMechanism> SaslMechanism::create(const QString& name, const SmtpCredentials& c)
{
    if (name == QLatin1String("PLAIN"))
        return std::make_unique<SaslPlain>(c);
    if (name == QLatin1String("LOGIN"))
        return std::make_unique<SaslLogin>(c);
    if (name == QLatin1String("CRAM-MD5"))
        return std::make_unique<SaslCramMd5>(c);
    if (name == QLatin1String("XOAUTH2"))
        return std::make_unique<SaslXOAuth2>(c);
    return nullptr;
}

QByteArray SaslPlain::initialResponse()
{
    // RFC 4616 §2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    return '\0' + m_c.user.toUtf8() + '\0' + m_c.password.toUtf8();
}

QByteArray SaslPlain::next(const QByteArray& challenge, bool* ok)
{
    // RFC 4954 §4: a server that ignored the initial response sends an empty challenge.
    *ok = challenge.isEmpty();
    return *ok ? initialResponse() : QByteArray();
}

QByteArray SaslLogin::next(const QByteArray&, bool* ok)
{
    // The prompts ("Username:", "Password:") vary between servers (aiosmtpd sends "User Name\0"),
    // so answer by position, never by prompt text.
    *ok = m_step < 2;
    ++m_step;
    if (m_step == 1)
        return m_c.user.toUtf8();
    if (m_step == 2)
        return m_c.password.toUtf8();
    return QByteArray();
}

QByteArray SaslCramMd5::next(const QByteArray& challenge, bool* ok)
{
    // RFC 2195 §2: response = user SP lowercase-hex(HMAC-MD5(password, challenge))
    *ok = !m_answered && !challenge.isEmpty();
    if (!*ok)
        return QByteArray();
    m_answered = true;
    const QByteArray digest
        = QMessageAuthenticationCode::hash(challenge, m_c.password.toUtf8(), QCryptographicHash::Md5).toHex();
    return m_c.user.toUtf8() + ' ' + digest;
}

QByteArray SaslXOAuth2::initialResponse()
{
    // https://developers.google.com/gmail/imap/xoauth2-protocol: "user=" user ^A "auth=Bearer " token ^A^A
    return "user=" + m_c.user.toUtf8() + "\x01" + "auth=Bearer " + m_c.accessToken.toUtf8() + "\x01\x01";
}

QByteArray SaslXOAuth2::next(const QByteArray& challenge, bool* ok)
{
    // On failure the server sends a 334 with a JSON error; the client answers with an empty
    // line and then gets the final 535/454.
    m_error = challenge;
    *ok = true;
    return QByteArray();
}

bool SaslXOAuth2::tokenExpired() const
{
    const QJsonObject o = QJsonDocument::fromJson(m_error).object();
    const QString status = o.value(QLatin1String("status")).toString();
    // Google and Microsoft answer an expired or revoked token with status 401.
    return status == QLatin1String("401");
}
