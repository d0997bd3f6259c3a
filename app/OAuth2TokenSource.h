#pragma once
// Access tokens for XOAUTH2 accounts. An access token lives about an hour and only in memory;
// the refresh token lives in the OS keychain (CredentialStore, the account's entry). accessToken()
// answers from memory while the token is fresh, else reads the refresh token and asks the
// provider's token endpoint for a new access token (RFC 6749 §6). When the SMTP server says the
// token expired (SmtpError::Kind::AuthTokenExpired), invalidate() it: the next accessToken()
// refreshes, and the sender retries once.
//
// One per application (the composer, the outbox and `qourier send` share the logic); requests
// for the same account while a refresh runs wait for that refresh. Asynchronous only: callbacks
// run later from the event loop, never inside the call; every request has a QTimer deadline.

#include "Account.h"
#include "CredentialStore.h"
#include "OAuth2Provider.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

class OAuth2TokenSource : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Status {
            Ok,            // `accessToken` is fresh
            SignInNeeded,  // no refresh token, or the provider refused it (revoked, expired): sign in again
            NotConfigured, // no client id (or an unknown provider) for this account's sign-in
            Failed,        // network, keychain or provider trouble: `error`; trying later may work
        };
        Status status = Status::Failed;
        QString accessToken;
        QDateTime expiresAt;
        QString error; // translated, for people
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result& result)>;
    using ProviderLookup = std::function<std::optional<OAuth2Provider>(const QString& id)>;

    static constexpr int DefaultTimeoutMs = 30'000;

    // `credentials` (not owned) holds the refresh tokens.
    explicit OAuth2TokenSource(CredentialStore* credentials, QObject* parent = nullptr);
    ~OAuth2TokenSource() override;

    // Default: OAuth2Provider::load(id) from the application's settings.
    void setProviderLookup(ProviderLookup lookup) { m_lookup = std::move(lookup); }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // A fresh access token for an XOAUTH2 account (Account::oauthProvider says whose).
    void accessToken(const Account& account, Callback done);
    // The server refused the token as expired: forget it, so the next request refreshes.
    void invalidate(const QString& accountId);
    // A token just issued by a sign-in (the wizard), so the first send needs no refresh.
    void remember(const QString& accountId, const QString& accessToken, const QDateTime& expiresAt);

    // One refresh-token grant (RFC 6749 §6) without the keychain or the cache: for the wizard's
    // test of an account being edited. `rotatedRefreshToken` is set when the provider issued a
    // new refresh token (Microsoft does) that replaces the old one.
    using RefreshCallback = std::function<void(const Result& result, const QString& rotatedRefreshToken)>;
    void refresh(const OAuth2Provider& provider, const QString& refreshToken, RefreshCallback done);

private:
    struct Cached
    {
        QString token;
        QDateTime expiresAt;
    };
    void finishAll(const QString& accountId, const Result& result);
    void later(Callback done, const Result& result);

    CredentialStore* m_credentials;
    QNetworkAccessManager* m_network;
    ProviderLookup m_lookup;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, Cached> m_cache;
    QHash<QString, QList<Callback>> m_waiting; // account id → requests waiting for its refresh
};

Q_DECLARE_METATYPE(OAuth2TokenSource::Result)
