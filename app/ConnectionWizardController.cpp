#include "ConnectionWizardController.h"

#include "AccountStore.h"
#include "ConnectionWizard.h"
#include "ConnectionWizardValues.h"

#include <QUrl>

ConnectionWizardController::ConnectionWizardController(Environment environment, QObject* parent)
    : QObject(parent)
    , m_env(std::move(environment))
    , m_wizard(new ConnectionWizard(m_env.parentWidget))
    , m_finder(new SettingsFinder(m_env.finder, this))
    , m_tester(new ConnectionTester(this))
{
    Q_ASSERT(m_env.accounts && m_env.credentials);
    ConnectionWizard* w = m_wizard;
    connect(w, &ConnectionWizard::findSettingsRequested, this, &ConnectionWizardController::onFindRequested);
    connect(w, &ConnectionWizard::findCancelled, m_finder, &SettingsFinder::cancel);
    connect(m_finder, &SettingsFinder::progress, w, &ConnectionWizard::setFindProgress);
    connect(m_finder, &SettingsFinder::finished, this, &ConnectionWizardController::onFindFinished);

    connect(w, &ConnectionWizard::testRequested, this, &ConnectionWizardController::onTestRequested);
    connect(w, &ConnectionWizard::testCancelled, m_tester, &ConnectionTester::cancel);
    ConnectionWizardTestPage* page = w->testPage();
    connect(m_tester, &ConnectionTester::stageChanged, page, [page](ConnectionTester::Stage stage, ConnectionTester::Status status) {
        // The two enums list the same stages and states in the same order.
        page->setStageStatus(ConnectionWizardTestPage::Stage(int(stage)), ConnectionWizardTestPage::Status(int(status)));
    });
    connect(m_tester, &ConnectionTester::tlsEstablished, page, [page](const ConnectionTester::TlsInfo& tls) {
        page->setTlsDetails(tls.protocol, tls.cipher, tls.chain.value(0));
    });
    connect(m_tester, &ConnectionTester::capabilitiesReceived, page, &ConnectionWizardTestPage::setCapabilities);
    connect(m_tester, &ConnectionTester::authenticated, page, &ConnectionWizardTestPage::setAuthMechanism);
    connect(m_tester, &ConnectionTester::transcriptLine, page, &ConnectionWizardTestPage::appendTranscript);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionWizardController::onTestFinished);

    connect(w, &ConnectionWizard::saveRequested, this, &ConnectionWizardController::onSaveRequested);
    // Closed (Finish or Cancel): nothing keeps talking to a server for a wizard nobody sees.
    connect(w, &QDialog::finished, this, [this] {
        m_tester->cancel();
        m_finder->cancel();
    });
}

static_assert(int(ConnectionTester::Stage::Quit) == int(ConnectionWizardTestPage::Stage::Quit)
                  && int(ConnectionTester::Status::Skipped) == int(ConnectionWizardTestPage::Status::Skipped),
              "ConnectionTester and ConnectionWizardTestPage must list the same stages and states");

ConnectionWizardController::~ConnectionWizardController()
{
    m_tester->cancel();
    m_finder->cancel();
    // The wizard belongs to the parent widget when there is one; otherwise to us.
    if (m_wizard && !m_env.parentWidget)
        delete m_wizard;
}

