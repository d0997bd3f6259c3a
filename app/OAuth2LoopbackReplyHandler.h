#pragma once
// QtNetworkAuth's loopback redirect listener (RFC 8252 §7.3), bound to 127.0.0.1 on a port the
// OS chooses, plus what Qt 6.4 leaves out: it reports a failed token request. Qt 6.4's
// QOAuthOobReplyHandler::networkReplyFinished() only logs an HTTP error from the token endpoint
// and emits nothing (later Qt versions add tokenRequestErrorOccurred), so a refused code would
// leave the sign-in waiting until its timeout. Here the error reaches the caller at once, with
// the server's RFC 6749 §5.2 "error" and "error_description".

#include <QOAuthHttpServerReplyHandler>

class OAuth2LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit OAuth2LoopbackReplyHandler(QObject* parent = nullptr);

    void networkReplyFinished(QNetworkReply* reply) override;

signals:
    // `error` is RFC 6749 §5.2's code ("invalid_grant") or, without one, the network error text.
    void tokenRequestFailed(int httpStatus, const QString& error, const QString& description);
};
