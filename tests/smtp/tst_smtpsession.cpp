// SmtpSession against the scripted FakeSmtpServer: every row is one conversation, checked by the
// lines the server heard (the whole client transcript), the bytes it received and the outcome
// the session reported. Row names cite the RFC section they exercise.
#include "FakeSmtpServer.h"
#include "SmtpSession.h"
#include "StallingDevice.h"
#include "TestPaths.h"
#include "TinyReadDevice.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <array>
#include <memory>

Q_DECLARE_METATYPE(SmtpError::Kind)
Q_DECLARE_METATYPE(SmtpSecurity)

// Failure messages name the kind ("AuthFailed"), not its number.
namespace QTest {
template<>
char* toString(const SmtpError::Kind& kind)
{
    return qstrdup(qPrintable(SmtpError::kindName(kind)));
}
} // namespace QTest

namespace {

const QByteArray Greeting = "220 fake.example.org ESMTP ready\r\n";
const QByteArray Ehlo = "EHLO client.example.org";
const QByteArray StartTlsGo = "220 2.0.0 Ready to start TLS\r\n";
const QByteArray Ok = "250 2.0.0 Ok\r\n";
const QByteArray GoAhead = "354 End data with <CR><LF>.<CR><LF>\r\n";
const QByteArray Queued = "250 2.0.0 Ok: queued as 4711\r\n";
const QByteArray AuthOk = "235 2.7.0 Authentication successful\r\n";

const QString User = QStringLiteral("alice@example.org");
const QString Password = QStringLiteral("correct horse battery staple");
const QString From = QStringLiteral("alice@example.org");
const QString To = QStringLiteral("bob@example.org");
const QByteArray Body = "From: Alice <alice@example.org>\r\nTo: Bob <bob@example.org>\r\nSubject: Test\r\n\r\nHello Bob.\r\n";

QByteArray b64(const QByteArray& raw)
{
    return raw.toBase64();
}

QByteArray plainResponse(const QString& user = User, const QString& password = Password)
{
    return b64('\0' + user.toUtf8() + '\0' + password.toUtf8());
}

QByteArray authPlainLine()
{
    return "AUTH PLAIN " + plainResponse();
}

QByteArray mailLine(qint64 size = Body.size())
{
    return "MAIL FROM:<" + From.toUtf8() + "> SIZE=" + QByteArray::number(size);
}

QByteArray rcptLine(const QString& to = To)
{
    return "RCPT TO:<" + to.toUtf8() + ">";
}

QSslCertificate loadCert(const QString& name)
{
    QFile f(testDataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

QString fingerprint(const QString& certName, bool colons)
{
    const QByteArray hex = loadCert(certName).digest(QCryptographicHash::Sha256).toHex();
    if (!colons)
        return QString::fromLatin1(hex);
    QStringList parts;
    for (int i = 0; i < hex.size(); i += 2)
        parts.append(QString::fromLatin1(hex.mid(i, 2)).toUpper());
    return parts.join(QLatin1Char(':'));
}

// "250-fake.example.org\r\n250-KW\r\n...250 LAST\r\n" (RFC 5321 §4.1.1.1).
QByteArray ehloReply(const QList<QByteArray>& keywords)
{
    QByteArray out = keywords.isEmpty() ? QByteArray("250 fake.example.org\r\n") : QByteArray("250-fake.example.org\r\n");
    for (int i = 0; i < keywords.size(); ++i)
        out += (i + 1 == keywords.size() ? "250 " : "250-") + keywords.at(i) + "\r\n";
    return out;
}

const QList<QByteArray> CapsAfterTls = {"SIZE 10240000", "8BITMIME", "ENHANCEDSTATUSCODES", "AUTH PLAIN LOGIN"};

// Greeting, EHLO, STARTTLS and the second EHLO (RFC 3207 §4, §4.2).
void tlsPreamble(FakeSmtpServer& s, const QList<QByteArray>& after = CapsAfterTls,
                 const QList<QByteArray>& before = {"SIZE 10240000", "STARTTLS"})
{
    s.send(Greeting).expect(Ehlo).send(ehloReply(before)).expect("STARTTLS").send(StartTlsGo).startTls().expect(Ehlo).send(
        ehloReply(after));
}

void authPlain(FakeSmtpServer& s)
{
    s.expect(authPlainLine()).send(AuthOk);
}

// One non-pipelined DATA transaction for the default message.
void dataTransaction(FakeSmtpServer& s, const QByteArray& mail = mailLine())
{
    s.expect(mail).send("250 2.1.0 Ok\r\n").expect(rcptLine()).send("250 2.1.5 Ok\r\n").expect("DATA").send(GoAhead).expectData().send(
        Queued);
}

void quit(FakeSmtpServer& s)
{
    s.expect("QUIT").send("221 2.0.0 Bye\r\n").close();
}

// An optional trailing QUIT does not count: after an error the client may say goodbye or not.
QList<QByteArray> withoutQuit(QList<QByteArray> lines)
{
    if (!lines.isEmpty() && lines.last() == "QUIT")
        lines.removeLast();
    return lines;
}

bool anyLineStartsWith(const QList<QByteArray>& lines, const QByteArray& prefix)
{
    for (const QByteArray& l : lines) {
        if (l.startsWith(prefix))
            return true;
    }
    return false;
}

SmtpSettings settingsFor(quint16 port, SmtpSecurity security = SmtpSecurity::StartTls)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = security;
    s.allowInsecure = security == SmtpSecurity::None;
    s.extraCaCertificates = {loadCert(QStringLiteral("test-ca.pem"))};
    s.ehloName = QStringLiteral("client.example.org");
    s.timeouts = SmtpTimeouts::uniform(10'000);
    return s;
}

SmtpCredentials password()
{
    SmtpCredentials c;
    c.user = User;
    c.password = Password;
    return c;
}

// Everything a session said, collected from its signals.
struct Outcome
{
    int finishedCount = 0;
    SmtpError error;
    QList<SmtpDelivery> deliveries;
    QList<QPair<SmtpSession::Direction, QString>> transcript;
    QList<std::array<qint64, 3>> progress;
    QStringList authenticated;
    int encrypted = 0;
    QList<QSslCertificate> chainWhenEncrypted;
    QList<int> committing;            // message indexes, in order
    bool committedAfterEnd = false;   // a committing signal came after the "." / BDAT LAST went out

    bool finished() const { return finishedCount > 0; }
};

void watch(SmtpSession& s, Outcome& o)
{
    QObject::connect(&s, &SmtpSession::finished, &s, [&o](const SmtpError& e) {
        ++o.finishedCount;
        o.error = e;
    });
    QObject::connect(&s, &SmtpSession::messageFinished, &s, [&o](const SmtpDelivery& d) { o.deliveries.append(d); });
    QObject::connect(&s, &SmtpSession::transcript, &s, [&o](SmtpSession::Direction d, const QString& line) {
        o.transcript.append({d, line});
    });
    QObject::connect(&s, &SmtpSession::uploadProgress, &s, [&o](int index, qint64 sent, qint64 total) {
        o.progress.append({qint64(index), sent, total});
    });
    QObject::connect(&s, &SmtpSession::authenticated, &s, [&o](const QString& m) { o.authenticated.append(m); });
    QObject::connect(&s, &SmtpSession::committing, &s, [&o](int index) {
        o.committing.append(index);
        // The signal must come before the committing bytes leave, so an outbox can record it first.
        for (int i = o.transcript.size() - 1; i >= 0; --i) {
            const auto& [direction, line] = o.transcript.at(i);
            if (direction != SmtpSession::Direction::Client)
                continue;
            if (line == QLatin1String(".") || line.contains(QLatin1String(" LAST")))
                o.committedAfterEnd = true;
            break;
        }
    });
    QObject::connect(&s, &SmtpSession::encrypted, &s, [&o, &s] {
        ++o.encrypted;
        o.chainWhenEncrypted = s.peerCertificateChain();
    });
}

struct Message
{
    SmtpEnvelope envelope;
    std::unique_ptr<QIODevice> body;
};

Message makeMessage(const QByteArray& data = Body, const QStringList& rcpts = {To}, const QString& from = From)
{
    Message m;
    m.envelope.from = from;
    m.envelope.recipients = rcpts;
    m.envelope.size = data.size();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    m.body = std::move(buffer);
    return m;
}

QString describe(const SmtpError& e)
{
    return e.toString() + QStringLiteral(" [phase %1, detail %2]").arg(e.phase, e.detail);
}

// The phases a session passes through, for the stall / cancel / close rows.
using State = SmtpSession::State;

struct PhaseSetup
{
    SmtpSecurity security = SmtpSecurity::StartTls;
    bool bodyStalls = false;
};

// Scripts the conversation up to the client's command of `phase`; the row's action follows.
PhaseSetup scriptUpTo(FakeSmtpServer& s, State phase)
{
    PhaseSetup setup;
    switch (phase) {
    case State::Connecting:
        return setup;
    case State::TlsHandshake:
        setup.security = SmtpSecurity::ImplicitTls; // the fake listens in clear: no ServerHello ever
        return setup;
    case State::Greeting:
        s.send("220-fake.example.org ESMTP\r\n"); // an unfinished multi-line greeting
        return setup;
    default:
        break;
    }
    s.send(Greeting).expect(Ehlo);
    if (phase == State::Ehlo)
        return setup;
    s.send(ehloReply({"STARTTLS"})).expect("STARTTLS");
    if (phase == State::StartTls)
        return setup;
    s.send(StartTlsGo);
    if (phase == State::StartTlsHandshake)
        return setup;
    s.startTls().expect(Ehlo).send(ehloReply(CapsAfterTls)).expect(authPlainLine());
    if (phase == State::Auth)
        return setup;
    s.send(AuthOk).expect(mailLine());
    if (phase == State::MailFrom)
        return setup;
    s.send("250 2.1.0 Ok\r\n").expect(rcptLine());
    if (phase == State::RcptTo)
        return setup;
    s.send("250 2.1.5 Ok\r\n").expect("DATA");
    if (phase == State::Data)
        return setup;
    s.send(GoAhead);
    if (phase == State::Body) {
        setup.bodyStalls = true;
        return setup;
    }
    s.expectData();
    if (phase == State::EndOfData)
        return setup;
    s.send(Queued).expect("QUIT");
    return setup; // State::Quit
}

void addPhaseRows(const QList<State>& phases)
{
    QTest::addColumn<State>("phase");
    for (const State p : phases)
        QTest::newRow(qPrintable(SmtpSession::stateName(p))) << p;
}

Message phaseMessage(const PhaseSetup& setup)
{
    if (!setup.bodyStalls)
        return makeMessage();
    Message m = makeMessage();
    // RFC 5321 §4.5.3.2.5: the data phase is limited by inactivity, not by total time.
    m.body = std::make_unique<StallingDevice>("Subject: stalled\r\n\r\nfirst line\r\n");
    return m;
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT
private slots:
    void fullSession_data();
    void fullSession();
    void greeting_data();
    void greeting();
    void heloFallback_data();
    void heloFallback();
    void startTlsUnavailable_data();
    void startTlsUnavailable();
    void startTlsInjection_data();
    void startTlsInjection();
    void capabilitiesReadAfterTls();
    void staleCapabilitiesDiscarded();
    void authMissingAfterTls();
    void auth_data();
    void auth();
    void authInClearText_data();
    void authInClearText();
    void authFailures_data();
    void authFailures();
    void transcriptRedactsSecrets_data();
    void transcriptRedactsSecrets();
    void serviceUnavailable_data();
    void serviceUnavailable();
    void transactionReplies_data();
    void transactionReplies();
    void pipelinedRejections_data();
    void pipelinedRejections();
    void partialRecipientRejection_data();
    void partialRecipientRejection();
    void allRecipientsRejected();
    void duplicateRecipientsSentOnce();
    void pipelining_data();
    void pipelining();
    void chunking_data();
    void chunking();
    void sizeParameter_data();
    void sizeParameter();
    void sizeLimitExceeded();
    void smtpUtf8_data();
    void smtpUtf8();
    void invalidInput_data();
    void invalidInput();
    void dotStuffing_data();
    void dotStuffing();
    void timeouts_data();
    void timeouts();
    void cancel_data();
    void cancel();
    void serverCloses_data();
    void serverCloses();
    void twoMessagesOneConnection_data();
    void twoMessagesOneConnection();
    void uploadProgressReachesTotal();
    void implicitTls_data();
    void implicitTls();
    void certificates_data();
    void certificates();
    void malformedReplies_data();
    void malformedReplies();
};

// --- the whole happy path, in every framing ---

void TestSmtpSession::fullSession_data()
{
    QTest::addColumn<FakeSmtpServer::SplitMode>("split");
    QTest::addRow("RFC 5321 §4.2 + RFC 3207: replies in whole lines") << FakeSmtpServer::SplitMode::WholeLines;
    QTest::addRow("RFC 5321 §4.2: replies byte by byte") << FakeSmtpServer::SplitMode::ByteByByte;
    QTest::addRow("RFC 5321 §4.2: replies coalesced") << FakeSmtpServer::SplitMode::Coalesced;
}

void TestSmtpSession::fullSession()
{
    QFETCH(FakeSmtpServer::SplitMode, split);
    FakeSmtpServer server;
    server.setSplitMode(split);
    tlsPreamble(server);
    authPlain(server);
    dataTransaction(server);
    quit(server);
    QVERIFY(server.listen());

    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    QCOMPARE(session.enqueue(m.envelope, m.body.get()), 0);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 15'000);

    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(o.finishedCount, 1);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.clientLines(),
             QList<QByteArray>({Ehlo, "STARTTLS", Ehlo, authPlainLine(), mailLine(), rcptLine(), "DATA", "QUIT"}));
    QCOMPARE(server.bodies(), QList<QByteArray>{Body});
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(o.deliveries.at(0).index, 0);
    QCOMPARE(o.deliveries.at(0).finalReply.code, 250);
    QCOMPARE(o.deliveries.at(0).recipients.size(), 1);
    QVERIFY(o.deliveries.at(0).recipients.at(0).accepted());
    QCOMPARE(o.deliveries.at(0).bytesSent, qint64(Body.size()));
    QCOMPARE(o.encrypted, 1);
    QCOMPARE(o.authenticated, QStringList{"PLAIN"});
    QCOMPARE(session.authMechanismUsed(), QStringLiteral("PLAIN"));
    QCOMPARE(session.state(), State::Done);
}

// --- greeting (RFC 5321 §3.1, §4.2) ---

void TestSmtpSession::greeting_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addRow("RFC 5321 §3.1: 554 greeting") << QByteArray("554 5.3.2 No SMTP service here\r\n")
                                                 << SmtpError::Kind::ServiceUnavailable << 554;
    QTest::addRow("RFC 5321 §3.8: 421 greeting") << QByteArray("421 4.3.2 Too busy, try later\r\n")
                                                 << SmtpError::Kind::ServiceUnavailable << 421;
    QTest::addRow("RFC 5321 §4.2: multi-line 220 greeting")
        << QByteArray("220-fake.example.org ESMTP\r\n220-no UCE\r\n220 ready\r\n") << SmtpError::Kind::None << 0;
    QTest::addRow("RFC 5321 §4.2: not a reply") << QByteArray("hello there\r\n") << SmtpError::Kind::ProtocolError << 0;
    QTest::addRow("RFC 5321 §4.2: 250 instead of 220") << QByteArray("250 hello\r\n") << SmtpError::Kind::ProtocolError
                                                       << 250;
}

void TestSmtpSession::greeting()
{
    QFETCH(QByteArray, greeting);
    QFETCH(SmtpError::Kind, kind);
    QFETCH(int, code);
    FakeSmtpServer server;
    server.send(greeting);
    if (kind == SmtpError::Kind::None) {
        server.expect(Ehlo).send(ehloReply({"SIZE 1000"}));
        quit(server);
    }
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), SmtpSecurity::None));
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    if (kind != SmtpError::Kind::None)
        session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.error.kind, kind);
    if (kind == SmtpError::Kind::None) {
        QCOMPARE(server.clientLines(), QList<QByteArray>({Ehlo, "QUIT"}));
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(o.error.replyCode, code);
    QCOMPARE(o.error.phase, QStringLiteral("Greeting"));
    QCOMPARE(withoutQuit(server.clientLines()), QList<QByteArray>());
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, kind);
}

