#include "AutoconfigFetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>

AutoconfigFetcher::AutoconfigFetcher(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

AutoconfigFetcher::~AutoconfigFetcher() = default;

QList<QUrl> AutoconfigFetcher::urlsFor(const QString& emailAddress)
{
    const int at = emailAddress.lastIndexOf(QLatin1Char('@'));
    const QString domain = at < 0 ? QString() : emailAddress.mid(at + 1).trimmed().toLower();
    if (domain.isEmpty())
        return {};
    QUrl first(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), emailAddress.trimmed());
    first.setQuery(query);
    const QUrl second(QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain));
    QList<QUrl> urls;
    for (const QUrl& u : {first, second}) {
        if (u.isValid())
            urls << u;
    }
    return urls;
}

void AutoconfigFetcher::fetch(const QUrl& url, Callback done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Qourier"));
    QNetworkReply* reply = m_manager->get(request);
    auto answered = std::make_shared<bool>(false);
    auto answer = [answered, done](bool ok, const QByteArray& body) {
        if (*answered)
            return;
        *answered = true;
        if (done)
            done(ok, body);
    };
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, answer](qint64 received, qint64) {
        if (received > MaxBytes) {
            answer(false, QByteArray());
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, answer] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            answer(false, QByteArray());
            return;
        }
        answer(true, reply->read(MaxBytes));
    });
}
