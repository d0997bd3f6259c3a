// HeaderEncoding + HeaderFolder: exact bytes for RFC 2047 encoded-words, RFC 5322 folding and
// phrases, RFC 2231 parameters; plus round-trip and limit properties over generated text.
#include "HeaderEncoding.h"
#include "HeaderFolder.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QtTest>

namespace {

// Decodes one encoded-word to its octets; fails the test on malformed input.
bool decodeWord(const QByteArray& word, QByteArray* octets)
{
    static const QRegularExpression re(QStringLiteral("^=\\?UTF-8\\?([BQ])\\?([^?]*)\\?=$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(word));
    if (!m.hasMatch())
        return false;
    const QByteArray text = m.captured(2).toLatin1();
    if (m.captured(1) == QLatin1String("B")) {
        const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!result)
            return false;
        *octets = *result;
        return true;
    }
    octets->clear();
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == '_') {
            *octets += ' ';
        } else if (text.at(i) == '=') {
            if (i + 2 >= text.size())
                return false;
            bool ok = false;
            *octets += char(text.mid(i + 1, 2).toInt(&ok, 16));
            if (!ok)
                return false;
            i += 2;
        } else {
            *octets += text.at(i);
        }
    }
    return true;
}

// The octets of one encoded-word must be complete UTF-8 on their own (no split sequence).
bool isCompleteUtf8(const QByteArray& octets)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(octets);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

bool isEncodedWord(const QByteArray& token)
{
    return token.startsWith("=?") && token.endsWith("?=");
}

// What a reader shows for an unstructured field (RFC 5322 §2.2.3 unfolding, RFC 2047 §6.2:
// whitespace between adjacent encoded-words disappears).
QString readUnstructured(const QByteArray& field)
{
    QByteArray value = field;
    value.chop(2); // final CRLF
    value.replace("\r\n", "");
    value = value.mid(value.indexOf(':') + 1);
    QString out;
    bool previousEncoded = false;
    int i = 0;
    while (i < value.size()) {
        int start = i;
        while (i < value.size() && value.at(i) == ' ')
            ++i;
        const QByteArray whitespace = value.mid(start, i - start);
        start = i;
        while (i < value.size() && value.at(i) != ' ')
            ++i;
        const QByteArray token = value.mid(start, i - start);
        if (token.isEmpty())
            break;
        QByteArray octets;
        const bool encoded = isEncodedWord(token) && decodeWord(token, &octets);
        if (!out.isEmpty() && !(encoded && previousEncoded))
            out += QString::fromLatin1(whitespace);
        out += encoded ? QString::fromUtf8(octets) : QString::fromUtf8(token);
        previousEncoded = encoded;
    }
    return out;
}

QList<QByteArray> lines(const QByteArray& field)
{
    QList<QByteArray> out = field.split('\n');
    out.removeLast(); // after the final LF
    for (QByteArray& line : out) {
        if (!line.endsWith('\r'))
            return {"bare LF"};
        line.chop(1);
    }
    return out;
}

// Random text of ASCII words, Chinese, emoji and spaces, deterministic per seed.
QString generatedText(quint32 seed)
{
    QRandomGenerator rng(seed);
    static const QStringList pieces = {
        QStringLiteral("hello"), QStringLiteral("Re:"), QStringLiteral("(draft)"), QStringLiteral("x"),
        QStringLiteral("简体中文"), QStringLiteral("繁體中文"), QStringLiteral("😀"), QStringLiteral("👨‍👩‍👧"),
        QStringLiteral("café"), QStringLiteral("=?"), QStringLiteral("?="), QStringLiteral("_under_"),
        QStringLiteral("a=b"), QStringLiteral("\"quoted\""), QString(90, QLatin1Char('w')), QStringLiteral("日本語テキスト"),
    };
    QString out;
    const int count = rng.bounded(1, 60);
    for (int i = 0; i < count; ++i) {
        out += pieces.at(rng.bounded(int(pieces.size())));
        const int spaces = rng.bounded(4) == 0 ? rng.bounded(0, 3) : 1;
        out += QString(spaces, QLatin1Char(' '));
    }
    return out.trimmed();
}

} // namespace

