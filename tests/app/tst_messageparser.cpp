// MessageParser: GMime's reading of messages, the sandbox viewer's independent reader. Messages
// come from Qourier's own MimeWriter (the producer whose output the viewer exists to check) and
// from hand-written sources exercising what other mail programs send: RFC 2047 Chinese in
// GB2312/GBK/Big5, RFC 2231 file names, multipart/related inside alternative inside mixed,
// message/rfc822, groups.

#include "MessageParser.h"
#include "MimeWriter.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

class tst_MessageParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mimeWriterMultipart();
    void mimeWriterPlainText();
    void encodedWordSubject_data();
    void encodedWordSubject();
    void everyHeaderFieldInOrder();
    void encodedWordAddresses();
    void handWrittenMultipart();
    void unreferencedInlinePartIsAnAttachment();
    void groups();
    void dateKeepsItsZone();
    void readHeadersStopsAtTheBody();
    void unreadableInput_data();
    void unreadableInput();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    static QByteArray png(int size, QColor color);

    QTemporaryDir m_dir;
};

void tst_MessageParser::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_MessageParser::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

QByteArray tst_MessageParser::png(int size, QColor color)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void tst_MessageParser::mimeWriterMultipart()
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char(i * 7 % 256)); // every byte value, NUL and CR/LF included
    const QByteArray logo = png(16, Qt::red);
    const QString binaryPath = writeFile(QStringLiteral("data.bin"), binary);
    const QString logoPath = writeFile(QStringLiteral("logo.png"), logo);
    const QString notesPath = writeFile(QStringLiteral("notes.txt"), QStringLiteral("第一行\n第二行\n").toUtf8());
    QVERIFY(!binaryPath.isEmpty() && !logoPath.isEmpty() && !notesPath.isEmpty());

    MailMessage m;
    m.from = {QStringLiteral("张三"), QStringLiteral("zhang@example.cn")};
    m.to = {{QStringLiteral("Bob Example"), QStringLiteral("bob@example.org")}};
    m.cc = {{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.net")}};
    m.bcc = {{QString(), QStringLiteral("dave@example.com")}};
    m.subject = QStringLiteral("季度报告 — quarterly report for Q3, with a subject long enough to be folded over lines");
    m.date = QDateTime(QDate(2026, 11, 23), QTime(16, 0), Qt::OffsetFromUTC, 8 * 3600);
    m.messageId = QStringLiteral("report-1@example.cn");
    m.textBody = QStringLiteral("Hello Bob,\n你好！\n\n.a line with a leading dot\n");
    m.htmlBody = QStringLiteral("<p>Hello Bob, 你好！</p><p><img src=\"cid:logo@qourier.test\"></p>");
    m.inlineImages = {{logoPath, QString(), QStringLiteral("image/png"), QStringLiteral("logo@qourier.test")}};
    m.attachments = {{binaryPath, QStringLiteral("数据 2026.bin"), QStringLiteral("application/octet-stream"), {}},
                     {notesPath, QString(), QString(), {}}};

    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    QVERIFY2(writer, qPrintable(error));
    const QByteArray bytes = writer->readAll();
    QVERIFY(!bytes.contains("dave@example.com")); // RFC 5322 §3.6.3: no Bcc field written

    const ParsedMessage p = MessageParser::parse(bytes);
    QVERIFY2(p.valid, qPrintable(p.error));
    QCOMPARE(p.raw, bytes);
    QCOMPARE(p.subject, m.subject);
    QCOMPARE(p.from.size(), 1);
    QCOMPARE(p.from.at(0).name, QStringLiteral("张三"));
    QCOMPARE(p.from.at(0).address, QStringLiteral("zhang@example.cn"));
    QCOMPARE(p.from.at(0).display(), QStringLiteral("张三 <zhang@example.cn>"));
    QCOMPARE(p.to.size(), 1);
    QCOMPARE(p.to.at(0).address, QStringLiteral("bob@example.org"));
    QCOMPARE(p.cc.size(), 1);
    QCOMPARE(p.cc.at(0).name, QStringLiteral("Doe, Jane"));
    QVERIFY(p.bcc.isEmpty());
    QCOMPARE(p.date, m.date);
    QCOMPARE(p.date.offsetFromUtc(), 8 * 3600);
    QCOMPARE(p.messageId, m.messageId);
    QCOMPARE(p.header(QStringLiteral("subject")), m.subject);

    QCOMPARE(p.textBody, m.textBody);
    QVERIFY(p.htmlBody.contains(QStringLiteral("你好")));
    QVERIFY(p.htmlBody.contains(QStringLiteral("cid:logo@qourier.test")));

    QCOMPARE(p.inlineParts.size(), 1);
    const ParsedPart* inlineLogo = p.inlinePart(QStringLiteral("<logo@qourier.test>"));
    QVERIFY(inlineLogo);
    QCOMPARE(inlineLogo->mimeType, QStringLiteral("image/png"));
    QCOMPARE(inlineLogo->data, logo);

    // The referenced inline image is not an attachment; both files are, byte for byte.
    QCOMPARE(p.attachments.size(), 2);
    QCOMPARE(p.attachments.at(0).fileName, QStringLiteral("数据 2026.bin"));
    QCOMPARE(p.attachments.at(0).mimeType, QStringLiteral("application/octet-stream"));
    QCOMPARE(p.attachments.at(0).disposition, QStringLiteral("attachment"));
    QCOMPARE(p.attachments.at(0).data, binary);
    QCOMPARE(p.attachments.at(1).fileName, QStringLiteral("notes.txt"));
    QCOMPARE(p.attachments.at(1).mimeType, QStringLiteral("text/plain"));
    QCOMPARE(p.attachments.at(1).data, QStringLiteral("第一行\n第二行\n").toUtf8());
}

void tst_MessageParser::mimeWriterPlainText()
{
    MailMessage m;
    m.from = {QString(), QStringLiteral("alice@example.org")};
    m.to = {{QStringLiteral("李四"), QStringLiteral("li@example.cn")}};
    m.subject = QStringLiteral("plain");
    m.textBody = QStringLiteral("Only text.\nZweite Zeile: äöü\n");
    for (const bool eightBit : {false, true}) {
        MimeWriter::Options options;
        options.allow8Bit = eightBit;
        QString error;
        auto writer = MimeWriter::create(m, options, &error);
        QVERIFY2(writer, qPrintable(error));
        const ParsedMessage p = MessageParser::parse(writer->readAll());
        QVERIFY(p.valid);
        QCOMPARE(p.textBody, m.textBody);
        QVERIFY(p.htmlBody.isEmpty());
        QVERIFY(p.attachments.isEmpty());
        QCOMPARE(p.to.at(0).name, QStringLiteral("李四"));
    }
}

void tst_MessageParser::encodedWordSubject_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");
    // RFC 2047 §4.1 "B", §4.2 "Q"; the charsets Chinese mail really uses.
    QTest::addRow("UTF-8 B") << QByteArray("=?UTF-8?B?5a2j5bqm5oql5ZGK?=") << QStringLiteral("季度报告");
    QTest::addRow("GB2312 B") << QByteArray("=?GB2312?B?vL62yLGouOY=?=") << QStringLiteral("季度报告");
    QTest::addRow("GBK Q") << QByteArray("=?gbk?Q?=BC=BE=B6=C8=B1=A8=B8=E6?=") << QStringLiteral("季度报告");
    QTest::addRow("Big5 B") << QByteArray("=?big5?B?wWPF6aSkpOU=?=") << QStringLiteral("繁體中文");
    // RFC 2047 §6.2: white space between adjacent encoded-words is not displayed.
    QTest::addRow("folded between encoded-words") << QByteArray("=?UTF-8?B?5L2g5aW9?=\r\n =?UTF-8?B?5LiW55WM?=")
                                                  << QStringLiteral("你好世界");
    QTest::addRow("mixed with ASCII") << QByteArray("Re: =?UTF-8?Q?caf=C3=A9?= menu")
                                      << QStringLiteral("Re: café menu");
    QTest::addRow("Q underscore is space") << QByteArray("=?UTF-8?Q?two_words?=") << QStringLiteral("two words");
    QTest::addRow("plain folded") << QByteArray("a long\r\n subject") << QStringLiteral("a long subject");
    QTest::addRow("raw UTF-8 (RFC 6532)") << QStringLiteral("直接的 UTF-8").toUtf8() << QStringLiteral("直接的 UTF-8");
}

