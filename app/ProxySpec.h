#pragma once
// The proxy an SMTP connection goes through, from the command line's --proxy or an account's
// "system proxy" choice. The engine only ever sees the resulting QNetworkProxy.

#include <QNetworkProxy>
#include <QString>

class ProxySpec
{
public:
    // "none", "system", "socks5://[user@]host:port" (the proxy resolves the server's name, as
    // socks5h:// means for curl, so it is accepted too) or "http://[user@]host:port" (HTTP
    // CONNECT). A password in the URL is refused: any user can read a command line. False with
    // a sentence in `problem` when the spec is not one of these.
    static bool parse(const QString& spec, QNetworkProxy* proxy, QString* problem);
    // The system's proxy for a TCP connection to host:port, as Qt finds it (through libproxy on
    // Debian: the desktop's setting, or http_proxy / no_proxy). NoProxy when there is none.
    static QNetworkProxy systemProxyFor(const QString& host, quint16 port);
};