class TestHeaderEncoding : public QObject
{
    Q_OBJECT
private slots:
    void encodedWordsExact_data();
    void encodedWordsExact();
    void encodedWordsSplitOnCharacters_data();
    void encodedWordsSplitOnCharacters();
    void encodedWordsFirstLength();
    void unstructuredExact_data();
    void unstructuredExact();
    void unstructuredRoundTrip();
    void neverOver998();
    void mailboxListExact();
    void phraseForms_data();
    void phraseForms();
    void parametersExact_data();
    void parametersExact();
    void rfc2231Continuations();
    void legacyNameParameter();
    void sanitizedRemovesLineBreaks();
    void injectionNeverStartsALine_data();
    void injectionNeverStartsALine();
    void folderLimits();
};

void TestHeaderEncoding::encodedWordsExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addRow("Chinese, B") << QStringLiteral("张三") << QList<QByteArray>{"=?UTF-8?B?5byg5LiJ?="};
    QTest::addRow("mostly ASCII, Q") << QStringLiteral("Hello café") << QList<QByteArray>{"=?UTF-8?Q?Hello_caf=C3=A9?="};
    QTest::addRow("Q encodes specials") << QStringLiteral("a,b: Hello world?")
                                        << QList<QByteArray>{"=?UTF-8?Q?a=2Cb=3A_Hello_world=3F?="};
    QTest::addRow("B when Q is longer") << QStringLiteral("a,b \"c\"?=_") << QList<QByteArray>{"=?UTF-8?B?YSxiICJjIj89Xw==?="};
    QTest::addRow("emoji") << QStringLiteral("😀") << QList<QByteArray>{"=?UTF-8?B?8J+YgA==?="};
    QTest::addRow("30 emoji in three words")
        << QStringLiteral("😀").repeated(30)
        << QList<QByteArray>{"=?UTF-8?B?8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIA=?=",
                             "=?UTF-8?B?8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIA=?=",
                             "=?UTF-8?B?8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIA=?="};
}

void TestHeaderEncoding::encodedWordsExact()
{
    QFETCH(QString, text);
    QFETCH(QList<QByteArray>, expected);
    QCOMPARE(HeaderEncoding::encodedWords(text), expected);
}

void TestHeaderEncoding::encodedWordsSplitOnCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("100 CJK characters") << QString(100, QChar(0x4E2D));
    QTest::addRow("traditional") << QStringLiteral("繁體中文測試，這是一個很長的主旨。").repeated(6);
    QTest::addRow("emoji (surrogate pairs)") << QStringLiteral("😀🎉🦊").repeated(25);
    QTest::addRow("ZWJ family") << QStringLiteral("👨‍👩‍👧‍👦").repeated(10);
    QTest::addRow("Q with accents") << QStringLiteral("déjà vu, naïve café résumé ").repeated(8);
    QTest::addRow("Q around 3-byte chars") << QStringLiteral("aaaaaaa中aaaaaaaaaa中").repeated(12);
}

void TestHeaderEncoding::encodedWordsSplitOnCharacters()
{
    QFETCH(QString, text);
    for (int first : {HeaderEncoding::MaxEncodedWordLength, 40, 25, 21, 5}) {
        const QList<QByteArray> words = HeaderEncoding::encodedWords(text, first);
        QVERIFY(words.size() > 1 || first == HeaderEncoding::MaxEncodedWordLength);
        QByteArray all;
        for (const QByteArray& word : words) {
            QVERIFY2(word.size() <= HeaderEncoding::MaxEncodedWordLength, word.constData());
            QByteArray octets;
            QVERIFY2(decodeWord(word, &octets), word.constData());
            // RFC 2047 §5: each encoded-word must represent whole characters.
            QVERIFY2(isCompleteUtf8(octets), word.constData());
            all += octets;
        }
        QCOMPARE(QString::fromUtf8(all), text);
    }
}