void tst_MessageParser::encodedWordSubject()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, decoded);
    const QByteArray message = "From: a@example.org\r\nTo: b@example.org\r\nSubject: " + raw
        + "\r\nX-Same: " + raw + "\r\n\r\nbody\r\n";
    const ParsedMessage p = MessageParser::parse(message);
    QVERIFY(p.valid);
    QCOMPARE(p.subject, decoded);
    QCOMPARE(p.header(QStringLiteral("Subject")), decoded);
    // An unknown header is unstructured text (RFC 5322 §3.6.8) and decoded the same way.
    QCOMPARE(p.header(QStringLiteral("x-same")), decoded);
    QCOMPARE(p.headers.at(2).name, QStringLiteral("Subject"));
    QCOMPARE(p.headers.at(2).rawValue.toUtf8(), raw);
}

void tst_MessageParser::everyHeaderFieldInOrder()
{
    // GMime keeps Content-* fields on the body part; the list still has all of them, in order.
    const ParsedMessage p = MessageParser::parse("From: a@example.org\r\n"
                                                 "Content-Type: text/plain; charset=utf-8\r\n"
                                                 "Subject: s\r\n"
                                                 "MIME-Version: 1.0\r\n"
                                                 "Content-Transfer-Encoding: 8bit\r\n"
                                                 "Received: from a by b;\r\n Mon, 23 Nov 2026 16:00:00 +0000\r\n"
                                                 "Received: from c by d; Mon, 23 Nov 2026 15:00:00 +0000\r\n"
                                                 "\r\nbody\r\n");
    QVERIFY(p.valid);
    QStringList names;
    for (const ParsedHeader& h : p.headers)
        names << h.name;
    QCOMPARE(names, (QStringList{"From", "Content-Type", "Subject", "MIME-Version", "Content-Transfer-Encoding",
                                 "Received", "Received"}));
    QCOMPARE(p.headers.at(1).value, QStringLiteral("text/plain; charset=utf-8"));
    QCOMPARE(p.headers.at(5).value, QStringLiteral("from a by b; Mon, 23 Nov 2026 16:00:00 +0000"));
}