// --- EHLO → HELO (RFC 5321 §3.2) ---

void TestSmtpSession::heloFallback_data()
{
    QTest::addColumn<SmtpSecurity>("security");
    QTest::addColumn<QByteArray>("ehloRefusal");
    QTest::addColumn<QByteArray>("heloReply");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addColumn<QList<QByteArray>>("lines");
    const QList<QByteArray> delivered = {Ehlo, "HELO client.example.org", "MAIL FROM:<alice@example.org>", rcptLine(),
                                         "DATA", "QUIT"};
    QTest::addRow("RFC 5321 §3.2: EHLO 500 → HELO") << SmtpSecurity::None << QByteArray("500 5.5.1 Unrecognized\r\n")
                                                   << QByteArray("250 fake.example.org\r\n") << SmtpError::Kind::None
                                                   << delivered;
    QTest::addRow("RFC 5321 §3.2: EHLO 502 → HELO") << SmtpSecurity::None
                                                   << QByteArray("502 5.5.2 Not implemented\r\n")
                                                   << QByteArray("250 fake.example.org\r\n") << SmtpError::Kind::None
                                                   << delivered;
    QTest::addRow("RFC 5321 §3.2: HELO refused too")
        << SmtpSecurity::None << QByteArray("500 5.5.1 Unrecognized\r\n") << QByteArray("550 go away\r\n")
        << SmtpError::Kind::HeloRejected << QList<QByteArray>({Ehlo, "HELO client.example.org"});
    QTest::addRow("RFC 3207: STARTTLS required, EHLO 502, no HELO")
        << SmtpSecurity::StartTls << QByteArray("502 5.5.2 Not implemented\r\n") << QByteArray()
        << SmtpError::Kind::StartTlsUnavailable << QList<QByteArray>({Ehlo});
    QTest::addRow("RFC 5321 §4.1.1.1: EHLO 554 is not a fallback case")
        << SmtpSecurity::None << QByteArray("554 5.7.1 Not you\r\n") << QByteArray() << SmtpError::Kind::HeloRejected
        << QList<QByteArray>({Ehlo});
}

void TestSmtpSession::heloFallback()
{
    QFETCH(SmtpSecurity, security);
    QFETCH(QByteArray, ehloRefusal);
    QFETCH(QByteArray, heloReply);
    QFETCH(SmtpError::Kind, kind);
    QFETCH(QList<QByteArray>, lines);
    FakeSmtpServer server;
    server.send(Greeting).expect(Ehlo).send(ehloRefusal);
    if (!heloReply.isEmpty())
        server.expect("HELO client.example.org").send(heloReply);
    if (kind == SmtpError::Kind::None) {
        // No ESMTP: no SIZE=, no extensions (RFC 5321 §4.1.1.1).
        dataTransaction(server, "MAIL FROM:<alice@example.org>");
        quit(server);
    }
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), security));
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, kind);
    if (kind == SmtpError::Kind::None) {
        QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
        QCOMPARE(server.clientLines(), lines);
        QCOMPARE(server.bodies(), QList<QByteArray>{Body});
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QVERIFY(!session.capabilities().esmtp);
    } else {
        QCOMPARE(o.error.kind, kind);
        QCOMPARE(withoutQuit(server.clientLines()), lines);
    }
}

// --- STARTTLS (RFC 3207) ---

void TestSmtpSession::startTlsUnavailable_data()
{
    QTest::addColumn<QList<QByteArray>>("caps");
    QTest::addColumn<QByteArray>("startTlsReply");
    QTest::addRow("RFC 3207 §4: STARTTLS not offered") << QList<QByteArray>({"SIZE 1000", "AUTH PLAIN LOGIN"})
                                                       << QByteArray();
    QTest::addRow("RFC 3207 §4: STARTTLS refused with 454") << QList<QByteArray>({"STARTTLS", "AUTH PLAIN"})
                                                            << QByteArray("454 4.7.0 TLS not available\r\n");
    QTest::addRow("RFC 3207 §4: STARTTLS refused with 502") << QList<QByteArray>({"STARTTLS"})
                                                            << QByteArray("502 5.5.1 Not implemented\r\n");
}

void TestSmtpSession::startTlsUnavailable()
{
    QFETCH(QList<QByteArray>, caps);
    QFETCH(QByteArray, startTlsReply);
    FakeSmtpServer server;
    server.send(Greeting).expect(Ehlo).send(ehloReply(caps));
    QList<QByteArray> expected{Ehlo};
    if (!startTlsReply.isEmpty()) {
        server.expect("STARTTLS").send(startTlsReply);
        expected.append("STARTTLS");
    }
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.error.kind, SmtpError::Kind::StartTlsUnavailable);
    // Never continue in clear text: no AUTH, no MAIL, nothing but perhaps a QUIT.
    QCOMPARE(withoutQuit(server.clientLines()), expected);
    QCOMPARE(o.encrypted, 0);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::StartTlsUnavailable);
}

void TestSmtpSession::startTlsInjection_data()
{
    QTest::addColumn<QByteArray>("injected");
    QTest::addRow("RFC 3207 §5: a whole EHLO reply injected after 220")
        << QByteArray("250-fake.example.org\r\n250 AUTH PLAIN\r\n");
    QTest::addRow("RFC 3207 §5: an injected 235") << QByteArray("235 2.7.0 Authentication successful\r\n");
    QTest::addRow("RFC 3207 §5: part of a line injected") << QByteArray("250-fa");
}