void TestHeaderEncoding::encodedWordsFirstLength()
{
    const QString text = QString(40, QChar(0x4E2D));
    const QList<QByteArray> words = HeaderEncoding::encodedWords(text, 40, 75);
    QVERIFY(words.first().size() <= 40);
    QCOMPARE(words.first(), QByteArray("=?UTF-8?B?5Lit5Lit5Lit5Lit5Lit5Lit5Lit?=")); // 7 characters = 21 octets = 28 base64
    for (const QByteArray& word : words.mid(1))
        QVERIFY(word.size() <= 75);
    // Room for nothing: the first word is not shortened (it will go to the next line).
    QCOMPARE(HeaderEncoding::encodedWords(text, 3, 75).first().size(), 72);
}

void TestHeaderEncoding::unstructuredExact_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("ASCII") << QStringLiteral("Hello world") << QByteArray("Subject: Hello world\r\n");
    QTest::addRow("empty") << QString() << QByteArray("Subject:\r\n");
    QTest::addRow("spacing kept, ends trimmed") << QStringLiteral("  a  b   c  ") << QByteArray("Subject: a  b   c\r\n");
    QTest::addRow("only the non-ASCII word is encoded")
        << QStringLiteral("Hello café") << QByteArray("Subject: Hello =?UTF-8?B?Y2Fmw6k=?=\r\n");
    QTest::addRow("adjacent non-ASCII words share encoded-words")
        << QStringLiteral("Re: 你好 世界 ok") << QByteArray("Subject: Re: =?UTF-8?B?5L2g5aW9IOS4lueVjA==?= ok\r\n");
    QTest::addRow("CRLF becomes spaces") << QStringLiteral("Hi\r\nBcc: evil@x") << QByteArray("Subject: Hi  Bcc: evil@x\r\n");
    QTest::addRow("text that looks like an encoded-word is encoded")
        << QStringLiteral("see =?UTF-8?B?abc?= here") << QByteArray("Subject: see =?UTF-8?B?PT9VVEYtOD9CP2FiYz89?= here\r\n");
    QTest::addRow("ASCII folded at 78")
        << QStringLiteral("abcdefghi").repeated(20).replace(QLatin1String("iabc"), QLatin1String("i abc"))
        << QByteArray("Subject: abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi\r\n"
                      " abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi\r\n"
                      " abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi\r\n");
    QTest::addRow("unbreakable ASCII word is encoded to fold")
        << QString(100, QLatin1Char('x'))
        << "Subject: =?UTF-8?Q?" + QByteArray(55, 'x') + "?=\r\n =?UTF-8?Q?" + QByteArray(45, 'x') + "?=\r\n";
    QTest::addRow("CJK folded, first word fills the first line")
        << QString(40, QChar(0x4E2D))
        << QByteArray("Subject: =?UTF-8?B?5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit?=\r\n"
                      " =?UTF-8?B?5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit?=\r\n"
                      " =?UTF-8?B?5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit?=\r\n");
}

void TestHeaderEncoding::unstructuredExact()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(HeaderEncoding::unstructuredField("Subject", value), expected);
}

void TestHeaderEncoding::unstructuredRoundTrip()
{
    for (quint32 seed = 1; seed <= 300; ++seed) {
        const QString text = generatedText(seed);
        const QByteArray field = HeaderEncoding::unstructuredField("Subject", text);
        for (const QByteArray& line : lines(field)) {
            QVERIFY2(line.size() <= HeaderFolder::PreferredLineLength, line.constData());
            if (line.contains("=?UTF-8?"))
                QVERIFY2(line.size() <= HeaderFolder::EncodedWordLineLength, line.constData());
            QVERIFY2(!line.startsWith(" ") || !line.trimmed().isEmpty(), "whitespace-only continuation line");
        }
        const QString read = readUnstructured(field);
        if (read != text)
            qWarning().noquote() << "seed" << seed << "\n" << field;
        QCOMPARE(read, text);
    }
}

