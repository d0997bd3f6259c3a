#include "ConnectionTester.h"

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionTester::Result>();
    qRegisterMetaType<ConnectionTester::TlsInfo>();
}

ConnectionTester::~ConnectionTester()
{
    if (m_session)
        m_session->disconnect(this);
}

void ConnectionTester::start(const SmtpSettings& settings, const SmtpCredentials& credentials)
{
    cancel();
    m_settings = settings;
    m_result = Result();
    m_done = false;
    m_haveCredentials = !credentials.isEmpty();
    for (Status& s : m_status)
        s = Status::Waiting;

    m_session = std::make_unique<SmtpSession>(settings);
    m_session->setCredentials(credentials);
    SmtpSession* session = m_session.get();
    connect(session, &SmtpSession::stateChanged, this, &ConnectionTester::onStateChanged);
    connect(session, &SmtpSession::transcript, this, [this](SmtpSession::Direction direction, const QString& line) {
        const QString prefixed = (direction == SmtpSession::Direction::Client   ? QStringLiteral("C: ")
                                  : direction == SmtpSession::Direction::Server ? QStringLiteral("S: ")
                                                                                : QStringLiteral("* "))
            + line;
        m_result.transcript << prefixed;
        emit transcriptLine(prefixed);
    });
    connect(session, &SmtpSession::encrypted, this, [this, session] {
        const QSslCipher cipher = session->sessionCipher();
        m_result.tls.protocol = cipher.protocolString();
        m_result.tls.cipher = cipher.name();
        m_result.tls.chain = session->peerCertificateChain();
        setStatus(Stage::Tls, Status::Passed);
        emit tlsEstablished(m_result.tls);
    });
    connect(session, &SmtpSession::capabilitiesReceived, this, [this, session](const SmtpCapabilities& caps) {
        // RFC 3207 §4.2: what a server says before STARTTLS is discarded; the test reports the
        // capabilities of the connection that will carry the password.
        if (m_settings.security != SmtpSecurity::None && !session->isEncrypted())
            return;
        m_result.capabilities = caps;
        m_result.capabilitiesKnown = true;
        setStatus(Stage::Ehlo, Status::Passed);
        emit capabilitiesReceived(caps);
    });
    connect(session, &SmtpSession::authenticated, this, [this](const QString& mechanism) {
        m_result.authMechanism = mechanism;
        setStatus(Stage::Auth, Status::Passed);
        emit authenticated(mechanism);
    });
    connect(session, &SmtpSession::finished, this, &ConnectionTester::onFinished);

    if (settings.security == SmtpSecurity::None)
        setStatus(Stage::Tls, Status::Skipped);
    // Nothing is enqueued: the session connects, secures, reads EHLO, signs in and quits.
    session->start();
}

void ConnectionTester::cancel()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session->cancel();
    // Deleted later: cancel() may be called from one of the session's own signals.
    m_session.release()->deleteLater();
    m_done = true;
}

void ConnectionTester::setStatus(Stage stage, Status status)
{
    Status& current = m_status[int(stage)];
    if (current == status)
        return;
    current = status;
    emit stageChanged(stage, status);
}

void ConnectionTester::onStateChanged(SmtpSession::State state)
{
    using S = SmtpSession::State;
    auto passIfRunning = [this](Stage stage) {
        if (m_status[int(stage)] == Status::Running || m_status[int(stage)] == Status::Waiting)
            setStatus(stage, Status::Passed);
    };
    switch (state) {
    case S::Connecting: setStatus(Stage::Connect, Status::Running); break;
    case S::TlsHandshake:
        passIfRunning(Stage::Connect);
        setStatus(Stage::Tls, Status::Running);
        break;
    case S::Greeting:
        passIfRunning(Stage::Connect);
        setStatus(Stage::Ehlo, Status::Running);
        break;
    case S::Ehlo:
    case S::Helo:
        if (m_status[int(Stage::Ehlo)] != Status::Passed)
            setStatus(Stage::Ehlo, Status::Running);
        break;
    case S::StartTls:
    case S::StartTlsHandshake:
        // The EHLO that counts is the one after TLS (RFC 3207 §4.2): back to waiting for it.
        setStatus(Stage::Ehlo, Status::Waiting);
        setStatus(Stage::Tls, Status::Running);
        break;
    case S::Auth: setStatus(Stage::Auth, Status::Running); break;
    case S::Ready:
    case S::Quit:
        if (m_status[int(Stage::Auth)] == Status::Waiting)
            setStatus(Stage::Auth, Status::Skipped); // no credentials: nothing to sign in with
        if (state == S::Quit)
            setStatus(Stage::Quit, Status::Running);
        break;
    default: break;
    }
}

ConnectionTester::Stage ConnectionTester::runningStage() const
{
    for (int i = 4; i >= 0; --i) {
        if (m_status[i] == Status::Running)
            return Stage(i);
    }
    const QString phase = m_result.error.phase;
    if (phase == QLatin1String("TlsHandshake") || phase == QLatin1String("StartTls") || phase == QLatin1String("StartTlsHandshake"))
        return Stage::Tls;
    if (phase == QLatin1String("Greeting") || phase == QLatin1String("Ehlo") || phase == QLatin1String("Helo"))
        return Stage::Ehlo;
    if (phase == QLatin1String("Auth") || phase == QLatin1String("Ready"))
        return Stage::Auth;
    if (phase == QLatin1String("Quit"))
        return Stage::Quit;
    return Stage::Connect;
}

void ConnectionTester::onFinished(const SmtpError& error)
{
    m_done = true;
    m_result.error = error;
    if (error.isError()) {
        if (m_result.tls.chain.isEmpty() && !error.certificateChain.isEmpty())
            m_result.tls.chain = error.certificateChain;
        // AUTH refused before it started (no mechanism offered, or clear text not allowed for a
        // password) belongs to the sign-in stage even though the session was still in EHLO.
        Stage failed = runningStage();
        if (error.kind == SmtpError::Kind::AuthUnavailable || error.kind == SmtpError::Kind::AuthFailed
            || error.kind == SmtpError::Kind::AuthTokenExpired) {
            if (m_status[int(Stage::Ehlo)] == Status::Running && m_result.capabilitiesKnown)
                setStatus(Stage::Ehlo, Status::Passed);
            failed = Stage::Auth;
        } else if (error.kind == SmtpError::Kind::StartTlsUnavailable) {
            // RFC 3207: the EHLO answered but offered no STARTTLS; the failure is the missing
            // encryption, and the capabilities that count (after TLS) were never read.
            if (m_status[int(Stage::Ehlo)] == Status::Running)
                setStatus(Stage::Ehlo, Status::Waiting);
            failed = Stage::Tls;
        }
        m_result.failedStage = failed;
        setStatus(failed, Status::Failed);
    } else {
        setStatus(Stage::Quit, Status::Passed);
        for (int i = 0; i < 5; ++i) {
            if (m_status[i] == Status::Waiting || m_status[i] == Status::Running)
                setStatus(Stage(i), i == int(Stage::Auth) && !m_haveCredentials ? Status::Skipped : Status::Passed);
        }
    }
    emit finished(m_result);
}
