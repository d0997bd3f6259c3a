#pragma once
// A composer as the application builds it (ComposerController + ComposerWindow), with its
// settings, address book and cache in a temporary directory and a ScriptedAsker, optionally
// pointed at a real aiosmtpd (STARTTLS + AUTH, trusting tests/data/test-ca.pem).

#include "AccountStore.h"
#include "AiosmtpdServer.h"
#include "ComposerController.h"
#include "ComposerWindow.h"
#include "ScriptedAsker.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

struct ComposerFixture
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    ScriptedAsker asker;
    std::unique_ptr<AccountStore> accounts; // empty, in `dir`: never the person's own accounts
    CredentialStore* credentials = nullptr;  // null: the controller's own (the real keychain, "Qourier")
    std::unique_ptr<ComposerController> controller;
    AiosmtpdServer server;

    static QString user() { return QStringLiteral("alice"); }
    static QString password() { return QStringLiteral("s3cret-Pa55"); }

    // Builds the controller; settings complete for `server` when it runs, else empty.
    void create()
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("qourier.ini")), QSettings::IniFormat);
        ComposerController::Environment env;
        env.settings = settings.get();
        env.addressBookPath = dir.filePath(QStringLiteral("data/addresses.json"));
        env.cacheDir = dir.filePath(QStringLiteral("cache"));
        env.asker = &asker;
        accounts = std::make_unique<AccountStore>(dir.filePath(QStringLiteral("accounts.ini")));
        env.accounts = accounts.get();
        env.credentials = credentials;
        env.draftsDir = dir.filePath(QStringLiteral("drafts"));
        // Undo send has its own tests (tst_drafts); elsewhere Send goes at once.
        settings->setValue(QStringLiteral("send/undoSeconds"), 0);
        controller = std::make_unique<ComposerController>(env);
        if (server.port() != 0)
            controller->setServerSettings(serverSettings());
        // Tests fail fast instead of waiting for the interactive defaults.
        controller->setTimeouts(SmtpTimeouts::uniform(20'000));
    }

    ServerSettings serverSettings() const
    {
        ServerSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        s.security = SmtpSecurity::StartTls;
        s.user = user();
        s.senderName = QStringLiteral("Alice Example");
        s.senderAddress = QStringLiteral("alice@example.org");
        s.signature = QStringLiteral("Alice\nExample Corp");
        s.caCertificateFile = testDataPath(QStringLiteral("test-ca.pem"));
        return s;
    }

    // STARTTLS + AUTH as `user()`, no SIZE limit unless given, extra arguments appended.
    bool startServer(const QStringList& extra = {})
    {
        QStringList args = AiosmtpdServer::tlsArgs(QStringLiteral("starttls"));
        args << QStringLiteral("--user") << user() << QStringLiteral("--password") << password();
        if (!extra.contains(QStringLiteral("--size")))
            args << QStringLiteral("--size") << QStringLiteral("0");
        args += extra;
        return server.start(args);
    }

    ComposerWindow* window() const { return controller->window(); }

    template<typename T>
    T* find(const char* name) const
    {
        T* w = window()->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    // A file of `size` bytes that takes no disk space (a hole), for large-upload tests.
    QString sparseFile(const QString& name, qint64 size)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
            qFatal("cannot make %s", qPrintable(path));
        return path;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    // The n-th received message (1-based) parsed by Python's email package (parse_message.py).
    QJsonObject parsed(int n) const
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(QOURIER_UI_TEST_DIR "/parse_message.py"),
                      server.outDir() + QStringLiteral("/%1.eml").arg(n)});
        if (!python.waitForFinished(60'000) || python.exitCode() != 0)
            qWarning("parse_message.py failed: %s", python.readAllStandardError().constData());
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    static QString sha256Of(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return QString::fromLatin1(hash.result().toHex());
    }
};
