#pragma once
// The outgoing server and the one identity, as stored with QSettings until the account wizard
// exists. Never the password: it is asked when sending and kept only in memory.

#include "MailAddress.h"
#include "ServerSettingsDialog.h"
#include "SmtpSettings.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

class ServerSettings
{
    Q_DECLARE_TR_FUNCTIONS(ServerSettings)

public:
    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    bool allowInsecure = false; // the risk of SmtpSecurity::None was acknowledged
    QString user;               // empty: the server needs no sign-in
    QString authMethod;         // empty = automatic, else one SASL mechanism name
    QString senderName;
    QString senderAddress;
    QString signature;
    QString caCertificateFile;  // an extra trust anchor (company CA), may be empty
    // The SIZE the server announced in its last EHLO (RFC 1870): -1 not known yet, 0 no limit.
    qint64 sizeLimit = -1;

    static ServerSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // Enough to send: a server and a sender address.
    bool isComplete() const;
    MailAddress sender() const;
    // The engine's settings; false and *error (translated) when the CA file cannot be read.
    bool toSmtpSettings(SmtpSettings* out, QString* error) const;

    ServerSettingsDialog::Values toDialogValues() const;
    // The dialog's values over these settings; a different server forgets the remembered SIZE.
    ServerSettings withDialogValues(const ServerSettingsDialog::Values& values) const;
};
