// SettingsFinder and its parts: the built-in provider list, the autoconfig parser and fetcher
// (XML fed directly and from a loopback HTTP server), DNS SRV/MX with injected answers, step
// time limits, and probing real loopback servers (aiosmtpd) among closed ports.

#include "AiosmtpdServer.h"
#include "AutoconfigFetcher.h"
#include "AutoconfigParser.h"
#include "PortProber.h"
#include "ProviderDatabase.h"
#include "SettingsFinder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

Q_DECLARE_METATYPE(SmtpSecurity)

namespace {

// A port on which nothing listens: bound once to learn a free number, then closed.
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

// Answers every HTTP request on loopback with one canned response, and remembers the paths.
class TinyHttpServer : public QTcpServer
{
public:
    QByteArray status = "200 OK";
    QByteArray body;
    QStringList paths;

    TinyHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    const QList<QByteArray> first = request.split('\n').value(0).split(' ');
                    paths << QString::fromLatin1(first.value(1));
                    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/xml\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

const char* const SampleXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>plain.%EMAILDOMAIN%</hostname><port>25</port><socketType>plain</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname><port>587</port><socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtps.%EMAILDOMAIN%</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>password-encrypted</authentication><authentication>OAuth2</authentication>
      <username>%EMAILLOCALPART%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>)";

SettingsFinder::Environment quietEnvironment()
{
    // Nothing leaves the machine: no DNS, no HTTPS, nothing to probe, unless a test adds it.
    SettingsFinder::Environment env;
    env.lookupSrv = [](const QString&, std::function<void(const QList<SettingsFinder::SrvRecord>&)> done) { done({}); };
    env.lookupMx = [](const QString&, std::function<void(const QStringList&)> done) { done({}); };
    env.fetchAutoconfig = [](const QUrl&, std::function<void(bool, const QByteArray&)> done) { done(false, {}); };
    env.probeCandidates = [](const QString&, const QString&) { return QList<PortProber::Candidate>(); };
    env.stepTimeoutMs = 2'000;
    env.probeTimeoutMs = 3'000;
    return env;
}

SettingsFinder::Result runFinder(SettingsFinder::Environment env, const QString& address, int timeoutMs = 30'000)
{
    SettingsFinder finder(std::move(env));
    std::optional<SettingsFinder::Result> result;
    QObject::connect(&finder, &SettingsFinder::finished, [&](const SettingsFinder::Result& r) {
        if (result)
            qWarning("finished() twice");
        result = r;
    });
    finder.start(address);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
        qWarning("the finder did not finish");
        return SettingsFinder::Result();
    }
    QTest::qWait(50); // a second finished() would be a bug
    return *result;
}

} // namespace

class TestSettingsFinder : public QObject
{
    Q_OBJECT

private slots:
    void builtInProviders_data();
    void builtInProviders();
    void providerDatabaseLookups();
    void providerListWinsWithoutNetwork();
    void autoconfigParser();
    void autoconfigParserRejects_data();
    void autoconfigParserRejects();
    void autoconfigUrls();
    void autoconfigFetcherOverLoopbackHttp();
    void autoconfigStepUsesTheDocument();
    void srvSubmissionsBeforeSubmission_data();
    void srvSubmissionsBeforeSubmission();
    void mxHostNamesTheProvider();
    void silentStepTimesOut();
    void mxDomainOf_data();
    void mxDomainOf();
    void defaultProbeCandidates();
    void probeFindsTheOneOpenPort();
    void probePrefersImplicitTls();
    void probeClearTextOnly();
    void nothingFound();
};

