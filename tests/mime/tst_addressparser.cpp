// AddressParser: what people type or paste into To/Cc/Bcc (RFC 5322 §3.4, RFC 6532, IDN), and
// the sentences it gives back for what cannot be sent.
#include "AddressParser.h"

#include <QtTest>

namespace {

// "name|address" per mailbox: one QStringList compares and prints readably.
QStringList flatten(const QList<MailAddress>& list)
{
    QStringList out;
    for (const MailAddress& a : list)
        out << a.name + QLatin1Char('|') + a.address;
    return out;
}

} // namespace

class TestAddressParser : public QObject
{
    Q_OBJECT
private slots:
    void validLists_data();
    void validLists();
    void invalidLists_data();
    void invalidLists();
    void exactErrorSentence();
    void errorClearedOnSuccess();
    void parseMailbox_data();
    void parseMailbox();
    void addrSpec_data();
    void addrSpec();
    void displayString_data();
    void displayString();
    void displayStringRoundTrip_data();
    void displayStringRoundTrip();
};

void TestAddressParser::validLists_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("bare addr-spec") << "alice@example.com" << QStringList{"|alice@example.com"};
    QTest::addRow("name-addr") << "Name <a@b>" << QStringList{"Name|a@b"};
    QTest::addRow("angle-addr only") << "<a@b>" << QStringList{"|a@b"};
    QTest::addRow("quoted Chinese name") << "\"张三\" <zhang@example.com>" << QStringList{"张三|zhang@example.com"};
    QTest::addRow("unquoted Chinese name") << "张三 <zhang@example.com>" << QStringList{"张三|zhang@example.com"};
    QTest::addRow("traditional Chinese name") << "陳大文 <chan@example.com.hk>" << QStringList{"陳大文|chan@example.com.hk"};
    QTest::addRow("quoted comma") << "\"Doe, Jane\" <j@x>, bob@example.org"
                                  << QStringList{"Doe, Jane|j@x", "|bob@example.org"};
    QTest::addRow("escaped quotes in name") << "\"Jane \\\"JJ\\\" Doe\" <j@x.org>" << QStringList{"Jane \"JJ\" Doe|j@x.org"};
    QTest::addRow("semicolon separators") << "a@b.org; c@d.org;e@f.org"
                                          << QStringList{"|a@b.org", "|c@d.org", "|e@f.org"};
    QTest::addRow("full-width separators") << "a@b.org，c@d.org；e@f.org"
                                           << QStringList{"|a@b.org", "|c@d.org", "|e@f.org"};
    QTest::addRow("empty entries skipped") << ",, a@b.org ,, ; c@d.org , ;"
                                           << QStringList{"|a@b.org", "|c@d.org"};
    QTest::addRow("comments ignored") << "a@b.org (Alice), (x) Bob (y) <bob@x.org> (z)"
                                      << QStringList{"|a@b.org", "Bob|bob@x.org"};
    QTest::addRow("nested comment") << "Bob (the (big) one) <b@x.org>" << QStringList{"Bob|b@x.org"};
    QTest::addRow("comma inside comment") << "Bob (Sales, EMEA) <b@x.org>, c@d.org"
                                          << QStringList{"Bob|b@x.org", "|c@d.org"};
    QTest::addRow("group") << "Friends: a@b.org, c@d.org;" << QStringList{"|a@b.org", "|c@d.org"};
    QTest::addRow("group then mailbox") << "Friends: a@b.org, Carol <c@d.org>; e@f.org"
                                        << QStringList{"|a@b.org", "Carol|c@d.org", "|e@f.org"};
    QTest::addRow("empty group") << "undisclosed-recipients:;" << QStringList{};
    QTest::addRow("pasted mailto") << "mailto:a@b.com" << QStringList{"|a@b.com"};
    QTest::addRow("IDN domain kept in Unicode") << "用户 <user@例子.中国>" << QStringList{"用户|user@例子.中国"};
    QTest::addRow("IDN with ideographic full stop") << "user@例子。中国" << QStringList{"|user@例子。中国"};
    QTest::addRow("German IDN") << "info@bücher.de" << QStringList{"|info@bücher.de"};
    QTest::addRow("non-ASCII local part (SMTPUTF8)") << "用户@例子.中国" << QStringList{"|用户@例子.中国"};
    QTest::addRow("quoted local part") << "\"john doe\"@example.com" << QStringList{"|\"john doe\"@example.com"};
    QTest::addRow("quoted local part with @ and comma") << "\"a,b@c\"@example.com, x@y.org"
                                                        << QStringList{"|\"a,b@c\"@example.com", "|x@y.org"};
    QTest::addRow("single-quoted name (Outlook)") << "'Bob Smith' <bob@x.org>" << QStringList{"Bob Smith|bob@x.org"};
    QTest::addRow("apostrophe in name") << "Pat O'Brien <pat@x.ie>" << QStringList{"Pat O'Brien|pat@x.ie"};
    QTest::addRow("obsolete route dropped") << "<@relay.example:bob@x.org>" << QStringList{"|bob@x.org"};
    QTest::addRow("whitespace collapsed") << "  John    Q.   Public   <jqp@x.org>  " << QStringList{"John Q. Public|jqp@x.org"};
    QTest::addRow("tab between entries") << "a@b.org,\tc@d.org" << QStringList{"|a@b.org", "|c@d.org"};
    QTest::addRow("ideographic space around") << "\u3000a@b.org\u3000" << QStringList{"|a@b.org"};
    QTest::addRow("plus tag and atext specials") << "user+tag@example.com, o'hara!#$%&*=?^_`{|}~-@x.org"
                                                 << QStringList{"|user+tag@example.com", "|o'hara!#$%&*=?^_`{|}~-@x.org"};
    QTest::addRow("single label domain") << "Name <a@b>" << QStringList{"Name|a@b"};
    QTest::addRow("IPv4 literal") << "a@[192.0.2.1]" << QStringList{"|a@[192.0.2.1]"};
    QTest::addRow("IPv6 literal") << "a@[IPv6:2001:db8::1]" << QStringList{"|a@[IPv6:2001:db8::1]"};
    QTest::addRow("name with emoji") << "🦊 Fox <fox@x.org>" << QStringList{"🦊 Fox|fox@x.org"};
    QTest::addRow("name that looks like an address") << "\"bob@x.org\" <bob@x.org>" << QStringList{"bob@x.org|bob@x.org"};
    QTest::addRow("empty input") << "" << QStringList{};
    QTest::addRow("only separators") << "  , ; ，" << QStringList{};
}

