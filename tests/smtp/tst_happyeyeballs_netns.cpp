// Happy Eyeballs (RFC 8305) against a real black hole: a network namespace made here, joined to
// this one by a veth pair, with a DROP rule on the server's first address. SYNs to it vanish as
// they do behind a broken firewall; the session must move on after the Connection Attempt Delay
// (RFC 8305 §5, 250 ms) instead of waiting for the connect timeout.
// Addresses: 198.18.0.0/24 (RFC 2544 benchmarking range) and fd51:5eed::/64 (a ULA, RFC 4193),
// on that veth pair only: nothing leaves the machine. Needs root, `ip` and iptables; without
// them the test is skipped with the reason. The namespace is removed on every exit path.
#include "SmtpSession.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <unistd.h>

namespace {

const QString HostSide4 = QStringLiteral("198.18.0.1");
const QString Dropped4 = QStringLiteral("198.18.0.2");
const QString Server4 = QStringLiteral("198.18.0.3");
const QString HostSide6 = QStringLiteral("fd51:5eed::1");
const QString Dropped6 = QStringLiteral("fd51:5eed::2");

// Runs a command to its end; false (with its output in `log`) when it failed.
bool run(const QString& program, const QStringList& args, QString* log)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(20'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && log)
        *log += program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAll());
    return ok;
}

// The namespace, its veth pair, the DROP rules and the server inside; all undone by the destructor.
class NetnsLab
{
public:
    NetnsLab()
        : m_name(QStringLiteral("qhe%1").arg(::getpid()))
    {
    }
    ~NetnsLab()
    {
        if (m_server) {
            m_server->kill();
            m_server->waitForFinished(5'000);
        }
        if (m_created) {
            run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_name}, nullptr);
            // Deleting the namespace destroys the peer; the host end may linger for a moment.
            run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("del"), m_name + QLatin1Char('a')}, nullptr);
        }
    }

    // Empty when the lab is up; else why it could not be built.
    QString setUp()
    {
        if (::geteuid() != 0)
            return QStringLiteral("needs root to create a network namespace");
        for (const QString& tool : {QStringLiteral("ip"), QStringLiteral("iptables"), QStringLiteral("ip6tables")}) {
            if (QStandardPaths::findExecutable(tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")}).isEmpty())
                return QStringLiteral("%1 is not installed").arg(tool);
        }
        QString log;
        if (!run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), m_name}, &log))
            return QStringLiteral("cannot create a network namespace: ") + log;
        m_created = true;
        const QString host = m_name + QLatin1Char('a');
        const QString peer = m_name + QLatin1Char('b');
        const QList<QStringList> steps = {
            {QStringLiteral("link"), QStringLiteral("add"), host, QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
             QStringLiteral("name"), peer, QStringLiteral("netns"), m_name},
            {QStringLiteral("addr"), QStringLiteral("add"), HostSide4 + QStringLiteral("/24"), QStringLiteral("dev"), host},
            {QStringLiteral("addr"), QStringLiteral("add"), HostSide6 + QStringLiteral("/64"), QStringLiteral("dev"), host, QStringLiteral("nodad")},
            {QStringLiteral("link"), QStringLiteral("set"), host, QStringLiteral("up")},
            {QStringLiteral("-n"), m_name, QStringLiteral("addr"), QStringLiteral("add"), Dropped4 + QStringLiteral("/24"), QStringLiteral("dev"), peer},
            {QStringLiteral("-n"), m_name, QStringLiteral("addr"), QStringLiteral("add"), Server4 + QStringLiteral("/24"), QStringLiteral("dev"), peer},
            {QStringLiteral("-n"), m_name, QStringLiteral("addr"), QStringLiteral("add"), Dropped6 + QStringLiteral("/64"), QStringLiteral("dev"), peer,
             QStringLiteral("nodad")},
            {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), peer, QStringLiteral("up")},
            {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
        };
        for (const QStringList& step : steps) {
            if (!run(QStringLiteral("ip"), step, &log))
                return QStringLiteral("cannot set up the veth pair: ") + log;
        }
        // The black holes: TCP to these addresses is silently dropped inside the namespace.
        if (!run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_name, QStringLiteral("iptables"), QStringLiteral("-A"),
                                        QStringLiteral("INPUT"), QStringLiteral("-d"), Dropped4, QStringLiteral("-p"), QStringLiteral("tcp"),
                                        QStringLiteral("-j"), QStringLiteral("DROP")}, &log)
            || !run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_name, QStringLiteral("ip6tables"), QStringLiteral("-A"),
                                           QStringLiteral("INPUT"), QStringLiteral("-d"), Dropped6, QStringLiteral("-p"), QStringLiteral("tcp"),
                                           QStringLiteral("-j"), QStringLiteral("DROP")}, &log))
            return QStringLiteral("cannot add the DROP rules: ") + log;

        // aiosmtpd inside the namespace, on the address that answers.
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::SeparateChannels);
        m_server->start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_name, QStringLiteral("/usr/bin/python3"),
                                               testScriptPath(QStringLiteral("smtp_server.py")), QStringLiteral("--mode"), QStringLiteral("plain"),
                                               QStringLiteral("--host"), Server4, QStringLiteral("--outdir"), m_outDir.path()});
        QByteArray out;
        QDeadlineTimer deadline(20'000);
        while (!out.contains('\n') && !deadline.hasExpired() && m_server->state() != QProcess::NotRunning) {
            m_server->waitForReadyRead(200);
            out += m_server->readAllStandardOutput();
        }
        m_port = quint16(QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object().value(QStringLiteral("port")).toInt());
        if (m_port == 0)
            return QStringLiteral("the server did not start in the namespace: ") + QString::fromLocal8Bit(m_server->readAllStandardError());
        return QString();
    }

    quint16 port() const { return m_port; }
    int storedMessages() const { return QDir(m_outDir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size(); }

private:
    QString m_name;
    bool m_created = false;
    QTemporaryDir m_outDir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
};

} // namespace

