// The sandbox's server side of one connection. Strict where a strict submission server is
// strict, so a client that passes here passes elsewhere; never trusting the client for memory or
// time: every buffer is bounded, every wait has a timer.

#include "SandboxSession.h"

#include "SandboxCommandParser.h"
#include "SandboxIncomingMessage.h"
#include "SandboxStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslSocket>

#include <cstring>

Q_LOGGING_CATEGORY(lcSandbox, "qourier.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandboxWire, "qourier.sandbox.wire", QtWarningMsg)

namespace {

using Verb = SandboxClientCommand::Verb;

constexpr qint64 ReadChunk = 64 * 1024;
// Replies not yet taken by the client; past this the session stops reading commands, so a
// client that pipelines without reading cannot grow our memory (TCP pushes back instead).
constexpr qint64 MaxOutputBacklog = 256 * 1024;
constexpr int CloseGraceMs = 10'000;
constexpr int MaxTranscriptLines = 1000;

bool equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool decodeBase64(const QByteArray& in, QByteArray* out)
{
    // RFC 4954 §4: "=" is an empty initial response.
    if (in == "=") {
        out->clear();
        return true;
    }
    const auto result = QByteArray::fromBase64Encoding(in, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

} // namespace

SandboxSession::SandboxSession(QSslSocket* socket, SandboxListener::Kind kind, const SandboxSettings* settings,
                               SandboxStore* store, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_kind(kind)
    , m_settings(settings)
    , m_store(store)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_delayTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxSession::onIdleTimeout);
    connect(&m_delayTimer, &QTimer::timeout, this, &SandboxSession::onDelayedReply);
    connect(&m_closeTimer, &QTimer::timeout, this, &SandboxSession::abortConnection);
    connect(m_socket, &QSslSocket::readyRead, this, &SandboxSession::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &SandboxSession::onEncrypted);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SandboxSession::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SandboxSession::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SandboxSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SandboxSession::finish);
}

SandboxSession::~SandboxSession()
{
    // The socket (a child) dies after us; its last signals must not reach a half-destroyed session.
    m_socket->disconnect(this);
}

QString SandboxSession::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

// ---------------------------------------------------------------------------------------------
// The state machine

void SandboxSession::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcSandbox) << "state" << stateName(m_state) << "->" << stateName(state);
    m_state = state;
}

void SandboxSession::start(bool overloaded)
{
    m_overloaded = overloaded;
    m_idleTimer.start(m_settings->idleTimeoutMs);
    log(QStringLiteral("-- connection from %1 port %2 on the %3 listener")
            .arg(m_socket->peerAddress().toString())
            .arg(m_socket->peerPort())
            .arg(SandboxListener::kindName(m_kind)));
    if (m_kind == SandboxListener::Kind::ImplicitTls) {
        // RFC 8314 §3.3: TLS first; the greeting follows the handshake (onEncrypted).
        setState(State::TlsHandshake);
        m_socket->startServerEncryption();
        return;
    }
    if (m_overloaded) {
        closeAfterReply(421, nullptr, m_settings->hostName.toUtf8() + " Too many connections, try again later");
        return;
    }
    reply(220, nullptr, m_settings->hostName.toUtf8() + " ESMTP Qourier sandbox");
    flush();
    setState(State::Connected);
}

// ---------------------------------------------------------------------------------------------
// Input: the readyRead slot only moves bytes into process(); handlers never read the socket.

void SandboxSession::onReadyRead()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    if (m_state != State::FinalReply)
        m_idleTimer.start(m_settings->idleTimeoutMs);
    process();
}

bool SandboxSession::canProcess()
{
    switch (m_state) {
    case State::TlsHandshake:
    case State::FinalReply:
    case State::Closing:
    case State::Closed:
        return false;
    default:
        break;
    }
    if (m_out.size() >= MaxOutputBacklog)
        flush();
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < MaxOutputBacklog;
}

void SandboxSession::process()
{
    // Handlers may emit signals that come back here (bytesWritten); one loop at a time.
    if (m_processing)
        return;
    m_processing = true;
    for (;;) {
        if (!canProcess())
            break;
        if (m_inPos < m_in.size() && step())
            continue;
        // Need more input: keep the unconsumed tail, read the next piece behind it.
        if (m_inPos > 0) {
            m_in.remove(0, m_inPos);
            m_inPos = 0;
        }
        if (m_socket->bytesAvailable() <= 0)
            break;
        m_in.append(m_socket->read(ReadChunk));
    }
    if (m_inPos > 0 && m_state != State::Closed) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
    flush();
    m_processing = false;
}