void TestSettingsFinder::builtInProviders_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<SmtpSecurity>("security");
    QTest::addColumn<QString>("help");
    const auto tls = SmtpSecurity::ImplicitTls;
    const auto starttls = SmtpSecurity::StartTls;
    QTest::addRow("gmail.com") << "gmail.com" << "smtp.gmail.com" << 465 << tls << "gmail";
    QTest::addRow("googlemail.com") << "googlemail.com" << "smtp.gmail.com" << 465 << tls << "gmail";
    QTest::addRow("qq.com") << "qq.com" << "smtp.qq.com" << 465 << tls << "qq";
    QTest::addRow("foxmail.com") << "foxmail.com" << "smtp.qq.com" << 465 << tls << "qq";
    QTest::addRow("163.com") << "163.com" << "smtp.163.com" << 465 << tls << "netease";
    QTest::addRow("126.com") << "126.com" << "smtp.126.com" << 465 << tls << "netease";
    QTest::addRow("yeah.net") << "yeah.net" << "smtp.yeah.net" << 465 << tls << "netease";
    QTest::addRow("sina.com") << "sina.com" << "smtp.sina.com" << 465 << tls << "sina";
    QTest::addRow("sohu.com") << "sohu.com" << "smtp.sohu.com" << 465 << tls << "sohu";
    QTest::addRow("aliyun.com") << "aliyun.com" << "smtp.aliyun.com" << 465 << tls << "aliyun";
    QTest::addRow("139.com") << "139.com" << "smtp.139.com" << 465 << tls << "139";
    QTest::addRow("outlook.com") << "outlook.com" << "smtp-mail.outlook.com" << 587 << starttls << "outlook";
    QTest::addRow("hotmail.com") << "hotmail.com" << "smtp-mail.outlook.com" << 587 << starttls << "outlook";
    QTest::addRow("live.com") << "live.com" << "smtp-mail.outlook.com" << 587 << starttls << "outlook";
    QTest::addRow("office365.com") << "office365.com" << "smtp.office365.com" << 587 << starttls << "office365";
    QTest::addRow("yahoo.com") << "yahoo.com" << "smtp.mail.yahoo.com" << 465 << tls << "yahoo";
    QTest::addRow("icloud.com") << "icloud.com" << "smtp.mail.me.com" << 587 << starttls << "icloud";
    QTest::addRow("me.com") << "me.com" << "smtp.mail.me.com" << 587 << starttls << "icloud";
    QTest::addRow("mac.com") << "mac.com" << "smtp.mail.me.com" << 587 << starttls << "icloud";
    QTest::addRow("gmx.net") << "gmx.net" << "mail.gmx.net" << 465 << tls << "gmx";
    QTest::addRow("gmx.com") << "gmx.com" << "mail.gmx.com" << 465 << tls << "gmx";
    QTest::addRow("zoho.com") << "zoho.com" << "smtp.zoho.com" << 465 << tls << "zoho";
    QTest::addRow("fastmail.com") << "fastmail.com" << "smtp.fastmail.com" << 465 << tls << "fastmail";
    QTest::addRow("yandex.ru") << "yandex.ru" << "smtp.yandex.ru" << 465 << tls << "yandex";
    QTest::addRow("proton.me") << "proton.me" << "127.0.0.1" << 1025 << starttls << "proton";
    QTest::addRow("hinet.net") << "hinet.net" << "msa.hinet.net" << 465 << tls << "hinet";
    QTest::addRow("ms12.hinet.net") << "ms12.hinet.net" << "msa.hinet.net" << 465 << tls << "hinet";
    QTest::addRow("yahoo.com.tw") << "yahoo.com.tw" << "smtp.mail.yahoo.com" << 465 << tls << "yahoo";
    QTest::addRow("pchome.com.tw") << "pchome.com.tw" << "smtp.pchome.com.tw" << 465 << tls << "pchome";
    QTest::addRow("upper case") << "GMail.COM" << "smtp.gmail.com" << 465 << tls << "gmail";
}

void TestSettingsFinder::builtInProviders()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(SmtpSecurity, security);
    QFETCH(QString, help);
    const ProviderDatabase db = ProviderDatabase::builtIn();
    QVERIFY(db.providers().size() >= 20);
    const auto p = db.forDomain(domain);
    QVERIFY(p.has_value());
    QCOMPARE(p->host, host);
    QCOMPARE(int(p->port), port);
    QCOMPARE(p->security, security);
    QCOMPARE(p->helpId, help);
    QVERIFY(!p->name.isEmpty());
}

