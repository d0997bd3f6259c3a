// The composer sends from an XOAUTH2 account (Sign in with Google), end to end: the real
// GuiApplication, a refresh token in the credential store, the provider's token endpoint a fake
// authorization server on loopback (scripts/oauth_server.py) and the SMTP server aiosmtpd with
// XOAUTH2 (scripts/smtp_server.py --xoauth2-user). No password is ever asked. The access token
// is fetched once and reused; one the server calls expired is renewed once and the same outbox
// entry sent again on a new connection (the message is not rebuilt); a refresh token the provider
// refuses ends in "sign in again" with the message still in the composer and nothing queued.

#include "../app/MemoryCredentialStore.h"
#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "BodyTextEdit.h"
#include "ComposerController.h"
#include "ComposerWindow.h"
#include "FakeOAuthServer.h"
#include "GuiApplication.h"
#include "NoticePanel.h"
#include "Outbox.h"
#include "ScriptedAsker.h"
#include "TestPaths.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QString ClientId = QStringLiteral("qourier-gui-test.apps.example");
const QString User = QStringLiteral("alice@gmail.com");

} // namespace

class TestComposerOAuth : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void sendsWithAnAccessToken();
    void expiredTokenIsRenewedOnceForTheSameEntry();
    void secondExpiryIsReported();
    void refusedRefreshAsksToSignInAgain();

private:
    bool setUp(const QStringList& oauthArgs, const QStringList& smtpTokenArgs);
    void typeMessage(const QString& subject);
    SendController::Result send();
    template<typename T>
    T* find(const char* name) const
    {
        T* w = m_gui->composerWindow()->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    ScriptedAsker m_asker;
    QTemporaryDir m_files;
    std::unique_ptr<FakeOAuthServer> m_oauth;
    std::unique_ptr<AiosmtpdServer> m_smtp;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<GuiApplication> m_gui;
    QString m_accountId;
};

void TestComposerOAuth::cleanup()
{
    m_gui.reset();
    m_credentials.reset();
    m_accounts.reset();
    m_smtp.reset();
    m_oauth.reset();
    // Each test starts with an empty outbox.
    Outbox outbox;
    for (const OutboxEntry& e : outbox.entries())
        outbox.remove(e.id);
    if (m_asker.unexpected != 0)
        qWarning() << "unexpected questions:" << m_asker.questionTexts();
    QCOMPARE(m_asker.unexpected, 0);
    m_asker = ScriptedAsker();
}

bool TestComposerOAuth::setUp(const QStringList& oauthArgs, const QStringList& smtpTokenArgs)
{
    m_oauth = std::make_unique<FakeOAuthServer>();
    if (!m_oauth->start(ClientId, oauthArgs)) {
        qWarning("%s", qPrintable(m_oauth->errorString()));
        return false;
    }
    m_smtp = std::make_unique<AiosmtpdServer>();
    if (!m_smtp->start(AiosmtpdServer::tlsArgs(QStringLiteral("starttls")) + QStringList{QStringLiteral("--xoauth2-user"), User}
                       + smtpTokenArgs)) {
        qWarning("%s", qPrintable(m_smtp->errorString()));
        return false;
    }
    // The client id and the endpoints are settings: no secret is shipped or stored there.
    QSettings settings;
    settings.setValue(QStringLiteral("oauth/google/clientId"), ClientId);
    settings.setValue(QStringLiteral("oauth/google/tokenUrl"), m_oauth->tokenUrl().toString());
    settings.setValue(QStringLiteral("oauth/google/authorizationUrl"), m_oauth->authorizationUrl().toString());

    m_accounts = std::make_unique<AccountStore>(m_files.filePath(QStringLiteral("accounts-%1.ini").arg(QTest::currentTestFunction())));
    Account a;
    a.name = QStringLiteral("Gmail");
    a.displayName = QStringLiteral("Alice");
    a.address = User;
    a.userName = User;
    a.host = QStringLiteral("127.0.0.1");
    a.port = m_smtp->port();
    a.security = SmtpSecurity::StartTls;
    a.authMethod = Account::AuthMethod::XOAuth2;
    a.oauthProvider = QStringLiteral("google");
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(testDataPath(QStringLiteral("server.pem")));
    if (!certs.isEmpty())
        a.pinnedSha256 = QString::fromLatin1(certs.constFirst().digest(QCryptographicHash::Sha256).toHex());
    if (!m_accounts->save(&a))
        return false;
    m_accountId = a.id;
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_credentials->secrets.insert(a.id, CredentialStore::Secret{QString(), QStringLiteral("refresh-token-1"), QString()});

    GuiApplication::Environment env;
    env.asker = &m_asker;
    env.accounts = m_accounts.get();
    env.credentials = m_credentials.get();
    m_gui = std::make_unique<GuiApplication>(env);
    m_gui->composer()->setTimeouts(SmtpTimeouts::uniform(20'000));
    m_gui->composer()->setUndoDelay(0);
    m_gui->show();
    if (!QTest::qWaitForWindowExposed(m_gui->composerWindow()))
        return false;
    return m_gui->composer()->selectedAccountId() == a.id;
}

void TestComposerOAuth::typeMessage(const QString& subject)
{
    QTest::keyClicks(find<QLineEdit>("toLineEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(find<QLineEdit>("subjectLineEdit"), subject);
    auto* body = find<BodyTextEdit>("bodyTextEdit");
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, QStringLiteral("Sent with a token from the refresh token."));
}

SendController::Result TestComposerOAuth::send()
{
    QSignalSpy finished(m_gui->composer(), &ComposerController::sendFinished);
    QTest::mouseClick(find<QToolButton>("sendButton"), Qt::LeftButton);
    if (!finished.wait(60'000))
        return SendController::Result();
    return finished.first().first().value<SendController::Result>();
}

void TestComposerOAuth::sendsWithAnAccessToken()
{
    QVERIFY(setUp({QStringLiteral("--tokens"), QStringLiteral("tok-1")}, {QStringLiteral("--xoauth2-token"), QStringLiteral("tok-1")}));
    typeMessage(QStringLiteral("First"));
    SendController::Result result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString() + QString::fromUtf8(m_smtp->standardError())));
    QCOMPARE(m_asker.textRequests.size(), 0); // no password question for a sign-in
    QCOMPARE(m_smtp->messages().size(), 1);
    QCOMPARE(m_smtp->messages().first().authUser, User);
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 1);

    // The second message reuses the fresh token from memory: no second grant.
    typeMessage(QStringLiteral("Second"));
    result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString()));
    QCOMPARE(m_smtp->messages().size(), 2);
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 1);
    // The refresh token was only read, never rewritten; no password was ever stored.
    QCOMPARE(m_credentials->secrets.value(m_accountId).refreshToken, QStringLiteral("refresh-token-1"));
    QVERIFY(m_credentials->secrets.value(m_accountId).password.isEmpty());
}

