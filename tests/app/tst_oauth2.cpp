// OAuth 2 for XOAUTH2 accounts, without a display: PKCE (RFC 7636, including its Appendix B test
// vector), the provider presets and their settings, the authorization-code flow through
// QtNetworkAuth against a fake authorization server on loopback (tests/scripts/oauth_server.py,
// which checks the S256 verifier, the redirect URI and the grant types), and the token source's
// refresh, cache, invalidation and "sign in again" when the provider refuses the refresh token.

#include "FakeOAuthServer.h"
#include "MemoryCredentialStore.h"
#include "OAuth2Authorizer.h"
#include "OAuth2Provider.h"
#include "OAuth2TokenSource.h"
#include "Pkce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString ClientId = QStringLiteral("qourier-test-client.apps.example");

OAuth2Provider providerFor(const FakeOAuthServer& server)
{
    OAuth2Provider p = *OAuth2Provider::preset(QStringLiteral("google"));
    p.authorizationUrl = server.authorizationUrl();
    p.tokenUrl = server.tokenUrl();
    p.clientId = ClientId;
    return p;
}

Account oauthAccount()
{
    Account a;
    a.id = QStringLiteral("acc-oauth");
    a.name = QStringLiteral("Gmail");
    a.address = QStringLiteral("alice@gmail.com");
    a.userName = a.address;
    a.authMethod = Account::AuthMethod::XOAuth2;
    a.oauthProvider = QStringLiteral("google");
    return a;
}

} // namespace

class TestOAuth2 : public QObject
{
    Q_OBJECT

private slots:
    void pkceAppendixBTestVector();
    void pkceVerifiersAreWellFormedAndUnpredictable();
    void providerPresetsAndSettings();
    void signInCompletesWithPkce();
    void forgedStateIsRejected();
    void substitutedChallengeFailsAtTheTokenEndpoint();
    void tokenSourceRefreshesCachesAndInvalidates();
    void refusedRefreshAsksToSignInAgain();
    void missingRefreshTokenAsksToSignIn();
    void missingClientIdIsReported();

private:
    OAuth2Authorizer::Result signIn(FakeOAuthServer& server, QUrl* authorizationUrl,
                                    const std::function<QUrl(const QUrl&)>& tamper = {});
};

void TestOAuth2::pkceAppendixBTestVector()
{
    // RFC 7636 Appendix B.
    const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeS256(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestOAuth2::pkceVerifiersAreWellFormedAndUnpredictable()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray v = Pkce::generateVerifier();
        QCOMPARE(v.size(), 64);
        QVERIFY2(Pkce::isValidVerifier(v), v.constData());
        seen.insert(v);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(Pkce::generateVerifier(10).size(), 43);   // RFC 7636 §4.1 minimum
    QCOMPARE(Pkce::generateVerifier(500).size(), 128); // and maximum
    QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(43, 'a') + '+'));
    // The challenge is 43 base64url characters without padding (a SHA-256 digest).
    QCOMPARE(Pkce::challengeS256(Pkce::generateVerifier()).size(), 43);
}

