#include "ProxySpec.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QUrl>

bool ProxySpec::parse(const QString& spec, QNetworkProxy* proxy, QString* problem)
{
    problem->clear();
    const QString s = spec.trimmed();
    if (s.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return true;
    }
    if (s.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0) {
        // Resolved per connection by the caller (systemProxyFor), which knows the server.
        *proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
        return true;
    }
    const QUrl url(s, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else {
        *problem = QCoreApplication::translate("ProxySpec", "the proxy must be none, system, socks5://host:port or http://host:port");
        return false;
    }
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        *problem = QCoreApplication::translate("ProxySpec", "\"%1\" is not a proxy address: give %2://host:port").arg(s, scheme);
        return false;
    }
    if (!url.password().isEmpty()) {
        *problem = QCoreApplication::translate("ProxySpec", "no password in the proxy address: anyone can read a command line; "
                                                            "use QOURIER_PROXY_PASSWORD or --proxy-password-file");
        return false;
    }
    *proxy = QNetworkProxy(type, url.host(), quint16(url.port()), url.userName());
    if (type == QNetworkProxy::Socks5Proxy) {
        // The proxy looks up the mail server's name (SOCKS5 ATYP domain, RFC 1928 §5): the name
        // may resolve only on the proxy's side, and no lookup leaks from this machine.
        proxy->setCapabilities(proxy->capabilities() | QNetworkProxy::HostNameLookupCapability);
    }
    return true;
}

QNetworkProxy ProxySpec::systemProxyFor(const QString& host, quint16 port)
{
    const QNetworkProxyQuery query(host, port, QString(), QNetworkProxyQuery::TcpSocket);
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
    for (const QNetworkProxy& p : proxies) {
        // A SOCKS5 or HTTP CONNECT proxy can carry SMTP; a caching-only HTTP proxy cannot.
        if (p.type() == QNetworkProxy::NoProxy || p.type() == QNetworkProxy::Socks5Proxy
            || (p.type() == QNetworkProxy::HttpProxy && (p.capabilities() & QNetworkProxy::TunnelingCapability)))
            return p;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}
