// `qourier sandbox`: the sandbox server without a window. Stops cleanly on SIGINT/SIGTERM through
// a self-pipe watched by a QSocketNotifier, so the event loop never blocks and no Qt code runs in
// the signal handler.

#include "SandboxCommand.h"

#include "SandboxAccount.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

// Async-signal-safe: write(2) only.
void signalHandler(int)
{
    const char byte = 1;
    const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
    (void)ignored;
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

bool parseNumber(const QString& text, qint64 min, qint64 max, qint64* value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

} // namespace

SandboxCommand::SandboxCommand(QObject* parent)
    : QObject(parent)
{
}

SandboxCommand::~SandboxCommand()
{
    if (m_signalNotifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

int SandboxCommand::usageError(const QString& message)
{
    err() << "qourier sandbox: " << message << Qt::endl;
    return Usage;
}

int SandboxCommand::start(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Run Qourier's sandbox mail server on this computer's loopback addresses until "
                                   "interrupted. Messages it accepts are stored, never delivered."));
    p.addHelpOption();
    const QCommandLineOption dir({QStringLiteral("dir")}, tr("Store messages in this directory."), tr("dir"));
    const QCommandLineOption port({QStringLiteral("port")}, tr("STARTTLS port (0 or absent: any free port)."), tr("port"));
    const QCommandLineOption smtpsPort({QStringLiteral("smtps-port")}, tr("Implicit-TLS port (0 or absent: any free port)."), tr("port"));
    const QCommandLineOption plainPort({QStringLiteral("plain-port")}, tr("Also listen in clear text, without AUTH, on this port (0: any free port). For load generators only."), tr("port"));
    const QCommandLineOption json({QStringLiteral("json")}, tr("Print one line of JSON with the ports, login, certificate fingerprint and directory."));
    const QCommandLineOption maxSize({QStringLiteral("max-size")}, tr("Largest message accepted, in octets (default 52428800)."), tr("octets"));
    const QCommandLineOption keep({QStringLiteral("keep")}, tr("Keep this many newest messages (default 500)."), tr("count"));
    const QCommandLineOption maxRcpt({QStringLiteral("max-recipients")}, tr("Recipients per message (default 1000)."), tr("count"));
    const QCommandLineOption idle({QStringLiteral("idle-timeout")}, tr("Seconds a silent client is kept (default 300)."), tr("seconds"));
    const QCommandLineOption rejectRcpt({QStringLiteral("reject-recipient")}, tr("Refuse recipients matching this wildcard pattern with 550 (repeatable)."), tr("pattern"));
    const QCommandLineOption tempfail({QStringLiteral("tempfail-data")}, tr("Answer every end of data with 451 (nothing is stored)."));
    const QCommandLineOption sizeLimit({QStringLiteral("size-limit")}, tr("Advertise and enforce this small SIZE instead."), tr("octets"));
    const QCommandLineOption replyDelay({QStringLiteral("reply-delay")}, tr("Wait this long before the reply to the end of data."), tr("ms"));
    const QCommandLineOption dropAfter({QStringLiteral("drop-after")}, tr("Drop the connection after this many octets of a message."), tr("octets"));
    p.addOptions({dir, port, smtpsPort, plainPort, json, maxSize, keep, maxRcpt, idle, rejectRcpt, tempfail, sizeLimit,
                  replyDelay, dropAfter});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument: %1").arg(p.positionalArguments().first()));
    m_json = p.isSet(json);

    SandboxAccount account;
    QString error;
    if (!account.load(SandboxAccount::defaultBaseDirectory(), &error)) {
        err() << "qourier sandbox: " << error << Qt::endl;
        return Failed;
    }
    const QString directory = p.isSet(dir) ? QDir(p.value(dir)).absolutePath() : SandboxAccount::defaultMessagesDirectory();
    SandboxSettings settings = account.serverSettings(directory);

    qint64 n = 0;
    auto portValue = [&](const QCommandLineOption& o, quint16* target) {
        if (!p.isSet(o))
            return true;
        if (!parseNumber(p.value(o), 0, 65535, &n))
            return false;
        *target = quint16(n);
        return true;
    };
    if (!portValue(port, &settings.startTlsPort) || !portValue(smtpsPort, &settings.implicitTlsPort)
        || !portValue(plainPort, &settings.plainPort))
        return usageError(tr("a port is a number from 0 to 65535"));
    settings.plainEnabled = p.isSet(plainPort);
    if (p.isSet(maxSize)) {
        if (!parseNumber(p.value(maxSize), 1, Q_INT64_C(1) << 40, &n))
            return usageError(tr("--max-size must be a positive number of octets"));
        settings.maxMessageSize = n;
    }
    if (p.isSet(keep)) {
        if (!parseNumber(p.value(keep), 1, 1'000'000, &n))
            return usageError(tr("--keep must be a number from 1 to 1000000"));
        settings.maxMessagesKept = int(n);
    }
    if (p.isSet(maxRcpt)) {
        if (!parseNumber(p.value(maxRcpt), 1, 1'000'000, &n))
            return usageError(tr("--max-recipients must be a number from 1 to 1000000"));
        settings.maxRecipients = int(n);
    }
    if (p.isSet(idle)) {
        if (!parseNumber(p.value(idle), 1, 86400, &n))
            return usageError(tr("--idle-timeout must be a number of seconds from 1 to 86400"));
        settings.idleTimeoutMs = int(n * 1000);
    }
    settings.faults.rejectRecipients = p.values(rejectRcpt);
    settings.faults.tempfailData = p.isSet(tempfail);
    if (p.isSet(sizeLimit)) {
        if (!parseNumber(p.value(sizeLimit), 1, Q_INT64_C(1) << 40, &n))
            return usageError(tr("--size-limit must be a positive number of octets"));
        settings.faults.sizeLimit = n;
    }
    if (p.isSet(replyDelay)) {
        if (!parseNumber(p.value(replyDelay), 0, 3'600'000, &n))
            return usageError(tr("--reply-delay must be a number of milliseconds up to 3600000"));
        settings.faults.finalReplyDelayMs = int(n);
    }
    if (p.isSet(dropAfter)) {
        if (!parseNumber(p.value(dropAfter), 0, Q_INT64_C(1) << 40, &n))
            return usageError(tr("--drop-after must be a number of octets"));
        settings.faults.closeAfterMessageBytes = n;
    }

    if (!watchSignals()) {
        err() << "qourier sandbox: " << tr("cannot watch for SIGINT/SIGTERM") << Qt::endl;
        return Failed;
    }
    m_server = std::make_unique<SandboxServer>(settings);
    connect(m_server.get(), &SandboxServer::messageStored, this, &SandboxCommand::onMessageStored);
    if (!m_server->start(&error)) {
        err() << "qourier sandbox: " << error << Qt::endl;
        return Failed;
    }

    if (m_json) {
        QJsonObject o{
            {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), m_server->startTlsPort()},
            {QStringLiteral("smtps_port"), m_server->implicitTlsPort()},
            {QStringLiteral("user"), account.user()},
            {QStringLiteral("password"), account.password()},
            {QStringLiteral("sha256"), account.sha256()},
            {QStringLiteral("dir"), directory},
        };
        if (settings.plainEnabled)
            o.insert(QStringLiteral("plain_port"), m_server->plainPort());
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out() << tr("Qourier sandbox listening on %1").arg(m_server->listeningAddresses().join(QStringLiteral(", "))) << '\n'
              << tr("  STARTTLS port:     %1").arg(m_server->startTlsPort()) << '\n'
              << tr("  implicit TLS port: %1").arg(m_server->implicitTlsPort()) << '\n';
        if (settings.plainEnabled)
            out() << tr("  clear-text port:   %1 (no TLS, no AUTH)").arg(m_server->plainPort()) << '\n';
        out() << tr("  user:              %1").arg(account.user()) << '\n'
              << tr("  password:          %1").arg(account.password()) << '\n'
              << tr("  certificate SHA-256: %1").arg(account.sha256()) << '\n'
              << tr("  messages:          %1").arg(directory) << '\n'
              << tr("Stop with Ctrl+C.") << Qt::endl;
    }
    return -1;
}

bool SandboxCommand::watchSignals()
{
    if (g_signalPipe[0] < 0 && ::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction sa = {};
    sa.sa_handler = signalHandler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &sa, nullptr) != 0 || ::sigaction(SIGTERM, &sa, nullptr) != 0)
        return false;
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &SandboxCommand::onSignal);
    return true;
}

void SandboxCommand::onSignal()
{
    char buffer[64];
    while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) {
    }
    m_signalNotifier->setEnabled(false);
    // A message still arriving is not stored: its client never got a 250.
    m_server->stop();
    if (!m_json)
        out() << tr("Sandbox stopped.") << Qt::endl;
    emit done(Ok);
}

void SandboxCommand::onMessageStored(const QString& jsonPath)
{
    // --json promises exactly one line on stdout; the store's directory is the record.
    if (!m_json)
        out() << tr("Stored %1").arg(jsonPath) << Qt::endl;
}
