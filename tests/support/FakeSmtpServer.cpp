#include "FakeSmtpServer.h"

#include "TestPaths.h"

#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

FakeSmtpServer::FakeSmtpServer(QObject* parent)
    : QTcpServer(parent)
{
    setCertificate(testDataPath(QStringLiteral("server.pem")), testDataPath(QStringLiteral("server.key")));
    m_drip.setInterval(0);
    connect(&m_drip, &QTimer::timeout, this, &FakeSmtpServer::dripOneByte);
}

FakeSmtpServer::~FakeSmtpServer()
{
    m_drip.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    for (const qintptr fd : qAsConst(m_waiting)) {
        QTcpSocket unserved; // adopts the descriptor only to close it
        if (unserved.setSocketDescriptor(fd))
            unserved.abort();
    }
}

bool FakeSmtpServer::listen(Security security)
{
    m_security = security;
    return QTcpServer::listen(QHostAddress::LocalHost, 0);
}

bool FakeSmtpServer::setCertificate(const QString& certPath, const QString& keyPath)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    m_cert = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    return !m_cert.isNull() && !m_key.isNull();
}

// --- the script ---

FakeSmtpServer& FakeSmtpServer::add(Step::Kind kind, const QByteArray& bytes, const QByteArray& bytes2)
{
    m_steps.append(Step{kind, bytes, bytes2});
    m_done = false;
    return *this;
}

FakeSmtpServer& FakeSmtpServer::send(const QByteArray& bytes)
{
    return add(Step::Kind::Send, bytes);
}

FakeSmtpServer& FakeSmtpServer::expect(const QByteArray& pattern)
{
    return add(Step::Kind::Expect, pattern);
}

FakeSmtpServer& FakeSmtpServer::expectData()
{
    return add(Step::Kind::ExpectData);
}

FakeSmtpServer& FakeSmtpServer::expectBdatMessage(const QByteArray& chunkReply, const QByteArray& lastReply)
{
    return add(Step::Kind::ExpectBdatMessage, chunkReply, lastReply);
}

FakeSmtpServer& FakeSmtpServer::startTls()
{
    return add(Step::Kind::StartTls);
}

FakeSmtpServer& FakeSmtpServer::sendAndStartTls(const QByteArray& bytes)
{
    return add(Step::Kind::SendAndStartTls, bytes);
}

FakeSmtpServer& FakeSmtpServer::stall()
{
    return add(Step::Kind::Stall);
}

FakeSmtpServer& FakeSmtpServer::close()
{
    return add(Step::Kind::Close);
}

bool FakeSmtpServer::scriptFinished() const
{
    return m_stalled || m_next >= m_steps.size();
}

bool FakeSmtpServer::tlsActive() const
{
    return m_socket && m_socket->isEncrypted();
}

QByteArray FakeSmtpServer::chunkContaining(const QByteArray& needle) const
{
    for (const QByteArray& chunk : m_readChunks) {
        if (chunk.contains(needle))
            return chunk;
    }
    return QByteArray();
}

bool FakeSmtpServer::matches(const QByteArray& pattern, const QByteArray& line)
{
    if (pattern == "*")
        return true;
    if (pattern.endsWith('*'))
        return line.startsWith(pattern.chopped(1));
    return line == pattern;
}

// --- connection handling ---

void FakeSmtpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_socket) {
        // One connection at a time: later ones wait for the current one to end.
        m_waiting.append(socketDescriptor);
        return;
    }
    ++m_connections;
    m_disconnected = false;
    m_in.clear();
    m_out.clear();
    m_bdatBody.clear();
    m_tlsPending = m_security == Security::ImplicitTls;
    m_socket = std::make_unique<QSslSocket>();
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        m_errors.append(QStringLiteral("cannot adopt socket: %1").arg(m_socket->errorString()));
        m_socket.reset();
        return;
    }
    // Nagle off, so that ByteByByte really sends one byte per segment.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_cert);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(config);

    connect(m_socket.get(), &QSslSocket::readyRead, this, &FakeSmtpServer::onReadyRead);
    connect(m_socket.get(), &QSslSocket::disconnected, this, &FakeSmtpServer::onDisconnected);
    connect(m_socket.get(), &QSslSocket::encrypted, this, [this] {
        m_tlsPending = false;
        advance();
    });
    connect(m_socket.get(), &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError)
            m_handshakeError = m_socket->errorString();
    });

    if (m_security == Security::ImplicitTls)
        m_socket->startServerEncryption();
    else
        advance();
}

void FakeSmtpServer::onDisconnected()
{
    m_drip.stop();
    m_disconnected = true;
    if (!m_in.isEmpty() && (m_stalled || m_next >= m_steps.size()))
        recordExtraLines();
    if (!scriptFinished() && m_steps.at(m_next).kind != Step::Kind::Close) {
        const Step& step = m_steps.at(m_next);
        m_errors.append(QStringLiteral("client disconnected at step %1 (%2 %3)")
                            .arg(m_next)
                            .arg(int(step.kind))
                            .arg(QString::fromLatin1(step.bytes.left(60))));
    }
    m_socket->disconnect(this);
    emit disconnected();
    // The socket may be in the middle of one of its own calls (QSslSocket emits disconnected from
    // inside write() and flush()): let it go, and take the next connection, from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_socket)
                m_socket.release()->deleteLater();
            if (!m_waiting.isEmpty())
                incomingConnection(m_waiting.takeFirst());
        },
        Qt::QueuedConnection);
}

