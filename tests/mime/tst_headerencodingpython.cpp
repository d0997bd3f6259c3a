// The RFC 2047 / RFC 2231 encoders against an independent reader, offline: every input of the
// headerencoding fuzz target's seed corpus and saved findings (tests/fuzz/corpus/headerencoding,
// tests/fuzz/regressions/headerencoding; QOURIER_FUZZ_CORPUS may name more directories, such as
// a fuzzing run's scratch corpus) is read the way the fuzz target reads it, written as Subject,
// a From display name and a Content-Disposition filename by HeaderEncoding, and decoded by
// Python's email package (tests/mime/decode_headers.py). Python must get the same text back.
#include "../fuzz/FuzzSupport.h"
#include "HeaderEncoding.h"

#include <QByteArray>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Case
{
    QString file;
    QString text;  // as the fuzz target reads the bytes
    QString clean; // HeaderEncoding::sanitized(text)
};

QString trimmedSpaces(QString s)
{
    while (s.startsWith(QLatin1Char(' ')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

} // namespace

class TestHeaderEncodingPython : public QObject
{
    Q_OBJECT
private slots:
    void pythonDecodesWhatWeWrite();
};

void TestHeaderEncodingPython::pythonDecodesWhatWeWrite()
{
    QStringList dirs = {QStringLiteral(QOURIER_FUZZ_DIR "/corpus/headerencoding"),
                        QStringLiteral(QOURIER_FUZZ_DIR "/regressions/headerencoding")};
    const QString extra = qEnvironmentVariable("QOURIER_FUZZ_CORPUS");
    if (!extra.isEmpty())
        dirs += extra.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QList<Case> cases;
    for (const QString& dir : std::as_const(dirs)) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& info : files) {
            QFile f(info.absoluteFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            // As the fuzz target reads it (Fuzz::headerEncoding): byte 0 bit 0 chooses UTF-16 or
            // UTF-8 for the bytes after the first two.
            const QByteArray bytes = f.readAll();
            const auto* data = reinterpret_cast<const uint8_t*>(bytes.constData());
            const QString text = bytes.size() < 2 ? QString() : Fuzz::textFrom(data + 2, size_t(bytes.size() - 2), data[0] & 1);
            cases.append({info.absoluteFilePath(), text, HeaderEncoding::sanitized(text)});
        }
    }
    // A few of our own beside the corpus: what people type.
    for (const QString& text : {QStringLiteral("Quarterly report"), QStringLiteral("季度报告：第三季度"),
                                QStringLiteral("報價單 2026 (最終版).pdf"), QStringLiteral("Zoë \"the\" O'Brien, Ph.D."),
                                QStringLiteral("=?UTF-8?B?bG9va3M=?= like a word"), QStringLiteral("🙂 emoji 😀"),
                                QString(200, QLatin1Char('x'))})
        cases.append({QStringLiteral("(built in)"), text, HeaderEncoding::sanitized(text)});
    QVERIFY2(cases.size() >= 10, qPrintable(QString::number(cases.size())));

    QJsonArray items;
    for (const Case& c : std::as_const(cases)) {
        QJsonObject o;
        o.insert(QStringLiteral("subject"), QString::fromLatin1(HeaderEncoding::unstructuredField("Subject", c.text)));
        o.insert(QStringLiteral("from"),
                 QString::fromLatin1(HeaderEncoding::mailboxListField(
                     "From", {MailAddress{c.text, QStringLiteral("alice@example.org")}})));
        o.insert(QStringLiteral("disposition"),
                 QString::fromLatin1(HeaderEncoding::parameterizedField(
                     "Content-Disposition", "attachment", HeaderEncoding::parameter("filename", c.text))));
        items.append(o);
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(QOURIER_MIME_TEST_DIR "/decode_headers.py")});
    QVERIFY2(python.waitForStarted(30'000), qPrintable(python.errorString()));
    python.write(QJsonDocument(items).toJson(QJsonDocument::Compact));
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(120'000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(results.size(), cases.size());

    int failures = 0;
    int pythonQuirk = 0;
    for (int i = 0; i < cases.size(); ++i) {
        const Case& c = cases.at(i);
        const QJsonObject r = results.at(i).toObject();
        const QJsonObject item = items.at(i).toObject();
        auto fail = [&](const char* what, const QString& got, const QString& expected, const QString& field) {
            ++failures;
            qWarning("%s: %s: Python read %s, expected %s, from %s", qPrintable(c.file), what,
                     qPrintable(QString::fromLatin1(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact))),
                     qPrintable(QString::fromLatin1(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact))),
                     qPrintable(field.trimmed()));
        };
        const QJsonArray defects = r.value(QStringLiteral("defects")).toArray();
        if (!defects.isEmpty())
            fail("defects", QString::fromUtf8(QJsonDocument(defects).toJson(QJsonDocument::Compact)), QString(),
                 item.value(QStringLiteral("subject")).toString() + item.value(QStringLiteral("from")).toString()
                     + item.value(QStringLiteral("disposition")).toString());
        // Subject (RFC 5322 §3.2.5 unstructured): the text, minus the spaces at its ends.
        const QString subject = r.value(QStringLiteral("subject")).toString();
        if (subject != trimmedSpaces(c.clean))
            fail("Subject", subject, trimmedSpaces(c.clean), item.value(QStringLiteral("subject")).toString());
        // From: still one mailbox, the address intact, and the display name back as a phrase
        // reads (RFC 5322 §3.2.2: a run of spaces between words is one space; none at the ends).
        if (r.value(QStringLiteral("mailboxes")).toInt() != 1
            || r.value(QStringLiteral("address")).toString() != QLatin1String("alice@example.org"))
            fail("From mailbox", r.value(QStringLiteral("address")).toString(), QStringLiteral("alice@example.org"),
                 item.value(QStringLiteral("from")).toString());
        const QString name = r.value(QStringLiteral("display_name")).toString();
        const QString from = item.value(QStringLiteral("from")).toString();
        // RFC 2047 §6.2: the whitespace between two adjacent encoded-words is not part of the
        // text, but Python's email package before gh-128110 (Debian 12 has 3.11) keeps it as a
        // space inside a phrase. HeaderEncoding writes adjacent words only when a name cannot be
        // written otherwise (one encoded-word holds at most 75 characters); for those names the
        // characters must still all come back, in order, and only a space may be added.
        static const QRegularExpression adjacent(QStringLiteral("\\?=(\\r\\n)? =\\?"));
        const bool hasAdjacentWords = from.contains(adjacent);
        const QString expectedName = c.clean.simplified();
        if (hasAdjacentWords) {
            ++pythonQuirk;
            QString withoutSpaces = name;
            withoutSpaces.remove(QLatin1Char(' '));
            QString expectedWithout = expectedName;
            expectedWithout.remove(QLatin1Char(' '));
            if (withoutSpaces != expectedWithout || name.size() < expectedName.size())
                fail("From display name (adjacent encoded-words)", name, expectedName, from);
        } else if (name != expectedName) {
            fail("From display name", name, expectedName, from);
        }
        // Content-Disposition filename (RFC 2231): the parameter is exactly the text, and what
        // get_filename() gives a program is that text without the spaces at its ends (Python
        // strips them there by design).
        const QString param = r.value(QStringLiteral("filename_param")).toString();
        if (param != c.clean)
            fail("filename parameter", param, c.clean, item.value(QStringLiteral("disposition")).toString());
        const QString filename = r.value(QStringLiteral("filename")).toString();
        if (filename != c.clean.trimmed())
            fail("get_filename()", filename, c.clean.trimmed(), item.value(QStringLiteral("disposition")).toString());
    }
    qInfo("%d inputs; %d display names needed adjacent encoded-words", int(cases.size()), pythonQuirk);
    QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 of %2 inputs read back differently").arg(failures).arg(cases.size())));
}

QTEST_GUILESS_MAIN(TestHeaderEncodingPython)
#include "tst_headerencodingpython.moc"
