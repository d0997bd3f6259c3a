#include "AccountResolver.h"

#include "OAuth2TokenSource.h"

#include <QPointer>
#include <QTimer>

AccountResolver::AccountResolver(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_tokens(std::make_unique<OAuth2TokenSource>(credentials))
{
    Q_ASSERT(m_credentials);
}

AccountResolver::~AccountResolver() = default;

bool AccountResolver::needsPassword(const Account& account)
{
    return account.needsPassword() && account.authMethod != Account::AuthMethod::XOAuth2;
}

bool AccountResolver::needsToken(const Account& account)
{
    return account.authMethod == Account::AuthMethod::XOAuth2;
}

bool AccountResolver::needsProxyPassword(const Account& account)
{
    return !account.proxyUser.isEmpty()
        && (account.proxyType == Account::ProxyType::Socks5 || account.proxyType == Account::ProxyType::Http);
}

void AccountResolver::setPassword(const QString& accountId, const QString& password)
{
    m_known[accountId].secret.password = password;
}

void AccountResolver::forgetPassword(const QString& accountId)
{
    // Kept as "known, without a password": the keychain's copy was the wrong one.
    m_known[accountId].secret.password.clear();
}

void AccountResolver::forget(const QString& accountId)
{
    m_known.remove(accountId);
    m_tokens->invalidate(accountId);
}

void AccountResolver::resolve(const Account& account, bool renewToken, Callback done)
{
    if (!needsPassword(account) && !needsProxyPassword(account)) {
        // Nothing to read here; an XOAUTH2 token source reads its refresh token itself.
        QPointer<AccountResolver> self(this);
        QTimer::singleShot(0, this, [self, account, renewToken, done = std::move(done)] {
            if (self)
                self->finish(account, CredentialStore::Secret(), true, renewToken, done);
        });
        return;
    }
    withSecret(account, [this, account, renewToken, done = std::move(done)](const CredentialStore::Secret& secret, bool answered) {
        finish(account, secret, answered, renewToken, done);
    });
}

// The account's keychain entry, read once and then remembered; reads asked for meanwhile share
// the one under way. `next` always runs later, from the event loop.
void AccountResolver::withSecret(const Account& account, std::function<void(const CredentialStore::Secret&, bool)> next)
{
    const QString id = account.id;
    QPointer<AccountResolver> self(this);
    auto run = [self, id, next = std::move(next)] {
        if (!self)
            return;
        const Known known = self->m_known.value(id);
        next(known.secret, known.answered);
    };
    if (m_known.contains(id)) {
        QTimer::singleShot(0, this, run);
        return;
    }
    const bool reading = m_reading.contains(id);
    m_reading[id].append(run);
    if (reading)
        return;
    m_credentials->read(id, [self, id](const CredentialStore::Result& result) {
        if (!self)
            return;
        // Ok: the stored secret. NotFound, Unavailable, TimedOut: nothing stored or no keychain;
        // the password is asked and kept for this session only.
        Known known;
        if (result.ok())
            known.secret = result.secret;
        known.answered = result.keychainAnswered();
        // A password typed meanwhile (setPassword) wins over an empty keychain answer.
        if (known.secret.password.isEmpty())
            known.secret.password = self->m_known.value(id).secret.password;
        self->m_known.insert(id, known);
        const QList<std::function<void()>> waiting = self->m_reading.take(id);
        for (const auto& w : waiting)
            w();
    });
}

void AccountResolver::finish(const Account& account, const CredentialStore::Secret& secret, bool answered,
                             bool renewToken, Callback done)
{
    Result r;
    r.keychainAnswered = answered;
    r.secrets.password = secret.password;
    r.secrets.proxyPassword = secret.proxyPassword;
    r.settings = account.toSmtpSettings(secret.proxyPassword);
    r.credentials.user = account.userName;

    if (needsPassword(account) && secret.password.isEmpty()) {
        r.status = Result::Status::PasswordNeeded;
        done(r);
        return;
    }
    if (!needsToken(account)) {
        r.credentials.password = r.secrets.password;
        r.status = Result::Status::Ok;
        done(r);
        return;
    }
    if (renewToken)
        m_tokens->invalidate(account.id);
    // XOAUTH2's user= is the mailbox (Google and Microsoft both want the address).
    if (r.credentials.user.isEmpty())
        r.credentials.user = account.address;
    m_tokens->accessToken(account, [r, done](const OAuth2TokenSource::Result& token) mutable {
        using S = OAuth2TokenSource::Result::Status;
        switch (token.status) {
        case S::Ok:
            r.status = Result::Status::Ok;
            r.secrets.accessToken = token.accessToken;
            r.credentials.accessToken = token.accessToken;
            break;
        case S::SignInNeeded:
            r.status = Result::Status::SignInNeeded;
            r.error = token.error;
            break;
        case S::NotConfigured:
        case S::Failed:
            r.status = Result::Status::Failed;
            r.error = token.error;
            break;
        }
        done(r);
    });
}