void TestSettingsFinder::providerDatabaseLookups()
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    QVERIFY(!db.forDomain(QStringLiteral("example.org")).has_value());
    QVERIFY(!db.forDomain(QStringLiteral("nothinet.net")).has_value()); // a suffix, not a substring
    QCOMPARE(db.forMxHost(QStringLiteral("ALT1.ASPMX.L.GOOGLE.COM.")).value().id, QStringLiteral("gmail"));
    QCOMPARE(db.forMxHost(QStringLiteral("example-org.mail.protection.outlook.com")).value().id, QStringLiteral("office365"));
    QVERIFY(!db.forMxHost(QStringLiteral("mx.example.org")).has_value());
    QCOMPARE(db.forServerHost(QStringLiteral("smtp.qq.com")).value().helpId, QStringLiteral("qq"));
    // Proton's bridge listens on loopback: 127.0.0.1 alone must not mean "Proton".
    QVERIFY(!db.forServerHost(QStringLiteral("127.0.0.1")).has_value());
    QCOMPARE(ProviderDatabase::domainOf(QStringLiteral("Alice@Example.ORG")), QStringLiteral("example.org"));
    QVERIFY(ProviderDatabase::domainOf(QStringLiteral("no-at-sign")).isEmpty());

    ProviderDatabase custom;
    QVERIFY(!ProviderDatabase::fromJson("not json", &custom));
    QVERIFY(!ProviderDatabase::fromJson("{\"x\": 1}", &custom));
    QVERIFY(ProviderDatabase::fromJson(R"({"providers":[{"id":"t","domains":["t.test"],"hosts":["localhost"],
        "smtp":{"host":"127.0.0.1","port":2525,"security":"starttls"},"help":"qq"},
        {"id":"broken","domains":["b.test"]}]})", &custom));
    QCOMPARE(custom.providers().size(), 1); // the entry without a server is skipped
    QCOMPARE(custom.forServerHost(QStringLiteral("LOCALHOST")).value().helpId, QStringLiteral("qq"));
    QCOMPARE(custom.forServerHost(QStringLiteral("127.0.0.1")).value().port, quint16(2525));
}

void TestSettingsFinder::providerListWinsWithoutNetwork()
{
    SettingsFinder::Environment env = quietEnvironment();
    int networkCalls = 0;
    env.lookupSrv = [&](const QString&, std::function<void(const QList<SettingsFinder::SrvRecord>&)> done) {
        ++networkCalls;
        done({});
    };
    env.fetchAutoconfig = [&](const QUrl&, std::function<void(bool, const QByteArray&)> done) {
        ++networkCalls;
        done(false, {});
    };
    env.providers = ProviderDatabase::builtIn();
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("someone@qq.com"));
    QCOMPARE(r.source, SettingsFinder::Source::Provider);
    QCOMPARE(r.host, QStringLiteral("smtp.qq.com"));
    QCOMPARE(r.port, quint16(465));
    QCOMPARE(r.security, SmtpSecurity::ImplicitTls);
    QCOMPARE(r.userName, QStringLiteral("someone@qq.com"));
    QCOMPARE(r.provider.value().helpId, QStringLiteral("qq"));
    QCOMPARE(r.sourceDetail, QStringLiteral("QQ Mail"));
    QCOMPARE(networkCalls, 0);
}

void TestSettingsFinder::autoconfigParser()
{
    AutoconfigParser::Config c;
    QString error;
    QVERIFY2(AutoconfigParser::parse(SampleXml, QStringLiteral("bob@Example.test"), &c, &error), qPrintable(error));
    QCOMPARE(c.providerId, QStringLiteral("example.test"));
    QCOMPARE(c.displayName, QStringLiteral("Example Mail"));
    QCOMPARE(c.domains, QStringList{QStringLiteral("example.test")});
    QCOMPARE(c.outgoing.size(), 3); // the IMAP server is not an outgoing one
    QCOMPARE(c.outgoing.at(0).host, QStringLiteral("plain.example.test"));
    QCOMPARE(c.outgoing.at(0).security, SmtpSecurity::None);
    QCOMPARE(c.outgoing.at(0).userName, QStringLiteral("bob"));
    QCOMPARE(c.outgoing.at(1).userName, QStringLiteral("bob@Example.test"));
    QCOMPARE(c.outgoing.at(1).security, SmtpSecurity::StartTls);
    QCOMPARE(c.outgoing.at(2).authentication, (QStringList{QStringLiteral("password-encrypted"), QStringLiteral("OAuth2")}));
    const auto best = AutoconfigParser::preferred(c.outgoing);
    QVERIFY(best.has_value());
    QCOMPARE(best->host, QStringLiteral("smtps.example.test"));
    QCOMPARE(best->port, quint16(465));
    QCOMPARE(best->security, SmtpSecurity::ImplicitTls);
    QVERIFY(!AutoconfigParser::preferred({}).has_value());
}

