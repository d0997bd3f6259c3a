// SandboxCommandParser: RFC 5321 §4.1 command syntax, accepted and refused, with the reply code
// each refusal gets. Data-driven; every row names the rule it exercises.
#include "SandboxCommandParser.h"

#include <QtTest>

Q_DECLARE_METATYPE(SandboxClientCommand::Verb)

class tst_SandboxCommandParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void mailParameters();
    void bdat();
    void auth();
    void garbageNeverCrashes();
};

using Verb = SandboxClientCommand::Verb;

void tst_SandboxCommandParser::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Verb>("verb");
    QTest::addColumn<int>("errorCode"); // 0 = accepted
    QTest::addColumn<QByteArray>("path");

    QTest::addRow("EHLO domain") << QByteArray("EHLO client.example.org") << Verb::Ehlo << 0 << QByteArray();
    QTest::addRow("ehlo lower case verb (RFC 5321 §2.4)") << QByteArray("ehlo client") << Verb::Ehlo << 0 << QByteArray();
    QTest::addRow("EHLO IPv4 literal") << QByteArray("EHLO [127.0.0.1]") << Verb::Ehlo << 0 << QByteArray();
    QTest::addRow("EHLO IPv6 literal") << QByteArray("EHLO [IPv6:::1]") << Verb::Ehlo << 0 << QByteArray();
    QTest::addRow("EHLO without argument: 501") << QByteArray("EHLO") << Verb::Ehlo << 501 << QByteArray();
    QTest::addRow("EHLO two arguments: 501") << QByteArray("EHLO a b") << Verb::Ehlo << 501 << QByteArray();
    QTest::addRow("EHLO bad literal: 501") << QByteArray("EHLO [999.1.1.1]") << Verb::Ehlo << 501 << QByteArray();
    QTest::addRow("EHLO label with hyphen at end: 501") << QByteArray("EHLO bad-.example") << Verb::Ehlo << 501 << QByteArray();
    QTest::addRow("HELO") << QByteArray("HELO client") << Verb::Helo << 0 << QByteArray();
    QTest::addRow("MAIL FROM") << QByteArray("MAIL FROM:<alice@example.org>") << Verb::Mail << 0 << QByteArray("alice@example.org");
    QTest::addRow("mail from: lower case (smtplib)") << QByteArray("mail FROM:<a@b.example>") << Verb::Mail << 0 << QByteArray("a@b.example");
    QTest::addRow("MAIL null reverse path (RFC 5321 §4.5.5)") << QByteArray("MAIL FROM:<>") << Verb::Mail << 0 << QByteArray();
    QTest::addRow("MAIL space after colon: 501 (§4.1.2)") << QByteArray("MAIL FROM: <a@b.example>") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("MAIL without brackets: 501") << QByteArray("MAIL FROM:a@b.example") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("MAIL unterminated path: 501") << QByteArray("MAIL FROM:<a@b.example") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("MAIL no domain: 501") << QByteArray("MAIL FROM:<alice>") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("MAIL double dot in local part: 501") << QByteArray("MAIL FROM:<a..b@example.org>") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("MAIL quoted local part") << QByteArray("MAIL FROM:<\"a b>c\"@example.org>") << Verb::Mail << 0 << QByteArray("\"a b>c\"@example.org");
    QTest::addRow("MAIL address literal domain") << QByteArray("MAIL FROM:<a@[192.0.2.1]>") << Verb::Mail << 0 << QByteArray("a@[192.0.2.1]");
    QTest::addRow("MAIL source route ignored (Appendix C)") << QByteArray("MAIL FROM:<@relay.example,@r2.example:a@b.example>") << Verb::Mail << 0 << QByteArray("a@b.example");
    QTest::addRow("MAIL UTF-8 without SMTPUTF8: 553") << QByteArray("MAIL FROM:<jos\xc3\xa9@example.org>") << Verb::Mail << 553 << QByteArray();
    QTest::addRow("MAIL UTF-8 with SMTPUTF8 (RFC 6531)") << QByteArray("MAIL FROM:<jos\xc3\xa9@example.org> SMTPUTF8") << Verb::Mail << 0 << QByteArray("jos\xc3\xa9@example.org");
    QTest::addRow("MAIL invalid UTF-8: 501") << QByteArray("MAIL FROM:<jos\xc3@example.org> SMTPUTF8") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("MAIL local part of 65 octets: 501 (§4.5.3.1.1)") << QByteArray("MAIL FROM:<" + QByteArray(65, 'a') + "@example.org>") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("MAIL local part of 64 octets") << QByteArray("MAIL FROM:<" + QByteArray(64, 'a') + "@example.org>") << Verb::Mail << 0 << QByteArray(QByteArray(64, 'a') + "@example.org");
    QTest::addRow("MAIL double space before parameter: 501") << QByteArray("MAIL FROM:<a@b.example>  SIZE=1") << Verb::Mail << 501 << QByteArray();
    QTest::addRow("RCPT TO") << QByteArray("RCPT TO:<bob@example.org>") << Verb::Rcpt << 0 << QByteArray("bob@example.org");
    QTest::addRow("RCPT Postmaster (RFC 5321 §4.1.1.3)") << QByteArray("RCPT TO:<Postmaster>") << Verb::Rcpt << 0 << QByteArray("Postmaster");
    QTest::addRow("RCPT null path: 501") << QByteArray("RCPT TO:<>") << Verb::Rcpt << 501 << QByteArray();
    QTest::addRow("RCPT missing TO: 501") << QByteArray("RCPT <bob@example.org>") << Verb::Rcpt << 501 << QByteArray();
    QTest::addRow("DATA") << QByteArray("DATA") << Verb::Data << 0 << QByteArray();
    QTest::addRow("DATA with argument: 501") << QByteArray("DATA now") << Verb::Data << 501 << QByteArray();
    QTest::addRow("RSET") << QByteArray("RSET") << Verb::Rset << 0 << QByteArray();
    QTest::addRow("QUIT") << QByteArray("quit") << Verb::Quit << 0 << QByteArray();
    QTest::addRow("NOOP with argument (§4.1.1.9)") << QByteArray("NOOP hello") << Verb::Noop << 0 << QByteArray();
    QTest::addRow("STARTTLS") << QByteArray("STARTTLS") << Verb::StartTls << 0 << QByteArray();
    QTest::addRow("STARTTLS with argument: 501") << QByteArray("STARTTLS now") << Verb::StartTls << 501 << QByteArray();
    QTest::addRow("VRFY without argument: 501") << QByteArray("VRFY") << Verb::Vrfy << 501 << QByteArray();
    QTest::addRow("unknown verb: 502") << QByteArray("XYZZY") << Verb::Unknown << 502 << QByteArray();
    QTest::addRow("HTTP request line: 502") << QByteArray("GET / HTTP/1.1") << Verb::Unknown << 502 << QByteArray();
    QTest::addRow("empty line: 500") << QByteArray("") << Verb::Unknown << 500 << QByteArray();
    QTest::addRow("NUL inside: 500") << QByteArray("NOOP a\0b", 8) << Verb::Unknown << 500 << QByteArray();
    QTest::addRow("bare CR inside: 500") << QByteArray("NOOP a\rb") << Verb::Unknown << 500 << QByteArray();
}

