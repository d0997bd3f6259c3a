// Translations: the language choice (zh_CN, zh_TW for Taiwan/Hong Kong/Macau, English otherwise),
// the embedded catalogues, Qt's own catalogue, and the .ts files themselves: every entry finished,
// every placeholder and keyboard mnemonic kept.

#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString tsPath(const QString& language)
{
    return QStringLiteral(QOURIER_TS_DIR "/qourier_%1.ts").arg(language);
}

QString tr8(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

struct TsEntry
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
    bool unfinished = false;
};

bool readTs(const QString& path, QString* language, QList<TsEntry>* entries, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = TsEntry();
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                entry.unfinished = type == QLatin1String("unfinished");
                if (!entry.numerus)
                    entry.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                entry.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries->append(entry);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?[1-9])"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasMnemonic(const QString& text)
{
    // "&Send" has one; "&&" is a literal ampersand and "R&D " is rare enough in our strings.
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^& ]"));
    return re.match(text).hasMatch();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void resolve_data();
    void resolve();
    void catalogsAreEmbedded();
    void simplifiedChinese();
    void traditionalChinese();
    void unknownLanguageFallsBackToEnglish();
    void reinstallReplaces();
    void qtOwnCatalogue();
    void tsFiles_data();
    void tsFiles();
};

void tst_Translations::cleanup()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void tst_Translations::resolve_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");

    QTest::addRow("zh-CN") << QStringList{"zh-CN"} << "zh_CN";
    QTest::addRow("zh_CN underscore") << QStringList{"zh_CN"} << "zh_CN";
    QTest::addRow("zh-Hans-CN") << QStringList{"zh-Hans-CN", "zh-CN", "zh"} << "zh_CN";
    QTest::addRow("zh alone") << QStringList{"zh"} << "zh_CN";
    QTest::addRow("zh-SG") << QStringList{"zh-SG"} << "zh_CN";
    QTest::addRow("zh-TW") << QStringList{"zh-TW"} << "zh_TW";
    QTest::addRow("zh-Hant-TW") << QStringList{"zh-Hant-TW", "zh-TW", "zh"} << "zh_TW";
    QTest::addRow("zh-HK") << QStringList{"zh-HK"} << "zh_TW";
    QTest::addRow("zh_HK underscore") << QStringList{"zh_HK"} << "zh_TW";
    QTest::addRow("zh-MO") << QStringList{"zh-MO"} << "zh_TW";
    QTest::addRow("zh-Hant") << QStringList{"zh-Hant"} << "zh_TW";
    QTest::addRow("en-US") << QStringList{"en-US"} << "en";
    QTest::addRow("en-GB") << QStringList{"en-GB"} << "en";
    QTest::addRow("French only") << QStringList{"fr-FR", "fr"} << "en";
    QTest::addRow("French then Chinese") << QStringList{"fr-FR", "zh-CN"} << "zh_CN";
    QTest::addRow("English before Chinese") << QStringList{"en-US", "zh-CN"} << "en";
    QTest::addRow("nothing") << QStringList() << "en";
    QTest::addRow("C locale") << QStringList{"C"} << "en";
}

void tst_Translations::resolve()
{
    QFETCH(QStringList, uiLanguages);
    QTEST(Translations::resolve(uiLanguages), "expected");
}

void tst_Translations::catalogsAreEmbedded()
{
    for (const QString& language : Translations::available())
        QVERIFY2(QFile::exists(Translations::catalogPath(language)), qPrintable(Translations::catalogPath(language)));
}

void tst_Translations::simplifiedChinese()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(tr8("ErrorText", "Sending was cancelled"), QString::fromUtf8("已取消发送"));
    QCOMPARE(tr8("MailtoParser", "This is not a mailto: link."), QString::fromUtf8("这不是 mailto: 链接。"));
    QCOMPARE(tr8("TranscriptAnnotator", "From here on, everything is encrypted."), QString::fromUtf8("从这里开始，所有内容都已加密。"));
    // Placeholders survive translation.
    QCOMPARE(tr8("ErrorText", "Could not connect to %1").arg(QStringLiteral("smtp.qq.com")),
             QString::fromUtf8("无法连接到 smtp.qq.com"));
}

void tst_Translations::traditionalChinese()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_HK")), QStringLiteral("zh_TW"));
    QCOMPARE(tr8("ErrorText", "Sending was cancelled"), QString::fromUtf8("已取消傳送"));
    QCOMPARE(tr8("MailtoParser", "This is not a mailto: link."), QString::fromUtf8("這不是 mailto: 連結。"));
    QCOMPARE(tr8("ErrorText", "Could not connect to %1").arg(QStringLiteral("smtp.gmail.com")),
             QString::fromUtf8("無法連線到 smtp.gmail.com"));
}

void tst_Translations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("fr_FR")), QStringLiteral("en"));
    QCOMPARE(tr8("ErrorText", "Sending was cancelled"), QStringLiteral("Sending was cancelled"));
}

void tst_Translations::reinstallReplaces()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("zh_TW"));
    Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QCOMPARE(tr8("ErrorText", "Sending was cancelled"), QString::fromUtf8("已取消发送"));
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(tr8("ErrorText", "Sending was cancelled"), QStringLiteral("Sending was cancelled"));
}

void tst_Translations::qtOwnCatalogue()
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(dir + QStringLiteral("/qtbase_zh_CN.qm")))
        QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
    Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN"));
    // The standard dialog button, translated by Qt's catalogue, not ours.
    QCOMPARE(tr8("QPlatformTheme", "Cancel"), QString::fromUtf8("取消"));
}

void tst_Translations::tsFiles_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : Translations::available())
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::tsFiles()
{
    QFETCH(QString, language);
    QString fileLanguage;
    QList<TsEntry> entries;
    QString error;
    QVERIFY2(readTs(tsPath(language), &fileLanguage, &entries, &error), qPrintable(error));
    QVERIFY(fileLanguage.startsWith(language.left(2)));
    if (language != QLatin1String("en")) {
        QCOMPARE(fileLanguage, language);
        QVERIFY2(entries.size() > 100, "the Chinese catalogues hold every string of ui/ and app/");
    }

    QStringList problems;
    for (const TsEntry& e : entries) {
        const QString where = e.context + QStringLiteral(": ") + e.source.left(60);
        if (e.unfinished) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        if (language == QLatin1String("en") && !e.numerus)
            problems << QStringLiteral("the English file should hold plural forms only: ") + where;
        const int forms = e.numerus ? (language == QLatin1String("en") ? 2 : 1) : 1;
        if (e.translations.size() != forms)
            problems << QStringLiteral("%1 forms instead of %2: ").arg(e.translations.size()).arg(forms) + where;
        for (const QString& t : e.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            if (placeholders(t) != placeholders(e.source))
                problems << QStringLiteral("placeholders %1 vs %2: ")
                                .arg(placeholders(t).join(QLatin1Char(',')), placeholders(e.source).join(QLatin1Char(',')))
                         + where;
            if (hasMnemonic(e.source) && !hasMnemonic(t))
                problems << QStringLiteral("lost keyboard mnemonic: ") + where;
            if (e.source.contains(QLatin1Char('\n')) != t.contains(QLatin1Char('\n')))
                problems << QStringLiteral("line breaks differ: ") + where;
        }
    }
    for (const QString& p : problems)
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems in %2, listed above; run translations/update.sh")
                                                .arg(problems.size())
                                                .arg(tsPath(language))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
