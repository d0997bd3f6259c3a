// SandboxAccount: the sandbox's login and identity, made once; a client with its settings sends
// through real TLS with the generated certificate pinned, and a client without the pin refuses.
#include "SandboxAccount.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "SmtpSession.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

class tst_SandboxAccount : public QObject
{
    Q_OBJECT
private slots:
    void passwordMadeOnceAndPrivate();
    void pinnedClientSends();
};

void tst_SandboxAccount::passwordMadeOnceAndPrivate()
{
    QTemporaryDir tmp;
    SandboxAccount a;
    QString error;
    QVERIFY2(a.load(tmp.path(), &error), qPrintable(error));
    QCOMPARE(a.user(), QStringLiteral("sandbox"));
    QCOMPARE(a.password().size(), 24);
    const QFileInfo file(tmp.filePath(QStringLiteral("password")));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions()); // 0600
    SandboxAccount b;
    QVERIFY(b.load(tmp.path(), &error));
    QCOMPARE(b.password(), a.password());
    QCOMPARE(b.sha256(), a.sha256());
    SandboxAccount other;
    QTemporaryDir tmp2;
    QVERIFY(other.load(tmp2.path(), &error));
    QVERIFY(other.password() != a.password());
}

void tst_SandboxAccount::pinnedClientSends()
{
    QTemporaryDir tmp;
    SandboxAccount account;
    QString error;
    QVERIFY2(account.load(tmp.path(), &error), qPrintable(error));
    SandboxServer server(account.serverSettings(tmp.filePath(QStringLiteral("messages"))));
    QVERIFY2(server.start(&error), qPrintable(error));

    const QByteArray msg = "From: a@example.org\r\nTo: b@example.org\r\nSubject: pinned\r\n\r\nhello\r\n";
    for (bool pinned : {true, false}) {
        SmtpSettings settings = account.clientSettings(server.implicitTlsPort(), SmtpSecurity::ImplicitTls);
        if (!pinned)
            settings.pinnedSha256.clear();
        SmtpSession session(settings);
        session.setCredentials(account.credentials());
        SmtpEnvelope e;
        e.from = QStringLiteral("a@example.org");
        e.recipients = {QStringLiteral("b@example.org")};
        QBuffer body;
        body.setData(msg);
        body.open(QIODevice::ReadOnly);
        session.enqueue(e, &body);
        bool finished = false;
        SmtpError result;
        connect(&session, &SmtpSession::finished, this, [&](const SmtpError& err) {
            finished = true;
            result = err;
        });
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20'000);
        if (pinned)
            QVERIFY2(!result.isError(), qPrintable(result.toString()));
        else
            QCOMPARE(int(result.kind), int(SmtpError::Kind::CertificateRejected)); // self-signed, not trusted
    }
    QCOMPARE(server.store()->messages().size(), 1);
}

QTEST_GUILESS_MAIN(tst_SandboxAccount)
#include "tst_sandboxaccount.moc"