void tst_SandboxCommandParser::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(Verb, verb);
    QFETCH(int, errorCode);
    QFETCH(QByteArray, path);
    const SandboxClientCommand c = SandboxCommandParser::parse(line);
    QCOMPARE(c.verb, verb);
    QCOMPARE(c.errorCode, errorCode);
    if (errorCode == 0 && (verb == Verb::Mail || verb == Verb::Rcpt))
        QCOMPARE(c.path, path);
    if (errorCode != 0) {
        QVERIFY(!c.errorText.isEmpty());
        QCOMPARE(c.errorEnhanced.at(0), char('0' + errorCode / 100)); // RFC 3463: class matches
    }
}

void tst_SandboxCommandParser::mailParameters()
{
    const SandboxClientCommand c
        = SandboxCommandParser::parse("MAIL FROM:<a@b.example> size=1234 BODY=8BITMIME SMTPUTF8 AUTH=<>");
    QVERIFY(c.ok());
    QCOMPARE(c.parameters.size(), 4);
    QCOMPARE(c.parameters.at(0).first, QByteArray("SIZE")); // keywords upper-cased
    QCOMPARE(c.parameter("SIZE"), QByteArray("1234"));
    QCOMPARE(c.parameter("BODY"), QByteArray("8BITMIME"));
    bool present = false;
    c.parameter("SMTPUTF8", &present);
    QVERIFY(present);
    QCOMPARE(c.parameter("AUTH"), QByteArray("<>"));

    QCOMPARE(SandboxCommandParser::parse("MAIL FROM:<a@b.example> SIZE=").errorCode, 501);
    QCOMPARE(SandboxCommandParser::parse("MAIL FROM:<a@b.example> -X=1").errorCode, 501);
    QCOMPARE(SandboxCommandParser::parse("MAIL FROM:<a@b.example> X=a=b").errorCode, 501);
    QVERIFY(SandboxCommandParser::isXtext("alice+40example.org"));
    QVERIFY(!SandboxCommandParser::isXtext("alice+4"));
    QVERIFY(!SandboxCommandParser::isXtext("a=b"));
}

