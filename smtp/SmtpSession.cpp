// The SMTP client state machine. Read from top to bottom, this file is one send:
//   1. start(): connect (implicit TLS handshake first on port 465)
//   2. the greeting, EHLO (HELO fallback), STARTTLS and EHLO again
//   3. AUTH with the best mechanism both sides allow
//   4. per message: MAIL, RCPT..., DATA + body + "." or BDAT chunks; RSET between messages
//   5. QUIT
// Then the plumbing: socket signals, timeouts, errors, writing.
//
// Two families of small functions, in the style of curl's lib/smtp.c: send...() writes one
// command (or one pipelined group) and records which replies it awaits; on...Reply() handles one
// complete reply and calls the next send...(). dispatch() routes every reply to its handler.

#include "SmtpSession.h"

#include "DotStuffingFilter.h"
#include "SaslMechanism.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSmtp, "qourier.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSmtpWire, "qourier.smtp.wire", QtWarningMsg)

namespace {

// Back-pressure: unsent bytes held by the socket (plain and encrypted buffers together) stay
// under this bound; more is read from the message source only as the network takes it.
constexpr qint64 MaxBacklog = 256 * 1024;
constexpr qint64 BlockSize = 64 * 1024;
// A server that keeps sending 334 challenges cannot keep us in AUTH forever.
constexpr int MaxAuthSteps = 6;
// RFC 8305 §5: the recommended Connection Attempt Delay.
constexpr int AttemptDelayMs = 250;

bool isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// RFC 5321 §4.1.2 forbids CR and LF in a path; RFC 5321 §2.3.8 makes a bare CR or LF in any
// command line a way to smuggle a second command (Go's net/smtp validateLine).
bool hasLineBreakOrControl(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QStringList SmtpDelivery::rejectedAddresses() const
{
    QStringList out;
    for (const SmtpRecipientResult& r : recipients) {
        if (!r.accepted())
            out.append(r.address);
    }
    return out;
}

SmtpSession::SmtpSession(const SmtpSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    qRegisterMetaType<SmtpError>();
    qRegisterMetaType<SmtpDelivery>();
    qRegisterMetaType<SmtpCapabilities>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpSession::setCredentials(const SmtpCredentials& credentials)
{
    m_credentials = credentials;
}

int SmtpSession::enqueue(const SmtpEnvelope& envelope, QIODevice* body)
{
    Job job;
    job.index = m_nextIndex++;
    job.envelope = envelope;
    job.body = body;
    m_queue.append(job);
    if (m_state == State::Ready && !m_job)
        startNextMessage();
    return job.index;
}

// ---------------------------------------------------------------------------------------------
// 1. Connect
// ---------------------------------------------------------------------------------------------

void SmtpSession::start()
{
    if (m_state != State::Idle || m_finished)
        return;
    SmtpError invalid;
    invalid.kind = SmtpError::Kind::InvalidInput;
    invalid.phase = stateName(State::Idle);
    if (m_settings.host.isEmpty() || hasLineBreakOrControl(m_settings.host)) {
        invalid.detail = QStringLiteral("no valid server name");
        fail(invalid);
        return;
    }
    if (m_settings.security == SmtpSecurity::None && !m_settings.allowInsecure) {
        SmtpError e;
        e.kind = SmtpError::Kind::InsecureRefused;
        e.phase = stateName(State::Idle);
        e.detail = QStringLiteral("clear-text connections were not allowed");
        fail(e);
        return;
    }

    setState(State::Connecting);
    armTimer(m_settings.timeouts.connectMs);
    emit transcript(Direction::Info, QStringLiteral("Connecting to %1 port %2").arg(m_settings.host).arg(m_settings.port));

    // Through a proxy the proxy resolves the name (SOCKS5 remote DNS, HTTP CONNECT), and an
    // address literal needs no lookup: one socket. Otherwise race the addresses (Happy Eyeballs).
    const bool viaProxy = m_settings.proxy.type() != QNetworkProxy::NoProxy
        && !(m_settings.proxy.type() == QNetworkProxy::DefaultProxy
             && QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy);
    if (m_settings.proxy.type() == QNetworkProxy::HttpProxy) {
        // HTTP CONNECT is spoken here rather than by Qt's HTTP proxy engine, which reports every
        // answer but 403/404/405/407/503 as one "ProxyProtocolError": "wrong proxy password"
        // (some proxies answer 401) could not be told from "the proxy cannot reach the server".
        m_httpTunnel = true;
        m_socket = makeSocket(QNetworkProxy(QNetworkProxy::NoProxy));
        attachSocket();
        emit transcript(Direction::Info, QStringLiteral("Through the HTTP proxy %1 port %2")
                                             .arg(m_settings.proxy.hostName()).arg(m_settings.proxy.port()));
        m_socket->connectToHost(m_settings.proxy.hostName(), m_settings.proxy.port());
        return;
    }
    QHostAddress literal;
    if (viaProxy || (m_settings.addresses.isEmpty() && literal.setAddress(m_settings.host))) {
        m_socket = makeSocket(m_settings.proxy);
        attachSocket();
        if (m_settings.security == SmtpSecurity::ImplicitTls)
            m_socket->connectToHostEncrypted(m_settings.host, m_settings.port); // RFC 8314 §3.3
        else
            m_socket->connectToHost(m_settings.host, m_settings.port);
        return;
    }
    if (!m_settings.addresses.isEmpty()) {
        QHostInfo given;
        given.setAddresses(m_settings.addresses);
        onHostLookedUp(given);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_settings.host, this, &SmtpSession::onHostLookedUp);
}

std::unique_ptr<QSslSocket> SmtpSession::makeSocket(const QNetworkProxy& proxy) const
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setProxy(proxy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_settings.extraCaCertificates);
    socket->setSslConfiguration(tls);
    // Certificates are checked against the server's name, never an address or the proxy's name.
    socket->setPeerVerifyName(m_settings.host);
    return socket;
}

void SmtpSession::attachSocket()
{
    QSslSocket* s = m_socket.get();
    connect(s, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(s, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(s, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(s, &QSslSocket::bytesWritten, this, &SmtpSession::onBytesWritten);
    connect(s, &QSslSocket::encryptedBytesWritten, this, &SmtpSession::onBytesWritten);
    connect(s, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(s, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(s, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
}

// Happy Eyeballs (RFC 8305): IPv6 and IPv4 addresses interleaved, IPv6 first (§4); a new attempt
// every 250 ms (§5, Connection Attempt Delay) or as soon as one fails; the first TCP connection
// wins and the others are dropped. A black-holed address family costs 250 ms, not a timeout.
// The names come from one QHostInfo lookup (getaddrinfo: A and AAAA together) rather than two
// racing queries (§3): the submission server's name is usually cached or answered in one
// resolver round trip, and what §3 guards against — a slow AAAA answer holding up IPv4 — costs
// at most the resolver's own timeout once, before any connection, where the connect timeout
// still bounds the whole phase.
void SmtpSession::onHostLookedUp(const QHostInfo& info)
{
    m_lookupId = -1;
    if (m_finished)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        SmtpError e;
        e.kind = SmtpError::Kind::HostLookup;
        e.detail = info.errorString();
        fail(e);
        return;
    }
    QList<QHostAddress> v6, v4;
    for (const QHostAddress& a : info.addresses())
        (a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4).append(a);
    m_addresses.clear();
    for (int i = 0; i < std::max(v6.size(), v4.size()); ++i) {
        if (i < v6.size())
            m_addresses.append(v6.at(i));
        if (i < v4.size())
            m_addresses.append(v4.at(i));
    }
    connect(&m_attemptTimer, &QTimer::timeout, this, &SmtpSession::startNextAttempt, Qt::UniqueConnection);
    m_attemptTimer.setSingleShot(true);
    startNextAttempt();
}

void SmtpSession::startNextAttempt()
{
    if (m_finished || m_socket)
        return;
    if (m_addresses.isEmpty()) {
        if (m_attempts.empty())
            fail(m_lastAttemptError);
        return;
    }
    const QHostAddress address = m_addresses.takeFirst();
    auto socket = makeSocket(QNetworkProxy(QNetworkProxy::NoProxy));
    QSslSocket* s = socket.get();
    connect(s, &QSslSocket::connected, this, [this, s] { onAttemptConnected(s); });
    connect(s, &QSslSocket::errorOccurred, this, [this, s](QAbstractSocket::SocketError error) { onAttemptFailed(s, error); });
    m_attempts.push_back(std::move(socket));
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString())
                                                                              : address.toString();
    emit transcript(Direction::Info, QStringLiteral("Trying %1").arg(shown));
    if (m_settings.security == SmtpSecurity::ImplicitTls)
        s->connectToHostEncrypted(address.toString(), m_settings.port, m_settings.host);
    else
        s->connectToHost(address, m_settings.port);
    if (!m_addresses.isEmpty())
        m_attemptTimer.start(AttemptDelayMs);
}

void SmtpSession::onAttemptConnected(QSslSocket* winner)
{
    m_attemptTimer.stop();
    for (auto& attempt : m_attempts) {
        attempt->disconnect(this);
        if (attempt.get() == winner)
            m_socket = std::move(attempt);
        else
            attempt->abort();
    }
    m_attempts.clear();
    m_addresses.clear();
    attachSocket();
    onConnected();
}

void SmtpSession::onAttemptFailed(QSslSocket* socket, QAbstractSocket::SocketError error)
{
    m_lastAttemptError = errorFromSocket(socket, error);
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        if (it->get() == socket) {
            socket->disconnect(this);
            it->release()->deleteLater(); // we are inside its signal
            m_attempts.erase(it);
            break;
        }
    }
    m_attemptTimer.stop();
    startNextAttempt(); // RFC 8305 §5: a failure starts the next attempt at once
}

void SmtpSession::onConnected()
{
    // Commands are already gathered into whole flights (RFC 2920) and the body into large
    // blocks, so Nagle's algorithm only adds delay: a partial segment would wait for the
    // peer's (delayed) ACK before leaving.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    emit transcript(Direction::Info, QStringLiteral("Connected to %1").arg(peerAddress()));
    if (m_httpTunnel && !m_tunnelOpen) {
        sendProxyConnect();
        return;
    }
    if (m_settings.security == SmtpSecurity::ImplicitTls) {
        setState(State::TlsHandshake);
        armTimer(m_settings.timeouts.tlsHandshakeMs);
    } else {
        setState(State::Greeting);
        armTimer(m_settings.timeouts.greetingMs);
    }
}

// HTTP CONNECT (RFC 9110 §9.3.6): one request, with Basic credentials (RFC 7617) sent up front
// when there are any, which saves the round trip of a 407 challenge.
void SmtpSession::sendProxyConnect()
{
    QHostAddress literal;
    const QByteArray host = literal.setAddress(m_settings.host) && literal.protocol() == QAbstractSocket::IPv6Protocol
        ? '[' + m_settings.host.toLatin1() + ']'
        : QUrl::toAce(m_settings.host);
    const QByteArray authority = host + ':' + QByteArray::number(m_settings.port);
    QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n";
    QString shown = QStringLiteral("CONNECT %1 HTTP/1.1").arg(QString::fromLatin1(authority));
    if (!m_settings.proxy.user().isEmpty()) {
        const QByteArray pair = m_settings.proxy.user().toUtf8() + ':' + m_settings.proxy.password().toUtf8();
        request += "Proxy-Authorization: Basic " + pair.toBase64() + "\r\n";
        shown += QStringLiteral(" [proxy credentials hidden]");
    }
    request += "\r\n";
    qCDebug(lcSmtpWire).noquote() << "C:" << shown;
    emit transcript(Direction::Client, shown);
    m_socket->write(request);
}

// The proxy's answer to CONNECT. Returns the bytes after its header (the start of the SMTP
// greeting) once the tunnel is open; fails the session when the proxy said no.
QByteArray SmtpSession::onProxyConnectReply()
{
    const int end = m_tunnelReply.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_tunnelReply.size() > 16 * 1024) {
            SmtpError e;
            e.kind = SmtpError::Kind::Proxy;
            e.detail = QStringLiteral("the proxy's answer to CONNECT has no end");
            fail(e);
        }
        return QByteArray();
    }
    const QByteArray statusLine = m_tunnelReply.left(m_tunnelReply.indexOf("\r\n"));
    QByteArray rest = m_tunnelReply.mid(end + 4);
    m_tunnelReply.clear();
    qCDebug(lcSmtpWire).noquote() << "S:" << statusLine;
    emit transcript(Direction::Server, QString::fromLatin1(statusLine));
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    const int status = parts.value(1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/1.") || !ok) {
        SmtpError e;
        e.kind = SmtpError::Kind::Proxy;
        e.detail = QStringLiteral("not an HTTP proxy: %1").arg(QString::fromLatin1(statusLine.left(80)));
        fail(e);
        return QByteArray();
    }
    if (status / 100 != 2) {
        SmtpError e;
        e.replyCode = status;
        e.serverText = QString::fromLatin1(statusLine.mid(statusLine.indexOf(' ', 9) + 1));
        e.detail = QStringLiteral("the proxy answered %1").arg(QString::fromLatin1(statusLine));
        if (status == 407 || status == 401) // 401: tinyproxy's answer to wrong credentials
            e.kind = SmtpError::Kind::ProxyAuthFailed;
        else if (status == 403 || status == 405)
            e.kind = SmtpError::Kind::Proxy; // the proxy refuses to tunnel there (a policy)
        else
            e.kind = SmtpError::Kind::ProxyTargetUnreachable; // 404, 500, 502, 503, 504: lookup or connect failed
        fail(e);
        return QByteArray();
    }
    m_tunnelOpen = true;
    emit transcript(Direction::Info, QStringLiteral("Tunnel to %1 port %2 open").arg(m_settings.host).arg(m_settings.port));
    if (m_settings.security == SmtpSecurity::ImplicitTls) {
        // RFC 8314 §3.3: TLS from the first byte inside the tunnel, verified against the mail
        // server's name (makeSocket set it), never the proxy's.
        setState(State::TlsHandshake);
        armTimer(m_settings.timeouts.tlsHandshakeMs);
        m_socket->startClientEncryption();
        return QByteArray();
    }
    setState(State::Greeting);
    armTimer(m_settings.timeouts.greetingMs);
    return rest;
}

void SmtpSession::onEncrypted()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    emit transcript(Direction::Info,
                    QStringLiteral("TLS established: %1, %2").arg(cipher.protocolString(), cipher.name()));
    emit encrypted();
    if (m_state == State::TlsHandshake) {
        setState(State::Greeting);
        armTimer(m_settings.timeouts.greetingMs);
    } else if (m_state == State::StartTlsHandshake) {
        // RFC 3207 §4.2: forget everything learned before TLS and ask again.
        m_caps = SmtpCapabilities();
        sendEhlo();
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Greeting, EHLO, STARTTLS
// ---------------------------------------------------------------------------------------------

void SmtpSession::onGreeting(const SmtpReply& reply)
{
    // RFC 5321 §4.2: 220 is the only welcome; 554 means "no SMTP service here".
    if (reply.code == 220) {
        sendEhlo();
    } else if (reply.code == 554 || reply.is(4) || reply.is(5)) {
        failWithReply(SmtpError::Kind::ServiceUnavailable, reply);
    } else {
        failWithReply(SmtpError::Kind::ProtocolError, reply);
    }
}

void SmtpSession::sendEhlo()
{
    setState(State::Ehlo);
    writeCommand("EHLO " + ehloDomain().toLatin1(), Command::Ehlo);
}

void SmtpSession::onEhloReply(const SmtpReply& reply)
{
    if (reply.code == 250) {
        m_caps = SmtpCapabilities::fromEhloReply(reply);
        emit capabilitiesReceived(m_caps);
        if (m_settings.security == SmtpSecurity::StartTls && !isEncrypted()) {
            if (!m_caps.startTls) {
                SmtpError e = SmtpError::fromReply(SmtpError::Kind::StartTlsUnavailable, stateName(m_state), reply);
                e.detail = QStringLiteral("the server did not offer STARTTLS");
                fail(e);
                return;
            }
            sendStartTls();
            return;
        }
        afterHello();
        return;
    }
    // RFC 5321 §3.2: a server that does not know EHLO answers 500/502; HELO is the fallback. Not
    // when STARTTLS or AUTH is needed: both are EHLO extensions, so HELO can never provide them.
    if (reply.code == 500 || reply.code == 502) {
        if (m_settings.security == SmtpSecurity::StartTls && !isEncrypted()) {
            failWithReply(SmtpError::Kind::StartTlsUnavailable, reply);
            return;
        }
        if (!m_credentials.isEmpty()) {
            failWithReply(SmtpError::Kind::AuthUnavailable, reply);
            return;
        }
        sendHelo();
        return;
    }
    failWithReply(SmtpError::Kind::HeloRejected, reply);
}

void SmtpSession::sendHelo()
{
    setState(State::Helo);
    writeCommand("HELO " + ehloDomain().toLatin1(), Command::Helo);
}

void SmtpSession::onHeloReply(const SmtpReply& reply)
{
    if (reply.code != 250) {
        failWithReply(SmtpError::Kind::HeloRejected, reply);
        return;
    }
    m_caps = SmtpCapabilities(); // HELO: no extensions at all
    afterHello();
}

void SmtpSession::sendStartTls()
{
    setState(State::StartTls);
    writeCommand("STARTTLS", Command::StartTls);
}

void SmtpSession::onStartTlsReply(const SmtpReply& reply)
{
    if (reply.code != 220) {
        failWithReply(SmtpError::Kind::StartTlsUnavailable, reply);
        return;
    }
    // RFC 3207 §5 / CVE-2011-0411: anything already received after the 220 was sent before TLS
    // and could be an attacker's; it must never be read as if it came through the TLS session.
    if (m_parser.hasBufferedInput() || m_socket->bytesAvailable() > 0) {
        SmtpError e = SmtpError::fromReply(SmtpError::Kind::ProtocolError, stateName(m_state), reply);
        e.detail = QStringLiteral("the server sent data after its STARTTLS reply, before TLS began");
        fail(e);
        return;
    }
    m_caps = SmtpCapabilities();
    setState(State::StartTlsHandshake);
    armTimer(m_settings.timeouts.tlsHandshakeMs);
    m_socket->startClientEncryption();
}

void SmtpSession::afterHello()
{
    if (m_credentials.isEmpty()) {
        afterAuthentication();
        return;
    }
    // Credentials never travel in clear text unless the caller explicitly allowed it.
    if (!isEncrypted() && !m_settings.allowAuthWithoutTls) {
        SmtpError e;
        e.kind = SmtpError::Kind::InsecureRefused;
        e.phase = stateName(m_state);
        e.detail = QStringLiteral("refusing to send credentials without TLS");
        fail(e);
        return;
    }
    m_saslCandidates = SaslMechanism::preferenceOrder(m_caps.authMechanisms, m_settings.allowedAuthMechanisms,
                                                      m_credentials, isEncrypted());
    if (m_saslCandidates.isEmpty()) {
        SmtpError e;
        e.kind = SmtpError::Kind::AuthUnavailable;
        e.phase = stateName(m_state);
        e.detail = QStringLiteral("offered: %1").arg(m_caps.authMechanisms.join(QLatin1Char(' ')));
        fail(e);
        return;
    }
    sendAuth();
}

// ---------------------------------------------------------------------------------------------
// 3. AUTH (RFC 4954)
// ---------------------------------------------------------------------------------------------

void SmtpSession::sendAuth()
{
    const QString name = m_saslCandidates.takeFirst();
    m_sasl = SaslMechanism::create(name, m_credentials);
    m_authSteps = 0;
    setState(State::Auth);
    QByteArray command = "AUTH " + name.toLatin1();
    if (m_sasl->hasInitialResponse()) {
        // RFC 4954 §4: an empty initial response is sent as "=".
        const QByteArray ir = m_sasl->initialResponse().toBase64();
        command += ' ' + (ir.isEmpty() ? QByteArray("=") : ir);
        writeCommand(command, Command::Auth, QStringLiteral("AUTH %1 [credentials hidden]").arg(name));
    } else {
        writeCommand(command, Command::Auth);
    }
}

void SmtpSession::onAuthReply(const SmtpReply& reply)
{
    if (reply.code == 334) {
        if (++m_authSteps > MaxAuthSteps) {
            failWithReply(SmtpError::Kind::ProtocolError, reply);
            return;
        }
        bool ok = false;
        const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).trimmed().toLatin1());
        const QByteArray response = m_sasl->next(challenge, &ok);
        if (!ok) {
            // RFC 4954 §4: "*" cancels the exchange; the server answers 501.
            m_authFailed = true;
            writeCommand("*", Command::Auth);
            return;
        }
        writeCommand(response.toBase64(), Command::Auth, QStringLiteral("[credentials hidden]"));
        return;
    }
    if (reply.code == 235) {
        m_authMechanismName = m_sasl->name();
        emit authenticated(m_authMechanismName);
        afterAuthentication();
        return;
    }
    auto* xoauth = dynamic_cast<SaslXOAuth2*>(m_sasl.get());
    if (xoauth && xoauth->tokenExpired()) {
        failWithReply(SmtpError::Kind::AuthTokenExpired, reply);
        return;
    }
    // Try the next mechanism only where another one can help: the server does not support this
    // one (504), finds it too weak (534, RFC 4954 §6) or wants encryption for it (538), or
    // CRAM-MD5 failed (servers that store hashed passwords advertise it but cannot check it).
    const bool mechanismProblem = reply.code == 504 || reply.code == 534 || reply.code == 538
        || (reply.code == 535 && m_sasl->name() == QLatin1String("CRAM-MD5"));
    if (mechanismProblem && !m_saslCandidates.isEmpty() && !m_authFailed) {
        sendAuth();
        return;
    }
    if (reply.code == 504 || reply.code == 534 || reply.code == 538)
        failWithReply(SmtpError::Kind::AuthUnavailable, reply);
    else
        failWithReply(SmtpError::Kind::AuthFailed, reply);
}

void SmtpSession::afterAuthentication()
{
    setState(State::Ready);
    startNextMessage();
}

// ---------------------------------------------------------------------------------------------
// 4. One message: MAIL FROM, RCPT TO..., DATA or BDAT
// ---------------------------------------------------------------------------------------------

void SmtpSession::startNextMessage()
{
    if (m_job || m_finished)
        return;
    if (m_queue.isEmpty()) {
        sendQuit();
        return;
    }
    m_job = std::make_unique<Job>(m_queue.takeFirst());
    m_mailAccepted = false;
    m_rcptReplies = 0;
    m_nextRcpt = 0;
    m_bodyStarted = false;
    m_bodyDone = false;
    m_bodyStopped = false;
    m_discardTerminator = false;
    m_bdatInFlight = 0;
    m_bdatChunks = 0;
    m_bodyRead = 0;
    m_progressSent = 0;
    m_transactionError = SmtpError();
    m_stuffer = std::make_unique<DotStuffingFilter>();

    Job& job = *m_job;
    job.delivery.index = job.index;
    auto reject = [this](SmtpError::Kind kind, const QString& detail) {
        SmtpError e;
        e.kind = kind;
        e.phase = stateName(m_state);
        e.detail = detail;
        finishMessage(e);
    };

    // Everything that can be known before the first command is checked first, so a message
    // that cannot be sent costs no round trip and leaves no half transaction behind.
    job.needsSmtpUtf8 = needsSmtpUtf8(job);
    QString problem;
    job.fromPath = formatPath(job.envelope.from, job.needsSmtpUtf8, &problem);
    if (!problem.isEmpty())
        return reject(SmtpError::Kind::InvalidInput, problem);
    QSet<QByteArray> seen;
    for (const QString& rcpt : qAsConst(job.envelope.recipients)) {
        const QByteArray path = formatPath(rcpt, job.needsSmtpUtf8, &problem);
        if (!problem.isEmpty() || path == "<>")
            return reject(SmtpError::Kind::InvalidInput, problem.isEmpty() ? QStringLiteral("empty recipient") : problem);
        // The same mailbox in To and Bcc gets one RCPT; domains compare case-insensitively.
        const QByteArray key = path.left(path.lastIndexOf('@')) + path.mid(path.lastIndexOf('@')).toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        job.recipients.append(path);
        SmtpRecipientResult result;
        result.address = rcpt;
        job.delivery.recipients.append(result);
    }
    if (job.recipients.isEmpty())
        return reject(SmtpError::Kind::InvalidInput, QStringLiteral("no recipients"));
    if (!job.body || !job.body->isReadable())
        return reject(SmtpError::Kind::BodyReadError, QStringLiteral("the message source is not readable"));
    // RFC 1870 §6.1: a client should not send a message larger than the server's declared limit.
    if (m_caps.sizeLimit > 0 && job.envelope.size > m_caps.sizeLimit) {
        SmtpError e;
        e.kind = SmtpError::Kind::MessageTooLarge;
        e.phase = stateName(m_state);
        e.detail = QStringLiteral("%1 bytes, the server accepts at most %2").arg(job.envelope.size).arg(m_caps.sizeLimit);
        return finishMessage(e);
    }
    if (job.envelope.eightBit && !m_caps.eightBitMime)
        return reject(SmtpError::Kind::EightBitUnavailable, QStringLiteral("the server does not offer 8BITMIME"));
    if (job.needsSmtpUtf8 && !m_caps.smtpUtf8)
        return reject(SmtpError::Kind::SmtpUtf8Unavailable, QStringLiteral("the server does not offer SMTPUTF8"));

    m_useBdat = m_caps.chunking && m_settings.useChunking;
    m_pipelining = m_caps.pipelining && m_settings.usePipelining;
    m_stuffer->setDotStuffing(!m_useBdat); // RFC 3030 §2: BDAT data is sent as it is
    sendTransactionCommands();
}

void SmtpSession::sendTransactionCommands()
{
    Job& job = *m_job;
    QByteArray mail = "MAIL FROM:" + job.fromPath;
    if (m_caps.sizeOffered && job.envelope.size >= 0)
        mail += " SIZE=" + QByteArray::number(job.envelope.size); // RFC 1870 §3
    if (job.envelope.eightBit)
        mail += " BODY=8BITMIME"; // RFC 6152 §3
    if (job.needsSmtpUtf8)
        mail += " SMTPUTF8"; // RFC 6531 §3.4

    QList<QByteArray> commands;
    QList<Pending> awaits;
    // RSET between messages on one connection (RFC 5321 §4.1.1.5). With PIPELINING it rides
    // in the same flight as MAIL (RFC 2920 §3.1); without, its reply comes first.
    if (m_needRset) {
        m_needRset = false;
        if (!m_pipelining) {
            setState(State::Rset);
            writeCommand("RSET", Command::Rset);
            return;
        }
        commands.append("RSET");
        awaits.append({Command::Rset, -1, false, job.index});
    }
    commands.append(mail);
    awaits.append({Command::Mail, -1, false, job.index});
    setState(State::MailFrom);
    if (!m_pipelining) {
        writeCommands(commands, awaits);
        return;
    }
    // RFC 2920 §3.1: MAIL, every RCPT and DATA go in one flight; with CHUNKING the first BDAT
    // follows in the same write (sendBody below), since its length-framed data is safe even if
    // MAIL or every RCPT fails: the server reads and discards it (RFC 3030 §3).
    for (int i = 0; i < job.recipients.size(); ++i) {
        commands.append("RCPT TO:" + job.recipients.at(i));
        awaits.append({Command::Rcpt, i, false, job.index});
    }
    m_nextRcpt = job.recipients.size();
    if (!m_useBdat) {
        commands.append("DATA");
        awaits.append({Command::Data});
    }
    // Hold the writes back until the first body bytes are queued too: one flight.
    m_corked = true;
    writeCommands(commands, awaits);
    if (m_useBdat) {
        m_bodyStarted = true;
        sendBody();
    }
    m_corked = false;
    flushOut();
}

void SmtpSession::sendNextRcpt()
{
    Job& job = *m_job;
    setState(State::RcptTo);
    const int i = m_nextRcpt++;
    writeCommand("RCPT TO:" + job.recipients.at(i), Command::Rcpt, QString(), i);
}

void SmtpSession::onMailReply(const SmtpReply& reply)
{
    if (reply.is(25)) {
        m_mailAccepted = true;
        if (!m_pipelining)
            sendNextRcpt();
        else
            setState(State::RcptTo);
        return;
    }
    // RFC 1870 §6.1: 552 = too large for this server; anything else refuses the sender.
    const SmtpError::Kind kind = reply.code == 552 ? SmtpError::Kind::MessageTooLarge : SmtpError::Kind::SenderRejected;
    m_transactionError = SmtpError::fromReply(kind, stateName(State::MailFrom), reply);
    stopBody();
    settleIfIdle();
}

void SmtpSession::onRcptReply(const SmtpReply& reply, int recipient)
{
    Job& job = *m_job;
    ++m_rcptReplies;
    if (recipient >= 0 && recipient < job.delivery.recipients.size())
        job.delivery.recipients[recipient].reply = reply;
    const bool allReplied = m_rcptReplies == job.recipients.size();
    if (!m_pipelining && !allReplied && m_mailAccepted) {
        sendNextRcpt();
        return;
    }
    if (!allReplied)
        return;
    if (acceptedRecipients() == 0 && !m_transactionError.isError()) {
        const SmtpReply first = job.delivery.recipients.value(0).reply;
        m_transactionError = SmtpError::fromReply(SmtpError::Kind::RecipientRejected, stateName(State::RcptTo), first);
    }
    if (m_transactionError.isError()) {
        stopBody();
        settleIfIdle();
        return;
    }
    if (!m_pipelining) {
        if (m_useBdat) {
            m_bodyStarted = true;
            sendBody();
        } else {
            setState(State::Data);
            writeCommand("DATA", Command::Data);
        }
        return;
    }
    setState(m_useBdat ? State::Bdat : State::Data);
}

void SmtpSession::onDataReply(const SmtpReply& reply)
{
    if (reply.code == 354) {
        if (m_transactionError.isError() || acceptedRecipients() == 0) {
            // RFC 2920 §3.1: DATA was accepted although no recipient was; end the empty
            // message with a lone "." and discard the server's reply to it.
            m_discardTerminator = true;
            setState(State::EndOfData);
            writeRaw(".\r\n");
            emit transcript(Direction::Client, QStringLiteral("."));
            m_pending.append({Command::EndOfData});
            rearmTimer();
            return;
        }
        setState(State::Body);
        m_bodyStarted = true;
        sendBody();
        return;
    }
    if (!m_transactionError.isError())
        m_transactionError = SmtpError::fromReply(SmtpError::Kind::DataRejected, stateName(State::Data), reply);
    settleIfIdle();
}

// Tells the owner that the bytes which commit the message (the final "." or BDAT LAST) are about
// to be written: from here on a lost connection leaves the delivery uncertain (RFC 1047), so an
// outbox records that before the bytes leave. False when the owner cancelled meanwhile.
bool SmtpSession::announceCommit()
{
    emit committing(m_job->index);
    return !m_finished && m_job && !m_bodyStopped;
}

// The body: read from the message source in blocks, dot-stuffed for DATA or framed as BDAT
// chunks, written only while the socket's backlog is below MaxBacklog and refilled from
// bytesWritten. A 2 GB attachment therefore costs a few hundred KiB.
void SmtpSession::sendBody()
{
    if (!m_job || !m_bodyStarted || m_bodyDone || m_bodyStopped || m_finished)
        return;
    QIODevice* body = m_job->body;
    if (!body) {
        SmtpError e;
        e.kind = SmtpError::Kind::BodyReadError;
        e.detail = QStringLiteral("the message source went away");
        fail(e);
        return;
    }
    if (!m_bodyConnected) {
        // A sequential source (a pipe, a generator) may have no bytes yet: continue when it has.
        connect(body, &QIODevice::readyRead, this, &SmtpSession::sendBody, Qt::UniqueConnection);
        m_bodyConnected = true;
        if (!m_useBdat)
            emit transcript(Direction::Info, QStringLiteral("Sending the message data"));
    }
    while (socketBacklog() < MaxBacklog) {
        // RFC 3030 §4.2: without PIPELINING wait for each BDAT reply before the next chunk.
        if (m_useBdat && !m_pipelining && m_bdatInFlight > 0)
            break;
        QByteArray block(BlockSize, Qt::Uninitialized);
        const qint64 n = body->read(block.data(), BlockSize);
        if (n < 0) {
            SmtpError e;
            e.kind = SmtpError::Kind::BodyReadError;
            e.detail = body->errorString();
            // Never end a half-read message with "." or BDAT LAST: dropping the connection
            // makes the server discard it (RFC 5321 §4.1.1.4).
            fail(e);
            return;
        }
        block.truncate(n);
        const bool atEnd = body->atEnd();
        if (n == 0 && !atEnd)
            break; // wait for readyRead
        m_bodyRead += n;
        if (m_useBdat) {
            // RFC 3030 §2: BDAT data is not dot-stuffed; line ends are still normalised so the
            // stored message has CRLF everywhere (RFC 5322 §2.3).
            QByteArray chunk = m_stuffer->process(block);
            if (atEnd)
                chunk += m_stuffer->finish();
            if (atEnd && !announceCommit())
                return;
            QByteArray command = "BDAT " + QByteArray::number(chunk.size());
            if (atEnd)
                command += " LAST";
            // A 2 GB message is 32,768 chunks: the transcript shows the first and the last.
            ++m_bdatChunks;
            if (m_bdatChunks == 1 || atEnd)
                emit transcript(Direction::Client, QString::fromLatin1(command) + QStringLiteral(" [%1 bytes of message data]").arg(chunk.size()));
            m_pending.append({Command::Bdat, -1, atEnd, m_job->index});
            ++m_bdatInFlight;
            writeRaw(command + "\r\n" + chunk);
            if (atEnd) {
                m_bodyDone = true;
                setState(State::EndOfData);
                emit transcript(Direction::Info, QStringLiteral("%1 bytes of message data sent in %2 chunks").arg(m_bodyRead).arg(m_bdatChunks));
                rearmTimer();
                // RFC 2920 §3.1 + RFC 3030 §4.2: RSET, MAIL, RCPT and BDAT may all follow BDAT
                // LAST without waiting for its reply, so the next message goes out now.
                if (m_pipelining && !m_queue.isEmpty() && !m_transactionError.isError())
                    handOffToTail();
                return;
            }
            continue;
        }
        if (atEnd && !announceCommit())
            return;
        if (n > 0)
            writeRaw(m_stuffer->process(block));
        if (atEnd) {
            writeRaw(m_stuffer->finish());
            m_bodyDone = true;
            emit transcript(Direction::Info, QStringLiteral("%1 bytes of message data").arg(m_bodyRead));
            emit transcript(Direction::Client, QStringLiteral("."));
            m_pending.append({Command::EndOfData});
            setState(State::EndOfData);
            rearmTimer();
            return;
        }
    }
    rearmTimer();
}

void SmtpSession::onBdatReply(const SmtpReply& reply, bool lastChunk)
{
    --m_bdatInFlight;
    if (!reply.is(25)) {
        if (!m_transactionError.isError()) {
            const SmtpError::Kind kind = reply.code == 552 ? SmtpError::Kind::MessageTooLarge : SmtpError::Kind::DataRejected;
            m_transactionError = SmtpError::fromReply(kind, stateName(State::Bdat), reply);
        }
        stopBody();
        settleIfIdle();
        return;
    }
    if (lastChunk) {
        onEndOfDataReply(reply);
        return;
    }
    sendBody();
}

void SmtpSession::onEndOfDataReply(const SmtpReply& reply)
{
    if (m_discardTerminator) {
        settleIfIdle();
        return;
    }
    if (m_transactionError.isError()) {
        settleIfIdle();
        return;
    }
    if (reply.is(25)) {
        m_job->delivery.finalReply = reply;
        finishMessage(SmtpError());
        return;
    }
    const SmtpError::Kind kind = reply.code == 552 ? SmtpError::Kind::MessageTooLarge : SmtpError::Kind::DataRejected;
    finishMessage(SmtpError::fromReply(kind, stateName(State::EndOfData), reply));
}

void SmtpSession::onRsetReply(const SmtpReply& reply)
{
    if (!reply.is(25)) {
        failWithReply(SmtpError::Kind::ProtocolError, reply);
        return;
    }
    if (m_state == State::Rset && m_job)
        sendTransactionCommands(); // lock-step: MAIL only after RSET's reply
}

// A failed transaction ends once every reply it has in flight has arrived (RFC 2920 §3.2: the
// client must read all of them), then RSET comes with the next message.
void SmtpSession::settleIfIdle()
{
    if (!m_job || !m_transactionError.isError())
        return;
    if (!m_pending.isEmpty())
        return;
    finishMessage(m_transactionError);
}

void SmtpSession::stopBody()
{
    if (m_bodyStarted && !m_bodyDone)
        m_bodyStopped = true;
}

int SmtpSession::acceptedRecipients() const
{
    int n = 0;
    for (const SmtpRecipientResult& r : m_job->delivery.recipients) {
        if (r.accepted())
            ++n;
    }
    return n;
}

void SmtpSession::finishMessage(const SmtpError& error)
{
    if (!m_job)
        return;
    std::unique_ptr<Job> job = std::move(m_job);
    if (job->body)
        job->body->disconnect(this);
    m_bodyConnected = false;
    job->delivery.error = error;
    job->delivery.bytesSent = m_bodyRead;
    if (error.isError() && error.kind != SmtpError::Kind::InvalidInput)
        m_needRset = true; // a refused transaction is cleared before the next one
    else if (!error.isError())
        m_needRset = true; // RSET between messages on one connection
    if (!error.isError() && job->envelope.size >= 0)
        emit uploadProgress(job->index, job->envelope.size, job->envelope.size);
    emit messageFinished(job->delivery);
    if (m_finished)
        return;
    setState(State::Ready);
    startNextMessage();
}

// The message in m_job is written to its last byte; its replies are handled by onTailReply()
// from now on, and the next message starts at once (from the event loop, so a long queue never
// recurses) instead of a round trip later.
void SmtpSession::handOffToTail()
{
    Tail t;
    t.rcptReplies = m_rcptReplies;
    t.error = m_transactionError;
    t.bodyRead = m_bodyRead;
    if (m_job->body)
        m_job->body->disconnect(this);
    m_bodyConnected = false;
    t.job = std::move(m_job);
    m_tails.push_back(std::move(t));
    m_needRset = true; // RFC 5321 §4.1.1.5: RSET between messages, in the next flight
    setState(State::Ready);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished && !m_job && m_state == State::Ready)
                startNextMessage();
        },
        Qt::QueuedConnection);
}

