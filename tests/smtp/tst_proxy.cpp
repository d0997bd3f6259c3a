// SmtpSession through real proxies on loopback, started here: microsocks and Dante (danted) for
// SOCKS5 (RFC 1928, user/password RFC 1929), tinyproxy for HTTP CONNECT (RFC 9110 §9.3.6, Basic
// proxy credentials). The mail server is aiosmtpd over STARTTLS (RFC 3207) and implicit TLS
// (RFC 8314). TLS runs end to end with the mail server and its certificate is checked against
// the mail server's name, never the proxy's. Proxy failures end in their own error kinds.
#include "AiosmtpdServer.h"
#include "LoopbackProxy.h"
#include "SmtpSession.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(SmtpSecurity)
Q_DECLARE_METATYPE(SmtpError::Kind)

namespace QTest {
template<>
char* toString(const SmtpError::Kind& kind)
{
    return qstrdup(qPrintable(SmtpError::kindName(kind)));
}
} // namespace QTest

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret pass phrase");
const QString ProxyUser = QStringLiteral("proxyuser");
const QString ProxyPassword = QStringLiteral("proxy-pw-42");

const QByteArray Message = "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: via proxy\r\n"
                           "Message-ID: <proxy-test@example.org>\r\n\r\nHello through the proxy.\r\n";

QSslCertificate testCa()
{
    QFile f(testDataPath(QStringLiteral("test-ca.pem")));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

struct Outcome
{
    bool finished = false;
    SmtpError error;
    QList<SmtpDelivery> deliveries;
    QStringList transcript;
};

void watch(SmtpSession& s, Outcome& o)
{
    QObject::connect(&s, &SmtpSession::finished, &s, [&o](const SmtpError& e) {
        o.finished = true;
        o.error = e;
    });
    QObject::connect(&s, &SmtpSession::messageFinished, &s, [&o](const SmtpDelivery& d) { o.deliveries.append(d); });
    QObject::connect(&s, &SmtpSession::transcript, &s,
                     [&o](SmtpSession::Direction, const QString& line) { o.transcript.append(line); });
}

QString describe(const Outcome& o)
{
    return o.error.toString() + QStringLiteral(" [phase %1, detail %2]\n").arg(o.error.phase, o.error.detail)
        + o.transcript.join(QLatin1Char('\n'));
}

QStringList serverArgs(SmtpSecurity security)
{
    return AiosmtpdServer::tlsArgs(security == SmtpSecurity::ImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"))
        + QStringList{QStringLiteral("--user"), User, QStringLiteral("--password"), Password};
}

SmtpSettings settingsFor(const QString& host, quint16 port, SmtpSecurity security, const QNetworkProxy& proxy)
{
    SmtpSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.extraCaCertificates = {testCa()};
    s.ehloName = QStringLiteral("client.example.org");
    s.timeouts = SmtpTimeouts::uniform(15'000);
    s.proxy = proxy;
    return s;
}

// Runs one session with one message (or none) to its end.
Outcome run(const SmtpSettings& settings, bool withMessage = true)
{
    SmtpSession session(settings);
    SmtpCredentials c;
    c.user = User;
    c.password = Password;
    session.setCredentials(c);
    Outcome o;
    watch(session, o);
    QBuffer body;
    body.setData(Message);
    body.open(QIODevice::ReadOnly);
    if (withMessage) {
        SmtpEnvelope envelope;
        envelope.from = QStringLiteral("alice@example.org");
        envelope.recipients = {QStringLiteral("bob@example.org")};
        envelope.size = Message.size();
        session.enqueue(envelope, &body);
    }
    session.start();
    QDeadlineTimer deadline(40'000);
    while (!o.finished && !deadline.hasExpired())
        QTest::qWait(10);
    if (!o.finished)
        o.error.detail = QStringLiteral("the session did not finish in 40 s");
    return o;
}

// A CA and a leaf made for one test, valid only for `san` (e.g. "IP:127.0.0.1").
bool makeCertificate(const QTemporaryDir& dir, const QString& san)
{
    auto openssl = [](const QStringList& args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30'000) && p.exitCode() == 0;
    };
    const QString d = dir.path();
    QFile ext(d + QStringLiteral("/ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" + san.toLatin1() + "\n");
    ext.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                    d + QStringLiteral("/ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Qourier proxy test CA"), QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE")})
        && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), d + QStringLiteral("/leaf.key"), QStringLiteral("-out"),
                    d + QStringLiteral("/leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=mail server")})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/leaf.csr"),
                    QStringLiteral("-CA"), d + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), d + QStringLiteral("/leaf.pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext.fileName()});
}

} // namespace

Q_DECLARE_METATYPE(ProxyKind)
Q_DECLARE_METATYPE(QNetworkProxy::ProxyType)

class TestProxy : public QObject
{
    Q_OBJECT
private slots:
    void sendThroughProxy_data();
    void sendThroughProxy();
    void wrongProxyPassword_data();
    void wrongProxyPassword();
    void targetUnreachable_data();
    void targetUnreachable();
    void proxyNotListening_data();
    void proxyNotListening();
    void certificateCheckedAgainstServerName_data();
    void certificateCheckedAgainstServerName();
};

void TestProxy::sendThroughProxy_data()
{
    QTest::addColumn<ProxyKind>("kind");
    QTest::addColumn<bool>("proxyAuth");
    QTest::addColumn<SmtpSecurity>("security");
    for (const SmtpSecurity security : {SmtpSecurity::StartTls, SmtpSecurity::ImplicitTls}) {
        const char* tls = security == SmtpSecurity::StartTls ? "STARTTLS" : "implicit TLS";
        QTest::addRow("microsocks SOCKS5, no auth, %s", tls) << ProxyKind::Microsocks << false << security;
        QTest::addRow("microsocks SOCKS5, RFC 1929 user/password, %s", tls) << ProxyKind::Microsocks << true << security;
        QTest::addRow("Dante SOCKS5, no auth, %s", tls) << ProxyKind::Dante << false << security;
        QTest::addRow("tinyproxy HTTP CONNECT, no auth, %s", tls) << ProxyKind::Tinyproxy << false << security;
        QTest::addRow("tinyproxy HTTP CONNECT, Basic proxy auth, %s", tls) << ProxyKind::Tinyproxy << true << security;
    }
}

void TestProxy::sendThroughProxy()
{
    QFETCH(ProxyKind, kind);
    QFETCH(bool, proxyAuth);
    QFETCH(SmtpSecurity, security);
    if (LoopbackProxy::program(kind).isEmpty())
        QSKIP("proxy not installed (microsocks, dante-server, tinyproxy: .ci/bootstrap test installs them)");
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(security)), qPrintable(server.errorString()));
    LoopbackProxy proxy;
    QVERIFY2(proxy.start(kind, proxyAuth ? ProxyUser : QString(), ProxyPassword), qPrintable(proxy.errorString()));

    // By name: the proxy resolves "localhost" (SOCKS5 ATYP domain, or the CONNECT authority).
    const Outcome o = run(settingsFor(QStringLiteral("localhost"), server.port(), security,
                                      proxyAuth ? proxy.proxy(ProxyUser, ProxyPassword) : proxy.proxy()));
    QVERIFY2(!o.error.isError(), qPrintable(describe(o) + "\n" + proxy.output()));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o)));
    const QList<ReceivedMessage> got = server.messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).data, Message);
    QVERIFY(got.at(0).tls);
    QCOMPARE(got.at(0).authUser, User);
    // No local Happy Eyeballs race: one connection, to the proxy.
    QVERIFY2(!o.transcript.join(QLatin1Char('\n')).contains(QLatin1String("Trying ")), qPrintable(describe(o)));
}