void TestSettingsFinder::autoconfigParserRejects_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<int>("servers");
    QTest::addRow("not xml") << QByteArray("<html><body>404") << false << 0;
    QTest::addRow("other root") << QByteArray("<html><body/></html>") << false << 0;
    QTest::addRow("empty") << QByteArray() << false << 0;
    QTest::addRow("unknown socket type") << QByteArray("<clientConfig><emailProvider id='x'><outgoingServer type='smtp'>"
                                                       "<hostname>h</hostname><port>25</port><socketType>WHATEVER</socketType>"
                                                       "</outgoingServer></emailProvider></clientConfig>")
                                         << true << 0;
    QTest::addRow("bad port") << QByteArray("<clientConfig><emailProvider id='x'><outgoingServer type='smtp'>"
                                            "<hostname>h</hostname><port>70000</port><socketType>SSL</socketType>"
                                            "</outgoingServer></emailProvider></clientConfig>")
                              << true << 0;
}

void TestSettingsFinder::autoconfigParserRejects()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, parses);
    QFETCH(int, servers);
    AutoconfigParser::Config c;
    QCOMPARE(AutoconfigParser::parse(xml, QStringLiteral("a@b.test"), &c), parses);
    QCOMPARE(int(c.outgoing.size()), servers);
}

void TestSettingsFinder::autoconfigUrls()
{
    const QList<QUrl> urls = AutoconfigFetcher::urlsFor(QStringLiteral("bob+tag@Example.test"));
    QCOMPARE(urls.size(), 2);
    for (const QUrl& u : urls)
        QCOMPARE(u.scheme(), QStringLiteral("https")); // never plain HTTP: the document picks the server
    QCOMPARE(urls.at(0).host(), QStringLiteral("autoconfig.example.test"));
    QCOMPARE(urls.at(0).path(), QStringLiteral("/mail/config-v1.1.xml"));
    QVERIFY(urls.at(0).query(QUrl::FullyDecoded).contains(QStringLiteral("emailaddress=bob+tag@Example.test")));
    QCOMPARE(urls.at(1).toString(), QStringLiteral("https://example.test/.well-known/autoconfig/mail/config-v1.1.xml"));
    QVERIFY(AutoconfigFetcher::urlsFor(QStringLiteral("nodomain")).isEmpty());
}

void TestSettingsFinder::autoconfigFetcherOverLoopbackHttp()
{
    TinyHttpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));
    http.body = SampleXml;
    AutoconfigFetcher fetcher;
    std::optional<std::pair<bool, QByteArray>> got;
    fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/mail/config-v1.1.xml").arg(http.serverPort())),
                  [&](bool ok, const QByteArray& body) { got = std::make_pair(ok, body); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10'000);
    QVERIFY(got->first);
    QCOMPARE(got->second, QByteArray(SampleXml));
    QCOMPARE(http.paths, QStringList{QStringLiteral("/mail/config-v1.1.xml")});

    http.status = "404 Not Found";
    http.body = "<html>no</html>";
    got.reset();
    fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(http.serverPort())),
                  [&](bool ok, const QByteArray& body) { got = std::make_pair(ok, body); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10'000);
    QVERIFY(!got->first);

    // Too large: a hostile server cannot make us read a gigabyte.
    http.status = "200 OK";
    http.body = QByteArray(AutoconfigFetcher::MaxBytes + 100'000, 'x');
    got.reset();
    fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/big").arg(http.serverPort())),
                  [&](bool ok, const QByteArray& body) { got = std::make_pair(ok, body); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10'000);
    QVERIFY(!got->first);
}

void TestSettingsFinder::autoconfigStepUsesTheDocument()
{
    // The finder asks for the HTTPS URLs; the injected fetcher serves them from loopback HTTP.
    TinyHttpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));
    http.body = SampleXml;
    AutoconfigFetcher fetcher;
    QList<QUrl> asked;
    SettingsFinder::Environment env = quietEnvironment();
    env.providers = ProviderDatabase();
    env.fetchAutoconfig = [&](const QUrl& url, std::function<void(bool, const QByteArray&)> done) {
        asked << url;
        QUrl local = url;
        local.setScheme(QStringLiteral("http"));
        local.setHost(QStringLiteral("127.0.0.1"));
        local.setPort(http.serverPort());
        fetcher.fetch(local, done);
    };
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("bob@example.test"));
    QCOMPARE(r.source, SettingsFinder::Source::Autoconfig);
    QCOMPARE(r.host, QStringLiteral("smtps.example.test"));
    QCOMPARE(r.port, quint16(465));
    QCOMPARE(r.security, SmtpSecurity::ImplicitTls);
    QCOMPARE(r.userName, QStringLiteral("bob"));
    QVERIFY(!r.clearTextOnly);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().scheme(), QStringLiteral("https"));
    QCOMPARE(r.sourceDetail, QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml"));
}

