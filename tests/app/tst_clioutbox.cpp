// `qourier send` through the outbox and `qourier outbox` end to end: the built binary, run as a
// script runs it, with its own temporary data directory, against aiosmtpd (tests/scripts/
// smtp_server.py) or the scripted FakeSmtpServer where a fault must come at an exact moment.
#include "AiosmtpdServer.h"
#include "FakeSmtpServer.h"
#include "SendCommand.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray Greeting = "220 fake.example.org ESMTP\r\n";
const QByteArray EhloReply = "250-fake.example.org\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n";
const QString Secret = QStringLiteral("s3cret-PW-never-on-disk");

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
    QStringList errLines() const { return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QStringList outLines() const { return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void happyPath(FakeSmtpServer& s, bool auth)
{
    s.send(Greeting).expect("EHLO *").send(EhloReply);
    if (auth)
        s.expect("AUTH PLAIN *").send("235 2.7.0 Authenticated\r\n");
    s.expect("MAIL FROM:*").send("250 2.1.0 Ok\r\n").expect("RCPT TO:*").send("250 2.1.5 Ok\r\n").expect("RCPT TO:*").send(
        "250 2.1.5 Ok\r\n");
    s.expect("DATA").send("354 go ahead\r\n");
}

} // namespace

class TestCliOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sentMessageGoesToSentFolder();
    void deferredUntilFlushWithPassword();
    void uncertainWaitsForThePerson();
    void deleteAndMarkSentRules();
    void permanentFailureIsNotKept();
    void noQueueLeavesNothing();
    void help();

private:
    Run run(const QString& command, const QStringList& args, const QProcessEnvironment& env);
    QProcessEnvironment env(bool withPassword = false) const;
    QStringList sendArgs(quint16 port, const QString& subject, bool auth = false) const;
    QList<QJsonObject> listJson();
    QString dataRoot() const { return m_home->path() + QStringLiteral("/data/Qourier/Qourier"); }
    bool secretOnDisk() const;

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_body;
};

void TestCliOutbox::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char* d : {"home", "data", "config"})
        QVERIFY(QDir().mkpath(m_home->path() + QLatin1Char('/') + QLatin1String(d)));
    m_body = m_home->filePath(QStringLiteral("body.txt"));
    QFile f(m_body);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hello,\n.\na dotted line above.\n");
}