void TestSmtpSession::startTlsInjection()
{
    // CVE-2011-0411: whatever came in clear after the 220 must not be read as TLS-protected.
    QFETCH(QByteArray, injected);
    FakeSmtpServer server;
    server.send(Greeting).expect(Ehlo).send(ehloReply({"STARTTLS"})).expect("STARTTLS").sendAndStartTls(StartTlsGo + injected);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.error.kind, SmtpError::Kind::ProtocolError);
    QCOMPARE(o.encrypted, 0);
    QCOMPARE(withoutQuit(server.clientLines()), QList<QByteArray>({Ehlo, "STARTTLS"}));
    QVERIFY(o.authenticated.isEmpty());
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY(!o.deliveries.at(0).ok());
}

void TestSmtpSession::capabilitiesReadAfterTls()
{
    // RFC 3207 §4.2 / RFC 4954 §4: AUTH appears only in the EHLO after TLS, and works there.
    FakeSmtpServer server;
    tlsPreamble(server, {"SIZE 1000000", "AUTH PLAIN"}, {"SIZE 1000000", "STARTTLS"});
    authPlain(server);
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    QSignalSpy caps(&session, &SmtpSession::capabilitiesReceived);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(server.clientLines(), QList<QByteArray>({Ehlo, "STARTTLS", Ehlo, authPlainLine(), "QUIT"}));
    QCOMPARE(caps.size(), 2);
    QVERIFY(caps.at(0).at(0).value<SmtpCapabilities>().authMechanisms.isEmpty());
    QCOMPARE(caps.at(1).at(0).value<SmtpCapabilities>().authMechanisms, QStringList{"PLAIN"});
    QCOMPARE(session.capabilities().authMechanisms, QStringList{"PLAIN"});
    QVERIFY(!session.capabilities().startTls);
}

void TestSmtpSession::staleCapabilitiesDiscarded()
{
    // RFC 3207 §4.2: everything the clear-text EHLO offered is forgotten. Before TLS this server
    // claims PLAIN, PIPELINING, CHUNKING and a 10-byte limit; after TLS only LOGIN and a large limit.
    FakeSmtpServer server;
    tlsPreamble(server, {"SIZE 1000000", "AUTH LOGIN"},
                {"SIZE 10", "PIPELINING", "CHUNKING", "AUTH PLAIN CRAM-MD5", "STARTTLS"});
    server.expect("AUTH LOGIN")
        .send("334 VXNlcm5hbWU6\r\n")
        .expect(b64(User.toUtf8()))
        .send("334 UGFzc3dvcmQ6\r\n")
        .expect(b64(Password.toUtf8()))
        .send(AuthOk);
    dataTransaction(server); // lock-step DATA: no PIPELINING, no CHUNKING any more
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(session.authMechanismUsed(), QStringLiteral("LOGIN"));
    // MAIL went alone: nothing pipelined behind it.
    QVERIFY(!server.chunkContaining("MAIL FROM").contains("RCPT TO"));
    QCOMPARE(server.bodies(), QList<QByteArray>{Body});
}

void TestSmtpSession::authMissingAfterTls()
{
    // STYLE.md hostile row: AUTH offered in clear, gone after TLS → never use the stale list.
    FakeSmtpServer server;
    tlsPreamble(server, {"SIZE 1000000"}, {"AUTH PLAIN LOGIN", "STARTTLS"});
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.error.kind, SmtpError::Kind::AuthUnavailable);
    QCOMPARE(withoutQuit(server.clientLines()), QList<QByteArray>({Ehlo, "STARTTLS", Ehlo}));
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::AuthUnavailable);
}

// --- AUTH (RFC 4954) ---
// An exchange is a list of "C: line" (the client must send it) and "S: line" (the server sends it).

namespace {

void playExchange(FakeSmtpServer& s, const QList<QByteArray>& exchange)
{
    for (const QByteArray& step : exchange) {
        if (step.startsWith("C: "))
            s.expect(step.mid(3));
        else
            s.send(step.mid(3) + "\r\n");
    }
}

QList<QByteArray> clientSide(const QList<QByteArray>& exchange)
{
    QList<QByteArray> out;
    for (const QByteArray& step : exchange) {
        if (step.startsWith("C: "))
            out.append(step.mid(3));
    }
    return out;
}

QByteArray xoauth2(const QString& user, const QString& token)
{
    return b64("user=" + user.toUtf8() + "\x01" + "auth=Bearer " + token.toUtf8() + "\x01\x01");
}

const QString Token = QStringLiteral("ya29.a0AfH6SMBx-test-token");

} // namespace

void TestSmtpSession::auth_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QList<QByteArray>>("exchange");
    QTest::addColumn<QString>("mechanism");

    QTest::addRow("RFC 4616 §2: PLAIN with initial response (RFC 4954 §4)")
        << QByteArray("AUTH PLAIN LOGIN CRAM-MD5") << User << Password << QString() << QStringList()
        << QList<QByteArray>({"C: AUTH PLAIN " + plainResponse(), "S: 235 2.7.0 Accepted"}) << "PLAIN";
    QTest::addRow("RFC 4616: PLAIN with UTF-8 credentials")
        << QByteArray("AUTH PLAIN") << QStringLiteral("jörg@example.org") << QStringLiteral("pässwörd")
        << QString() << QStringList()
        << QList<QByteArray>({"C: AUTH PLAIN " + plainResponse(QStringLiteral("jörg@example.org"), QStringLiteral("pässwörd")),
                              "S: 235 2.7.0 Accepted"})
        << "PLAIN";
    QTest::addRow("draft-murchison-sasl-login: LOGIN")
        << QByteArray("AUTH LOGIN") << User << Password << QString() << QStringList()
        << QList<QByteArray>({"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: " + b64(User.toUtf8()), "S: 334 UGFzc3dvcmQ6",
                              "C: " + b64(Password.toUtf8()), "S: 235 2.7.0 Accepted"})
        << "LOGIN";
    QTest::addRow("LOGIN with aiosmtpd's prompts (answered by position)")
        << QByteArray("AUTH LOGIN") << User << Password << QString() << QStringList()
        << QList<QByteArray>({"C: AUTH LOGIN", "S: 334 " + b64(QByteArray("User Name\0", 10)), "C: " + b64(User.toUtf8()),
                              "S: 334 " + b64(QByteArray("Password\0", 9)), "C: " + b64(Password.toUtf8()),
                              "S: 235 2.7.0 Accepted"})
        << "LOGIN";
    QTest::addRow("RFC 2195 §2: CRAM-MD5, the RFC's own example")
        << QByteArray("AUTH CRAM-MD5") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf") << QString()
        << QStringList()
        << QList<QByteArray>({"C: AUTH CRAM-MD5", "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+",
                              "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw", "S: 235 2.7.0 Accepted"})
        << "CRAM-MD5";
    QTest::addRow("XOAUTH2 with a bearer token")
        << QByteArray("AUTH XOAUTH2 PLAIN LOGIN") << User << QString() << Token << QStringList()
        << QList<QByteArray>({"C: AUTH XOAUTH2 " + xoauth2(User, Token), "S: 235 2.7.0 Accepted"}) << "XOAUTH2";
    QTest::addRow("allowedAuthMechanisms restricts to LOGIN")
        << QByteArray("AUTH PLAIN LOGIN") << User << Password << QString() << QStringList{"LOGIN"}
        << QList<QByteArray>({"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: " + b64(User.toUtf8()), "S: 334 UGFzc3dvcmQ6",
                              "C: " + b64(Password.toUtf8()), "S: 235 2.7.0 Accepted"})
        << "LOGIN";
    QTest::addRow("RFC 1869 AUTH= form of the keyword")
        << QByteArray("AUTH=PLAIN") << User << Password << QString() << QStringList()
        << QList<QByteArray>({"C: AUTH PLAIN " + plainResponse(), "S: 235 2.7.0 Accepted"}) << "PLAIN";
    QTest::addRow("CRAM-MD5 refused with 535, LOGIN next")
        << QByteArray("AUTH CRAM-MD5 LOGIN") << User << Password << QString() << QStringList()
        << QList<QByteArray>({"C: AUTH CRAM-MD5", "S: 334 PDEyMzQ1QGZha2UuZXhhbXBsZS5vcmc+", "C: *",
                              "S: 535 5.7.8 Authentication credentials invalid", "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6",
                              "C: " + b64(User.toUtf8()), "S: 334 UGFzc3dvcmQ6", "C: " + b64(Password.toUtf8()),
                              "S: 235 2.7.0 Accepted"})
        << "LOGIN";
}

void TestSmtpSession::auth()
{
    QFETCH(QByteArray, offered);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, token);
    QFETCH(QStringList, allowed);
    QFETCH(QList<QByteArray>, exchange);
    QFETCH(QString, mechanism);

    if (QByteArray(QTest::currentDataTag()).startsWith("CRAM-MD5 refused")) {
        // The CRAM-MD5 answer depends on the challenge; compute it so the row stays exact.
        const QByteArray challenge = "<12345@fake.example.org>";
        const QByteArray digest = QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
        exchange[2] = "C: " + b64(user.toUtf8() + ' ' + digest);
    }

    FakeSmtpServer server;
    tlsPreamble(server, {"SIZE 1000000", offered});
    playExchange(server, exchange);
    quit(server);
    QVERIFY(server.listen());
    SmtpSettings settings = settingsFor(server.serverPort());
    settings.allowedAuthMechanisms = allowed;
    SmtpSession session(settings);
    SmtpCredentials c;
    c.user = user;
    c.password = password;
    c.accessToken = token;
    session.setCredentials(c);
    Outcome o;
    watch(session, o);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.clientLines(), QList<QByteArray>({Ehlo, "STARTTLS", Ehlo}) + clientSide(exchange) + QList<QByteArray>{"QUIT"});
    QCOMPARE(session.authMechanismUsed(), mechanism);
    QCOMPARE(o.authenticated, QStringList{mechanism});
}

void TestSmtpSession::authInClearText_data()
{
    QTest::addColumn<bool>("allowAuthWithoutTls");
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QList<QByteArray>>("exchange");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addRow("RFC 4954 §4: no credentials in clear text unless allowed")
        << false << QByteArray("AUTH PLAIN LOGIN CRAM-MD5") << QList<QByteArray>() << SmtpError::Kind::InsecureRefused;
    QTest::addRow("RFC 4954 §4: PLAIN in clear text when explicitly allowed")
        << true << QByteArray("AUTH PLAIN") << QList<QByteArray>({"C: " + authPlainLine(), "S: 235 2.7.0 Accepted"})
        << SmtpError::Kind::None;
}