void tst_SandboxCommandParser::bdat()
{
    SandboxClientCommand c = SandboxCommandParser::parse("BDAT 1000");
    QVERIFY(c.ok());
    QCOMPARE(c.chunkSize, qint64(1000));
    QVERIFY(!c.last);
    c = SandboxCommandParser::parse("bdat 0 last");
    QVERIFY(c.ok());
    QCOMPARE(c.chunkSize, qint64(0));
    QVERIFY(c.last);
    QCOMPARE(SandboxCommandParser::parse("BDAT").errorCode, 501);
    QCOMPARE(SandboxCommandParser::parse("BDAT -1").errorCode, 501);
    QCOMPARE(SandboxCommandParser::parse("BDAT 12 FIRST").errorCode, 501);
    QCOMPARE(SandboxCommandParser::parse("BDAT 1234567890123456789").errorCode, 501); // beyond qint64 range
}

void tst_SandboxCommandParser::auth()
{
    SandboxClientCommand c = SandboxCommandParser::parse("AUTH plain AGFsaWNlAHNlY3JldA==");
    QVERIFY(c.ok());
    QCOMPARE(c.mechanism, QByteArray("PLAIN"));
    QVERIFY(c.hasInitialResponse);
    c = SandboxCommandParser::parse("AUTH PLAIN =");
    QVERIFY(c.ok());
    QCOMPARE(c.initialResponse, QByteArray("="));
    c = SandboxCommandParser::parse("AUTH CRAM-MD5");
    QVERIFY(c.ok());
    QVERIFY(!c.hasInitialResponse);
    QCOMPARE(SandboxCommandParser::parse("AUTH PLAIN not*base64").errorCode, 501);
    QCOMPARE(SandboxCommandParser::parse("AUTH PL@IN").errorCode, 501);
    QCOMPARE(SandboxCommandParser::parse("AUTH").errorCode, 501);
}

void tst_SandboxCommandParser::garbageNeverCrashes()
{
    // Random lines of every byte value: the parser answers each one and never reads outside it.
    QRandomGenerator rng(42);
    const QList<QByteArray> prefixes = {"", "MAIL FROM:<", "RCPT TO:<", "EHLO ", "AUTH ", "BDAT ", "MAIL FROM:<a@b> "};
    for (int i = 0; i < 20000; ++i) {
        QByteArray line = prefixes.at(i % prefixes.size());
        const int n = int(rng.bounded(80));
        for (int k = 0; k < n; ++k)
            line += char(rng.bounded(256));
        const SandboxClientCommand c = SandboxCommandParser::parse(line);
        if (!c.ok())
            QVERIFY2(c.errorCode >= 500 && c.errorCode <= 555, line.toHex().constData());
    }
}

QTEST_GUILESS_MAIN(tst_SandboxCommandParser)
#include "tst_sandboxcommandparser.moc"
