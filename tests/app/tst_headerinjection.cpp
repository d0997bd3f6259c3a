// Header injection through every field a person or a script can fill: the composer's fields
// (as the window hands them to MessageBuilder), a mailto: link and the start-up options (through
// StartupRequest into the same builder), and `qourier send`'s options against a real server.
//
// Each field is tried with CRLF, a bare LF, a bare CR and NUL, each followed by a forged header
// ("X-Injected: yes"). Every attempt must either be refused with an error, or produce a message in
// which Python's email package (not our own reader) finds exactly the headers we meant: no
// X-Injected, no Bcc, no header defects, no bare CR or LF, no NUL byte; and over SMTP the server's
// envelope holds exactly the intended recipients (RFC 5321 §2.3.8: CR and LF only as CRLF).

#include "AiosmtpdServer.h"
#include "ComposerDraft.h"
#include "MessageBuilder.h"
#include "MimeWriter.h"
#include "StartupRequest.h"
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kChecker = QStringLiteral(MIME_SCRIPT_DIR "/check_message.py");

// The ways a line break (or a string end) can be smuggled into a value.
QList<QPair<QString, QString>> breaks()
{
    return {
        {QStringLiteral("CRLF"), QStringLiteral("\r\n")},
        {QStringLiteral("LF"), QStringLiteral("\n")},
        {QStringLiteral("CR"), QStringLiteral("\r")},
        {QStringLiteral("NUL"), QString(QChar(0))},
        {QStringLiteral("CRLF CRLF"), QStringLiteral("\r\n\r\n")}, // ends the header: body smuggling
    };
}

QString forged(const QString& lineBreak)
{
    return lineBreak + QStringLiteral("X-Injected: yes");
}

struct Verdict
{
    bool ok = false;
    QString why;
};

// Python's verdict on the message bytes: the headers are exactly `expected` (lower-case, any
// order, each once) and nothing in the bytes could start a line we did not write.
Verdict checkMessage(const QByteArray& bytes, const QStringList& expected)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {false, QStringLiteral("cannot write %1").arg(path)};
    f.close();
    if (bytes.contains('\0'))
        return {false, QStringLiteral("a NUL byte in the message")};
    QProcess python;
    python.start(kPython, {kChecker, path});
    if (!python.waitForFinished(30'000) || python.exitCode() != 0) // a test helper, not product code
        return {false, QStringLiteral("checker failed: %1").arg(QString::fromUtf8(python.readAllStandardError()))};
    const QJsonObject o = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const QJsonObject raw = o.value(QStringLiteral("raw")).toObject();
    if (raw.value(QStringLiteral("bare_cr")).toInt() || raw.value(QStringLiteral("bare_lf")).toInt())
        return {false, QStringLiteral("bare CR or LF in the message")};
    if (!o.value(QStringLiteral("defects")).toArray().isEmpty()
        || !o.value(QStringLiteral("header_defects")).toArray().isEmpty())
        return {false, QStringLiteral("defects: %1 %2")
                           .arg(QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("defects")).toArray()).toJson()),
                                QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("header_defects")).toArray()).toJson()))};
    QStringList names;
    for (const QJsonValue& v : raw.value(QStringLiteral("header_names")).toArray())
        names << v.toString().toLower();
    // Whether the top level carries a transfer encoding depends on the body, not on the attack.
    names.removeAll(QStringLiteral("content-transfer-encoding"));
    QStringList sortedNames = names;
    sortedNames.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    if (sortedNames != sortedExpected)
        return {false, QStringLiteral("headers %1, expected %2").arg(names.join(QLatin1Char(',')), expected.join(QLatin1Char(',')))};
    // The forged text may survive as words inside a field (neutralised) or as body text, never
    // at the start of a header line, at the top or in any part (a part's header follows its
    // boundary line and ends at the first empty line).
    bool inHeader = true;
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            inHeader = false;
        else if (line.startsWith("--"))
            inHeader = true;
        else if (inHeader && line.startsWith("X-Injected"))
            return {false, QStringLiteral("a header line starts with the forged header")};
    }
    return {true, QString()};
}