// Consumes from m_in[m_inPos..]; false when it needs more bytes to go on.
bool SandboxSession::step()
{
    const char* data = m_in.constData() + m_inPos;
    const qsizetype available = m_in.size() - m_inPos;
    switch (m_state) {
    case State::Data: {
        m_decoded.clear();
        const qsizetype used = m_decoder.decode(data, available, &m_decoded);
        m_inPos += used;
        feedMessage(m_decoded.constData(), m_decoded.size());
        if (m_state == State::Data && m_decoder.finished())
            endOfMessage();
        return true;
    }
    case State::BdatChunk: {
        const qsizetype take = qsizetype(qMin<qint64>(m_chunkRemaining, available));
        m_inPos += take;
        m_chunkRemaining -= take;
        // RFC 3030 §2: the octets of a refused chunk are still read, then thrown away.
        if (m_chunkRejectCode == 0)
            feedMessage(data, take);
        if (m_state == State::BdatChunk && m_chunkRemaining == 0)
            onChunkComplete();
        return true;
    }
    default:
        return stepLine();
    }
}

bool SandboxSession::stepLine()
{
    const char* data = m_in.constData() + m_inPos;
    const qsizetype available = m_in.size() - m_inPos;
    const qsizetype limit = m_state == State::Auth ? MaxSaslLine : MaxCommandLine;
    const void* hit = std::memchr(data, '\n', size_t(available));
    if (m_discardingLine) {
        // The rest of an over-long line, already answered.
        if (!hit) {
            m_inPos = m_in.size();
            return true;
        }
        m_inPos += static_cast<const char*>(hit) - data + 1;
        m_discardingLine = false;
        return true;
    }
    if (!hit) {
        if (available < limit)
            return false;
        // RFC 5321 §4.5.3.1.4: 512 octets per command line, CRLF included; §4.2.4: 500 for a
        // line too long. The rest of the line is dropped when it arrives.
        m_inPos = m_in.size();
        m_discardingLine = true;
        log(QStringLiteral("C: <%1 octets without CRLF>").arg(available));
        replyError(500, "5.5.2", m_state == State::Auth ? "Line too long (RFC 4954 §4: 12288 octets)"
                                                         : "Line too long (RFC 5321 §4.5.3.1.4: 512 octets)");
        if (m_state == State::Auth)
            endAuth();
        return true;
    }
    const qsizetype length = static_cast<const char*>(hit) - data + 1; // with the LF
    const QByteArray line(data, length);
    m_inPos += length;
    if (length > limit) {
        log(QStringLiteral("C: <%1 octets>").arg(length));
        replyError(500, "5.5.2", m_state == State::Auth ? "Line too long (RFC 4954 §4: 12288 octets)"
                                                         : "Line too long (RFC 5321 §4.5.3.1.4: 512 octets)");
        if (m_state == State::Auth)
            endAuth();
        return true;
    }
    if (length < 2 || line.at(length - 2) != '\r') {
        // RFC 5321 §2.3.8: lines end with CRLF; a bare LF is not a line end.
        log(QStringLiteral("C: %1").arg(QString::fromUtf8(line.chopped(1))));
        replyError(500, "5.5.2", "Syntax error: line ends with a bare LF, not CRLF (RFC 5321 §2.3.8)");
        if (m_state == State::Auth)
            endAuth();
        return true;
    }
    handleLine(line.chopped(2));
    return true;
}

void SandboxSession::handleLine(const QByteArray& line)
{
    if (m_state == State::Auth) {
        onAuthLine(line);
        return;
    }
    const SandboxClientCommand cmd = SandboxCommandParser::parse(line);
    if (cmd.verb == Verb::Auth && cmd.hasInitialResponse)
        log(QStringLiteral("C: AUTH %1 <redacted>").arg(QString::fromLatin1(cmd.mechanism)));
    else if (cmd.verb == Verb::Auth && line.contains(' ') && line.indexOf(' ') != line.lastIndexOf(' '))
        log(QStringLiteral("C: AUTH <redacted>")); // malformed, but may still carry a secret
    else
        log(QStringLiteral("C: ") + QString::fromUtf8(line));
    dispatch(cmd);
}

void SandboxSession::feedMessage(const char* data, qsizetype size)
{
    if (size <= 0 || !m_incoming)
        return;
    // SIZE (RFC 1870 §6.3): over the limit the data is still read to its end, but not kept.
    if (!m_incoming->isDiscarding() && m_incoming->size() + size > m_settings->effectiveSizeLimit())
        m_incoming->discard();
    if (!m_incoming->append(data, size))
        m_writeFailed = true;
    const qint64 closeAfter = m_settings->faults.closeAfterMessageBytes;
    if (closeAfter >= 0 && m_incoming->size() >= closeAfter) {
        log(QStringLiteral("-- fault: connection dropped after %1 message octets").arg(m_incoming->size()));
        abortConnection();
    }
}

// ---------------------------------------------------------------------------------------------
// Commands

