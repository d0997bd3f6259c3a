#pragma once
// The secrets a saved account needs at send time, and the engine's settings built from them: the
// password and the proxy password from the OS keychain (CredentialStore), an XOAUTH2 access
// token from OAuth2TokenSource (renewed with the refresh token in the keychain). One logic for
// every sender: the composer, the outbox's resolver in the window, `qourier send --account` and
// `qourier outbox flush`.
//
// Keychain answers are kept in memory for the life of the resolver (a window reads each account's
// entry once per session; a password the person typed because the keychain had none is kept the
// same way). Nothing here is ever written to a file.
//
// Asynchronous only: the callback runs later from the event loop, never inside the call.

#include "Account.h"
#include "CredentialStore.h"
#include "SmtpSettings.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class OAuth2TokenSource;

class AccountResolver : public QObject
{
    Q_OBJECT
public:
    struct Secrets
    {
        QString password;      // PLAIN/LOGIN/CRAM-MD5 accounts
        QString accessToken;   // XOAUTH2 accounts: fresh, from the token source
        QString proxyPassword; // a SOCKS5/HTTP proxy with a user name
    };
    struct Result
    {
        enum class Status {
            Ok,             // settings, credentials and secrets are complete
            PasswordNeeded, // the keychain has no password (or did not answer): ask the person,
                            // setPassword(), resolve again
            SignInNeeded,   // XOAUTH2: no refresh token, or the provider refused it: sign in again
            Failed,         // XOAUTH2 not set up (no client id), or the provider/network failed: `error`
        };
        Status status = Status::Failed;
        SmtpSettings settings;       // account.toSmtpSettings() with the proxy password
        SmtpCredentials credentials; // user plus password or access token
        Secrets secrets;
        // False when no keychain answered (not merely "no entry"): the password is asked every
        // time, and the person should hear why.
        bool keychainAnswered = true;
        QString error; // translated, for people; with SignInNeeded and Failed
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result& result)>;

    // `credentials` (not owned) is the keychain.
    explicit AccountResolver(CredentialStore* credentials, QObject* parent = nullptr);
    ~AccountResolver() override;

    CredentialStore* credentialStore() const { return m_credentials; }
    // The XOAUTH2 token source (one per resolver, shared by every send through it).
    OAuth2TokenSource* tokens() const { return m_tokens.get(); }

    // `renewToken`: the server refused the last access token as expired (SmtpError::Kind::
    // AuthTokenExpired); a new one is fetched instead of the remembered one.
    void resolve(const Account& account, bool renewToken, Callback done);

    // A password the person typed for this session (memory only).
    void setPassword(const QString& accountId, const QString& password);
    // The server refused the password: the same one is not used again this session; the next
    // resolve() answers PasswordNeeded without reading the keychain again.
    void forgetPassword(const QString& accountId);
    // Everything remembered of the account (its settings or secrets changed: read them again).
    void forget(const QString& accountId);

    // Which secrets an account needs.
    static bool needsPassword(const Account& account);
    static bool needsToken(const Account& account);
    static bool needsProxyPassword(const Account& account);

private:
    void withSecret(const Account& account, std::function<void(const CredentialStore::Secret&, bool answered)> next);
    void finish(const Account& account, const CredentialStore::Secret& secret, bool answered, bool renewToken,
                Callback done);

    CredentialStore* m_credentials;
    std::unique_ptr<OAuth2TokenSource> m_tokens;
    struct Known
    {
        CredentialStore::Secret secret;
        bool answered = true;
    };
    QHash<QString, Known> m_known; // account id → what the keychain (or the person) gave
    QHash<QString, QList<std::function<void()>>> m_reading; // account id → waiting for its read
};
