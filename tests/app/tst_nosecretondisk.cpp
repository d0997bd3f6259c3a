// No secret reaches the disk: the built `qourier` binary and the GUI, run in a throwaway home with
// a distinctive password, send through the outbox (AUTH PLAIN and LOGIN, with --transcript),
// defer a send to a closed port, list and flush the outbox, send from a saved account whose
// password lives in the OS keychain, and autosave a draft. Then every file under that home is
// searched for the password in every form it could take on the way: as it is, base64 (at any
// alignment, so also inside a longer base64 stream), the AUTH PLAIN blobs, hex, percent-encoding
// and UTF-16. The search is first shown to find each form in files written for that purpose.
//
// The keychain (gnome-keyring under dbus-run-session, see .ci/bootstrap) was started before this
// test with its own HOME and XDG_DATA_HOME, so its encrypted files are not under this home:
// nothing below is excluded from the search.

#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "CredentialStore.h"
#include "FakeSmtpServer.h"
#include "SendCommand.h"
#include "TestPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("Zq9-secret-Horse-31!");
// Only in the keychain entry, beside the password: it must not leak either.
const QString ProxyPassword = QStringLiteral("Pv7-proxy-Otter-58?");

struct Form
{
    QString name;
    QByteArray needle;
};

// Base64 of `bytes` as it appears inside any longer base64 text: for each of the three
// alignments, only the characters made of `bytes`' bits alone (the first and last few depend on
// what surrounds it).
QList<QByteArray> base64Cores(const QByteArray& bytes, QByteArray::Base64Options options)
{
    QList<QByteArray> cores;
    for (int k = 0; k < 3; ++k) {
        const QByteArray encoded = (QByteArray(k, '\0') + bytes).toBase64(options);
        const int first = (8 * k + 5) / 6;
        const int end = (8 * (k + int(bytes.size()))) / 6;
        cores.append(encoded.mid(first, end - first));
    }
    return cores;
}

QByteArray percentEveryByte(const QByteArray& bytes, bool upper)
{
    QByteArray out;
    for (char c : bytes) {
        const QByteArray hex = QByteArray(1, c).toHex();
        out += '%' + (upper ? hex.toUpper() : hex);
    }
    return out;
}

QList<Form> formsOf(const QString& label, const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<Form> forms;
    forms.append({label + QStringLiteral(" as is"), utf8});
    // RFC 4616 AUTH PLAIN: authzid NUL authcid NUL passwd, with and without the empty authzid.
    const QByteArray plainBlob = '\0' + User.toUtf8() + '\0' + utf8;
    const QByteArray userAndPassword = User.toUtf8() + '\0' + utf8;
    const QList<QPair<QString, QByteArray>> encoded{
        {label, utf8},
        {label + QStringLiteral(" AUTH PLAIN blob"), plainBlob},
        {label + QStringLiteral(" user NUL password"), userAndPassword},
    };
    for (const auto& [what, bytes] : encoded) {
        forms.append({what + QStringLiteral(" base64"), bytes.toBase64()});
        forms.append({what + QStringLiteral(" base64url"), bytes.toBase64(QByteArray::Base64UrlEncoding)});
        int alignment = 0;
        for (const QByteArray& core : base64Cores(bytes, QByteArray::Base64Encoding))
            forms.append({what + QStringLiteral(" base64 inside a stream (alignment %1)").arg(alignment++), core});
        alignment = 0;
        for (const QByteArray& core : base64Cores(bytes, QByteArray::Base64UrlEncoding))
            forms.append({what + QStringLiteral(" base64url inside a stream (alignment %1)").arg(alignment++), core});
    }
    forms.append({label + QStringLiteral(" hex"), utf8.toHex()});
    forms.append({label + QStringLiteral(" HEX"), utf8.toHex().toUpper()});
    forms.append({label + QStringLiteral(" percent-encoded"), QUrl::toPercentEncoding(secret)});
    forms.append({label + QStringLiteral(" percent-encoded, every byte, upper"), percentEveryByte(utf8, true)});
    forms.append({label + QStringLiteral(" percent-encoded, every byte, lower"), percentEveryByte(utf8, false)});
    QByteArray utf16le;
    QByteArray utf16be;
    for (QChar c : secret) {
        utf16le += char(c.unicode() & 0xff);
        utf16le += char(c.unicode() >> 8);
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xff);
    }
    forms.append({label + QStringLiteral(" UTF-16LE"), utf16le});
    forms.append({label + QStringLiteral(" UTF-16BE"), utf16be});
    return forms;
}