void TestOAuth2::providerPresetsAndSettings()
{
    const auto google = OAuth2Provider::preset(QStringLiteral("google"));
    QVERIFY(google);
    QCOMPARE(google->authorizationUrl, QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")));
    QCOMPARE(google->tokenUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
    QCOMPARE(google->scope, QStringLiteral("https://mail.google.com/"));
    QVERIFY(google->clientId.isEmpty()); // no client id (and no secret) is shipped
    const auto microsoft = OAuth2Provider::preset(QStringLiteral("microsoft"));
    QVERIFY(microsoft);
    QCOMPARE(microsoft->authorizationUrl,
             QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")));
    QCOMPARE(microsoft->tokenUrl, QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token")));
    QCOMPARE(microsoft->scope, QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    QVERIFY(!OAuth2Provider::preset(QStringLiteral("yahoo")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QVERIFY(!OAuth2Provider::load(QStringLiteral("google"), file)->isConfigured());
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(QStringLiteral("oauth/google/clientId"), QStringLiteral(" 123.apps.googleusercontent.com "));
        s.setValue(QStringLiteral("oauth/google/tokenUrl"), QStringLiteral("http://127.0.0.1:9/token"));
    }
    const auto loaded = OAuth2Provider::load(QStringLiteral("google"), file);
    QVERIFY(loaded && loaded->isConfigured());
    QCOMPARE(loaded->clientId, QStringLiteral("123.apps.googleusercontent.com"));
    QCOMPARE(loaded->tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
    QCOMPARE(loaded->authorizationUrl, google->authorizationUrl); // not overridden
    QVERIFY(!OAuth2Provider::load(QStringLiteral("microsoft"), file)->isConfigured());
}

OAuth2Authorizer::Result TestOAuth2::signIn(FakeOAuthServer& server, QUrl* authorizationUrl,
                                            const std::function<QUrl(const QUrl&)>& tamper)
{
    OAuth2Authorizer authorizer;
    authorizer.setTimeout(20'000);
    QUrl opened;
    authorizer.setBrowserOpener([&](const QUrl& url) {
        opened = url;
        return true;
    });
    QSignalSpy finished(&authorizer, &OAuth2Authorizer::finished);
    authorizer.start(providerFor(server), QStringLiteral("alice@gmail.com"));
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !finished.isEmpty(); }, 10'000) || opened.isEmpty())
        return {};
    *authorizationUrl = opened;
    // The test's browser: the provider "signs the person in" and redirects to the loopback listener.
    FakeOAuthServer::followInBrowser(tamper ? tamper(opened) : opened);
    if (finished.isEmpty() && !finished.wait(20'000))
        return {};
    // The loopback port closes with the sign-in (RFC 8252 §7.3: only for the one redirect).
    const quint16 redirectPort = quint16(QUrl(QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"),
                                                                                QUrl::FullyDecoded))
                                             .port());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, redirectPort);
    QSignalSpy error(&probe, &QTcpSocket::errorOccurred);
    if (!error.wait(5'000))
        qWarning("the redirect listener is still open after the sign-in");
    return finished.first().first().value<OAuth2Authorizer::Result>();
}

void TestOAuth2::signInCompletesWithPkce()
{
    FakeOAuthServer server;
    QVERIFY2(server.start(ClientId, {QStringLiteral("--tokens"), QStringLiteral("tok-A")}), qPrintable(server.errorString()));
    QUrl url;
    const OAuth2Authorizer::Result r = signIn(server, &url);
    const QJsonObject stats = server.stats();
    QVERIFY2(r.ok, qPrintable(r.error + QStringLiteral(" / server: ")
                              + QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
    QCOMPARE(r.accessToken, QStringLiteral("tok-A"));
    QCOMPARE(r.refreshToken, QStringLiteral("refresh-token-1"));
    QVERIFY(r.expiresAt.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(r.expiresAt) - 3600) < 120);

    // The authorization request as the browser got it (RFC 6749 §4.1.1, RFC 7636 §4.3).
    const QUrlQuery q(url);
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), server.authorizationUrl());
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), ClientId);
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!q.queryItemValue(QStringLiteral("state")).isEmpty());
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("https://mail.google.com/"));
    QCOMPARE(q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), QStringLiteral("alice@gmail.com"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("client_secret")));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code_verifier"))); // the verifier never travels with the browser
    QVERIFY(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded).startsWith(QLatin1String("http://127.0.0.1:")));
    QCOMPARE(stats.value(QStringLiteral("authorize")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("code_grants")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("rejected")).toArray().size(), 0);
}

void TestOAuth2::forgedStateIsRejected()
{
    FakeOAuthServer server;
    QVERIFY2(server.start(ClientId, {QStringLiteral("--wrong-state")}), qPrintable(server.errorString()));
    QUrl url;
    QElapsedTimer clock;
    clock.start();
    const OAuth2Authorizer::Result r = signIn(server, &url);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("state")), qPrintable(r.error));
    QVERIFY(clock.elapsed() < 15'000); // at once, not at the timeout
    QCOMPARE(server.stats().value(QStringLiteral("code_grants")).toInt(), 0);
}

void TestOAuth2::substitutedChallengeFailsAtTheTokenEndpoint()
{
    // An attacker who swaps the challenge (or a code injected from elsewhere) cannot redeem the
    // code: the server compares S256(code_verifier) with the challenge it saw (RFC 7636 §4.6).
    FakeOAuthServer server;
    QVERIFY2(server.start(ClientId), qPrintable(server.errorString()));
    QUrl url;
    const OAuth2Authorizer::Result r = signIn(server, &url, [](const QUrl& opened) {
        QUrl tampered = opened;
        QUrlQuery q(opened);
        q.removeQueryItem(QStringLiteral("code_challenge"));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(Pkce::generateVerifier())));
        tampered.setQuery(q);
        return tampered;
    });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("code_verifier does not match")), qPrintable(r.error));
    QCOMPARE(server.stats().value(QStringLiteral("code_grants")).toInt(), 0);
}

