// OutboxSender against a scripted server (FakeSmtpServer): each fault (drop, stall, 4xx, 5xx) at
// each phase leaves the entry in the right state with the right error; a drop after the final
// dot is Uncertain and never resent by a flush (RFC 1047); `committed` is on disk before the
// server can answer the dot; a retry sends the very same bytes; entries of one identity share one
// connection; cancel, resolver errors, the retry timer and "network back" trigger.
#include "FakeSmtpServer.h"
#include "MimeWriter.h"
#include "Outbox.h"
#include "OutboxSender.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray Greeting = "220 fake.example.org ESMTP\r\n";
const QByteArray EhloReply = "250-fake.example.org\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n";
const QByteArray Queued = "250 2.0.0 Ok: queued as 1\r\n";

enum class Phase { Greeting, Ehlo, Auth, MailFrom, RcptTo, Data, EndOfData };
enum class Fault { Drop, Stall, Transient, Permanent };

// The happy path of one phase: what the client says and what the server answers.
void normal(FakeSmtpServer& s, Phase phase)
{
    switch (phase) {
    case Phase::Greeting: s.send(Greeting); break;
    case Phase::Ehlo: s.expect("EHLO *").send(EhloReply); break;
    case Phase::Auth: s.expect("AUTH PLAIN *").send("235 2.7.0 Authenticated\r\n"); break;
    case Phase::MailFrom: s.expect("MAIL FROM:*").send("250 2.1.0 Ok\r\n"); break;
    case Phase::RcptTo: s.expect("RCPT TO:*").send("250 2.1.5 Ok\r\n"); break;
    case Phase::Data: s.expect("DATA").send("354 End data with <CR><LF>.<CR><LF>\r\n"); break;
    case Phase::EndOfData: s.expectData().send(Queued); break;
    }
}

void transaction(FakeSmtpServer& s)
{
    for (Phase p : {Phase::MailFrom, Phase::RcptTo, Phase::Data, Phase::EndOfData})
        normal(s, p);
}

// Everything up to `phase`, then the fault instead of the phase's reply.
void scriptFault(FakeSmtpServer& s, Phase phase, Fault fault)
{
    for (int p = 0; p < int(phase); ++p)
        normal(s, Phase(p));
    switch (phase) {
    case Phase::Greeting: break;
    case Phase::Ehlo: s.expect("EHLO *"); break;
    case Phase::Auth: s.expect("AUTH PLAIN *"); break;
    case Phase::MailFrom: s.expect("MAIL FROM:*"); break;
    case Phase::RcptTo: s.expect("RCPT TO:*"); break;
    case Phase::Data: s.expect("DATA"); break;
    case Phase::EndOfData: s.expectData(); break;
    }
    static const QHash<int, QByteArray> transient = {
        {int(Phase::Greeting), "421 4.3.2 Too busy\r\n"},
        {int(Phase::Ehlo), "421 4.3.2 Shutting down\r\n"},
        {int(Phase::Auth), "454 4.7.0 Temporary authentication failure\r\n"},
        {int(Phase::MailFrom), "451 4.3.0 Try again later\r\n"},
        {int(Phase::RcptTo), "450 4.2.1 Mailbox busy\r\n"},
        {int(Phase::Data), "451 4.3.0 Try again later\r\n"},
        {int(Phase::EndOfData), "451 4.3.0 Queue full\r\n"},
    };
    static const QHash<int, QByteArray> permanent = {
        {int(Phase::Greeting), "554 5.3.2 No service here\r\n"},
        {int(Phase::Ehlo), "550 5.5.1 No\r\n"},
        {int(Phase::Auth), "535 5.7.8 Authentication credentials invalid\r\n"},
        {int(Phase::MailFrom), "550 5.7.1 Sender refused\r\n"},
        {int(Phase::RcptTo), "550 5.1.1 No such user\r\n"},
        {int(Phase::Data), "554 5.5.1 No\r\n"},
        {int(Phase::EndOfData), "554 5.7.1 Spam\r\n"},
    };
    switch (fault) {
    case Fault::Drop: s.close(); break;
    case Fault::Stall: s.stall(); break;
    case Fault::Transient: s.send(transient.value(int(phase))); break;
    case Fault::Permanent:
        s.send(permanent.value(int(phase)));
        if (phase == Phase::Ehlo)
            s.expect("HELO *").send("550 5.5.1 No\r\n"); // RFC 5321 §3.2: HELO after a refused EHLO
        break;
    }
}

