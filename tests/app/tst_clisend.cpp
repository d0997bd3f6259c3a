// `qourier send` end to end: the built binary, run as a script would run it, against a real SMTP
// server (aiosmtpd 1.4, tests/scripts/smtp_server.py). What the server stored is checked byte for
// byte (envelope, SIZE=, CRLF, no Bcc) and parsed by an independent reader (Python's email
// package); bad input must end with one line on stderr, the documented exit code and no SMTP
// conversation at all.
#include "AiosmtpdServer.h"
#include "LoopbackProxy.h"
#include "SendCommand.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

// The exit codes are an interface for scripts (printed by `qourier send --help`): a renumbering
// must be a deliberate change of this test too.
static_assert(SendCommand::Ok == 0 && SendCommand::Usage == 2 && SendCommand::Connect == 3 && SendCommand::Tls == 4
        && SendCommand::Auth == 5 && SendCommand::SenderRefused == 6 && SendCommand::RecipientsRefused == 7
        && SendCommand::DataRefused == 8 && SendCommand::TimedOut == 9 && SendCommand::Server == 10
        && SendCommand::Input == 11,
    "qourier send exit codes are documented; update the help text, README and this test together");

namespace {

const QString User = QStringLiteral("alice");
// Spaces and non-ASCII: the secret must survive stdin and the environment unchanged.
const QString Password = QStringLiteral("s3cret pass 密码");
const QString BccAddress = QStringLiteral("hidden.dave@example.com");

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
    QStringList errLines() const { return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QOURIER_PASSWORD"));
    env.remove(QStringLiteral("QOURIER_PROXY_PASSWORD"));
    // `qourier send` keeps every message in its outbox (AppDataLocation) until the server takes
    // it: a throwaway one here, never the developer's own.
    static QTemporaryDir data;
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// Runs `qourier send args...`; input (if not null) is written to its stdin, which is then closed.
Run runSend(const QStringList& args, const QByteArray& input = QByteArray(),
    const QProcessEnvironment& env = cleanEnvironment())
{
    Run run;
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qourierBinary(), QStringList { QStringLiteral("send") } + args);
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && p.state() != QProcess::NotRunning && clock.elapsed() < 60'000)
        finished.wait(200);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        finished.wait(5'000);
        run.err = "(killed after 60 s) " + p.readAllStandardError();
        return run;
    }
    run.finished = p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::FailedToStart;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList serverOptions(const AiosmtpdServer& server, const QString& security, bool withCa = true)
{
    QStringList args { QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--security"), security, QStringLiteral("--ehlo"),
        QStringLiteral("client.example.org"), QStringLiteral("--timeout"), QStringLiteral("20") };
    if (withCa)
        args += { QStringLiteral("--cafile"), testDataPath(QStringLiteral("test-ca.pem")) };
    return args;
}

QStringList serverArgs(const QString& mode, const QStringList& extra = {})
{
    return AiosmtpdServer::tlsArgs(mode)
        + QStringList { QStringLiteral("--user"), User, QStringLiteral("--password"), Password } + extra;
}

QStringList authOptions()
{
    return { QStringLiteral("--user"), User, QStringLiteral("--password-stdin") };
}

QByteArray stdinPassword()
{
    return Password.toUtf8() + '\n';
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray headerBlock(const QByteArray& data)
{
    const int end = data.indexOf("\r\n\r\n");
    return end < 0 ? data : data.left(end + 2);
}

// Header names as they start lines of the header block (continuation lines skipped).
QStringList headerNames(const QByteArray& data)
{
    QStringList names;
    for (const QByteArray& line : headerBlock(data).split('\n')) {
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t') || line == "\r")
            continue;
        names.append(QString::fromLatin1(line.left(line.indexOf(':'))).toLower());
    }
    return names;
}

// An independent reader: Python's email package with the modern policy. Prints what the tests
// compare as JSON.
const char* const ParseScript = R"PY(
import email, email.policy, hashlib, json, sys
with open(sys.argv[1], "rb") as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
def addresses(name):
    h = msg[name]
    if h is None:
        return None
    return [[a.display_name, a.addr_spec] for a in h.addresses]
parts = []
text = html = None
for part in msg.walk():
    if part.is_multipart():
        continue
    payload = part.get_payload(decode=True) or b""
    parts.append({"type": part.get_content_type(), "filename": part.get_filename(),
                  "content_id": part.get("Content-ID"), "disposition": part.get_content_disposition(),
                  "sha256": hashlib.sha256(payload).hexdigest()})
    if part.get_content_disposition() != "attachment":
        if part.get_content_type() == "text/plain" and text is None:
            text = part.get_content()
        elif part.get_content_type() == "text/html" and html is None:
            html = part.get_content()
defects = [str(d) for d in msg.defects]
for part in msg.walk():
    defects += [str(d) for d in part.defects]
json.dump({"from": addresses("From"), "to": addresses("To"), "cc": addresses("Cc"), "bcc": msg["Bcc"],
           "subject": msg["Subject"], "keys": [k.lower() for k in msg.keys()], "parts": parts,
           "text": text, "html": html, "defects": defects}, sys.stdout)
)PY";

QJsonObject parseWithPython(const QByteArray& data, QString* error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    if (!writeFile(path, data)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(ParseScript), path });
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && p.state() != QProcess::NotRunning && clock.elapsed() < 30'000)
        finished.wait(200);
    const QByteArray out = p.readAllStandardOutput();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (p.exitCode() != 0 || !doc.isObject()) {
        *error = QStringLiteral("python failed (%1): %2 %3")
                     .arg(p.exitCode())
                     .arg(QString::fromUtf8(p.readAllStandardError()), parseError.errorString());
        return {};
    }
    return doc.object();
}

QJsonArray pair(const QString& name, const QString& address)
{
    return QJsonArray { name, address };
}

QJsonObject partWithFileName(const QJsonObject& parsed, const QString& fileName)
{
    for (const QJsonValue& v : parsed.value(QStringLiteral("parts")).toArray()) {
        if (v.toObject().value(QStringLiteral("filename")).toString() == fileName)
            return v.toObject();
    }
    return {};
}

QString closedPort()
{
    // Bind port 0, note the number, close: nothing listens there for the next moment.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return QString();
    const quint16 port = server.serverPort();
    server.close();
    return QString::number(port);
}

QString certificateSha256(const QString& pemPath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    return certs.isEmpty() ? QString() : QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

// Every base64 token in text, decoded (SASL responses are base64; the secret must not hide in one).
QList<QByteArray> decodedBase64Tokens(const QByteArray& text)
{
    QList<QByteArray> out;
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/]{4,}={0,2}"));
    auto it = token.globalMatch(QString::fromLatin1(text));
    while (it.hasNext()) {
        const QByteArray t = it.next().captured().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(t, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            out.append(*decoded);
    }
    return out;
}

// base64 of secret as it appears inside any longer base64 text: for each of the three alignments,
// the characters that depend only on the secret's own bytes.
QList<QByteArray> base64Fragments(const QByteArray& secret)
{
    QList<QByteArray> out { secret.toBase64() };
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = (QByteArray(shift, 'x') + secret).toBase64(QByteArray::OmitTrailingEquals);
        // Skip the quantum that holds the padding prefix, and the possibly partial last one.
        const int start = shift == 0 ? 0 : 4;
        const int full = (shift + secret.size()) / 3 * 4;
        if (full - start >= 8)
            out.append(encoded.mid(start, full - start));
    }
    return out;
}

} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullMessage_data();
    void fullMessage();
    void transcriptHidesSecrets_data();
    void transcriptHidesSecrets();
    void subjectCannotInjectHeaders_data();
    void subjectCannotInjectHeaders();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void passwordNeverInClear_data();
    void passwordNeverInClear();
    void insecureFlagAllowsClearAuth();
    void wrongPassword();
    void oneRecipientRefused();
    void allRecipientsRefused();
    void connectionRefused();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void pinnedCertificate_data();
    void pinnedCertificate();
    void helpListsExitCodes();
    void throughProxy_data();
    void throughProxy();
    void proxyFailures_data();
    void proxyFailures();
    void systemProxyComesFromTheEnvironment();

