#include "SandboxServer.h"

#include "SandboxSession.h"
#include "SandboxStore.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>

#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace {

// Bytes QSslSocket may hold unread; beyond it TCP pushes back on the client. Large enough for
// one read of message data, small enough that a thousand sessions stay cheap.
constexpr qint64 SocketReadBuffer = 256 * 1024;
// Attempts to find an ephemeral port free on both 127.0.0.1 and ::1.
constexpr int PortAttempts = 16;

} // namespace

SandboxServer::SandboxServer(const SandboxSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(new SandboxStore(settings.directory, settings.maxMessagesKept, this))
{
    connect(m_store, &SandboxStore::messageStored, this, &SandboxServer::messageStored);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString* error)
{
    stop();
    if (m_settings.directory.isEmpty()) {
        *error = QStringLiteral("no directory for the messages");
        return false;
    }
    if (!m_store->prepare(error))
        return false;
    const bool tls = m_settings.startTlsEnabled || m_settings.implicitTlsEnabled;
    if (tls && (m_settings.certificate.isNull() || m_settings.privateKey.isNull())) {
        *error = QStringLiteral("TLS listeners need a certificate and a private key");
        return false;
    }
    if (tls && m_settings.user.isEmpty()) {
        *error = QStringLiteral("TLS listeners need a user name and password for AUTH");
        return false;
    }
    if (!m_settings.startTlsEnabled && !m_settings.implicitTlsEnabled && !m_settings.plainEnabled) {
        *error = QStringLiteral("no listener enabled");
        return false;
    }
    const bool ok = (!m_settings.startTlsEnabled
                     || listen(SandboxListener::Kind::StartTls, m_settings.startTlsPort, &m_startTlsPort, error))
        && (!m_settings.implicitTlsEnabled
            || listen(SandboxListener::Kind::ImplicitTls, m_settings.implicitTlsPort, &m_implicitTlsPort, error))
        && (!m_settings.plainEnabled || listen(SandboxListener::Kind::Plain, m_settings.plainPort, &m_plainPort, error));
    if (!ok)
        stop();
    return ok;
}

// Listens on 127.0.0.1 and, on the same port, ::1. Never on any other address: the sandbox
// must not be reachable from the network.
bool SandboxServer::listen(SandboxListener::Kind kind, quint16 requested, quint16* port, QString* error)
{
    for (int attempt = 0; attempt < PortAttempts; ++attempt) {
        auto* v4 = new SandboxListener(kind, this);
        if (!v4->listen(QHostAddress::LocalHost, requested)) {
            *error = QStringLiteral("cannot listen on 127.0.0.1 port %1: %2").arg(requested).arg(v4->errorString());
            delete v4;
            return false;
        }
        auto* v6 = new SandboxListener(kind, this);
        if (!v6->listen(QHostAddress::LocalHostIPv6, v4->serverPort())) {
            const bool taken = v6->serverError() == QAbstractSocket::AddressInUseError;
            delete v6;
            v6 = nullptr;
            if (taken && requested == 0) {
                // Someone holds this port on ::1 only; try another ephemeral port.
                delete v4;
                continue;
            }
            qCInfo(lcSandbox) << "no IPv6 loopback listener for" << SandboxListener::kindName(kind);
        }
        for (SandboxListener* l : {v4, v6}) {
            if (!l)
                continue;
            connect(l, &SandboxListener::connectionAvailable, this, &SandboxServer::onConnection);
            m_listeners << l;
        }
        *port = v4->serverPort();
        return true;
    }
    *error = QStringLiteral("no port free on both 127.0.0.1 and ::1");
    return false;
}

void SandboxServer::stop()
{
    for (SandboxListener* l : qAsConst(m_listeners)) {
        l->close();
        l->deleteLater();
    }
    m_listeners.clear();
    m_startTlsPort = m_implicitTlsPort = m_plainPort = 0;
    const QSet<SandboxSession*> sessions = m_sessions;
    m_sessions.clear();
    qDeleteAll(sessions);
}

QStringList SandboxServer::listeningAddresses() const
{
    QStringList out;
    for (const SandboxListener* l : m_listeners) {
        const QString a = l->serverAddress().toString();
        if (!out.contains(a))
            out << a;
    }
    return out;
}

void SandboxServer::onConnection(qintptr descriptor, SandboxListener::Kind kind)
{
    auto* socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcSandbox) << "cannot adopt connection:" << socket->errorString();
        delete socket;
        ::close(int(descriptor));
        return;
    }
    socket->setReadBufferSize(SocketReadBuffer);
    // Replies are gathered into one write per burst already (RFC 2920 §3.2); Nagle's algorithm
    // would only hold each burst back until the client's delayed ACK (~40 ms a command).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (kind != SandboxListener::Kind::Plain) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_settings.certificate);
        tls.setPrivateKey(m_settings.privateKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        tls.setProtocol(QSsl::TlsV1_2OrLater);         // RFC 8996: nothing older
        socket->setSslConfiguration(tls);
    }
    auto* session = new SandboxSession(socket, kind, &m_settings, m_store, this);
    connect(session, &SandboxSession::finished, this, &SandboxServer::onSessionFinished);
    m_sessions.insert(session);
    session->start(m_sessions.size() > m_settings.maxSessions);
}

void SandboxServer::onSessionFinished(SandboxSession* session)
{
    if (m_sessions.remove(session))
        session->deleteLater();
}
