// SmtpReplyParser: CRLF framing across reads, multi-line replies, enhanced codes, limits.
#include "SmtpCapabilities.h"
#include "SmtpReplyParser.h"

#include <QtTest>

class TestSmtpReplyParser : public QObject
{
    Q_OBJECT
private slots:
    void splitByteByByte();
    void coalescedReplies();
    void multiLine();
    void enhancedCodes_data();
    void enhancedCodes();
    void malformed_data();
    void malformed();
    void overlongLine();
    void bareCodeAndEmptyText();
    void gbkText();
    void capabilities();
    void capabilitiesOldAuthForm();
    void smtpSinkEmptyLine();
};

void TestSmtpReplyParser::splitByteByByte()
{
    // RFC 5321 §4.2: a reply may arrive in any number of TCP segments.
    const QByteArray wire = "250-mail.example.org Hello\r\n250-SIZE 1000\r\n250 PIPELINING\r\n";
    SmtpReplyParser p;
    for (int i = 0; i < wire.size(); ++i) {
        QVERIFY(!p.hasReply());
        QVERIFY(p.feed(wire.mid(i, 1)));
    }
    QVERIFY(p.hasReply());
    const SmtpReply r = p.takeReply();
    QCOMPARE(r.code, 250);
    QCOMPARE(r.lines, QStringList({"mail.example.org Hello", "SIZE 1000", "PIPELINING"}));
    QVERIFY(!p.hasReply());
    QVERIFY(!p.hasBufferedInput());
}

void TestSmtpReplyParser::coalescedReplies()
{
    // RFC 2920: pipelined replies come back in one read.
    SmtpReplyParser p;
    QVERIFY(p.feed("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 <x@y>: no such user\r\n354 End data with <CR><LF>.<CR><LF>\r\n25"));
    QCOMPARE(p.takeReply().code, 250);
    QCOMPARE(p.takeReply().code, 250);
    const SmtpReply rej = p.takeReply();
    QCOMPARE(rej.code, 550);
    QCOMPARE(rej.enhancedCode, QStringLiteral("5.1.1"));
    QCOMPARE(rej.text(), QStringLiteral("<x@y>: no such user"));
    QCOMPARE(p.takeReply().code, 354);
    QVERIFY(!p.hasReply());
    QVERIFY(p.hasBufferedInput());
    QVERIFY(p.feed("0 ok\r\n"));
    QCOMPARE(p.takeReply().code, 250);
}

void TestSmtpReplyParser::multiLine()
{
    SmtpReplyParser p;
    QVERIFY(p.feed("535-5.7.8 Username and Password not accepted. Learn more at\r\n"));
    QVERIFY(!p.hasReply());
    QVERIFY(p.feed("535 5.7.8  https://support.example.com/mail/?p=BadCredentials x1\r\n"));
    const SmtpReply r = p.takeReply();
    QCOMPARE(r.code, 535);
    QCOMPARE(r.enhancedCode, QStringLiteral("5.7.8"));
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines.at(0), QStringLiteral("Username and Password not accepted. Learn more at"));
    QVERIFY(r.is(5));
    QVERIFY(r.is(53));
    QVERIFY(r.is(535));
    QVERIFY(!r.is(25));
    QVERIFY(r.isPermanent());
}

void TestSmtpReplyParser::enhancedCodes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addRow("simple") << QByteArray("250 2.0.0 Ok") << "2.0.0" << "Ok";
    QTest::addRow("three-digit parts") << QByteArray("550 5.123.456 x") << "5.123.456" << "x";
    QTest::addRow("none") << QByteArray("250 Ok") << "" << "Ok";
    QTest::addRow("class mismatch kept as text") << QByteArray("250 5.0.0 odd") << "" << "5.0.0 odd";
    QTest::addRow("version number is not a code") << QByteArray("220 2.5 server") << "" << "2.5 server";
    QTest::addRow("code only") << QByteArray("250 2.1.0") << "2.1.0" << "";
}

void TestSmtpReplyParser::enhancedCodes()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    SmtpReplyParser p;
    QVERIFY(p.feed(line + "\r\n"));
    const SmtpReply r = p.takeReply();
    QCOMPARE(r.enhancedCode, enhanced);
    QCOMPARE(r.text(), text);
}

void TestSmtpReplyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addRow("letters") << QByteArray("abc hello\r\n");
    QTest::addRow("short") << QByteArray("25\r\n");
    QTest::addRow("bad separator") << QByteArray("250xhello\r\n");
    QTest::addRow("code 6xx") << QByteArray("650 what\r\n");
    QTest::addRow("code changes mid reply") << QByteArray("250-a\r\n251 b\r\n");
    QTest::addRow("binary") << QByteArray("\x00\x01\x02\r\n", 5);
}

void TestSmtpReplyParser::malformed()
{
    QFETCH(QByteArray, wire);
    SmtpReplyParser p;
    QVERIFY(!p.feed(wire));
    QVERIFY(p.hasError());
    QVERIFY(!p.feed("250 ok\r\n")); // stays failed
}

void TestSmtpReplyParser::overlongLine()
{
    SmtpReplyParser p;
    QByteArray line = "250 " + QByteArray(SmtpReplyParser::MaxLineLength, 'x');
    // Without a line end the buffer must not grow without bound either.
    QVERIFY(!p.feed(line));
    QVERIFY(p.hasError());
    SmtpReplyParser q;
    QVERIFY(!q.feed(line + "\r\n"));
}

void TestSmtpReplyParser::bareCodeAndEmptyText()
{
    SmtpReplyParser p;
    QVERIFY(p.feed("250\r\n250 \r\n220\n"));
    QCOMPARE(p.takeReply().code, 250);
    QCOMPARE(p.takeReply().code, 250);
    QCOMPARE(p.takeReply().code, 220); // bare LF tolerated
}

void TestSmtpReplyParser::gbkText()
{
    // "用户名或密码错误" (wrong user name or password) in GBK, as QQ Mail sends it.
    const QByteArray gbk = QByteArray::fromHex("d3c3bba7c3fbbbf2c3dcc2ebb4edcef3");
    SmtpReplyParser p;
    QVERIFY(p.feed("535 " + gbk + "\r\n"));
    QCOMPARE(p.takeReply().text(), QString::fromUtf8("用户名或密码错误"));
    QVERIFY(p.feed("550 " + QByteArray("邮箱不存在") + "\r\n"));
    QCOMPARE(p.takeReply().text(), QString::fromUtf8("邮箱不存在"));
}

void TestSmtpReplyParser::capabilities()
{
    SmtpReplyParser p;
    QVERIFY(p.feed("250-smtp.example.org at your service\r\n250-size 35882577\r\n250-8BITMIME\r\n"
                   "250-starttls\r\n250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n250-CHUNKING\r\n"
                   "250-auth login PLAIN xoauth2\r\n250 SMTPUTF8\r\n"));
    const SmtpCapabilities c = SmtpCapabilities::fromEhloReply(p.takeReply());
    QCOMPARE(c.serverName, QStringLiteral("smtp.example.org"));
    QVERIFY(c.startTls);
    QVERIFY(c.pipelining);
    QVERIFY(c.chunking);
    QVERIFY(c.eightBitMime);
    QVERIFY(c.smtpUtf8);
    QVERIFY(c.enhancedStatusCodes);
    QVERIFY(c.sizeOffered);
    QCOMPARE(c.sizeLimit, 35882577);
    QCOMPARE(c.authMechanisms, QStringList({"LOGIN", "PLAIN", "XOAUTH2"}));
    QVERIFY(c.supportsAuth("plain"));
}

void TestSmtpReplyParser::capabilitiesOldAuthForm()
{
    SmtpReplyParser p;
    QVERIFY(p.feed("250-old.example\r\n250-AUTH=LOGIN PLAIN\r\n250-AUTH LOGIN CRAM-MD5\r\n250 SIZE\r\n"));
    const SmtpCapabilities c = SmtpCapabilities::fromEhloReply(p.takeReply());
    QCOMPARE(c.authMechanisms, QStringList({"LOGIN", "PLAIN", "CRAM-MD5"}));
    QVERIFY(c.sizeOffered);
    QCOMPARE(c.sizeLimit, 0);
    QVERIFY(!c.startTls);
}

void TestSmtpReplyParser::smtpSinkEmptyLine()
{
    SmtpReplyParser p;
    QVERIFY(p.feed("250-sink\r\n250-PIPELINING\r\n250 \r\n"));
    const SmtpCapabilities c = SmtpCapabilities::fromEhloReply(p.takeReply());
    QVERIFY(c.pipelining);
    QCOMPARE(c.raw, QStringList({"PIPELINING"}));
}

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