void SandboxSession::dispatch(const SandboxClientCommand& cmd)
{
    switch (cmd.verb) {
    case Verb::Ehlo: onEhlo(cmd); return;
    case Verb::Helo: onHelo(cmd); return;
    case Verb::StartTls: onStartTls(cmd); return;
    case Verb::Auth: onAuth(cmd); return;
    case Verb::Mail: onMail(cmd); return;
    case Verb::Rcpt: onRcpt(cmd); return;
    case Verb::Data: onData(cmd); return;
    case Verb::Bdat: onBdat(cmd); return;
    case Verb::Rset:
        if (!cmd.ok())
            replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        else
            onRset();
        return;
    case Verb::Quit:
        if (!cmd.ok())
            replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        else
            onQuit();
        return;
    case Verb::Noop: reply(250, "2.0.0", "OK"); return;
    // RFC 5321 §3.5.3: 252 when the server will not verify but would accept the address.
    case Verb::Vrfy:
        if (!cmd.ok())
            replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        else
            reply(252, "2.5.0", "Cannot VRFY user, but will accept message and attempt delivery");
        return;
    case Verb::Expn: replyError(502, "5.5.1", "EXPN not available"); return;
    case Verb::Help:
        reply(214, "2.0.0", "Qourier sandbox: EHLO HELO STARTTLS AUTH MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY HELP");
        return;
    case Verb::Unknown: replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText); return;
    }
}