private:
    QTemporaryDir m_files;
    QString m_chineseAttachment;
    QString m_emptyAttachment;
    QString m_image;
    QString m_body;
    QString m_html;
    QByteArray m_chineseAttachmentBytes;
    QByteArray m_imageBytes;
};

void TestCliSend::initTestCase()
{
    QVERIFY2(QFile::exists(qourierBinary()), qPrintable(qourierBinary()));
    QVERIFY(m_files.isValid());
    // Binary content with every byte value, CR, LF and lines starting with ".".
    for (int i = 0; i < 70'000; ++i)
        m_chineseAttachmentBytes.append(char((i * 7919) % 256));
    m_chineseAttachmentBytes += "\r\n.\r\n..\n.";
    m_chineseAttachment = m_files.filePath(QStringLiteral("季度报告 2026.pdf"));
    QVERIFY(writeFile(m_chineseAttachment, m_chineseAttachmentBytes));
    m_emptyAttachment = m_files.filePath(QStringLiteral("empty.txt"));
    QVERIFY(writeFile(m_emptyAttachment, QByteArray()));
    // A 1x1 PNG.
    m_imageBytes = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    m_image = m_files.filePath(QStringLiteral("logo.png"));
    QVERIFY(writeFile(m_image, m_imageBytes));
    m_body = m_files.filePath(QStringLiteral("body.txt"));
    QVERIFY(writeFile(
        m_body, QStringLiteral("你好，张三！\n.\n.. a line with two dots\nThe report is attached.\n").toUtf8()));
    m_html = m_files.filePath(QStringLiteral("body.html"));
    QVERIFY(writeFile(
        m_html, QStringLiteral("<p>你好，张三！</p><p><img src=\"cid:logo.png\" alt=\"logo\"></p>\n").toUtf8()));
}

void TestCliSend::fullMessage_data()
{
    QTest::addColumn<QString>("mode"); // smtp_server.py --mode and qourier --security
    QTest::addColumn<QString>("secretVia"); // stdin, env (QOURIER_PASSWORD) or custom (--password-env)
    QTest::addColumn<QString>("mechanism"); // --auth, empty = the client's choice
    QTest::addRow("RFC 3207 STARTTLS, password on stdin") << "starttls"
                                                          << "stdin"
                                                          << "";
    QTest::addRow("RFC 3207 STARTTLS, QOURIER_PASSWORD, AUTH LOGIN") << "starttls"
                                                                     << "env"
                                                                     << "login";
    QTest::addRow("RFC 8314 implicit TLS, password on stdin, AUTH PLAIN") << "tls"
                                                                          << "stdin"
                                                                          << "plain";
    QTest::addRow("RFC 8314 implicit TLS, --password-env") << "tls"
                                                           << "custom"
                                                           << "";
}

void TestCliSend::fullMessage()
{
    QFETCH(QString, mode);
    QFETCH(QString, secretVia);
    QFETCH(QString, mechanism);

    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(mode)), qPrintable(server.errorString()));

    const QString subject = QStringLiteral("季度报告 — quarterly report");
    QStringList args = serverOptions(server, mode) + QStringList { QStringLiteral("--user"), User };
    QByteArray input;
    QProcessEnvironment env = cleanEnvironment();
    if (secretVia == QLatin1String("stdin")) {
        args << QStringLiteral("--password-stdin");
        input = stdinPassword();
    } else if (secretVia == QLatin1String("env")) {
        env.insert(QStringLiteral("QOURIER_PASSWORD"), Password);
    } else {
        args << QStringLiteral("--password-env") << QStringLiteral("MY_SMTP_SECRET");
        env.insert(QStringLiteral("MY_SMTP_SECRET"), Password);
        env.insert(QStringLiteral("QOURIER_PASSWORD"), QStringLiteral("not this one"));
    }
    if (!mechanism.isEmpty())
        args << QStringLiteral("--auth") << mechanism;
    args << QStringLiteral("--from") << QStringLiteral("Alice Example <alice@example.org>") << QStringLiteral("--to")
         << QStringLiteral("\"张三\" <zhang@example.org>") << QStringLiteral("--cc")
         << QStringLiteral("Carol <carol@example.net>, erin@example.net") << QStringLiteral("--bcc")
         << QStringLiteral("Dave <%1>").arg(BccAddress) << QStringLiteral("--subject") << subject
         << QStringLiteral("--body") << m_body << QStringLiteral("--html") << m_html << QStringLiteral("--inline")
         << m_image << QStringLiteral("--attach") << m_chineseAttachment << QStringLiteral("--attach")
         << m_emptyAttachment;

    const Run run = runSend(args, input, env);
    QVERIFY2(run.finished && run.exitCode == SendCommand::Ok, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe())); // no progress line: stderr is not a terminal
    QVERIFY2(run.out.startsWith("Sent "), qPrintable(run.describe()));

    const QList<ReceivedMessage> received = server.messages();
    QCOMPARE(received.size(), 1);
    const ReceivedMessage& m = received.first();
    QVERIFY(m.tls);
    QCOMPARE(m.authUser, User);

    // The envelope: every recipient including Bcc (RFC 5321 §3.3), To, Cc, Bcc order, once each.
    QCOMPARE(m.mailFrom, QStringLiteral("alice@example.org"));
    QCOMPARE(m.rcptTos,
        QStringList({ QStringLiteral("zhang@example.org"), QStringLiteral("carol@example.net"),
            QStringLiteral("erin@example.net"), BccAddress }));

    // RFC 1870: the declared SIZE is exactly what arrived (CRLF line ends, before dot-stuffing).
    QCOMPARE(m.size, qint64(m.data.size()));
    QVERIFY2(
        m.mailOptions.contains(QStringLiteral("SIZE=%1").arg(m.data.size())), qPrintable(m.mailOptions.join(u' ')));
    // The server kept CRLF (else the comparison above would prove nothing): no bare LF, no bare CR.
    QCOMPARE(m.data.count('\n'), m.data.count("\r\n"));
    QCOMPARE(m.data.count('\r'), m.data.count("\r\n"));
    QVERIFY(m.data.endsWith("\r\n"));

    // RFC 5322 §3.6.3: Bcc recipients are not disclosed; not as a header, not anywhere.
    QVERIFY(!headerNames(m.data).contains(QStringLiteral("bcc")));
    QVERIFY(!m.data.toLower().contains(BccAddress.toLatin1()));
    QVERIFY(!m.data.toLower().contains("hidden.dave"));

    QString error;
    const QJsonObject parsed = parseWithPython(m.data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value(QStringLiteral("defects")).toArray(), QJsonArray());
    QCOMPARE(parsed.value(QStringLiteral("from")).toArray(),
        QJsonArray { pair(QStringLiteral("Alice Example"), QStringLiteral("alice@example.org")) });
    QCOMPARE(parsed.value(QStringLiteral("to")).toArray(),
        QJsonArray { pair(QStringLiteral("张三"), QStringLiteral("zhang@example.org")) });
    QCOMPARE(parsed.value(QStringLiteral("cc")).toArray(),
        (QJsonArray { pair(QStringLiteral("Carol"), QStringLiteral("carol@example.net")),
            pair(QString(), QStringLiteral("erin@example.net")) }));
    QVERIFY(parsed.value(QStringLiteral("bcc")).isNull());
    QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), subject);
    // Text parts travel in canonical form (RFC 2046 §4.1.1: CRLF line breaks).
    const QString text
        = parsed.value(QStringLiteral("text")).toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QVERIFY2(text.startsWith(QStringLiteral("你好，张三！\n.\n.. a line with two dots\nThe report is attached.")),
        qPrintable(text));
    QVERIFY(parsed.value(QStringLiteral("html")).toString().contains(QStringLiteral("cid:logo.png")));

    const QJsonObject report = partWithFileName(parsed, QStringLiteral("季度报告 2026.pdf"));
    QVERIFY2(!report.isEmpty(), QJsonDocument(parsed).toJson().constData());
    QCOMPARE(report.value(QStringLiteral("disposition")).toString(), QStringLiteral("attachment"));
    QCOMPARE(report.value(QStringLiteral("sha256")).toString(), sha256(m_chineseAttachmentBytes));
    const QJsonObject empty = partWithFileName(parsed, QStringLiteral("empty.txt"));
    QVERIFY2(!empty.isEmpty(), QJsonDocument(parsed).toJson().constData());
    QCOMPARE(empty.value(QStringLiteral("disposition")).toString(), QStringLiteral("attachment"));
    QCOMPARE(empty.value(QStringLiteral("sha256")).toString(), sha256(QByteArray()));
    const QJsonObject image = partWithFileName(parsed, QStringLiteral("logo.png"));
    QVERIFY2(!image.isEmpty(), QJsonDocument(parsed).toJson().constData());
    QCOMPARE(image.value(QStringLiteral("type")).toString(), QStringLiteral("image/png"));
    QCOMPARE(image.value(QStringLiteral("content_id")).toString(), QStringLiteral("<logo.png>"));
    QCOMPARE(image.value(QStringLiteral("sha256")).toString(), sha256(m_imageBytes));
}