class TestHappyEyeballsNetns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void blackHoledFirstAddress_data();
    void blackHoledFirstAddress();

private:
    std::unique_ptr<NetnsLab> m_lab;
};

void TestHappyEyeballsNetns::initTestCase()
{
    m_lab = std::make_unique<NetnsLab>();
    const QString problem = m_lab->setUp();
    if (!problem.isEmpty()) {
        m_lab.reset(); // undo whatever part was made
        QSKIP(qPrintable(problem));
    }
}

void TestHappyEyeballsNetns::cleanupTestCase()
{
    m_lab.reset();
}

void TestHappyEyeballsNetns::blackHoledFirstAddress_data()
{
    QTest::addColumn<QString>("dropped");
    // RFC 8305 §4: IPv6 first; the classic failure is a broken IPv6 path.
    QTest::addRow("RFC 8305: IPv6 black-holed, IPv4 answers") << Dropped6;
    QTest::addRow("RFC 8305: first IPv4 address black-holed, second answers") << Dropped4;
}

void TestHappyEyeballsNetns::blackHoledFirstAddress()
{
    QFETCH(QString, dropped);
    QVERIFY(m_lab);
    const int before = m_lab->storedMessages();

    SmtpSettings s;
    s.host = QStringLiteral("mail.test"); // the name is never looked up: the addresses are given
    s.port = m_lab->port();
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    s.addresses = {QHostAddress(dropped), QHostAddress(Server4)};
    s.ehloName = QStringLiteral("client.example.org");
    s.timeouts.connectMs = 20'000; // far beyond the attempt delay: reaching it would fail the timing check
    SmtpSession session(s);
    QStringList transcript;
    connect(&session, &SmtpSession::transcript, this, [&](SmtpSession::Direction, const QString& line) { transcript << line; });
    bool finished = false;
    SmtpError error;
    connect(&session, &SmtpSession::finished, this, [&](const SmtpError& e) {
        finished = true;
        error = e;
    });
    const QByteArray message = "From: a@example.org\r\nTo: b@example.org\r\nSubject: eyeballs\r\n\r\nHi.\r\n";
    QBuffer body;
    body.setData(message);
    QVERIFY(body.open(QIODevice::ReadOnly));
    SmtpEnvelope e;
    e.from = QStringLiteral("a@example.org");
    e.recipients = {QStringLiteral("b@example.org")};
    e.size = message.size();
    session.enqueue(e, &body);

    QElapsedTimer clock;
    clock.start();
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30'000);
    const qint64 elapsed = clock.elapsed();
    qInfo("black-holed first address, whole send: %lld ms", elapsed);
    const QString shown = transcript.join(QLatin1Char('\n'));
    QVERIFY2(!error.isError(), qPrintable(error.toString() + QLatin1Char('\n') + shown));
    // Both attempts were made, the black hole first, and the second one won.
    const QString first = dropped.contains(QLatin1Char(':')) ? QStringLiteral("Trying [%1]").arg(dropped) : QStringLiteral("Trying %1").arg(dropped);
    QVERIFY2(transcript.indexOf(first) >= 0, qPrintable(shown));
    QVERIFY2(transcript.indexOf(QStringLiteral("Trying %1").arg(Server4)) > transcript.indexOf(first), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Connected to %1:").arg(Server4)), qPrintable(shown));
    // The second attempt started after the 250 ms delay, not after the 20 s connect timeout.
    QVERIFY2(elapsed >= 250 && elapsed < 5'000, qPrintable(QString::number(elapsed)));
    QTRY_COMPARE_WITH_TIMEOUT(m_lab->storedMessages(), before + 1, 5'000);
}

QTEST_GUILESS_MAIN(TestHappyEyeballsNetns)
#include "tst_happyeyeballs_netns.moc"
