#include "FakeOAuthServer.h"

#include "TestPaths.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

FakeOAuthServer::~FakeOAuthServer()
{
    stop();
}

void FakeOAuthServer::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel(); // EOF on stdin stops it
    if (!m_process->waitForFinished(5'000)) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
    m_process.reset();
}

bool FakeOAuthServer::start(const QString& clientId, const QStringList& extraArgs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral("/usr/bin/python3"),
                     QStringList{testScriptPath(QStringLiteral("oauth_server.py")), QStringLiteral("--client-id"), clientId}
                         + extraArgs);
    if (!m_process->waitForStarted(10'000)) {
        m_error = m_process->errorString();
        return false;
    }
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20'000 && !out.contains('\n')) {
        if (!m_process->waitForReadyRead(1'000) && m_process->state() != QProcess::Running)
            break;
        out += m_process->readAllStandardOutput();
    }
    const int port = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object().value(QStringLiteral("port")).toInt();
    if (port <= 0 || port > 65535) {
        m_error = QStringLiteral("oauth_server.py did not report a port: ") + QString::fromUtf8(out);
        return false;
    }
    m_port = quint16(port);
    return true;
}

QUrl FakeOAuthServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QJsonObject FakeOAuthServer::stats() const
{
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(url(QStringLiteral("/stats"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10'000))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return o;
}

int FakeOAuthServer::followInBrowser(const QUrl& url, QByteArray* finalBody)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    // A browser follows the provider's 302 to http://127.0.0.1:PORT/ (same scheme: allowed).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(20'000)) {
        delete reply;
        return -1;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (finalBody)
        *finalBody = reply->readAll();
    delete reply;
    return status.isValid() ? status.toInt() : -1;
}
