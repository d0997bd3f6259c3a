// SandboxDotDecoder: RFC 5321 §4.5.2 un-stuffing and the end of data, for every split of the
// input (the network decides where reads end), and the SMTP-smuggling look-alikes that must not
// end the data.
#include "SandboxDotDecoder.h"

#include <QtTest>

namespace {

struct Result
{
    QByteArray message;
    qsizetype consumed = 0;
    bool finished = false;
};

// Feeds `input` in pieces of `piece` bytes; stops at the end of data like the session does.
Result decode(const QByteArray& input, qsizetype piece)
{
    SandboxDotDecoder d;
    Result r;
    qsizetype pos = 0;
    while (pos < input.size() && !d.finished()) {
        const qsizetype n = qMin(piece, input.size() - pos);
        const qsizetype used = d.decode(input.constData() + pos, n, &r.message);
        pos += used;
        if (used < n)
            break;
    }
    r.consumed = pos;
    r.finished = d.finished();
    return r;
}

} // namespace

class tst_SandboxDotDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void resetStartsOver();
};

void tst_SandboxDotDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<QByteArray>("rest"); // what follows the terminator

    QTest::addRow("plain lines") << QByteArray("Subject: x\r\n\r\nhello\r\n.\r\n") << QByteArray("Subject: x\r\n\r\nhello\r\n") << true << QByteArray();
    QTest::addRow("empty message") << QByteArray(".\r\n") << QByteArray() << true << QByteArray();
    QTest::addRow("stuffed dot line (RFC 5321 §4.5.2)") << QByteArray("a\r\n..\r\n.\r\n") << QByteArray("a\r\n.\r\n") << true << QByteArray();
    QTest::addRow("stuffed leading dots") << QByteArray("..two\r\n.one\r\n.\r\n") << QByteArray(".two\r\none\r\n") << true << QByteArray();
    QTest::addRow("pipelined command after the end") << QByteArray("a\r\n.\r\nQUIT\r\n") << QByteArray("a\r\n") << true << QByteArray("QUIT\r\n");
    QTest::addRow("dot inside a line is content") << QByteArray("a.b\r\n .\r\n.\r\n") << QByteArray("a.b\r\n .\r\n") << true << QByteArray();
    QTest::addRow("no terminator yet") << QByteArray("a\r\n.") << QByteArray("a\r\n") << false << QByteArray();
    // SMTP smuggling look-alikes: only CRLF "." CRLF ends the data.
    QTest::addRow("LF.LF is content") << QByteArray("a\n.\nMAIL FROM:<x@y>\r\n.\r\n") << QByteArray("a\n.\nMAIL FROM:<x@y>\r\n") << true << QByteArray();
    QTest::addRow("CRLF.LF is content") << QByteArray("a\r\n.\nb\r\n.\r\n") << QByteArray("a\r\n\nb\r\n") << true << QByteArray();
    QTest::addRow("LF.CRLF is content") << QByteArray("a\n.\r\nb\r\n.\r\n") << QByteArray("a\n.\r\nb\r\n") << true << QByteArray();
    QTest::addRow("CR.CR is content") << QByteArray("a\r.\rb\r\n.\r\n") << QByteArray("a\r.\rb\r\n") << true << QByteArray();
    QTest::addRow("dot CR then other") << QByteArray(".\rx\r\n.\r\n") << QByteArray("\rx\r\n") << true << QByteArray();
    QTest::addRow("binary bytes pass") << QByteArray("\x00\xff\x80\r\n.\r\n", 8) << QByteArray("\x00\xff\x80\r\n", 5) << true << QByteArray();
}

void tst_SandboxDotDecoder::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    QFETCH(bool, finished);
    QFETCH(QByteArray, rest);
    // Every piece size from one byte to the whole: the output never depends on the split.
    for (qsizetype piece = 1; piece <= input.size(); ++piece) {
        const Result r = ::decode(input, piece);
        QCOMPARE(r.message, message);
        QCOMPARE(r.finished, finished);
        if (finished)
            QCOMPARE(input.mid(r.consumed), rest);
    }
}

void tst_SandboxDotDecoder::resetStartsOver()
{
    SandboxDotDecoder d;
    QByteArray out;
    d.decode("x\r\n.\r\n", 6, &out);
    QVERIFY(d.finished());
    d.reset();
    QVERIFY(!d.finished());
    out.clear();
    QCOMPARE(d.decode("..y\r\n.\r\n", 8, &out), qsizetype(8));
    QCOMPARE(out, QByteArray(".y\r\n"));
}

QTEST_GUILESS_MAIN(tst_SandboxDotDecoder)
#include "tst_sandboxdotdecoder.moc"
