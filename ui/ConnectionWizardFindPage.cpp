#include "ConnectionWizardFindPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

quint16 defaultPort(SmtpSecurity security)
{
    return security == SmtpSecurity::ImplicitTls ? 465 : 587; // RFC 8314 §3.3, RFC 6409 §3.1
}

} // namespace

ConnectionWizardFindPage::ConnectionWizardFindPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Outgoing server"));
    setSubTitle(tr("Qourier looks up the server for your address and says where it found it. Correct anything "
                   "your provider tells you otherwise."));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("findStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipButton = new QPushButton(tr("Enter Settings Myself"), this);
    m_skipButton->setObjectName(QStringLiteral("skipSearchButton"));
    m_findAgainButton = new QPushButton(tr("Find Again"), this);
    m_findAgainButton->setObjectName(QStringLiteral("findAgainButton"));

    m_hostLineEdit = new QLineEdit(this);
    m_hostLineEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_hostLineEdit->setPlaceholderText(tr("smtp.example.org"));
    m_portSpinBox = new QSpinBox(this);
    m_portSpinBox->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(587);
    m_securityComboBox = new QComboBox(this);
    m_securityComboBox->setObjectName(QStringLiteral("securityComboBox"));
    for (SmtpSecurity s : {SmtpSecurity::ImplicitTls, SmtpSecurity::StartTls, SmtpSecurity::None})
        m_securityComboBox->addItem(securityLabel(s), int(s));
    m_insecureCheckBox = new QCheckBox(tr("I understand the risks"), this);
    m_insecureCheckBox->setObjectName(QStringLiteral("insecureCheckBox"));
    m_insecureLabel = new QLabel(tr("Without encryption, your password and every message travel as readable text: "
                                    "anyone on the way can read and change them."),
                                 this);
    m_insecureLabel->setObjectName(QStringLiteral("insecureLabel"));
    m_insecureLabel->setWordWrap(true);
    m_userLineEdit = new QLineEdit(this);
    m_userLineEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_userLineEdit->setPlaceholderText(tr("empty: no sign-in"));
    m_authMethodComboBox = new QComboBox(this);
    m_authMethodComboBox->setObjectName(QStringLiteral("authMethodComboBox"));
    m_authMethodComboBox->addItem(tr("Automatic (the safest the server offers)"), QString());
    for (const char* m : {"PLAIN", "LOGIN", "CRAM-MD5"})
        m_authMethodComboBox->addItem(QString::fromLatin1(m), QString::fromLatin1(m));

    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_securityComboBox, 1);
    auto* portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setObjectName(QStringLiteral("portLabel"));
    portLabel->setBuddy(m_portSpinBox); // Alt+O, and screen readers name the spin box by it
    portRow->addWidget(portLabel);
    portRow->addWidget(m_portSpinBox);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_hostLineEdit);
    // A label made by hand: addRow(text, layout) shows "&" literally, having no widget to buddy.
    auto* securityLabel = new QLabel(tr("S&ecurity:"), this);
    securityLabel->setBuddy(m_securityComboBox);
    form->addRow(securityLabel, portRow);
    form->addRow(QString(), m_insecureLabel);
    form->addRow(QString(), m_insecureCheckBox);
    form->addRow(tr("&User name:"), m_userLineEdit);
    form->addRow(tr("Sign-in &method:"), m_authMethodComboBox);

    // Proxy: rarely needed, so its fields stay hidden unless ticked.
    m_proxyCheckBox = new QCheckBox(tr("Connect through a &proxy"), this);
    m_proxyCheckBox->setObjectName(QStringLiteral("proxyCheckBox"));
    m_proxyWidget = new QWidget(this);
    m_proxyWidget->setObjectName(QStringLiteral("proxyWidget"));
    m_proxyTypeComboBox = new QComboBox(m_proxyWidget);
    m_proxyTypeComboBox->setObjectName(QStringLiteral("proxyTypeComboBox"));
    m_proxyTypeComboBox->addItem(tr("SOCKS5"), int(ConnectionWizardValues::ProxyType::Socks5));
    m_proxyTypeComboBox->addItem(tr("HTTP (CONNECT)"), int(ConnectionWizardValues::ProxyType::Http));
    m_proxyTypeComboBox->addItem(tr("System proxy settings"), int(ConnectionWizardValues::ProxyType::System));
    m_proxyHostLineEdit = new QLineEdit(m_proxyWidget);
    m_proxyHostLineEdit->setObjectName(QStringLiteral("proxyHostLineEdit"));
    m_proxyPortSpinBox = new QSpinBox(m_proxyWidget);
    m_proxyPortSpinBox->setObjectName(QStringLiteral("proxyPortSpinBox"));
    m_proxyPortSpinBox->setRange(1, 65535);
    m_proxyPortSpinBox->setValue(1080);
    m_proxyUserLineEdit = new QLineEdit(m_proxyWidget);
    m_proxyUserLineEdit->setObjectName(QStringLiteral("proxyUserLineEdit"));
    m_proxyPasswordLineEdit = new QLineEdit(m_proxyWidget);
    m_proxyPasswordLineEdit->setObjectName(QStringLiteral("proxyPasswordLineEdit"));
    m_proxyPasswordLineEdit->setEchoMode(QLineEdit::Password);
    auto* proxyHostRow = new QHBoxLayout;
    proxyHostRow->addWidget(m_proxyTypeComboBox);
    proxyHostRow->addWidget(m_proxyHostLineEdit, 1);
    proxyHostRow->addWidget(m_proxyPortSpinBox);
    auto* proxyForm = new QFormLayout(m_proxyWidget);
    proxyForm->setContentsMargins(0, 0, 0, 0);
    // One label for the row's three fields: it names the server field (and Alt+X goes there);
    // the type and port get names of their own for screen readers.
    auto* proxyLabel = new QLabel(tr("Pro&xy server:"), m_proxyWidget);
    proxyLabel->setObjectName(QStringLiteral("proxyLabel"));
    proxyLabel->setBuddy(m_proxyHostLineEdit);
    m_proxyTypeComboBox->setAccessibleName(tr("Proxy type"));
    m_proxyHostLineEdit->setAccessibleName(tr("Proxy server"));
    m_proxyPortSpinBox->setAccessibleName(tr("Proxy port"));
    proxyForm->addRow(proxyLabel, proxyHostRow);
    proxyForm->addRow(tr("Proxy use&r:"), m_proxyUserLineEdit);
    proxyForm->addRow(tr("Proxy pass&word:"), m_proxyPasswordLineEdit);
    connect(m_proxyCheckBox, &QCheckBox::toggled, m_proxyWidget, &QWidget::setVisible);
    // The system's proxy brings its own address and credentials: nothing to type here.
    connect(m_proxyTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const bool own = m_proxyTypeComboBox->currentData().toInt() != int(ConnectionWizardValues::ProxyType::System);
        for (QWidget* w : {static_cast<QWidget*>(m_proxyHostLineEdit), static_cast<QWidget*>(m_proxyPortSpinBox),
                           static_cast<QWidget*>(m_proxyUserLineEdit), static_cast<QWidget*>(m_proxyPasswordLineEdit)})
            w->setEnabled(own);
        // The usual ports: 1080 for SOCKS (RFC 1928 §3), 8080 for HTTP proxies; a port the person
        // typed stays.
        const bool http = m_proxyTypeComboBox->currentData().toInt() == int(ConnectionWizardValues::ProxyType::Http);
        if (http && m_proxyPortSpinBox->value() == 1080)
            m_proxyPortSpinBox->setValue(8080);
        else if (!http && m_proxyPortSpinBox->value() == 8080)
            m_proxyPortSpinBox->setValue(1080);
    });
    m_proxyWidget->setVisible(false);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_skipButton);
    statusRow->addWidget(m_findAgainButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_proxyCheckBox);
    layout->addWidget(m_proxyWidget);
    layout->addStretch(1);

    connect(m_securityComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ConnectionWizardFindPage::onSecurityChanged);
    connect(m_hostLineEdit, &QLineEdit::textChanged, this, &ConnectionWizardFindPage::updateState);
    connect(m_insecureCheckBox, &QCheckBox::toggled, this, &ConnectionWizardFindPage::updateState);
    connect(m_skipButton, &QPushButton::clicked, this, [this] {
        emit findCancelled();
        m_searching = false;
        m_statusLabel->setText(tr("Enter the outgoing (SMTP) server your provider gives you."));
        setFieldsEnabled(true);
        updateState();
    });
    connect(m_findAgainButton, &QPushButton::clicked, this, [this] {
        m_searchedAddress = field(QStringLiteral("address")).toString().trimmed();
        setSearching(tr("Looking up the settings for %1…").arg(m_searchedAddress));
        emit findRequested(m_searchedAddress);
    });
    setSecurity(SmtpSecurity::StartTls);
    updateState();
}