ConnectionWizardValues ConnectionWizardController::toValues(const Account& a, const CredentialStore::Secret& secret)
{
    ConnectionWizardValues v;
    v.accountId = a.id;
    v.accountName = a.name;
    v.displayName = a.displayName;
    v.address = a.address;
    v.password = secret.password;
    v.host = a.host;
    v.port = a.port;
    v.security = a.security;
    v.allowInsecure = a.allowInsecure;
    v.userName = a.userName;
    v.authMethod = a.authMethod == Account::AuthMethod::Auto || a.authMethod == Account::AuthMethod::XOAuth2
        ? QString()
        : Account::authMethodName(a.authMethod).toUpper();
    v.pinnedSha256 = a.pinnedSha256;
    v.proxyType = a.proxyType == Account::ProxyType::Socks5 ? ConnectionWizardValues::ProxyType::Socks5
        : a.proxyType == Account::ProxyType::Http           ? ConnectionWizardValues::ProxyType::Http
                                                            : ConnectionWizardValues::ProxyType::Default;
    v.proxyHost = a.proxyHost;
    v.proxyPort = a.proxyPort;
    v.proxyUser = a.proxyUser;
    v.proxyPassword = secret.proxyPassword;
    v.signature = a.signature;
    return v;
}

Account ConnectionWizardController::toAccount(const ConnectionWizardValues& v, const Account& base)
{
    Account a = base;
    a.id = v.accountId.isEmpty() ? base.id : v.accountId;
    a.name = v.accountName.trimmed() == v.address.trimmed() ? QString() : v.accountName.trimmed();
    a.displayName = v.displayName.trimmed();
    a.address = v.address.trimmed();
    a.host = v.host.trimmed();
    a.port = v.port;
    a.security = v.security;
    a.allowInsecure = v.security == SmtpSecurity::None && v.allowInsecure;
    a.userName = v.userName.trimmed();
    a.authMethod = Account::authMethodFromName(v.authMethod);
    a.pinnedSha256 = v.pinnedSha256;
    a.proxyType = v.proxyType == ConnectionWizardValues::ProxyType::Socks5 ? Account::ProxyType::Socks5
        : v.proxyType == ConnectionWizardValues::ProxyType::Http           ? Account::ProxyType::Http
                                                                           : Account::ProxyType::Default;
    a.proxyHost = v.proxyHost;
    a.proxyPort = v.proxyPort;
    a.proxyUser = v.proxyUser;
    a.signature = v.signature;
    return a;
}

QString ConnectionWizardController::keychainProblem(const CredentialStore::Result& r)
{
    switch (r.status) {
    case CredentialStore::Result::Status::Ok:
    case CredentialStore::Result::Status::NotFound: return QString();
    case CredentialStore::Result::Status::TimedOut: return tr("the keychain did not answer in time");
    case CredentialStore::Result::Status::Unavailable:
        return r.detail.isEmpty() ? tr("no keychain is available") : tr("no keychain is available: %1").arg(r.detail);
    }
    return QString();
}

void ConnectionWizardController::editAccount(const QString& accountId)
{
    m_base = m_env.accounts->account(accountId);
    if (m_base.id.isEmpty())
        return;
    m_wizard->setValues(toValues(m_base, CredentialStore::Secret()));
    QPointer<ConnectionWizard> wizard = m_wizard;
    m_env.credentials->read(accountId, [wizard](const CredentialStore::Result& r) {
        // Fill in only what the person has not typed meanwhile.
        if (!wizard || !r.ok())
            return;
        ConnectionWizardValues v = wizard->values();
        if (v.password.isEmpty())
            v.password = r.secret.password;
        if (v.proxyPassword.isEmpty())
            v.proxyPassword = r.secret.proxyPassword;
        wizard->setValues(v);
    });
}

void ConnectionWizardController::onFindRequested(const QString& address)
{
    m_foundProvider.reset();
    m_finder->start(address);
}