// A reply to a message already handed off: MAIL, RCPT or BDAT, in order (RFC 2920 §3.2). The
// reply to BDAT LAST ends it; the first refusal seen is its outcome, as for a message in m_job.
void SmtpSession::onTailReply(const Pending& pending, const SmtpReply& reply)
{
    Tail& t = m_tails.front();
    Job& job = *t.job;
    switch (pending.command) {
    case Command::Mail:
        if (!reply.is(25) && !t.error.isError()) // RFC 1870 §6.1: 552 = too large
            t.error = SmtpError::fromReply(reply.code == 552 ? SmtpError::Kind::MessageTooLarge : SmtpError::Kind::SenderRejected,
                                           stateName(State::MailFrom), reply);
        return;
    case Command::Rcpt: {
        ++t.rcptReplies;
        if (pending.recipient >= 0 && pending.recipient < job.delivery.recipients.size())
            job.delivery.recipients[pending.recipient].reply = reply;
        const bool noneAccepted = std::none_of(job.delivery.recipients.cbegin(), job.delivery.recipients.cend(),
                                               [](const SmtpRecipientResult& r) { return r.accepted(); });
        if (t.rcptReplies == job.recipients.size() && noneAccepted && !t.error.isError())
            t.error = SmtpError::fromReply(SmtpError::Kind::RecipientRejected, stateName(State::RcptTo),
                                           job.delivery.recipients.value(0).reply);
        return;
    }
    case Command::Bdat:
        if (!reply.is(25) && !t.error.isError())
            t.error = SmtpError::fromReply(reply.code == 552 ? SmtpError::Kind::MessageTooLarge : SmtpError::Kind::DataRejected,
                                           stateName(State::Bdat), reply);
        if (!pending.lastChunk)
            return;
        break;
    default:
        return;
    }
    Tail done = std::move(m_tails.front());
    m_tails.pop_front();
    SmtpDelivery d = done.job->delivery;
    d.bytesSent = done.bodyRead;
    d.error = done.error;
    if (!d.error.isError()) {
        d.finalReply = reply;
        if (done.job->envelope.size >= 0)
            emit uploadProgress(done.job->index, done.job->envelope.size, done.job->envelope.size);
    }
    QPointer<SmtpSession> alive(this);
    emit messageFinished(d);
    if (alive && m_quitting)
        settleQuit();
}

