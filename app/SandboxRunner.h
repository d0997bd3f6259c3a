#pragma once
// The sandbox as the desktop app uses it: an in-process SandboxServer on loopback, started only
// when something needs it (the first run, with no account yet, or the person picking the
// "Sandbox (this computer)" identity) and stopped with the application. It sends through the
// same path as any account: STARTTLS, AUTH with the per-installation password, and the
// per-installation certificate pinned by SHA-256 (SandboxAccount), so no password is ever asked
// and no certificate warning ever shown.

#include "SandboxAccount.h"
#include "SmtpReply.h"
#include "SmtpSettings.h"

#include <QObject>
#include <QString>

#include <memory>

class SandboxServer;

class SandboxRunner : public QObject
{
    Q_OBJECT
public:
    // `baseDirectory` holds tls/, password and messages/ (SandboxAccount's layout); empty =
    // SandboxAccount::defaultBaseDirectory(). Nothing is read or written before start().
    explicit SandboxRunner(const QString& baseDirectory = QString(), QObject* parent = nullptr);
    ~SandboxRunner() override;

    // Loads (or makes, the first time) the certificate and password and starts listening on
    // ephemeral ports. True at once when already running; false with *error (one sentence).
    bool start(QString* error);
    void stop();
    bool isRunning() const;

    QString baseDirectory() const { return m_baseDirectory; }
    QString messagesDirectory() const;
    // Valid while running.
    SmtpSettings clientSettings() const;
    SmtpCredentials credentials() const;
    // The largest message the sandbox takes (its SIZE, RFC 1870).
    qint64 sizeLimit() const;
    // Where it listens, for a person ("127.0.0.1, STARTTLS port 41234, …"); empty when stopped.
    QString description() const;
    // The receipt (<id>.json) of the message that `finalReply` acknowledged ("250 2.0.0 Ok:
    // queued as <id>"); empty when the reply names no message this sandbox stored.
    QString receiptFor(const SmtpReply& finalReply) const;

    SandboxServer* server() const { return m_server.get(); }

signals:
    void started();
    // A message was stored; the path of its receipt (SandboxServer::messageStored).
    void messageStored(const QString& jsonPath);

private:
    QString m_baseDirectory;
    SandboxAccount m_account;
    std::unique_ptr<SandboxServer> m_server;
};