void TestSmtpSession::authInClearText()
{
    QFETCH(bool, allowAuthWithoutTls);
    QFETCH(QByteArray, offered);
    QFETCH(QList<QByteArray>, exchange);
    QFETCH(SmtpError::Kind, kind);
    FakeSmtpServer server;
    server.send(Greeting).expect(Ehlo).send(ehloReply({"SIZE 1000000", offered}));
    playExchange(server, exchange);
    if (kind == SmtpError::Kind::None)
        quit(server);
    QVERIFY(server.listen());
    SmtpSettings settings = settingsFor(server.serverPort(), SmtpSecurity::None);
    settings.allowAuthWithoutTls = allowAuthWithoutTls;
    SmtpSession session(settings);
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.error.kind, kind);
    const QList<QByteArray> expected = QList<QByteArray>{Ehlo} + clientSide(exchange);
    QCOMPARE(withoutQuit(server.clientLines()), expected);
    if (kind != SmtpError::Kind::None)
        QVERIFY(!anyLineStartsWith(server.clientLines(), "AUTH"));
}

void TestSmtpSession::authFailures_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QList<QByteArray>>("exchange");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<bool>("transient");

    QTest::addRow("RFC 4954 §6: multi-line 535")
        << QByteArray("AUTH PLAIN") << QString()
        << QList<QByteArray>({"C: " + authPlainLine(), "S: 535-5.7.8 Username and Password not accepted. Learn more at",
                              "S: 535 5.7.8  https://support.example.com/mail/?p=BadCredentials"})
        << SmtpError::Kind::AuthFailed << 535 << "5.7.8" << false;
    QTest::addRow("RFC 4954 §6: 454 temporary failure")
        << QByteArray("AUTH PLAIN") << QString()
        << QList<QByteArray>({"C: " + authPlainLine(), "S: 454 4.7.0 Temporary authentication failure"})
        << SmtpError::Kind::AuthFailed << 454 << "4.7.0" << true;
    QTest::addRow("RFC 4954 §6: 534 mechanism too weak, no other")
        << QByteArray("AUTH PLAIN") << QString()
        << QList<QByteArray>({"C: " + authPlainLine(), "S: 534 5.7.9 Authentication mechanism is too weak"})
        << SmtpError::Kind::AuthUnavailable << 534 << "5.7.9" << false;
    QTest::addRow("XOAUTH2: 334 error JSON with status 401 → token expired")
        << QByteArray("AUTH XOAUTH2") << Token
        << QList<QByteArray>({"C: AUTH XOAUTH2 " + xoauth2(User, Token),
                              "S: 334 " + b64(R"({"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"})"),
                              "C: ", "S: 535-5.7.8 Username and Password not accepted.",
                              "S: 535 5.7.8 https://support.google.com/mail/?p=BadCredentials"})
        << SmtpError::Kind::AuthTokenExpired << 535 << "5.7.8" << false;
    QTest::addRow("XOAUTH2: 334 error JSON with status 400 → plain failure")
        << QByteArray("AUTH XOAUTH2") << Token
        << QList<QByteArray>({"C: AUTH XOAUTH2 " + xoauth2(User, Token),
                              "S: 334 " + b64(R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})"),
                              "C: ", "S: 535 5.7.8 Username and Password not accepted."})
        << SmtpError::Kind::AuthFailed << 535 << "5.7.8" << false;
}

void TestSmtpSession::authFailures()
{
    QFETCH(QByteArray, offered);
    QFETCH(QString, token);
    QFETCH(QList<QByteArray>, exchange);
    QFETCH(SmtpError::Kind, kind);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(bool, transient);
    FakeSmtpServer server;
    tlsPreamble(server, {"SIZE 1000000", offered});
    playExchange(server, exchange);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    SmtpCredentials c = password();
    if (!token.isEmpty()) {
        c.password.clear();
        c.accessToken = token;
    }
    session.setCredentials(c);
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.error.kind, kind);
    QCOMPARE(o.error.replyCode, code);
    QCOMPARE(o.error.enhancedCode, enhanced);
    QCOMPARE(o.error.isTransient(), transient);
    QCOMPARE(o.error.phase, QStringLiteral("Auth"));
    QCOMPARE(withoutQuit(server.clientLines()), QList<QByteArray>({Ehlo, "STARTTLS", Ehlo}) + clientSide(exchange));
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, kind);
    QVERIFY(o.authenticated.isEmpty());
}

void TestSmtpSession::transcriptRedactsSecrets_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QList<QByteArray>>("exchange");
    QTest::addRow("PLAIN") << QByteArray("AUTH PLAIN") << QString()
                           << QList<QByteArray>({"C: " + authPlainLine(), "S: 235 2.7.0 Accepted"});
    QTest::addRow("LOGIN") << QByteArray("AUTH LOGIN") << QString()
                           << QList<QByteArray>({"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: " + b64(User.toUtf8()),
                                                 "S: 334 UGFzc3dvcmQ6", "C: " + b64(Password.toUtf8()),
                                                 "S: 235 2.7.0 Accepted"});
    const QByteArray challenge = "<1896.697170952@postoffice.reston.mci.net>";
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, Password.toUtf8(), QCryptographicHash::Md5).toHex();
    QTest::addRow("CRAM-MD5") << QByteArray("AUTH CRAM-MD5") << QString()
                              << QList<QByteArray>({"C: AUTH CRAM-MD5", "S: 334 " + b64(challenge),
                                                    "C: " + b64(User.toUtf8() + ' ' + digest), "S: 235 2.7.0 Accepted"});
    QTest::addRow("XOAUTH2") << QByteArray("AUTH XOAUTH2") << Token
                             << QList<QByteArray>({"C: AUTH XOAUTH2 " + xoauth2(User, Token), "S: 235 2.7.0 Accepted"});
    QTest::addRow("PLAIN refused (secrets stay hidden on failure)")
        << QByteArray("AUTH PLAIN") << QString()
        << QList<QByteArray>({"C: " + authPlainLine(), "S: 535 5.7.8 Authentication credentials invalid"});
}

void TestSmtpSession::transcriptRedactsSecrets()
{
    QFETCH(QByteArray, offered);
    QFETCH(QString, token);
    QFETCH(QList<QByteArray>, exchange);
    FakeSmtpServer server;
    tlsPreamble(server, {"SIZE 1000000", offered});
    playExchange(server, exchange);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    SmtpCredentials c = password();
    if (!token.isEmpty())
        c.accessToken = token;
    session.setCredentials(c);
    Outcome o;
    watch(session, o);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));

    // Every SASL payload the client sent: the initial response and each continuation line.
    QList<QByteArray> payloads;
    for (const QByteArray& line : clientSide(exchange)) {
        if (line.startsWith("AUTH ")) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() > 2)
                payloads.append(parts.at(2));
        } else if (!line.isEmpty() && line != "*") {
            payloads.append(line);
        }
    }
    QVERIFY(!payloads.isEmpty());
    const QList<QByteArray> secrets = {Password.toUtf8(), b64(Password.toUtf8()), Token.toUtf8(), b64(Token.toUtf8())};
    bool sawAuthCommand = false;
    for (const auto& [direction, line] : qAsConst(o.transcript)) {
        const QByteArray l = line.toUtf8();
        for (const QByteArray& secret : secrets)
            QVERIFY2(!l.contains(secret), qPrintable(QStringLiteral("secret in transcript: ") + line));
        for (const QByteArray& payload : qAsConst(payloads))
            QVERIFY2(!l.contains(payload), qPrintable(QStringLiteral("SASL payload in transcript: ") + line));
        if (direction == SmtpSession::Direction::Client && l.startsWith("AUTH "))
            sawAuthCommand = true;
    }
    QVERIFY(sawAuthCommand); // the transcript still says that AUTH happened
}

// --- 421 at any point (RFC 5321 §3.8) ---

void TestSmtpSession::serviceUnavailable_data()
{
    addPhaseRows({State::Ehlo, State::StartTls, State::Auth, State::MailFrom, State::RcptTo, State::Data,
                  State::EndOfData});
}

void TestSmtpSession::serviceUnavailable()
{
    QFETCH(State, phase);
    FakeSmtpServer server;
    const PhaseSetup setup = scriptUpTo(server, phase);
    server.send("421 4.3.2 Service shutting down, closing transmission channel\r\n").close();
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), setup.security));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = phaseMessage(setup);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.error.kind, SmtpError::Kind::ServiceUnavailable);
    QCOMPARE(o.error.replyCode, 421);
    QCOMPARE(o.error.enhancedCode, QStringLiteral("4.3.2"));
    QCOMPARE(o.error.phase, SmtpSession::stateName(phase));
    QVERIFY(o.error.isTransient());
    QVERIFY(!o.error.deliveryUncertain); // a 421 is an answer: the message was not taken
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::ServiceUnavailable);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
}

// --- refusals during the transaction (RFC 5321 §4.2.5, §4.3.2) ---

void TestSmtpSession::transactionReplies_data()
{
    QTest::addColumn<State>("phase");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addColumn<bool>("transient");
    using K = SmtpError::Kind;
    QTest::addRow("RFC 5321 §4.2.5: 451 at MAIL") << State::MailFrom << QByteArray("451 4.3.0 Try again later\r\n")
                                                 << K::SenderRejected << true;
    QTest::addRow("RFC 5321 §4.2.5: 550 at MAIL") << State::MailFrom << QByteArray("550 5.7.1 Sender refused\r\n")
                                                 << K::SenderRejected << false;
    QTest::addRow("RFC 1870 §6.1: 552 at MAIL") << State::MailFrom << QByteArray("552 5.3.4 Message size exceeds limit\r\n")
                                               << K::MessageTooLarge << false;
    QTest::addRow("RFC 5321 §4.2.5: 450 at RCPT") << State::RcptTo << QByteArray("450 4.2.0 Mailbox busy\r\n")
                                                 << K::RecipientRejected << true;
    QTest::addRow("RFC 5321 §4.2.5: 550 at RCPT") << State::RcptTo << QByteArray("550 5.1.1 No such user\r\n")
                                                 << K::RecipientRejected << false;
    QTest::addRow("RFC 5321 §4.2.5: 451 at DATA") << State::Data << QByteArray("451 4.3.0 Not now\r\n")
                                                 << K::DataRejected << true;
    QTest::addRow("RFC 5321 §4.2.5: 554 at DATA") << State::Data << QByteArray("554 5.5.1 No valid recipients\r\n")
                                                 << K::DataRejected << false;
    QTest::addRow("RFC 5321 §4.2.5: 451 at end of data")
        << State::EndOfData << QByteArray("451 4.3.0 Local error in processing\r\n") << K::DataRejected << true;
    QTest::addRow("RFC 5321 §4.2.5: 554 at end of data")
        << State::EndOfData << QByteArray("554 5.7.1 Message rejected as spam\r\n") << K::DataRejected << false;
    QTest::addRow("RFC 1870 §6.2: 552 at end of data")
        << State::EndOfData << QByteArray("552 5.3.4 Message too big\r\n") << K::MessageTooLarge << false;
}