QByteArray writeAll(const MailMessage& message, QString* error)
{
    MimeWriter::Options options;
    std::unique_ptr<MimeWriter> writer = MimeWriter::create(message, options, error);
    if (!writer)
        return QByteArray();
    writer->open(QIODevice::ReadOnly);
    return writer->readAll();
}

const MailAddress kFrom{QStringLiteral("Alice"), QStringLiteral("alice@example.org")};

ComposerDraft plainDraft()
{
    ComposerDraft d;
    d.to = QStringLiteral("bob@example.org");
    d.subject = QStringLiteral("Hello");
    d.richText = false;
    d.plainText = QStringLiteral("Hi Bob\n");
    d.textForChecks = d.plainText;
    return d;
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray err;
};

} // namespace

class TestHeaderInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composer_data();
    void composer();
    void startup_data();
    void startup();
    void cli_data();
    void cli();

private:
    QTemporaryDir m_files;
    QTemporaryDir m_home;
};

void TestHeaderInjection::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY2(QFileInfo::exists(kPython), "the independent check needs /usr/bin/python3");
}

// --- the composer's fields, as ComposerWindow::draft() hands them over ---

void TestHeaderInjection::composer_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("lineBreak");
    const QStringList fields = {QStringLiteral("to"), QStringLiteral("cc"), QStringLiteral("bcc"),
                                QStringLiteral("subject"), QStringLiteral("from name"), QStringLiteral("attachment name"),
                                QStringLiteral("inline image name")};
    for (const QString& field : fields) {
        for (const auto& [name, lineBreak] : breaks())
            QTest::addRow("%s, %s", qPrintable(field), qPrintable(name)) << field << lineBreak;
    }
}

void TestHeaderInjection::composer()
{
    QFETCH(QString, field);
    QFETCH(QString, lineBreak);
    ComposerDraft draft = plainDraft();
    MailAddress from = kFrom;
    QStringList expected = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("subject"),
                            QStringLiteral("date"), QStringLiteral("message-id"), QStringLiteral("mime-version"),
                            QStringLiteral("content-type")};
    const QString evil = forged(lineBreak);
    if (field == QLatin1String("to")) {
        draft.to += evil;
    } else if (field == QLatin1String("cc")) {
        draft.cc = QStringLiteral("carol@example.net") + evil;
        expected << QStringLiteral("cc");
    } else if (field == QLatin1String("bcc")) {
        draft.bcc = QStringLiteral("dave@example.com") + evil;
    } else if (field == QLatin1String("subject")) {
        draft.subject += evil;
    } else if (field == QLatin1String("from name")) {
        from.name += evil; // the display name typed into the connection wizard
    } else if (field == QLatin1String("attachment name")) {
        if (lineBreak.contains(QChar(0)))
            QSKIP("a file name cannot hold NUL");
        // Linux allows CR and LF in file names; a downloaded file can carry them.
        const QString path = m_files.filePath(QStringLiteral("report") + evil + QStringLiteral(".txt"));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write("attached\n");
        file.close();
        draft.attachments << path;
    } else if (field == QLatin1String("inline image name")) {
        draft.richText = true;
        ComposerDraft::InlineImage image;
        image.name = QStringLiteral("pasted") + evil;
        image.image = QImage(4, 4, QImage::Format_RGB32);
        image.image.fill(Qt::red);
        image.mimeType = QStringLiteral("image/png");
        draft.inlineImages << image;
        draft.html = QStringLiteral("<p>Hi <img src=\"qourier-inline:%1\"></p>").arg(image.name.toHtmlEscaped());
    }
    if (field == QLatin1String("to") || field == QLatin1String("cc") || field == QLatin1String("bcc")) {
        // An address with a line break is refused outright, naming the field.
        MessageBuilder::Result built;
        QString error;
        QVERIFY(!MessageBuilder::build(draft, from, m_files.path(), &built, &error));
        QVERIFY2(!error.isEmpty(), "refused without a reason");
        return;
    }
    MessageBuilder::Result built;
    QString error;
    if (!MessageBuilder::build(draft, from, m_files.path(), &built, &error)) {
        QVERIFY2(!error.isEmpty(), "refused without a reason");
        return;
    }
    const QByteArray bytes = writeAll(built.message, &error);
    MessageBuilder::removeTemporaryFiles(built.temporaryFiles);
    if (bytes.isEmpty()) {
        QVERIFY2(!error.isEmpty(), "refused without a reason");
        return;
    }
    const Verdict v = checkMessage(bytes, expected);
    QVERIFY2(v.ok, qPrintable(v.why + QStringLiteral("\n") + QString::fromUtf8(bytes.left(2000))));
}