MailMessage sampleMessage(const QString& subject = QStringLiteral("Report"))
{
    MailMessage m;
    m.from = MailAddress{QStringLiteral("Alice"), QStringLiteral("alice@example.org")};
    m.to = {MailAddress{QString(), QStringLiteral("bob@example.org")}};
    m.subject = subject;
    m.textBody = QStringLiteral("Hello Bob,\n.\nthe figures.\n");
    return m;
}

SmtpSettings settingsFor(quint16 port)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSecurity::None;
    s.allowInsecure = true;
    s.allowAuthWithoutTls = true;
    s.ehloName = QStringLiteral("client.example.org");
    s.timeouts = SmtpTimeouts::uniform(10'000);
    return s;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

struct Fixture
{
    QTemporaryDir dir;
    Outbox outbox{dir.path()};
    SmtpSettings settings;
    int resolves = 0;
    OutboxSender::Resolution override; // used when its error is set
    std::unique_ptr<OutboxSender> sender;

    explicit Fixture(quint16 port)
        : settings(settingsFor(port))
    {
        sender = std::make_unique<OutboxSender>(&outbox, [this](const OutboxEntry&, bool, OutboxSender::ResolveDone done) {
            ++resolves;
            if (override.error.isError()) {
                done(override);
                return;
            }
            OutboxSender::Resolution r;
            r.settings = settings;
            r.credentials.user = QStringLiteral("alice");
            r.credentials.password = QStringLiteral("secret");
            done(r);
        });
    }

    QString add(const QString& subject = QStringLiteral("Report"), const QString& accountId = QStringLiteral("acc"))
    {
        QString error;
        const MailMessage m = sampleMessage(subject);
        auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
        if (!writer)
            return QString();
        OutboxEntry e;
        e.envelope = writer->envelope();
        e.subject = subject;
        e.identity.kind = OutboxIdentity::Kind::Account;
        e.identity.accountId = accountId;
        return outbox.add(*writer, e, &error);
    }

    QByteArray bytes(const QString& id) const
    {
        QFile f(outbox.messagePath(id));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void delivered();
    void faults_data();
    void faults();
    void connectionRefused();
    void uncertainIsNeverResentByFlush();
    void committedIsOnDiskBeforeTheReply();
    void killedAfterTheDotRecoversAsUncertain();
    void retrySendsTheSameBytes();
    void oneConnectionPerIdentity();
    void resolverErrors();
    void cancelRunning();
    void timerSendsWhenDue();
    void networkBackSendsDeferredAtOnce();
};

void TestOutboxSender::initTestCase()
{
    qRegisterMetaType<OutboxEntry::State>();
    qRegisterMetaType<SmtpDelivery>();
}

void TestOutboxSender::delivered()
{
    FakeSmtpServer server;
    for (int p = 0; p <= int(Phase::EndOfData); ++p)
        normal(server, Phase(p));
    server.expect("QUIT").send("221 Bye\r\n").close();
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    const QString id = f.add();
    QVERIFY(!id.isEmpty());
    const QByteArray bytes = f.bytes(id);
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    QSignalSpy progress(f.sender.get(), &OutboxSender::progress);
    QSignalSpy idle(f.sender.get(), &OutboxSender::idle);
    f.sender->send({id});
    QVERIFY(f.sender->isSending(id));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toString(), id);
    QCOMPARE(finished.first().at(1).value<OutboxEntry::State>(), OutboxEntry::State::Sent);
    QVERIFY(finished.first().at(2).value<SmtpDelivery>().ok());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toString(), id);
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(bytes.size()));
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 5'000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    // Only after the 250: out of the outbox, into Sent, the same bytes.
    QVERIFY(!f.outbox.contains(id));
    QFile sent(f.outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".eml"));
    QVERIFY(sent.open(QIODevice::ReadOnly));
    QCOMPARE(sent.readAll(), bytes);
    QCOMPARE(server.bodies().size(), 1);
}