// ---------------------------------------------------------------------------------------------
// 5. QUIT
// ---------------------------------------------------------------------------------------------

void SmtpSession::sendQuit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    setState(State::Quit);
    writeCommand("QUIT", Command::Quit);
    armTimer(m_settings.timeouts.quitMs);
    settleQuit();
}

// RFC 5321 §4.1.1.10 obliges the server to answer QUIT with 221, but nothing depends on that
// answer: every message already has its outcome. So the session is finished as soon as QUIT has
// been handed to the network, not a round trip later; the connection then closes gracefully.
void SmtpSession::settleQuit()
{
    if (m_finished || !m_quitting || !m_tails.empty() || socketBacklog() > 0)
        return;
    closeConnection(false);
    setState(State::Done);
    emitFinished(SmtpError());
}

void SmtpSession::onQuitReply(const SmtpReply&)
{
    // Whatever the server says to QUIT, the work is done (RFC 5321 §4.1.1.10).
    closeConnection(false);
    setState(State::Done);
    emitFinished(SmtpError());
}

void SmtpSession::cancel()
{
    if (m_finished)
        return;
    SmtpError e;
    e.kind = SmtpError::Kind::Cancelled;
    e.phase = stateName(m_state);
    // After the final dot the server may already have the message (RFC 1047).
    if (m_state == State::EndOfData && m_bodyDone && !m_discardTerminator)
        e.deliveryUncertain = true;
    fail(e);
}