QList<Form> allForms()
{
    return formsOf(QStringLiteral("password"), Password) + formsOf(QStringLiteral("proxy password"), ProxyPassword);
}

struct Scan
{
    int files = 0;
    QStringList hits;     // "file: form"
    QStringList problems; // what could not be read
    QStringList paths;
};

// Every regular file under `root`, hidden ones included, each read whole. Symbolic links are not
// followed (they would lead outside the home); sockets and FIFOs hold nothing on disk.
Scan scanTree(const QString& root, const QList<Form>& forms)
{
    Scan scan;
    std::error_code ec;
    namespace fs = std::filesystem;
    fs::recursive_directory_iterator it(root.toStdString(), ec), end;
    if (ec) {
        scan.problems << QStringLiteral("%1: %2").arg(root, QString::fromStdString(ec.message()));
        return scan;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) {
            scan.problems << QStringLiteral("walking %1: %2").arg(root, QString::fromStdString(ec.message()));
            break;
        }
        if (!it->is_regular_file(ec) || it->is_symlink(ec))
            continue;
        const QString path = QString::fromStdString(it->path().string());
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            scan.problems << QStringLiteral("%1: %2").arg(path, f.errorString());
            continue;
        }
        const QByteArray bytes = f.readAll();
        ++scan.files;
        scan.paths << QDir(root).relativeFilePath(path);
        for (const Form& form : forms) {
            if (bytes.contains(form.needle))
                scan.hits << QStringLiteral("%1: %2").arg(path, form.name);
        }
    }
    return scan;
}

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
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestNoSecretOnDisk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchFindsEveryForm();
    void sendThroughTheOutbox();
    void deferredListedAndFlushed();
    void savedAccountFromTheKeychain();
    void autosavedDraft();
    void nothingAnywhereUnderHome();

private:
    QProcessEnvironment environment(bool withPassword) const;
    Run run(const QString& name, const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = QByteArray());
    QStringList directArgs(quint16 port, const QString& security, const QString& subject) const;
    QList<QJsonObject> listJson();
    QString home(const QString& relative = QString()) const { return m_dir.path() + QStringLiteral("/home/") + relative; }
    QString dataRoot() const { return home(QStringLiteral(".local/share/Qourier/Qourier")); }
    void verifyNoSecret();

    QTemporaryDir m_dir;
    QString m_body;
    int m_runs = 0;
    QStringList m_keychainIds; // entries this test wrote, removed at the end
};

void TestNoSecretOnDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char* d : {"", ".config", ".local/share", ".cache", "run", "tmp", "logs"})
        QVERIFY(QDir().mkpath(home(QLatin1String(d))));
    QVERIFY(QFile::setPermissions(home(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // This process too: AccountStore and CredentialStore run here, and whatever they might write
    // belongs under the home that is searched.
    qputenv("HOME", home().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home(QStringLiteral(".config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home(QStringLiteral(".local/share")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home(QStringLiteral(".cache")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Qourier"));
    QCoreApplication::setApplicationName(QStringLiteral("Qourier"));
    QVERIFY(AccountStore::defaultPath().startsWith(home()));

    m_body = home(QStringLiteral("body.txt"));
    QFile f(m_body);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hello,\nnothing secret in here.\n");
}

void TestNoSecretOnDisk::cleanupTestCase()
{
    CredentialStore store;
    for (const QString& id : qAsConst(m_keychainIds)) {
        bool done = false;
        store.remove(id, [&](const CredentialStore::Result&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15'000);
    }
}

QProcessEnvironment TestNoSecretOnDisk::environment(bool withPassword) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("QOURIER_PASSWORD"));
    e.remove(QStringLiteral("QOURIER_PROXY_PASSWORD"));
    if (withPassword)
        e.insert(QStringLiteral("QOURIER_PASSWORD"), Password);
    e.insert(QStringLiteral("HOME"), home());
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home(QStringLiteral(".config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home(QStringLiteral(".local/share")));
    e.insert(QStringLiteral("XDG_CACHE_HOME"), home(QStringLiteral(".cache")));
    // Runtime files and temporary files too, so that they are searched as well.
    e.insert(QStringLiteral("XDG_RUNTIME_DIR"), home(QStringLiteral("run")));
    e.insert(QStringLiteral("TMPDIR"), home(QStringLiteral("tmp")));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return e;
}

// Runs `qourier args...` with stdout and stderr going to files under the home (so the transcript
// and every listing are on disk and searched), while this event loop serves FakeSmtpServer.
Run TestNoSecretOnDisk::run(const QString& name, const QStringList& args, const QProcessEnvironment& env, const QByteArray& input)
{
    Run r;
    const QString base = home(QStringLiteral("logs/%1-%2").arg(++m_runs, 2, 10, QLatin1Char('0')).arg(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(base + QStringLiteral(".out"));
    p.setStandardErrorFile(base + QStringLiteral(".err"));
    p.start(qourierBinary(), args);
    if (!p.waitForStarted(10'000)) {
        r.err = "cannot start: " + p.errorString().toUtf8();
        return r;
    }
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    // A plain QEventLoop rather than QSignalSpy::wait(): QtTest's waits return at once once the
    // test function has failed, which would leave FakeSmtpServer unserved and every later step
    // of the same function stuck until its timeout.
    QEventLoop loop;
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5'000);
    } else {
        r.finished = p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::FailedToStart;
        r.exitCode = p.exitCode();
    }
    QFile out(base + QStringLiteral(".out"));
    if (out.open(QIODevice::ReadOnly))
        r.out = out.readAll();
    QFile err(base + QStringLiteral(".err"));
    if (err.open(QIODevice::ReadOnly))
        r.err = err.readAll();
    if (!r.finished)
        r.err.prepend("(did not finish within 60 s) ");
    return r;
}

QStringList TestNoSecretOnDisk::directArgs(quint16 port, const QString& security, const QString& subject) const
{
    QStringList a{QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                  QString::number(port), QStringLiteral("--security"), security, QStringLiteral("--timeout"), QStringLiteral("20"),
                  QStringLiteral("--user"), User, QStringLiteral("--from"), QStringLiteral("alice@example.org"),
                  QStringLiteral("--to"), QStringLiteral("Bob <bob@example.org>"), QStringLiteral("--subject"), subject,
                  QStringLiteral("--body"), m_body, QStringLiteral("--transcript")};
    if (security == QLatin1String("none"))
        a << QStringLiteral("--insecure-allow-plain");
    else
        a << QStringLiteral("--cafile") << testDataPath(QStringLiteral("test-ca.pem"));
    return a;
}

QList<QJsonObject> TestNoSecretOnDisk::listJson()
{
    const Run r = run(QStringLiteral("list-json"), {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")},
                      environment(false));
    QList<QJsonObject> out;
    if (r.exitCode != 0)
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
        out.append(v.toObject());
    return out;
}

void TestNoSecretOnDisk::verifyNoSecret()
{
    const Scan scan = scanTree(home(), allForms());
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(QLatin1Char('\n'))));
    QVERIFY2(scan.hits.isEmpty(), qPrintable(QStringLiteral("a secret on disk:\n") + scan.hits.join(QLatin1Char('\n'))));
}

void TestNoSecretOnDisk::searchFindsEveryForm()
{
    // Each form alone in a file of its own, between other bytes, deep in a hidden directory, as
    // the real search will meet it. A separate tree: the home itself must stay clean.
    QTemporaryDir control;
    QVERIFY(control.isValid());
    const QString dir = control.filePath(QStringLiteral(".hidden/deeper"));
    QVERIFY(QDir().mkpath(dir));
    const QList<Form> forms = allForms();
    for (int i = 0; i < forms.size(); ++i) {
        QFile f(dir + QStringLiteral("/.control-%1").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("before " + forms.at(i).needle + " after");
    }
    // The password inside longer base64 text at each alignment: what a line of base64 in a file
    // would look like.
    for (int k = 0; k < 3; ++k) {
        QFile f(dir + QStringLiteral("/stream-%1").arg(k));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((QByteArray(k + 4, 'x') + Password.toUtf8() + "tail of the stream").toBase64());
    }
    QFile clean(control.filePath(QStringLiteral("clean.txt")));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write("Zq9-secret-Horse-31 without its last character, and nothing else");
    clean.close();

    const Scan scan = scanTree(control.path(), forms);
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(QLatin1Char('\n'))));
    QCOMPARE(scan.files, int(forms.size()) + 4);
    for (int i = 0; i < forms.size(); ++i) {
        const QString expected = dir + QStringLiteral("/.control-%1: %2").arg(i).arg(forms.at(i).name);
        QVERIFY2(scan.hits.contains(expected), qPrintable(expected));
    }
    for (int k = 0; k < 3; ++k) {
        const QString prefix = dir + QStringLiteral("/stream-%1: password base64 inside a stream").arg(k);
        QVERIFY2(std::any_of(scan.hits.cbegin(), scan.hits.cend(), [&](const QString& h) { return h.startsWith(prefix); }),
                 qPrintable(prefix));
    }
    for (const QString& hit : scan.hits)
        QVERIFY2(!hit.contains(QStringLiteral("clean.txt")), qPrintable(hit));
}

void TestNoSecretOnDisk::sendThroughTheOutbox()
{
    AiosmtpdServer server;
    QStringList serverArgs = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    serverArgs << QStringLiteral("--user") << User << QStringLiteral("--password") << Password;
    QVERIFY2(server.start(serverArgs), qPrintable(server.errorString()));

    // AUTH PLAIN, the password from the environment; aiosmtpd takes only the right password, so
    // a delivered message proves the password really went through this process.
    const Run plain = run(QStringLiteral("send-plain"), directArgs(server.port(), QStringLiteral("starttls"), QStringLiteral("PLAIN")),
                          environment(true));
    QVERIFY2(plain.finished && plain.exitCode == SendCommand::Ok, qPrintable(plain.describe()));
    QVERIFY2(plain.err.contains("AUTH PLAIN"), qPrintable(plain.describe()));

    // AUTH LOGIN (the password alone in base64), from standard input.
    const Run login = run(QStringLiteral("send-login"),
                          directArgs(server.port(), QStringLiteral("starttls"), QStringLiteral("LOGIN"))
                              << QStringLiteral("--auth") << QStringLiteral("login") << QStringLiteral("--password-stdin"),
                          environment(false), Password.toUtf8() + '\n');
    QVERIFY2(login.finished && login.exitCode == SendCommand::Ok, qPrintable(login.describe()));
    QVERIFY2(login.err.contains("AUTH LOGIN"), qPrintable(login.describe()));

    const QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 2);
    for (const ReceivedMessage& m : got)
        QCOMPARE(m.authUser, User);
    // Both went through the outbox and now sit in the Sent folder.
    QCOMPARE(QDir(dataRoot() + QStringLiteral("/sent")).entryList({QStringLiteral("*.eml")}).size(), 2);
    verifyNoSecret();
}

void TestNoSecretOnDisk::deferredListedAndFlushed()
{
    // Refused: deferred, kept with its error.
    const Run refused = run(QStringLiteral("send-refused"), directArgs(closedPort(), QStringLiteral("none"), QStringLiteral("Refused")),
                            environment(true));
    QVERIFY2(refused.finished && refused.exitCode == SendCommand::Connect, qPrintable(refused.describe()));

    // A server that is busy at first (deferred), then takes the flush signed in with AUTH PLAIN.
    FakeSmtpServer busy;
    busy.send("421 4.3.2 Too busy, try later\r\n").close();
    busy.send("220 fake.example.org ESMTP\r\n").expect("EHLO *").send("250-fake.example.org\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n");
    busy.expect("AUTH PLAIN " + ('\0' + User.toUtf8() + '\0' + Password.toUtf8()).toBase64()).send("235 2.7.0 Authenticated\r\n");
    busy.expect("MAIL FROM:*").send("250 2.1.0 Ok\r\n").expect("RCPT TO:*").send("250 2.1.5 Ok\r\n");
    busy.expect("DATA").send("354 go ahead\r\n").expectData().send("250 2.0.0 Ok: queued\r\n").expect("QUIT").send("221 Bye\r\n");
    QVERIFY(busy.listen());
    const Run deferred = run(QStringLiteral("send-busy"), directArgs(busy.serverPort(), QStringLiteral("none"), QStringLiteral("Busy")),
                             environment(true));
    QVERIFY2(deferred.finished && deferred.exitCode == SendCommand::Server, qPrintable(deferred.describe()));

    const Run list = run(QStringLiteral("list"), {QStringLiteral("outbox"), QStringLiteral("list")}, environment(false));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QList<QJsonObject> entries = listJson();
    QCOMPARE(entries.size(), 2);
    for (const QJsonObject& e : entries) {
        QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));
        QVERIFY(!e.value(QStringLiteral("lastError")).toObject().value(QStringLiteral("text")).toString().isEmpty());
    }
    QCOMPARE(entries.at(1).value(QStringLiteral("lastError")).toObject().value(QStringLiteral("replyCode")).toInt(), 421);
    QVERIFY2(list.out.contains("421"), qPrintable(list.describe()));
    verifyNoSecret();

    // The flush signs in with the password given to it: the busy server's message goes, the
    // refused one is deferred again.
    const Run flush = run(QStringLiteral("flush"), {QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--transcript")},
                          environment(true));
    QVERIFY2(flush.finished && flush.exitCode == SendCommand::Connect, qPrintable(flush.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(busy.bodies().size(), 1, 5'000);
    entries = listJson();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(QStringLiteral("summary")).toObject().value(QStringLiteral("subject")).toString(),
             QStringLiteral("Refused"));
    QCOMPARE(entries.first().value(QStringLiteral("attempts")).toInt(), 2);
    verifyNoSecret();

    // Deleted, so that the keychain flush below has only its own entry to send.
    const Run del = run(QStringLiteral("delete"),
                        {QStringLiteral("outbox"), QStringLiteral("delete"), entries.first().value(QStringLiteral("id")).toString()},
                        environment(false));
    QVERIFY2(del.exitCode == 0, qPrintable(del.describe()));
    QVERIFY(listJson().isEmpty());
}

void TestNoSecretOnDisk::savedAccountFromTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus: run inside dbus-run-session with an unlocked gnome-keyring (.ci/bootstrap test)");
    AiosmtpdServer server;
    QStringList serverArgs = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
    serverArgs << QStringLiteral("--user") << User << QStringLiteral("--password") << Password;
    QVERIFY2(server.start(serverArgs), qPrintable(server.errorString()));

    Account a;
    a.name = QStringLiteral("Proofs");
    a.displayName = QStringLiteral("Alice Proofs");
    a.address = QStringLiteral("alice@example.test");
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.port();
    a.security = SmtpSecurity::StartTls;
    a.userName = User;
    QString error;
    QVERIFY2(AccountStore().save(&a, &error), qPrintable(error));
    // The same service the binary reads, so this entry is what `--account` finds.
    CredentialStore store;
    std::optional<CredentialStore::Result> written;
    store.write(a.id, CredentialStore::Secret{Password, {}, ProxyPassword}, [&](const CredentialStore::Result& r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
    QVERIFY2(written->ok(), qPrintable(written->detail));
    m_keychainIds << a.id;

    const QStringList common{QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Proofs"), QStringLiteral("--cafile"),
                             testDataPath(QStringLiteral("test-ca.pem")), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                             QStringLiteral("--body"), m_body, QStringLiteral("--transcript"), QStringLiteral("--timeout"),
                             QStringLiteral("20")};
    const Run sent = run(QStringLiteral("send-account"), common + QStringList{QStringLiteral("--subject"), QStringLiteral("Keychain")},
                         environment(false));
    QVERIFY2(sent.finished && sent.exitCode == SendCommand::Ok, qPrintable(sent.describe()));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().first().authUser, User);

    // The same account to a closed port: deferred with the keychain as its password's source,
    // and a flush that reads the keychain again.
    const Run refused = run(QStringLiteral("send-account-refused"),
                            common + QStringList{QStringLiteral("--port"), QString::number(closedPort()), QStringLiteral("--subject"),
                                                 QStringLiteral("Keychain refused")},
                            environment(false));
    QVERIFY2(refused.finished && refused.exitCode == SendCommand::Connect, qPrintable(refused.describe()));
    const Run flush = run(QStringLiteral("flush-account"), {QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--transcript")},
                          environment(false));
    QVERIFY2(flush.finished && flush.exitCode == SendCommand::Connect, qPrintable(flush.describe()));
    QVERIFY2(!flush.err.contains("keychain"), qPrintable(flush.describe()));
    verifyNoSecret();
}

void TestNoSecretOnDisk::autosavedDraft()
{
    // The window, with the saved account above in From, autosaves a draft; killed afterwards
    // (SIGKILL: no cleanup), as a crash would leave it.
    QProcessEnvironment env = environment(false);
    env.insert(QStringLiteral("QOURIER_AUTOSAVE_MS"), QStringLiteral("300"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setStandardOutputFile(home(QStringLiteral("logs/gui.out")));
    app.setStandardErrorFile(home(QStringLiteral("logs/gui.err")));
    app.start(qourierBinary(), {QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
                                QStringLiteral("Autosaved draft"), QStringLiteral("--attach"), m_body});
    QVERIFY2(app.waitForStarted(30'000), qPrintable(app.errorString()));
    auto autosave = [this]() {
        const QDir dir(dataRoot() + QStringLiteral("/drafts/autosave"));
        for (const QString& id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = dir.filePath(id + QStringLiteral("/draft.json"));
            if (QFileInfo::exists(path))
                return path;
        }
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!autosave().isEmpty(), 30'000);
    // Another autosave period, so the window's other start-up writes have happened too.
    QTest::qWait(1'000);
    QCOMPARE(app.state(), QProcess::Running);
    app.kill();
    QVERIFY(app.waitForFinished(10'000));
    QFile draft(autosave());
    QVERIFY(draft.open(QIODevice::ReadOnly));
    QVERIFY(draft.readAll().contains("Autosaved draft"));
    verifyNoSecret();
}

void TestNoSecretOnDisk::nothingAnywhereUnderHome()
{
    const Scan scan = scanTree(home(), allForms());
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(QLatin1Char('\n'))));
    // The places a secret could have gone were really written, so the search had something to
    // look at: the outbox, the Sent folder, the accounts, the drafts, the transcripts.
    for (const QString& expected : {QStringLiteral(".local/share/Qourier/Qourier/outbox/"), QStringLiteral(".local/share/Qourier/Qourier/sent/"),
                                    QStringLiteral(".config/Qourier/Qourier/accounts.ini"), QStringLiteral("/drafts/autosave/"),
                                    QStringLiteral("logs/02-send-login.err"), QStringLiteral("flush.err")}) {
        QVERIFY2(std::any_of(scan.paths.cbegin(), scan.paths.cend(), [&](const QString& p) { return p.contains(expected); }),
                 qPrintable(expected + QStringLiteral(" not among:\n") + scan.paths.join(QLatin1Char('\n'))));
    }
    qInfo("searched %d files under the home for %d forms of the secrets", scan.files, int(allForms().size()));
    QVERIFY2(scan.hits.isEmpty(), qPrintable(QStringLiteral("a secret on disk:\n") + scan.hits.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestNoSecretOnDisk)
#include "tst_nosecretondisk.moc"