void TestCliSend::transcriptHidesSecrets_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("mechanism");
    QTest::addRow("RFC 4616 PLAIN over STARTTLS") << "starttls"
                                                  << "plain";
    QTest::addRow("LOGIN over STARTTLS") << "starttls"
                                         << "login";
    QTest::addRow("RFC 4616 PLAIN over implicit TLS") << "tls"
                                                      << "plain";
}

void TestCliSend::transcriptHidesSecrets()
{
    QFETCH(QString, mode);
    QFETCH(QString, mechanism);
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(mode)), qPrintable(server.errorString()));

    const Run run = runSend(serverOptions(server, mode) + authOptions()
            + QStringList { QStringLiteral("--auth"), mechanism, QStringLiteral("--transcript"),
                QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
                QStringLiteral("bob@example.org"), QStringLiteral("--subject"), QStringLiteral("transcript") },
        stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::Ok, qPrintable(run.describe()));
    QCOMPARE(server.messages().size(), 1);

    // The conversation is there, line by line...
    const QStringList lines = run.errLines();
    auto has = [&](const QString& prefix) {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.startsWith(prefix); });
    };
    QVERIFY2(has(QStringLiteral("S: 220")), qPrintable(run.describe()));
    QVERIFY2(has(QStringLiteral("C: EHLO client.example.org")), qPrintable(run.describe()));
    QVERIFY2(has(QStringLiteral("C: AUTH ") + mechanism.toUpper()), qPrintable(run.describe()));
    QVERIFY2(has(QStringLiteral("S: 235")), qPrintable(run.describe()));
    QVERIFY2(has(QStringLiteral("C: MAIL FROM:<alice@example.org>")), qPrintable(run.describe()));
    QVERIFY2(has(QStringLiteral("C: RCPT TO:<bob@example.org>")), qPrintable(run.describe()));
    QVERIFY2(has(QStringLiteral("C: QUIT")), qPrintable(run.describe()));
    if (mode == QLatin1String("starttls"))
        QVERIFY2(has(QStringLiteral("C: STARTTLS")), qPrintable(run.describe()));

    // ...but never the secret: not as it is, not in base64 alone or inside a SASL blob, not in
    // any decodable base64 token.
    const QByteArray secret = Password.toUtf8();
    QVERIFY(!run.err.contains(secret));
    QVERIFY(!run.err.contains("s3cret"));
    QList<QByteArray> forbidden = base64Fragments(secret);
    forbidden += QByteArray('\0' + User.toUtf8() + '\0' + secret).toBase64();
    forbidden += QByteArray(User.toUtf8() + '\0' + User.toUtf8() + '\0' + secret).toBase64();
    for (const QByteArray& f : std::as_const(forbidden))
        QVERIFY2(!run.err.contains(f), f.constData());
    for (const QByteArray& decoded : decodedBase64Tokens(run.err))
        QVERIFY2(!decoded.contains("s3cret"), decoded.toBase64().constData());
}

