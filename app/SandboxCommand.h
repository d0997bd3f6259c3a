#pragma once
// `qourier sandbox`: runs the built-in sandbox mail server headless (QCoreApplication) until
// SIGINT or SIGTERM, for scripts, tests and other mail clients. `--json` prints one line with
// everything a client needs (ports, login, certificate fingerprint, directory).

#include <QObject>

#include <memory>

class QSocketNotifier;
class SandboxServer;

class SandboxCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    explicit SandboxCommand(QObject* parent = nullptr);
    ~SandboxCommand() override;

    // Returns an exit code, or -1 when the server runs and done() will follow.
    int start(const QStringList& arguments);

signals:
    void done(int exitCode);

private:
    int usageError(const QString& message);
    bool watchSignals();
    void onSignal();
    void onMessageStored(const QString& jsonPath);

    std::unique_ptr<SandboxServer> m_server;
    QSocketNotifier* m_signalNotifier = nullptr;
    bool m_json = false;
};