// --- a mailto: link and the start-up options, through StartupRequest into the composer ---

void TestHeaderInjection::startup_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString app = QStringLiteral("qourier");
    const QList<QPair<QString, QString>> encoded = {{QStringLiteral("CRLF"), QStringLiteral("%0D%0A")},
                                                    {QStringLiteral("LF"), QStringLiteral("%0A")},
                                                    {QStringLiteral("CR"), QStringLiteral("%0D")},
                                                    {QStringLiteral("NUL"), QStringLiteral("%00")}};
    for (const auto& [name, e] : encoded) {
        const QString x = e + QStringLiteral("X-Injected:%20yes");
        QTest::addRow("mailto to, %s", qPrintable(name)) << QStringList{app, QStringLiteral("mailto:bob@example.org") + x};
        QTest::addRow("mailto ?to=, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("mailto:?to=bob@example.org") + x};
        QTest::addRow("mailto cc, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("mailto:bob@example.org?cc=carol@example.net") + x};
        QTest::addRow("mailto bcc, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("mailto:bob@example.org?bcc=dave@example.com") + x};
        QTest::addRow("mailto subject, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("mailto:bob@example.org?subject=Hi") + x};
        QTest::addRow("mailto body, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("mailto:bob@example.org?body=Hi") + x};
        // RFC 6068 §7: hfields other than to/cc/bcc/subject/body are never taken.
        QTest::addRow("mailto from hfield, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("mailto:bob@example.org?from=evil@example.com") + x};
    }
    for (const auto& [name, lineBreak] : breaks()) {
        const QString x = forged(lineBreak);
        QTest::addRow("--to, %s", qPrintable(name)) << QStringList{app, QStringLiteral("--to"), QStringLiteral("bob@example.org") + x};
        QTest::addRow("--cc, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--cc"),
                           QStringLiteral("carol@example.net") + x};
        QTest::addRow("--subject, %s", qPrintable(name))
            << QStringList{app, QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
                           QStringLiteral("Hi") + x};
    }
}

void TestHeaderInjection::startup()
{
    QFETCH(QStringList, arguments);
    StartupRequest request;
    QString error;
    if (!StartupRequest::parse(arguments, &request, &error)) {
        QVERIFY2(!error.isEmpty(), "refused without a reason");
        return;
    }
    // What the window shows is what it hands back in draft(): the same strings.
    ComposerDraft draft;
    draft.to = request.to.join(QStringLiteral(", "));
    draft.cc = request.cc.join(QStringLiteral(", "));
    draft.bcc = request.bcc.join(QStringLiteral(", "));
    draft.subject = request.subject;
    draft.richText = false;
    draft.plainText = request.body;
    if (draft.to.isEmpty())
        draft.to = QStringLiteral("bob@example.org");
    MessageBuilder::Result built;
    if (!MessageBuilder::build(draft, kFrom, m_files.path(), &built, &error)) {
        QVERIFY2(!error.isEmpty(), "refused without a reason");
        return;
    }
    const QByteArray bytes = writeAll(built.message, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    // Subject is always written, empty or not.
    QStringList expected = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("date"),
                            QStringLiteral("message-id"), QStringLiteral("mime-version"), QStringLiteral("content-type")};
    if (!draft.cc.isEmpty())
        expected << QStringLiteral("cc");
    const Verdict v = checkMessage(bytes, expected);
    QVERIFY2(v.ok, qPrintable(v.why + QStringLiteral("\n") + QString::fromUtf8(bytes.left(2000))));
}

// --- `qourier send` options, against a real server ---

void TestHeaderInjection::cli_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    // argv strings end at NUL, so a script cannot pass one; every line break it can.
    for (const auto& [name, lineBreak] : breaks()) {
        if (lineBreak.contains(QChar(0)))
            continue;
        const QString x = forged(lineBreak);
        QTest::addRow("--subject, %s", qPrintable(name)) << QStringLiteral("--subject") << QStringLiteral("Hi") + x;
        QTest::addRow("--from name, %s", qPrintable(name))
            << QStringLiteral("--from") << QStringLiteral("Alice") + x + QStringLiteral(" <alice@example.org>");
        QTest::addRow("--reply-to, %s", qPrintable(name))
            << QStringLiteral("--reply-to") << QStringLiteral("alice@example.org") + x;
        QTest::addRow("--to, %s", qPrintable(name)) << QStringLiteral("--to") << QStringLiteral("bob@example.org") + x;
        QTest::addRow("--cc, %s", qPrintable(name)) << QStringLiteral("--cc") << QStringLiteral("carol@example.net") + x;
        QTest::addRow("--bcc, %s", qPrintable(name)) << QStringLiteral("--bcc") << QStringLiteral("dave@example.com") + x;
        QTest::addRow("--attach name, %s", qPrintable(name)) << QStringLiteral("--attach") << QStringLiteral("report") + x;
        // SMTP command injection rather than header injection (RFC 5321 §4.1.1.1).
        QTest::addRow("--ehlo, %s", qPrintable(name)) << QStringLiteral("--ehlo") << QStringLiteral("client.example.org") + x;
    }
}

void TestHeaderInjection::cli()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    AiosmtpdServer server;
    QVERIFY2(server.start({QStringLiteral("--mode"), QStringLiteral("plain")}), qPrintable(server.errorString()));

    QStringList args = {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--security"),
                        QStringLiteral("none"), QStringLiteral("--insecure-allow-plain"), QStringLiteral("--timeout"),
                        QStringLiteral("20"), QStringLiteral("--quiet")};
    QStringList expected = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("subject"),
                            QStringLiteral("date"), QStringLiteral("message-id"), QStringLiteral("mime-version"),
                            QStringLiteral("content-type")};
    QStringList recipients = {QStringLiteral("bob@example.org")};
    if (option != QLatin1String("--from"))
        args << QStringLiteral("--from") << QStringLiteral("alice@example.org");
    if (option != QLatin1String("--to"))
        args << QStringLiteral("--to") << QStringLiteral("bob@example.org");
    if (option != QLatin1String("--subject"))
        args << QStringLiteral("--subject") << QStringLiteral("Hello");
    const QString body = m_files.filePath(QStringLiteral("body.txt"));
    {
        QFile f(body);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Hi Bob\n");
    }
    args << QStringLiteral("--body") << body;
    if (option == QLatin1String("--attach")) {
        const QString path = m_files.filePath(value);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        f.write("attached\n");
        f.close();
        args << option << path;
        expected.removeOne(QStringLiteral("content-type"));
        expected << QStringLiteral("content-type");
    } else {
        args << option << value;
    }
    if (option == QLatin1String("--reply-to"))
        expected << QStringLiteral("reply-to");

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QOURIER_PASSWORD"));
    // Its own settings and outbox, never the person's.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qourierBinary(), args);
    p.closeWriteChannel();
    QVERIFY2(finished.wait(60'000) || !finished.isEmpty(), "qourier send did not finish in 60 s");
    const QByteArray err = p.readAllStandardError();
    const QList<ReceivedMessage> received = server.messages();
    if (p.exitCode() != 0) {
        // Refused: one clear line, and nothing reached the server.
        QVERIFY2(!err.trimmed().isEmpty(), "refused without a reason");
        QVERIFY2(received.isEmpty(), "refused but something was delivered");
        return;
    }
    QCOMPARE(received.size(), 1);
    QStringList envelope = received.at(0).rcptTos;
    QCOMPARE(envelope, recipients);
    const Verdict v = checkMessage(received.at(0).data, expected);
    QVERIFY2(v.ok, qPrintable(v.why + QStringLiteral("\n") + QString::fromUtf8(received.at(0).data.left(2000))));
}

QTEST_GUILESS_MAIN(TestHeaderInjection)
#include "tst_headerinjection.moc"