void TestHeaderEncoding::neverOver998()
{
    // Unbreakable text of any kind still folds: RFC 5322 §2.1.1 MUST.
    for (const QString& text : {QString(5000, QLatin1Char('x')), QString(3000, QChar(0x4E2D)),
                                QStringLiteral("😀").repeated(1500), QString(2000, QLatin1Char('=')),
                                QString(3000, QLatin1Char(' ')) + QLatin1Char('a'),
                                QStringLiteral("a") + QString(3000, QLatin1Char(' ')) + QStringLiteral("b"),
                                QStringLiteral("中") + QString(12, QLatin1Char(' ')) + QStringLiteral("x y") + QString(9, QLatin1Char(' '))
                                    + QStringLiteral("z")}) {
        const QByteArray field = HeaderEncoding::unstructuredField("X-Long", text);
        for (const QByteArray& line : lines(field))
            QVERIFY2(line.size() <= HeaderFolder::PreferredLineLength, line.left(100).constData());
        QCOMPARE(readUnstructured(field), text.trimmed());
    }
}

void TestHeaderEncoding::mailboxListExact()
{
    const QList<MailAddress> list = {
        {QStringLiteral("Doe, Jane"), QStringLiteral("j@x.org")},
        {QStringLiteral("张三"), QStringLiteral("z@例子.中国")},
        {QString(), QStringLiteral("bob@x.org")},
        {QStringLiteral("Jane \"JJ\" Doe"), QStringLiteral("jj@x.org")},
        {QStringLiteral("J. Smith"), QStringLiteral("js@x.org")},
        {QStringLiteral("Eve\r\nBcc: x@y"), QStringLiteral("e@x.org")},
    };
    QCOMPARE(HeaderEncoding::mailboxListField("To", list),
             QByteArray("To: \"Doe, Jane\" <j@x.org>, =?UTF-8?B?5byg5LiJ?= <z@xn--fsqu00a.xn--fiqs8s>,\r\n"
                        " bob@x.org, \"Jane \\\"JJ\\\" Doe\" <jj@x.org>, \"J. Smith\" <js@x.org>,\r\n"
                        " \"Eve Bcc: x@y\" <e@x.org>\r\n"));
    // A UTF-8 local part stays UTF-8 (RFC 6532); the domain still becomes A-labels.
    QCOMPARE(HeaderEncoding::mailboxListField("From", {{QString(), QStringLiteral("用户@例子.中国")}}),
             QByteArray("From: ") + QStringLiteral("用户").toUtf8() + "@xn--fsqu00a.xn--fiqs8s\r\n");
    QCOMPARE(HeaderEncoding::addressForHeader(QStringLiteral("a@[192.0.2.1]")), QByteArray("a@[192.0.2.1]"));
    QCOMPARE(HeaderEncoding::addressForHeader(QStringLiteral("a@Bücher.DE")), QByteArray("a@xn--bcher-kva.de"));
}