void TestProxy::wrongProxyPassword_data()
{
    QTest::addColumn<ProxyKind>("kind");
    QTest::addColumn<QString>("password");
    QTest::addRow("SOCKS5 (microsocks), wrong password") << ProxyKind::Microsocks << QStringLiteral("wrong");
    QTest::addRow("SOCKS5 (microsocks), no credentials") << ProxyKind::Microsocks << QString();
    QTest::addRow("HTTP CONNECT (tinyproxy), wrong password") << ProxyKind::Tinyproxy << QStringLiteral("wrong");
    QTest::addRow("HTTP CONNECT (tinyproxy), no credentials") << ProxyKind::Tinyproxy << QString();
}

void TestProxy::wrongProxyPassword()
{
    QFETCH(ProxyKind, kind);
    QFETCH(QString, password);
    if (LoopbackProxy::program(kind).isEmpty())
        QSKIP("proxy not installed");
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(SmtpSecurity::StartTls)), qPrintable(server.errorString()));
    LoopbackProxy proxy;
    QVERIFY2(proxy.start(kind, ProxyUser, ProxyPassword), qPrintable(proxy.errorString()));
    const QNetworkProxy p = password.isEmpty() ? proxy.proxy() : proxy.proxy(ProxyUser, password);
    const Outcome o = run(settingsFor(QStringLiteral("localhost"), server.port(), SmtpSecurity::StartTls, p));
    QCOMPARE(o.error.kind, SmtpError::Kind::ProxyAuthFailed);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::ProxyAuthFailed);
    QVERIFY(server.messages().isEmpty());
}

void TestProxy::targetUnreachable_data()
{
    QTest::addColumn<ProxyKind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addRow("SOCKS5 (microsocks), nothing on the port") << ProxyKind::Microsocks << QStringLiteral("127.0.0.1");
    QTest::addRow("SOCKS5 (microsocks), name does not resolve") << ProxyKind::Microsocks << QStringLiteral("no-such-host.invalid");
    QTest::addRow("HTTP CONNECT (tinyproxy), nothing on the port") << ProxyKind::Tinyproxy << QStringLiteral("127.0.0.1");
    QTest::addRow("HTTP CONNECT (tinyproxy), name does not resolve") << ProxyKind::Tinyproxy << QStringLiteral("no-such-host.invalid");
}