void tst_MessageParser::encodedWordAddresses()
{
    const QByteArray message = "From: =?UTF-8?B?5byg5LiJ?= <zhang@example.cn>\r\n"
                               "To: \"Doe, Jane\" <jane@example.org>, =?GB2312?B?vL62yLGouOY=?= <li@example.cn>,\r\n"
                               " plain@example.net\r\n"
                               "Cc: =?UTF-8?Q?Jos=C3=A9?= <jose@example.es>\r\n"
                               "Bcc: hidden@example.org\r\n"
                               "Subject: x\r\n\r\nbody\r\n";
    const ParsedMessage p = MessageParser::parse(message);
    QVERIFY(p.valid);
    QCOMPARE(p.from.at(0).name, QStringLiteral("张三"));
    QCOMPARE(p.to.size(), 3);
    QCOMPARE(p.to.at(0).name, QStringLiteral("Doe, Jane"));
    QCOMPARE(p.to.at(1).name, QStringLiteral("季度报告"));
    QCOMPARE(p.to.at(1).address, QStringLiteral("li@example.cn"));
    QCOMPARE(p.to.at(2).name, QString());
    QCOMPARE(p.to.at(2).display(), QStringLiteral("plain@example.net"));
    QCOMPARE(p.cc.at(0).display(), QStringLiteral("José <jose@example.es>"));
    QCOMPARE(p.bcc.size(), 1);
    QCOMPARE(p.bcc.at(0).address, QStringLiteral("hidden@example.org"));
    QVERIFY(p.header(QStringLiteral("To")).contains(QStringLiteral("季度报告")));
}