void TestHeaderEncoding::phraseForms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("atoms") << QStringLiteral("John Q Public") << QByteArray("From: John Q Public <a@b>\r\n");
    QTest::addRow("atext specials stay atoms") << QStringLiteral("O'Brien!") << QByteArray("From: O'Brien! <a@b>\r\n");
    QTest::addRow("dot is quoted") << QStringLiteral("John Q. Public") << QByteArray("From: \"John Q. Public\" <a@b>\r\n");
    QTest::addRow("whitespace collapsed") << QStringLiteral("  John \t Doe ") << QByteArray("From: John Doe <a@b>\r\n");
    QTest::addRow("non-ASCII") << QStringLiteral("Zoë") << QByteArray("From: =?UTF-8?Q?Zo=C3=AB?= <a@b>\r\n");
    QTest::addRow("encoded-word lookalike") << QStringLiteral("=?x?=") << QByteArray("From: =?UTF-8?B?PT94Pz0=?= <a@b>\r\n");
    QTest::addRow("long quoted name folds inside the quotes")
        << QStringLiteral("Department of Redundancy Department, Office of the Deputy Assistant Director")
        << QByteArray("From: \"Department of Redundancy Department, Office of the Deputy Assistant\r\n"
                      " Director\" <a@b>\r\n");
    QTest::addRow("short non-ASCII name: one encoded-word, even if that means a fold")
        << QStringLiteral("王五 (市场部) 办公室")
        << QByteArray("From: =?UTF-8?B?546L5LqUICjluILlnLrpg6gpIOWKnuWFrOWupA==?= <a@b>\r\n");
    // Long names: ASCII atoms stay atoms so that encoded-words are only adjacent when they must be.
    QTest::addRow("long mixed name")
        << QStringLiteral("Zhang San 张三 Marketing Department 市场部 Beijing Office 北京办公室 Room 1203")
        << QByteArray("From: Zhang San =?UTF-8?B?5byg5LiJ?= Marketing Department\r\n"
                      " =?UTF-8?B?5biC5Zy66YOo?= Beijing Office =?UTF-8?B?5YyX5Lqs5Yqe5YWs5a6k?=\r\n"
                      " Room 1203 <a@b>\r\n");
    QTest::addRow("long CJK name has to split")
        << QString(30, QChar(0x4E2D))
        << QByteArray("From: =?UTF-8?B?5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit?=\r\n"
                      " =?UTF-8?B?5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit5Lit?=\r\n"
                      " =?UTF-8?B?5Lit?= <a@b>\r\n");
}

void TestHeaderEncoding::phraseForms()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(HeaderEncoding::mailboxListField("From", {{name, QStringLiteral("a@b")}}), expected);
}

void TestHeaderEncoding::parametersExact_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("token") << QStringLiteral("report.pdf") << QByteArray("Content-Disposition: attachment; filename=report.pdf\r\n");
    QTest::addRow("quoted") << QStringLiteral("my \"report\".pdf")
                            << QByteArray("Content-Disposition: attachment; filename=\"my \\\"report\\\".pdf\"\r\n");
    QTest::addRow("RFC 2231 single") << QStringLiteral("报告.pdf")
                                     << QByteArray("Content-Disposition: attachment; filename*=utf-8''%E6%8A%A5%E5%91%8A.pdf\r\n");
    QTest::addRow("CR LF in file name") << QStringLiteral("a\r\nContent-Type: text/html.txt")
                                        << QByteArray("Content-Disposition: attachment; filename=\"a  Content-Type: text/html.txt\"\r\n");
    QTest::addRow("empty") << QString() << QByteArray("Content-Disposition: attachment; filename=\"\"\r\n");
    // Not mistakable for an encoded-word on the receiving side (found by fuzz_headerencoding).
    QTest::addRow("looks like an encoded-word") << QStringLiteral("a =?UTF-8?B?SGk=?= b.txt")
                                                << QByteArray("Content-Disposition: attachment;\r\n filename*=utf-8''a%20%3D%3FUTF-8%3FB%3FSGk%3D%3F%3D%20b.txt\r\n");
    // RFC 2231's own characters are quoted, never bare (Python's email drops filename=a'b).
    QTest::addRow("apostrophe") << QStringLiteral("it's.txt")
                                << QByteArray("Content-Disposition: attachment; filename=\"it's.txt\"\r\n");
    QTest::addRow("star and percent") << QStringLiteral("50%*off.txt")
                                      << QByteArray("Content-Disposition: attachment; filename=\"50%*off.txt\"\r\n");
}

void TestHeaderEncoding::parametersExact()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(HeaderEncoding::parameterizedField("Content-Disposition", "attachment", HeaderEncoding::parameter("filename", value)),
             expected);
}