void TestCliSend::subjectCannotInjectHeaders_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addRow("CRLF + Bcc") << QStringLiteral("Hello\r\nBcc: evil@example.org");
    QTest::addRow("LF + X-Injected") << QStringLiteral("Hello\nX-Injected: yes");
    QTest::addRow("CR + X-Injected") << QStringLiteral("Hello\rX-Injected: yes");
    QTest::addRow("CRLF CRLF + a body") << QStringLiteral("Hello\r\n\r\nX-Injected: injected body");
    QTest::addRow("U+2028 line separator") << QStringLiteral("Hello\u2028X-Injected: yes");
    QTest::addRow("NUL") << QStringLiteral("Hello\u0000\nX-Injected: yes");
}

void TestCliSend::subjectCannotInjectHeaders()
{
    QFETCH(QString, subject);
    if (subject.contains(QChar(0)))
        QSKIP("a NUL cannot be passed in a command-line argument");
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(QStringLiteral("starttls"))), qPrintable(server.errorString()));

    const Run run = runSend(serverOptions(server, QStringLiteral("starttls")) + authOptions()
            + QStringList { QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
                QStringLiteral("bob@example.org"), QStringLiteral("--subject"), subject, QStringLiteral("--body"),
                m_body },
        stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::Ok, qPrintable(run.describe()));
    const QList<ReceivedMessage> received = server.messages();
    QCOMPARE(received.size(), 1);
    const ReceivedMessage& m = received.first();
    QCOMPARE(m.rcptTos, QStringList { QStringLiteral("bob@example.org") });

    const QStringList names = headerNames(m.data);
    QVERIFY2(!names.contains(QStringLiteral("bcc")), qPrintable(names.join(u' ')));
    QVERIFY2(!names.contains(QStringLiteral("x-injected")), qPrintable(names.join(u' ')));
    QCOMPARE(names.count(QStringLiteral("subject")), 1);

    QString error;
    const QJsonObject parsed = parseWithPython(m.data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value(QStringLiteral("defects")).toArray(), QJsonArray());
    QVERIFY(!parsed.value(QStringLiteral("keys")).toArray().contains(QStringLiteral("x-injected")));
    QVERIFY(!parsed.value(QStringLiteral("keys")).toArray().contains(QStringLiteral("bcc")));
    const QString parsedSubject = parsed.value(QStringLiteral("subject")).toString();
    // The would-be header is still there, as harmless words of the one Subject line.
    QString expected = subject;
    for (QChar& c : expected) {
        if (c.unicode() < 0x20 || c.unicode() == 0x2028)
            c = QLatin1Char(' ');
    }
    QCOMPARE(parsedSubject.simplified(), expected.simplified());
    QVERIFY2(!parsedSubject.contains(QLatin1Char('\n')) && !parsedSubject.contains(QLatin1Char('\r')),
        qPrintable(parsedSubject));
    QVERIFY(parsed.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("你好，张三！")));
}