void TestSettingsFinder::srvSubmissionsBeforeSubmission_data()
{
    QTest::addColumn<QList<SettingsFinder::SrvRecord>>("submissions");
    QTest::addColumn<QList<SettingsFinder::SrvRecord>>("submission");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<SmtpSecurity>("security");
    using R = SettingsFinder::SrvRecord;
    QTest::addRow("both: implicit TLS wins") << QList<R>{R{"tls.example.test.", 465, 0, 1}} << QList<R>{R{"starttls.example.test.", 587, 0, 1}}
                                             << "tls.example.test" << 465 << SmtpSecurity::ImplicitTls;
    QTest::addRow("only submission") << QList<R>{} << QList<R>{R{"starttls.example.test.", 587, 0, 1}} << "starttls.example.test" << 587
                                     << SmtpSecurity::StartTls;
    QTest::addRow("'.' means not offered") << QList<R>{R{".", 0, 0, 0}} << QList<R>{R{"starttls.example.test.", 587, 0, 1}}
                                           << "starttls.example.test" << 587 << SmtpSecurity::StartTls;
    QTest::addRow("lowest priority, then weight")
        << QList<R>{R{"backup.example.test.", 465, 20, 100}, R{"light.example.test.", 465, 10, 1}, R{"heavy.example.test.", 4650, 10, 50}}
        << QList<R>{} << "heavy.example.test" << 4650 << SmtpSecurity::ImplicitTls;
}

void TestSettingsFinder::srvSubmissionsBeforeSubmission()
{
    QFETCH(QList<SettingsFinder::SrvRecord>, submissions);
    QFETCH(QList<SettingsFinder::SrvRecord>, submission);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(SmtpSecurity, security);
    SettingsFinder::Environment env = quietEnvironment();
    env.providers = ProviderDatabase();
    QStringList asked;
    env.lookupSrv = [&](const QString& name, std::function<void(const QList<SettingsFinder::SrvRecord>&)> done) {
        asked << name;
        // Answer later, as DNS does.
        QTimer::singleShot(10, [=] { done(name.startsWith(QLatin1String("_submissions.")) ? submissions : submission); });
    };
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("carol@example.test"));
    QCOMPARE(r.source, SettingsFinder::Source::SrvRecord);
    QCOMPARE(r.host, host);
    QCOMPARE(int(r.port), port);
    QCOMPARE(r.security, security);
    QCOMPARE(asked.first(), QStringLiteral("_submissions._tcp.example.test"));
    if (asked.size() > 1)
        QCOMPARE(asked.at(1), QStringLiteral("_submission._tcp.example.test"));
}

void TestSettingsFinder::mxHostNamesTheProvider()
{
    SettingsFinder::Environment env = quietEnvironment();
    env.providers = ProviderDatabase::builtIn();
    QString askedMx;
    env.lookupMx = [&](const QString& domain, std::function<void(const QStringList&)> done) {
        askedMx = domain;
        done({QStringLiteral("aspmx.l.google.com."), QStringLiteral("alt1.aspmx.l.google.com.")});
    };
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("dave@workspace-customer.test"));
    QCOMPARE(askedMx, QStringLiteral("workspace-customer.test"));
    QCOMPARE(r.source, SettingsFinder::Source::MxProvider);
    QCOMPARE(r.host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(r.provider.value().helpId, QStringLiteral("gmail"));
    QCOMPARE(r.sourceDetail, QStringLiteral("aspmx.l.google.com."));
}

