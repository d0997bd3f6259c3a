#include "SandboxRunner.h"

#include "SandboxServer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

SandboxRunner::SandboxRunner(const QString& baseDirectory, QObject* parent)
    : QObject(parent)
    , m_baseDirectory(baseDirectory.isEmpty() ? SandboxAccount::defaultBaseDirectory() : baseDirectory)
{
}

SandboxRunner::~SandboxRunner()
{
    stop();
}

bool SandboxRunner::start(QString* error)
{
    if (isRunning())
        return true;
    QString why;
    if (!m_account.load(m_baseDirectory, &why)) {
        *error = tr("The sandbox's certificate or password cannot be prepared: %1").arg(why);
        return false;
    }
    auto server = std::make_unique<SandboxServer>(m_account.serverSettings(messagesDirectory()));
    if (!server->start(&why)) {
        *error = tr("The sandbox cannot start: %1").arg(why);
        return false;
    }
    connect(server.get(), &SandboxServer::messageStored, this, &SandboxRunner::messageStored);
    m_server = std::move(server);
    emit started();
    return true;
}

void SandboxRunner::stop()
{
    // Drops any connection still open; a message in flight was never acknowledged, so nothing
    // the composer called sent is lost.
    m_server.reset();
}

bool SandboxRunner::isRunning() const
{
    return m_server && m_server->isListening();
}

QString SandboxRunner::messagesDirectory() const
{
    return m_baseDirectory + QStringLiteral("/messages");
}

SmtpSettings SandboxRunner::clientSettings() const
{
    // STARTTLS (RFC 3207) like most submission servers, so a sandbox send exercises the same
    // steps as a real one; the certificate is pinned, never "ignore errors".
    return m_account.clientSettings(m_server ? m_server->startTlsPort() : 0, SmtpSecurity::StartTls);
}

SmtpCredentials SandboxRunner::credentials() const
{
    return m_account.credentials();
}

qint64 SandboxRunner::sizeLimit() const
{
    return m_server ? m_server->settings().effectiveSizeLimit() : SandboxSettings().maxMessageSize;
}

QString SandboxRunner::description() const
{
    if (!isRunning())
        return QString();
    return tr("Qourier's sandbox on %1: STARTTLS port %2, TLS port %3, user “%4”. Messages sent here stay on "
              "this computer.")
        .arg(m_server->listeningAddresses().join(QStringLiteral(", ")))
        .arg(m_server->startTlsPort())
        .arg(m_server->implicitTlsPort())
        .arg(m_account.user());
}

QString SandboxRunner::receiptFor(const SmtpReply& finalReply) const
{
    // The sandbox's own words (SandboxSession: "Ok: queued as <id>"); the id is the store's file
    // name, so only its own characters are accepted — never a path.
    static const QRegularExpression queued(QStringLiteral("queued as ([A-Za-z0-9._-]+)\\s*$"));
    const QRegularExpressionMatch match = queued.match(finalReply.text());
    if (!match.hasMatch() || match.captured(1).startsWith(QLatin1Char('.')))
        return QString();
    const QString path = QDir(messagesDirectory()).filePath(match.captured(1) + QStringLiteral(".json"));
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}
