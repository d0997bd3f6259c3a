// Independent clients against the real `qourier sandbox --json` process: swaks (STARTTLS and
// implicit TLS, AUTH PLAIN/LOGIN/CRAM-MD5, certificate verified), curl (certificate verified
// against the sandbox's cert.pem, key pinned), Python's smtplib (Bcc moved to the envelope), and
// Postfix's smtp-source on the clear-text listener. Afterwards every stored message must match its
// receipt and parse with Python's email package without defects; SIGTERM and SIGINT stop the
// server cleanly.
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 60'000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 5000);
        r.err = "timed out";
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString scriptPath(const QString& name)
{
    return QStringLiteral(SANDBOX_TEST_DIR "/") + name;
}

} // namespace

class tst_SandboxClients : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void jsonLine();
    void swaks_data();
    void swaks();
    void swaksRefusesAnotherCertificate();
    void curl_data();
    void curl();
    void pythonSmtplib_data();
    void pythonSmtplib();
    void smtpSource();
    void everyStoredMessageParses();
    void portInUseFails();
    void sigintStops();

private:
    bool startSandbox(QProcess& p, const QStringList& extra, QJsonObject* info);
    QJsonObject lastReceipt() const;
    int storedCount() const;

    QTemporaryDir m_tmp;
    QProcess m_sandbox;
    QJsonObject m_info;
    QString m_certPath;
    QString m_dir;
    int m_expected = 0;
};

bool tst_SandboxClients::startSandbox(QProcess& p, const QStringList& extra, QJsonObject* info)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The certificate, key and password go to a throwaway data home, never the user's.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("HOME"), m_tmp.filePath(QStringLiteral("home")));
    p.setProcessEnvironment(env);
    p.start(qourierBinary(), QStringList{QStringLiteral("sandbox"), QStringLiteral("--json")} + extra);
    if (!QTest::qWaitFor([&] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 20'000))
        return false;
    if (!p.canReadLine())
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readLine());
    *info = doc.object();
    return !info->isEmpty();
}

void tst_SandboxClients::initTestCase()
{
    for (const QString& tool : {QStringLiteral("swaks"), QStringLiteral("curl")})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + " is missing (.ci/bootstrap test installs it)"));
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/sbin/smtp-source")), "smtp-source is missing (package postfix)");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")), "/usr/bin/python3 is missing");
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(QStringLiteral("messages"));
    QVERIFY2(startSandbox(m_sandbox, {QStringLiteral("--dir"), m_dir, QStringLiteral("--plain-port"), QStringLiteral("0")}, &m_info),
             m_sandbox.readAllStandardError().constData());
    m_certPath = m_tmp.filePath(QStringLiteral("data/Qourier/Qourier/sandbox/tls/cert.pem"));
    QVERIFY2(QFileInfo::exists(m_certPath), qPrintable(m_certPath));
}

void tst_SandboxClients::cleanupTestCase()
{
    if (m_sandbox.state() == QProcess::NotRunning)
        return;
    m_sandbox.terminate(); // SIGTERM
    QVERIFY(QTest::qWaitFor([&] { return m_sandbox.state() == QProcess::NotRunning; }, 10'000));
    QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_sandbox.exitCode(), 0);
}

int tst_SandboxClients::storedCount() const
{
    return QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files).size();
}

QJsonObject tst_SandboxClients::lastReceipt() const
{
    // Ids sort by arrival.
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return QJsonObject();
    QFile f(QDir(m_dir).filePath(names.last()));
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

void tst_SandboxClients::jsonLine()
{
    QCOMPARE(m_info.value("host").toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_info.value("port").toInt() > 0);
    QVERIFY(m_info.value("smtps_port").toInt() > 0);
    QVERIFY(m_info.value("plain_port").toInt() > 0);
    QCOMPARE(m_info.value("user").toString(), QStringLiteral("sandbox"));
    QVERIFY(m_info.value("password").toString().size() >= 16);
    QCOMPARE(m_info.value("dir").toString(), m_dir);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_certPath);
    QCOMPARE(certs.size(), 1);
    QCOMPARE(m_info.value("sha256").toString(), QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex()));
    // The key never leaves its 0600 file.
    const QFileInfo key(QFileInfo(m_certPath).dir().filePath(QStringLiteral("key.pem")));
    QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
}

void tst_SandboxClients::swaks_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("pipeline");
    QTest::addRow("STARTTLS, PLAIN") << false << "PLAIN" << false;
    QTest::addRow("STARTTLS, LOGIN, pipelined") << false << "LOGIN" << true;
    QTest::addRow("STARTTLS, CRAM-MD5") << false << "CRAM-MD5" << false;
    QTest::addRow("implicit TLS (--tlsc), PLAIN, pipelined") << true << "PLAIN" << true;
    QTest::addRow("implicit TLS (--tlsc), LOGIN") << true << "LOGIN" << false;
    QTest::addRow("implicit TLS (--tlsc), CRAM-MD5") << true << "CRAM-MD5" << false;
}

