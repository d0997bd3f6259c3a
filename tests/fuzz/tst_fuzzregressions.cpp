// Replays the fuzz targets' seeds (tests/fuzz/corpus/<target>/) and every saved finding
// (tests/fuzz/regressions/<target>/) through the same checks, in the normal build with the normal
// compiler: a fixed bug stays fixed without clang or libFuzzer. Under `.ci/bootstrap test` this
// also runs in the AddressSanitizer build.
#include "FuzzCheck.h"
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void replay_data();
    void replay();
    void everyTargetHasSeeds();
};

void TestFuzzRegressions::initTestCase()
{
    Fuzz::throwOnFailure() = true;
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int t = 0; t < int(std::size(Fuzz::Targets)); ++t) {
        for (const char* kind : { "regressions", "corpus" }) {
            const QDir dir(QStringLiteral(QOURIER_FUZZ_DIR "/%1/%2")
                               .arg(QLatin1String(kind), QLatin1String(Fuzz::Targets[t].name)));
            for (const QString& file : dir.entryList(QDir::Files, QDir::Name))
                QTest::addRow("%s/%s/%s", kind, Fuzz::Targets[t].name, qPrintable(file)) << t << dir.filePath(file);
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    try {
        Fuzz::Targets[target].run(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    } catch (const Fuzz::CheckFailure& failure) {
        QFAIL(failure.what());
    }
}

void TestFuzzRegressions::everyTargetHasSeeds()
{
    for (const Fuzz::NamedTarget& target : Fuzz::Targets) {
        const QDir dir(QStringLiteral(QOURIER_FUZZ_DIR "/corpus/%1").arg(QLatin1String(target.name)));
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), target.name);
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
