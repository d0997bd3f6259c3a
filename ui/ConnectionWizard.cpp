#include "ConnectionWizard.h"

#include "ConnectionWizardWhoPage.h"


ConnectionWizard::ConnectionWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("connectionWizard"));
    setWindowTitle(tr("Add Account"));
    setOption(QWizard::NoBackButtonOnStartPage);
    // The Test page's own "Test Again" and the Find page's buttons are enough; no Help button.
    setOption(QWizard::HaveHelpButton, false);

    m_whoPage = new ConnectionWizardWhoPage(this);
    m_findPage = new ConnectionWizardFindPage(this);
    m_testPage = new ConnectionWizardTestPage(this);
    m_savePage = new ConnectionWizardSavePage(this);
    setPage(WhoPageId, m_whoPage);
    setPage(FindPageId, m_findPage);
    setPage(TestPageId, m_testPage);
    setPage(SavePageId, m_savePage);
    setStartId(WhoPageId);

    connect(m_findPage, &ConnectionWizardFindPage::findRequested, this, &ConnectionWizard::findSettingsRequested);
    connect(m_findPage, &ConnectionWizardFindPage::findCancelled, this, &ConnectionWizard::findCancelled);
    connect(m_testPage, &ConnectionWizardTestPage::testRequested, this, &ConnectionWizard::startTest);
    connect(m_testPage, &ConnectionWizardTestPage::testCancelled, this, &ConnectionWizard::testCancelled);
    connect(m_testPage, &ConnectionWizardTestPage::trustCertificateRequested, this, &ConnectionWizard::trustCertificate);
    connect(m_testPage, &ConnectionWizardTestPage::alternativeRequested, this, [this](quint16 port, SmtpSecurity security) {
        m_findPage->setServer(port, security);
        startTest();
    });
    connect(m_savePage, &ConnectionWizardSavePage::saveRequested, this, &ConnectionWizard::saveRequested);
    connect(m_whoPage, &ConnectionWizardWhoPage::addressEdited, this, &ConnectionWizard::addressEdited);
    connect(m_whoPage, &ConnectionWizardWhoPage::oauthSignInRequested, this, &ConnectionWizard::oauthSignInRequested);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SavePageId)
            updateSummary();
    });
    resize(680, 600);
}

void ConnectionWizard::setValues(const ConnectionWizardValues& v)
{
    m_accountId = v.accountId;
    m_pinnedSha256 = v.pinnedSha256;
    m_whoPage->setDisplayName(v.displayName);
    m_whoPage->setAddress(v.address);
    m_whoPage->setPassword(v.password);
    if (!v.host.isEmpty())
        m_findPage->setValues(v);
    m_savePage->setAccountName(v.accountName);
    m_savePage->setSignature(v.signature);
    if (!v.accountId.isEmpty())
        setWindowTitle(tr("Edit Account"));
}

ConnectionWizardValues ConnectionWizard::values() const
{
    ConnectionWizardValues v;
    v.accountId = m_accountId;
    v.displayName = m_whoPage->displayName();
    v.address = m_whoPage->address();
    v.password = m_whoPage->password();
    v.oauthProvider = m_whoPage->signedInProvider();
    m_findPage->fillValues(&v);
    v.pinnedSha256 = m_pinnedSha256;
    v.accountName = m_savePage->accountName();
    v.signature = m_savePage->signature();
    return v;
}

void ConnectionWizard::setProvider(const QString& helpId, const QString& providerName)
{
    m_helpId = helpId;
    m_providerName = providerName;
}

void ConnectionWizard::setFindProgress(const QString& text)
{
    if (m_findPage->isSearching())
        m_findPage->setSearching(text);
}

void ConnectionWizard::setFound(const ConnectionWizardFindPage::Found& found)
{
    m_findPage->setFound(found);
}

void ConnectionWizard::testFinished(const SmtpError& error)
{
    const ConnectionWizardValues v = values();
    ConnectionWizardAdvice::Situation s;
    s.error = error;
    s.host = v.host;
    s.port = v.port;
    s.security = v.security;
    s.helpId = m_helpId;
    s.providerName = m_providerName;
    s.pinnedSha256 = m_pinnedAtTestStart;
    m_testPage->testFinished(s);
}

void ConnectionWizard::saveFinished(const ConnectionWizardSavePage::Outcome& outcome)
{
    m_savePage->saveFinished(outcome);
}

void ConnectionWizard::trustCertificate(const QSslCertificate& certificate)
{
    // Exactly this certificate, for this account only: a different one is asked about again.
    m_pinnedSha256 = ConnectionWizardAdvice::fingerprintHex(certificate);
    startTest();
}

void ConnectionWizard::startTest()
{
    m_pinnedAtTestStart = m_pinnedSha256;
    const ConnectionWizardValues v = values();
    m_testPage->testStarted(v.host, v.port);
    emit testRequested();
}

void ConnectionWizard::updateSummary()
{
    const ConnectionWizardValues v = values();
    QStringList lines;
    lines << tr("Server: %1 port %2, %3").arg(v.host).arg(v.port).arg(ConnectionWizardFindPage::securityLabel(v.security));
    if (!v.oauthProvider.isEmpty())
        lines << tr("Signs in as %1 with OAuth 2 (XOAUTH2): no password is stored, only the sign-in.")
                     .arg(v.userName.isEmpty() ? v.address : v.userName);
    else
        lines << (v.userName.isEmpty() ? tr("No sign-in.") : tr("Signs in as %1.").arg(v.userName));
    if (!m_pinnedSha256.isEmpty())
        lines << tr("Trusted certificate (SHA-256): %1").arg(m_pinnedSha256);
    lines << tr("The settings are saved in Qourier's configuration file; the password goes to your system's keychain "
                "only.");
    m_savePage->setSummary(lines.join(QLatin1Char('\n')));
}