void tst_SandboxClients::swaks()
{
    QFETCH(bool, implicitTls);
    QFETCH(QString, mechanism);
    QFETCH(bool, pipeline);
    const int before = storedCount();
    QStringList args{QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"), QString::number(m_info.value(implicitTls ? "smtps_port" : "port").toInt()),
                     implicitTls ? QStringLiteral("--tlsc") : QStringLiteral("--tls"),
                     // the certificate is checked, against the sandbox's own cert.pem
                     QStringLiteral("--tls-verify"), QStringLiteral("--tls-ca-path"), m_certPath,
                     QStringLiteral("--auth"), mechanism,
                     QStringLiteral("--auth-user"), m_info.value("user").toString(),
                     QStringLiteral("--auth-password"), m_info.value("password").toString(),
                     QStringLiteral("--from"), QStringLiteral("swaks@example.org"),
                     QStringLiteral("--to"), QStringLiteral("bob@example.org,carol@example.net"),
                     QStringLiteral("--header"), QStringLiteral("Subject: swaks %1").arg(mechanism)};
    if (pipeline)
        args << QStringLiteral("--pipeline");
    const Run r = run(QStringLiteral("swaks"), args);
    QVERIFY2(r.finished && r.exitCode == 0, r.out.right(2000) + r.err);
    QVERIFY(r.out.contains("250 2.0.0 Ok: queued as"));
    QCOMPARE(storedCount(), before + 1);
    ++m_expected;
    const QJsonObject j = lastReceipt();
    QCOMPARE(j.value("auth").toObject().value("mechanism").toString(), mechanism);
    QCOMPARE(j.value("listener").toString(), implicitTls ? QStringLiteral("smtps") : QStringLiteral("starttls"));
    QCOMPARE(j.value("envelope").toObject().value("rcpt_to").toArray().size(), 2);
}

void tst_SandboxClients::swaksRefusesAnotherCertificate()
{
    // Proves the rows above really verified: trusting another CA, the handshake fails.
    const int before = storedCount();
    const Run r = run(QStringLiteral("swaks"),
                      {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       QString::number(m_info.value("smtps_port").toInt()), QStringLiteral("--tlsc"),
                       QStringLiteral("--tls-verify"), QStringLiteral("--tls-ca-path"), testDataPath(QStringLiteral("test-ca.pem")),
                       QStringLiteral("--auth"), QStringLiteral("PLAIN"), QStringLiteral("--auth-user"), QStringLiteral("sandbox"),
                       QStringLiteral("--auth-password"), m_info.value("password").toString(), QStringLiteral("--from"),
                       QStringLiteral("a@example.org"), QStringLiteral("--to"), QStringLiteral("b@example.org")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.out.contains("certificate verify failed") || r.err.contains("certificate verify failed"), r.out + r.err);
    QCOMPARE(storedCount(), before);
}

void tst_SandboxClients::curl_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<QString>("mechanism");
    QTest::addRow("smtps://, PLAIN, --cacert") << true << "PLAIN";
    QTest::addRow("smtp:// --ssl-reqd (STARTTLS), LOGIN, --cacert") << false << "LOGIN";
    QTest::addRow("smtps://, CRAM-MD5, --cacert") << true << "CRAM-MD5";
}