void TestSmtpSession::transactionReplies()
{
    QFETCH(State, phase);
    QFETCH(QByteArray, reply);
    QFETCH(SmtpError::Kind, kind);
    QFETCH(bool, transient);
    FakeSmtpServer server;
    scriptUpTo(server, phase);
    server.send(reply);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    // A refused message is the message's outcome; the session itself ended normally.
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(o.deliveries.size(), 1);
    const SmtpError& e = o.deliveries.at(0).error;
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.replyCode, reply.left(3).toInt());
    QCOMPARE(e.enhancedCode, QString::fromLatin1(reply.mid(4, 5)));
    QCOMPARE(e.isTransient(), transient);
    QCOMPARE(e.phase, SmtpSession::stateName(phase));
    QVERIFY(!e.deliveryUncertain);

    // Nothing after the refused step but QUIT: no DATA after a refused RCPT, no body after DATA.
    QList<QByteArray> expected = {Ehlo, "STARTTLS", Ehlo, authPlainLine(), mailLine()};
    if (phase != State::MailFrom)
        expected.append(rcptLine());
    if (phase == State::Data || phase == State::EndOfData)
        expected.append("DATA");
    expected.append("QUIT");
    QCOMPARE(server.clientLines(), expected);
    QCOMPARE(server.bodies().size(), phase == State::EndOfData ? 1 : 0);
}

void TestSmtpSession::pipelinedRejections_data()
{
    QTest::addColumn<QByteArray>("mailReply");
    QTest::addColumn<QByteArray>("rcptReply");
    QTest::addColumn<QByteArray>("dataReply");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QList<QByteArray>>("rawBodies");
    QTest::addRow("RFC 2920 §3.1: MAIL 550, RCPT and DATA 503")
        << QByteArray("550 5.7.1 Sender refused\r\n") << QByteArray("503 5.5.1 Need MAIL first\r\n")
        << QByteArray("503 5.5.1 Need RCPT first\r\n") << SmtpError::Kind::SenderRejected << 550 << QList<QByteArray>();
    QTest::addRow("RFC 2920 §3.1: every RCPT 550, DATA 554")
        << QByteArray("250 2.1.0 Ok\r\n") << QByteArray("550 5.1.1 No such user\r\n")
        << QByteArray("554 5.5.1 No valid recipients\r\n") << SmtpError::Kind::RecipientRejected << 550
        << QList<QByteArray>();
    QTest::addRow("RFC 2920 §3.1: every RCPT 550 but DATA 354 → lone dot")
        << QByteArray("250 2.1.0 Ok\r\n") << QByteArray("550 5.1.1 No such user\r\n") << GoAhead
        << SmtpError::Kind::RecipientRejected << 550 << QList<QByteArray>{QByteArray()};
}

void TestSmtpSession::pipelinedRejections()
{
    QFETCH(QByteArray, mailReply);
    QFETCH(QByteArray, rcptReply);
    QFETCH(QByteArray, dataReply);
    QFETCH(SmtpError::Kind, kind);
    QFETCH(int, code);
    QFETCH(QList<QByteArray>, rawBodies);
    FakeSmtpServer server;
    server.setSplitMode(FakeSmtpServer::SplitMode::Coalesced);
    tlsPreamble(server, {"SIZE 1000000", "PIPELINING", "AUTH PLAIN"});
    authPlain(server);
    server.expect(mailLine()).send(mailReply).expect(rcptLine()).send(rcptReply).expect("DATA").send(dataReply);
    if (dataReply.startsWith("354"))
        server.expectData().send("554 5.5.1 No valid recipients\r\n");
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, kind);
    QCOMPARE(o.deliveries.at(0).error.replyCode, code);
    QCOMPARE(server.rawBodies(), rawBodies); // never the message itself
    QCOMPARE(server.clientLines(), QList<QByteArray>({Ehlo, "STARTTLS", Ehlo, authPlainLine(), mailLine(), rcptLine(),
                                                      "DATA", "QUIT"}));
}

namespace {

void partialScript(FakeSmtpServer& server, bool pipelining, const QStringList& rcpts, const QList<QByteArray>& replies)
{
    tlsPreamble(server, pipelining ? QList<QByteArray>{"SIZE 1000000", "PIPELINING", "AUTH PLAIN"}
                                   : QList<QByteArray>{"SIZE 1000000", "AUTH PLAIN"});
    authPlain(server);
    server.expect(mailLine()).send("250 2.1.0 Ok\r\n");
    for (int i = 0; i < rcpts.size(); ++i)
        server.expect(rcptLine(rcpts.at(i))).send(replies.at(i));
}

} // namespace

void TestSmtpSession::partialRecipientRejection_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addRow("RFC 5321 §3.3: lock-step") << false;
    QTest::addRow("RFC 2920 §3.1: pipelined") << true;
}

void TestSmtpSession::partialRecipientRejection()
{
    QFETCH(bool, pipelining);
    const QStringList rcpts = {To, QStringLiteral("nobody@example.org"), QStringLiteral("carol@example.net")};
    FakeSmtpServer server;
    partialScript(server, pipelining, rcpts,
                  {"250 2.1.5 Ok\r\n", "550 5.1.1 <nobody@example.org>: User unknown\r\n", "250 2.1.5 Ok\r\n"});
    server.expect("DATA").send(GoAhead).expectData().send(Queued);
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(Body, rcpts);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    const SmtpDelivery& d = o.deliveries.at(0);
    QVERIFY2(d.ok(), qPrintable(describe(d.error)));
    QCOMPARE(d.recipients.size(), 3);
    QCOMPARE(d.recipients.at(0).address, To);
    QVERIFY(d.recipients.at(0).accepted());
    QCOMPARE(d.recipients.at(1).address, QStringLiteral("nobody@example.org"));
    QVERIFY(!d.recipients.at(1).accepted());
    QCOMPARE(d.recipients.at(1).reply.code, 550);
    QCOMPARE(d.recipients.at(1).reply.enhancedCode, QStringLiteral("5.1.1"));
    QVERIFY(d.recipients.at(2).accepted());
    QCOMPARE(d.rejectedAddresses(), QStringList{"nobody@example.org"});
    QCOMPARE(server.bodies(), QList<QByteArray>{Body});
}

void TestSmtpSession::allRecipientsRejected()
{
    // RFC 5321 §3.3: with no accepted recipient there is nothing to send; no DATA in lock-step.
    const QStringList rcpts = {To, QStringLiteral("nobody@example.org")};
    FakeSmtpServer server;
    partialScript(server, false, rcpts, {"550 5.1.1 No such user\r\n", "551 5.1.6 User has moved\r\n"});
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(Body, rcpts);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.deliveries.size(), 1);
    const SmtpDelivery& d = o.deliveries.at(0);
    QCOMPARE(d.error.kind, SmtpError::Kind::RecipientRejected);
    QCOMPARE(d.recipients.size(), 2);
    QCOMPARE(d.recipients.at(1).reply.code, 551);
    QCOMPARE(d.rejectedAddresses(), rcpts);
    QCOMPARE(server.clientLines(),
             QList<QByteArray>({Ehlo, "STARTTLS", Ehlo, authPlainLine(), mailLine(), rcptLine(rcpts.at(0)),
                                rcptLine(rcpts.at(1)), "QUIT"}));
}

void TestSmtpSession::duplicateRecipientsSentOnce()
{
    // SmtpEnvelope: the same mailbox in To and Bcc gets one RCPT (domains compare case-insensitively,
    // RFC 5321 §2.4; local parts do not).
    FakeSmtpServer server;
    tlsPreamble(server);
    authPlain(server);
    server.expect(mailLine())
        .send("250 2.1.0 Ok\r\n")
        .expect(rcptLine())
        .send("250 2.1.5 Ok\r\n")
        .expect("RCPT TO:<Bob@example.org>")
        .send("250 2.1.5 Ok\r\n")
        .expect("DATA")
        .send(GoAhead)
        .expectData()
        .send(Queued);
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(Body, {To, QStringLiteral("bob@EXAMPLE.org"), QStringLiteral("Bob@example.org"), To});
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY(o.deliveries.at(0).ok());
    QCOMPARE(o.deliveries.at(0).recipients.size(), 2);
}

// --- PIPELINING (RFC 2920) and CHUNKING (RFC 3030) ---

void TestSmtpSession::pipelining_data()
{
    QTest::addColumn<bool>("offerChunking");
    QTest::addColumn<bool>("usePipelining");
    QTest::addRow("RFC 2920 §3.1: MAIL, RCPTs and DATA in one flight") << false << true;
    QTest::addRow("RFC 2920 + RFC 3030 §4.2: MAIL, RCPTs and BDAT in one flight") << true << true;
    QTest::addRow("RFC 2920: usePipelining=false → lock-step") << false << false;
}

void TestSmtpSession::pipelining()
{
    QFETCH(bool, offerChunking);
    QFETCH(bool, usePipelining);
    const QStringList rcpts = {To, QStringLiteral("carol@example.net"), QStringLiteral("dave@example.com")};
    FakeSmtpServer server;
    server.setSplitMode(FakeSmtpServer::SplitMode::Coalesced);
    QList<QByteArray> caps = {"SIZE 1000000", "PIPELINING", "AUTH PLAIN"};
    if (offerChunking)
        caps.append("CHUNKING");
    tlsPreamble(server, caps);
    authPlain(server);
    server.expect(mailLine()).send("250 2.1.0 Ok\r\n");
    for (const QString& r : rcpts)
        server.expect(rcptLine(r)).send("250 2.1.5 Ok\r\n");
    if (offerChunking)
        server.expectBdatMessage("250 2.0.0 Chunk ok\r\n", Queued);
    else
        server.expect("DATA").send(GoAhead).expectData().send(Queued);
    quit(server);
    QVERIFY(server.listen());
    SmtpSettings settings = settingsFor(server.serverPort());
    settings.usePipelining = usePipelining;
    SmtpSession session(settings);
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(Body, rcpts);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(server.bodies(), QList<QByteArray>{Body});

    const QByteArray flight = server.chunkContaining("MAIL FROM:");
    if (usePipelining) {
        // One read on the server: the whole group travelled in one segment.
        for (const QString& r : rcpts)
            QVERIFY2(flight.contains(rcptLine(r) + "\r\n"), flight.constData());
        QVERIFY2(flight.contains(offerChunking ? QByteArray("\r\nBDAT ") : QByteArray("\r\nDATA\r\n")), flight.constData());
    } else {
        QVERIFY2(!flight.contains("RCPT TO:"), flight.constData());
        QVERIFY(!anyLineStartsWith(server.clientLines(), "BDAT"));
    }
}

namespace {

// Lines of 100 bytes up to `size`: big enough to need several chunks from a streaming client.
QByteArray bigBody(int size)
{
    QByteArray b = "Subject: big\r\n\r\n";
    int i = 0;
    while (b.size() < size) {
        QByteArray line = QByteArray::number(i++).rightJustified(7, '0') + ' ';
        line += QByteArray(100 - line.size() - 2, 'x') + "\r\n";
        b += line;
    }
    b.truncate(size - 2);
    b += "\r\n";
    return b;
}

} // namespace

