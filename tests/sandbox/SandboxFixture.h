#pragma once
// An in-process SandboxServer for tests: the test-only self-signed certificate from tests/data,
// a fixed login, messages in a temporary directory, and helpers to read what it stored.

#include "SandboxServer.h"
#include "SandboxStore.h"
#include "SmtpSettings.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

class SandboxFixture
{
public:
    static inline const QString User = QStringLiteral("sandbox");
    static inline const QString Password = QStringLiteral("correct horse battery staple");

    SandboxFixture()
    {
        QFile c(testDataPath(QStringLiteral("selfsigned.pem")));
        QFile k(testDataPath(QStringLiteral("selfsigned.key")));
        if (c.open(QIODevice::ReadOnly))
            settings.certificate = QSslCertificate(c.readAll(), QSsl::Pem);
        if (k.open(QIODevice::ReadOnly))
            settings.privateKey = QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        settings.user = User;
        settings.password = Password;
        settings.directory = dir.path() + QStringLiteral("/messages");
    }

    bool start(QString* error)
    {
        server = std::make_unique<SandboxServer>(settings);
        return server->start(error);
    }

    QString sha256() const { return QString::fromLatin1(settings.certificate.digest(QCryptographicHash::Sha256).toHex()); }

    SmtpSettings client(SmtpSecurity security, const QString& host = QStringLiteral("127.0.0.1")) const
    {
        SmtpSettings s;
        s.host = host;
        s.security = security;
        s.port = security == SmtpSecurity::ImplicitTls ? server->implicitTlsPort()
            : security == SmtpSecurity::StartTls       ? server->startTlsPort()
                                                       : server->plainPort();
        s.pinnedSha256 = {sha256()}; // the sandbox account's way: pin, never ignore errors
        s.ehloName = QStringLiteral("client.example.org");
        s.timeouts = SmtpTimeouts::uniform(20'000);
        return s;
    }

    SmtpCredentials credentials(const QString& password = Password) const
    {
        SmtpCredentials c;
        c.user = User;
        c.password = password;
        return c;
    }

    QStringList storedJson() const
    {
        QStringList out;
        const QDir d(settings.directory);
        for (const QString& n : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            out << d.filePath(n);
        return out;
    }

    // Every file in the directory, hidden partial files included.
    QStringList allFiles() const
    {
        return QDir(settings.directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    static QJsonObject readJson(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QByteArray readEml(const QString& jsonPath)
    {
        QFile f(QFileInfo(jsonPath).dir().filePath(readJson(jsonPath).value(QStringLiteral("eml")).toString()));
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray("<missing>");
        return f.readAll();
    }

    QTemporaryDir dir;
    SandboxSettings settings;
    std::unique_ptr<SandboxServer> server;
};