void TestSettingsFinder::silentStepTimesOut()
{
    // A DNS server that never answers: each step gives up after its time limit and the search
    // goes on, then ends with nothing found, well within the sum of the limits.
    SettingsFinder::Environment env = quietEnvironment();
    env.providers = ProviderDatabase();
    env.stepTimeoutMs = 200;
    int srvCalls = 0;
    env.lookupSrv = [&](const QString&, std::function<void(const QList<SettingsFinder::SrvRecord>&)> done) {
        ++srvCalls;
        // Answers long after the limit: must be ignored.
        QTimer::singleShot(1'500, [done] { done({SettingsFinder::SrvRecord{"late.example.test", 465, 0, 0}}); });
    };
    env.lookupMx = [](const QString&, std::function<void(const QStringList&)>) {};
    env.fetchAutoconfig = [](const QUrl&, std::function<void(bool, const QByteArray&)>) {};
    QElapsedTimer clock;
    clock.start();
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("erin@example.test"));
    QCOMPARE(r.source, SettingsFinder::Source::None);
    QCOMPARE(srvCalls, 2);
    QVERIFY(clock.elapsed() < 5'000);
    QTest::qWait(1'600); // the late answers arrive and change nothing (runFinder warned on a second finish)
}

void TestSettingsFinder::mxDomainOf_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("domain");
    QTest::addRow("plain") << "mx1.mail.example.net." << "example.net";
    QTest::addRow("two labels") << "example.net" << "example.net";
    QTest::addRow("com.tw") << "mx.example.com.tw" << "example.com.tw";
    QTest::addRow("co.uk") << "mx.provider.co.uk" << "provider.co.uk";
}

void TestSettingsFinder::mxDomainOf()
{
    QFETCH(QString, mx);
    QFETCH(QString, domain);
    QCOMPARE(SettingsFinder::mxDomainOf(mx), domain);
}

void TestSettingsFinder::defaultProbeCandidates()
{
    const QList<PortProber::Candidate> c = SettingsFinder::defaultProbeCandidates(QStringLiteral("example.test"), QString());
    QCOMPARE(c.size(), 9);
    QStringList got;
    for (const PortProber::Candidate& x : c)
        got << QStringLiteral("%1:%2:%3").arg(x.host).arg(x.port).arg(x.security == SmtpSecurity::ImplicitTls ? "tls" : "starttls");
    QCOMPARE(got, (QStringList{"smtp.example.test:465:tls", "smtp.example.test:587:starttls", "smtp.example.test:25:starttls",
                               "mail.example.test:465:tls", "mail.example.test:587:starttls", "mail.example.test:25:starttls",
                               "example.test:465:tls", "example.test:587:starttls", "example.test:25:starttls"}));
    const QList<PortProber::Candidate> withMx = SettingsFinder::defaultProbeCandidates(QStringLiteral("example.test"), QStringLiteral("hoster.test"));
    QCOMPARE(withMx.size(), 13);
    QCOMPARE(withMx.at(9).host, QStringLiteral("smtp.hoster.test"));
}

void TestSettingsFinder::probeFindsTheOneOpenPort()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(AiosmtpdServer::tlsArgs(QStringLiteral("starttls"))), qPrintable(server.errorString()));
    const quint16 closedA = closedPort();
    const quint16 closedB = closedPort();
    QVERIFY(closedA && closedB);
    SettingsFinder::Environment env = quietEnvironment();
    env.providers = ProviderDatabase();
    QList<PortProber::Candidate> asked;
    env.probeCandidates = [&](const QString& domain, const QString&) {
        asked << PortProber::Candidate{domain, 0, SmtpSecurity::None};
        return QList<PortProber::Candidate>{{"127.0.0.1", closedA, SmtpSecurity::ImplicitTls},
                                            {"127.0.0.1", closedB, SmtpSecurity::StartTls},
                                            {"127.0.0.1", server.port(), SmtpSecurity::StartTls},
                                            {"127.0.0.1", closedA, SmtpSecurity::StartTls}};
    };
    QElapsedTimer clock;
    clock.start();
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("frank@example.test"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().host, QStringLiteral("example.test"));
    QCOMPARE(r.source, SettingsFinder::Source::Probe);
    QCOMPARE(r.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.port, server.port());
    QCOMPARE(r.security, SmtpSecurity::StartTls);
    QVERIFY(!r.clearTextOnly);
    QVERIFY(clock.elapsed() < 10'000); // in parallel, not one after another
    QVERIFY(server.messages().isEmpty()); // probing never sends
}