void TestCliSend::badInputSendsNothing_data()
{
    const QString dir = m_files.path();
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention"); // a piece of the one error line

    const QStringList from { QStringLiteral("--from"), QStringLiteral("Alice Example <alice@example.org>") };
    const QStringList to { QStringLiteral("--to"), QStringLiteral("bob@example.org") };
    const QStringList ok = from + to;
    auto with = [](const QStringList& base, const QString& option, const QString& value) {
        return base + QStringList { option, value };
    };

    QTest::addRow("missing attachment") << with(ok, "--attach", dir + "/no-such-file.pdf") << int(SendCommand::Input)
                                        << "no-such-file.pdf";
    QTest::addRow("missing attachment, 'address' in its path")
        << with(ok, "--attach", dir + "/address-list.pdf") << int(SendCommand::Input) << "address-list.pdf";
    QTest::addRow("directory as attachment")
        << with(ok, "--attach", dir) << int(SendCommand::Input) << "not a regular file";
    QTest::addRow("unreadable attachment")
        << with(ok, "--attach", dir + "/unreadable.bin") << int(SendCommand::Input) << "unreadable.bin";
    QTest::addRow("missing inline image") << with(with(ok, "--html", m_html), "--inline", dir + "/no-such.png")
                                          << int(SendCommand::Input) << "no-such.png";
    QTest::addRow("missing body file") << with(ok, "--body", dir + "/no-such-body.txt") << int(SendCommand::Input)
                                       << "no-such-body.txt";
    QTest::addRow("missing HTML file") << with(ok, "--html", dir + "/no-such.html") << int(SendCommand::Input)
                                       << "no-such.html";

    QTest::addRow("To: bob@") << with(from, "--to", "bob@") << int(SendCommand::Usage) << "bob@";
    QTest::addRow("To: a@b@c") << with(from, "--to", "a@b@c") << int(SendCommand::Usage) << "a@b@c";
    QTest::addRow("Cc: bob@ after a good one")
        << with(ok, "--cc", "carol@example.net, bob@") << int(SendCommand::Usage) << "bob@";
    QTest::addRow("Bcc: a@b@c") << with(ok, "--bcc", "a@b@c") << int(SendCommand::Usage) << "a@b@c";
    QTest::addRow("Reply-To: bob@") << with(ok, "--reply-to", "bob@") << int(SendCommand::Usage) << "bob@";
    QTest::addRow("From: a@b@c") << with(to, "--from", "a@b@c") << int(SendCommand::Usage) << "a@b@c";
    QTest::addRow("From: two mailboxes") << with(to, "--from", "a@example.org, b@example.org")
                                         << int(SendCommand::Usage) << "--from";
    QTest::addRow("no From") << to << int(SendCommand::Usage) << "--from";

    // Header and command injection through an address: refused, never sent or cleaned up.
    QTest::addRow("LF in To") << with(from, "--to", "bob@example.org\nBcc: evil@example.org") << int(SendCommand::Usage)
                              << "--to";
    QTest::addRow("CRLF in To") << with(from, "--to", "bob@example.org\r\nRCPT TO:<evil@example.org>")
                                << int(SendCommand::Usage) << "--to";
    QTest::addRow("CR in Cc") << with(ok, "--cc", "carol@example.net\rX-Injected: yes") << int(SendCommand::Usage)
                              << "--cc";
    QTest::addRow("LF in a To display name")
        << with(from, "--to", "Bob\nX-Injected: yes <bob@example.org>") << int(SendCommand::Usage) << "--to";
    QTest::addRow("CRLF in From") << with(to, "--from", "alice@example.org\r\nBcc: evil@example.org")
                                  << int(SendCommand::Usage) << "--from";
    QTest::addRow("CRLF in Bcc") << with(ok, "--bcc", "dave@example.com\r\nDATA") << int(SendCommand::Usage) << "--bcc";

    QTest::addRow("no recipients") << from << int(SendCommand::Usage) << "no recipients";
    QTest::addRow("empty --to") << with(from, "--to", "") << int(SendCommand::Usage) << "no recipients";
    QTest::addRow("--security none without --insecure-allow-plain")
        << with(ok, "--security", "none") << int(SendCommand::Usage) << "--insecure-allow-plain";
    QTest::addRow("--security bogus") << with(ok, "--security", "ssl3") << int(SendCommand::Usage) << "--security";
    QTest::addRow("--port 0") << with(ok, "--port", "0") << int(SendCommand::Usage) << "--port";
    QTest::addRow("--port 65536") << with(ok, "--port", "65536") << int(SendCommand::Usage) << "--port";
    QTest::addRow("--user without a password") << with(ok, "--user", User) << int(SendCommand::Usage) << "password";
    QTest::addRow("--auth bogus") << with(ok, "--auth", "digest-md5") << int(SendCommand::Usage) << "--auth";
    QTest::addRow("--pin not a fingerprint") << with(ok, "--pin", "abcd") << int(SendCommand::Usage) << "--pin";
    QTest::addRow("--cafile without a certificate")
        << with(ok, "--cafile", m_body) << int(SendCommand::Usage) << "certificate";
    QTest::addRow("--inline without --html") << with(ok, "--inline", m_image) << int(SendCommand::Usage) << "--html";
    QTest::addRow("--timeout -1") << with(ok, "--timeout", "-1") << int(SendCommand::Usage) << "--timeout";
    QTest::addRow("unknown option") << with(ok, "--frm", "x") << int(SendCommand::Usage) << "frm";
    QTest::addRow("--proxy ftp://") << with(ok, "--proxy", "ftp://127.0.0.1:21") << int(SendCommand::Usage) << "--proxy";
    QTest::addRow("--proxy without a port") << with(ok, "--proxy", "socks5://127.0.0.1") << int(SendCommand::Usage) << "--proxy";
    QTest::addRow("--proxy with a password in it")
        << with(ok, "--proxy", "socks5://u:secret@127.0.0.1:1080") << int(SendCommand::Usage) << "QOURIER_PROXY_PASSWORD";
    QTest::addRow("--proxy user without a password")
        << with(ok, "--proxy", "http://u@127.0.0.1:3128") << int(SendCommand::Usage) << "QOURIER_PROXY_PASSWORD";
    QTest::addRow("--proxy-user with --proxy none")
        << with(with(ok, "--proxy", "none"), "--proxy-user", "u") << int(SendCommand::Usage) << "--proxy-user";
    QTest::addRow("--proxy-password-file missing")
        << with(with(with(ok, "--proxy", "socks5://127.0.0.1:1080"), "--proxy-user", "u"), "--proxy-password-file",
               dir + "/no-such-password")
        << int(SendCommand::Input) << "no-such-password";
}

