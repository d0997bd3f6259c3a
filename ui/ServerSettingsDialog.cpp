#include "ServerSettingsDialog.h"

#include "AddressParser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ServerSettingsDialog::ServerSettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Outgoing Server Settings"));

    // --- Sender ---
    m_senderNameLineEdit = new QLineEdit(this);
    m_senderNameLineEdit->setObjectName(QStringLiteral("senderNameLineEdit"));
    m_senderNameLineEdit->setPlaceholderText(tr("Your name, as recipients see it"));
    m_senderAddressLineEdit = new QLineEdit(this);
    m_senderAddressLineEdit->setObjectName(QStringLiteral("senderAddressLineEdit"));
    m_senderAddressLineEdit->setPlaceholderText(tr("you@example.org"));
    m_signaturePlainTextEdit = new QPlainTextEdit(this);
    m_signaturePlainTextEdit->setObjectName(QStringLiteral("signaturePlainTextEdit"));
    m_signaturePlainTextEdit->setTabChangesFocus(true);
    m_signaturePlainTextEdit->setFixedHeight(m_signaturePlainTextEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_signaturePlainTextEdit->setPlaceholderText(tr("Added below your messages after a \"-- \" line"));

    auto* senderBox = new QGroupBox(tr("Sender"), this);
    auto* senderForm = new QFormLayout(senderBox);
    senderForm->addRow(tr("&Name:"), m_senderNameLineEdit);
    senderForm->addRow(tr("&Address:"), m_senderAddressLineEdit);
    senderForm->addRow(tr("Si&gnature:"), m_signaturePlainTextEdit);

    // --- Server ---
    m_hostLineEdit = new QLineEdit(this);
    m_hostLineEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_hostLineEdit->setPlaceholderText(tr("smtp.example.org"));
    m_portSpinBox = new QSpinBox(this);
    m_portSpinBox->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(587);
    m_securityComboBox = new QComboBox(this);
    m_securityComboBox->setObjectName(QStringLiteral("securityComboBox"));
    m_securityComboBox->addItem(tr("TLS from the start (port 465)"), int(SmtpSecurity::ImplicitTls));
    m_securityComboBox->addItem(tr("STARTTLS (port 587)"), int(SmtpSecurity::StartTls));
    m_securityComboBox->addItem(tr("None — unencrypted"), int(SmtpSecurity::None));
    m_securityComboBox->setCurrentIndex(1);
    m_insecureCheckBox = new QCheckBox(
        tr("I understand that my password and messages can be read by anyone on the network"), this);
    m_insecureCheckBox->setObjectName(QStringLiteral("insecureCheckBox"));
    m_insecureCheckBox->setVisible(false);
    m_userLineEdit = new QLineEdit(this);
    m_userLineEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_userLineEdit->setPlaceholderText(tr("Empty if the server needs no sign-in"));
    m_authMethodComboBox = new QComboBox(this);
    m_authMethodComboBox->setObjectName(QStringLiteral("authMethodComboBox"));
    m_authMethodComboBox->addItem(tr("Automatic (the most secure the server offers)"), QString());
    m_authMethodComboBox->addItem(tr("Normal password (PLAIN)"), QStringLiteral("PLAIN"));
    m_authMethodComboBox->addItem(tr("Normal password (LOGIN)"), QStringLiteral("LOGIN"));
    m_authMethodComboBox->addItem(tr("Encrypted password (CRAM-MD5)"), QStringLiteral("CRAM-MD5"));
    m_caFileLineEdit = new QLineEdit(this);
    m_caFileLineEdit->setObjectName(QStringLiteral("caFileLineEdit"));
    m_caFileLineEdit->setPlaceholderText(tr("Optional: a company CA certificate (PEM)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    browse->setAccessibleName(tr("Browse for a CA certificate"));
    connect(browse, &QPushButton::clicked, this, &ServerSettingsDialog::browseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileLineEdit, 1);
    caRow->addWidget(browse);

    auto* serverBox = new QGroupBox(tr("Outgoing server (SMTP)"), this);
    auto* serverForm = new QFormLayout(serverBox);
    serverForm->addRow(tr("&Server:"), m_hostLineEdit);
    serverForm->addRow(tr("&Port:"), m_portSpinBox);
    serverForm->addRow(tr("S&ecurity:"), m_securityComboBox);
    serverForm->addRow(QString(), m_insecureCheckBox);
    serverForm->addRow(tr("&User name:"), m_userLineEdit);
    serverForm->addRow(tr("Sign-in &method:"), m_authMethodComboBox);
    auto* caLabel = new QLabel(tr("&Trusted CA:"), this);
    caLabel->setBuddy(m_caFileLineEdit);
    serverForm->addRow(caLabel, caRow);
    auto* passwordNote = new QLabel(tr("Your password is asked when you send and is never stored."), this);
    passwordNote->setObjectName(QStringLiteral("passwordNoteLabel"));
    passwordNote->setWordWrap(true);
    serverForm->addRow(QString(), passwordNote);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("settingsButtonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(senderBox);
    layout->addWidget(serverBox);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttonBox);

    connect(m_securityComboBox, &QComboBox::currentIndexChanged, this, &ServerSettingsDialog::onSecurityChanged);
    for (QLineEdit* edit : {m_hostLineEdit, m_senderAddressLineEdit, m_userLineEdit, m_caFileLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerSettingsDialog::updateState);
    connect(m_insecureCheckBox, &QCheckBox::toggled, this, &ServerSettingsDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

quint16 ServerSettingsDialog::defaultPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::ImplicitTls: return 465; // RFC 8314 §3.3
    case SmtpSecurity::StartTls: return 587;    // RFC 6409 §3.1
    case SmtpSecurity::None: return 587;
    }
    return 587;
}

SmtpSecurity ServerSettingsDialog::security() const
{
    return SmtpSecurity(m_securityComboBox->currentData().toInt());
}

void ServerSettingsDialog::onSecurityChanged()
{
    // Follow the usual port unless the person typed another one.
    if (m_portSpinBox->value() == defaultPort(m_lastSecurity) || m_portSpinBox->value() == 25)
        m_portSpinBox->setValue(defaultPort(security()));
    m_lastSecurity = security();
    if (security() != SmtpSecurity::None)
        m_insecureCheckBox->setChecked(false);
    updateState();
}

QString ServerSettingsDialog::problem() const
{
    const QString address = m_senderAddressLineEdit->text().trimmed();
    if (m_hostLineEdit->text().trimmed().isEmpty())
        return tr("Enter the outgoing server's name.");
    if (m_hostLineEdit->text().trimmed().contains(QLatin1Char(' ')))
        return tr("A server name has no spaces.");
    if (address.isEmpty())
        return tr("Enter your email address.");
    if (!AddressParser::isValidAddrSpec(address))
        return tr("\"%1\" is not a valid email address: %2").arg(address, AddressParser::addrSpecProblem(address));
    if (security() == SmtpSecurity::None && !m_insecureCheckBox->isChecked())
        return tr("Without encryption, confirm that you accept the risk, or choose STARTTLS or TLS.");
    return QString();
}

void ServerSettingsDialog::updateState()
{
    m_insecureCheckBox->setVisible(security() == SmtpSecurity::None);
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ServerSettingsDialog::browseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose a CA Certificate"), QString(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFileLineEdit, &QLineEdit::setText);
    dialog->open();
}

void ServerSettingsDialog::setValues(const Values& values)
{
    m_hostLineEdit->setText(values.host);
    const int securityIndex = m_securityComboBox->findData(int(values.security));
    m_lastSecurity = values.security;
    m_securityComboBox->blockSignals(true);
    m_securityComboBox->setCurrentIndex(qMax(0, securityIndex));
    m_securityComboBox->blockSignals(false);
    m_portSpinBox->setValue(values.port);
    m_insecureCheckBox->setChecked(values.allowInsecure && values.security == SmtpSecurity::None);
    m_userLineEdit->setText(values.user);
    m_authMethodComboBox->setCurrentIndex(qMax(0, m_authMethodComboBox->findData(values.authMethod)));
    m_senderNameLineEdit->setText(values.senderName);
    m_senderAddressLineEdit->setText(values.senderAddress);
    m_signaturePlainTextEdit->setPlainText(values.signature);
    m_caFileLineEdit->setText(values.caCertificateFile);
    updateState();
}

ServerSettingsDialog::Values ServerSettingsDialog::values() const
{
    Values v;
    v.host = m_hostLineEdit->text().trimmed();
    v.port = quint16(m_portSpinBox->value());
    v.security = security();
    v.allowInsecure = v.security == SmtpSecurity::None && m_insecureCheckBox->isChecked();
    v.user = m_userLineEdit->text().trimmed();
    v.authMethod = m_authMethodComboBox->currentData().toString();
    v.senderName = m_senderNameLineEdit->text().trimmed();
    v.senderAddress = m_senderAddressLineEdit->text().trimmed();
    v.signature = m_signaturePlainTextEdit->toPlainText();
    v.caCertificateFile = m_caFileLineEdit->text().trimmed();
    return v;
}