// ---------------------------------------------------------------------------------------------
// Plumbing: replies, socket signals, timeouts
// ---------------------------------------------------------------------------------------------

void SmtpSession::onReadyRead()
{
    if (!m_socket)
        return;
    QByteArray bytes = m_socket->readAll();
    if (m_finished)
        return;
    if (m_httpTunnel && !m_tunnelOpen) {
        m_tunnelReply += bytes;
        bytes = onProxyConnectReply();
        if (m_finished || !m_tunnelOpen || bytes.isEmpty())
            return;
    }
    if (!m_parser.feed(bytes)) {
        SmtpError e;
        e.kind = SmtpError::Kind::ProtocolError;
        e.detail = m_parser.errorString();
        fail(e);
        return;
    }
    while (m_parser.hasReply() && !m_finished) {
        // After a STARTTLS 220 the handshake has begun: replies still queued were sent in clear
        // text after the 220 (onStartTlsReply refuses them).
        if (m_state == State::StartTlsHandshake) {
            SmtpError e;
            e.kind = SmtpError::Kind::ProtocolError;
            e.detail = QStringLiteral("the server sent data after its STARTTLS reply, before TLS began");
            fail(e);
            return;
        }
        dispatch(m_parser.takeReply());
    }
}

void SmtpSession::dispatch(const SmtpReply& reply)
{
    for (int i = 0; i < reply.lines.size(); ++i) {
        const bool last = i == reply.lines.size() - 1;
        QString line = QString::number(reply.code) + (last ? QLatin1Char(' ') : QLatin1Char('-'));
        if (!reply.enhancedCode.isEmpty())
            line += reply.enhancedCode + QLatin1Char(' ');
        line += reply.lines.at(i);
        qCDebug(lcSmtpWire).noquote() << "S:" << line;
        emit transcript(Direction::Server, line);
    }

    if (m_state == State::Greeting) {
        onGreeting(reply);
        return;
    }
    if (m_pending.isEmpty()) {
        if (reply.code == 421 && !m_quitting) {
            failWithReply(SmtpError::Kind::ServiceUnavailable, reply);
            return;
        }
        failWithReply(SmtpError::Kind::ProtocolError, reply);
        return;
    }
    const Pending p = m_pending.takeFirst();
    // RFC 5321 §3.8: 421 may answer any command; the server is closing the connection.
    if (reply.code == 421 && p.command != Command::Quit) {
        failWithReply(SmtpError::Kind::ServiceUnavailable, reply);
        return;
    }
    if (!m_tails.empty() && p.job >= 0 && p.job == m_tails.front().job->index) {
        onTailReply(p, reply);
        if (!m_finished)
            rearmTimer();
        return;
    }
    switch (p.command) {
    case Command::Ehlo: onEhloReply(reply); break;
    case Command::Helo: onHeloReply(reply); break;
    case Command::StartTls: onStartTlsReply(reply); break;
    case Command::Auth: onAuthReply(reply); break;
    case Command::Mail: onMailReply(reply); break;
    case Command::Rcpt: onRcptReply(reply, p.recipient); break;
    case Command::Data: onDataReply(reply); break;
    case Command::Bdat: onBdatReply(reply, p.lastChunk); break;
    case Command::EndOfData: onEndOfDataReply(reply); break;
    case Command::Rset: onRsetReply(reply); break;
    case Command::Quit: onQuitReply(reply); break;
    }
    if (!m_finished)
        rearmTimer();
}