void TestHeaderEncoding::rfc2231Continuations()
{
    const QString name = QStringLiteral("年度报告-2024年第四季度财务数据汇总与分析说明文件最终版本.xlsx");
    const QByteArray field = HeaderEncoding::parameterizedField("Content-Disposition", "attachment",
                                                                HeaderEncoding::parameter("filename", name));
    QCOMPARE(field,
             QByteArray("Content-Disposition: attachment;\r\n"
                        " filename*0*=utf-8''%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A-2024%E5%B9%B4;\r\n"
                        " filename*1*=%E7%AC%AC%E5%9B%9B%E5%AD%A3%E5%BA%A6%E8%B4%A2%E5%8A%A1%E6%95%B0;\r\n"
                        " filename*2*=%E6%8D%AE%E6%B1%87%E6%80%BB%E4%B8%8E%E5%88%86%E6%9E%90%E8%AF%B4;\r\n"
                        " filename*3*=%E6%98%8E%E6%96%87%E4%BB%B6%E6%9C%80%E7%BB%88%E7%89%88%E6%9C%AC.;\r\n"
                        " filename*4*=xlsx\r\n"));
    // Each section ends on a character boundary: its octets decode alone.
    static const QRegularExpression section(QStringLiteral("filename\\*\\d+\\*=(?:utf-8'')?([^;\\r]*)"));
    QByteArray all;
    auto it = section.globalMatch(QString::fromLatin1(field));
    int count = 0;
    while (it.hasNext()) {
        const QByteArray octets = QByteArray::fromPercentEncoding(it.next().captured(1).toLatin1());
        QVERIFY(isCompleteUtf8(octets));
        all += octets;
        ++count;
    }
    QCOMPARE(count, 5);
    QCOMPARE(QString::fromUtf8(all), name);
    // Long ASCII names with spaces also use continuations rather than one long line.
    const QByteArray ascii = HeaderEncoding::parameterizedField(
        "Content-Disposition", "attachment", HeaderEncoding::parameter("filename", QStringLiteral("a very long file name ").repeated(5)));
    for (const QByteArray& line : lines(ascii))
        QVERIFY2(line.size() <= 78, line.constData());
    QVERIFY(ascii.contains("filename*0*=utf-8''a%20very%20long"));
}

void TestHeaderEncoding::legacyNameParameter()
{
    QCOMPARE(HeaderEncoding::parameterizedField("Content-Type", "application/pdf",
                                                {HeaderEncoding::legacyParameter("name", QStringLiteral("报告.pdf"))}),
             QByteArray("Content-Type: application/pdf; name=\"=?UTF-8?B?5oql5ZGKLnBkZg==?=\"\r\n"));
    QCOMPARE(HeaderEncoding::parameterizedField("Content-Type", "application/pdf",
                                                {HeaderEncoding::legacyParameter("name", QStringLiteral("report.pdf"))}),
             QByteArray("Content-Type: application/pdf; name=\"report.pdf\"\r\n"));
    const QByteArray longName = HeaderEncoding::parameterizedField(
        "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        {HeaderEncoding::legacyParameter("name", QStringLiteral("年度报告-2024年第四季度财务数据汇总与分析说明文件最终版本.xlsx"))});
    QCOMPARE(longName,
             QByteArray("Content-Type:\r\n application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\r\n"
                        " name=\"=?UTF-8?B?5bm05bqm5oql5ZGKLTIwMjTlubTnrKzlm5vlraPluqbotKLliqE=?=\r\n"
                        " =?UTF-8?B?5pWw5o2u5rGH5oC75LiO5YiG5p6Q6K+05piO5paH5Lu25pyA57uI54mI5pys?=\r\n"
                        " =?UTF-8?B?Lnhsc3g=?=\"\r\n"));
    for (const QByteArray& line : lines(longName).mid(2))
        QVERIFY2(line.size() <= HeaderFolder::EncodedWordLineLength, line.constData());
}

void TestHeaderEncoding::sanitizedRemovesLineBreaks()
{
    const QString dirty = QStringLiteral("a\rb\nc") + QChar(0) + QStringLiteral("d\te\x7f") + QChar(0x85) + QChar(0x2028)
        + QStringLiteral("f") + QChar(0xD800) + QStringLiteral("g😀");
    QCOMPARE(HeaderEncoding::sanitized(dirty), QStringLiteral("a b c d e   f") + QChar(QChar::ReplacementCharacter) + QStringLiteral("g😀"));
}

void TestHeaderEncoding::injectionNeverStartsALine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("CRLF") << QStringLiteral("x\r\nBcc: evil@example.com");
    QTest::addRow("bare LF") << QStringLiteral("x\nBcc: evil@example.com");
    QTest::addRow("bare CR") << QStringLiteral("x\rBcc: evil@example.com");
    QTest::addRow("NUL") << QStringLiteral("x") + QChar(0) + QStringLiteral("\nBcc: evil@example.com");
    QTest::addRow("CRLF CRLF body") << QStringLiteral("x\r\n\r\nbody");
    QTest::addRow("long then CRLF") << QString(200, QLatin1Char('y')) + QStringLiteral("\r\nBcc: evil@example.com");
    QTest::addRow("non-ASCII then CRLF") << QStringLiteral("你好\r\nBcc: evil@example.com");
}

