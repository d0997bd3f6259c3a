#include "AiosmtpdServer.h"

#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <algorithm>

namespace {

QStringList toStringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

} // namespace

AiosmtpdServer::AiosmtpdServer() = default;

AiosmtpdServer::~AiosmtpdServer()
{
    stop();
}

QStringList AiosmtpdServer::tlsArgs(const QString& mode)
{
    return {QStringLiteral("--mode"), mode, QStringLiteral("--cert"), testDataPath(QStringLiteral("server.pem")),
            QStringLiteral("--key"), testDataPath(QStringLiteral("server.key"))};
}

bool AiosmtpdServer::start(const QStringList& extraArgs)
{
    stop();
    m_error.clear();
    m_stderr.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    // stdout carries the one JSON line; stderr is kept apart for diagnostics.
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{testScriptPath(QStringLiteral("smtp_server.py")),
                     QStringLiteral("--outdir"), m_dir.path(),
                     QStringLiteral("--host"), QStringLiteral("127.0.0.1")};
    args += extraArgs;
    // Debian's python3-aiosmtpd lives in the system interpreter, not whatever python3 is on PATH.
    m_process->start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process->waitForStarted(10'000)) {
        m_error = QStringLiteral("cannot start /usr/bin/python3: ") + m_process->errorString();
        m_process.reset();
        return false;
    }

    QSignalSpy ready(m_process.get(), &QProcess::readyReadStandardOutput);
    QSignalSpy finished(m_process.get(), &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < 20'000) {
        out += m_process->readAllStandardOutput();
        const int nl = out.indexOf('\n');
        if (nl >= 0) {
            const QJsonObject obj = QJsonDocument::fromJson(out.left(nl)).object();
            const int port = obj.value(QStringLiteral("port")).toInt();
            if (port > 0 && port < 65536) {
                m_port = quint16(port);
                return true;
            }
            m_error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(out.left(nl));
            break;
        }
        if (m_process->state() == QProcess::NotRunning || !finished.isEmpty()) {
            m_error = QStringLiteral("server exited before listening");
            break;
        }
        ready.wait(qMax<qint64>(1, qMin<qint64>(500, 20'000 - clock.elapsed())));
    }
    if (m_error.isEmpty())
        m_error = QStringLiteral("server did not report its port within 20 s");
    m_stderr += m_process->readAllStandardError();
    m_error += QStringLiteral("\n") + QString::fromUtf8(m_stderr);
    stop();
    return false;
}

void AiosmtpdServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // EOF on stdin is the script's polite stop signal; SIGTERM and SIGKILL back it up.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3'000)) {
            m_process->terminate();
            if (!m_process->waitForFinished(3'000)) {
                m_process->kill();
                m_process->waitForFinished(3'000);
            }
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
    m_port = 0;
}

QString AiosmtpdServer::outDir() const
{
    return m_dir.path();
}

QByteArray AiosmtpdServer::standardError() const
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

QList<ReceivedMessage> AiosmtpdServer::messages() const
{
    // n.json is renamed into place after n.eml, so every listed json has its complete eml.
    QDir dir(m_dir.path());
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QList<int> numbers;
    for (const QString& name : names) {
        bool ok = false;
        const int n = name.chopped(5).toInt(&ok);
        if (ok)
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());

    QList<ReceivedMessage> out;
    for (const int n : numbers) {
        QFile json(dir.filePath(QStringLiteral("%1.json").arg(n)));
        QFile eml(dir.filePath(QStringLiteral("%1.eml").arg(n)));
        if (!json.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject obj = QJsonDocument::fromJson(json.readAll()).object();
        ReceivedMessage m;
        m.mailFrom = obj.value(QStringLiteral("mail_from")).toString();
        m.rcptTos = toStringList(obj.value(QStringLiteral("rcpt_tos")));
        m.mailOptions = toStringList(obj.value(QStringLiteral("mail_options")));
        m.rcptOptions = toStringList(obj.value(QStringLiteral("rcpt_options")));
        m.size = obj.value(QStringLiteral("size")).toInteger(-1);
        m.authUser = obj.value(QStringLiteral("auth_user")).toString();
        m.tls = obj.value(QStringLiteral("tls")).toBool();
        m.data = eml.readAll();
        out.append(m);
    }
    return out;
}
