// SandboxLineChecker: longest line (RFC 5322 §2.1.1: 998 + CRLF) and bare CR/LF
// (RFC 5321 §2.3.8), the same for every split of the input.
#include "SandboxLineChecker.h"

#include <QtTest>

class tst_SandboxLineChecker : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
};

void tst_SandboxLineChecker::check_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("longest");
    QTest::addColumn<bool>("bareLf");
    QTest::addColumn<bool>("bareCr");

    QTest::addRow("CRLF lines") << QByteArray("ab\r\nabcd\r\n") << qint64(4) << false << false;
    QTest::addRow("998 octets is allowed") << QByteArray(QByteArray(998, 'x') + "\r\n") << qint64(998) << false << false;
    QTest::addRow("999 octets is too long") << QByteArray("a\r\n" + QByteArray(999, 'x') + "\r\nb\r\n") << qint64(999) << false << false;
    QTest::addRow("bare LF") << QByteArray("a\nb\r\n") << qint64(1) << true << false;
    QTest::addRow("LF at the start") << QByteArray("\nb\r\n") << qint64(1) << true << false;
    QTest::addRow("bare CR inside") << QByteArray("a\rb\r\n") << qint64(3) << false << true;
    QTest::addRow("CR at the very end") << QByteArray("a\r\nb\r") << qint64(1) << false << true;
    QTest::addRow("last line without CRLF (BDAT)") << QByteArray("a\r\n" + QByteArray(1200, 'y')) << qint64(1200) << false << false;
    QTest::addRow("CRCRLF") << QByteArray("a\r\r\n") << qint64(2) << false << true;
    QTest::addRow("empty") << QByteArray() << qint64(0) << false << false;
}

void tst_SandboxLineChecker::check()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, longest);
    QFETCH(bool, bareLf);
    QFETCH(bool, bareCr);
    const qsizetype pieces[] = {1, 2, 3, 7, 64, 1000, input.size() + 1};
    for (qsizetype piece : pieces) {
        SandboxLineChecker c;
        for (qsizetype pos = 0; pos < input.size(); pos += piece)
            c.feed(input.constData() + pos, qMin(piece, input.size() - pos));
        c.finish();
        QCOMPARE(c.longestLine(), longest);
        QCOMPARE(c.hasLongLine(), longest > 998);
        QCOMPARE(c.hasBareLf(), bareLf);
        QCOMPARE(c.hasBareCr(), bareCr);
    }
}

QTEST_GUILESS_MAIN(tst_SandboxLineChecker)
#include "tst_sandboxlinechecker.moc"
