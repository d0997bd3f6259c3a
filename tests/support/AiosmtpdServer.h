#pragma once
// Runs tests/scripts/smtp_server.py (a real aiosmtpd) for one test: start() blocks until the
// server prints its port (at most 20 s), messages() reads what it received, the destructor
// stops it. Needs /usr/bin/python3 with python3-aiosmtpd.

#include "ReceivedMessage.h"

#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class AiosmtpdServer
{
public:
    AiosmtpdServer();
    ~AiosmtpdServer();
    AiosmtpdServer(const AiosmtpdServer&) = delete;
    AiosmtpdServer& operator=(const AiosmtpdServer&) = delete;

    // extraArgs go to smtp_server.py as they are (--mode, --cert, --user, ...); --outdir and
    // --host are supplied here. False (with errorString()) if it did not come up.
    bool start(const QStringList& extraArgs);
    void stop();

    quint16 port() const { return m_port; }
    QString outDir() const;
    QString errorString() const { return m_error; }
    // Everything received so far, in arrival order.
    QList<ReceivedMessage> messages() const;
    // The server's stderr so far (for failure messages).
    QByteArray standardError() const;

    // The arguments for the usual setups, with the test CA's server certificate.
    static QStringList tlsArgs(const QString& mode); // "starttls" or "tls"

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
    mutable QByteArray m_stderr;
};