QProcessEnvironment TestCliOutbox::env(bool withPassword) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("QOURIER_PASSWORD"));
    if (withPassword)
        e.insert(QStringLiteral("QOURIER_PASSWORD"), Secret);
    e.insert(QStringLiteral("HOME"), m_home->path() + QStringLiteral("/home"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path() + QStringLiteral("/data"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path() + QStringLiteral("/config"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return e;
}

QStringList TestCliOutbox::sendArgs(quint16 port, const QString& subject, bool auth) const
{
    QStringList a{QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                  QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--insecure-allow-plain"),
                  QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--from"), QStringLiteral("alice@example.org"),
                  QStringLiteral("--to"), QStringLiteral("Bob <bob@example.org>"), QStringLiteral("--bcc"),
                  QStringLiteral("hidden@example.net"), QStringLiteral("--subject"), subject, QStringLiteral("--body"), m_body};
    if (auth)
        a << QStringLiteral("--user") << QStringLiteral("alice");
    return a;
}

// Runs `qourier <command> args...` while this process's event loop keeps serving FakeSmtpServer.
Run TestCliOutbox::run(const QString& command, const QStringList& args, const QProcessEnvironment& e)
{
    Run r;
    QProcess p;
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qourierBinary(), QStringList{command} + args);
    p.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && p.state() != QProcess::NotRunning && clock.elapsed() < 60'000)
        finished.wait(100);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        finished.wait(5'000);
        r.err = "(killed after 60 s) " + p.readAllStandardError();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QList<QJsonObject> TestCliOutbox::listJson()
{
    const Run r = run(QStringLiteral("outbox"), {QStringLiteral("list"), QStringLiteral("--json")}, env());
    QList<QJsonObject> out;
    if (r.exitCode != 0)
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
        out.append(v.toObject());
    return out;
}

bool TestCliOutbox::secretOnDisk() const
{
    QDirIterator it(m_home->path() + QStringLiteral("/data"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(Secret.toUtf8()))
            return true;
    }
    return false;
}

void TestCliOutbox::sentMessageGoesToSentFolder()
{
    AiosmtpdServer server;
    QVERIFY2(server.start({QStringLiteral("--mode"), QStringLiteral("plain")}), qPrintable(server.errorString()));
    const Run r = run(QStringLiteral("send"), sendArgs(server.port(), QStringLiteral("First")), env());
    QVERIFY2(r.finished && r.exitCode == SendCommand::Ok, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    const QList<ReceivedMessage> received = server.messages();
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().rcptTos.contains(QStringLiteral("hidden@example.net")));
    QVERIFY(listJson().isEmpty());
    // The Sent folder holds exactly what the server got, Bcc-free.
    const QStringList sent = QDir(dataRoot() + QStringLiteral("/sent")).entryList({QStringLiteral("*.eml")});
    QCOMPARE(sent.size(), 1);
    QFile f(dataRoot() + QStringLiteral("/sent/") + sent.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes, received.first().data);
    QVERIFY(!bytes.contains("hidden@example.net"));
    QVERIFY(QDir(dataRoot() + QStringLiteral("/outbox")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestCliOutbox::deferredUntilFlushWithPassword()
{
    FakeSmtpServer server;
    server.send("421 4.3.2 Too busy, try later\r\n").close();
    // The flush's connection: the same bytes, signed in with the password given to the flush.
    happyPath(server, true);
    server.expectData().send("250 2.0.0 Ok: queued\r\n").expect("QUIT").send("221 Bye\r\n");
    QVERIFY(server.listen());

    const Run send = run(QStringLiteral("send"), sendArgs(server.serverPort(), QStringLiteral("Deferred one"), true), env(true));
    QVERIFY2(send.finished && send.exitCode == SendCommand::Server, qPrintable(send.describe()));
    // Still one line of error for scripts, saying where the message is.
    QVERIFY2(send.errLines().size() == 1, qPrintable(send.describe()));
    QVERIFY2(send.err.contains("421") && send.err.contains("outbox flush"), qPrintable(send.describe()));

    const Run list = run(QStringLiteral("outbox"), {QStringLiteral("list")}, env());
    QVERIFY2(list.exitCode == 0 && list.outLines().size() == 1, qPrintable(list.describe()));
    const QStringList fields = list.outLines().first().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 7);
    QCOMPARE(fields.at(1), QStringLiteral("deferred"));
    QCOMPARE(fields.at(2), QStringLiteral("1"));
    QCOMPARE(fields.at(4), QStringLiteral("Deferred one"));
    QVERIFY(fields.at(5).contains(QStringLiteral("hidden@example.net"))); // the envelope: Bcc lives here
    QVERIFY(fields.at(6).contains(QStringLiteral("421")));
    const QString id = fields.at(0);
    const QList<QJsonObject> json = listJson();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.first().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(json.first().value(QStringLiteral("identity")).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    QVERIFY2(!secretOnDisk(), "the password was written to the data directory");

    // No password for the flush: stays deferred, nothing connects, exit "authentication".
    const Run noPassword = run(QStringLiteral("outbox"), {QStringLiteral("flush")}, env(false));
    QVERIFY2(noPassword.exitCode == SendCommand::Auth, qPrintable(noPassword.describe()));
    QVERIFY2(noPassword.err.contains("QOURIER_PASSWORD"), qPrintable(noPassword.describe()));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(listJson().value(0).value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));

    const Run flush = run(QStringLiteral("outbox"), {QStringLiteral("flush")}, env(true));
    QVERIFY2(flush.exitCode == SendCommand::Ok, qPrintable(flush.describe()));
    QVERIFY2(flush.out.contains(id.toUtf8()), qPrintable(flush.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5'000);
    QCOMPARE(server.bodies().size(), 1);
    QVERIFY(listJson().isEmpty());
    QVERIFY(QFileInfo::exists(dataRoot() + QStringLiteral("/sent/") + id + QStringLiteral(".eml")));
    QVERIFY2(!secretOnDisk(), "the password was written to the data directory");
    // Nothing left: a second flush has nothing to do.
    const Run again = run(QStringLiteral("outbox"), {QStringLiteral("flush")}, env(true));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(server.connectionCount(), 2);
}

void TestCliOutbox::uncertainWaitsForThePerson()
{
    FakeSmtpServer server;
    happyPath(server, false);
    server.expectData().close(); // RFC 1047: the dot went out, the reply never came
    happyPath(server, false);
    server.expectData().send("250 2.0.0 Ok: queued\r\n").expect("QUIT").send("221 Bye\r\n");
    QVERIFY(server.listen());

    const Run send = run(QStringLiteral("send"), sendArgs(server.serverPort(), QStringLiteral("Maybe")), env());
    QVERIFY2(send.exitCode == SendCommand::Server, qPrintable(send.describe()));
    QVERIFY2(send.errLines().size() == 1 && send.err.contains("mark-sent") && send.err.contains("resend"), qPrintable(send.describe()));
    QList<QJsonObject> json = listJson();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.first().value(QStringLiteral("state")).toString(), QStringLiteral("uncertain"));
    const QString id = json.first().value(QStringLiteral("id")).toString();

    // Neither flush nor retry sends it again.
    const Run flush = run(QStringLiteral("outbox"), {QStringLiteral("flush")}, env());
    QVERIFY2(flush.exitCode == 0, qPrintable(flush.describe()));
    QVERIFY2(flush.err.contains("may already have been delivered"), qPrintable(flush.describe()));
    const Run retry = run(QStringLiteral("outbox"), {QStringLiteral("retry"), id}, env());
    QVERIFY2(retry.exitCode == SendCommand::Usage, qPrintable(retry.describe()));
    QTest::qWait(200);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(listJson().value(0).value(QStringLiteral("state")).toString(), QStringLiteral("uncertain"));

    // The person decides to send it again: the same bytes go out.
    const Run resend = run(QStringLiteral("outbox"), {QStringLiteral("resend"), id}, env());
    QVERIFY2(resend.exitCode == 0, qPrintable(resend.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(server.bodies().size(), 2, 5'000);
    QCOMPARE(server.bodies().at(0), server.bodies().at(1));
    QVERIFY(listJson().isEmpty());
}

void TestCliOutbox::deleteAndMarkSentRules()
{
    const quint16 port = closedPort();
    const Run a = run(QStringLiteral("send"), sendArgs(port, QStringLiteral("One")), env());
    QVERIFY2(a.exitCode == SendCommand::Connect, qPrintable(a.describe()));
    QVERIFY2(a.errLines().size() == 1, qPrintable(a.describe()));
    const Run b = run(QStringLiteral("send"), sendArgs(port, QStringLiteral("Two")), env());
    QVERIFY2(b.exitCode == SendCommand::Connect, qPrintable(b.describe()));
    QList<QJsonObject> json = listJson();
    QCOMPARE(json.size(), 2);
    const QString one = json.at(0).value(QStringLiteral("id")).toString();
    const QString two = json.at(1).value(QStringLiteral("id")).toString();
    QVERIFY(one < two); // oldest first

    // mark-sent is only for uncertain messages.
    const Run mark = run(QStringLiteral("outbox"), {QStringLiteral("mark-sent"), one}, env());
    QVERIFY2(mark.exitCode == SendCommand::Usage, qPrintable(mark.describe()));
    const Run del = run(QStringLiteral("outbox"), {QStringLiteral("delete"), one}, env());
    QVERIFY2(del.exitCode == 0, qPrintable(del.describe()));
    const Run unknown = run(QStringLiteral("outbox"), {QStringLiteral("delete"), one}, env());
    QVERIFY2(unknown.exitCode == SendCommand::Usage, qPrintable(unknown.describe()));
    const Run bad = run(QStringLiteral("outbox"), {QStringLiteral("frobnicate")}, env());
    QVERIFY2(bad.exitCode == SendCommand::Usage, qPrintable(bad.describe()));
    json = listJson();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.first().value(QStringLiteral("id")).toString(), two);
    // Flushing to a server that is still down: deferred again, attempt 2, exit "connection".
    const Run flush = run(QStringLiteral("outbox"), {QStringLiteral("flush")}, env());
    QVERIFY2(flush.exitCode == SendCommand::Connect, qPrintable(flush.describe()));
    json = listJson();
    QCOMPARE(json.first().value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(json.first().value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));
}

void TestCliOutbox::permanentFailureIsNotKept()
{
    AiosmtpdServer server;
    QVERIFY2(server.start({QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--reject"), QStringLiteral("*@example.*")}),
             qPrintable(server.errorString()));
    const Run r = run(QStringLiteral("send"), sendArgs(server.port(), QStringLiteral("Refused")), env());
    QVERIFY2(r.exitCode == SendCommand::RecipientsRefused, qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    // The exit code told the script; a failed entry would only pile up.
    QVERIFY(listJson().isEmpty());
}

void TestCliOutbox::noQueueLeavesNothing()
{
    const Run r = run(QStringLiteral("send"), sendArgs(closedPort(), QStringLiteral("Direct")) << QStringLiteral("--no-queue"), env());
    QVERIFY2(r.exitCode == SendCommand::Connect, qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("outbox"), qPrintable(r.describe()));
    QVERIFY(listJson().isEmpty());
    QVERIFY(!QFileInfo::exists(dataRoot() + QStringLiteral("/outbox"))
            || QDir(dataRoot() + QStringLiteral("/outbox")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestCliOutbox::help()
{
    const Run r = run(QStringLiteral("outbox"), {QStringLiteral("--help")}, env());
    QCOMPARE(r.exitCode, 0);
    for (const char* word : {"list", "flush", "retry", "delete", "resend", "mark-sent", "--json", "--password-stdin"})
        QVERIFY2(r.out.contains(word), word);
    const Run s = run(QStringLiteral("send"), {QStringLiteral("--help")}, env());
    QVERIFY(s.out.contains("--no-queue"));
}

QTEST_GUILESS_MAIN(TestCliOutbox)
#include "tst_clioutbox.moc"
