#pragma once
// Outgoing server settings (until the account wizard exists): server, port, security, user
// name, sign-in method, the sender's name and address, the signature, and an optional extra CA
// certificate for company servers. There is deliberately no password field: the password is asked
// when sending and kept only in memory.

#include "SmtpSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

class ServerSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString host;
        quint16 port = 587;
        SmtpSecurity security = SmtpSecurity::StartTls;
        bool allowInsecure = false; // the risk was acknowledged for SmtpSecurity::None
        QString user;
        QString authMethod;         // empty = automatic, else "PLAIN", "LOGIN", "CRAM-MD5"
        QString senderName;
        QString senderAddress;
        QString signature;
        QString caCertificateFile;
    };

    explicit ServerSettingsDialog(QWidget* parent = nullptr);

    void setValues(const Values& values);
    Values values() const;
    // Why OK is disabled, or empty when the values can be saved.
    QString problem() const;

    static quint16 defaultPort(SmtpSecurity security);

private:
    void onSecurityChanged();
    void updateState();
    void browseCaFile();
    SmtpSecurity security() const;

    QLineEdit* m_hostLineEdit = nullptr;
    QSpinBox* m_portSpinBox = nullptr;
    QComboBox* m_securityComboBox = nullptr;
    QCheckBox* m_insecureCheckBox = nullptr;
    QLineEdit* m_userLineEdit = nullptr;
    QComboBox* m_authMethodComboBox = nullptr;
    QLineEdit* m_senderNameLineEdit = nullptr;
    QLineEdit* m_senderAddressLineEdit = nullptr;
    QPlainTextEdit* m_signaturePlainTextEdit = nullptr;
    QLineEdit* m_caFileLineEdit = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
    SmtpSecurity m_lastSecurity = SmtpSecurity::StartTls;
};
