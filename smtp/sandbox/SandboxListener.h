#pragma once
// A loopback TCP listener that hands each accepted socket descriptor to SandboxServer, which
// wraps it in a QSslSocket (QTcpServer's own pending-connection queue would give a QTcpSocket,
// which cannot start TLS).

#include <QTcpServer>

class SandboxListener : public QTcpServer
{
    Q_OBJECT
public:
    // What a connection on this listener speaks first.
    enum class Kind {
        StartTls,    // clear text, STARTTLS required before MAIL (RFC 3207)
        ImplicitTls, // TLS from the first byte (RFC 8314 §3)
        Plain,       // clear text, no AUTH, for load generators only
    };
    Q_ENUM(Kind)

    SandboxListener(Kind kind, QObject* parent = nullptr);
    Kind kind() const { return m_kind; }
    static QString kindName(Kind kind); // "starttls", "smtps", "plain"

signals:
    void connectionAvailable(qintptr descriptor, SandboxListener::Kind kind);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Kind m_kind;
};