void SmtpSession::onBytesWritten()
{
    if (m_quitting) {
        settleQuit();
        return;
    }
    if (!m_job || !m_bodyStarted || m_finished)
        return;
    const qint64 total = m_job->envelope.size;
    // Bytes read minus what still waits in the socket; the TLS layer's buffers make that an
    // estimate, so never let it run backwards or past the total.
    qint64 sent = std::max(m_progressSent, m_bodyRead - socketBacklog());
    if (total >= 0 && sent > total)
        sent = total;
    if (sent != m_progressSent || sent == 0) {
        m_progressSent = sent;
        emit uploadProgress(m_job->index, sent, total);
    }
    if (!m_bodyDone) {
        rearmTimer(); // an upload that keeps moving never times out
        sendBody();
    }
}

void SmtpSession::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (m_quitting && (error == QAbstractSocket::RemoteHostClosedError)) {
        closeConnection(false);
        setState(State::Done);
        emitFinished(SmtpError());
        return;
    }
    SmtpError e = errorFromSocket(m_socket.get(), error);
    if (e.kind == SmtpError::Kind::ServerClosed)
        e.deliveryUncertain = awaitingFinalReply();
    fail(e);
}

SmtpError SmtpSession::errorFromSocket(QSslSocket* socket, QAbstractSocket::SocketError error) const
{
    SmtpError e;
    e.detail = socket ? socket->errorString() : QString();
    const bool viaProxy = socket && socket->proxy().type() != QNetworkProxy::NoProxy
        && !(socket->proxy().type() == QNetworkProxy::DefaultProxy
             && QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy);
    if (m_httpTunnel && !m_tunnelOpen && m_state == State::Connecting) {
        // Our own CONNECT tunnel: any failure before the proxy's answer is a failure to reach
        // or talk to the proxy itself.
        e.kind = error == QAbstractSocket::SocketTimeoutError ? SmtpError::Kind::Timeout : SmtpError::Kind::Proxy;
        return e;
    }
    switch (error) {
    case QAbstractSocket::HostNotFoundError: e.kind = SmtpError::Kind::HostLookup; break;
    case QAbstractSocket::ConnectionRefusedError: e.kind = SmtpError::Kind::ConnectionRefused; break;
    case QAbstractSocket::RemoteHostClosedError: e.kind = SmtpError::Kind::ServerClosed; break;
    case QAbstractSocket::SocketTimeoutError: e.kind = SmtpError::Kind::Timeout; break;
    case QAbstractSocket::SslHandshakeFailedError:
        e.kind = m_sslErrors.isEmpty() ? SmtpError::Kind::TlsHandshake : SmtpError::Kind::CertificateRejected;
        e.sslErrors = m_sslErrors;
        e.certificateChain = socket->peerCertificateChain();
        break;
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        e.kind = SmtpError::Kind::TlsHandshake;
        break;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        e.kind = SmtpError::Kind::ProxyAuthFailed;
        break;
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        e.kind = SmtpError::Kind::Proxy;
        break;
    default: e.kind = SmtpError::Kind::Network; break;
    }
    // Through a proxy, "refused", "not found" and "unreachable" describe the proxy's attempt to
    // reach the mail server, not ours to reach the proxy (that is ProxyConnectionRefused).
    if (viaProxy && m_state == State::Connecting
        && (e.kind == SmtpError::Kind::ConnectionRefused || e.kind == SmtpError::Kind::HostLookup
            || e.kind == SmtpError::Kind::Network))
        e.kind = SmtpError::Kind::ProxyTargetUnreachable;
    return e;
}