void TestOutboxSender::faults_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("fault");
    QTest::addColumn<OutboxEntry::State>("state");
    QTest::addColumn<int>("replyCode"); // 0: no reply caused it
    using S = OutboxEntry::State;
    const char* names[] = {"greeting", "EHLO", "AUTH", "MAIL", "RCPT", "DATA", "end of data"};
    for (int p = 0; p <= int(Phase::EndOfData); ++p) {
        const bool afterDot = Phase(p) == Phase::EndOfData;
        QTest::addRow("%s: drop", names[p]) << p << int(Fault::Drop) << (afterDot ? S::Uncertain : S::Deferred) << 0;
        QTest::addRow("%s: stall", names[p]) << p << int(Fault::Stall) << (afterDot ? S::Uncertain : S::Deferred) << 0;
    }
    QTest::addRow("greeting: 421") << int(Phase::Greeting) << int(Fault::Transient) << S::Deferred << 421;
    QTest::addRow("greeting: 554") << int(Phase::Greeting) << int(Fault::Permanent) << S::Failed << 554;
    QTest::addRow("EHLO: 421") << int(Phase::Ehlo) << int(Fault::Transient) << S::Deferred << 421;
    QTest::addRow("EHLO+HELO: 550") << int(Phase::Ehlo) << int(Fault::Permanent) << S::Failed << 550;
    QTest::addRow("AUTH: 454") << int(Phase::Auth) << int(Fault::Transient) << S::Deferred << 454;
    QTest::addRow("AUTH: 535") << int(Phase::Auth) << int(Fault::Permanent) << S::Failed << 535;
    QTest::addRow("MAIL: 451") << int(Phase::MailFrom) << int(Fault::Transient) << S::Deferred << 451;
    QTest::addRow("MAIL: 550") << int(Phase::MailFrom) << int(Fault::Permanent) << S::Failed << 550;
    QTest::addRow("RCPT: 450") << int(Phase::RcptTo) << int(Fault::Transient) << S::Deferred << 450;
    QTest::addRow("RCPT: 550") << int(Phase::RcptTo) << int(Fault::Permanent) << S::Failed << 550;
    QTest::addRow("DATA: 451") << int(Phase::Data) << int(Fault::Transient) << S::Deferred << 451;
    QTest::addRow("DATA: 554") << int(Phase::Data) << int(Fault::Permanent) << S::Failed << 554;
    // A reply to the dot is an answer (RFC 5321 §4.2.5): not uncertain.
    QTest::addRow("end of data: 451") << int(Phase::EndOfData) << int(Fault::Transient) << S::Deferred << 451;
    QTest::addRow("end of data: 554") << int(Phase::EndOfData) << int(Fault::Permanent) << S::Failed << 554;
}