void TestSettingsFinder::probePrefersImplicitTls()
{
    AiosmtpdServer starttls;
    AiosmtpdServer tls;
    QVERIFY2(starttls.start(AiosmtpdServer::tlsArgs(QStringLiteral("starttls"))), qPrintable(starttls.errorString()));
    QVERIFY2(tls.start(AiosmtpdServer::tlsArgs(QStringLiteral("tls"))), qPrintable(tls.errorString()));
    PortProber prober;
    QSignalSpy done(&prober, &PortProber::finished);
    // STARTTLS listed first and answering first still loses to implicit TLS (RFC 8314 §3).
    prober.start({{"127.0.0.1", starttls.port(), SmtpSecurity::StartTls},
                  {"127.0.0.1", tls.port(), SmtpSecurity::ImplicitTls},
                  {"127.0.0.1", starttls.port(), SmtpSecurity::ImplicitTls}}, // TLS to a STARTTLS port: fails
                 3'000);
    QVERIFY(done.wait(20'000));
    const auto best = done.first().at(0).value<std::optional<PortProber::Outcome>>();
    QVERIFY(best.has_value());
    QCOMPARE(best->candidate.port, tls.port());
    QCOMPARE(best->candidate.security, SmtpSecurity::ImplicitTls);
    const auto all = done.first().at(1).value<QList<PortProber::Outcome>>();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).verdict, PortProber::Outcome::Verdict::UntrustedCertificate); // server.pem: the test CA is not trusted here
    // TLS spoken to a STARTTLS port fails (or was not waited for once the winner was known).
    QCOMPARE(all.at(2).verdict, PortProber::Outcome::Verdict::Failed);
}

void TestSettingsFinder::probeClearTextOnly()
{
    AiosmtpdServer plain;
    QVERIFY2(plain.start({QStringLiteral("--mode"), QStringLiteral("plain")}), qPrintable(plain.errorString()));
    SettingsFinder::Environment env = quietEnvironment();
    env.providers = ProviderDatabase();
    env.probeCandidates = [&](const QString&, const QString&) {
        return QList<PortProber::Candidate>{{"127.0.0.1", plain.port(), SmtpSecurity::ImplicitTls},
                                            {"127.0.0.1", plain.port(), SmtpSecurity::StartTls}};
    };
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("gina@example.test"));
    QCOMPARE(r.source, SettingsFinder::Source::Probe);
    QCOMPARE(r.port, plain.port());
    QCOMPARE(r.security, SmtpSecurity::None);
    QVERIFY(r.clearTextOnly);
}

void TestSettingsFinder::nothingFound()
{
    SettingsFinder::Environment env = quietEnvironment();
    env.providers = ProviderDatabase();
    const quint16 closed = closedPort();
    env.probeCandidates = [&](const QString&, const QString&) {
        return QList<PortProber::Candidate>{{"127.0.0.1", closed, SmtpSecurity::ImplicitTls},
                                            {"127.0.0.1", closed, SmtpSecurity::StartTls}};
    };
    const SettingsFinder::Result r = runFinder(env, QStringLiteral("hank@example.test"));
    QCOMPARE(r.source, SettingsFinder::Source::None);
    QVERIFY(!r.found());
    QVERIFY(r.tried.size() >= 2);

    // An address without a domain ends at once.
    const SettingsFinder::Result none = runFinder(quietEnvironment(), QStringLiteral("nodomain"));
    QVERIFY(!none.found());
}

QTEST_GUILESS_MAIN(TestSettingsFinder)
#include "tst_settingsfinder.moc"