void TestAddressParser::validLists()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QString error = QStringLiteral("stale");
    const QList<MailAddress> result = AddressParser::parseList(input, &error);
    QCOMPARE(error, QString());
    QCOMPARE(flatten(result), expected);
}

void TestAddressParser::invalidLists_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("badPart"); // the entry the sentence must quote
    QTest::addColumn<QString>("reason");  // and the reason it must give

    QTest::addRow("domain missing") << "bob@" << "bob@" << "the domain is missing";
    QTest::addRow("@ missing") << "bob" << "bob" << "the @ sign is missing";
    QTest::addRow("local part missing") << "@x.com" << "@x.com" << "the part before the @ sign is missing";
    QTest::addRow("bad one among good ones") << "a@b.org, bob@, c@d.org" << "bob@" << "the domain is missing";
    QTest::addRow("unquoted comma in name") << "Doe, Jane <j@x.org>" << "Doe" << "the @ sign is missing";
    QTest::addRow("two dots") << "a..b@x.com" << "a..b@x.com" << "two dots in a row";
    QTest::addRow("leading dot") << ".a@x.com" << ".a@x.com" << "starts or ends with a dot";
    QTest::addRow("space in local part") << "a b@x.com" << "a b@x.com" << "contains a space";
    QTest::addRow("bad local character") << "a[b]@x.com" << "a[b]@x.com" << "contains the character \"[\"";
    QTest::addRow("domain two dots") << "a@b..com" << "a@b..com" << "the domain \"b..com\" has two dots in a row";
    QTest::addRow("domain trailing dot") << "a@b.com." << "a@b.com." << "starts or ends with a dot";
    QTest::addRow("domain hyphen") << "a@-b.com" << "a@-b.com" << "starts or ends with a hyphen";
    QTest::addRow("domain underscore") << "a@b_c.com" << "a@b_c.com" << "contains the character \"_\"";
    QTest::addRow("domain space") << "Bob <a@b c.com>" << "Bob <a@b c.com>" << "contains a space";
    QTest::addRow("label too long") << "a@" + QString(64, QLatin1Char('x')) + ".com"
                                    << "a@" + QString(50, QLatin1Char('x')) << "longer than 63 characters";
    QTest::addRow("local part too long") << QString(65, QLatin1Char('l')) + "@x.com" << QString(50, QLatin1Char('l'))
                                         << "too long (at most 64 bytes)";
    QTest::addRow("two @ signs") << "a@b@c.com" << "a@b@c.com" << "more than one @ sign";
    QTest::addRow("closing > missing") << "Name <a@b.org" << "Name <a@b.org" << "the closing \">\" is missing";
    QTest::addRow("stray >") << "Name a@b.org>" << "Name a@b.org>" << "\">\" without a matching \"<\"";
    QTest::addRow("two angle-addrs") << "A <a@b.org> <c@d.org>" << "A <a@b.org> <c@d.org>" << "more than one \"<\"";
    QTest::addRow("text after >") << "Name <a@b.org> trailing" << "Name <a@b.org> trailing" << "text after the closing \">\"";
    QTest::addRow("empty angle-addr") << "Name <>" << "Name <>" << "no address between";
    QTest::addRow("quote not closed") << "\"Doe, Jane <j@x.org>" << "\"Doe, Jane <j@x.org>" << "quotation mark is not closed";
    QTest::addRow("comment not closed") << "Bob (comment <b@x.org>" << "Bob (comment <b@x.org>" << "parenthesis is not closed";
    QTest::addRow("stray )") << "Bob) <b@x.org>" << "Bob) <b@x.org>" << "\")\" without a matching \"(\"";
    QTest::addRow("CRLF header injection") << "a@b.org\r\nBcc: evil@x.org" << "a@b.org\\r\\nBcc" << "line break";
    QTest::addRow("LF between addresses") << "a@b.org\nc@d.org" << "a@b.org\\nc@d.org" << "line break";
    QTest::addRow("LF in quoted name") << "\"Eve\nBcc: x@y.org\" <e@x.org>" << "\"Eve\\nBcc" << "line break";
    QTest::addRow("LF alone between separators") << "a@b.org,\n,c@d.org" << "\\n" << "line break";
    QTest::addRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("@b.org") << "a\\0@b.org" << "NUL character";
    QTest::addRow("other control character") << QStringLiteral("a\x01@b.org") << "a\\x01@b.org" << "control character";
    QTest::addRow("bad IPv4 literal") << "a@[300.1.1.1]" << "a@[300.1.1.1]" << "not a valid IP address";
    QTest::addRow("nested group") << "A: B: a@b.org;;" << "B:" << "cannot contain another group";
    QTest::addRow("CR in group name") << "Fri\rends: a@b.org;" << "Fri\\rends:" << "line break";
}