void ConnectionWizardController::onFindFinished(const SettingsFinder::Result& r)
{
    if (!m_wizard)
        return;
    m_foundProvider = r.provider;
    ConnectionWizardFindPage::Found f;
    f.found = r.found();
    f.host = r.host;
    f.port = r.port;
    f.security = r.security;
    f.userName = r.userName;
    f.clearTextOnly = r.clearTextOnly;
    const QString domain = ProviderDatabase::domainOf(m_wizard->values().address);
    switch (r.source) {
    case SettingsFinder::Source::None:
        f.sourceText = tr("No settings found for %1. Enter the outgoing (SMTP) server your provider gives you.").arg(domain);
        break;
    case SettingsFinder::Source::Provider:
        f.sourceText = tr("Found in Qourier's list of providers: %1.").arg(r.sourceDetail);
        break;
    case SettingsFinder::Source::Autoconfig:
        f.sourceText = tr("Found in the settings %1 publishes at %2.").arg(domain, r.sourceDetail);
        break;
    case SettingsFinder::Source::SrvRecord:
        f.sourceText = tr("Found in the DNS of %1 (the %2 record). DNS can be forged, so the test checks the server's "
                          "certificate for this name.")
                           .arg(domain, r.sourceDetail);
        break;
    case SettingsFinder::Source::MxProvider:
        f.sourceText = tr("Mail for %1 is handled by %2 (its MX host is %3), so Qourier uses %2's server.")
                           .arg(domain, r.provider ? r.provider->name : QString(), r.sourceDetail);
        break;
    case SettingsFinder::Source::Probe:
        f.sourceText = tr("Found by trying likely servers: %1 answered on port %2.").arg(r.host).arg(r.port);
        break;
    }
    m_wizard->setFound(f);
}

std::optional<ProviderDatabase::Provider> ConnectionWizardController::providerFor(const ConnectionWizardValues& v) const
{
    const ProviderDatabase& db = m_finder->providers();
    if (auto p = db.forServerHost(v.host))
        return p;
    if (auto p = db.forDomain(ProviderDatabase::domainOf(v.address)))
        return p;
    if (m_foundProvider && m_foundProvider->host.compare(v.host, Qt::CaseInsensitive) == 0)
        return m_foundProvider;
    return std::nullopt;
}

void ConnectionWizardController::onTestRequested()
{
    if (!m_wizard)
        return;
    const ConnectionWizardValues v = m_wizard->values();
    const std::optional<ProviderDatabase::Provider> provider = providerFor(v);
    m_wizard->setProvider(provider ? provider->helpId : QString(), provider ? provider->name : QString());

    const Account account = toAccount(v, m_base);
    SmtpSettings settings = account.toSmtpSettings(v.proxyPassword);
    settings.timeouts = m_env.testTimeouts;
    SmtpCredentials credentials;
    if (!account.userName.isEmpty()) {
        credentials.user = account.userName;
        credentials.password = v.password;
    }
    m_tester->start(settings, credentials);
}

void ConnectionWizardController::onTestFinished(const ConnectionTester::Result& result)
{
    if (m_wizard)
        m_wizard->testFinished(result.error);
}

void ConnectionWizardController::onSaveRequested()
{
    if (!m_wizard)
        return;
    const ConnectionWizardValues v = m_wizard->values();
    Account account = toAccount(v, m_base);
    ConnectionWizardSavePage::Outcome outcome;
    QString error;
    if (!m_env.accounts->save(&account, &error)) {
        outcome.error = error;
        m_wizard->saveFinished(outcome);
        return;
    }
    m_base = account;
    outcome.saved = true;
    CredentialStore::Secret secret;
    if (!account.userName.isEmpty())
        secret.password = v.password;
    secret.proxyPassword = v.proxyPassword;
    outcome.secretNeeded = !secret.isEmpty();

    QPointer<ConnectionWizardController> self(this);
    auto done = [self, account, outcome](const CredentialStore::Result& r) mutable {
        if (!self)
            return;
        outcome.secretStored = r.ok() || (!outcome.secretNeeded && r.keychainAnswered());
        outcome.keychainProblem = keychainProblem(r);
        if (self->m_wizard)
            self->m_wizard->saveFinished(outcome);
        emit self->accountSaved(account, outcome.secretStored);
    };
    if (outcome.secretNeeded)
        m_env.credentials->write(account.id, secret, done);
    else
        m_env.credentials->remove(account.id, done); // an emptied password leaves no old one behind
}