void TestOAuth2::tokenSourceRefreshesCachesAndInvalidates()
{
    FakeOAuthServer server;
    QVERIFY2(server.start(ClientId, {QStringLiteral("--tokens"), QStringLiteral("tok-1,tok-2")}),
             qPrintable(server.errorString()));
    MemoryCredentialStore keychain;
    const Account a = oauthAccount();
    keychain.secrets.insert(a.id, CredentialStore::Secret{QString(), QStringLiteral("refresh-token-1"), QString()});
    OAuth2TokenSource tokens(&keychain);
    tokens.setProviderLookup([&](const QString& id) {
        return id == QLatin1String("google") ? std::optional<OAuth2Provider>(providerFor(server)) : std::nullopt;
    });

    auto ask = [&] {
        std::optional<OAuth2TokenSource::Result> result;
        tokens.accessToken(a, [&](const OAuth2TokenSource::Result& r) { result = r; });
        if (result)
            qWarning("the callback ran inside the call");
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20'000);
        return result.value_or(OAuth2TokenSource::Result());
    };
    // Two requests at once share one refresh.
    int answered = 0;
    QString first, second;
    tokens.accessToken(a, [&](const OAuth2TokenSource::Result& r) { first = r.accessToken; ++answered; });
    tokens.accessToken(a, [&](const OAuth2TokenSource::Result& r) { second = r.accessToken; ++answered; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 20'000);
    QCOMPARE(first, QStringLiteral("tok-1"));
    QCOMPARE(second, QStringLiteral("tok-1"));
    QCOMPARE(server.stats().value(QStringLiteral("refresh_grants")).toInt(), 1);

    OAuth2TokenSource::Result r = ask(); // fresh: from memory
    QVERIFY(r.ok());
    QCOMPARE(r.accessToken, QStringLiteral("tok-1"));
    QCOMPARE(server.stats().value(QStringLiteral("refresh_grants")).toInt(), 1);

    tokens.invalidate(a.id); // the SMTP server said "expired"
    r = ask();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.accessToken, QStringLiteral("tok-2"));
    QCOMPARE(server.stats().value(QStringLiteral("refresh_grants")).toInt(), 2);
    QCOMPARE(server.stats().value(QStringLiteral("rejected")).toArray().size(), 0);

    // A token about to expire is refreshed before use.
    tokens.remember(a.id, QStringLiteral("old"), QDateTime::currentDateTimeUtc().addSecs(10));
    r = ask();
    QCOMPARE(r.accessToken, QStringLiteral("tok-2")); // the last one repeats
    QCOMPARE(server.stats().value(QStringLiteral("refresh_grants")).toInt(), 3);
}

void TestOAuth2::refusedRefreshAsksToSignInAgain()
{
    FakeOAuthServer server;
    QVERIFY2(server.start(ClientId, {QStringLiteral("--refuse-refresh")}), qPrintable(server.errorString()));
    MemoryCredentialStore keychain;
    const Account a = oauthAccount();
    keychain.secrets.insert(a.id, CredentialStore::Secret{QString(), QStringLiteral("refresh-token-1"), QString()});
    OAuth2TokenSource tokens(&keychain);
    tokens.setProviderLookup([&](const QString&) { return std::optional<OAuth2Provider>(providerFor(server)); });
    std::optional<OAuth2TokenSource::Result> result;
    tokens.accessToken(a, [&](const OAuth2TokenSource::Result& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QCOMPARE(result->status, OAuth2TokenSource::Result::Status::SignInNeeded);
    QVERIFY(result->accessToken.isEmpty());
    QVERIFY2(result->error.contains(QLatin1String("Sign in with Google again")), qPrintable(result->error));
    QVERIFY2(result->error.contains(QLatin1String("refresh token revoked")), qPrintable(result->error));
}

void TestOAuth2::missingRefreshTokenAsksToSignIn()
{
    MemoryCredentialStore keychain; // no entry
    OAuth2TokenSource tokens(&keychain);
    tokens.setProviderLookup([](const QString&) {
        OAuth2Provider p = *OAuth2Provider::preset(QStringLiteral("google"));
        p.clientId = ClientId;
        p.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:9/token")); // never asked
        return std::optional<OAuth2Provider>(p);
    });
    std::optional<OAuth2TokenSource::Result> result;
    tokens.accessToken(oauthAccount(), [&](const OAuth2TokenSource::Result& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000);
    QCOMPARE(result->status, OAuth2TokenSource::Result::Status::SignInNeeded);
}

void TestOAuth2::missingClientIdIsReported()
{
    MemoryCredentialStore keychain;
    OAuth2TokenSource tokens(&keychain);
    tokens.setProviderLookup([](const QString& id) { return OAuth2Provider::preset(id); }); // no client id
    std::optional<OAuth2TokenSource::Result> result;
    tokens.accessToken(oauthAccount(), [&](const OAuth2TokenSource::Result& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000);
    QCOMPARE(result->status, OAuth2TokenSource::Result::Status::NotConfigured);
    QVERIFY2(result->error.contains(QLatin1String("oauth/google/clientId")), qPrintable(result->error));
}

QTEST_GUILESS_MAIN(TestOAuth2)
#include "tst_oauth2.moc"
