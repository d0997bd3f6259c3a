// An independent reader for MimeWriter's output: Python's email package (policy.default) parses
// each message (tests/mime/check_message.py) and reports what a mail client would show; this test
// compares that with what went in, and requires Python to find no defects.
#include "MailMessage.h"
#include "MimeWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#ifndef MIME_SCRIPT_DIR
#error "MIME_SCRIPT_DIR must point at tests/mime"
#endif

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kScript = QStringLiteral(MIME_SCRIPT_DIR "/check_message.py");

// Header fields carry domains as A-labels (RFC 5890); computed here with Qt directly.
QString wireAddress(const QString& address)
{
    const int at = int(address.lastIndexOf(QLatin1Char('@')));
    return address.left(at + 1) + QString::fromLatin1(QUrl::toAce(address.mid(at + 1)));
}

// What the reader should show for a text body: "\n" line ends, ending with one.
QString expectedText(const QString& text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestMimePython : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pythonReadsWhatWeWrote_data();
    void pythonReadsWhatWeWrote();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    QString writeRandomFile(const QString& name, qint64 size, quint32 seed);
    bool buildScenario(const QString& scenario, MailMessage* m, QString* structure, bool* allow8Bit);
    QJsonObject runChecker(const QString& messagePath);
    QTemporaryDir m_dir;
};

void TestMimePython::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(kPython), "the independent check needs /usr/bin/python3");
    QVERIFY2(QFileInfo::exists(kScript), qPrintable(kScript));
}

QString TestMimePython::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("files-") + QString::number(QRandomGenerator::global()->generate()) + QLatin1Char('-') + name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestMimePython::writeRandomFile(const QString& name, qint64 size, quint32 seed)
{
    QByteArray content(int(size), Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char& c : content)
        c = char(rng.bounded(256));
    return writeFile(name, content);
}