void FakeSmtpServer::onReadyRead()
{
    const QByteArray chunk = m_socket->readAll();
    if (chunk.isEmpty())
        return;
    m_readChunks.append(chunk);
    m_in += chunk;
    advance();
}

// --- output framing ---

void FakeSmtpServer::queueOutput(const QByteArray& bytes)
{
    m_out += bytes;
    if (m_splitMode == SplitMode::WholeLines)
        flushOutput();
}

void FakeSmtpServer::flushOutput()
{
    if (m_out.isEmpty() || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (m_splitMode) {
    case SplitMode::WholeLines: {
        int start = 0;
        while (start < m_out.size()) {
            int nl = m_out.indexOf('\n', start);
            if (nl < 0)
                nl = m_out.size() - 1;
            m_socket->write(m_out.mid(start, nl + 1 - start));
            m_socket->flush();
            start = nl + 1;
        }
        m_out.clear();
        break;
    }
    case SplitMode::Coalesced:
        m_socket->write(m_out);
        m_socket->flush();
        m_out.clear();
        break;
    case SplitMode::ByteByByte:
        if (!m_drip.isActive())
            m_drip.start();
        break;
    }
}

bool FakeSmtpServer::outputIdle() const
{
    return m_out.isEmpty();
}

void FakeSmtpServer::dripOneByte()
{
    if (!m_socket || m_out.isEmpty() || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_drip.stop();
        return;
    }
    m_socket->write(m_out.left(1));
    m_socket->flush();
    m_out.remove(0, 1);
    if (m_out.isEmpty()) {
        m_drip.stop();
        advance(); // a startTls()/close() may be waiting for the last byte
    }
}

void FakeSmtpServer::beginTls()
{
    if (!m_in.isEmpty()) {
        // RFC 3207 §4: nothing may follow STARTTLS before the handshake; a client that pipelines
        // past it is broken. Whatever it was, it never reaches the TLS layer.
        m_errors.append(QStringLiteral("client sent bytes after STARTTLS: %1").arg(QString::fromLatin1(m_in.left(80))));
        m_in.clear();
    }
    m_tlsPending = true;
    m_socket->startServerEncryption();
}

// --- input parsing ---

bool FakeSmtpServer::takeLine(QByteArray* line, bool strict)
{
    const int nl = m_in.indexOf('\n');
    if (nl < 0)
        return false;
    QByteArray l = m_in.left(nl + 1);
    m_in.remove(0, nl + 1);
    if (l.endsWith("\r\n")) {
        l.chop(2);
    } else {
        l.chop(1);
        if (strict)
            m_errors.append(QStringLiteral("line not ended by CRLF: %1").arg(QString::fromLatin1(l.left(80))));
    }
    if (strict && l.contains('\r'))
        m_errors.append(QStringLiteral("bare CR inside line: %1").arg(QString::fromLatin1(l.left(80))));
    *line = l;
    return true;
}

QByteArray FakeSmtpServer::unstuff(const QByteArray& raw)
{
    // RFC 5321 §4.5.2: the receiver deletes the first '.' of every line that starts with one.
    QByteArray out;
    out.reserve(raw.size());
    int start = 0;
    while (start < raw.size()) {
        int nl = raw.indexOf("\r\n", start);
        const int end = nl < 0 ? raw.size() : nl + 2;
        const int from = raw.at(start) == '.' ? start + 1 : start;
        out += raw.mid(from, end - from);
        start = end;
    }
    return out;
}

bool FakeSmtpServer::takeDataBody()
{
    // The body ends with CRLF "." CRLF; an empty body is just "." CRLF (RFC 5321 §4.1.1.4).
    int bodyEnd = -1;
    int consumed = -1;
    if (m_in.startsWith(".\r\n")) {
        bodyEnd = 0;
        consumed = 3;
    } else {
        const int at = m_in.indexOf("\r\n.\r\n");
        if (at >= 0) {
            bodyEnd = at + 2;
            consumed = at + 5;
        }
    }
    if (bodyEnd < 0)
        return false;
    const QByteArray raw = m_in.left(bodyEnd);
    m_in.remove(0, consumed);
    m_rawBodies.append(raw);
    m_bodies.append(unstuff(raw));
    return true;
}

bool FakeSmtpServer::takeBdatChunk(bool* lastChunk)
{
    // RFC 3030 §2: "BDAT" SP chunk-size [SP "LAST"] CRLF, then exactly chunk-size octets.
    *lastChunk = false;
    const int nl = m_in.indexOf("\r\n");
    if (nl < 0)
        return false;
    const QByteArray line = m_in.left(nl);
    const QList<QByteArray> parts = line.split(' ');
    bool ok = false;
    const qint64 size = parts.size() >= 2 ? parts.at(1).toLongLong(&ok) : -1;
    const bool last = parts.size() == 3 && parts.at(2) == "LAST";
    if (!ok || size < 0 || parts.size() > 3 || (parts.size() == 3 && !last)) {
        m_errors.append(QStringLiteral("malformed BDAT command: %1").arg(QString::fromLatin1(line.left(80))));
        m_in.remove(0, nl + 2);
        m_clientLines.append(line);
        return true;
    }
    if (m_in.size() < nl + 2 + size)
        return false;
    m_clientLines.append(line);
    m_bdatBody += m_in.mid(nl + 2, size);
    m_in.remove(0, nl + 2 + size);
    if (last) {
        m_bodies.append(m_bdatBody);
        m_rawBodies.append(m_bdatBody);
        m_bdatBody.clear();
    }
    *lastChunk = last;
    return true;
}

void FakeSmtpServer::recordExtraLines()
{
    QByteArray line;
    while (takeLine(&line, false)) {
        m_clientLines.append(line);
        if (m_answerQuit && !m_stalled && m_socket && m_socket->state() == QAbstractSocket::ConnectedState
            && line.compare("QUIT", Qt::CaseInsensitive) == 0) {
            queueOutput("221 2.0.0 Bye\r\n");
            flushOutput();
            m_socket->disconnectFromHost();
            return;
        }
    }
}

// --- the script runner: called on every event that may let it move on ---

void FakeSmtpServer::advance()
{
    // QSslSocket reads while it writes, so a write in runSteps() can emit readyRead and land
    // here again: never run the script twice at once, run it once more afterwards instead.
    if (m_advancing) {
        m_advanceAgain = true;
        return;
    }
    m_advancing = true;
    do {
        m_advanceAgain = false;
        runSteps();
    } while (m_advanceAgain);
    m_advancing = false;
}

void FakeSmtpServer::runSteps()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_tlsPending)
        return; // the script resumes on encrypted()
    if (m_stalled) {
        recordExtraLines(); // heard, never answered
        return;
    }

    while (m_next < m_steps.size()) {
        const Step& step = m_steps.at(m_next);
        switch (step.kind) {
        case Step::Kind::Send:
            queueOutput(step.bytes);
            ++m_next;
            continue;
        case Step::Kind::Expect: {
            QByteArray line;
            if (!takeLine(&line, true)) {
                flushOutput(); // the client waits for our replies before it says more
                return;
            }
            m_clientLines.append(line);
            if (!matches(step.bytes, line)) {
                m_errors.append(QStringLiteral("step %1: expected \"%2\", got \"%3\"")
                                    .arg(m_next)
                                    .arg(QString::fromLatin1(step.bytes), QString::fromLatin1(line.left(200))));
            }
            ++m_next;
            continue;
        }
        case Step::Kind::ExpectData: {
            bool taken = false;
            if (m_in.size() < 5 && !m_in.contains('\n')) {
                flushOutput();
                return; // too little to tell a BDAT command from a DATA body
            }
            if (m_in.startsWith("BDAT ")) {
                bool last = false;
                taken = takeBdatChunk(&last);
            } else {
                taken = takeDataBody();
            }
            if (!taken) {
                flushOutput();
                return;
            }
            ++m_next;
            continue;
        }
        case Step::Kind::ExpectBdatMessage: {
            if (m_in.size() < 5 || (!m_in.startsWith("BDAT ") && !m_in.contains('\n'))) {
                flushOutput();
                return;
            }
            if (!m_in.startsWith("BDAT ")) {
                QByteArray line;
                takeLine(&line, false);
                m_clientLines.append(line);
                m_errors.append(QStringLiteral("step %1: expected a BDAT chunk, got \"%2\"")
                                    .arg(m_next)
                                    .arg(QString::fromLatin1(line.left(200))));
                ++m_next;
                continue;
            }
            bool last = false;
            if (!takeBdatChunk(&last)) {
                flushOutput();
                return;
            }
            queueOutput(last ? step.bytes2 : step.bytes);
            if (last)
                ++m_next;
            continue;
        }
        case Step::Kind::StartTls:
        case Step::Kind::SendAndStartTls:
            if (step.kind == Step::Kind::SendAndStartTls) {
                // The reply and the injected bytes leave in one write, whatever the split mode.
                m_out += step.bytes;
                m_socket->write(m_out);
                m_socket->flush();
                m_out.clear();
            } else {
                flushOutput();
                if (!outputIdle())
                    return; // still dripping the 220
            }
            ++m_next;
            beginTls();
            return; // the script resumes on encrypted()
        case Step::Kind::Stall:
            flushOutput();
            m_stalled = true;
            ++m_next;
            emit scriptDone();
            recordExtraLines();
            return;
        case Step::Kind::Close:
            flushOutput();
            if (!outputIdle())
                return; // resumes from dripOneByte()
            ++m_next;
            emit scriptDone();
            m_socket->disconnectFromHost();
            return;
        }
    }
    // The script is over: flush what is left and only watch for more lines.
    flushOutput();
    if (!m_done) {
        m_done = true;
        emit scriptDone();
    }
    recordExtraLines();
}