void TestComposerOAuth::expiredTokenIsRenewedOnceForTheSameEntry()
{
    // The first token the provider issues is refused as expired (status 401), the second accepted.
    QVERIFY(setUp({QStringLiteral("--tokens"), QStringLiteral("tok-old,tok-new")},
                  {QStringLiteral("--xoauth2-expired"), QStringLiteral("tok-old"), QStringLiteral("--xoauth2-token"),
                   QStringLiteral("tok-new")}));
    QStringList entryIds;
    connect(m_gui->composer()->outbox(), &Outbox::changed, this, [&] {
        for (const OutboxEntry& e : m_gui->composer()->outbox()->entries()) {
            if (!entryIds.contains(e.id))
                entryIds << e.id;
        }
    });
    typeMessage(QStringLiteral("Renewed"));
    const SendController::Result result = send();
    QVERIFY2(result.delivered, qPrintable(result.error.toString() + QString::fromUtf8(m_smtp->standardError())));
    QCOMPARE(m_smtp->messages().size(), 1);
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 2);
    // One outbox entry from start to end: the same bytes, the same Message-ID, on the retry.
    QCOMPARE(entryIds.size(), 1);
    QCOMPARE(m_gui->composer()->outbox()->entries().size(), 0);
    const QByteArray data = m_smtp->messages().first().data;
    QVERIFY(data.contains("Subject: Renewed"));
}

void TestComposerOAuth::secondExpiryIsReported()
{
    QVERIFY(setUp({QStringLiteral("--tokens"), QStringLiteral("tok-1,tok-2,tok-3")},
                  {QStringLiteral("--xoauth2-expired"), QStringLiteral("tok-1"), QStringLiteral("--xoauth2-expired"),
                   QStringLiteral("tok-2"), QStringLiteral("--xoauth2-expired"), QStringLiteral("tok-3")}));
    typeMessage(QStringLiteral("Refused twice"));
    const SendController::Result result = send();
    QVERIFY(!result.delivered);
    QCOMPARE(result.error.kind, SmtpError::Kind::AuthTokenExpired);
    // One renewal, no loop.
    QCOMPARE(m_oauth->stats().value(QStringLiteral("refresh_grants")).toInt(), 2);
    QCOMPARE(m_smtp->messages().size(), 0);
    // Not delivered: the message is still in the composer.
    QCOMPARE(find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Refused twice"));
}

void TestComposerOAuth::refusedRefreshAsksToSignInAgain()
{
    QVERIFY(setUp({QStringLiteral("--refuse-refresh")}, {QStringLiteral("--xoauth2-token"), QStringLiteral("tok-1")}));
    typeMessage(QStringLiteral("Needs a sign-in"));
    QTest::mouseClick(find<QToolButton>("sendButton"), Qt::LeftButton);
    NoticePanel* notice = m_gui->composerWindow()->noticePanel();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->title().contains(QStringLiteral("Sign in again")), 30'000);
    QVERIFY2(notice->text().contains(QStringLiteral("Sign in with Google again")), qPrintable(notice->text()));
    QVERIFY(!m_gui->composer()->isBusy());
    // Nothing went anywhere: no SMTP sign-in, nothing in the outbox, the message is still here.
    QCOMPARE(m_smtp->messages().size(), 0);
    QCOMPARE(m_gui->composer()->outbox()->entries().size(), 0);
    QCOMPARE(find<QLineEdit>("subjectLineEdit")->text(), QStringLiteral("Needs a sign-in"));
    QCOMPARE(m_asker.textRequests.size(), 0);
}

int main(int argc, char* argv[])
{
    // A fresh home before anything asks where things go: settings, outbox, drafts land there.
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary directory");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Qourier"));
    QCoreApplication::setOrganizationName(QStringLiteral("Qourier"));
    TestComposerOAuth test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_composeroauth.moc"