void SmtpSession::onSslErrors(const QList<QSslError>& errors)
{
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    if (!chain.isEmpty()) {
        // A pin is the person's decision to trust exactly this certificate (a company server or
        // the sandbox): it replaces chain and name checks for that one certificate only.
        const QByteArray leaf = chain.first().digest(QCryptographicHash::Sha256);
        for (const QString& pin : qAsConst(m_settings.pinnedSha256)) {
            if (SmtpSettings::normalizedFingerprint(pin) == leaf) {
                emit transcript(Direction::Info, QStringLiteral("Certificate accepted: it matches the pinned SHA-256 fingerprint"));
                m_socket->ignoreSslErrors(errors);
                return;
            }
        }
    }
    m_sslErrors = errors;
    for (const QSslError& err : errors)
        emit transcript(Direction::Info, QStringLiteral("Certificate problem: %1").arg(err.errorString()));
}

void SmtpSession::onDisconnected()
{
    if (m_finished)
        return;
    if (m_quitting) {
        setState(State::Done);
        emitFinished(SmtpError());
        return;
    }
    SmtpError e;
    e.kind = SmtpError::Kind::ServerClosed;
    e.detail = QStringLiteral("the server closed the connection");
    e.deliveryUncertain = awaitingFinalReply();
    fail(e);
}