QString ConnectionWizardFindPage::securityLabel(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::ImplicitTls: return tr("SSL/TLS (encrypted from the start)");
    case SmtpSecurity::StartTls: return tr("STARTTLS (encrypted after connecting)");
    case SmtpSecurity::None: return tr("None (not encrypted)");
    }
    return QString();
}

void ConnectionWizardFindPage::setValues(const ConnectionWizardValues& v)
{
    m_searchedAddress = v.address.trimmed();
    m_hostLineEdit->setText(v.host);
    setSecurity(v.security);
    m_portSpinBox->setValue(v.port);
    m_insecureCheckBox->setChecked(v.security == SmtpSecurity::None && v.allowInsecure);
    m_userLineEdit->setText(v.userName);
    const int auth = m_authMethodComboBox->findData(v.authMethod.toUpper());
    m_authMethodComboBox->setCurrentIndex(auth < 0 ? 0 : auth);
    m_proxyCheckBox->setChecked(v.proxyType != ConnectionWizardValues::ProxyType::Default);
    const int proxyType = m_proxyTypeComboBox->findData(int(v.proxyType));
    m_proxyTypeComboBox->setCurrentIndex(proxyType < 0 ? 0 : proxyType);
    m_proxyHostLineEdit->setText(v.proxyHost);
    m_proxyPortSpinBox->setValue(v.proxyPort == 0 ? 1080 : v.proxyPort);
    m_proxyUserLineEdit->setText(v.proxyUser);
    m_proxyPasswordLineEdit->setText(v.proxyPassword);
    m_statusLabel->setText(tr("The saved settings of this account."));
    updateState();
}

