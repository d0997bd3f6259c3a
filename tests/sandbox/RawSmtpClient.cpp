#include "RawSmtpClient.h"

#include <QtTest>

RawSmtpClient::RawSmtpClient(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QSslSocket::readyRead, this, [this] { m_buffer += m_socket.readAll(); });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { m_closed = true; });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_closed = true;
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Test-only trust: exactly the pinned certificate, whatever its chain.
        if (!m_pin.isEmpty() && m_socket.peerCertificate().digest(QCryptographicHash::Sha256) == m_pin)
            m_socket.ignoreSslErrors(errors);
    });
}

bool RawSmtpClient::connectTo(quint16 port, bool implicitTls, const QString& host, int timeoutMs)
{
    if (implicitTls) {
        m_socket.connectToHostEncrypted(host, port, QStringLiteral("localhost"));
        return QTest::qWaitFor([&] { return m_socket.isEncrypted() || m_closed; }, timeoutMs) && m_socket.isEncrypted();
    }
    m_socket.connectToHost(host, port);
    return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; }, timeoutMs)
        && m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawSmtpClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
}

bool RawSmtpClient::takeReply(QByteArray* reply)
{
    // A reply ends with a line whose fourth character is a space (RFC 5321 §4.2.1).
    qsizetype pos = 0;
    QList<QByteArray> lines;
    while (true) {
        const qsizetype lf = m_buffer.indexOf("\r\n", pos);
        if (lf < 0)
            return false;
        const QByteArray line = m_buffer.mid(pos, lf - pos);
        pos = lf + 2;
        lines << line;
        if (line.size() < 4 || line.at(3) != '-')
            break;
    }
    m_buffer.remove(0, pos);
    *reply = lines.join('\n');
    return true;
}

QByteArray RawSmtpClient::reply(int timeoutMs)
{
    QByteArray r;
    (void)QTest::qWaitFor([&] { return takeReply(&r) || m_closed; }, timeoutMs);
    if (r.isEmpty())
        takeReply(&r); // bytes that arrived just before the close
    return r;
}

int RawSmtpClient::code(int timeoutMs)
{
    return reply(timeoutMs).left(3).toInt();
}

QList<QByteArray> RawSmtpClient::replies(int count, int timeoutMs)
{
    QList<QByteArray> out;
    QByteArray r;
    (void)QTest::qWaitFor(
        [&] {
            while (out.size() < count && takeReply(&r))
                out << r;
            return out.size() >= count || m_closed;
        },
        timeoutMs);
    while (out.size() < count && takeReply(&r))
        out << r;
    return out;
}

bool RawSmtpClient::startTls(int timeoutMs)
{
    m_socket.startClientEncryption();
    return QTest::qWaitFor([&] { return m_socket.isEncrypted() || m_closed; }, timeoutMs) && m_socket.isEncrypted();
}

bool RawSmtpClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_closed; }, timeoutMs);
}
