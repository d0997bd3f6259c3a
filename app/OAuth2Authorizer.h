#pragma once
// One OAuth 2 sign-in in the system browser: the authorization-code flow (RFC 6749 §4.1) of a
// native app (RFC 8252) with PKCE (RFC 7636) and a loopback redirect, through QtNetworkAuth's
// QOAuth2AuthorizationCodeFlow. It opens the provider's sign-in page with an injectable opener
// (the wizard's default is QDesktopServices::openUrl; tests follow the URL themselves), waits
// for the redirect to 127.0.0.1, redeems the code and reports the tokens. Nothing is stored
// here: the caller puts the refresh token into the keychain.

#include "OAuth2Provider.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class OAuth2LoopbackReplyHandler;
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

class OAuth2Authorizer : public QObject
{
    Q_OBJECT
public:
    // Opens `url` for the person; false when there is no browser to open it in.
    using BrowserOpener = std::function<bool(const QUrl& url)>;

    struct Result
    {
        bool ok = false;
        QString accessToken;
        QString refreshToken;
        QDateTime expiresAt; // invalid: the provider did not say
        QString error;       // translated, when !ok
    };

    static constexpr int DefaultTimeoutMs = 5 * 60'000; // a person is typing a password in a browser

    explicit OAuth2Authorizer(QObject* parent = nullptr);
    ~OAuth2Authorizer() override;

    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Starts a sign-in (cancelling one still running). `loginHint` (the address) preselects the
    // account on the provider's page. finished() follows exactly once, later.
    void start(const OAuth2Provider& provider, const QString& loginHint = QString());
    void cancel();
    bool isRunning() const { return m_running; }
    // The redirect URI of the running sign-in ("http://127.0.0.1:PORT/"), for tests and logs.
    QString redirectUri() const;

signals:
    // The sign-in page was handed to the opener: the wizard shows the URL in case no browser came up.
    void browserRequested(const QUrl& url);
    void finished(const OAuth2Authorizer::Result& result);

private:
    void finish(const Result& result);
    void fail(const QString& error);

    BrowserOpener m_opener;
    int m_timeoutMs = DefaultTimeoutMs;
    QNetworkAccessManager* m_network = nullptr;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    OAuth2LoopbackReplyHandler* m_handler = nullptr;
    QTimer m_timer;
    QByteArray m_verifier;
    bool m_running = false;
};

Q_DECLARE_METATYPE(OAuth2Authorizer::Result)
