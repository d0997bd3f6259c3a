#include "ServerSettings.h"

#include <QFile>
#include <QSettings>
#include <QSslCertificate>

namespace {

QString securityName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::ImplicitTls: return QStringLiteral("tls");
    case SmtpSecurity::StartTls: return QStringLiteral("starttls");
    case SmtpSecurity::None: return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

SmtpSecurity securityFromName(const QString& name)
{
    if (name == QLatin1String("tls"))
        return SmtpSecurity::ImplicitTls;
    if (name == QLatin1String("none"))
        return SmtpSecurity::None;
    return SmtpSecurity::StartTls; // also for unknown values: never fall back to clear text
}

} // namespace

ServerSettings ServerSettings::load(const QSettings& settings)
{
    ServerSettings s;
    s.host = settings.value(QStringLiteral("server/host")).toString();
    s.port = quint16(settings.value(QStringLiteral("server/port"), 587).toUInt());
    s.security = securityFromName(settings.value(QStringLiteral("server/security")).toString());
    s.allowInsecure = s.security == SmtpSecurity::None
        && settings.value(QStringLiteral("server/insecureAcknowledged"), false).toBool();
    s.user = settings.value(QStringLiteral("server/user")).toString();
    s.authMethod = settings.value(QStringLiteral("server/authMethod")).toString();
    s.caCertificateFile = settings.value(QStringLiteral("server/caCertificateFile")).toString();
    s.sizeLimit = settings.value(QStringLiteral("server/sizeLimit"), -1).toLongLong();
    s.senderName = settings.value(QStringLiteral("identity/name")).toString();
    s.senderAddress = settings.value(QStringLiteral("identity/address")).toString();
    s.signature = settings.value(QStringLiteral("identity/signature")).toString();
    if (s.port == 0)
        s.port = ServerSettingsDialog::defaultPort(s.security);
    return s;
}

void ServerSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("server/host"), host);
    settings.setValue(QStringLiteral("server/port"), port);
    settings.setValue(QStringLiteral("server/security"), securityName(security));
    settings.setValue(QStringLiteral("server/insecureAcknowledged"), allowInsecure);
    settings.setValue(QStringLiteral("server/user"), user);
    settings.setValue(QStringLiteral("server/authMethod"), authMethod);
    settings.setValue(QStringLiteral("server/caCertificateFile"), caCertificateFile);
    settings.setValue(QStringLiteral("server/sizeLimit"), sizeLimit);
    settings.setValue(QStringLiteral("identity/name"), senderName);
    settings.setValue(QStringLiteral("identity/address"), senderAddress);
    settings.setValue(QStringLiteral("identity/signature"), signature);
    settings.sync();
}

bool ServerSettings::isComplete() const
{
    return !host.trimmed().isEmpty() && !senderAddress.trimmed().isEmpty()
        && (security != SmtpSecurity::None || allowInsecure);
}

MailAddress ServerSettings::sender() const
{
    return MailAddress{senderName.trimmed(), senderAddress.trimmed()};
}

bool ServerSettings::toSmtpSettings(SmtpSettings* out, QString* error) const
{
    SmtpSettings s;
    s.host = host.trimmed();
    s.port = port;
    s.security = security;
    // Clear text needs both switches; the dialog's risk checkbox is the one deliberate decision.
    s.allowInsecure = security == SmtpSecurity::None && allowInsecure;
    s.allowAuthWithoutTls = s.allowInsecure;
    if (!authMethod.isEmpty())
        s.allowedAuthMechanisms = QStringList{authMethod.toUpper()};
    if (!caCertificateFile.isEmpty()) {
        QFile file(caCertificateFile);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("The CA certificate file \"%1\" cannot be read: %2").arg(caCertificateFile, file.errorString());
            return false;
        }
        s.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (s.extraCaCertificates.isEmpty()) {
            if (error)
                *error = tr("The file \"%1\" contains no PEM certificate.").arg(caCertificateFile);
            return false;
        }
    }
    *out = s;
    return true;
}

ServerSettingsDialog::Values ServerSettings::toDialogValues() const
{
    ServerSettingsDialog::Values v;
    v.host = host;
    v.port = port;
    v.security = security;
    v.allowInsecure = allowInsecure;
    v.user = user;
    v.authMethod = authMethod;
    v.senderName = senderName;
    v.senderAddress = senderAddress;
    v.signature = signature;
    v.caCertificateFile = caCertificateFile;
    return v;
}

ServerSettings ServerSettings::withDialogValues(const ServerSettingsDialog::Values& v) const
{
    ServerSettings s = *this;
    s.host = v.host;
    s.port = v.port;
    s.security = v.security;
    s.allowInsecure = v.allowInsecure;
    s.user = v.user;
    s.authMethod = v.authMethod;
    s.senderName = v.senderName;
    s.senderAddress = v.senderAddress;
    s.signature = v.signature;
    s.caCertificateFile = v.caCertificateFile;
    if (s.host.compare(host, Qt::CaseInsensitive) != 0 || s.port != port)
        s.sizeLimit = -1;
    return s;
}