void ConnectionWizardFindPage::fillValues(ConnectionWizardValues* v) const
{
    v->host = m_hostLineEdit->text().trimmed();
    v->port = quint16(m_portSpinBox->value());
    v->security = security();
    v->allowInsecure = v->security == SmtpSecurity::None && m_insecureCheckBox->isChecked();
    v->userName = m_userLineEdit->text().trimmed();
    v->authMethod = m_authMethodComboBox->currentData().toString();
    const bool systemProxy = m_proxyTypeComboBox->currentData().toInt() == int(ConnectionWizardValues::ProxyType::System);
    if (m_proxyCheckBox->isChecked() && systemProxy) {
        v->proxyType = ConnectionWizardValues::ProxyType::System;
        v->proxyHost.clear();
        v->proxyUser.clear();
        v->proxyPassword.clear();
    } else if (m_proxyCheckBox->isChecked() && !m_proxyHostLineEdit->text().trimmed().isEmpty()) {
        v->proxyType = ConnectionWizardValues::ProxyType(m_proxyTypeComboBox->currentData().toInt());
        v->proxyHost = m_proxyHostLineEdit->text().trimmed();
        v->proxyPort = quint16(m_proxyPortSpinBox->value());
        v->proxyUser = m_proxyUserLineEdit->text().trimmed();
        v->proxyPassword = m_proxyPasswordLineEdit->text();
    } else {
        v->proxyType = ConnectionWizardValues::ProxyType::Default;
        v->proxyHost.clear();
        v->proxyUser.clear();
        v->proxyPassword.clear();
    }
}