void tst_SandboxClients::curl()
{
    QFETCH(bool, implicitTls);
    QFETCH(QString, mechanism);
    const int before = storedCount();
    const QByteArray message = "From: Curl <curl@example.org>\r\nTo: bob@example.org\r\nSubject: curl " + mechanism.toUtf8()
        + "\r\nMessage-ID: <curl-" + mechanism.toUtf8() + "@example.org>\r\nDate: Mon, 23 Nov 2026 16:00:00 +0000\r\n\r\n"
          "Hello from curl.\r\n.leading dot\r\n";
    const QString file = m_tmp.filePath(QStringLiteral("curl-%1.eml").arg(mechanism));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(message);
    f.close();
    // The public key pin as curl wants it: sha256// + base64 of the SubjectPublicKeyInfo's hash.
    const QSslCertificate cert = QSslCertificate::fromPath(m_certPath).first();
    const QString pin = QStringLiteral("sha256//")
        + QString::fromLatin1(QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
    const QString url = implicitTls ? QStringLiteral("smtps://localhost:%1").arg(m_info.value("smtps_port").toInt())
                                    : QStringLiteral("smtp://127.0.0.1:%1").arg(m_info.value("port").toInt());
    QStringList args{QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--max-time"), QStringLiteral("30"),
                     QStringLiteral("--url"), url, QStringLiteral("--cacert"), m_certPath,
                     QStringLiteral("--pinnedpubkey"), pin,
                     QStringLiteral("--user"), QStringLiteral("sandbox:") + m_info.value("password").toString(),
                     QStringLiteral("--login-options"), QStringLiteral("AUTH=") + mechanism,
                     QStringLiteral("--mail-from"), QStringLiteral("curl@example.org"),
                     QStringLiteral("--mail-rcpt"), QStringLiteral("bob@example.org"),
                     QStringLiteral("--mail-rcpt"), QStringLiteral("hidden@example.com"),
                     QStringLiteral("--upload-file"), file};
    if (!implicitTls)
        args << QStringLiteral("--ssl-reqd");
    const Run r = run(QStringLiteral("curl"), args);
    QVERIFY2(r.finished && r.exitCode == 0, r.out + r.err);
    QCOMPARE(storedCount(), before + 1);
    ++m_expected;
    const QJsonObject j = lastReceipt();
    QCOMPARE(j.value("auth").toObject().value("mechanism").toString(), mechanism);
    QFile eml(QDir(m_dir).filePath(j.value("eml").toString()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QCOMPARE(eml.readAll(), message); // byte for byte through curl's dot-stuffing and ours
}

void tst_SandboxClients::pythonSmtplib_data()
{
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("mechanism");
    QTest::addRow("starttls PLAIN") << "starttls" << "PLAIN";
    QTest::addRow("starttls CRAM-MD5") << "starttls" << "CRAM-MD5";
    QTest::addRow("SMTP_SSL LOGIN") << "ssl" << "LOGIN";
    QTest::addRow("SMTP_SSL CRAM-MD5") << "ssl" << "CRAM-MD5";
}

void tst_SandboxClients::pythonSmtplib()
{
    QFETCH(QString, security);
    QFETCH(QString, mechanism);
    const int before = storedCount();
    const QString subject = QStringLiteral("smtplib %1 %2").arg(security, mechanism);
    const Run r = run(QStringLiteral("/usr/bin/python3"),
                      {scriptPath(QStringLiteral("smtplib_send.py")), security,
                       QString::number(m_info.value(security == QLatin1String("ssl") ? "smtps_port" : "port").toInt()),
                       m_info.value("user").toString(), m_info.value("password").toString(), m_certPath, mechanism, subject});
    QVERIFY2(r.finished && r.exitCode == 0, r.out + r.err);
    QCOMPARE(storedCount(), before + 1);
    ++m_expected;
    const QJsonObject j = lastReceipt();
    QCOMPARE(j.value("auth").toObject().value("mechanism").toString(), mechanism);
    QStringList rcpt;
    for (const QJsonValue& v : j.value("envelope").toObject().value("rcpt_to").toArray())
        rcpt << v.toString();
    rcpt.sort();
    QCOMPARE(rcpt, (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("carol@example.net"),
                                QStringLiteral("secret@example.com")}));
    QFile eml(QDir(m_dir).filePath(j.value("eml").toString()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QByteArray data = eml.readAll();
    QVERIFY(data.contains("Subject: " + subject.toUtf8()));
    QVERIFY(!data.contains("secret@example.com")); // Bcc: envelope only
    QVERIFY(!data.contains("\nBcc:"));
}

void tst_SandboxClients::smtpSource()
{
    const int before = storedCount();
    const Run r = run(QStringLiteral("/usr/sbin/smtp-source"),
                      {QStringLiteral("-s"), QStringLiteral("4"), QStringLiteral("-m"), QStringLiteral("40"),
                       QStringLiteral("-l"), QStringLiteral("4096"), QStringLiteral("-f"), QStringLiteral("source@example.org"),
                       QStringLiteral("-t"), QStringLiteral("sink@example.org"),
                       QStringLiteral("127.0.0.1:%1").arg(m_info.value("plain_port").toInt())});
    QVERIFY2(r.finished && r.exitCode == 0, r.out + r.err);
    QTRY_COMPARE(storedCount(), before + 40);
    m_expected += 40;
    QCOMPARE(lastReceipt().value("listener").toString(), QStringLiteral("plain"));
}

void tst_SandboxClients::everyStoredMessageParses()
{
    QVERIFY(m_expected > 0);
    const Run r = run(QStringLiteral("/usr/bin/python3"), {scriptPath(QStringLiteral("check_stored.py")), m_dir});
    QVERIFY2(r.finished && r.exitCode == 0, r.out.right(3000) + r.err);
    QCOMPARE(r.out.count('\n'), m_expected);
    QVERIFY(!r.out.contains("\"bcc_header\": true"));
}

void tst_SandboxClients::portInUseFails()
{
    QProcess second;
    QJsonObject info;
    const QString taken = QString::number(m_info.value("port").toInt());
    QVERIFY(!startSandbox(second, {QStringLiteral("--dir"), m_tmp.filePath(QStringLiteral("other")), QStringLiteral("--port"), taken}, &info));
    QVERIFY(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 10'000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.readAllStandardError().contains(taken.toUtf8()), "the error names the port");
}

void tst_SandboxClients::sigintStops()
{
    QProcess p;
    QJsonObject info;
    QVERIFY(startSandbox(p, {QStringLiteral("--dir"), m_tmp.filePath(QStringLiteral("sigint"))}, &info));
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_SandboxClients)
#include "tst_sandboxclients.moc"