void TestHeaderEncoding::injectionNeverStartsALine()
{
    QFETCH(QString, text);
    const QList<QByteArray> fields = {
        HeaderEncoding::unstructuredField("Subject", text),
        HeaderEncoding::mailboxListField("To", {{text, QStringLiteral("a@b.org")}}),
        HeaderEncoding::parameterizedField("Content-Disposition", "attachment", HeaderEncoding::parameter("filename", text)),
        HeaderEncoding::parameterizedField("Content-Type", "text/plain", {HeaderEncoding::legacyParameter("name", text)}),
    };
    for (const QByteArray& field : fields) {
        const QList<QByteArray> fieldLines = lines(field);
        QVERIFY2(!fieldLines.isEmpty() && fieldLines.first() != "bare LF", field.constData());
        for (int i = 1; i < fieldLines.size(); ++i) {
            // Every continuation starts with whitespace and has something else on it.
            QVERIFY2(fieldLines.at(i).startsWith(' '), field.constData());
            QVERIFY2(!fieldLines.at(i).trimmed().isEmpty(), field.constData());
        }
        QVERIFY(!field.contains('\0'));
        QCOMPARE(field.count('\r'), field.count("\r\n"));
    }
}

void TestHeaderEncoding::folderLimits()
{
    HeaderFolder folder("References");
    for (int i = 0; i < 30; ++i)
        folder.append("<" + QByteArray::number(i) + "abcdef0123456789@example.com>");
    for (const QByteArray& line : lines(folder.result()))
        QVERIFY(line.size() <= 78);
    // A token that cannot fit 78 anyway still gets its own line, and is not broken.
    HeaderFolder big("X");
    big.append("a");
    big.append(QByteArray(500, 'z'));
    QCOMPARE(big.result(), "X: a\r\n " + QByteArray(500, 'z') + "\r\n");
    // Encoded-words limit their line to 76 (RFC 2047 §2).
    HeaderFolder ew("Subject");
    ew.append(QByteArray(60, 'a'));
    QCOMPARE(ew.roomOnLine(true), 76 - 69 - 1);
    ew.append("=?UTF-8?Q?abcdefgh?=", true);
    QCOMPARE(ew.result(), "Subject: " + QByteArray(60, 'a') + "\r\n =?UTF-8?Q?abcdefgh?=\r\n");
}

QTEST_GUILESS_MAIN(TestHeaderEncoding)
#include "tst_headerencoding.moc"
