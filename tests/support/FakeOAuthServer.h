#pragma once
// Runs tests/scripts/oauth_server.py, a fake OAuth 2 authorization server on 127.0.0.1 with an
// ephemeral port: /authorize redirects to the client's loopback redirect_uri with code + state,
// /token checks PKCE S256, redirect_uri, client_id and the grant type, /stats counts what it
// did. Also a test "browser" that follows an authorization URL through the redirect.

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class FakeOAuthServer
{
public:
    FakeOAuthServer() = default;
    ~FakeOAuthServer();
    FakeOAuthServer(const FakeOAuthServer&) = delete;
    FakeOAuthServer& operator=(const FakeOAuthServer&) = delete;

    // `extraArgs` go to oauth_server.py (--tokens, --refuse-refresh, --wrong-state, ...).
    bool start(const QString& clientId, const QStringList& extraArgs = {});
    void stop();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QUrl authorizationUrl() const { return url(QStringLiteral("/authorize")); }
    QUrl tokenUrl() const { return url(QStringLiteral("/token")); }
    QUrl url(const QString& path) const;
    // GET /stats (waits up to 10 s): {"authorize", "code_grants", "refresh_grants", "rejected"}.
    QJsonObject stats() const;

    // Plays the browser: GET `url`, follow the 302 to the loopback redirect_uri, and return the
    // final HTTP status (200 when Qourier's listener answered) or -1.
    static int followInBrowser(const QUrl& url, QByteArray* finalBody = nullptr);

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};
