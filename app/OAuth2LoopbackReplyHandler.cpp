#include "OAuth2LoopbackReplyHandler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

OAuth2LoopbackReplyHandler::OAuth2LoopbackReplyHandler(QObject* parent)
    // RFC 8252 §7.3 + §8.3: the loopback IP literal, not "localhost" and not every interface
    // (Qt's default constructor listens on QHostAddress::Any); port 0 = an ephemeral port.
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{
    // What the browser tab shows after the redirect.
    setCallbackText(tr("Qourier has received your sign-in. You can close this tab and return to Qourier."));
}

void OAuth2LoopbackReplyHandler::networkReplyFinished(QNetworkReply* reply)
{
    if (reply->error() == QNetworkReply::NoError) {
        QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = o.value(QLatin1String("error")).toString();
    emit tokenRequestFailed(status, error.isEmpty() ? reply->errorString() : error,
                            o.value(QLatin1String("error_description")).toString());
}