void TestProxy::targetUnreachable()
{
    QFETCH(ProxyKind, kind);
    QFETCH(QString, host);
    if (LoopbackProxy::program(kind).isEmpty())
        QSKIP("proxy not installed");
    LoopbackProxy proxy;
    QVERIFY2(proxy.start(kind, QString(), QString()), qPrintable(proxy.errorString()));
    const Outcome o = run(settingsFor(host, LoopbackProxy::freePort(), SmtpSecurity::StartTls, proxy.proxy()));
    QVERIFY2(o.error.kind == SmtpError::Kind::ProxyTargetUnreachable, qPrintable(describe(o)));
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::ProxyTargetUnreachable);
}

void TestProxy::proxyNotListening_data()
{
    QTest::addColumn<QNetworkProxy::ProxyType>("type");
    QTest::addRow("SOCKS5") << QNetworkProxy::Socks5Proxy;
    QTest::addRow("HTTP CONNECT") << QNetworkProxy::HttpProxy;
}

void TestProxy::proxyNotListening()
{
    QFETCH(QNetworkProxy::ProxyType, type);
    AiosmtpdServer server;
    QVERIFY2(server.start(serverArgs(SmtpSecurity::StartTls)), qPrintable(server.errorString()));
    const QNetworkProxy p(type, QStringLiteral("127.0.0.1"), LoopbackProxy::freePort());
    const Outcome o = run(settingsFor(QStringLiteral("localhost"), server.port(), SmtpSecurity::StartTls, p));
    // The proxy refused: not the mail server (ConnectionRefused), not the target (ProxyTargetUnreachable).
    QVERIFY2(o.error.kind == SmtpError::Kind::Proxy, qPrintable(describe(o)));
}

void TestProxy::certificateCheckedAgainstServerName_data()
{
    QTest::addColumn<ProxyKind>("kind");
    QTest::addColumn<SmtpSecurity>("security");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("proxyName");
    QTest::addColumn<bool>("accepted");
    // The certificate names only IP 127.0.0.1. Reaching the server as "127.0.0.1" through a
    // proxy called "localhost" must pass; reaching it as "localhost" through a proxy called
    // "127.0.0.1" must fail, although the proxy's name is the one in the certificate.
    for (const ProxyKind kind : {ProxyKind::Microsocks, ProxyKind::Tinyproxy}) {
        const char* k = kind == ProxyKind::Microsocks ? "SOCKS5" : "HTTP CONNECT";
        for (const SmtpSecurity security : {SmtpSecurity::StartTls, SmtpSecurity::ImplicitTls}) {
            const char* tls = security == SmtpSecurity::StartTls ? "STARTTLS" : "implicit TLS";
            QTest::addRow("%s, %s, server name matches", k, tls)
                << kind << security << QStringLiteral("127.0.0.1") << QStringLiteral("localhost") << true;
            QTest::addRow("%s, %s, only the proxy's name matches", k, tls)
                << kind << security << QStringLiteral("localhost") << QStringLiteral("127.0.0.1") << false;
        }
    }
}

void TestProxy::certificateCheckedAgainstServerName()
{
    QFETCH(ProxyKind, kind);
    QFETCH(SmtpSecurity, security);
    QFETCH(QString, serverName);
    QFETCH(QString, proxyName);
    QFETCH(bool, accepted);
    if (LoopbackProxy::program(kind).isEmpty())
        QSKIP("proxy not installed");
    QTemporaryDir certs;
    QVERIFY(makeCertificate(certs, QStringLiteral("IP:127.0.0.1")));
    AiosmtpdServer server;
    QVERIFY2(server.start({QStringLiteral("--mode"), security == SmtpSecurity::ImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"),
                           QStringLiteral("--cert"), certs.filePath(QStringLiteral("leaf.pem")), QStringLiteral("--key"),
                           certs.filePath(QStringLiteral("leaf.key")), QStringLiteral("--user"), User,
                           QStringLiteral("--password"), Password}),
             qPrintable(server.errorString()));
    LoopbackProxy proxy;
    QVERIFY2(proxy.start(kind, QString(), QString()), qPrintable(proxy.errorString()));
    SmtpSettings settings = settingsFor(serverName, server.port(), security, proxy.proxy(QString(), QString(), proxyName));
    settings.extraCaCertificates = QSslCertificate::fromPath(certs.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(settings.extraCaCertificates.size(), 1);
    const Outcome o = run(settings);
    if (accepted) {
        QVERIFY2(!o.error.isError(), qPrintable(describe(o)));
        QCOMPARE(server.messages().size(), 1);
    } else {
        QVERIFY2(o.error.kind == SmtpError::Kind::CertificateRejected, qPrintable(describe(o)));
        bool nameMismatch = false;
        for (const QSslError& e : o.error.sslErrors)
            nameMismatch = nameMismatch || e.error() == QSslError::HostNameMismatch;
        QVERIFY2(nameMismatch, qPrintable(describe(o)));
        QVERIFY(server.messages().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