void SandboxSession::onEhlo(const SandboxClientCommand& cmd)
{
    if (!cmd.ok()) {
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    // RFC 5321 §4.1.4: EHLO in the middle of a session resets it like RSET.
    resetTransaction();
    m_greeted = true;
    m_esmtp = true;
    m_helo = cmd.domain;
    const bool encrypted = m_socket->isEncrypted();
    QList<QByteArray> lines;
    lines << m_settings->hostName.toUtf8() + " greets " + cmd.domain;
    lines << "PIPELINING"                                                           // RFC 2920
          << "SIZE " + QByteArray::number(m_settings->effectiveSizeLimit())         // RFC 1870
          << "8BITMIME"                                                             // RFC 6152
          << "SMTPUTF8"                                                             // RFC 6531
          << "ENHANCEDSTATUSCODES"                                                  // RFC 2034
          << "CHUNKING";                                                            // RFC 3030
    if (m_kind == SandboxListener::Kind::StartTls && !encrypted)
        lines << "STARTTLS"; // RFC 3207
    // AUTH only over TLS (RFC 4954 §4, §14): the sandbox never invites a password in clear.
    if (m_kind != SandboxListener::Kind::Plain && encrypted && !m_authenticated)
        lines << "AUTH PLAIN LOGIN CRAM-MD5";
    for (int i = 0; i < lines.size(); ++i)
        replyRaw("250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i));
    setState(restingState());
}

void SandboxSession::onHelo(const SandboxClientCommand& cmd)
{
    if (!cmd.ok()) {
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    resetTransaction();
    m_greeted = true;
    m_esmtp = false;
    m_helo = cmd.domain;
    replyRaw("250 " + m_settings->hostName.toUtf8());
    setState(restingState());
}

void SandboxSession::onStartTls(const SandboxClientCommand& cmd)
{
    if (!cmd.ok()) {
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    if (m_kind != SandboxListener::Kind::StartTls) {
        replyError(502, "5.5.1", "STARTTLS not offered on this port");
        return;
    }
    if (m_socket->isEncrypted()) {
        replyError(503, "5.5.1", "TLS already active");
        return;
    }
    if (!m_greeted) {
        replyError(503, "5.5.1", "Send EHLO first");
        return;
    }
    if (inTransaction()) {
        replyError(503, "5.5.1", "STARTTLS not allowed inside a mail transaction");
        return;
    }
    reply(220, "2.0.0", "Ready to start TLS");
    // RFC 3207 §4.2 and CVE-2011-0411: whatever the client sent behind STARTTLS was sent in
    // clear and could come from anyone on the path; it must not become a command under TLS.
    const qsizetype injected = (m_in.size() - m_inPos) + qsizetype(m_socket->bytesAvailable());
    m_in.clear();
    m_inPos = 0;
    m_socket->readAll();
    if (injected > 0)
        log(QStringLiteral("-- %1 octets sent after STARTTLS in clear text were discarded (RFC 3207 §4.2)").arg(injected));
    flush();
    // RFC 3207 §4.2: after TLS the client starts over with EHLO; nothing from before counts.
    m_greeted = false;
    m_esmtp = false;
    m_helo.clear();
    setState(State::TlsHandshake);
    m_socket->startServerEncryption();
}

void SandboxSession::onAuth(const SandboxClientCommand& cmd)
{
    if (m_kind == SandboxListener::Kind::Plain) {
        replyError(502, "5.5.1", "AUTH not offered on this port");
        return;
    }
    if (!m_socket->isEncrypted()) {
        // RFC 3207 §4: 530 until the client has negotiated TLS.
        replyError(530, "5.7.0", "Must issue a STARTTLS command first");
        return;
    }
    if (!cmd.ok()) {
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    if (!m_greeted || !m_esmtp) {
        replyError(503, "5.5.1", "Send EHLO first");
        return;
    }
    if (m_authenticated) {
        replyError(503, "5.5.1", "Already authenticated (RFC 4954 §4)");
        return;
    }
    if (inTransaction()) {
        replyError(503, "5.5.1", "AUTH not allowed inside a mail transaction (RFC 4954 §4)");
        return;
    }
    QByteArray initial;
    if (cmd.hasInitialResponse && !decodeBase64(cmd.initialResponse, &initial)) {
        replyError(501, "5.5.2", "Cannot decode the initial response (RFC 4954 §4)");
        return;
    }
    m_authMechanism = QString::fromLatin1(cmd.mechanism);
    if (cmd.mechanism == "PLAIN") {
        if (cmd.hasInitialResponse) {
            checkPlain(initial);
            return;
        }
        m_authStep = AuthStep::PlainResponse;
        setState(State::Auth);
        replyRaw("334 "); // RFC 4616 §2: an empty challenge
        return;
    }
    if (cmd.mechanism == "LOGIN") {
        if (cmd.hasInitialResponse) {
            m_loginUser = initial;
            m_authStep = AuthStep::LoginPassword;
            setState(State::Auth);
            replyRaw("334 " + QByteArray("Password:").toBase64());
            return;
        }
        m_authStep = AuthStep::LoginUser;
        setState(State::Auth);
        replyRaw("334 " + QByteArray("Username:").toBase64());
        return;
    }
    if (cmd.mechanism == "CRAM-MD5") {
        if (cmd.hasInitialResponse) {
            replyError(501, "5.5.2", "CRAM-MD5 has no initial response (RFC 2195 §2)");
            return;
        }
        // RFC 2195 §2: a challenge in msg-id form, unique for this exchange.
        m_cramChallenge = "<" + QByteArray::number(QRandomGenerator::global()->generate64()) + "."
            + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + "@" + m_settings->hostName.toUtf8() + ">";
        m_authStep = AuthStep::CramResponse;
        setState(State::Auth);
        replyRaw("334 " + m_cramChallenge.toBase64());
        return;
    }
    m_authMechanism.clear();
    replyError(504, "5.5.4", "Unrecognized authentication type (offered: PLAIN LOGIN CRAM-MD5)");
}

void SandboxSession::onAuthLine(const QByteArray& line)
{
    log(QStringLiteral("C: <redacted>"));
    if (line == "*") {
        // RFC 4954 §4: the client cancels the exchange.
        endAuth();
        reply(501, "5.7.0", "Authentication cancelled");
        return;
    }
    QByteArray decoded;
    if (!decodeBase64(line, &decoded)) {
        endAuth();
        replyError(501, "5.5.2", "Cannot decode the response (RFC 4954 §4)");
        return;
    }
    switch (m_authStep) {
    case AuthStep::PlainResponse:
        checkPlain(decoded);
        return;
    case AuthStep::LoginUser:
        m_loginUser = decoded;
        m_authStep = AuthStep::LoginPassword;
        replyRaw("334 " + QByteArray("Password:").toBase64());
        return;
    case AuthStep::LoginPassword: {
        const bool ok = equalConstantTime(m_loginUser, m_settings->user.toUtf8())
            & equalConstantTime(decoded, m_settings->password.toUtf8());
        if (ok)
            authSucceeded(QString::fromUtf8(m_loginUser));
        else
            authFailed();
        return;
    }
    case AuthStep::CramResponse:
        checkCramMd5(decoded);
        return;
    case AuthStep::None:
        break;
    }
    endAuth();
}

void SandboxSession::checkPlain(const QByteArray& decoded)
{
    // RFC 4616 §2: [authzid] NUL authcid NUL passwd
    const QList<QByteArray> parts = decoded.split('\0');
    if (parts.size() != 3) {
        endAuth();
        replyError(501, "5.5.2", "Malformed PLAIN response (RFC 4616 §2)");
        return;
    }
    const QByteArray& authzid = parts.at(0);
    const QByteArray& authcid = parts.at(1);
    // Acting for another identity is not something the sandbox allows (RFC 4616 §2).
    const bool ok = (authzid.isEmpty() || authzid == authcid) & equalConstantTime(authcid, m_settings->user.toUtf8())
        & equalConstantTime(parts.at(2), m_settings->password.toUtf8());
    if (ok)
        authSucceeded(QString::fromUtf8(authcid));
    else
        authFailed();
}

void SandboxSession::checkCramMd5(const QByteArray& decoded)
{
    // RFC 2195 §2: "user SP hex(HMAC-MD5(password, challenge))"
    const int space = decoded.lastIndexOf(' ');
    if (space <= 0) {
        endAuth();
        replyError(501, "5.5.2", "Malformed CRAM-MD5 response (RFC 2195 §2)");
        return;
    }
    const QByteArray user = decoded.left(space);
    const QByteArray digest = decoded.mid(space + 1).toLower();
    const QByteArray expected
        = QMessageAuthenticationCode::hash(m_cramChallenge, m_settings->password.toUtf8(), QCryptographicHash::Md5).toHex();
    const bool ok = equalConstantTime(user, m_settings->user.toUtf8()) & equalConstantTime(digest, expected);
    if (ok)
        authSucceeded(QString::fromUtf8(user));
    else
        authFailed();
}

void SandboxSession::authSucceeded(const QString& user)
{
    endAuth();
    m_authenticated = true;
    m_authUser = user;
    log(QStringLiteral("-- authenticated as %1 with %2").arg(user, m_authMechanism));
    reply(235, "2.7.0", "Authentication successful");
}

void SandboxSession::authFailed()
{
    endAuth();
    m_authMechanism.clear();
    ++m_authFailures;
    if (m_authFailures >= m_settings->maxAuthFailures) {
        reply(535, "5.7.8", "Authentication credentials invalid");
        closeAfterReply(421, "4.7.0", m_settings->hostName.toUtf8() + " Too many failed authentications, closing");
        return;
    }
    // RFC 4954 §6: 535 5.7.8 for wrong credentials.
    reply(535, "5.7.8", "Authentication credentials invalid");
}

void SandboxSession::endAuth()
{
    m_authStep = AuthStep::None;
    m_loginUser.clear();
    m_cramChallenge.clear();
    if (m_state == State::Auth)
        setState(restingState());
}

void SandboxSession::onMail(const SandboxClientCommand& cmd)
{
    if (!m_greeted) {
        replyError(503, "5.5.1", "Send EHLO or HELO first");
        return;
    }
    if (inTransaction()) {
        replyError(503, "5.5.1", "Nested MAIL command (RFC 5321 §4.1.4)");
        return;
    }
    if (m_kind == SandboxListener::Kind::StartTls && !m_socket->isEncrypted()) {
        replyError(530, "5.7.0", "Must issue a STARTTLS command first");
        return;
    }
    // RFC 4954 §6: 530 5.7.0 when the server requires authentication.
    if (m_kind != SandboxListener::Kind::Plain && !m_authenticated) {
        replyError(530, "5.7.0", "Authentication required");
        return;
    }
    if (!cmd.ok()) {
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    if (!m_esmtp && !cmd.parameters.isEmpty()) {
        reply(555, "5.5.4", "MAIL parameters need EHLO, not HELO (RFC 5321 §4.1.1.11)");
        return;
    }
    QList<QByteArray> seen;
    bool smtpUtf8 = false;
    for (const auto& p : cmd.parameters) {
        if (seen.contains(p.first)) {
            replyError(501, "5.5.4", "Parameter " + p.first + " given twice");
            return;
        }
        seen << p.first;
        if (p.first == "SIZE") {
            // RFC 1870 §6.1: SIZE=n with n the message size in octets.
            bool digits = !p.second.isEmpty() && p.second.size() <= 18;
            for (char c : p.second)
                digits = digits && c >= '0' && c <= '9';
            if (!digits) {
                replyError(501, "5.5.4", "Syntax: SIZE=number-of-octets (RFC 1870 §6)");
                return;
            }
            if (p.second.toLongLong() > m_settings->effectiveSizeLimit()) {
                reply(552, "5.3.4", "Message size exceeds fixed maximum message size of "
                          + QByteArray::number(m_settings->effectiveSizeLimit()) + " octets (RFC 1870 §6.1)");
                return;
            }
        } else if (p.first == "BODY") {
            const QByteArray v = p.second.toUpper();
            if (v == "BINARYMIME") {
                reply(555, "5.5.4", "BODY=BINARYMIME needs BINARYMIME, which is not offered (RFC 3030 §3)");
                return;
            }
            if (v != "7BIT" && v != "8BITMIME") {
                replyError(501, "5.5.4", "Syntax: BODY=7BIT or BODY=8BITMIME (RFC 6152 §2)");
                return;
            }
        } else if (p.first == "SMTPUTF8") {
            if (!p.second.isEmpty()) {
                replyError(501, "5.5.4", "SMTPUTF8 takes no value (RFC 6531 §3.4)");
                return;
            }
            smtpUtf8 = true;
        } else if (p.first == "AUTH") {
            // RFC 4954 §5: AUTH=<mailbox as xtext> or AUTH=<>.
            if (p.second != "<>" && !SandboxCommandParser::isXtext(p.second)) {
                replyError(501, "5.5.4", "Syntax: AUTH=xtext or AUTH=<> (RFC 4954 §5)");
                return;
            }
        } else {
            reply(555, "5.5.4", "MAIL FROM parameter " + p.first + " not recognized (RFC 5321 §4.1.1.11)");
            return;
        }
    }
    m_haveMail = true;
    m_mailFrom = cmd.path;
    m_mailParameters = cmd.parameters;
    m_smtpUtf8 = smtpUtf8;
    setState(State::Transaction);
    reply(250, "2.1.0", "Sender <" + cmd.path + "> OK");
}

void SandboxSession::onRcpt(const SandboxClientCommand& cmd)
{
    if (m_state == State::BetweenChunks) {
        replyError(503, "5.5.1", "RCPT after BDAT (RFC 3030 §2)");
        return;
    }
    if (!m_haveMail) {
        replyError(503, "5.5.1", "Need MAIL command first");
        return;
    }
    if (!cmd.ok()) {
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    if (!cmd.parameters.isEmpty()) {
        reply(555, "5.5.4", "RCPT TO parameter " + cmd.parameters.first().first + " not recognized (RFC 5321 §4.1.1.11)");
        return;
    }
    if (cmd.nonAscii && !m_smtpUtf8) {
        reply(553, "5.6.7", "Non-ASCII recipient needs MAIL FROM ... SMTPUTF8 (RFC 6531 §3.4)");
        return;
    }
    ++m_rcptAttempts;
    if (m_recipients.size() >= m_settings->maxRecipients) {
        // RFC 5321 §4.5.3.1.10: 452 for too many recipients; the client sends the rest later.
        reply(452, "4.5.3", "Too many recipients (at most " + QByteArray::number(m_settings->maxRecipients) + ")");
        return;
    }
    const QString address = QString::fromUtf8(cmd.path);
    for (const QString& pattern : m_settings->faults.rejectRecipients) {
        if (QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive).match(address).hasMatch()) {
            reply(550, "5.1.1", "Mailbox <" + cmd.path + "> unavailable (sandbox: matches the reject pattern)");
            return;
        }
    }
    m_recipients << address;
    reply(250, "2.1.5", "Recipient <" + cmd.path + "> OK");
}

void SandboxSession::onData(const SandboxClientCommand& cmd)
{
    if (!cmd.ok()) {
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    if (m_state == State::BetweenChunks) {
        replyError(503, "5.5.1", "DATA after BDAT (RFC 3030 §2)");
        return;
    }
    if (!m_haveMail) {
        replyError(503, "5.5.1", "Need MAIL command first");
        return;
    }
    if (m_rcptAttempts == 0) {
        replyError(503, "5.5.1", "Need RCPT command first");
        return;
    }
    if (m_recipients.isEmpty()) {
        // RFC 2920 §3.1: DATA after only failed RCPTs fails, so a pipelined body is not taken.
        reply(554, "5.5.1", "No valid recipients");
        return;
    }
    if (!beginMessage())
        return;
    m_bodyCommand = QStringLiteral("DATA");
    m_decoder.reset();
    setState(State::Data);
    replyRaw("354 End data with <CR><LF>.<CR><LF>");
}

void SandboxSession::onBdat(const SandboxClientCommand& cmd)
{
    if (!cmd.ok()) {
        // The size is unreadable, so the chunk cannot be skipped: what follows is read as
        // commands, as RFC 3030 §2 leaves no other choice.
        replyError(cmd.errorCode, cmd.errorEnhanced.constData(), cmd.errorText);
        return;
    }
    m_chunkSize = cmd.chunkSize;
    m_chunkRemaining = cmd.chunkSize;
    m_chunkLast = cmd.last;
    m_chunkRejectCode = 0;
    // RFC 3030 §2: a refused BDAT's octets are still read before the reply.
    if (!m_haveMail) {
        m_chunkRejectCode = 503;
        m_chunkRejectEnhanced = "5.5.1";
        m_chunkRejectText = "Need MAIL command first";
    } else if (m_rcptAttempts == 0) {
        m_chunkRejectCode = 503;
        m_chunkRejectEnhanced = "5.5.1";
        m_chunkRejectText = "Need RCPT command first";
    } else if (m_recipients.isEmpty()) {
        m_chunkRejectCode = 554;
        m_chunkRejectEnhanced = "5.5.1";
        m_chunkRejectText = "No valid recipients";
    } else if (!m_incoming) {
        if (!beginMessage()) {
            // beginMessage() replied already; skip the octets silently.
            m_chunkRejectCode = -1;
        }
    }
    if (m_chunkRejectCode == 0) {
        ++m_chunks;
        m_bodyCommand = QStringLiteral("BDAT");
    }
    setState(State::BdatChunk);
    if (m_chunkRemaining == 0)
        onChunkComplete();
}

void SandboxSession::onRset()
{
    // RFC 5321 §4.1.1.5: ends the transaction, keeps the hello and the authentication.
    resetTransaction();
    setState(restingState());
    reply(250, "2.0.0", "OK");
}

void SandboxSession::onQuit()
{
    resetTransaction();
    reply(221, "2.0.0", "Bye");
    closeGracefully();
}

// ---------------------------------------------------------------------------------------------
// Message data

bool SandboxSession::beginMessage()
{
    QString error;
    m_incoming = m_store->begin(&error);
    if (!m_incoming) {
        qCWarning(lcSandbox) << "cannot store incoming message:" << error;
        reply(451, "4.3.0", "Cannot store the message now: " + error.toUtf8());
        return false;
    }
    m_writeFailed = false;
    return true;
}

void SandboxSession::onChunkComplete()
{
    log(QStringLiteral("C: <%1 octets of BDAT data>").arg(m_chunkSize));
    if (m_chunkRejectCode != 0) {
        if (m_chunkRejectCode > 0)
            replyError(m_chunkRejectCode, m_chunkRejectEnhanced, m_chunkRejectText);
        m_chunkRejectCode = 0;
        setState(m_haveMail ? State::Transaction : restingState());
        return;
    }
    if (m_chunkLast) {
        endOfMessage();
        return;
    }
    if (m_incoming && m_incoming->isDiscarding()) {
        // RFC 3030 §2 / RFC 1870: refuse as soon as the size is known to be too large.
        reply(552, "5.3.4", "Message size exceeds fixed maximum message size of "
                  + QByteArray::number(m_settings->effectiveSizeLimit()) + " octets");
        resetTransaction();
        setState(restingState());
        return;
    }
    setState(State::BetweenChunks);
    reply(250, "2.0.0", QByteArray::number(m_chunkSize) + " octets received");
}

void SandboxSession::endOfMessage()
{
    if (m_bodyCommand == QLatin1String("DATA")) {
        log(QStringLiteral("C: <message data, %1 octets>").arg(m_incoming->size()));
        log(QStringLiteral("C: ."));
    }
    QString error;
    const bool written = m_incoming->finish(&error) && !m_writeFailed;
    const SandboxLineChecker& lines = m_incoming->lines();

    int code = 250;
    const char* enhanced = "2.0.0";
    QByteArray text;
    QString id;
    if (m_incoming->isDiscarding()) {
        code = 552;
        enhanced = "5.3.4";
        text = "Message size exceeds fixed maximum message size of " + QByteArray::number(m_settings->effectiveSizeLimit())
            + " octets";
    } else if (!written) {
        code = 451;
        enhanced = "4.3.0";
        text = "Cannot store the message now: " + (error.isEmpty() ? m_incoming->errorString() : error).toUtf8();
    } else if (lines.hasLongLine()) {
        code = 554;
        enhanced = "5.6.0";
        text = "Message has a line of " + QByteArray::number(lines.longestLine())
            + " octets; the limit is 998 plus CRLF (RFC 5322 §2.1.1)";
    } else if (lines.hasBareLf() || lines.hasBareCr()) {
        code = 554;
        enhanced = "5.6.0";
        text = QByteArray("Message has a bare ") + (lines.hasBareLf() ? "LF" : "CR")
            + "; lines end with CRLF (RFC 5321 §2.3.8)";
    } else if (m_settings->faults.tempfailData) {
        code = 451;
        enhanced = "4.3.0";
        text = "Temporary failure (sandbox fault: tempfail DATA)";
    } else {
        id = SandboxStore::newId();
        text = "Ok: queued as " + id.toUtf8();
    }

    const QByteArray finalLine = QByteArray::number(code) + ' ' + enhanced + ' ' + text;
    log(QStringLiteral("S: ") + QString::fromUtf8(finalLine));
    if (!id.isEmpty()) {
        SandboxReceipt r;
        r.mailFrom = QString::fromUtf8(m_mailFrom);
        r.mailParameters = m_mailParameters;
        r.recipients = m_recipients;
        r.bodyCommand = m_bodyCommand;
        r.chunks = m_chunks;
        r.listener = SandboxListener::kindName(m_kind);
        if (m_socket->isEncrypted()) {
            const QSslCipher cipher = m_socket->sessionCipher();
            r.tlsProtocol = cipher.protocolString();
            r.tlsCipher = cipher.name();
        }
        if (m_authenticated) {
            r.authMechanism = m_authMechanism;
            r.authUser = m_authUser;
        }
        r.clientAddress = m_socket->peerAddress().toString();
        r.clientPort = m_socket->peerPort();
        r.helo = QString::fromUtf8(m_helo);
        r.esmtp = m_esmtp;
        r.received = QDateTime::currentDateTimeUtc();
        r.transcript = m_transcript;
        if (m_transcriptDropped > 0)
            r.transcript << QStringLiteral("-- %1 more lines not kept").arg(m_transcriptDropped);
        QString storeError;
        if (m_store->commit(id, std::move(m_incoming), r, &storeError).isEmpty()) {
            qCWarning(lcSandbox) << "cannot store message:" << storeError;
            m_transcript.removeLast();
            const QByteArray failed = "451 4.3.0 Cannot store the message now: " + storeError.toUtf8();
            log(QStringLiteral("S: ") + QString::fromUtf8(failed));
            resetTransaction();
            replyRaw(failed, false);
            setState(restingState());
            return;
        }
        // The next message's transcript starts here.
        m_transcript.clear();
        m_transcriptDropped = 0;
        m_transcript << QStringLiteral("-- (same connection as the previous message)");
    }
    resetTransaction();
    if (m_settings->faults.finalReplyDelayMs > 0) {
        // A slow server (RFC 5321 §4.5.3.2.6 gives clients 10 minutes here): the reply waits,
        // and so does every pipelined command behind it.
        m_delayedReply = finalLine;
        m_idleTimer.stop();
        setState(State::FinalReply);
        m_delayTimer.start(m_settings->faults.finalReplyDelayMs);
        return;
    }
    replyRaw(finalLine, false);
    setState(restingState());
}

void SandboxSession::resetTransaction()
{
    m_haveMail = false;
    m_mailFrom.clear();
    m_mailParameters.clear();
    m_smtpUtf8 = false;
    m_recipients.clear();
    m_rcptAttempts = 0;
    m_incoming.reset(); // removes a partial file
    m_decoder.reset();
    m_bodyCommand.clear();
    m_chunks = 0;
    m_chunkRemaining = 0;
    m_chunkLast = false;
    m_writeFailed = false;
}

bool SandboxSession::inTransaction() const
{
    return m_haveMail;
}

// Where the session rests outside a transaction and an exchange.
SandboxSession::State SandboxSession::restingState() const
{
    if (m_haveMail)
        return m_chunks > 0 ? State::BetweenChunks : State::Transaction;
    return m_greeted ? State::Ready : State::Connected;
}

// ---------------------------------------------------------------------------------------------
// Output

void SandboxSession::reply(int code, const char* enhanced, const QByteArray& text)
{
    // RFC 2034 §3: the enhanced code after the reply code; not on 220/221 greetings' host part.
    QByteArray line = QByteArray::number(code) + ' ';
    if (enhanced && *enhanced)
        line += QByteArray(enhanced) + ' ';
    replyRaw(line + text);
}

void SandboxSession::replyError(int code, const char* enhanced, const QByteArray& text)
{
    reply(code, enhanced, text);
    // Syntax and sequence errors: a client that keeps making them is not a mail client
    // (Postfix's smtpd_hard_error_limit does the same).
    if (++m_errors >= m_settings->maxErrors && m_state != State::Closing && m_state != State::Closed)
        closeAfterReply(421, "4.7.0", m_settings->hostName.toUtf8() + " Too many errors, closing connection");
}

void SandboxSession::replyRaw(const QByteArray& line, bool log)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    if (log)
        this->log(QStringLiteral("S: ") + QString::fromUtf8(line));
    m_out += line;
    m_out += "\r\n";
}

void SandboxSession::flush()
{
    if (m_out.isEmpty() || m_state == State::Closed)
        return;
    m_socket->write(m_out);
    m_out.clear();
}

void SandboxSession::closeAfterReply(int code, const char* enhanced, const QByteArray& text)
{
    reply(code, enhanced, text);
    closeGracefully();
}

void SandboxSession::closeGracefully()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    flush();
    m_idleTimer.stop();
    m_delayTimer.stop();
    resetTransaction();
    setState(State::Closing);
    // A client that never reads its last reply must not hold the session forever.
    m_closeTimer.start(CloseGraceMs);
    m_socket->disconnectFromHost();
}

void SandboxSession::abortConnection()
{
    if (m_state == State::Closed)
        return;
    m_socket->abort();
    finish();
}

void SandboxSession::finish()
{
    if (m_state == State::Closed)
        return;
    m_idleTimer.stop();
    m_delayTimer.stop();
    m_closeTimer.stop();
    resetTransaction();
    m_in.clear();
    m_inPos = 0;
    m_out.clear();
    log(QStringLiteral("-- connection closed"));
    setState(State::Closed);
    emit finished(this);
}

// ---------------------------------------------------------------------------------------------
// Socket plumbing

void SandboxSession::onEncrypted()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    log(QStringLiteral("-- TLS established: %1, %2").arg(cipher.protocolString(), cipher.name()));
    if (m_kind == SandboxListener::Kind::ImplicitTls) {
        if (m_overloaded) {
            setState(State::Connected);
            closeAfterReply(421, nullptr, m_settings->hostName.toUtf8() + " Too many connections, try again later");
            return;
        }
        reply(220, nullptr, m_settings->hostName.toUtf8() + " ESMTP Qourier sandbox");
    }
    setState(State::Connected);
    m_idleTimer.start(m_settings->idleTimeoutMs);
    process();
}

void SandboxSession::onBytesWritten()
{
    // Replies drained: go on with commands that waited behind the backlog.
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    if (m_inPos < m_in.size() || m_socket->bytesAvailable() > 0)
        process();
}

void SandboxSession::onSocketError()
{
    qCDebug(lcSandbox) << "socket:" << m_socket->errorString();
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError) {
        log(QStringLiteral("-- TLS failed: %1").arg(m_socket->errorString()));
        abortConnection();
        return;
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void SandboxSession::onIdleTimeout()
{
    log(QStringLiteral("-- idle for %1 ms").arg(m_settings->idleTimeoutMs));
    if (m_state == State::TlsHandshake) {
        // Nothing readable can be said before TLS is up.
        abortConnection();
        return;
    }
    // RFC 5321 §4.5.3.2.7: the server may close an idle connection; 421 says so first.
    resetTransaction();
    setState(restingState());
    closeAfterReply(421, "4.4.2", m_settings->hostName.toUtf8() + " Idle timeout, closing connection");
}

void SandboxSession::onDelayedReply()
{
    replyRaw(m_delayedReply, false);
    m_delayedReply.clear();
    setState(restingState());
    m_idleTimer.start(m_settings->idleTimeoutMs);
    process();
}

void SandboxSession::log(const QString& line)
{
    qCDebug(lcSandboxWire).noquote() << line;
    if (m_transcript.size() >= MaxTranscriptLines) {
        ++m_transcriptDropped;
        return;
    }
    m_transcript << line;
}
