#include "OAuth2Authorizer.h"

#include "OAuth2LoopbackReplyHandler.h"
#include "Pkce.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>

Q_LOGGING_CATEGORY(lcOAuth, "qourier.oauth")

OAuth2Authorizer::OAuth2Authorizer(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(tr("The sign-in was not completed in time. Try again."));
    });
}

OAuth2Authorizer::~OAuth2Authorizer()
{
    cancel();
}

QString OAuth2Authorizer::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

void OAuth2Authorizer::cancel()
{
    m_running = false;
    m_timer.stop();
    if (m_flow) {
        // deleteLater: cancel() may run from one of the flow's own signals.
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close(); // the loopback port is closed as soon as the sign-in ends
        m_handler->deleteLater();
        m_handler = nullptr;
    }
    m_verifier.clear();
}

void OAuth2Authorizer::start(const OAuth2Provider& provider, const QString& loginHint)
{
    cancel();
    m_running = true;
    if (!provider.isConfigured()) {
        QTimer::singleShot(0, this, [this] { finish({false, {}, {}, {}, tr("Sign-in is not set up: no client id.")}); });
        return;
    }
    m_handler = new OAuth2LoopbackReplyHandler(this);
    if (!m_handler->isListening()) {
        QTimer::singleShot(0, this, [this] { fail(tr("Qourier could not listen on 127.0.0.1 for the sign-in's answer.")); });
        return;
    }
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(provider.authorizationUrl);
    m_flow->setAccessTokenUrl(provider.tokenUrl);
    m_flow->setClientIdentifier(provider.clientId); // public client: no secret (RFC 8252 §8.5)
    m_flow->setScope(provider.scope);
    m_flow->setReplyHandler(m_handler);

    // Qt 6.4's flow has no PKCE of its own: add it to the two requests (RFC 7636 §4.3, §4.5).
    m_verifier = Pkce::generateVerifier();
    const QByteArray challenge = Pkce::challengeS256(m_verifier);
    const QByteArray verifier = m_verifier;
    const auto extra = provider.extraAuthorizationParameters;
    m_flow->setModifyParametersFunction(
        [challenge, verifier, extra, loginHint](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->replace(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                for (const auto& p : extra)
                    parameters->replace(p.first, p.second);
                if (!loginHint.isEmpty())
                    parameters->replace(QStringLiteral("login_hint"), loginHint);
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            }
        });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl& url) {
        emit browserRequested(url);
        if (!m_opener || !m_opener(url))
            qCWarning(lcOAuth) << "no browser opened the sign-in page";
    });
    // RFC 6749 §10.12: the redirect must carry the state this sign-in sent. Qt checks it too, but
    // only logs a mismatch and keeps waiting; here a forged answer ends the sign-in at once.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, [this](const QVariantMap& values) {
        if (!m_flow)
            return;
        const QString error = values.value(QStringLiteral("error")).toString();
        if (!error.isEmpty()) {
            // RFC 6749 §4.1.2.1, e.g. access_denied when the person clicked "Cancel".
            fail(error == QLatin1String("access_denied") ? tr("The sign-in was cancelled or access was denied.")
                                                          : tr("The provider refused the sign-in (%1).").arg(error));
            return;
        }
        if (values.value(QStringLiteral("state")).toString() != m_flow->state())
            fail(tr("The sign-in answer did not belong to this sign-in (state mismatch), so Qourier ignored it. Try again."));
    });
    connect(m_handler, &OAuth2LoopbackReplyHandler::tokenRequestFailed, this,
            [this](int status, const QString& error, const QString& description) {
                qCWarning(lcOAuth) << "token request failed:" << status << error << description;
                fail(tr("The provider did not accept the sign-in: %1").arg(description.isEmpty() ? error : description));
            });
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        Result r;
        r.ok = true;
        r.accessToken = m_flow->token();
        r.refreshToken = m_flow->refreshToken();
        r.expiresAt = m_flow->expirationAt();
        if (r.refreshToken.isEmpty()) {
            fail(tr("The provider gave no refresh token, so Qourier could not stay signed in. Try again."));
            return;
        }
        finish(r);
    });

    m_timer.start(m_timeoutMs);
    m_flow->grant();
}

void OAuth2Authorizer::fail(const QString& error)
{
    Result r;
    r.error = error;
    finish(r);
}

void OAuth2Authorizer::finish(const Result& result)
{
    if (!m_running)
        return; // one answer per start(); late signals of a finished sign-in are ignored
    m_running = false;
    cancel();
    emit finished(result);
}
