#pragma once
// Answers the connection wizard's requests: finds settings (SettingsFinder), tests them for real
// (ConnectionTester), and saves the account (AccountStore) with its secret in the OS keychain
// (CredentialStore). The wizard (ui/) only shows; this is the one place that wires it to the
// engine and the keychain.

#include "Account.h"
#include "ConnectionTester.h"
#include "ConnectionWizard.h"
#include "CredentialStore.h"
#include "OAuth2Authorizer.h"
#include "OAuth2TokenSource.h"
#include "SettingsFinder.h"

#include <QObject>
#include <QPointer>

#include <optional>

class AccountStore;
class QWidget;

class ConnectionWizardController : public QObject
{
    Q_OBJECT
public:
    struct Environment
    {
        AccountStore* accounts = nullptr;       // required, not owned
        CredentialStore* credentials = nullptr; // required, not owned
        SettingsFinder::Environment finder;     // provider list, DNS, autoconfig, probe list
        // A person is waiting: shorter than a send's timeouts.
        SmtpTimeouts testTimeouts = SmtpTimeouts::uniform(20'000);
        QWidget* parentWidget = nullptr;
        // OAuth 2 sign-in ("Sign in with Google"): opens the provider's page; empty =
        // QDesktopServices::openUrl. Tests follow the URL themselves.
        OAuth2Authorizer::BrowserOpener openBrowser;
        // The sign-in presets with their client ids; empty = OAuth2Provider::load (the settings).
        OAuth2TokenSource::ProviderLookup oauthProviders;
        int oauthTimeoutMs = OAuth2Authorizer::DefaultTimeoutMs;
        // Optional, not owned: told the fresh access token of a saved account, so its first
        // send needs no refresh (the application's one token source).
        OAuth2TokenSource* tokens = nullptr;
    };

    explicit ConnectionWizardController(Environment environment, QObject* parent = nullptr);
    ~ConnectionWizardController() override;

    ConnectionWizard* wizard() const { return m_wizard; }
    // Fills the wizard with a saved account; its password arrives from the keychain shortly after.
    void editAccount(const QString& accountId);

    static ConnectionWizardValues toValues(const Account& account, const CredentialStore::Secret& secret);
    // The wizard's values over `base` (an existing account keeps its id and anything the wizard
    // does not show).
    static Account toAccount(const ConnectionWizardValues& values, const Account& base = Account());
    // The keychain's answer in words, for the save page.
    static QString keychainProblem(const CredentialStore::Result& result);

signals:
    // After the settings were written; `secretStored` false when the keychain did not take it.
    void accountSaved(const Account& account, bool secretStored);

private:
    void onFindRequested(const QString& address);
    void onFindFinished(const SettingsFinder::Result& result);
    void onTestRequested();
    void onTestFinished(const ConnectionTester::Result& result);
    void onSaveRequested();
    std::optional<ProviderDatabase::Provider> providerFor(const ConnectionWizardValues& values) const;
    // The OAuth 2 sign-in the address's provider wants (ProviderDatabase oauthProvider), if any.
    std::optional<OAuth2Provider> oauthFor(const QString& address) const;
    void onAddressEdited(const QString& address);
    void onOAuthSignInRequested();
    void onOAuthFinished(const OAuth2Authorizer::Result& result);

    Environment m_env;
    QPointer<ConnectionWizard> m_wizard;
    SettingsFinder* m_finder = nullptr;
    ConnectionTester* m_tester = nullptr;
    Account m_base; // the account being edited, or empty
    std::optional<ProviderDatabase::Provider> m_foundProvider;
    // The domain whose MX host named m_foundProvider: a company domain whose mail Google or
    // Microsoft handles gets their sign-in too.
    QString m_mxProviderDomain;

    // The OAuth 2 sign-in of this wizard: only in memory until Save puts the refresh token into
    // the keychain (the access token never leaves memory).
    struct OAuthSignIn
    {
        QString providerId;
        QString accessToken;
        QString refreshToken;
        QDateTime expiresAt;
    };
    OAuth2Authorizer* m_authorizer = nullptr;
    OAuth2TokenSource* m_ownTokens = nullptr; // refreshes for the test of an edited account
    OAuthSignIn m_oauth;
    QString m_oauthPending; // provider id of the sign-in running in the browser
};