void ConnectionWizardFindPage::setSearching(const QString& progressText)
{
    m_searching = true;
    m_statusLabel->setText(progressText);
    setFieldsEnabled(false);
    updateState();
}

void ConnectionWizardFindPage::setFound(const Found& found)
{
    m_searching = false;
    setFieldsEnabled(true);
    QString text = found.sourceText;
    if (found.found) {
        m_hostLineEdit->setText(found.host);
        setSecurity(found.security);
        m_portSpinBox->setValue(found.port);
        m_userLineEdit->setText(found.userName);
        m_insecureCheckBox->setChecked(false);
        if (found.clearTextOnly)
            text += QLatin1Char('\n')
                + tr("This server offers no encryption. Use it only if you understand the risks, or ask your "
                     "provider for a secure server.");
    } else if (m_userLineEdit->text().isEmpty()) {
        m_userLineEdit->setText(m_searchedAddress);
    }
    m_statusLabel->setText(text);
    updateState();
}

void ConnectionWizardFindPage::setServer(quint16 port, SmtpSecurity s)
{
    setSecurity(s);
    m_portSpinBox->setValue(port);
    updateState();
}

void ConnectionWizardFindPage::initializePage()
{
    const QString address = field(QStringLiteral("address")).toString().trimmed();
    if (address.compare(m_searchedAddress, Qt::CaseInsensitive) != 0) {
        m_searchedAddress = address;
        setSearching(tr("Looking up the settings for %1…").arg(address));
        emit findRequested(address);
    }
    updateState();
}

void ConnectionWizardFindPage::cleanupPage()
{
    // Back to "Who": keep what was typed here, but a search still running is for an address that
    // may now change, so it stops and runs again next time.
    if (m_searching) {
        emit findCancelled();
        m_searching = false;
        m_searchedAddress.clear();
        setFieldsEnabled(true);
    }
}

bool ConnectionWizardFindPage::isComplete() const
{
    if (m_searching || m_hostLineEdit->text().trimmed().isEmpty())
        return false;
    return security() != SmtpSecurity::None || m_insecureCheckBox->isChecked();
}

SmtpSecurity ConnectionWizardFindPage::security() const
{
    return SmtpSecurity(m_securityComboBox->currentData().toInt());
}

void ConnectionWizardFindPage::setSecurity(SmtpSecurity s)
{
    m_lastSecurity = s;
    const QSignalBlocker block(m_securityComboBox);
    m_securityComboBox->setCurrentIndex(m_securityComboBox->findData(int(s)));
    updateState();
}

void ConnectionWizardFindPage::onSecurityChanged()
{
    // Follow the usual port unless the person chose an unusual one on purpose.
    const int port = m_portSpinBox->value();
    if (port == defaultPort(m_lastSecurity) || port == 25)
        m_portSpinBox->setValue(defaultPort(security()));
    m_lastSecurity = security();
    if (security() != SmtpSecurity::None)
        m_insecureCheckBox->setChecked(false);
    updateState();
}

void ConnectionWizardFindPage::setFieldsEnabled(bool enabled)
{
    for (QWidget* w : QList<QWidget*>{m_hostLineEdit, m_portSpinBox, m_securityComboBox, m_insecureCheckBox, m_userLineEdit,
                                      m_authMethodComboBox, m_proxyCheckBox, m_proxyWidget})
        w->setEnabled(enabled);
}

void ConnectionWizardFindPage::updateState()
{
    const bool clear = security() == SmtpSecurity::None;
    m_insecureCheckBox->setVisible(clear);
    m_insecureLabel->setVisible(clear);
    m_skipButton->setVisible(m_searching);
    m_findAgainButton->setVisible(!m_searching);
    emit completeChanged();
}