void tst_MessageParser::handWrittenMultipart()
{
    const QByteArray logo = png(8, Qt::blue);
    const QByteArray pdf = "%PDF-1.4\n% fake but binary: \x01\x02\xff\xfe\n%%EOF\n";
    // What a typical mail program sends: mixed( alternative( text, related( html, image ) ),
    // attachment with an RFC 2231 UTF-8 name, forwarded message ).
    const QByteArray message =
        "From: Alice <alice@example.org>\r\n"
        "To: bob@example.org\r\n"
        "Subject: =?UTF-8?B?5oql5ZGK?=\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
        "\r\n"
        "This is a multi-part message in MIME format.\r\n"
        "--outer\r\n"
        "Content-Type: multipart/alternative; boundary=\"alt\"\r\n"
        "\r\n"
        "--alt\r\n"
        "Content-Type: text/plain; charset=gb2312\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        "=B8=BD=BC=FE=CB=B5=C3=F7=A3=BA=C7=EB=B2=E9=CA=D5=A1=A3\r\n"
        "--alt\r\n"
        "Content-Type: multipart/related; boundary=\"rel\"; type=\"text/html\"\r\n"
        "\r\n"
        "--rel\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        + QStringLiteral("<p>附件说明</p><img src=\"cid:chart.1@example.org\">").toUtf8().toBase64() + "\r\n"
        "--rel\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-ID: <chart.1@example.org>\r\n"
        "Content-Disposition: inline\r\n"
        "\r\n"
        + logo.toBase64() + "\r\n"
        "--rel--\r\n"
        "--alt--\r\n"
        "--outer\r\n"
        "Content-Type: application/pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf\r\n"
        "\r\n"
        + pdf.toBase64() + "\r\n"
        "--outer\r\n"
        "Content-Type: message/rfc822\r\n"
        "Content-Disposition: attachment\r\n"
        "\r\n"
        "From: carol@example.net\r\n"
        "Subject: Forwarded one\r\n"
        "\r\n"
        "Inner body.\r\n"
        "--outer--\r\n";

    const ParsedMessage p = MessageParser::parse(message);
    QVERIFY2(p.valid, qPrintable(p.error));
    QCOMPARE(p.subject, QStringLiteral("报告"));
    QCOMPARE(p.textBody.trimmed(), QStringLiteral("附件说明：请查收。")); // GB2312, quoted-printable
    QCOMPARE(p.htmlBody, QStringLiteral("<p>附件说明</p><img src=\"cid:chart.1@example.org\">"));
    QCOMPARE(p.inlineParts.size(), 1);
    QCOMPARE(p.inlineParts.at(0).contentId, QStringLiteral("chart.1@example.org"));
    QCOMPARE(p.inlineParts.at(0).data, logo);
    QVERIFY(p.inlinePart(QStringLiteral("CHART.1@example.org"))); // RFC 2392 ids compare case-insensitively here

    QCOMPARE(p.attachments.size(), 2);
    QCOMPARE(p.attachments.at(0).fileName, QStringLiteral("报告.pdf")); // RFC 2231 §4
    QCOMPARE(p.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(p.attachments.at(0).data, pdf);
    QCOMPARE(p.attachments.at(1).mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(p.attachments.at(1).fileName, QStringLiteral("Forwarded one.eml"));
    QVERIFY(p.attachments.at(1).data.contains("Inner body."));
}

void tst_MessageParser::unreferencedInlinePartIsAnAttachment()
{
    const QByteArray message = "From: a@example.org\r\n"
                               "Content-Type: multipart/related; boundary=b\r\n"
                               "\r\n"
                               "--b\r\n"
                               "Content-Type: text/html\r\n"
                               "\r\n"
                               "<p>no image referenced</p>\r\n"
                               "--b\r\n"
                               "Content-Type: image/gif; name=\"orphan.gif\"\r\n"
                               "Content-ID: <orphan@x>\r\n"
                               "Content-Transfer-Encoding: base64\r\n"
                               "\r\n"
                               "R0lGODlhAQABAAAAACw=\r\n"
                               "--b--\r\n";
    const ParsedMessage p = MessageParser::parse(message);
    QVERIFY(p.valid);
    QCOMPARE(p.inlineParts.size(), 1);
    // Nothing would show it: a mail program lists it, and so does the viewer.
    QCOMPARE(p.attachments.size(), 1);
    QCOMPARE(p.attachments.at(0).fileName, QStringLiteral("orphan.gif"));
    QCOMPARE(p.attachments.at(0).data, QByteArray::fromBase64("R0lGODlhAQABAAAAACw="));
}

void tst_MessageParser::groups()
{
    const ParsedMessage p = MessageParser::parse("From: a@example.org\r\n"
                                                 "To: Undisclosed recipients:;\r\n"
                                                 "Cc: Team: one@example.org, Two <two@example.org>;\r\n"
                                                 "\r\nx\r\n");
    QVERIFY(p.valid);
    QVERIFY(p.to.isEmpty()); // RFC 5322 §3.4: an empty group names nobody
    QCOMPARE(p.cc.size(), 2);
    QCOMPARE(p.cc.at(0).group, QStringLiteral("Team"));
    QCOMPARE(p.cc.at(1).display(), QStringLiteral("Two <two@example.org>"));
}

void tst_MessageParser::dateKeepsItsZone()
{
    const ParsedMessage p = MessageParser::parse("From: a@example.org\r\n"
                                                 "Date: Mon, 23 Nov 2026 16:00:00 +0800\r\n"
                                                 "\r\nx\r\n");
    QVERIFY(p.valid);
    QVERIFY(p.date.isValid());
    QCOMPARE(p.date.offsetFromUtc(), 8 * 3600);
    QCOMPARE(p.date.toUTC(), QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));

    const ParsedMessage none = MessageParser::parse("From: a@example.org\r\n\r\nx\r\n");
    QVERIFY(!none.date.isValid());
}

