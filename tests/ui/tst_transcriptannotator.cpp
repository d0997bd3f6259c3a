// TranscriptAnnotator: one-line explanations of transcript lines. Rows check facts that any
// wording (and any translation) keeps — RFC numbers, decoded challenges, sizes, codes — never
// whole sentences.

#include "TranscriptAnnotator.h"

#include <QSet>
#include <QtTest>

using Direction = SmtpSession::Direction;
Q_DECLARE_METATYPE(SmtpSession::Direction)

class tst_TranscriptAnnotator : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void silentForLinesWithNothingToSay_data();
    void silentForLinesWithNothingToSay();
    void replyCodesAreDistinguished();
    void enhancedCodeAddsDetail();
    void hiddenCredentialsAreExplained();
    void bdatLastDiffers();
    void ehloFirstLineIsNotAKeyword();
};

void tst_TranscriptAnnotator::explain_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("mustNotMention");

    const auto client = [](const char* name, const QString& line, const QStringList& mentions,
                           const QStringList& not_ = {}) {
        QTest::addRow("C: %s", name) << Direction::Client << line << mentions << not_;
    };
    const auto server = [](const char* name, const QString& line, const QStringList& mentions,
                           const QStringList& not_ = {}) {
        QTest::addRow("S: %s", name) << Direction::Server << line << mentions << not_;
    };

    // --- client commands ---
    client("EHLO", "EHLO client.example.org", {"RFC 5321", "4.1.1.1"});
    client("HELO", "HELO client.example.org", {"RFC 5321"});
    client("STARTTLS", "STARTTLS", {"RFC 3207"});
    client("AUTH PLAIN hidden", "AUTH PLAIN [credentials hidden]", {"PLAIN", "RFC 4616"});
    client("AUTH LOGIN", "AUTH LOGIN", {"LOGIN"});
    client("AUTH CRAM-MD5", "AUTH CRAM-MD5", {"RFC 2195"});
    client("AUTH XOAUTH2", "AUTH XOAUTH2 [credentials hidden]", {"OAuth"});
    client("AUTH other", "AUTH SCRAM-SHA-256", {"SCRAM-SHA-256", "RFC 4954"});
    client("hidden continuation", "[credentials hidden]", {});
    client("cancel AUTH", "*", {"RFC 4954"});
    client("MAIL FROM with parameters", "MAIL FROM:<alice@example.org> SIZE=1234 BODY=8BITMIME SMTPUTF8",
           {"alice@example.org", "RFC 1870", "RFC 6152", "RFC 6531"});
    client("MAIL FROM plain", "MAIL FROM:<alice@example.org>", {"alice@example.org", "4.1.1.2"}, {"RFC 1870"});
    client("MAIL FROM null", "MAIL FROM:<>", {"4.5.5"});
    client("MAIL FROM chinese", QString::fromUtf8("MAIL FROM:<张三@例子.中国> SMTPUTF8"), {QString::fromUtf8("张三@例子.中国"), "RFC 6531"});
    client("RCPT TO", "RCPT TO:<bob@example.org>", {"bob@example.org", "4.1.1.3"});
    client("RCPT TO with DSN", "RCPT TO:<bob@example.org> NOTIFY=FAILURE", {"bob@example.org"});
    client("DATA", "DATA", {"354"});
    client("end of data", ".", {"4.1.1.4"});
    client("BDAT", "BDAT 4096 [4096 bytes of message data]", {"4096", "RFC 3030"});
    client("BDAT LAST", "BDAT 12 LAST [12 bytes of message data]", {"12", "RFC 3030"});
    client("RSET", "RSET", {"4.1.1.5"});
    client("NOOP", "NOOP", {"4.1.1.9"});
    client("QUIT", "QUIT", {"221"});
    client("quit in lower case", "quit", {"221"});

    // --- server replies ---
    server("220 greeting", "220 smtp.example.org ESMTP Postfix", {"4.3.1"});
    server("220 after STARTTLS", "220 2.0.0 Ready to start TLS", {"RFC 3207"});
    server("221", "221 2.0.0 Bye", {"2.0.0"});
    server("235", "235 2.7.0 Authentication successful", {"RFC 4954", "2.7.0"});
    server("250 sender ok", "250 2.1.0 Ok", {"2.1.0"});
    server("250 recipient ok", "250 2.1.5 Ok", {"2.1.5"});
    server("250 queued", "250 2.0.0 Ok: queued as 4XyZ", {"2.0.0"});
    server("251", "251 2.1.5 User not local; will forward", {"2.1.5"});
    server("334 Username", "334 VXNlcm5hbWU6", {"Username:", "RFC 4954"}, {"VXNlcm5hbWU6"});
    server("334 Password", "334 UGFzc3dvcmQ6", {"Password:"});
    server("334 aiosmtpd prompt with NUL", "334 VXNlciBOYW1lAA==", {"User Name"});
    server("334 CRAM-MD5 challenge", "334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+",
           {"<1896.697170952@postoffice.example.net>", "RFC 4954"});
    server("334 XOAUTH2 error JSON", "334 eyJzdGF0dXMiOiI0MDAifQ==", {"{\"status\":\"400\"}"});
    server("334 empty", "334 ", {"RFC 4954"});
    server("334 not base64", "334 !!!not-base64", {"RFC 4954"}, {"!!!"});
    server("354", "354 End data with <CR><LF>.<CR><LF>", {"4.1.1.4"});
    server("421", "421 4.3.2 Service shutting down", {"4.3.2"});
    server("450 greylisting", "450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted", {"4.2.0"});
    server("451", "451 4.3.0 Error: queue file write error", {"4.3.0"});
    server("452 too many recipients", "452 4.5.3 Too many recipients", {"4.5.3"});
    server("454", "454 4.7.0 TLS not available due to local problem", {"4.7.0"});
    server("500", "500 5.5.2 Error: command not recognized", {"5.5.2"});
    server("501", "501 5.5.4 Syntax: EHLO hostname", {"5.5.4"});
    server("502", "502 5.5.1 Error: command not implemented", {"5.5.1"});
    server("503", "503 5.5.1 Error: need MAIL command", {"5.5.1"});
    server("504", "504 5.5.4 Unrecognized authentication type", {"5.5.4"});
    server("521", "521 5.3.2 This domain accepts no mail", {"RFC 7504"});
    server("530", "530 5.7.0 Must issue a STARTTLS command first", {"RFC 4954", "5.7.0"});
    server("534", "534 5.7.9 Application-specific password required", {"RFC 4954", "5.7.9"});
    server("535", "535 5.7.8 Username and Password not accepted", {"RFC 4954", "5.7.8"});
    server("550", "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown", {"5.1.1"});
    server("552", "552 5.3.4 Message size exceeds fixed limit", {"5.3.4"});
    server("553", "553 5.7.1 <boss@example.org>: Sender address rejected: not owned by user", {"5.7.1"});
    server("554", "554 5.7.1 Message rejected as spam", {"5.7.1"});
    server("unknown 2xx", "299 odd", {"2xx"});
    server("unknown 4xx", "499 odd", {"4xx"});
    server("unknown 5xx", "599 odd", {"5xx"});
    server("continuation 535", "535-5.7.8 Username and Password not accepted. Learn more at", {"535-", "535 "});
    server("continuation 220", "220-smtp.example.org ESMTP a multi-line greeting", {"220-"});
    server("continuation 554", "554-5.7.1 Spam message rejected", {"554-"});
    server("not a reply", "hello there", {});

    // --- EHLO keyword lines (RFC 5321 §4.1.1.1) ---
    server("EHLO PIPELINING", "250-PIPELINING", {"RFC 2920"});
    server("EHLO SIZE", "250-SIZE 10240000", {"9.8", "RFC 1870"});
    server("EHLO SIZE whole MB", "250-SIZE 36700160", {"35", "RFC 1870"}, {"35.0"});
    server("EHLO SIZE without limit", "250-SIZE", {"RFC 1870"});
    server("EHLO AUTH", "250-AUTH PLAIN LOGIN XOAUTH2", {"PLAIN", "LOGIN", "XOAUTH2", "RFC 4954"});
    server("EHLO old AUTH= form", "250-AUTH=LOGIN PLAIN", {"LOGIN", "PLAIN"}, {"AUTH="});
    server("EHLO STARTTLS", "250-STARTTLS", {"RFC 3207"});
    server("EHLO 8BITMIME", "250-8BITMIME", {"RFC 6152"});
    server("EHLO SMTPUTF8 last line", "250 SMTPUTF8", {"RFC 6531"});
    server("EHLO CHUNKING", "250-CHUNKING", {"RFC 3030"});
    server("EHLO BINARYMIME", "250-BINARYMIME", {"RFC 3030"});
    server("EHLO ENHANCEDSTATUSCODES", "250-ENHANCEDSTATUSCODES", {"RFC 2034"});
    server("EHLO DSN", "250 DSN", {"RFC 3461"});
    server("EHLO DELIVERBY", "250-DELIVERBY", {"RFC 2852"});
    server("EHLO REQUIRETLS", "250-REQUIRETLS", {"RFC 8689"});
    server("EHLO lower case keyword", "250-pipelining", {"RFC 2920"});
    server("EHLO private extension", "250-XCLIENT NAME ADDR PROTO", {"XCLIENT"});

    // --- the engine's own notes ---
    QTest::addRow("I: connecting") << Direction::Info << "Connecting to smtp.example.org port 465" << QStringList{"465", "587"}
                                   << QStringList();
    QTest::addRow("I: TLS established") << Direction::Info << "TLS established: TLSv1.3, TLS_AES_256_GCM_SHA384" << QStringList()
                                        << QStringList();
    QTest::addRow("I: body summary") << Direction::Info << "2048 bytes of message data" << QStringList() << QStringList();
}