void TestAddressParser::invalidLists()
{
    QFETCH(QString, input);
    QFETCH(QString, badPart);
    QFETCH(QString, reason);
    QString error;
    const QList<MailAddress> result = AddressParser::parseList(input, &error);
    QVERIFY2(result.isEmpty(), qPrintable(flatten(result).join(QLatin1String(", "))));
    QVERIFY2(error.startsWith(QLatin1Char('"') + badPart), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("\" is not a valid address: ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // One line of text for a dialog: the bad part is shown escaped, never with a raw line break.
    QVERIFY(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')) && !error.contains(QChar(0)));
}

void TestAddressParser::exactErrorSentence()
{
    QString error;
    QVERIFY(AddressParser::parseList(QStringLiteral("alice@example.com, bob@"), &error).isEmpty());
    QCOMPARE(error, QStringLiteral("\"bob@\" is not a valid address: the domain is missing"));

    // A long entry is shortened in the sentence.
    const QString longEntry = QString(100, QLatin1Char('x'));
    QVERIFY(AddressParser::parseList(longEntry, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("\"") + QString(59, QLatin1Char('x')) + QChar(0x2026)
                 + QStringLiteral("\" is not a valid address: the @ sign is missing"));
}

void TestAddressParser::errorClearedOnSuccess()
{
    QString error = QStringLiteral("old");
    QCOMPARE(AddressParser::parseList(QStringLiteral("a@b.org"), &error).size(), 1);
    QVERIFY(error.isEmpty());
    // A null error pointer is allowed.
    QCOMPARE(AddressParser::parseList(QStringLiteral("a@b.org, c@"), nullptr).size(), 0);
    MailAddress out;
    QVERIFY(AddressParser::parseMailbox(QStringLiteral("a@b.org"), &out, nullptr));
}

void TestAddressParser::parseMailbox_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // name|address, or a fragment of the error

    QTest::addRow("name-addr") << "张三 <zhang@example.com>" << true << "张三|zhang@example.com";
    QTest::addRow("quoted comma") << "\"Doe, Jane\" <j@x.org>" << true << "Doe, Jane|j@x.org";
    QTest::addRow("bare") << " a@b.org " << true << "|a@b.org";
    QTest::addRow("unquoted comma") << "Doe, Jane <j@x.org>" << false << "a name containing \",\" must be in quotation marks";
    QTest::addRow("two addresses") << "a@b.org, c@d.org" << false << "\"a@b.org, c@d.org\" is not a valid address";
    QTest::addRow("empty") << "   " << false << "The address is empty.";
    QTest::addRow("line break at the end") << "a@b.org\r\n" << false << "\"a@b.org\\r\\n\" is not a valid address: it contains a line break";
    QTest::addRow("inner line break") << "Eve\r\n <a@b.org>" << false << "line break";
}

void TestAddressParser::parseMailbox()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    MailAddress out;
    QString error;
    QCOMPARE(AddressParser::parseMailbox(input, &out, &error), ok);
    if (ok) {
        QCOMPARE(out.name + QLatin1Char('|') + out.address, expected);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void TestAddressParser::addrSpec_data()
{
    QTest::addColumn<QString>("addrSpec");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << "a@b.org" << true;
    QTest::addRow("IDN") << "a@例子.中国" << true;
    QTest::addRow("UTF-8 local") << "用户@example.com" << true;
    QTest::addRow("quoted local") << "\"a b\"@x.org" << true;
    QTest::addRow("64-byte local") << QString(64, QLatin1Char('a')) + "@x.org" << true;
    QTest::addRow("65-byte local") << QString(65, QLatin1Char('a')) + "@x.org" << false;
    // 22 Chinese characters are 66 UTF-8 bytes: the limit is in octets (RFC 5321 §4.5.3.1.1).
    QTest::addRow("UTF-8 local over 64 bytes") << QString(22, QChar(0x4E2D)) + "@x.org" << false;
    QTest::addRow("name-addr is not an addr-spec") << "A <a@b.org>" << false;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("CR") << "a@b.org\r" << false;
    QTest::addRow("LF") << "a\n@b.org" << false;
    QTest::addRow("space") << "a @b.org" << false;
    QTest::addRow("bad IDN label") << "a@xn--.org" << false;
}

void TestAddressParser::addrSpec()
{
    QFETCH(QString, addrSpec);
    QFETCH(bool, valid);
    QCOMPARE(AddressParser::isValidAddrSpec(addrSpec), valid);
    QCOMPARE(AddressParser::addrSpecProblem(addrSpec).isEmpty(), valid);
}

void TestAddressParser::displayString_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no name") << "" << "a@b.org" << "a@b.org";
    QTest::addRow("plain name") << "Jane Doe" << "j@x.org" << "Jane Doe <j@x.org>";
    QTest::addRow("Chinese") << "张三" << "z@x.cn" << "张三 <z@x.cn>";
    QTest::addRow("comma") << "Doe, Jane" << "a@b" << "\"Doe, Jane\" <a@b>";
    QTest::addRow("quote and backslash") << "Jane \"JJ\" D\\oe" << "a@b" << "\"Jane \\\"JJ\\\" D\\\\oe\" <a@b>";
    QTest::addRow("dot") << "J. Smith" << "a@b" << "\"J. Smith\" <a@b>";
    QTest::addRow("full-width comma") << "张三，李四" << "a@b" << "\"张三，李四\" <a@b>";
}

void TestAddressParser::displayString()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, expected);
    QCOMPARE((MailAddress{name, address}).toDisplayString(), expected);
}

void TestAddressParser::displayStringRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addRow("comma") << "Doe, Jane" << "j@x.org";
    QTest::addRow("quotes") << "Jane \"JJ\" Doe" << "j@x.org";
    QTest::addRow("backslash") << "C:\\Users\\bob" << "b@x.org";
    QTest::addRow("parentheses") << "Bob (Sales)" << "b@x.org";
    QTest::addRow("angle brackets") << "<admin>" << "b@x.org";
    QTest::addRow("semicolon and colon") << "Team: A; B" << "t@x.org";
    QTest::addRow("traditional Chinese") << "陳大文" << "chan@例子.香港";
    QTest::addRow("emoji") << "🦊 Fox" << "fox@x.org";
    QTest::addRow("no name") << "" << "\"john doe\"@x.org";
}

void TestAddressParser::displayStringRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    const MailAddress original{name, address};
    QString error;
    const QList<MailAddress> parsed = AddressParser::parseList(original.toDisplayString() + QStringLiteral(", x@y.org"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.size(), 2);
    QCOMPARE(parsed.first().name, name);
    QCOMPARE(parsed.first().address, address);
}

QTEST_GUILESS_MAIN(TestAddressParser)
#include "tst_addressparser.moc"