void TestOutboxSender::faults()
{
    QFETCH(int, phase);
    QFETCH(int, fault);
    QFETCH(OutboxEntry::State, state);
    QFETCH(int, replyCode);
    FakeSmtpServer server;
    scriptFault(server, Phase(phase), Fault(fault));
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    if (Fault(fault) == Fault::Stall) {
        // Only the stalled phase's own limit is short.
        SmtpTimeouts& t = f.settings.timeouts;
        if (Phase(phase) == Phase::Greeting)
            t.greetingMs = 400;
        else if (Phase(phase) == Phase::EndOfData)
            t.finalReplyMs = 400; // RFC 5321 §4.5.3.2.6
        else
            t.commandMs = 400;
    }
    const QString id = f.add();
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    f.sender->send({id});
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<OutboxEntry::State>(), state);
    const SmtpDelivery delivery = finished.first().at(2).value<SmtpDelivery>();
    QVERIFY(delivery.error.isError());

    const OutboxEntry e = f.outbox.entry(id);
    QCOMPARE(e.id, id); // still in the outbox
    QCOMPARE(e.state, state);
    QCOMPARE(e.attempts, 1);
    QCOMPARE(e.lastError.replyCode, replyCode);
    QVERIFY(!e.lastError.phase.isEmpty());
    QCOMPARE(e.lastError.kind, SmtpError::kindName(delivery.error.kind));
    if (Fault(fault) == Fault::Stall)
        QCOMPARE(e.lastError.kind, SmtpError::kindName(SmtpError::Kind::Timeout));
    if (Fault(fault) == Fault::Drop)
        QVERIFY2(e.lastError.kind == SmtpError::kindName(SmtpError::Kind::ServerClosed)
                     || e.lastError.kind == SmtpError::kindName(SmtpError::Kind::Network),
                 qPrintable(e.lastError.text));
    QCOMPARE(e.committed, state == OutboxEntry::State::Uncertain);
    QCOMPARE(e.lastError.deliveryUncertain, state == OutboxEntry::State::Uncertain);
    if (state == OutboxEntry::State::Deferred) {
        // First failure: one minute later.
        QVERIFY(e.nextAttempt >= before.addSecs(59));
        QVERIFY(e.nextAttempt <= QDateTime::currentDateTimeUtc().addSecs(61));
        QVERIFY(!e.isDue(QDateTime::currentDateTimeUtc()));
    } else {
        QVERIFY(!e.isPending());
    }
    // The server never got a complete message, except where the dot went out.
    QCOMPARE(server.bodies().size(), Phase(phase) == Phase::EndOfData ? 1 : 0);
}