void TestCliSend::badInputSendsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);

    const QString unreadable = m_files.filePath(QStringLiteral("unreadable.bin"));
    if (args.contains(unreadable)) {
        if (geteuid() == 0)
            QSKIP("root reads files whatever their mode");
        QVERIFY(writeFile(unreadable, "secret"));
        QVERIFY(QFile::setPermissions(unreadable, QFileDevice::Permissions()));
    }

    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(QStringLiteral("starttls"))), qPrintable(server.errorString()));
    // --transcript on: a single line on stderr then also proves there was no SMTP conversation.
    const Run run = runSend(
        serverOptions(server, QStringLiteral("starttls")) + QStringList { QStringLiteral("--transcript") } + args);
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
    QVERIFY2(lines.first().startsWith(QStringLiteral("qourier send: ")), qPrintable(run.describe()));
    QVERIFY2(lines.first().contains(mention), qPrintable(run.describe()));
    QVERIFY2(!lines.first().contains(QLatin1Char('\r')), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY(server.messages().isEmpty());
    QCOMPARE(QDir(server.outDir()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

void TestCliSend::passwordNeverInClear_data()
{
    QTest::addColumn<QStringList>("security");
    QTest::addRow("default (STARTTLS required)") << QStringList();
    QTest::addRow("--security starttls") << QStringList { QStringLiteral("--security"), QStringLiteral("starttls") };
    QTest::addRow("--security starttls, --insecure-allow-plain does not make STARTTLS optional")
        << QStringList { QStringLiteral("--security"), QStringLiteral("starttls"),
               QStringLiteral("--insecure-allow-plain") };
}

// The server has no TLS at all and would take AUTH in clear text: unless --security none
// --insecure-allow-plain says so, the password never leaves and nothing is sent (RFC 8314 §3).
void TestCliSend::passwordNeverInClear()
{
    QFETCH(QStringList, security);
    AiosmtpdServer server;
    QVERIFY2(server.start({ QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--user"), User,
                 QStringLiteral("--password"), Password }),
        qPrintable(server.errorString()));
    QStringList args { QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--timeout"), QStringLiteral("20"),
        QStringLiteral("--transcript") };
    args += security;
    args += authOptions();
    args += { QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
        QStringLiteral("bob@example.org") };
    const Run run = runSend(args, stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::Tls, qPrintable(run.describe()));
    QVERIFY2(!run.err.contains("C: AUTH"), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains("C: MAIL"), qPrintable(run.describe()));
    QVERIFY2(run.errLines().last().startsWith(QStringLiteral("qourier send: ")), qPrintable(run.describe()));
    QVERIFY(server.messages().isEmpty());
}

void TestCliSend::insecureFlagAllowsClearAuth()
{
    AiosmtpdServer server;
    QVERIFY2(server.start({ QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--user"), User,
                 QStringLiteral("--password"), Password }),
        qPrintable(server.errorString()));
    QStringList args { QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--insecure-allow-plain"), QStringLiteral("--timeout"), QStringLiteral("20") };
    args += authOptions();
    args += { QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
        QStringLiteral("bob@example.org") };
    const Run run = runSend(args, stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::Ok, qPrintable(run.describe()));
    const QList<ReceivedMessage> received = server.messages();
    QCOMPARE(received.size(), 1);
    QVERIFY(!received.first().tls);
    QCOMPARE(received.first().authUser, User);
}

void TestCliSend::wrongPassword()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(QStringLiteral("starttls"))), qPrintable(server.errorString()));
    const Run run = runSend(serverOptions(server, QStringLiteral("starttls")) + authOptions()
            + QStringList { QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
                QStringLiteral("bob@example.org") },
        "wrong password\n");
    QVERIFY2(run.finished && run.exitCode == SendCommand::Auth, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1 && run.errLines().first().startsWith(QStringLiteral("qourier send: ")),
        qPrintable(run.describe()));
    QVERIFY2(run.err.contains("535"), qPrintable(run.describe())); // the server's code is shown
    QVERIFY(!run.err.contains("wrong password"));
    QVERIFY(server.messages().isEmpty());
}

void TestCliSend::oneRecipientRefused()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(
                 serverArgs(QStringLiteral("starttls"), { QStringLiteral("--reject"), QStringLiteral("nobody@*") })),
        qPrintable(server.errorString()));
    const Run run = runSend(serverOptions(server, QStringLiteral("starttls")) + authOptions()
            + QStringList { QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
                QStringLiteral("bob@example.org"), QStringLiteral("--cc"),
                QStringLiteral("Nobody <nobody@example.org>") },
        stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::Ok, qPrintable(run.describe()));
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
    QVERIFY2(lines.first().startsWith(QStringLiteral("qourier send: warning:")), qPrintable(run.describe()));
    QVERIFY2(lines.first().contains(QStringLiteral("nobody@example.org")), qPrintable(run.describe()));
    QVERIFY2(!lines.first().contains(QStringLiteral("bob@example.org")), qPrintable(run.describe()));
    QVERIFY2(run.out.contains("1 recipient"), qPrintable(run.describe()));

    const QList<ReceivedMessage> received = server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().rcptTos, QStringList { QStringLiteral("bob@example.org") });
}