bool TestMimePython::buildScenario(const QString& scenario, MailMessage* m, QString* structure, bool* allow8Bit)
{
    m->from = {QStringLiteral("Alice Example"), QStringLiteral("alice@example.com")};
    m->to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
    m->subject = QStringLiteral("Plain subject");
    m->textBody = QStringLiteral("Hello Bob,\nsee you.\n");
    *structure = QStringLiteral("text/plain");
    *allow8Bit = false;

    if (scenario == QLatin1String("ASCII")) {
        m->cc = {{QString(), QStringLiteral("carol@example.net")}};
        m->replyTo = {{QStringLiteral("Alice Replies"), QStringLiteral("replies@example.com")}};
        m->bcc = {{QStringLiteral("Hidden"), QStringLiteral("hidden@example.com")}};
    } else if (scenario == QLatin1String("simplified Chinese")) {
        m->from = {QStringLiteral("张三"), QStringLiteral("zhang@例子.中国")};
        m->to = {{QStringLiteral("李四"), QStringLiteral("li@example.cn")}, {QStringLiteral("王五 (市场部)"), QStringLiteral("wang@例子.中国")}};
        m->subject = QStringLiteral("关于下周会议的安排：请确认时间与地点");
        m->textBody = QStringLiteral("李四你好，\n\n下周一上午十点开会，请准时参加。\n\n张三");
    } else if (scenario == QLatin1String("traditional Chinese, 8BITMIME")) {
        *allow8Bit = true;
        m->from = {QStringLiteral("陳大文"), QStringLiteral("chan@example.com.hk")};
        m->to = {{QStringLiteral("林小美"), QStringLiteral("lam@例子.香港")}};
        m->subject = QStringLiteral("繁體中文主旨：會議記錄與後續跟進事項");
        m->textBody = QStringLiteral("各位同事：\r\n附上會議記錄，請查閱。\r\n謝謝！");
    } else if (scenario == QLatin1String("emoji")) {
        m->from = {QStringLiteral("🦊 Fox"), QStringLiteral("fox@example.com")};
        m->to = {{QStringLiteral("👨‍👩‍👧 Family"), QStringLiteral("family@example.com")}};
        m->subject = QStringLiteral("Party 🎉🎂 tonight! 😀😀😀 👍🏽");
        m->textBody = QStringLiteral("Bring snacks 🍕🍟🍩 and music 🎶.\nSee you 👋");
        m->htmlBody = QStringLiteral("<p>Bring snacks 🍕🍟🍩</p>");
        *structure = QStringLiteral("multipart/alternative[text/plain,text/html]");
    } else if (scenario == QLatin1String("300-character subject")) {
        QString subject;
        const QStringList pieces = {QStringLiteral("Quarterly report"), QStringLiteral("季度报告"), QStringLiteral("😀"),
                                    QStringLiteral("(draft, v2)"), QStringLiteral("繁體"), QStringLiteral("naïve café")};
        for (int i = 0; subject.size() < 300; ++i)
            subject += pieces.at(i % pieces.size()) + QLatin1Char(' ');
        m->subject = subject.left(300).trimmed(); // 299 or 300 characters
    } else if (scenario == QLatin1String("names with quotes and commas")) {
        m->from = {QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.com")};
        m->to = {{QStringLiteral("Jane \"JJ\" Doe"), QStringLiteral("jj@example.com")},
                 {QStringLiteral("O'Brien, Pat (Sales)"), QStringLiteral("pat@example.ie")},
                 {QStringLiteral("C:\\Users\\bob"), QStringLiteral("bob@example.org")},
                 {QStringLiteral("=?UTF-8?B?not-encoded?="), QStringLiteral("trick@example.org")},
                 {QStringLiteral("Team: <A>; B @ C"), QStringLiteral("team@example.org")},
                 {QStringLiteral("张, 三 \"老张\""), QStringLiteral("zhang@example.cn")}};
        m->cc = {{QStringLiteral("Dr. Jane Q. Public, Ph.D., Department of Redundancy Department, Office 42"),
                  QStringLiteral("jqp@example.com")},
                 {QStringLiteral("Prof. John \"Jack\" Smith, Chair of the Committee on Committees (Emeritus), Room 101"),
                  QStringLiteral("js@example.com")},
                 {QStringLiteral("Zhang San 张三 Marketing Department 市场部 Beijing Office 北京办公室 Room 1203"),
                  QStringLiteral("zs@example.cn")}};
    } else if (scenario == QLatin1String("attachments: empty, large, Chinese names")) {
        m->attachments = {
            {writeFile(QStringLiteral("empty.txt"), QByteArray()), QString(), QString(), QString()},
            {writeRandomFile(QStringLiteral("large.bin"), 3 * 1024 * 1024 + 17, 7), QStringLiteral("large.bin"), QString(), QString()},
            {writeRandomFile(QStringLiteral("cn.pdf"), 4000, 8), QStringLiteral("报告.pdf"), QString(), QString()},
            {writeRandomFile(QStringLiteral("long.xlsx"), 1000, 9),
             QStringLiteral("年度报告-2024年第四季度财务数据汇总与分析说明文件最终版本（修订稿）.xlsx"), QString(), QString()},
            {writeRandomFile(QStringLiteral("tw.docx"), 57, 10), QStringLiteral("會議記錄 2024年3月.docx"), QString(), QString()},
            {writeRandomFile(QStringLiteral("e.png"), 58, 11), QStringLiteral("😀 smile; \"quoted\", name.png"), QString(), QString()},
        };
        *structure = QStringLiteral("multipart/mixed[text/plain,text/plain,application/octet-stream,application/pdf,"
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png]");
    } else if (scenario == QLatin1String("CRLF and dot-leading lines")) {
        m->textBody = QStringLiteral("line one\r\n.\r\n..two dots\r\n.leading\rbare CR\nbare LF\r\n\r\nFrom here\n. \n");
        m->htmlBody = QStringLiteral("<p>\r\n.\r\n</p>\n..\n");
        *structure = QStringLiteral("multipart/alternative[text/plain,text/html]");
    } else if (scenario == QLatin1String("quoted-printable and long lines")) {
        m->textBody = QStringLiteral("Café crème, déjà vu — naïve résumé. ").repeated(40) + QLatin1Char('\n')
            + QString(2000, QLatin1Char('x')) + QStringLiteral("\ntrailing space \n=3D literal\n.");
    } else if (scenario == QLatin1String("html, inline images and attachments")) {
        m->textBody = QStringLiteral("Logo below.");
        m->htmlBody = QStringLiteral("<p>Logo: <img src=\"cid:logo@example.com\"> and <img src=\"cid:photo@example.com\"></p>");
        m->inlineImages = {
            {writeFile(QStringLiteral("logo.png"), QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(500, 'p')),
             QString(), QString(), QStringLiteral("logo@example.com")},
            {writeRandomFile(QStringLiteral("photo.jpg"), 20000, 12), QStringLiteral("照片.jpg"), QString(), QStringLiteral("photo@example.com")},
        };
        m->attachments = {{writeRandomFile(QStringLiteral("a.zip"), 70000, 13), QStringLiteral("压缩包.zip"), QString(), QString()},
                          {writeFile(QStringLiteral("notes.txt"), "plain notes\r\n"), QString(), QString(), QString()}};
        m->cc = {{QStringLiteral("陳大文"), QStringLiteral("chan@example.hk")}};
        *structure = QStringLiteral("multipart/mixed[multipart/alternative[text/plain,multipart/related[text/html,image/png,"
                                    "image/jpeg]],application/zip,text/plain]");
    } else {
        return false;
    }
    return true;
}

QJsonObject TestMimePython::runChecker(const QString& messagePath)
{
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    python.setProcessEnvironment(env);
    QSignalSpy finished(&python, &QProcess::finished);
    python.start(kPython, {kScript, messagePath});
    if (!finished.wait(60000)) {
        python.kill();
        qWarning() << "check_message.py did not finish in 60 s";
        return {};
    }
    const QByteArray stderrText = python.readAllStandardError();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning().noquote() << "check_message.py failed:" << stderrText;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad JSON from check_message.py:" << error.errorString();
    return doc.object();
}

void TestMimePython::pythonReadsWhatWeWrote_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char* name : {"ASCII", "simplified Chinese", "traditional Chinese, 8BITMIME", "emoji", "300-character subject",
                             "names with quotes and commas", "attachments: empty, large, Chinese names",
                             "CRLF and dot-leading lines", "quoted-printable and long lines",
                             "html, inline images and attachments"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

void TestMimePython::pythonReadsWhatWeWrote()
{
    QFETCH(QString, scenario);
    MailMessage m;
    QString structure;
    bool allow8Bit = false;
    QVERIFY(buildScenario(scenario, &m, &structure, &allow8Bit));

    MimeWriter::Options options;
    options.allow8Bit = allow8Bit;
    QString error;
    auto writer = MimeWriter::create(m, options, &error);
    QVERIFY2(writer, qPrintable(error));

    // Write the message the way the session reads it: 64 KiB at a time.
    const QString messagePath = m_dir.filePath(QStringLiteral("message.eml"));
    {
        QFile out(messagePath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        while (!writer->atEnd()) {
            const qint64 n = writer->read(buffer.data(), buffer.size());
            QVERIFY2(n > 0, qPrintable(writer->errorString()));
            QCOMPARE(out.write(buffer.constData(), n), n);
            total += n;
        }
        QCOMPARE(total, writer->size());
    }

    const QJsonObject r = runChecker(messagePath);
    QVERIFY2(!r.isEmpty(), "no result from check_message.py");

    // Python found nothing wrong with the MIME structure.
    QVERIFY2(r.value("defects").toArray().isEmpty(), QJsonDocument(r.value("defects").toArray()).toJson().constData());
    // Header defects: only the deliberate RFC 2047 `name=` hint for pre-RFC 2231 readers on a
    // non-ASCII file name (HeaderEncoding::legacyParameter), and it must still decode right.
    QJsonArray parts = r.value("parts").toArray();
    for (const QJsonValue& v : r.value("header_defects").toArray()) {
        const QJsonObject d = v.toObject();
        const QString defect = d.value("defect").toString();
        QVERIFY2(d.value("header").toString() == QLatin1String("Content-Type")
                     && (defect.contains(QLatin1String("encoded word inside quoted string"))
                         || defect.contains(QLatin1String("missing trailing whitespace after encoded-word"))),
                 QJsonDocument(d).toJson().constData());
        bool checked = false;
        for (const QJsonValue& p : parts) {
            const QJsonObject part = p.toObject();
            if (part.value("path") == d.value("part")) {
                QCOMPARE(part.value("params").toObject().value("name").toString(), part.value("filename").toString());
                checked = true;
            }
        }
        QVERIFY(checked);
    }

    const QJsonObject raw = r.value("raw").toObject();
    QVERIFY(raw.value("max_line").toInt() <= 998);
    QCOMPARE(raw.value("bare_cr").toInt(), 0);
    QCOMPARE(raw.value("bare_lf").toInt(), 0);
    QVERIFY(raw.value("ends_with_crlf").toBool());
    QCOMPARE(raw.value("eight_bit").toBool(), writer->needs8BitMime());
    QCOMPARE(writer->needs8BitMime(), allow8Bit);
    QVERIFY(!raw.value("header_names").toVariant().toStringList().contains(QStringLiteral("Bcc"), Qt::CaseInsensitive));
    QVERIFY(!r.value("headers").toObject().contains(QStringLiteral("bcc")));

    // Headers as a reader shows them.
    QCOMPARE(r.value("subject").toString(), m.subject);
    QCOMPARE(r.value("message_id").toString(), QLatin1Char('<') + writer->messageId() + QLatin1Char('>'));
    QVERIFY(!r.value("date_iso").toString().isEmpty());
    const auto compareMailboxes = [](const QJsonValue& actual, const QList<MailAddress>& expected) {
        if (expected.isEmpty())
            return actual.isNull();
        const QJsonArray list = actual.toArray();
        if (list.size() != expected.size())
            return false;
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject a = list.at(i).toObject();
            if (a.value("name").toString() != expected.at(i).name.simplified()
                || a.value("address").toString() != wireAddress(expected.at(i).address)) {
                qWarning() << "got" << a << "expected" << expected.at(i).name << expected.at(i).address;
                return false;
            }
        }
        return true;
    };
    QVERIFY(compareMailboxes(r.value("from"), {m.from}));
    QVERIFY(compareMailboxes(r.value("to"), m.to));
    QVERIFY(compareMailboxes(r.value("cc"), m.cc));
    QVERIFY(compareMailboxes(r.value("reply_to"), m.replyTo));

    // Structure and bodies.
    QCOMPARE(r.value("structure").toString(), structure);
    QList<QJsonObject> texts;
    QList<QJsonObject> files;
    for (const QJsonValue& p : parts) {
        const QJsonObject part = p.toObject();
        if (part.contains("text") && part.value("filename").isNull())
            texts << part;
        else
            files << part;
    }
    QStringList expectedTexts;
    if (!m.textBody.isEmpty() || m.htmlBody.isEmpty())
        expectedTexts << expectedText(m.textBody);
    if (!m.htmlBody.isEmpty())
        expectedTexts << expectedText(m.htmlBody);
    QCOMPARE(texts.size(), expectedTexts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(texts.at(i).value("text").toString(), expectedTexts.at(i));
        QCOMPARE(texts.at(i).value("params").toObject().value("charset").toString(), QStringLiteral("utf-8"));
    }

    const QList<MailAttachment> expectedFiles = m.inlineImages + m.attachments;
    QCOMPARE(files.size(), expectedFiles.size());
    for (int i = 0; i < files.size(); ++i) {
        const MailAttachment& a = expectedFiles.at(i);
        const QJsonObject part = files.at(i);
        const bool isInline = i < m.inlineImages.size();
        QCOMPARE(part.value("filename").toString(), a.fileName.isEmpty() ? QFileInfo(a.filePath).fileName() : a.fileName);
        QCOMPARE(part.value("disposition").toString(), isInline ? QStringLiteral("inline") : QStringLiteral("attachment"));
        QCOMPARE(part.value("size").toInteger(), QFileInfo(a.filePath).size());
        QCOMPARE(part.value("sha256").toString().toLatin1(), sha256OfFile(a.filePath));
        QCOMPARE(part.value("cte").toString(), QStringLiteral("base64"));
        if (isInline)
            QCOMPARE(part.value("content_id").toString(), QLatin1Char('<') + a.contentId + QLatin1Char('>'));
    }
}

QTEST_GUILESS_MAIN(TestMimePython)
#include "tst_mimepython.moc"
