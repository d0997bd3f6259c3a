// MailtoParser: RFC 6068 mailto: URIs, including every example of §6 that has addresses or
// hfields, Chinese text, and the header-injection rows of §7.

#include "MailtoParser.h"

#include <QtTest>

class tst_MailtoParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void nullPointersAreAllowed();
};

void tst_MailtoParser::parse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("ignored");

    const QStringList none;

    // --- RFC 6068 §6.1, basic examples ---
    QTest::addRow("6.1 chris") << "mailto:chris@example.com" << QStringList{"chris@example.com"} << none << none
                               << QString() << QString() << none;
    QTest::addRow("6.1 subject") << "mailto:infobot@example.com?subject=current-issue"
                                 << QStringList{"infobot@example.com"} << none << none << "current-issue" << QString() << none;
    QTest::addRow("6.1 body") << "mailto:infobot@example.com?body=send%20current-issue"
                              << QStringList{"infobot@example.com"} << none << none << QString() << "send current-issue" << none;
    QTest::addRow("6.1 body two lines") << "mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index"
                                        << QStringList{"infobot@example.com"} << none << none << QString()
                                        << "send current-issue\nsend index" << none;
    QTest::addRow("6.1 In-Reply-To dropped") << "mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E"
                                             << QStringList{"list@example.org"} << none << none << QString() << QString()
                                             << QStringList{"in-reply-to"};
    QTest::addRow("6.1 majordomo") << "mailto:majordomo@example.com?body=subscribe%20bamboo-l"
                                   << QStringList{"majordomo@example.com"} << none << none << QString() << "subscribe bamboo-l"
                                   << none;
    QTest::addRow("6.1 cc and body") << "mailto:joe@example.com?cc=bob@example.com&body=hello"
                                     << QStringList{"joe@example.com"} << QStringList{"bob@example.com"} << none << QString()
                                     << "hello" << none;
    QTest::addRow("6.1 to in query, two addresses") << "mailto:?to=addr1@an.example,addr2@an.example"
                                                     << QStringList{"addr1@an.example", "addr2@an.example"} << none << none
                                                     << QString() << QString() << none;
    QTest::addRow("6.1 two addresses in path") << "mailto:addr1@an.example,addr2@an.example"
                                               << QStringList{"addr1@an.example", "addr2@an.example"} << none << none
                                               << QString() << QString() << none;
    QTest::addRow("6.1 path and to=") << "mailto:addr1@an.example?to=addr2@an.example"
                                      << QStringList{"addr1@an.example", "addr2@an.example"} << none << none << QString()
                                      << QString() << none;
    QTest::addRow("6.1 percent in local part") << "mailto:gorby%25kremvax@example.com"
                                               << QStringList{"gorby%kremvax@example.com"} << none << none << QString()
                                               << QString() << none;
    QTest::addRow("6.1 question mark in local part, unknown hfield") << "mailto:unlikely%3Faddress@example.com?blat=foop"
                                                                     << QStringList{"unlikely?address@example.com"} << none
                                                                     << none << QString() << QString()
                                                                     << QStringList{"blat"};
    QTest::addRow("6.1 ampersand in local part") << "mailto:Mike%26family@example.org"
                                                 << QStringList{"Mike&family@example.org"} << none << none << QString()
                                                 << QString() << none;

    // --- RFC 6068 §6.2, quoted local parts and non-ASCII ---
    QTest::addRow("6.2 quoted at sign") << "mailto:%22not%40me%22@example.org" << QStringList{"\"not@me\"@example.org"}
                                        << none << none << QString() << QString() << none;
    QTest::addRow("6.2 quoted backslash") << "mailto:%22oh%5C%5Cno%22@example.org" << QStringList{"\"oh\\\\no\"@example.org"}
                                          << none << none << QString() << QString() << none;
    QTest::addRow("6.2 ugly") << "mailto:%22%5C%5C%5C%22it's%5C%20ugly%5C%5C%5C%22%22@example.org"
                              << QStringList{"\"\\\\\\\"it's\\ ugly\\\\\\\"\"@example.org"} << none << none << QString()
                              << QString() << none;
    QTest::addRow("6.2 cafe") << "mailto:user@example.org?subject=caf%C3%A9" << QStringList{"user@example.org"} << none
                              << none << QString::fromUtf8("caf\xc3\xa9") << QString() << none;
    // The encoded word stays as written: it is text the sender chose, not a header we parse.
    QTest::addRow("6.2 encoded word kept") << "mailto:user@example.org?subject=%3D%3Futf-8%3FQ%3Fcaf%3DC3%3DA9%3F%3D"
                                           << QStringList{"user@example.org"} << none << none << "=?utf-8?Q?caf=C3=A9?="
                                           << QString() << none;
    QTest::addRow("6.2 japanese") << "mailto:user@example.org?subject=%E3%83%8F%E3%83%83%E3%83%94%E3%83%BC%E3%83%BB"
                                     "%E3%83%90%E3%83%BC%E3%82%B9%E3%83%87%E3%83%BC"
                                  << QStringList{"user@example.org"} << none << none
                                  << QString::fromUtf8("ハッピー・バースデー") << QString() << none;
    QTest::addRow("6.2 IDN domain") << "mailto:user@%E7%B4%8D%E8%B1%86.example.org?subject=Test&body=NATTO"
                                    << QStringList{QString::fromUtf8("user@納豆.example.org")} << none << none << "Test"
                                    << "NATTO" << none;

    // --- Chinese ---
    QTest::addRow("chinese subject and body")
        << "mailto:zhangsan@example.cn?subject=%E4%BD%A0%E5%A5%BD&body=%E7%AC%AC%E4%B8%80%E8%A1%8C%0D%0A%E7%AC%AC%E4%BA%8C%E8%A1%8C"
        << QStringList{"zhangsan@example.cn"} << none << none << QString::fromUtf8("你好")
        << QString::fromUtf8("第一行\n第二行") << none;
    QTest::addRow("chinese address, raw IRI") << QString::fromUtf8("mailto:张三@例子.中国?subject=会议通知")
                                              << QStringList{QString::fromUtf8("张三@例子.中国")} << none << none
                                              << QString::fromUtf8("会议通知") << QString() << none;
    QTest::addRow("traditional chinese subject") << "mailto:a@example.tw?subject=%E6%B8%AC%E8%A9%A6%E9%83%B5%E4%BB%B6"
                                                 << QStringList{"a@example.tw"} << none << none
                                                 << QString::fromUtf8("測試郵件") << QString() << none;

    // --- case, repetition, odd but harmless input ---
    QTest::addRow("scheme and hfnames are case-insensitive") << "MAILTO:a@example.org?SUBJECT=Hi&Cc=c@example.org&bCC=b@example.org&BODY=x"
                                                            << QStringList{"a@example.org"} << QStringList{"c@example.org"}
                                                            << QStringList{"b@example.org"} << "Hi" << "x" << none;
    QTest::addRow("percent-encoded hfname") << "mailto:a@example.org?%73ubject=Hi" << QStringList{"a@example.org"} << none
                                            << none << "Hi" << QString() << none;
    QTest::addRow("several cc and bcc accumulate")
        << "mailto:a@example.org?cc=c1@example.org&cc=c2@example.org,c3@example.org&bcc=b1@example.org&bcc=b2@example.org"
        << QStringList{"a@example.org"} << QStringList{"c1@example.org", "c2@example.org", "c3@example.org"}
        << QStringList{"b1@example.org", "b2@example.org"} << QString() << QString() << none;
    QTest::addRow("first subject wins") << "mailto:a@example.org?subject=one&subject=two" << QStringList{"a@example.org"}
                                        << none << none << "one" << QString() << none;
    QTest::addRow("plus is a plus") << "mailto:user+tag@example.org?subject=1+1" << QStringList{"user+tag@example.org"}
                                    << none << none << "1+1" << QString() << none;
    QTest::addRow("encoded comma inside quotes") << "mailto:%22Doe%2C%20John%22@example.org,b@example.org"
                                                 << QStringList{"\"Doe, John\"@example.org", "b@example.org"} << none << none
                                                 << QString() << QString() << none;
    QTest::addRow("encoded comma separates") << "mailto:a@example.org%2Cb@example.org"
                                             << QStringList{"a@example.org", "b@example.org"} << none << none << QString()
                                             << QString() << none;
    QTest::addRow("empty entries and spaces") << "mailto:a@example.org,,%20b@example.org%20" << QStringList{"a@example.org", "b@example.org"}
                                              << none << none << QString() << QString() << none;
    QTest::addRow("empty mailto") << "mailto:" << none << none << none << QString() << QString() << none;
    QTest::addRow("only a subject") << "mailto:?subject=Hello" << none << none << none << "Hello" << QString() << none;
    QTest::addRow("fragment ignored") << "mailto:a@example.org?subject=Hi#frag" << QStringList{"a@example.org"} << none
                                      << none << "Hi" << QString() << none;
    QTest::addRow("stray percent kept") << "mailto:a@example.org?subject=50%25%20off%20or%2" << QStringList{"a@example.org"}
                                        << none << none << "50% off or%2" << QString() << none;
    QTest::addRow("surrounding whitespace") << "  mailto:a@example.org  " << QStringList{"a@example.org"} << none << none
                                            << QString() << QString() << none;
    QTest::addRow("hfield without value") << "mailto:a@example.org?subject&body=x" << QStringList{"a@example.org"} << none
                                          << none << QString() << "x" << none;
    QTest::addRow("lone LF and CR in body") << "mailto:a@example.org?body=one%0Atwo%0Dthree" << QStringList{"a@example.org"}
                                            << none << none << QString() << "one\ntwo\nthree" << none;
    QTest::addRow("NUL and ESC removed from body, tab kept") << "mailto:a@example.org?body=a%00b%1Bc%09d"
                                                             << QStringList{"a@example.org"} << none << none << QString()
                                                             << "abc\td" << none;

    // --- RFC 6068 §3/§7: header injection and dangerous hfields ---
    QTest::addRow("CRLF in subject neutralised") << "mailto:a@example.org?subject=Hi%0D%0ABcc:%20evil@example.net"
                                                 << QStringList{"a@example.org"} << none << none << "Hi Bcc: evil@example.net"
                                                 << QString() << none;
    QTest::addRow("lone LF, NUL and U+2028 in subject") << "mailto:a@example.org?subject=a%0Ab%00c%E2%80%A8d"
                                                        << QStringList{"a@example.org"} << none << none << "a b c d"
                                                        << QString() << none;
    QTest::addRow("dangerous hfields dropped")
        << "mailto:a@example.org?from=boss@example.org&Reply-To=x@evil.example&sender=s@evil.example"
           "&content-type=text/html&received=x&x-mailer=y&subject=ok"
        << QStringList{"a@example.org"} << none << none << "ok" << QString()
        << QStringList{"from", "reply-to", "sender", "content-type", "received", "x-mailer"};
    QTest::addRow("dropped names listed once, lower case") << "mailto:a@example.org?FROM=x&from=y" << QStringList{"a@example.org"}
                                                            << none << none << QString() << QString() << QStringList{"from"};
}