void tst_TranscriptAnnotator::explain()
{
    QFETCH(Direction, direction);
    QFETCH(QString, line);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, mustNotMention);

    const QString text = TranscriptAnnotator::explain(direction, line);
    QVERIFY2(!text.isEmpty(), qPrintable(line));
    QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text)); // one line
    QVERIFY2(!text.contains(QLatin1String("%1")), qPrintable(text)); // every placeholder filled
    for (const QString& fact : mentions)
        QVERIFY2(text.contains(fact), qPrintable(QStringLiteral("\"%1\" missing from: %2").arg(fact, text)));
    for (const QString& fact : mustNotMention)
        QVERIFY2(!text.contains(fact), qPrintable(QStringLiteral("\"%1\" unexpected in: %2").arg(fact, text)));
}

void tst_TranscriptAnnotator::silentForLinesWithNothingToSay_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("line");
    QTest::addRow("unknown command") << Direction::Client << "XYZZY";
    QTest::addRow("connected note") << Direction::Info << "Connected to 127.0.0.1";
    QTest::addRow("error note") << Direction::Info << "Error: AuthFailed in Auth: 535 5.7.8 Bad credentials";
}

void tst_TranscriptAnnotator::silentForLinesWithNothingToSay()
{
    QFETCH(Direction, direction);
    QFETCH(QString, line);
    QCOMPARE(TranscriptAnnotator::explain(direction, line), QString());
}

