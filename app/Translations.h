#pragma once
// Chooses and installs the interface language: Qourier's own catalogue (embedded as
// :/i18n/qourier_<lang>.qm) plus Qt's qtbase_<lang>.qm for the standard dialogs and buttons.
// Languages: Simplified Chinese (zh_CN), Traditional Chinese (zh_TW, also for Hong Kong and
// Macau) and English, which is also the fallback for every other language.

#include <QString>
#include <QStringList>

class QCoreApplication;

class Translations
{
public:
    // Installs the translators on `app` (replacing ones installed by an earlier call) and returns
    // the language used: "zh_CN", "zh_TW" or "en". `languageOverride` ("zh_CN", "zh-Hant",
    // "zh_HK", "en", ...) wins over the system's languages; empty follows the system, i.e. the
    // default QLocale's uiLanguages() (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux).
    static QString install(QCoreApplication* app, const QString& languageOverride = QString());

    // The catalogue for the first language in `uiLanguages` that Qourier has, else "en".
    static QString resolve(const QStringList& uiLanguages);
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}; }
    // ":/i18n/qourier_zh_CN.qm" and so on.
    static QString catalogPath(const QString& language);
};
