#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

Q_LOGGING_CATEGORY(lcI18n, "qourier.i18n", QtInfoMsg)

const QString kTranslatorName = QStringLiteral("qourier-translator");

QString catalogFor(const QString& tag)
{
    const QLocale locale(tag);
    switch (locale.language()) {
    case QLocale::Chinese:
        // Hong Kong and Macau write Traditional Chinese; "zh-Hant" says so outright.
        if (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
            || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macau)
            return QStringLiteral("zh_TW");
        return QStringLiteral("zh_CN");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QString();
    }
}

} // namespace

QString Translations::resolve(const QStringList& uiLanguages)
{
    // The first language the person listed that we have wins: "fr, zh-CN" gives Chinese, not the
    // English fallback, the same rule QTranslator::load(QLocale, ...) follows.
    for (const QString& tag : uiLanguages) {
        const QString catalog = catalogFor(tag);
        if (!catalog.isEmpty())
            return catalog;
    }
    return QStringLiteral("en");
}

QString Translations::catalogPath(const QString& language)
{
    return QStringLiteral(":/i18n/qourier_%1.qm").arg(language);
}

QString Translations::install(QCoreApplication* app, const QString& languageOverride)
{
    // A second call (a language switch) must not stack a second catalogue under the first.
    const auto installed = app->findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }

    const QString override = languageOverride.trimmed();
    const QString language = override.isEmpty() ? resolve(QLocale().uiLanguages()) : resolve({override});

    auto* own = new QTranslator(app);
    own->setObjectName(kTranslatorName);
    if (own->load(catalogPath(language))) {
        QCoreApplication::installTranslator(own);
    } else {
        // English needs no catalogue (the source strings are English); anything else is a build fault.
        if (language != QLatin1String("en"))
            qCWarning(lcI18n) << "no embedded catalogue for" << language << "- falling back to English";
        delete own;
    }

    // Qt's own strings (standard buttons, file dialogs): optional, installed with Qt when the
    // distribution ships them (Debian: qt6-translations-l10n).
    if (language != QLatin1String("en")) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        auto* qt = new QTranslator(app);
        qt->setObjectName(kTranslatorName);
        if (qt->load(QStringLiteral("qtbase_") + language, qtDir)) {
            QCoreApplication::installTranslator(qt);
        } else {
            qCDebug(lcI18n) << "Qt's own translations for" << language << "not found in" << qtDir;
            delete qt;
        }
    }
    qCDebug(lcI18n) << "interface language" << language;
    return language;
}