void tst_TranscriptAnnotator::replyCodesAreDistinguished()
{
    // Without enhanced codes, so only the reply code's own meaning counts.
    const QList<int> codes{220, 221, 235, 250, 251, 334, 354, 421, 450, 451, 452, 500, 501,
                           502, 503, 504, 530, 534, 535, 550, 552, 553, 554};
    QSet<QString> seen;
    for (int code : codes) {
        const QString text = TranscriptAnnotator::explain(Direction::Server, QStringLiteral("%1 x").arg(code));
        QVERIFY2(!seen.contains(text), qPrintable(QStringLiteral("%1 shares its explanation: %2").arg(code).arg(text)));
        seen.insert(text);
    }
}

void tst_TranscriptAnnotator::enhancedCodeAddsDetail()
{
    const QString bare = TranscriptAnnotator::explain(Direction::Server, QStringLiteral("535 Bad credentials"));
    const QString detailed = TranscriptAnnotator::explain(Direction::Server, QStringLiteral("535 5.7.8 Bad credentials"));
    QVERIFY(detailed.startsWith(bare));
    QVERIFY(detailed.size() > bare.size());
    QVERIFY(!bare.contains(QLatin1String("5.7.8")));
}

void tst_TranscriptAnnotator::hiddenCredentialsAreExplained()
{
    const QString shown = TranscriptAnnotator::explain(Direction::Client, QStringLiteral("AUTH PLAIN"));
    const QString hidden = TranscriptAnnotator::explain(Direction::Client, QStringLiteral("AUTH PLAIN [credentials hidden]"));
    QVERIFY(hidden.startsWith(shown));
    QVERIFY(hidden.size() > shown.size()); // the "hidden on purpose" note
    const QString bare = TranscriptAnnotator::explain(Direction::Client, QStringLiteral("[credentials hidden]"));
    QVERIFY(!bare.isEmpty());
    QVERIFY(bare != TranscriptAnnotator::explain(Direction::Client, QStringLiteral("XYZZY")));
}

void tst_TranscriptAnnotator::bdatLastDiffers()
{
    const QString chunk = TranscriptAnnotator::explain(Direction::Client, QStringLiteral("BDAT 100"));
    const QString last = TranscriptAnnotator::explain(Direction::Client, QStringLiteral("BDAT 100 LAST"));
    QVERIFY(chunk != last);
}

void tst_TranscriptAnnotator::ehloFirstLineIsNotAKeyword()
{
    const QString first = TranscriptAnnotator::explain(Direction::Server, QStringLiteral("250-smtp.example.org Hello [192.0.2.1]"));
    const QString pipelining = TranscriptAnnotator::explain(Direction::Server, QStringLiteral("250-PIPELINING"));
    const QString other = TranscriptAnnotator::explain(Direction::Server, QStringLiteral("535-5.7.8 more"));
    QVERIFY(!first.isEmpty());
    QVERIFY(first != pipelining);
    QVERIFY(first != other);
    // A one-line EHLO reply (no extensions) is an ordinary 250.
    QCOMPARE(TranscriptAnnotator::explain(Direction::Server, QStringLiteral("250 smtp.example.org")),
             TranscriptAnnotator::explain(Direction::Server, QStringLiteral("250 OK")));
}

QTEST_GUILESS_MAIN(tst_TranscriptAnnotator)
#include "tst_transcriptannotator.moc"