void TestCliSend::allRecipientsRefused()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(
                 QStringLiteral("starttls"), { QStringLiteral("--reject"), QStringLiteral("*@example.org") })),
        qPrintable(server.errorString()));
    const Run run = runSend(serverOptions(server, QStringLiteral("starttls")) + authOptions()
            + QStringList { QStringLiteral("--from"), QStringLiteral("alice@example.net"), QStringLiteral("--to"),
                QStringLiteral("bob@example.org, carol@example.org") },
        stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::RecipientsRefused, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1 && run.errLines().first().startsWith(QStringLiteral("qourier send: ")),
        qPrintable(run.describe()));
    QVERIFY2(run.err.contains("550"), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(server.messages().isEmpty());
}

void TestCliSend::connectionRefused()
{
    const QString port = closedPort();
    QVERIFY(!port.isEmpty());
    const Run run = runSend({ QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port,
        QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--timeout"), QStringLiteral("20"),
        QStringLiteral("--from"), QStringLiteral("alice@example.org"), QStringLiteral("--to"),
        QStringLiteral("bob@example.org") });
    QVERIFY2(run.finished && run.exitCode == SendCommand::Connect, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1 && run.errLines().first().startsWith(QStringLiteral("qourier send: ")),
        qPrintable(run.describe()));
}

void TestCliSend::untrustedCertificate_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("pin"); // a wrong pin must not help either
    QTest::addRow("STARTTLS, no --cafile") << "starttls"
                                           << "";
    QTest::addRow("implicit TLS, no --cafile") << "tls"
                                               << "";
    QTest::addRow("implicit TLS, --pin of another certificate")
        << "tls" << certificateSha256(testDataPath(QStringLiteral("selfsigned.pem")));
}

void TestCliSend::untrustedCertificate()
{
    QFETCH(QString, mode);
    QFETCH(QString, pin);
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(mode)), qPrintable(server.errorString()));
    QStringList args = serverOptions(server, mode, false) + authOptions()
        + QStringList { QStringLiteral("--transcript"), QStringLiteral("--from"), QStringLiteral("alice@example.org"),
              QStringLiteral("--to"), QStringLiteral("bob@example.org") };
    if (!pin.isEmpty())
        args << QStringLiteral("--pin") << pin;
    const Run run = runSend(args, stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::Tls, qPrintable(run.describe()));
    QVERIFY2(!run.err.contains("C: AUTH"), qPrintable(run.describe()));
    QVERIFY2(run.errLines().last().startsWith(QStringLiteral("qourier send: ")), qPrintable(run.describe()));
    QVERIFY(server.messages().isEmpty());
}

void TestCliSend::pinnedCertificate_data()
{
    const QString fingerprint = certificateSha256(testDataPath(QStringLiteral("server.pem")));
    QString colons;
    for (int i = 0; i < fingerprint.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + fingerprint.mid(i, 2).toUpper();
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("pin");
    QTest::addRow("STARTTLS, hex") << "starttls" << fingerprint;
    QTest::addRow("implicit TLS, hex") << "tls" << fingerprint;
    QTest::addRow("implicit TLS, openssl's AA:BB form") << "tls" << colons;
}

void TestCliSend::pinnedCertificate()
{
    QFETCH(QString, mode);
    QFETCH(QString, pin);
    QCOMPARE(pin.count(QRegularExpression(QStringLiteral("[0-9a-fA-F]"))), 64);
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(mode)), qPrintable(server.errorString()));
    const Run run = runSend(serverOptions(server, mode, false) + authOptions()
            + QStringList { QStringLiteral("--pin"), pin, QStringLiteral("--from"), QStringLiteral("alice@example.org"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org") },
        stdinPassword());
    QVERIFY2(run.finished && run.exitCode == SendCommand::Ok, qPrintable(run.describe()));
    const QList<ReceivedMessage> received = server.messages();
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().tls);
    QCOMPARE(received.first().authUser, User);
}

void TestCliSend::helpListsExitCodes()
{
    const Run run = runSend({ QStringLiteral("--help") });
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QString help = QString::fromUtf8(run.out);
    for (const char* documented :
        { "0 sent", "2 usage", "3 connection", "4 TLS", "5 authentication", "6 sender refused",
            "7 all recipients refused", "8 message refused", "9 timeout", "10 server", "11 unreadable file" })
        QVERIFY2(help.contains(QLatin1String(documented)), documented);
    QVERIFY(help.contains(QStringLiteral("--password-stdin")));
}

// `--proxy`: a real SOCKS5 (microsocks) or HTTP CONNECT (tinyproxy) proxy on loopback, with user and
// password; the password from QOURIER_PROXY_PASSWORD or --proxy-password-file, never an argument.
void TestCliSend::throughProxy_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("passwordFile");
    QTest::addRow("socks5://, STARTTLS, QOURIER_PROXY_PASSWORD") << int(ProxyKind::Microsocks) << "socks5" << "starttls" << false;
    QTest::addRow("socks5://, implicit TLS, --proxy-password-file") << int(ProxyKind::Microsocks) << "socks5" << "tls" << true;
    QTest::addRow("http://, STARTTLS, --proxy-password-file") << int(ProxyKind::Tinyproxy) << "http" << "starttls" << true;
    QTest::addRow("http://, implicit TLS, QOURIER_PROXY_PASSWORD") << int(ProxyKind::Tinyproxy) << "http" << "tls" << false;
}

