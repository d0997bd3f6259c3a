#include "ConnectionWizardController.h"

#include "AccountStore.h"
#include "ConnectionWizard.h"
#include "ConnectionWizardValues.h"
#include "ConnectionWizardWhoPage.h"

#include <QDesktopServices>
#include <QSettings>
#include <QTimer>
#include <QUrl>

ConnectionWizardController::ConnectionWizardController(Environment environment, QObject* parent)
    : QObject(parent)
    , m_env(std::move(environment))
    , m_wizard(new ConnectionWizard(m_env.parentWidget))
    , m_finder(new SettingsFinder(m_env.finder, this))
    , m_tester(new ConnectionTester(this))
    , m_authorizer(new OAuth2Authorizer(this))
{
    Q_ASSERT(m_env.accounts && m_env.credentials);
    if (!m_env.oauthProviders)
        m_env.oauthProviders = [](const QString& id) { return OAuth2Provider::load(id); };
    m_authorizer->setBrowserOpener(m_env.openBrowser ? m_env.openBrowser
                                                     : [](const QUrl& url) { return QDesktopServices::openUrl(url); });
    m_authorizer->setTimeout(m_env.oauthTimeoutMs);
    m_ownTokens = new OAuth2TokenSource(m_env.credentials, this);
    m_ownTokens->setProviderLookup(m_env.oauthProviders);
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
    connect(w, &ConnectionWizard::addressEdited, this, &ConnectionWizardController::onAddressEdited);
    connect(w, &ConnectionWizard::oauthSignInRequested, this, &ConnectionWizardController::onOAuthSignInRequested);
    connect(m_authorizer, &OAuth2Authorizer::finished, this, &ConnectionWizardController::onOAuthFinished);
    // Closed (Finish or Cancel): nothing keeps talking to a server for a wizard nobody sees.
    connect(w, &QDialog::finished, this, [this] {
        m_tester->cancel();
        m_finder->cancel();
        m_authorizer->cancel(); // closes the loopback listener
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
    v.oauthProvider = a.authMethod == Account::AuthMethod::XOAuth2 ? a.oauthProvider : QString();
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
        : a.proxyType == Account::ProxyType::System         ? ConnectionWizardValues::ProxyType::System
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
    a.oauthProvider.clear();
    if (!v.oauthProvider.isEmpty()) {
        // Signed in with OAuth 2: XOAUTH2 only, as the mailbox itself unless a user name was given.
        a.authMethod = Account::AuthMethod::XOAuth2;
        a.oauthProvider = v.oauthProvider;
        if (a.userName.isEmpty())
            a.userName = a.address;
    }
    a.pinnedSha256 = v.pinnedSha256;
    a.proxyType = v.proxyType == ConnectionWizardValues::ProxyType::Socks5 ? Account::ProxyType::Socks5
        : v.proxyType == ConnectionWizardValues::ProxyType::Http           ? Account::ProxyType::Http
        : v.proxyType == ConnectionWizardValues::ProxyType::System         ? Account::ProxyType::System
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
    const bool oauth = m_base.authMethod == Account::AuthMethod::XOAuth2 && !m_base.oauthProvider.isEmpty();
    if (oauth) {
        const std::optional<OAuth2Provider> p = m_env.oauthProviders(m_base.oauthProvider);
        const QString name = p ? p->name : m_base.oauthProvider;
        m_oauth = OAuthSignIn{m_base.oauthProvider, {}, {}, {}};
        m_wizard->whoPage()->setSignedInProvider(m_base.oauthProvider, name,
                                                 tr("Signed in with %1; the sign-in is kept in your system's keychain.").arg(name));
    }
    QPointer<ConnectionWizard> wizard = m_wizard;
    QPointer<ConnectionWizardController> self(this);
    m_env.credentials->read(accountId, [wizard, self, oauth](const CredentialStore::Result& r) {
        // Fill in only what the person has not typed meanwhile.
        if (!wizard || !r.ok())
            return;
        if (self && oauth && self->m_oauth.refreshToken.isEmpty())
            self->m_oauth.refreshToken = r.secret.refreshToken;
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
    m_mxProviderDomain.clear();
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
        m_mxProviderDomain = domain;
        // A company domain on Google Workspace or Microsoft 365: the provider's sign-in works for
        // it as for gmail.com, and is offered on the first page from now on.
        if (const std::optional<OAuth2Provider> oauth = oauthFor(m_wizard->values().address);
            oauth && m_wizard->values().oauthProvider.isEmpty()) {
            onAddressEdited(m_wizard->values().address);
            f.sourceText += QLatin1Char(' ')
                + tr("%1 may refuse a password here: go Back and choose Sign in with %2, or use an app password.")
                      .arg(r.provider->name, oauth->name);
        }
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
    if (!v.oauthProvider.isEmpty()) {
        // XOAUTH2 with the sign-in's access token (toSmtpSettings() allows only XOAUTH2).
        credentials.password.clear();
        const bool fresh = !m_oauth.accessToken.isEmpty()
            && (!m_oauth.expiresAt.isValid() || QDateTime::currentDateTimeUtc().addSecs(60) < m_oauth.expiresAt);
        const std::optional<OAuth2Provider> p = m_env.oauthProviders(v.oauthProvider);
        if (!fresh && !m_oauth.refreshToken.isEmpty() && p && p->isConfigured()) {
            // An edited account (or a long pause): renew the access token first, then test.
            QPointer<ConnectionWizardController> self(this);
            m_ownTokens->refresh(*p, m_oauth.refreshToken, [self, settings, credentials](const OAuth2TokenSource::Result& r,
                                                                                        const QString& rotated) mutable {
                if (!self)
                    return;
                if (r.ok()) {
                    self->m_oauth.accessToken = r.accessToken;
                    self->m_oauth.expiresAt = r.expiresAt;
                    if (!rotated.isEmpty())
                        self->m_oauth.refreshToken = rotated;
                }
                // Refused: the test runs with no token, and the server's refusal is shown as it is.
                credentials.accessToken = self->m_oauth.accessToken;
                self->m_tester->start(settings, credentials);
            });
            return;
        }
        credentials.accessToken = m_oauth.accessToken;
    }
    m_tester->start(settings, credentials);
}

std::optional<OAuth2Provider> ConnectionWizardController::oauthFor(const QString& address) const
{
    const QString domain = ProviderDatabase::domainOf(address);
    std::optional<ProviderDatabase::Provider> provider = m_finder->providers().forDomain(domain);
    if (!provider && m_foundProvider && !domain.isEmpty() && domain.compare(m_mxProviderDomain, Qt::CaseInsensitive) == 0)
        provider = m_foundProvider;
    if (!provider || provider->oauthProvider.isEmpty())
        return std::nullopt;
    return m_env.oauthProviders(provider->oauthProvider);
}

void ConnectionWizardController::onAddressEdited(const QString& address)
{
    if (!m_wizard)
        return;
    ConnectionWizardWhoPage* page = m_wizard->whoPage();
    const std::optional<OAuth2Provider> p = oauthFor(address);
    if (!p) {
        page->setOAuthOffer(QString(), QString());
        return;
    }
    QString notSetUp;
    if (!p->isConfigured()) {
        // Say how to fix it rather than offer a button that can only fail.
        notSetUp = tr("%1 prefers that you sign in on its own page (OAuth 2), but this copy of Qourier has no OAuth client "
                      "id for %1. To use it, register Qourier with %1 as a desktop app and set the client id as \"%2\" in "
                      "%3. Until then, type an app password above.")
                       .arg(p->name, OAuth2Provider::settingsKey(p->id, QStringLiteral("clientId")), QSettings().fileName());
    }
    page->setOAuthOffer(p->id, p->name, notSetUp);
}

void ConnectionWizardController::onOAuthSignInRequested()
{
    if (!m_wizard)
        return;
    const QString address = m_wizard->values().address;
    const std::optional<OAuth2Provider> p = oauthFor(address);
    if (!p || !p->isConfigured())
        return;
    m_oauthPending = p->id;
    m_wizard->whoPage()->setOAuthStatus(
        ConnectionWizardWhoPage::OAuthState::Waiting,
        tr("Your web browser shows %1's sign-in page now. Sign in there and allow Qourier to send mail; then come back here.")
            .arg(p->name));
    m_authorizer->start(*p, address);
}

void ConnectionWizardController::onOAuthFinished(const OAuth2Authorizer::Result& result)
{
    if (!m_wizard)
        return;
    const std::optional<OAuth2Provider> p = m_env.oauthProviders(m_oauthPending);
    const QString name = p ? p->name : m_oauthPending;
    ConnectionWizardWhoPage* page = m_wizard->whoPage();
    if (!result.ok) {
        page->setOAuthStatus(ConnectionWizardWhoPage::OAuthState::Failed,
                             tr("Signing in with %1 did not work: %2").arg(name, result.error));
        return;
    }
    m_oauth = OAuthSignIn{m_oauthPending, result.accessToken, result.refreshToken, result.expiresAt};
    page->setOAuthStatus(ConnectionWizardWhoPage::OAuthState::SignedIn,
                         tr("Signed in with %1. Qourier sends with this sign-in and never sees your password; "
                            "click Next to test it.")
                             .arg(name));
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
    if (!account.userName.isEmpty() && v.oauthProvider.isEmpty())
        secret.password = v.password;
    if (!v.oauthProvider.isEmpty())
        secret.refreshToken = m_oauth.refreshToken; // the sign-in, in the keychain only
    secret.proxyPassword = v.proxyPassword;
    outcome.secretNeeded = !secret.isEmpty();
    if (!v.oauthProvider.isEmpty() && m_env.tokens && !m_oauth.accessToken.isEmpty())
        m_env.tokens->remember(account.id, m_oauth.accessToken, m_oauth.expiresAt);

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
    if (!v.oauthProvider.isEmpty() && secret.refreshToken.isEmpty()) {
        // An edited XOAUTH2 account whose stored sign-in was not read back: leave the keychain
        // entry as it is rather than overwrite (or remove) the refresh token in it.
        CredentialStore::Result kept;
        kept.status = CredentialStore::Result::Status::Ok;
        QTimer::singleShot(0, this, [done, kept]() mutable { done(kept); });
    } else if (outcome.secretNeeded)
        m_env.credentials->write(account.id, secret, done);
    else
        m_env.credentials->remove(account.id, done); // an emptied password leaves no old one behind
}
