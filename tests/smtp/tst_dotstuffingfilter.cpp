// DotStuffingFilter: RFC 5321 §4.5.2 transparency and CRLF normalisation, block by block.
#include "DotStuffingFilter.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {

// A deliberately simple reference: normalise line ends, then double leading dots.
QByteArray reference(const QByteArray& in, bool stuff)
{
    QByteArray crlf;
    for (int i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\r') {
            crlf += "\r\n";
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            crlf += "\r\n";
        } else {
            crlf += c;
        }
    }
    if (!stuff)
        return crlf;
    QByteArray out;
    bool lineStart = true;
    for (int i = 0; i < crlf.size(); ++i) {
        if (lineStart && crlf[i] == '.')
            out += '.';
        out += crlf[i];
        lineStart = crlf[i] == '\n';
    }
    if (!lineStart)
        out += "\r\n";
    return out + ".\r\n";
}

QByteArray runInBlocks(const QByteArray& in, const QList<int>& cuts, bool stuff)
{
    DotStuffingFilter f;
    f.setDotStuffing(stuff);
    QByteArray out;
    int pos = 0;
    for (int cut : cuts) {
        out += f.process(in.mid(pos, cut - pos));
        pos = cut;
    }
    out += f.process(in.mid(pos));
    return out + f.finish();
}

} // namespace

class TestDotStuffingFilter : public QObject
{
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
    void everySplitPoint();
    void randomised();
};

void TestDotStuffingFilter::cases_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::addRow("first line is a dot (RFC 5321 §4.5.2)") << QByteArray(".\r\n") << QByteArray("..\r\n.\r\n");
    QTest::addRow("leading dot") << QByteArray("a\r\n.b\r\n") << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::addRow("double dot") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
    QTest::addRow("dot not at line start") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::addRow("no final newline") << QByteArray("abc") << QByteArray("abc\r\n.\r\n");
    QTest::addRow("bare LF") << QByteArray("a\n.b\n") << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::addRow("bare CR") << QByteArray("a\r.b") << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::addRow("empty body") << QByteArray() << QByteArray(".\r\n");
    QTest::addRow("terminator lookalike") << QByteArray("x\r\n.\r\ny\r\n") << QByteArray("x\r\n..\r\ny\r\n.\r\n");
}

void TestDotStuffingFilter::cases()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(runInBlocks(in, {}, true), out);
    QCOMPARE(reference(in, true), out);
}

void TestDotStuffingFilter::everySplitPoint()
{
    // A "." line or a CRLF split across a block border must be treated exactly as unsplit.
    const QByteArray in = "x\r\n.\r\n..y\n\r.z\r\r\n.";
    for (int a = 0; a <= in.size(); ++a) {
        for (int b = a; b <= in.size(); ++b) {
            QCOMPARE(runInBlocks(in, {a, b}, true), reference(in, true));
            QCOMPARE(runInBlocks(in, {a, b}, false), reference(in, false));
        }
    }
}

void TestDotStuffingFilter::randomised()
{
    QRandomGenerator rng(20261123);
    const char alphabet[] = {'.', '\r', '\n', 'a', ' '};
    for (int round = 0; round < 2000; ++round) {
        QByteArray in;
        const int len = rng.bounded(0, 60);
        for (int i = 0; i < len; ++i)
            in += alphabet[rng.bounded(5)];
        QList<int> cuts;
        int pos = 0;
        while (pos < len) {
            pos += rng.bounded(1, 8);
            if (pos < len)
                cuts.append(pos);
        }
        QCOMPARE(runInBlocks(in, cuts, true), reference(in, true));
    }
}

QTEST_GUILESS_MAIN(TestDotStuffingFilter)
#include "tst_dotstuffingfilter.moc"
