#include "OAuth2TokenSource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcOAuth)

namespace {
// A token this close to its end is refreshed now rather than expiring during the SMTP dialogue.
constexpr int ExpiryMarginSeconds = 60;
} // namespace

OAuth2TokenSource::OAuth2TokenSource(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
    , m_lookup([](const QString& id) { return OAuth2Provider::load(id); })
{
    Q_ASSERT(m_credentials);
}

OAuth2TokenSource::~OAuth2TokenSource() = default;

void OAuth2TokenSource::later(Callback done, const Result& result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void OAuth2TokenSource::invalidate(const QString& accountId)
{
    m_cache.remove(accountId);
}

void OAuth2TokenSource::remember(const QString& accountId, const QString& accessToken, const QDateTime& expiresAt)
{
    m_cache.insert(accountId, Cached{accessToken, expiresAt});
}

void OAuth2TokenSource::accessToken(const Account& account, Callback done)
{
    const auto cached = m_cache.constFind(account.id);
    if (cached != m_cache.constEnd() && !cached->token.isEmpty()
        && (!cached->expiresAt.isValid()
            || QDateTime::currentDateTimeUtc().addSecs(ExpiryMarginSeconds) < cached->expiresAt)) {
        Result r;
        r.status = Result::Status::Ok;
        r.accessToken = cached->token;
        r.expiresAt = cached->expiresAt;
        later(std::move(done), r);
        return;
    }
    // Requests during a refresh share it: one refresh-token grant, not one per message.
    const bool running = m_waiting.contains(account.id);
    m_waiting[account.id].append(std::move(done));
    if (running)
        return;

    const std::optional<OAuth2Provider> provider = m_lookup(account.oauthProvider);
    if (!provider || !provider->isConfigured()) {
        Result r;
        r.status = Result::Status::NotConfigured;
        r.error = provider ? tr("Signing in with %1 is not set up: the setting %2 (the OAuth client id) is empty.")
                                 .arg(provider->name, OAuth2Provider::settingsKey(provider->id, QStringLiteral("clientId")))
                           : tr("The account \"%1\" names an unknown sign-in provider \"%2\".").arg(account.label(), account.oauthProvider);
        QTimer::singleShot(0, this, [this, id = account.id, r] { finishAll(id, r); });
        return;
    }

    QPointer<OAuth2TokenSource> self(this);
    const QString id = account.id;
    const QString label = account.label();
    const OAuth2Provider p = *provider;
    m_credentials->read(id, [self, id, label, p](const CredentialStore::Result& read) {
        if (!self)
            return;
        if (!read.ok() || read.secret.refreshToken.isEmpty()) {
            Result r;
            if (read.keychainAnswered()) {
                r.status = Result::Status::SignInNeeded;
                r.error = tr("The keychain holds no sign-in for \"%1\": sign in with %2 again (Edit Account).").arg(label, p.name);
            } else {
                r.error = tr("No keychain answered, so Qourier cannot read the sign-in for \"%1\" (%2).")
                              .arg(label, read.detail.isEmpty() ? tr("timed out") : read.detail);
            }
            self->finishAll(id, r);
            return;
        }
        const CredentialStore::Secret secret = read.secret;
        self->refresh(p, secret.refreshToken, [self, id, label, p, secret](const Result& result, const QString& rotated) {
            if (!self)
                return;
            Result r = result;
            if (r.ok()) {
                self->m_cache.insert(id, Cached{r.accessToken, r.expiresAt});
                if (!rotated.isEmpty() && rotated != secret.refreshToken) {
                    // RFC 6749 §6: a new refresh token replaces the old one, which the provider
                    // may already have revoked; keep the account's other secrets as they are.
                    CredentialStore::Secret updated = secret;
                    updated.refreshToken = rotated;
                    self->m_credentials->write(id, updated, [label](const CredentialStore::Result& w) {
                        if (!w.ok())
                            qCWarning(lcOAuth) << "could not store the new refresh token for" << label << w.detail;
                    });
                }
            } else if (r.status == Result::Status::SignInNeeded) {
                r.error = tr("%1 no longer accepts Qourier's sign-in for \"%2\" (%3). Sign in with %1 again: Edit Account, "
                             "then \"Sign in with %1\".")
                              .arg(p.name, label, r.error);
            }
            self->finishAll(id, r);
        });
    });
}

void OAuth2TokenSource::refresh(const OAuth2Provider& provider, const QString& refreshToken, RefreshCallback done)
{
    // RFC 6749 §6 refresh grant, posted here rather than through QOAuth2AuthorizationCodeFlow::
    // refreshAccessToken(): Qt 6.4's flow reports neither an HTTP error nor an "error" answer from
    // the token endpoint (it only logs them), and a person must hear "sign in again" when the
    // provider refuses. A public client sends client_id and no secret (RFC 6749 §2.3, §3.2.1).
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(provider.clientId)));
    QNetworkRequest request(provider.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs); // Qt's own QTimer on the transfer: no blocking wait
    QNetworkReply* reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    const QString name = provider.name;
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), name] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        Result r;
        const QString accessToken = o.value(QLatin1String("access_token")).toString();
        if (reply->error() == QNetworkReply::NoError && !accessToken.isEmpty()) {
            r.status = Result::Status::Ok;
            r.accessToken = accessToken;
            const int expiresIn = o.value(QLatin1String("expires_in")).toInt(0); // RFC 6749 §5.1, seconds
            if (expiresIn > 0)
                r.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
            done(r, o.value(QLatin1String("refresh_token")).toString());
            return;
        }
        const QString error = o.value(QLatin1String("error")).toString();
        const QString description = o.value(QLatin1String("error_description")).toString();
        // RFC 6749 §5.2: invalid_grant = the refresh token is invalid, expired or revoked.
        if (error == QLatin1String("invalid_grant")) {
            r.status = Result::Status::SignInNeeded;
            r.error = description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
        } else if (!error.isEmpty()) {
            r.error = tr("%1 refused to renew the access token: %2").arg(name, description.isEmpty() ? error : description);
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            r.error = tr("%1's token service did not answer in time.").arg(name);
        } else {
            r.error = tr("Could not reach %1's token service: %2").arg(name, status ? QString::number(status) + QLatin1Char(' ') + reply->errorString() : reply->errorString());
        }
        done(r, QString());
    });
}

void OAuth2TokenSource::finishAll(const QString& accountId, const Result& result)
{
    const QList<Callback> waiting = m_waiting.take(accountId);
    for (const Callback& done : waiting)
        done(result);
}