void TestSmtpSession::chunking_data()
{
    QTest::addColumn<bool>("offerChunking");
    QTest::addColumn<bool>("useChunking");
    QTest::addColumn<bool>("offerPipelining");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expectBdat");
    QTest::addColumn<int>("minChunks");
    const QByteArray dotty = "Subject: dots\r\n\r\n.\r\n..leading\r\nend\r\n";
    const QByteArray big = bigBody(1024 * 1024);
    QTest::addRow("RFC 3030 §2: one BDAT LAST, no dot-stuffing") << true << true << false << dotty << true << 1;
    // A streaming client (bounded memory) cannot send 1 MiB as one chunk.
    QTest::addRow("RFC 3030 §4.2: several chunks in lock-step") << true << true << false << big << true << 2;
    QTest::addRow("RFC 3030 §4.2 + RFC 2920: several chunks pipelined") << true << true << true << big << true << 2;
    QTest::addRow("RFC 3030: CHUNKING offered, useChunking=false → DATA") << true << false << false << dotty << false << 0;
    QTest::addRow("RFC 3030: CHUNKING not offered → DATA") << false << true << false << dotty << false << 0;
}

void TestSmtpSession::chunking()
{
    QFETCH(bool, offerChunking);
    QFETCH(bool, useChunking);
    QFETCH(bool, offerPipelining);
    QFETCH(QByteArray, body);
    QFETCH(bool, expectBdat);
    QFETCH(int, minChunks);
    FakeSmtpServer server;
    auto dump = qScopeGuard([&server] {
        if (!QTest::currentTestFailed())
            return;
        const QList<QByteArray> lines = server.clientLines();
        for (int i = 0; i < qMin(12, int(lines.size())); ++i)
            qDebug("client line %d: %s", i, lines.at(i).left(80).constData());
        qDebug("server errors: %s", qPrintable(server.errors().join(QLatin1Char('|'))));
    });
    QList<QByteArray> caps = {"SIZE 10000000", "AUTH PLAIN"};
    if (offerChunking)
        caps.append("CHUNKING");
    if (offerPipelining)
        caps.append("PIPELINING");
    tlsPreamble(server, caps);
    authPlain(server);
    server.expect(mailLine(body.size())).send("250 2.1.0 Ok\r\n").expect(rcptLine()).send("250 2.1.5 Ok\r\n");
    if (expectBdat)
        server.expectBdatMessage("250 2.0.0 Chunk ok\r\n", Queued);
    else
        server.expect("DATA").send(GoAhead).expectData().send(Queued);
    quit(server);
    QVERIFY(server.listen());
    SmtpSettings settings = settingsFor(server.serverPort());
    settings.useChunking = useChunking;
    SmtpSession session(settings);
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(body);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 20'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(o.committing, QList<int>{0});
    QVERIFY(!o.committedAfterEnd);
    // The result is reported before QUIT's reply (RFC 5321 §4.1.1.10: nothing depends on it), so the
    // server may not have read QUIT yet when the session says it is done: wait for its script.
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 10'000);

    QList<QByteArray> lines = server.clientLines();
    const QList<QByteArray> prefix = {Ehlo, "STARTTLS", Ehlo, authPlainLine(), mailLine(body.size()), rcptLine()};
    QCOMPARE(lines.mid(0, prefix.size()), prefix);
    QCOMPARE(lines.last(), QByteArray("QUIT"));
    const QList<QByteArray> bodyLines = lines.mid(prefix.size(), lines.size() - prefix.size() - 1);
    if (!expectBdat) {
        QCOMPARE(bodyLines, QList<QByteArray>{"DATA"});
    } else {
        // RFC 3030 §2: "BDAT n" ... "BDAT n LAST", the sizes adding up to the message exactly.
        QVERIFY2(bodyLines.size() >= minChunks, qPrintable(QString::number(bodyLines.size())));
        qint64 total = 0;
        for (int i = 0; i < bodyLines.size(); ++i) {
            const QList<QByteArray> parts = bodyLines.at(i).split(' ');
            const bool last = i + 1 == bodyLines.size();
            QCOMPARE(parts.size(), last ? 3 : 2);
            QCOMPARE(parts.at(0), QByteArray("BDAT"));
            if (last)
                QCOMPARE(parts.at(2), QByteArray("LAST"));
            total += parts.at(1).toLongLong();
        }
        QCOMPARE(total, qint64(body.size()));
        if (!offerPipelining) {
            // RFC 3030 §4.2: without PIPELINING each chunk waits for the previous one's reply.
            for (const QByteArray& chunk : server.readChunks())
                QVERIFY(chunk.count("BDAT ") <= 1);
        }
    }
    QCOMPARE(server.bodies().size(), 1);
    QCOMPARE(server.bodies().at(0).size(), body.size());
    QVERIFY(server.bodies().at(0) == body); // exact, and not dot-stuffed for BDAT
}

// --- SIZE (RFC 1870) ---

void TestSmtpSession::sizeParameter_data()
{
    QTest::addColumn<QByteArray>("sizeKeyword");
    QTest::addColumn<qint64>("envelopeSize");
    QTest::addColumn<QByteArray>("mail");
    const QByteArray exact = "MAIL FROM:<alice@example.org> SIZE=" + QByteArray::number(Body.size());
    QTest::addRow("RFC 1870 §3: SIZE= is the exact size") << QByteArray("SIZE 1000000") << qint64(Body.size()) << exact;
    QTest::addRow("RFC 1870 §4: SIZE without a limit") << QByteArray("SIZE") << qint64(Body.size()) << exact;
    QTest::addRow("RFC 1870 §4: SIZE 0 means no limit") << QByteArray("SIZE 0") << qint64(Body.size()) << exact;
    QTest::addRow("RFC 1870: not offered → no SIZE=") << QByteArray("8BITMIME") << qint64(Body.size())
                                                     << QByteArray("MAIL FROM:<alice@example.org>");
    QTest::addRow("RFC 1870 §6: size unknown → no SIZE=") << QByteArray("SIZE 1000000") << qint64(-1)
                                                         << QByteArray("MAIL FROM:<alice@example.org>");
}

void TestSmtpSession::sizeParameter()
{
    QFETCH(QByteArray, sizeKeyword);
    QFETCH(qint64, envelopeSize);
    QFETCH(QByteArray, mail);
    FakeSmtpServer server;
    tlsPreamble(server, {sizeKeyword, "AUTH PLAIN"});
    authPlain(server);
    dataTransaction(server, mail);
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    m.envelope.size = envelopeSize;
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.clientLines().value(4), mail);
    QVERIFY(o.deliveries.value(0).ok());
}

void TestSmtpSession::sizeLimitExceeded()
{
    // RFC 1870 §6.1: a message over the declared limit is not even offered.
    FakeSmtpServer server;
    tlsPreamble(server, {"SIZE 100", "AUTH PLAIN"});
    authPlain(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    const QByteArray body = Body + QByteArray(200, 'x') + "\r\n";
    Message m = makeMessage(body);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::MessageTooLarge);
    QVERIFY(!anyLineStartsWith(server.clientLines(), "MAIL"));
    QCOMPARE(server.clientLines(), QList<QByteArray>({Ehlo, "STARTTLS", Ehlo, authPlainLine(), "QUIT"}));
}

// --- SMTPUTF8 (RFC 6531) and IDNA ---

void TestSmtpSession::smtpUtf8_data()
{
    QTest::addColumn<bool>("offered");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<SmtpError::Kind>("kind");
    QTest::addColumn<QList<QByteArray>>("commands"); // MAIL and RCPT as sent
    const QString joerg = QStringLiteral("jörg@example.org");
    QTest::addRow("RFC 6531 §3.4: non-ASCII sender without SMTPUTF8")
        << false << joerg << To << SmtpError::Kind::SmtpUtf8Unavailable << QList<QByteArray>();
    QTest::addRow("RFC 6531 §3.4: non-ASCII recipient without SMTPUTF8")
        << false << From << QStringLiteral("用户@example.org") << SmtpError::Kind::SmtpUtf8Unavailable
        << QList<QByteArray>();
    QTest::addRow("RFC 6531 §3.4: SMTPUTF8 offered")
        << true << joerg << To << SmtpError::Kind::None
        << QList<QByteArray>({"MAIL FROM:<" + joerg.toUtf8() + "> SIZE=" + QByteArray::number(Body.size()) + " SMTPUTF8",
                              rcptLine()});
    QTest::addRow("RFC 5891: IDN domain goes as A-label, no SMTPUTF8 needed")
        << false << From << QStringLiteral("bob@bücher.example") << SmtpError::Kind::None
        << QList<QByteArray>({mailLine(), "RCPT TO:<bob@xn--bcher-kva.example>"});
}

void TestSmtpSession::smtpUtf8()
{
    QFETCH(bool, offered);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(SmtpError::Kind, kind);
    QFETCH(QList<QByteArray>, commands);
    FakeSmtpServer server;
    QList<QByteArray> caps = {"SIZE 1000000", "8BITMIME", "AUTH PLAIN"};
    if (offered)
        caps.append("SMTPUTF8");
    tlsPreamble(server, caps);
    authPlain(server);
    if (kind == SmtpError::Kind::None) {
        server.expect(commands.at(0)).send("250 2.1.0 Ok\r\n").expect(commands.at(1)).send("250 2.1.5 Ok\r\n");
        server.expect("DATA").send(GoAhead).expectData().send(Queued);
        quit(server);
    }
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(Body, {to}, from);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, kind);
    QCOMPARE(server.clientLines(), QList<QByteArray>({Ehlo, "STARTTLS", Ehlo, authPlainLine()}) + commands
                 + (commands.isEmpty() ? QList<QByteArray>{"QUIT"} : QList<QByteArray>{"DATA", "QUIT"}));
}

// --- input checks (RFC 5321 §2.3.8, §4.1.2) ---

void TestSmtpSession::invalidInput_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addRow("RFC 5321 §2.3.8: CRLF in the sender")
        << QStringLiteral("alice@example.org>\r\nRCPT TO:<evil@example.net") << QStringList{To};
    QTest::addRow("RFC 5321 §2.3.8: LF in a recipient")
        << From << QStringList{To, QStringLiteral("bob@example.org>\nRCPT TO:<evil@example.net")};
    QTest::addRow("RFC 5321 §2.3.8: bare CR in a recipient") << From << QStringList{QStringLiteral("bob@example.org\rDATA evil")};
    QTest::addRow("RFC 5321 §4.1.2: angle bracket in a recipient")
        << From << QStringList{QStringLiteral("bob@example.org> NOTIFY=NEVER evil")};
    QTest::addRow("RFC 5321 §4.1.1.3: no recipient at all") << From << QStringList();
    QTest::addRow("RFC 5321 §4.1.1.3: empty recipient") << From << QStringList{QString()};
}