void tst_MailtoParser::parse()
{
    QFETCH(QString, uri);
    MailtoParser::Result r;
    QString error;
    QVERIFY2(MailtoParser::parse(uri, &r, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(r.to, "to");
    QTEST(r.cc, "cc");
    QTEST(r.bcc, "bcc");
    QTEST(r.subject, "subject");
    QTEST(r.body, "body");
    QTEST(r.ignoredFields, "ignored");

    // Whatever came in, nothing that could end a header line survives in a header field.
    const QStringList headers = r.to + r.cc + r.bcc + QStringList{r.subject};
    for (const QString& h : headers) {
        QVERIFY2(!h.contains(QLatin1Char('\r')) && !h.contains(QLatin1Char('\n')) && !h.contains(QChar(0)), qPrintable(h));
    }
}

void tst_MailtoParser::rejects_data()
{
    QTest::addColumn<QString>("uri");

    QTest::addRow("other scheme") << "http://example.org/";
    QTest::addRow("no colon") << "mailto";
    QTest::addRow("empty") << "";
    QTest::addRow("CRLF in path address") << "mailto:a@example.org%0D%0ABcc:evil@example.net";
    QTest::addRow("LF in to=") << "mailto:?to=a@example.org%0Abcc:evil@example.net";
    QTest::addRow("CR in cc") << "mailto:a@example.org?cc=c@example.org%0D";
    QTest::addRow("NUL in bcc") << "mailto:a@example.org?bcc=b%00@example.org";
    QTest::addRow("U+2028 in address") << "mailto:a%E2%80%A8b@example.org";
    QTest::addRow("invalid UTF-8 in subject") << "mailto:a@example.org?subject=%C3%28";
    QTest::addRow("GBK instead of UTF-8 in body") << "mailto:a@example.org?body=%C4%E3%BA%C3"; // 你好 in GBK
    QTest::addRow("invalid UTF-8 in address") << "mailto:%FF@example.org";
}

void tst_MailtoParser::rejects()
{
    QFETCH(QString, uri);
    MailtoParser::Result r;
    r.subject = QStringLiteral("untouched");
    QString error;
    QVERIFY(!MailtoParser::parse(uri, &r, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(r.subject, QStringLiteral("untouched")); // out is written only on success
    QVERIFY(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')));
}

void tst_MailtoParser::nullPointersAreAllowed()
{
    QVERIFY(MailtoParser::parse(QStringLiteral("mailto:a@example.org"), nullptr, nullptr));
    QVERIFY(!MailtoParser::parse(QStringLiteral("news:x"), nullptr, nullptr));
}

QTEST_GUILESS_MAIN(tst_MailtoParser)
#include "tst_mailtoparser.moc"