void TestOutboxSender::connectionRefused()
{
    Fixture f(closedPort());
    const QString id = f.add();
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    f.sender->send({id});
    QVERIFY(finished.wait(10'000));
    const OutboxEntry e = f.outbox.entry(id);
    QCOMPARE(e.state, OutboxEntry::State::Deferred);
    QCOMPARE(e.lastError.kind, SmtpError::kindName(SmtpError::Kind::ConnectionRefused));
}

void TestOutboxSender::uncertainIsNeverResentByFlush()
{
    FakeSmtpServer server;
    scriptFault(server, Phase::EndOfData, Fault::Drop);
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    const QString id = f.add();
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    f.sender->send({id});
    QVERIFY(finished.wait(10'000));
    QCOMPARE(f.outbox.entry(id).state, OutboxEntry::State::Uncertain);
    QCOMPARE(server.connectionCount(), 1);

    f.sender->flushAll();
    f.sender->flushDue();
    f.sender->networkReachable();
    QVERIFY(!f.sender->isBusy());
    QTest::qWait(300);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(f.outbox.entry(id).state, OutboxEntry::State::Uncertain);

    // The person's decision: it did arrive.
    QVERIFY(f.outbox.markSent(id));
    QVERIFY(!f.outbox.contains(id));
}

void TestOutboxSender::committedIsOnDiskBeforeTheReply()
{
    FakeSmtpServer server;
    scriptFault(server, Phase::EndOfData, Fault::Stall);
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    f.settings.timeouts.finalReplyMs = 3'000;
    const QString id = f.add();
    QCOMPARE(f.outbox.entry(id).committed, false);
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    f.sender->send({id});
    // Once the server holds the whole message, entry.json already says so.
    QTRY_COMPARE_WITH_TIMEOUT(server.bodies().size(), 1, 5'000);
    const OutboxEntry during = f.outbox.entry(id);
    QCOMPARE(during.state, OutboxEntry::State::Sending);
    QCOMPARE(during.committed, true);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(f.outbox.entry(id).state, OutboxEntry::State::Uncertain);
}

void TestOutboxSender::killedAfterTheDotRecoversAsUncertain()
{
    FakeSmtpServer server;
    scriptFault(server, Phase::EndOfData, Fault::Stall);
    FakeSmtpServer early;
    scriptFault(early, Phase::RcptTo, Fault::Stall);
    QVERIFY(server.listen());
    QVERIFY(early.listen());

    Fixture f(server.serverPort());
    const QString id = f.add();
    f.sender->send({id});
    QTRY_COMPARE_WITH_TIMEOUT(server.bodies().size(), 1, 5'000);
    f.sender.reset(); // as good as a crash: nothing more is written
    QCOMPARE(f.outbox.entry(id).state, OutboxEntry::State::Sending);

    Fixture g(early.serverPort());
    const QString id2 = g.add();
    g.sender->send({id2});
    QTRY_VERIFY_WITH_TIMEOUT(early.clientLines().size() >= 4, 5'000); // RCPT sent, no reply
    g.sender.reset();

    QCOMPARE(f.outbox.recoverAfterCrash(), 1);
    QCOMPARE(f.outbox.entry(id).state, OutboxEntry::State::Uncertain);
    QCOMPARE(g.outbox.recoverAfterCrash(), 1);
    QCOMPARE(g.outbox.entry(id2).state, OutboxEntry::State::Deferred);
    QVERIFY(g.outbox.entry(id2).isDue(QDateTime::currentDateTimeUtc()));
}

void TestOutboxSender::retrySendsTheSameBytes()
{
    // First attempt: 451 to the dot. Second (another server: settings are resolved per attempt,
    // and FakeSmtpServer serves one script per connection best): accepted.
    FakeSmtpServer first;
    for (int p = 0; p <= int(Phase::Data); ++p)
        normal(first, Phase(p));
    first.expectData().send("451 4.3.0 Queue full\r\n").expect("QUIT").send("221 Bye\r\n").close();
    FakeSmtpServer second;
    for (int p = 0; p <= int(Phase::EndOfData); ++p)
        normal(second, Phase(p));
    second.expect("QUIT").send("221 Bye\r\n").close();
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    Fixture f(first.serverPort());
    const QString id = f.add();
    const QByteArray bytes = f.bytes(id);
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    f.sender->send({id});
    QVERIFY(finished.wait(10'000));
    QCOMPARE(f.outbox.entry(id).state, OutboxEntry::State::Deferred);
    QTRY_VERIFY_WITH_TIMEOUT(!f.sender->isBusy(), 5'000); // the first connection says QUIT
    f.sender->flushDue(); // not due for a minute
    QVERIFY(!f.sender->isBusy());
    f.settings.port = second.serverPort();
    f.sender->flushAll(); // ignores nextAttempt
    QVERIFY(f.sender->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10'000);
    QCOMPARE(finished.last().at(1).value<OutboxEntry::State>(), OutboxEntry::State::Sent);
    QVERIFY2(first.errors().isEmpty(), qPrintable(first.errors().join(QLatin1Char('\n'))));
    QVERIFY2(second.errors().isEmpty(), qPrintable(second.errors().join(QLatin1Char('\n'))));
    QCOMPARE(first.bodies().size(), 1);
    QCOMPARE(second.bodies().size(), 1);
    // The same bytes, hence the same Message-ID, on both attempts.
    QCOMPARE(first.bodies().at(0), second.bodies().at(0));
    QVERIFY(first.bodies().at(0).contains("Message-ID: <"));
    QFile sent(f.outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".eml"));
    QVERIFY(sent.open(QIODevice::ReadOnly));
    QCOMPARE(sent.readAll(), bytes);
}

void TestOutboxSender::oneConnectionPerIdentity()
{
    FakeSmtpServer server;
    for (Phase p : {Phase::Greeting, Phase::Ehlo, Phase::Auth})
        normal(server, p);
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            server.expect("RSET").send("250 2.0.0 Ok\r\n");
        transaction(server);
    }
    server.expect("QUIT").send("221 Bye\r\n").close();
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(f.add(QStringLiteral("Message %1").arg(i)));
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    QSignalSpy idle(f.sender.get(), &OutboxSender::idle);
    f.sender->flushDue();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10'000);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(f.resolves, 1);
    QCOMPARE(server.connectionCount(), 1);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.bodies().size(), 3);
    QCOMPARE(f.outbox.entries().size(), 0);
    // In order, each message its own bytes.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(finished.at(i).at(0).toString(), ids.at(i));
        QVERIFY(server.bodies().at(i).contains(QStringLiteral("Message %1").arg(i).toUtf8()));
    }
}

void TestOutboxSender::resolverErrors()
{
    Fixture f(closedPort());
    const QString id = f.add();
    f.override.error.kind = SmtpError::Kind::AuthUnavailable;
    f.override.error.detail = QStringLiteral("no password");
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    f.sender->send({id});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5'000);
    OutboxEntry e = f.outbox.entry(id);
    QCOMPARE(e.state, OutboxEntry::State::Deferred); // not permanent: the same flush with a password works
    QCOMPARE(e.lastError.kind, SmtpError::kindName(SmtpError::Kind::AuthUnavailable));
    QVERIFY(e.lastError.text.contains(QStringLiteral("no password")));

    f.override.permanent = true;
    f.sender->flushAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5'000);
    e = f.outbox.entry(id);
    QCOMPARE(e.state, OutboxEntry::State::Failed);
    QCOMPARE(e.attempts, 2);
    // Failed entries wait for the person: no flush picks them up.
    f.sender->flushAll();
    QVERIFY(!f.sender->isBusy());
}

void TestOutboxSender::cancelRunning()
{
    FakeSmtpServer server;
    scriptFault(server, Phase::MailFrom, Fault::Stall);
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    const QString id = f.add();
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    f.sender->send({id});
    QTRY_VERIFY_WITH_TIMEOUT(server.clientLines().size() >= 3, 5'000); // MAIL FROM is out
    f.sender->cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5'000);
    const OutboxEntry e = f.outbox.entry(id);
    QCOMPARE(e.state, OutboxEntry::State::Failed);
    QCOMPARE(e.lastError.kind, SmtpError::kindName(SmtpError::Kind::Cancelled));
    QVERIFY(server.bodies().isEmpty());
}

void TestOutboxSender::timerSendsWhenDue()
{
    FakeSmtpServer server;
    for (int p = 0; p <= int(Phase::EndOfData); ++p)
        normal(server, Phase(p));
    server.expect("QUIT").send("221 Bye\r\n").close();
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    const QString id = f.add();
    // Held back, as undo send does: Deferred until a moment from now.
    OutboxEntry e = f.outbox.entry(id);
    e.state = OutboxEntry::State::Deferred;
    e.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(2500);
    QVERIFY(f.outbox.update(e));
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    QElapsedTimer clock;
    clock.start();
    f.sender->setAutomatic(true);
    QTest::qWait(1000);
    QCOMPARE(server.connectionCount(), 0); // not before its time
    QVERIFY(finished.wait(10'000));
    QVERIFY(clock.elapsed() >= 2400);
    QCOMPARE(finished.first().at(1).value<OutboxEntry::State>(), OutboxEntry::State::Sent);
}

// QNetworkInformation's Online transition calls networkReachable(); the backend itself cannot be
// driven from a test, so this calls it directly.
void TestOutboxSender::networkBackSendsDeferredAtOnce()
{
    FakeSmtpServer server;
    for (int p = 0; p <= int(Phase::EndOfData); ++p)
        normal(server, Phase(p));
    server.expect("QUIT").send("221 Bye\r\n").close();
    QVERIFY(server.listen());
    Fixture f(server.serverPort());
    const QString id = f.add();
    OutboxEntry e = f.outbox.entry(id);
    e.state = OutboxEntry::State::Deferred;
    e.attempts = 3;
    e.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
    QVERIFY(f.outbox.update(e));
    f.sender->setAutomatic(true);
    QSignalSpy finished(f.sender.get(), &OutboxSender::finished);
    QTest::qWait(300);
    QCOMPARE(server.connectionCount(), 0);
    f.sender->networkReachable();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(1).value<OutboxEntry::State>(), OutboxEntry::State::Sent);
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