void TestSmtpSession::invalidInput()
{
    QFETCH(QString, from);
    QFETCH(QStringList, to);
    FakeSmtpServer server;
    tlsPreamble(server);
    authPlain(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(Body, to, from);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::InvalidInput);
    // Nothing of the message reached the wire: no MAIL, no RCPT, no smuggled command.
    for (const QByteArray& line : server.clientLines()) {
        QVERIFY2(!line.startsWith("MAIL") && !line.startsWith("RCPT") && !line.startsWith("DATA"), line.constData());
        QVERIFY2(!line.contains("evil"), line.constData());
    }
    for (const QByteArray& chunk : server.readChunks())
        QVERIFY2(!chunk.contains("evil"), chunk.constData());
}

// --- DATA transparency (RFC 5321 §4.5.2) ---

void TestSmtpSession::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("readSize");
    QTest::addColumn<QByteArray>("expected"); // what the server has after un-stuffing
    struct Case
    {
        const char* name;
        QByteArray input;
        QByteArray expected;
    };
    const QList<Case> cases = {
        {"RFC 5321 §4.5.2: dot on the first line", ".hidden\r\nline\r\n", ".hidden\r\nline\r\n"},
        {"RFC 5321 §4.5.2: a line of two dots", "a\r\n..\r\nb\r\n", "a\r\n..\r\nb\r\n"},
        {"RFC 5321 §4.5.2: a line of one dot", "a\r\n.\r\nb\r\n", "a\r\n.\r\nb\r\n"},
        {"RFC 5321 §4.5.2: dot line at the very end", "a\r\n.\r\n", "a\r\n.\r\n"},
        {"RFC 5321 §4.1.1.4: body without final newline", "line\r\nlast", "line\r\nlast\r\n"},
        {"RFC 5321 §4.1.1.4: body is a lone dot", ".", ".\r\n"},
        {"RFC 5321 §2.3.8: bare LF line ends", "a\n.b\n\nc\n", "a\r\n.b\r\n\r\nc\r\n"},
        {"RFC 5321 §2.3.8: bare CR line ends", "a\r.b\r", "a\r\n.b\r\n"},
        {"RFC 5321 §4.5.2: dots everywhere", "..\r\n.\r\n...\r\nx.\r\n", "..\r\n.\r\n...\r\nx.\r\n"},
        {"RFC 5321 §4.1.1.4: empty body", "", ""},
    };
    for (const Case& c : cases) {
        for (const int size : {1, 2, 3, 5, 65536})
            QTest::addRow("%s, reads of %d", c.name, size) << c.input << size << c.expected;
    }
}

void TestSmtpSession::dotStuffing()
{
    QFETCH(QByteArray, input);
    QFETCH(int, readSize);
    QFETCH(QByteArray, expected);
    FakeSmtpServer server;
    server.send(Greeting).expect(Ehlo).send(ehloReply({"8BITMIME"}));
    dataTransaction(server, "MAIL FROM:<alice@example.org>");
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), SmtpSecurity::None));
    Outcome o;
    watch(session, o);
    SmtpEnvelope envelope;
    envelope.from = From;
    envelope.recipients = {To};
    TinyReadDevice body(input, readSize);
    session.enqueue(envelope, &body);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(o.deliveries.size(), 1);
    QVERIFY2(o.deliveries.at(0).ok(), qPrintable(describe(o.deliveries.at(0).error)));
    QCOMPARE(server.bodies(), QList<QByteArray>{expected});
    // The stuffed form: every line that starts with "." carries one more.
    QByteArray stuffed;
    for (const QByteArray& line : expected.split('\n')) {
        if (line.isEmpty())
            continue;
        stuffed += (line.startsWith('.') ? "." : "") + line + "\n";
    }
    QCOMPARE(server.rawBodies(), QList<QByteArray>{stuffed});
}

// --- every phase stalled, cancelled, or cut off ---

void TestSmtpSession::timeouts_data()
{
    addPhaseRows({State::TlsHandshake, State::Greeting, State::Ehlo, State::StartTls, State::StartTlsHandshake,
                  State::Auth, State::MailFrom, State::RcptTo, State::Data, State::Body, State::EndOfData, State::Quit});
}

void TestSmtpSession::timeouts()
{
    QFETCH(State, phase);
    FakeSmtpServer server;
    const PhaseSetup setup = scriptUpTo(server, phase);
    server.stall();
    QVERIFY(server.listen());
    SmtpSettings settings = settingsFor(server.serverPort(), setup.security);
    // Only the limit that governs the stalled phase is short: the phase must be caught by its
    // own timer, and a slow machine cannot trip an earlier phase.
    SmtpTimeouts& t = settings.timeouts;
    switch (phase) {
    case State::TlsHandshake:
    case State::StartTlsHandshake: t.tlsHandshakeMs = 300; break;
    case State::Greeting: t.greetingMs = 300; break;
    case State::Body: t.bodyInactivityMs = 300; break; // RFC 5321 §4.5.3.2.5
    case State::EndOfData: t.finalReplyMs = 300; break; // RFC 5321 §4.5.3.2.6
    case State::Quit: t.quitMs = 300; break;
    default: t.commandMs = 300; break;
    }
    SmtpSession session(settings);
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = phaseMessage(setup);
    session.enqueue(m.envelope, m.body.get());
    QElapsedTimer clock;
    clock.start();
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(o.finishedCount, 1);
    if (phase == State::Quit) {
        // The message was accepted before QUIT; a silent server after that costs nothing.
        QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
        QVERIFY(o.deliveries.value(0).ok());
        return;
    }
    QCOMPARE(o.error.kind, SmtpError::Kind::Timeout);
    QCOMPARE(o.error.phase, SmtpSession::stateName(phase));
    // RFC 1047: only a silence after the final dot leaves the outcome unknown.
    QCOMPARE(o.error.deliveryUncertain, phase == State::EndOfData);
    QCOMPARE(o.error.isTransient(), phase != State::EndOfData);
    // The owner heard "committing" exactly when the end of data had been sent.
    if (phase != State::Body)
        QCOMPARE(o.committing, phase == State::EndOfData ? QList<int>{0} : QList<int>{});
    QVERIFY(!o.committedAfterEnd);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::Timeout);
    QCOMPARE(o.deliveries.at(0).error.deliveryUncertain, phase == State::EndOfData);
    if (phase == State::Body) {
        QVERIFY(!server.clientLines().contains("QUIT")); // a QUIT now would be message text
        QCOMPARE(server.rawBodies(), QList<QByteArray>()); // never terminated: the server drops it
    }
}

void TestSmtpSession::cancel_data()
{
    addPhaseRows({State::Connecting, State::TlsHandshake, State::Greeting, State::Ehlo, State::StartTls,
                  State::StartTlsHandshake, State::Auth, State::MailFrom, State::RcptTo, State::Data, State::Body,
                  State::EndOfData, State::Quit});
}

void TestSmtpSession::cancel()
{
    QFETCH(State, phase);
    FakeSmtpServer server;
    const PhaseSetup setup = scriptUpTo(server, phase);
    server.stall();
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), setup.security));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = phaseMessage(setup);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    if (phase == State::Quit) {
        // QUIT is off the result's critical path: the session finishes as soon as QUIT has left
        // (the 221 of RFC 5321 §4.1.1.10 changes nothing), so there is no Quit phase to cancel.
        QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
        QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
        QVERIFY(o.deliveries.value(0).ok());
        QTRY_VERIFY_WITH_TIMEOUT(server.clientLines().contains("QUIT"), 10'000);
        session.cancel(); // too late: changes nothing
        QTest::qWait(50);
        QCOMPARE(o.finishedCount, 1);
        QVERIFY(!o.error.isError());
        return;
    }
    if (phase != State::Connecting) {
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), phase, 10'000);
        if (phase != State::TlsHandshake && phase != State::Greeting)
            QTRY_VERIFY_WITH_TIMEOUT(server.scriptFinished(), 10'000); // the server heard the command
    }
    QCOMPARE(session.state(), phase);
    QVERIFY(!o.finished());
    session.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 5'000);
    QCOMPARE(o.finishedCount, 1);
    QCOMPARE(o.error.kind, SmtpError::Kind::Cancelled);
    QCOMPARE(o.error.phase, SmtpSession::stateName(phase));
    QCOMPARE(o.error.deliveryUncertain, phase == State::EndOfData);
    QCOMPARE(session.state(), State::Done);
    if (phase == State::Quit) {
        QVERIFY(o.deliveries.value(0).ok()); // delivered before QUIT
    } else {
        QCOMPARE(o.deliveries.size(), 1);
        QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::Cancelled);
    }
    if (phase == State::Body) {
        QVERIFY(!server.clientLines().contains("QUIT"));
        QCOMPARE(server.rawBodies(), QList<QByteArray>()); // never half a message
    }
    session.cancel(); // a second cancel changes nothing
    QTest::qWait(50);
    QCOMPARE(o.finishedCount, 1);
}

void TestSmtpSession::serverCloses_data()
{
    addPhaseRows({State::Greeting, State::Ehlo, State::StartTls, State::StartTlsHandshake, State::Auth,
                  State::MailFrom, State::RcptTo, State::Data, State::Body, State::EndOfData, State::Quit});
}

void TestSmtpSession::serverCloses()
{
    QFETCH(State, phase);
    FakeSmtpServer server;
    const PhaseSetup setup = scriptUpTo(server, phase);
    server.close();
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), setup.security));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = phaseMessage(setup);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(o.finishedCount, 1);
    if (phase == State::Quit) {
        // RFC 5321 §4.1.1.10: a server may close on QUIT without a word; the work was done.
        QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
        QVERIFY(o.deliveries.value(0).ok());
        return;
    }
    QCOMPARE(SmtpError::kindName(o.error.kind), SmtpError::kindName(SmtpError::Kind::ServerClosed));
    QCOMPARE(o.error.phase, SmtpSession::stateName(phase));
    // RFC 1047: closed after the final dot, before the reply → maybe delivered, never resend blindly.
    QCOMPARE(o.error.deliveryUncertain, phase == State::EndOfData);
    QCOMPARE(o.error.isTransient(), phase != State::EndOfData);
    // The owner heard "committing" exactly when the end of data had been sent.
    if (phase != State::Body)
        QCOMPARE(o.committing, phase == State::EndOfData ? QList<int>{0} : QList<int>{});
    QVERIFY(!o.committedAfterEnd);
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.deliveryUncertain, phase == State::EndOfData);
}

// --- RSET between messages (RFC 5321 §4.1.1.5) ---

void TestSmtpSession::twoMessagesOneConnection_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addRow("RFC 5321 §4.1.1.5: lock-step") << false;
    QTest::addRow("RFC 2920 §3.1: RSET pipelined with the next MAIL") << true;
}

