#pragma once
// A real proxy process on 127.0.0.1 for one test: microsocks or Dante (danted) for SOCKS5,
// tinyproxy for HTTP CONNECT, on a free port, with or without user/password. Stopped by the
// destructor. program() is empty when the proxy is not installed (tests then QSKIP).

#include <QNetworkProxy>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

enum class ProxyKind { Microsocks, Dante, Tinyproxy };

class LoopbackProxy
{
public:
    LoopbackProxy() = default;
    ~LoopbackProxy();
    LoopbackProxy(const LoopbackProxy&) = delete;
    LoopbackProxy& operator=(const LoopbackProxy&) = delete;

    static QString program(ProxyKind kind);
    // A port nobody listens on right now (taken from the kernel, then released).
    static quint16 freePort();
    // Starts it and waits until it accepts connections (at most 10 s).
    bool start(ProxyKind kind, const QString& user, const QString& password);

    QNetworkProxy proxy(const QString& user = QString(), const QString& password = QString(),
                        const QString& host = QStringLiteral("127.0.0.1")) const;
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QByteArray output() const { return m_process ? m_process->readAll() : QByteArray(); }

private:
    ProxyKind m_kind = ProxyKind::Microsocks;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};