void SmtpSession::onTimeout()
{
    if (m_finished)
        return;
    if (m_quitting) {
        // No 221 in time: the messages were already accepted; just hang up.
        closeConnection(true);
        setState(State::Done);
        emitFinished(SmtpError());
        return;
    }
    SmtpError e;
    e.kind = SmtpError::Kind::Timeout;
    e.detail = QStringLiteral("no answer from the server in time");
    e.deliveryUncertain = awaitingFinalReply();
    fail(e);
}

bool SmtpSession::awaitingFinalReply() const
{
    // The last byte of the message is out and its reply has not come (RFC 1047).
    return m_job && m_bodyDone && !m_discardTerminator && !m_transactionError.isError();
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

void SmtpSession::failWithReply(SmtpError::Kind kind, const SmtpReply& reply)
{
    fail(SmtpError::fromReply(kind, stateName(m_state), reply));
}

void SmtpSession::fail(const SmtpError& error)
{
    if (m_finished)
        return;
    SmtpError e = error;
    if (e.phase.isEmpty())
        e.phase = stateName(m_state);
    qCDebug(lcSmtp).noquote() << "failed:" << e.toString();
    emit transcript(Direction::Info, QStringLiteral("Error: %1").arg(e.toString()));
    m_timer.stop();

    // Say goodbye where the protocol still allows a command: not mid-body (a QUIT would become
    // message text), not after the server broke the protocol or went silent.
    const bool midBody = m_bodyStarted && !m_bodyDone && m_job;
    const bool polite = m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !midBody
        && m_state != State::Connecting && m_state != State::TlsHandshake && m_state != State::StartTlsHandshake
        && e.kind != SmtpError::Kind::Timeout && e.kind != SmtpError::Kind::ProtocolError
        && e.kind != SmtpError::Kind::ServerClosed && e.kind != SmtpError::Kind::ServiceUnavailable
        && e.kind != SmtpError::Kind::BodyReadError;
    if (polite) {
        writeRaw("QUIT\r\n");
        emit transcript(Direction::Client, QStringLiteral("QUIT"));
    }
    m_finished = true; // from here no handler runs again
    closeConnection(!polite);
    setState(State::Done);

    // Every message not yet finished shares the session's fate.
    QList<SmtpDelivery> outcomes;
    for (Tail& t : m_tails) {
        SmtpDelivery d = t.job->delivery;
        d.bytesSent = t.bodyRead;
        d.error = t.error.isError() ? t.error : e;
        // Its last byte is out and its final reply is not in: it may have been delivered (RFC 1047).
        d.error.deliveryUncertain = !t.error.isError();
        outcomes.append(d);
    }
    m_tails.clear();
    if (m_job) {
        m_job->delivery.error = e;
        m_job->delivery.bytesSent = m_bodyRead;
        outcomes.append(m_job->delivery);
        m_job.reset();
    }
    for (Job& job : m_queue) {
        job.delivery.index = job.index;
        job.delivery.error = e;
        job.delivery.error.deliveryUncertain = false;
        outcomes.append(job.delivery);
    }
    m_queue.clear();
    QPointer<SmtpSession> alive(this);
    for (const SmtpDelivery& d : qAsConst(outcomes)) {
        emit messageFinished(d);
        if (!alive)
            return;
    }
    emit finished(e);
}

void SmtpSession::emitFinished(const SmtpError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    emit finished(error);
}

void SmtpSession::closeConnection(bool abort)
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_attemptTimer.stop();
    for (auto& attempt : m_attempts) {
        attempt->disconnect(this);
        attempt->abort();
        attempt.release()->deleteLater(); // may be inside one of its signals
    }
    m_attempts.clear();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (abort)
        m_socket->abort();
    else
        m_socket->disconnectFromHost(); // flushes what is queued (a final QUIT) first
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

void SmtpSession::writeCommand(const QByteArray& command, Command awaits, const QString& redacted, int recipient)
{
    writeCommands({command}, {{awaits, recipient}}, redacted);
}

void SmtpSession::writeCommands(const QList<QByteArray>& commands, const QList<Pending>& awaits, const QString& redacted)
{
    QByteArray out;
    for (const QByteArray& c : commands) {
        // Arguments were checked where they entered; this is the last line of defence against
        // a second command smuggled inside the first (RFC 5321 §2.3.8).
        Q_ASSERT(!c.contains('\r') && !c.contains('\n'));
        out += c + "\r\n";
        const QString shown = commands.size() == 1 && !redacted.isEmpty() ? redacted : QString::fromUtf8(c);
        qCDebug(lcSmtpWire).noquote() << "C:" << shown;
        emit transcript(Direction::Client, shown);
    }
    for (const Pending& p : awaits)
        m_pending.append(p);
    writeRaw(out);
    rearmTimer();
}

// Everything goes out through here; while corked, writes gather into one segment (one flight).
void SmtpSession::writeRaw(const QByteArray& bytes)
{
    m_out += bytes;
    if (!m_corked)
        flushOut();
}

void SmtpSession::flushOut()
{
    if (m_socket && !m_out.isEmpty())
        m_socket->write(m_out);
    m_out.clear();
}

qint64 SmtpSession::socketBacklog() const
{
    if (!m_socket)
        return m_out.size();
    return m_out.size() + m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

// ---------------------------------------------------------------------------------------------
// State and timers
// ---------------------------------------------------------------------------------------------

void SmtpSession::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcSmtp).noquote() << "state" << stateName(m_state) << "->" << stateName(state);
    m_state = state;
    emit stateChanged(state);
}

