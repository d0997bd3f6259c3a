#include "LoopbackProxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

LoopbackProxy::~LoopbackProxy()
{
    if (m_process) {
        // SIGTERM first: Dante's parent then stops the children it forked.
        m_process->terminate();
        if (!m_process->waitForFinished(3'000)) {
            m_process->kill();
            m_process->waitForFinished(3'000);
        }
    }
}

QString LoopbackProxy::program(ProxyKind kind)
{
    const QString name = kind == ProxyKind::Microsocks ? QStringLiteral("microsocks")
        : kind == ProxyKind::Dante                     ? QStringLiteral("danted")
                                                       : QStringLiteral("tinyproxy");
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

quint16 LoopbackProxy::freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

bool LoopbackProxy::start(ProxyKind kind, const QString& user, const QString& password)
{
    m_kind = kind;
    const QString exe = program(kind);
    if (exe.isEmpty()) {
        m_error = QStringLiteral("not installed");
        return false;
    }
    m_port = freePort();
    QStringList args;
    if (kind == ProxyKind::Microsocks) {
        args << QStringLiteral("-i") << QStringLiteral("127.0.0.1") << QStringLiteral("-p") << QString::number(m_port);
        if (!user.isEmpty())
            args << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
    } else if (kind == ProxyKind::Tinyproxy) {
        QFile conf(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        // No ConnectPort line: CONNECT may reach any port (the test server's is ephemeral).
        QByteArray text = "Port " + QByteArray::number(m_port) + "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\n";
        if (!user.isEmpty())
            text += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
        conf.write(text);
        conf.close();
        args << QStringLiteral("-d") << QStringLiteral("-c") << conf.fileName();
    } else {
        // Dante checks user/password against the system's accounts (RFC 1929 "username"
        // method), so the authenticated rows use microsocks.
        QFile conf(m_dir.filePath(QStringLiteral("danted.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        conf.write("logoutput: stderr\n"
                   "internal: 127.0.0.1 port = " + QByteArray::number(m_port) + "\n"
                   "external: 127.0.0.1\n"
                   "socksmethod: none\nclientmethod: none\n"
                   "client pass { from: 127.0.0.0/8 to: 0.0.0.0/0 }\n"
                   "socks pass { from: 127.0.0.0/8 to: 127.0.0.0/8 command: connect }\n");
        conf.close();
        args << QStringLiteral("-f") << conf.fileName() << QStringLiteral("-N") << QStringLiteral("1")
             << QStringLiteral("-p") << m_dir.filePath(QStringLiteral("danted.pid"));
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(exe, args);
    if (!m_process->waitForStarted(5'000)) {
        m_error = m_process->errorString();
        return false;
    }
    // Up when it accepts a connection.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10'000) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(500))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        QTest::qWait(50);
    }
    m_error = QStringLiteral("did not come up: ") + QString::fromLocal8Bit(m_process->readAll());
    return false;
}

QNetworkProxy LoopbackProxy::proxy(const QString& user, const QString& password, const QString& host) const
{
    return QNetworkProxy(m_kind == ProxyKind::Tinyproxy ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy, host,
                         m_port, user, password);
}