void TestCliSend::throughProxy()
{
    QFETCH(int, kind);
    QFETCH(QString, scheme);
    QFETCH(QString, mode);
    QFETCH(bool, passwordFile);
    if (LoopbackProxy::program(ProxyKind(kind)).isEmpty())
        QSKIP("proxy not installed (.ci/bootstrap test installs microsocks and tinyproxy)");
    const QString proxyPassword = QStringLiteral("pr0xy-pass-7"); // tinyproxy's BasicAuth takes no spaces
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(mode)), qPrintable(server.errorString()));
    LoopbackProxy proxy;
    QVERIFY2(proxy.start(ProxyKind(kind), QStringLiteral("proxyuser"), proxyPassword), qPrintable(proxy.errorString()));

    QStringList args = serverOptions(server, mode) + authOptions();
    args[1] = QStringLiteral("localhost"); // the proxy resolves the name; the certificate names it
    args << QStringLiteral("--proxy") << QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.port())
         << QStringLiteral("--proxy-user") << QStringLiteral("proxyuser") << QStringLiteral("--transcript")
         << QStringLiteral("--from") << QStringLiteral("alice@example.org") << QStringLiteral("--to")
         << QStringLiteral("bob@example.org") << QStringLiteral("--subject") << QStringLiteral("via proxy");
    QProcessEnvironment env = cleanEnvironment();
    QTemporaryDir dir;
    if (passwordFile) {
        const QString file = dir.filePath(QStringLiteral("proxy-password"));
        QVERIFY(writeFile(file, proxyPassword.toUtf8() + "\n"));
        args << QStringLiteral("--proxy-password-file") << file;
    } else {
        env.insert(QStringLiteral("QOURIER_PROXY_PASSWORD"), proxyPassword);
    }
    const Run run = runSend(args, stdinPassword(), env);
    QVERIFY2(run.finished && run.exitCode == SendCommand::Ok, qPrintable(run.describe() + proxy.output()));
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages().first().tls);
    // The proxy password never shows, not even in the transcript of the CONNECT request.
    QVERIFY2(!run.err.contains(proxyPassword.toUtf8()), qPrintable(run.describe()));
    for (const QByteArray& fragment : base64Fragments(proxyPassword.toUtf8()))
        QVERIFY2(!run.err.contains(fragment), qPrintable(run.describe()));
}

void TestCliSend::proxyFailures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<QString>("kindName");
    QTest::addRow("SOCKS5, wrong proxy password") << int(ProxyKind::Microsocks) << "socks5" << "wrong" << true << "ProxyAuthFailed";
    QTest::addRow("HTTP, wrong proxy password") << int(ProxyKind::Tinyproxy) << "http" << "wrong" << true << "ProxyAuthFailed";
    QTest::addRow("SOCKS5, server unreachable") << int(ProxyKind::Microsocks) << "socks5" << "right" << false << "ProxyTargetUnreachable";
    QTest::addRow("HTTP, server unreachable") << int(ProxyKind::Tinyproxy) << "http" << "right" << false << "ProxyTargetUnreachable";
}

void TestCliSend::proxyFailures()
{
    QFETCH(int, kind);
    QFETCH(QString, scheme);
    QFETCH(QString, password);
    QFETCH(bool, serverUp);
    QFETCH(QString, kindName);
    if (LoopbackProxy::program(ProxyKind(kind)).isEmpty())
        QSKIP("proxy not installed");
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(QStringLiteral("starttls"))), qPrintable(server.errorString()));
    LoopbackProxy proxy;
    QVERIFY2(proxy.start(ProxyKind(kind), QStringLiteral("proxyuser"), QStringLiteral("right")), qPrintable(proxy.errorString()));
    QStringList args = serverOptions(server, QStringLiteral("starttls"));
    if (!serverUp)
        args[3] = closedPort();
    args << QStringLiteral("--proxy") << QStringLiteral("%1://proxyuser@127.0.0.1:%2").arg(scheme).arg(proxy.port())
         << QStringLiteral("--from") << QStringLiteral("alice@example.org") << QStringLiteral("--to") << QStringLiteral("bob@example.org");
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("QOURIER_PROXY_PASSWORD"), password);
    const Run run = runSend(args + QStringList{QStringLiteral("--no-queue")}, QByteArray(), env);
    QVERIFY2(run.finished && run.exitCode == SendCommand::Connect, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1 && run.errLines().first().contains(kindName), qPrintable(run.describe()));
    QVERIFY(server.messages().isEmpty());
}

// `--proxy system` takes the system's proxy (Qt asks libproxy, which reads http_proxy here);
// `--proxy none` ignores it. The environment names an HTTP proxy where nothing listens, so only a
// connection that really tried it fails.
void TestCliSend::systemProxyComesFromTheEnvironment()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(QStringLiteral("starttls"))), qPrintable(server.errorString()));
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    env.remove(QStringLiteral("no_proxy"));
    env.remove(QStringLiteral("NO_PROXY"));
    const QStringList args = serverOptions(server, QStringLiteral("starttls")) + authOptions()
        + QStringList{QStringLiteral("--no-queue"), QStringLiteral("--from"), QStringLiteral("alice@example.org"),
                      QStringLiteral("--to"), QStringLiteral("bob@example.org")};

    const Run viaSystem = runSend(args + QStringList{QStringLiteral("--proxy"), QStringLiteral("system")}, stdinPassword(), env);
    QVERIFY2(viaSystem.finished && viaSystem.exitCode == SendCommand::Connect, qPrintable(viaSystem.describe()));
    QVERIFY2(viaSystem.err.contains("Proxy"), qPrintable(viaSystem.describe()));
    QVERIFY(server.messages().isEmpty());

    const Run direct = runSend(args + QStringList{QStringLiteral("--proxy"), QStringLiteral("none")}, stdinPassword(), env);
    QVERIFY2(direct.finished && direct.exitCode == SendCommand::Ok, qPrintable(direct.describe()));
    QCOMPARE(server.messages().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