void TestSmtpSession::twoMessagesOneConnection()
{
    QFETCH(bool, pipelining);
    const QByteArray second = "Subject: second\r\n\r\n.Two\r\n";
    FakeSmtpServer server;
    tlsPreamble(server, pipelining ? QList<QByteArray>{"SIZE 1000000", "PIPELINING", "AUTH PLAIN"}
                                   : QList<QByteArray>{"SIZE 1000000", "AUTH PLAIN"});
    authPlain(server);
    dataTransaction(server);
    server.expect("RSET").send("250 2.0.0 Ok\r\n");
    server.expect("MAIL FROM:<carol@example.net> SIZE=" + QByteArray::number(second.size()))
        .send("250 2.1.0 Ok\r\n")
        .expect(rcptLine(QStringLiteral("dave@example.com")))
        .send("250 2.1.5 Ok\r\n")
        .expect("DATA")
        .send(GoAhead)
        .expectData()
        .send("250 2.0.0 Ok: queued as 4712\r\n");
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m1 = makeMessage();
    Message m2 = makeMessage(second, {QStringLiteral("dave@example.com")}, QStringLiteral("carol@example.net"));
    QCOMPARE(session.enqueue(m1.envelope, m1.body.get()), 0);
    QCOMPARE(session.enqueue(m2.envelope, m2.body.get()), 1);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(o.deliveries.size(), 2);
    QCOMPARE(o.deliveries.at(0).index, 0);
    QCOMPARE(o.deliveries.at(1).index, 1);
    QVERIFY(o.deliveries.at(0).ok() && o.deliveries.at(1).ok());
    QCOMPARE(o.deliveries.at(1).finalReply.text(), QStringLiteral("Ok: queued as 4712"));
    QCOMPARE(server.bodies(), QList<QByteArray>({Body, second}));
    QCOMPARE(o.committing, QList<int>({0, 1}));
    if (!pipelining) {
        // Without PIPELINING the client waits for each reply (RFC 2920 §3.1, RFC 5321 §4.3.1):
        // RSET must not travel together with the next MAIL.
        const QByteArray rsetFlight = server.chunkContaining("RSET");
        QVERIFY2(!rsetFlight.contains("MAIL FROM"), rsetFlight.constData());
    }
}

void TestSmtpSession::uploadProgressReachesTotal()
{
    FakeSmtpServer server;
    const QByteArray body = bigBody(300'000);
    tlsPreamble(server);
    authPlain(server);
    dataTransaction(server, mailLine(body.size()));
    quit(server);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort()));
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage(body);
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 15'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QCOMPARE(server.bodies(), QList<QByteArray>{body});
    QVERIFY(o.progress.size() >= 2);
    qint64 last = 0;
    QStringList seen;
    for (const auto& p : qAsConst(o.progress))
        seen.append(QString::number(p[1]));
    for (const auto& p : qAsConst(o.progress)) {
        QCOMPARE(p[0], qint64(0));
        QCOMPARE(p[2], qint64(body.size()));
        // A progress bar never runs backwards.
        QVERIFY2(p[1] >= last, qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY(p[1] <= p[2]);
        last = p[1];
    }
    QCOMPARE(o.progress.last()[1], qint64(body.size()));
    QCOMPARE(o.deliveries.value(0).bytesSent, qint64(body.size()));
}

// --- TLS: implicit (RFC 8314), trust and pinning ---

void TestSmtpSession::implicitTls_data()
{
    QTest::addColumn<QString>("host");
    QTest::addRow("RFC 8314 §3.3: by IP address (SAN IP:127.0.0.1)") << QStringLiteral("127.0.0.1");
    QTest::addRow("RFC 8314 §3.3: by name (SAN DNS:localhost)") << QStringLiteral("localhost");
}

void TestSmtpSession::implicitTls()
{
    QFETCH(QString, host);
    FakeSmtpServer server;
    server.send(Greeting).expect(Ehlo).send(ehloReply(CapsAfterTls));
    authPlain(server);
    dataTransaction(server);
    quit(server);
    QVERIFY(server.listen(FakeSmtpServer::Security::ImplicitTls));
    SmtpSettings settings = settingsFor(server.serverPort(), SmtpSecurity::ImplicitTls);
    settings.host = host;
    SmtpSession session(settings);
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QVERIFY2(!o.error.isError(), qPrintable(describe(o.error)));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.clientLines(), QList<QByteArray>({Ehlo, authPlainLine(), mailLine(), rcptLine(), "DATA", "QUIT"}));
    QCOMPARE(server.bodies(), QList<QByteArray>{Body});
    QCOMPARE(o.encrypted, 1);
    QVERIFY(!o.chainWhenEncrypted.isEmpty());
    QCOMPARE(o.chainWhenEncrypted.first(), loadCert(QStringLiteral("server.pem")));
}

void TestSmtpSession::certificates_data()
{
    QTest::addColumn<SmtpSecurity>("security");
    QTest::addColumn<QString>("serverCert");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<QStringList>("pins");
    QTest::addColumn<SmtpError::Kind>("kind");
    const QString server = QStringLiteral("server");
    const QString self = QStringLiteral("selfsigned");
    using K = SmtpError::Kind;
    const SmtpSecurity implicit = SmtpSecurity::ImplicitTls;
    QTest::addRow("RFC 8314 §3.3: trusted through the test CA") << implicit << server << true << QStringList() << K::None;
    QTest::addRow("RFC 8314 §3.3: unknown CA rejected") << implicit << server << false << QStringList()
                                                       << K::CertificateRejected;
    QTest::addRow("self-signed, not pinned") << implicit << self << true << QStringList() << K::CertificateRejected;
    QTest::addRow("self-signed, pinned SHA-256 (colons)")
        << implicit << self << true << QStringList{fingerprint(QStringLiteral("selfsigned.pem"), true)} << K::None;
    QTest::addRow("self-signed, pinned SHA-256 (lower case, no colons)")
        << implicit << self << false << QStringList{fingerprint(QStringLiteral("selfsigned.pem"), false)} << K::None;
    QTest::addRow("self-signed, wrong pin") << implicit << self << true
                                            << QStringList{fingerprint(QStringLiteral("server.pem"), true)}
                                            << K::CertificateRejected;
    QTest::addRow("self-signed, malformed pin") << implicit << self << true << QStringList{QStringLiteral("AB:CD")}
                                                << K::CertificateRejected;
    QTest::addRow("RFC 3207: STARTTLS, unknown CA rejected") << SmtpSecurity::StartTls << server << false
                                                             << QStringList() << K::CertificateRejected;
    QTest::addRow("RFC 3207: STARTTLS, self-signed pinned")
        << SmtpSecurity::StartTls << self << false << QStringList{fingerprint(QStringLiteral("selfsigned.pem"), true)}
        << K::None;
}

void TestSmtpSession::certificates()
{
    QFETCH(SmtpSecurity, security);
    QFETCH(QString, serverCert);
    QFETCH(bool, trustTestCa);
    QFETCH(QStringList, pins);
    QFETCH(SmtpError::Kind, kind);
    FakeSmtpServer server;
    QVERIFY(server.setCertificate(testDataPath(serverCert + ".pem"), testDataPath(serverCert + ".key")));
    const bool ok = kind == SmtpError::Kind::None;
    if (security == SmtpSecurity::StartTls) {
        server.send(Greeting).expect(Ehlo).send(ehloReply({"STARTTLS"})).expect("STARTTLS").send(StartTlsGo).startTls();
        if (ok)
            server.expect(Ehlo).send(ehloReply(CapsAfterTls));
    } else {
        server.send(Greeting);
        if (ok)
            server.expect(Ehlo).send(ehloReply(CapsAfterTls));
    }
    if (ok) {
        authPlain(server);
        quit(server);
    }
    QVERIFY(server.listen(security == SmtpSecurity::ImplicitTls ? FakeSmtpServer::Security::ImplicitTls
                                                               : FakeSmtpServer::Security::Plain));
    SmtpSettings settings = settingsFor(server.serverPort(), security);
    if (!trustTestCa)
        settings.extraCaCertificates.clear();
    settings.pinnedSha256 = pins;
    SmtpSession session(settings);
    session.setCredentials(password());
    Outcome o;
    watch(session, o);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(SmtpError::kindName(o.error.kind), SmtpError::kindName(kind));
    if (ok) {
        QCOMPARE(o.authenticated, QStringList{"PLAIN"});
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        return;
    }
    // The chain is kept for the "do you trust this certificate?" question.
    QVERIFY(!o.error.certificateChain.isEmpty());
    QCOMPARE(o.error.certificateChain.first(), loadCert(serverCert + ".pem"));
    QVERIFY(!o.error.sslErrors.isEmpty());
    QCOMPARE(o.encrypted, 0);
    QVERIFY(o.authenticated.isEmpty());
    // Nothing but the clear-text preamble ever left the client.
    QCOMPARE(withoutQuit(server.clientLines()),
             security == SmtpSecurity::StartTls ? QList<QByteArray>({Ehlo, "STARTTLS"}) : QList<QByteArray>());
}

// --- replies the client must refuse (RFC 5321 §4.2, §4.5.3.1.5) ---

void TestSmtpSession::malformedReplies_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addRow("RFC 5321 §4.2: not a reply") << QByteArray("hello\r\n");
    QTest::addRow("RFC 5321 §4.2: code out of range") << QByteArray("650 what\r\n");
    QTest::addRow("RFC 5321 §4.2.1: code changes inside a multi-line reply") << QByteArray("250-fake\r\n251 SIZE\r\n");
    QTest::addRow("RFC 5321 §4.5.3.1.5: overlong line") << "250-" + QByteArray(20000, 'x') + "\r\n250 ok\r\n";
    QByteArray many;
    for (int i = 0; i < 1000; ++i)
        many += "250-LINE" + QByteArray::number(i) + "\r\n";
    QTest::addRow("RFC 5321 §4.5.3.1.5: endless multi-line reply") << many + "250 end\r\n";
    QTest::addRow("overlong line without end") << QByteArray(20000, '2');
}

void TestSmtpSession::malformedReplies()
{
    QFETCH(QByteArray, reply);
    FakeSmtpServer server;
    server.send(Greeting).expect(Ehlo).send(reply);
    QVERIFY(server.listen());
    SmtpSession session(settingsFor(server.serverPort(), SmtpSecurity::None));
    Outcome o;
    watch(session, o);
    Message m = makeMessage();
    session.enqueue(m.envelope, m.body.get());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(o.finished(), 10'000);
    QCOMPARE(SmtpError::kindName(o.error.kind), SmtpError::kindName(SmtpError::Kind::ProtocolError));
    QCOMPARE(o.error.phase, QStringLiteral("Ehlo"));
    QCOMPARE(withoutQuit(server.clientLines()), QList<QByteArray>{Ehlo});
    QCOMPARE(o.deliveries.size(), 1);
    QCOMPARE(o.deliveries.at(0).error.kind, SmtpError::Kind::ProtocolError);
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