void SmtpSession::armTimer(int ms)
{
    m_timer.start(ms);
}

// One timeout per phase: the final reply after the data may take minutes (RFC 5321
// §4.5.3.2.6), an upload is limited only by inactivity, everything else by the command limit.
void SmtpSession::rearmTimer()
{
    if (m_finished)
        return;
    if (m_state == State::Connecting || m_state == State::TlsHandshake || m_state == State::StartTlsHandshake
        || m_state == State::Greeting || m_state == State::Quit)
        return; // armed by the phase itself
    if (m_bodyStarted && !m_bodyDone && !m_bodyStopped && m_job) {
        armTimer(m_settings.timeouts.bodyInactivityMs);
        return;
    }
    if (m_pending.isEmpty()) {
        m_timer.stop();
        return;
    }
    const Pending& front = m_pending.first();
    if (front.command == Command::EndOfData || (front.command == Command::Bdat && front.lastChunk))
        armTimer(m_settings.timeouts.finalReplyMs);
    else
        armTimer(m_settings.timeouts.commandMs);
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

QString SmtpSession::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(static_cast<int>(state)));
}

bool SmtpSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QSslCipher SmtpSession::sessionCipher() const
{
    return m_socket ? m_socket->sessionCipher() : QSslCipher();
}

QList<QSslCertificate> SmtpSession::peerCertificateChain() const
{
    return m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
}

QString SmtpSession::peerAddress() const
{
    if (!m_socket)
        return QString();
    const QHostAddress a = m_socket->peerAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_socket->peerPort());
}

// RFC 5321 §4.1.4: the EHLO argument is the client's FQDN, or an address literal when it has none.
QString SmtpSession::ehloDomain() const
{
    auto valid = [](const QString& name) {
        if (name.isEmpty() || !name.contains(QLatin1Char('.')) || name.size() > 253)
            return false;
        for (const QChar c : name) {
            if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-') && c != QLatin1Char('.'))
                return false;
        }
        return !name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char('.'));
    };
    if (valid(m_settings.ehloName))
        return m_settings.ehloName;
    const QString host = QHostInfo::localHostName();
    if (valid(host))
        return host;
    const QString domain = QHostInfo::localDomainName();
    if (!host.isEmpty() && !domain.isEmpty() && valid(host + QLatin1Char('.') + domain))
        return host + QLatin1Char('.') + domain;
    // RFC 5321 §4.1.3 address literals.
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        QHostAddress v4(local.toIPv4Address());
        bool isV4Mapped = false;
        local.toIPv4Address(&isV4Mapped);
        if (isV4Mapped)
            return QStringLiteral("[%1]").arg(v4.toString());
        return QStringLiteral("[IPv6:%1]").arg(local.toString());
    }
    if (local.protocol() == QAbstractSocket::IPv4Protocol)
        return QStringLiteral("[%1]").arg(local.toString());
    return QStringLiteral("[127.0.0.1]");
}

bool SmtpSession::needsSmtpUtf8(const Job& job) const
{
    if (job.envelope.smtpUtf8)
        return true;
    auto localIsAscii = [](const QString& address) { return isAscii(address.left(address.lastIndexOf(QLatin1Char('@')))); };
    if (!localIsAscii(job.envelope.from))
        return true;
    for (const QString& r : job.envelope.recipients) {
        if (!localIsAscii(r))
            return true;
    }
    return false;
}

// "<local@domain>" for MAIL/RCPT (RFC 5321 §4.1.2). Domains go to ASCII through IDNA (QUrl::toAce);
// a non-ASCII local part stays UTF-8 and needs SMTPUTF8 (RFC 6531 §3.3).
QByteArray SmtpSession::formatPath(const QString& address, bool smtpUtf8, QString* problem) const
{
    problem->clear();
    const QString a = address.trimmed();
    if (a.isEmpty())
        return "<>"; // RFC 5321 §4.5.5 null reverse-path
    if (hasLineBreakOrControl(a) || a.contains(QLatin1Char('<')) || a.contains(QLatin1Char('>'))
        || a.contains(QLatin1Char(' '))) {
        *problem = QStringLiteral("\"%1\" contains characters not allowed in an address").arg(address.simplified());
        return QByteArray();
    }
    const int at = a.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == a.size() - 1) {
        *problem = QStringLiteral("\"%1\" is not an address (local@domain)").arg(a);
        return QByteArray();
    }
    const QString local = a.left(at);
    QString domain = a.mid(at + 1);
    QByteArray domainBytes;
    if (domain.startsWith(QLatin1Char('['))) {
        domainBytes = domain.toLatin1(); // address literal
    } else if (isAscii(domain)) {
        domainBytes = domain.toLatin1();
    } else {
        domainBytes = QUrl::toAce(domain);
        if (domainBytes.isEmpty()) {
            *problem = QStringLiteral("\"%1\" is not a valid domain name").arg(domain);
            return QByteArray();
        }
    }
    if (!isAscii(local) && !smtpUtf8) {
        *problem = QStringLiteral("\"%1\" needs SMTPUTF8").arg(a);
        return QByteArray();
    }
    return '<' + local.toUtf8() + '@' + domainBytes + '>';
}
