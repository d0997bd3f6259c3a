#include "SandboxAccount.h"

#include "SandboxCertificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// 18 random bytes → 24 characters of base64url: 144 bits, and nothing a shell or URL mangles.
QString newPassword()
{
    QByteArray bytes(18, Qt::Uninitialized);
    auto* rng = QRandomGenerator::system();
    for (char& b : bytes)
        b = char(rng->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString SandboxAccount::defaultBaseDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
}

QString SandboxAccount::defaultMessagesDirectory()
{
    return defaultBaseDirectory() + QStringLiteral("/messages");
}

bool SandboxAccount::load(const QString& baseDirectory, QString* error)
{
    if (!QDir().mkpath(baseDirectory)) {
        *error = QCoreApplication::translate("SandboxAccount", "cannot create %1").arg(baseDirectory);
        return false;
    }
    QFile::setPermissions(baseDirectory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!SandboxCertificate::loadOrCreate(baseDirectory + QStringLiteral("/tls"), &m_certificate, &m_key, error))
        return false;

    const QString passwordPath = baseDirectory + QStringLiteral("/password");
    QFile in(passwordPath);
    if (in.open(QIODevice::ReadOnly)) {
        m_password = QString::fromUtf8(in.readAll()).trimmed();
        // Someone widened the mode: narrow it again rather than refuse to start.
        if (in.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
            in.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!m_password.isEmpty())
        return true;
    m_password = newPassword();
    QSaveFile out(passwordPath);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QCoreApplication::translate("SandboxAccount", "cannot write %1: %2").arg(passwordPath, out.errorString());
        return false;
    }
    out.write(m_password.toUtf8() + '\n');
    if (!out.commit()) {
        *error = QCoreApplication::translate("SandboxAccount", "cannot write %1: %2").arg(passwordPath, out.errorString());
        return false;
    }
    return true;
}

QString SandboxAccount::sha256() const
{
    return SandboxCertificate::sha256(m_certificate);
}

SandboxSettings SandboxAccount::serverSettings(const QString& messagesDirectory) const
{
    SandboxSettings s;
    s.certificate = m_certificate;
    s.privateKey = m_key;
    s.user = m_user;
    s.password = m_password;
    s.directory = messagesDirectory;
    return s;
}

SmtpSettings SandboxAccount::clientSettings(quint16 port, SmtpSecurity security) const
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = security;
    s.pinnedSha256 = {sha256()};
    return s;
}

SmtpCredentials SandboxAccount::credentials() const
{
    SmtpCredentials c;
    c.user = m_user;
    c.password = m_password;
    return c;
}