void tst_MessageParser::readHeadersStopsAtTheBody()
{
    QByteArray body;
    for (int i = 0; i < 20000; ++i)
        body += "Subject: not a header, body line " + QByteArray::number(i) + "\r\n";
    const QString path = writeFile(QStringLiteral("big.eml"), "From: =?UTF-8?B?5byg5LiJ?= <zhang@example.cn>\r\n"
                                                              "Subject: the real one\r\n"
                                                              "\r\n"
                                                              + body);
    MessageParser parser;
    const ParsedMessage summary = parser.readHeaders(path);
    QVERIFY2(summary.valid, qPrintable(summary.error));
    QVERIFY(summary.headersOnly);
    QCOMPARE(summary.subject, QStringLiteral("the real one"));
    QCOMPARE(summary.from.at(0).name, QStringLiteral("张三"));
    QVERIFY(summary.textBody.isEmpty());
    QVERIFY(!summary.raw.contains("body line"));

    const ParsedMessage full = parser.read(path);
    QVERIFY(full.valid);
    QVERIFY(!full.headersOnly);
    QVERIFY(full.textBody.contains(QStringLiteral("body line 19999")));
}

void tst_MessageParser::unreadableInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("missing file") << QStringLiteral("does-not-exist.eml") << QByteArray();
    QTest::addRow("empty file") << QStringLiteral("empty.eml") << QByteArray("");
    QTest::addRow("only blank lines") << QStringLiteral("blank.eml") << QByteArray("\r\n\r\n");
}

void tst_MessageParser::unreadableInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = bytes.isNull() ? m_dir.filePath(name) : writeFile(name, bytes);
    MessageParser parser;
    const ParsedMessage full = parser.read(path);
    QVERIFY(!full.valid);
    QVERIFY(!full.error.isEmpty());
    const ParsedMessage summary = parser.readHeaders(path);
    QVERIFY(!summary.valid);
    QVERIFY(!summary.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MessageParser)
#include "tst_messageparser.moc"
