// The outbox store (app/Outbox): atomic adds that ignore and clean up a half-written entry, the
// entry.json format, Bcc only in the envelope, crash recovery (Sending → Uncertain or Deferred),
// the move to Sent, pruning, and the retry schedule.
#include "Outbox.h"
#include "OutboxEntry.h"
#include "OutboxSender.h"
#include "MimeWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

MailMessage sampleMessage()
{
    MailMessage m;
    m.from = MailAddress{QStringLiteral("Alice"), QStringLiteral("alice@example.org")};
    m.to = {MailAddress{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
    m.cc = {MailAddress{QString(), QStringLiteral("carol@example.org")}};
    m.bcc = {MailAddress{QStringLiteral("Hidden Dave"), QStringLiteral("dave@example.net")}};
    m.subject = QStringLiteral("Quarterly report");
    m.textBody = QStringLiteral("Hello\n.\nA line with a dot.\n");
    return m;
}

OutboxEntry entryFor(const MimeWriter& writer, const MailMessage& m)
{
    OutboxEntry e;
    e.envelope = writer.envelope();
    e.subject = m.subject;
    e.toDisplay = QStringLiteral("Bob <bob@example.org>, carol@example.org");
    e.identity.kind = OutboxIdentity::Kind::Account;
    e.identity.accountId = QStringLiteral("acc-1");
    return e;
}

// Gives `good` bytes, then fails: an attachment that became unreadable halfway.
class BrokenDevice : public QIODevice
{
public:
    explicit BrokenDevice(qint64 good) : m_left(good) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        if (m_left <= 0) {
            setErrorString(QStringLiteral("disk gone"));
            return -1;
        }
        const qint64 n = qMin(max, m_left);
        memset(data, 'x', size_t(n));
        m_left -= n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_left;
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void addKeepsExactBytesAndBccOnlyInEnvelope();
    void jsonRoundTrip();
    void noSecretInEntryFile();
    void incompleteAddIsIgnoredAndCleanedUp();
    void failedAddLeavesNothing();
    void largeAttachmentStreams();
    void addAsyncWritesOnAWorker();
    void addAsyncReportsAnUnreadableAttachment();
    void recoveryRules();
    void lockedEntryIsNotRecovered();
    void markSentMovesToSentFolder();
    void interruptedMarkSentIsFinished();
    void retryAndResendRules();
    void pruneSent();
    void backoffSchedule();
    void permanentOrTemporary_data();
    void permanentOrTemporary();
};

void TestOutbox::addKeepsExactBytesAndBccOnlyInEnvelope()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const MailMessage m = sampleMessage();
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    QVERIFY2(writer, qPrintable(error));
    QSignalSpy changed(&outbox, &Outbox::changed);
    const QString id = outbox.add(*writer, entryFor(*writer, m), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(changed.size(), 1);

    const OutboxEntry e = outbox.entry(id);
    QCOMPARE(e.id, id);
    QCOMPARE(e.state, OutboxEntry::State::Queued);
    QCOMPARE(e.attempts, 0);
    QVERIFY(e.created.isValid());
    QCOMPARE(e.messageId, writer->messageId());
    QVERIFY(e.envelope.recipients.contains(QStringLiteral("dave@example.net")));

    QFile f(outbox.messagePath(id));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(qint64(bytes.size()), writer->size());
    QCOMPARE(e.size(), writer->size());
    QVERIFY(bytes.contains("Message-ID: <" + writer->messageId().toUtf8() + ">"));
    // RFC 5322 §3.6.3: the Bcc recipient is in the envelope only.
    QVERIFY(!bytes.contains("Bcc:"));
    QVERIFY(!bytes.contains("dave@example.net"));
    QVERIFY(!bytes.contains("Hidden Dave"));

    // Ids sort by creation.
    auto writer2 = MimeWriter::create(m, MimeWriter::Options(), &error);
    QTest::qWait(2);
    const QString id2 = outbox.add(*writer2, entryFor(*writer2, m), &error);
    QVERIFY(id < id2);
    QCOMPARE(outbox.entries().size(), 2);
    QCOMPARE(outbox.entries().first().id, id);
    QCOMPARE(outbox.pendingCount(), 2);
}

void TestOutbox::jsonRoundTrip()
{
    OutboxEntry e;
    e.id = Outbox::newId();
    e.state = OutboxEntry::State::Deferred;
    e.created = QDateTime::currentDateTimeUtc().addSecs(-100);
    e.attempts = 3;
    e.lastAttempt = QDateTime::currentDateTimeUtc().addSecs(-10);
    e.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(900);
    e.committed = true;
    e.lastError.kind = QStringLiteral("ServiceUnavailable");
    e.lastError.text = QStringLiteral("ServiceUnavailable in MailFrom: 421 4.3.2 Going down");
    e.lastError.serverReply = QStringLiteral("421 4.3.2 Going down");
    e.lastError.phase = QStringLiteral("MailFrom");
    e.lastError.replyCode = 421;
    e.lastError.enhancedCode = QStringLiteral("4.3.2");
    e.identity.kind = OutboxIdentity::Kind::Direct;
    e.identity.settings.host = QStringLiteral("smtp.example.org");
    e.identity.settings.port = 465;
    e.identity.settings.security = SmtpSecurity::ImplicitTls;
    e.identity.settings.pinnedSha256 = {QStringLiteral("ab:cd")};
    e.identity.settings.allowedAuthMechanisms = {QStringLiteral("PLAIN")};
    e.identity.settings.useChunking = false;
    e.identity.settings.timeouts = SmtpTimeouts::uniform(7000);
    e.identity.settings.proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("proxy.local"), 1080, QStringLiteral("pu"));
    e.identity.userName = QStringLiteral("alice");
    e.identity.accountId = QStringLiteral("acc-7");
    e.envelope.from = QStringLiteral("alice@example.org");
    e.envelope.recipients = {QStringLiteral("bob@example.org"), QStringLiteral("hidden@example.net")};
    e.envelope.size = 12345;
    e.envelope.eightBit = true;
    e.subject = QStringLiteral("Grüße 你好");
    e.toDisplay = QStringLiteral("Bob <bob@example.org>");
    e.messageId = QStringLiteral("abc@example.org");
    e.refused = {QStringLiteral("nobody@example.org")};
    e.draft = QJsonObject{{QStringLiteral("composer"), QStringLiteral("state")}};

    OutboxEntry back;
    QString error;
    QVERIFY2(OutboxEntry::fromJson(QJsonDocument::fromJson(QJsonDocument(e.toJson()).toJson()).object(), &back, &error),
             qPrintable(error));
    QCOMPARE(back.id, e.id);
    QCOMPARE(back.state, e.state);
    QCOMPARE(back.created.toMSecsSinceEpoch(), e.created.toMSecsSinceEpoch());
    QCOMPARE(back.attempts, 3);
    QCOMPARE(back.nextAttempt.toMSecsSinceEpoch(), e.nextAttempt.toMSecsSinceEpoch());
    QCOMPARE(back.committed, true);
    QCOMPARE(back.lastError.kind, e.lastError.kind);
    QCOMPARE(back.lastError.replyCode, 421);
    const SmtpError asError = back.lastError.toSmtpError();
    QCOMPARE(asError.kind, SmtpError::Kind::ServiceUnavailable);
    QCOMPARE(asError.replyCode, 421);
    QCOMPARE(asError.serverText, QStringLiteral("Going down"));
    QCOMPARE(back.identity.kind, OutboxIdentity::Kind::Direct);
    QCOMPARE(back.identity.key(), e.identity.key());
    QCOMPARE(back.identity.settings.host, e.identity.settings.host);
    QCOMPARE(back.identity.settings.port, quint16(465));
    QCOMPARE(back.identity.settings.security, SmtpSecurity::ImplicitTls);
    QCOMPARE(back.identity.settings.pinnedSha256, e.identity.settings.pinnedSha256);
    QCOMPARE(back.identity.settings.useChunking, false);
    QCOMPARE(back.identity.settings.timeouts.commandMs, 7000);
    QCOMPARE(back.identity.settings.proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(back.identity.settings.proxy.user(), QStringLiteral("pu"));
    QCOMPARE(back.identity.userName, QStringLiteral("alice"));
    QCOMPARE(back.identity.accountId, QStringLiteral("acc-7"));
    QCOMPARE(back.envelope.recipients, e.envelope.recipients);
    QCOMPARE(back.envelope.size, qint64(12345));
    QCOMPARE(back.envelope.eightBit, true);
    QCOMPARE(back.subject, e.subject);
    QCOMPARE(back.messageId, e.messageId);
    QCOMPARE(back.refused, e.refused);
    QCOMPARE(back.draft, e.draft);

    // Different identities never share a connection key.
    OutboxIdentity a;
    a.kind = OutboxIdentity::Kind::Account;
    a.accountId = QStringLiteral("x");
    OutboxIdentity b = a;
    b.accountId = QStringLiteral("y");
    QVERIFY(a.key() != b.key());
    OutboxIdentity d1 = e.identity, d2 = e.identity;
    d2.settings.port = 587;
    QVERIFY(d1.key() != d2.key());
}

void TestOutbox::noSecretInEntryFile()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const MailMessage m = sampleMessage();
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    OutboxEntry e = entryFor(*writer, m);
    e.identity.kind = OutboxIdentity::Kind::Direct;
    e.identity.userName = QStringLiteral("alice");
    e.identity.settings.host = QStringLiteral("smtp.example.org");
    e.identity.settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy"), 3128, QStringLiteral("pu"),
                                              QStringLiteral("proxy-SECRET-pw"));
    const QString id = outbox.add(*writer, e, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QFile f(dir.path() + QStringLiteral("/outbox/") + id + QStringLiteral("/entry.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(json.contains("\"pu\""));
    QVERIFY(!json.contains("proxy-SECRET-pw"));
}

void TestOutbox::incompleteAddIsIgnoredAndCleanedUp()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    // A crash between message.eml and entry.json; and one before message.eml was renamed.
    const QString a = outbox.outboxDir() + QStringLiteral("/20200101T000000000Z-00000001");
    const QString b = outbox.outboxDir() + QStringLiteral("/20200101T000000000Z-00000002");
    QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
    QFile fa(a + QStringLiteral("/message.eml"));
    QVERIFY(fa.open(QIODevice::WriteOnly));
    fa.write("Subject: x\r\n\r\nbody\r\n");
    fa.close();
    QFile fb(b + QStringLiteral("/entry.json")); // damaged JSON and no message
    QVERIFY(fb.open(QIODevice::WriteOnly));
    fb.write("{\"id\": \"202");
    fb.close();
    QVERIFY(outbox.entries().isEmpty());
    QVERIFY(!outbox.contains(QStringLiteral("20200101T000000000Z-00000001")));
    QCOMPARE(outbox.cleanupIncomplete(), 1); // b has an entry.json: left for a person to look at
    QVERIFY(!QFileInfo::exists(a));
    QVERIFY(outbox.entries().isEmpty());

    // An add in progress (its lock held by a live process) is left alone.
    const QString c = outbox.outboxDir() + QStringLiteral("/20200101T000000000Z-00000003");
    QVERIFY(QDir().mkpath(c));
    QLockFile held(c + QStringLiteral("/lock"));
    QVERIFY(held.tryLock(0));
    QCOMPARE(outbox.cleanupIncomplete(), 0);
    QVERIFY(QFileInfo::exists(c));
    held.unlock();
    QCOMPARE(outbox.recoverAfterCrash(), 1);
    QVERIFY(!QFileInfo::exists(c));
}

void TestOutbox::failedAddLeavesNothing()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    BrokenDevice device(300 * 1024);
    OutboxEntry e;
    e.envelope.from = QStringLiteral("a@example.org");
    e.envelope.recipients = {QStringLiteral("b@example.org")};
    QString error;
    QVERIFY(outbox.add(device, e, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("disk gone")));
    QVERIFY(outbox.entries().isEmpty());
    QVERIFY(QDir(outbox.outboxDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestOutbox::largeAttachmentStreams()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(i * 7);
        for (int i = 0; i < 6; ++i)
            f.write(block);
    }
    MailMessage m = sampleMessage();
    MailAttachment a;
    a.filePath = big;
    m.attachments.append(a);
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    QVERIFY2(writer, qPrintable(error));
    const QString id = outbox.add(*writer, entryFor(*writer, m), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(outbox.messagePath(id)).size(), writer->size());
    QVERIFY(writer->size() > 8 * 1024 * 1024);
}

// The window's add: MimeWriter and the copy run on a worker thread; the answer comes back on the
// outbox's own thread, later, with the envelope the writer made (Bcc in it, never in the bytes).
void TestOutbox::addAsyncWritesOnAWorker()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4 * 1024 * 1024, 'q'));
    }
    MailMessage m = sampleMessage();
    MailAttachment a;
    a.filePath = big;
    m.attachments.append(a);
    OutboxEntry e;
    e.subject = m.subject;
    e.identity.kind = OutboxIdentity::Kind::Sandbox;
    QSignalSpy changed(&outbox, &Outbox::changed);
    bool answered = false;
    QString id;
    QString error;
    QThread* answeredOn = nullptr;
    outbox.addAsync(m, e, [&](const QString& i, const QString& why) {
        answered = true;
        id = i;
        error = why;
        answeredOn = QThread::currentThread();
    });
    QVERIFY(!answered); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(answeredOn, outbox.thread());
    QCOMPARE(changed.size(), 1);
    const OutboxEntry stored = outbox.entry(id);
    QCOMPARE(stored.state, OutboxEntry::State::Queued);
    QCOMPARE(stored.envelope.from, QStringLiteral("alice@example.org"));
    QVERIFY(stored.envelope.recipients.contains(QStringLiteral("dave@example.net")));
    QCOMPARE(QFileInfo(outbox.messagePath(id)).size(), stored.envelope.size);
    QVERIFY(stored.envelope.size > 4 * 1024 * 1024);
    QVERIFY(!stored.messageId.isEmpty());
    QFile eml(outbox.messagePath(id));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QVERIFY(!eml.readAll().contains("dave@example.net"));
}

void TestOutbox::addAsyncReportsAnUnreadableAttachment()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    MailMessage m = sampleMessage();
    MailAttachment a;
    a.filePath = dir.filePath(QStringLiteral("gone.pdf"));
    m.attachments.append(a);
    bool answered = false;
    QString id;
    QString error;
    outbox.addAsync(m, OutboxEntry(), [&](const QString& i, const QString& why) {
        answered = true;
        id = i;
        error = why;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
    QVERIFY(id.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("gone.pdf")), qPrintable(error));
    QVERIFY(outbox.entries().isEmpty());
    QVERIFY(QDir(outbox.outboxDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestOutbox::recoveryRules()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const MailMessage m = sampleMessage();
    QString error;
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
        ids.append(outbox.add(*writer, entryFor(*writer, m), &error));
        QVERIFY2(!ids.last().isEmpty(), qPrintable(error));
    }
    OutboxEntry committed = outbox.entry(ids[0]);
    committed.state = OutboxEntry::State::Sending;
    committed.attempts = 1;
    committed.committed = true;
    QVERIFY(outbox.update(committed));
    OutboxEntry midway = outbox.entry(ids[1]);
    midway.state = OutboxEntry::State::Sending;
    midway.attempts = 1;
    QVERIFY(outbox.update(midway));
    OutboxEntry sent = outbox.entry(ids[2]);
    sent.state = OutboxEntry::State::Sent; // the crash came between "Sent" and the move
    QVERIFY(outbox.update(sent));

    QCOMPARE(outbox.recoverAfterCrash(), 3);
    const OutboxEntry u = outbox.entry(ids[0]);
    QCOMPARE(u.state, OutboxEntry::State::Uncertain);
    QVERIFY(u.lastError.deliveryUncertain);
    QVERIFY(!u.isPending());
    const OutboxEntry d = outbox.entry(ids[1]);
    QCOMPARE(d.state, OutboxEntry::State::Deferred);
    QVERIFY(d.isDue(QDateTime::currentDateTimeUtc()));
    QVERIFY(!outbox.contains(ids[2]));
    QVERIFY(QFileInfo::exists(outbox.sentDir() + QLatin1Char('/') + ids[2] + QStringLiteral(".eml")));
    QCOMPARE(outbox.entry(ids[3]).state, OutboxEntry::State::Queued);
    // Idempotent.
    QCOMPARE(outbox.recoverAfterCrash(), 0);
}

void TestOutbox::lockedEntryIsNotRecovered()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const MailMessage m = sampleMessage();
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    const QString id = outbox.add(*writer, entryFor(*writer, m), &error);
    OutboxEntry e = outbox.entry(id);
    e.state = OutboxEntry::State::Sending;
    QVERIFY(outbox.update(e));
    {
        // Another sender (here: this process) is on it: not a crash.
        auto lock = outbox.tryLock(id);
        QVERIFY(lock);
        QVERIFY(!outbox.tryLock(id));
        QCOMPARE(outbox.recoverAfterCrash(), 0);
        QCOMPARE(outbox.entry(id).state, OutboxEntry::State::Sending);
    }
    QCOMPARE(outbox.recoverAfterCrash(), 1);
    QCOMPARE(outbox.entry(id).state, OutboxEntry::State::Deferred);
}

void TestOutbox::markSentMovesToSentFolder()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const MailMessage m = sampleMessage();
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    const QString id = outbox.add(*writer, entryFor(*writer, m), &error);
    QFile f(outbox.messagePath(id));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    QVERIFY2(outbox.markSent(id, QStringLiteral("250 2.0.0 Ok: queued as X"), &error), qPrintable(error));
    QVERIFY(!outbox.contains(id));
    QVERIFY(!QFileInfo::exists(outbox.outboxDir() + QLatin1Char('/') + id));
    QFile sent(outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".eml"));
    QVERIFY(sent.open(QIODevice::ReadOnly));
    QCOMPARE(sent.readAll(), bytes);
    QFile side(outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".json"));
    QVERIFY(side.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(side.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("finalReply")).toString(), QStringLiteral("250 2.0.0 Ok: queued as X"));
    QVERIFY(o.value(QStringLiteral("recipients")).toArray().contains(QStringLiteral("dave@example.net")));
    QCOMPARE(o.value(QStringLiteral("messageId")).toString(), writer->messageId());
}

void TestOutbox::interruptedMarkSentIsFinished()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const MailMessage m = sampleMessage();
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    const QString id = outbox.add(*writer, entryFor(*writer, m), &error);
    OutboxEntry e = outbox.entry(id);
    e.state = OutboxEntry::State::Sent;
    QVERIFY(outbox.update(e));
    // The crash came after message.eml moved and before the entry was removed.
    QVERIFY(QDir().mkpath(outbox.sentDir()));
    QVERIFY(QFile::rename(outbox.messagePath(id), outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".eml")));
    QCOMPARE(outbox.entry(id).state, OutboxEntry::State::Sent); // listed as Sent, never as pending
    QCOMPARE(outbox.pendingCount(), 0);
    QCOMPARE(outbox.recoverAfterCrash(), 1);
    QVERIFY(!QFileInfo::exists(outbox.outboxDir() + QLatin1Char('/') + id));
    QVERIFY(QFileInfo::exists(outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".eml")));
}

void TestOutbox::retryAndResendRules()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    const MailMessage m = sampleMessage();
    QString error;
    auto writer = MimeWriter::create(m, MimeWriter::Options(), &error);
    const QString id = outbox.add(*writer, entryFor(*writer, m), &error);
    OutboxEntry e = outbox.entry(id);
    e.state = OutboxEntry::State::Uncertain;
    e.committed = true;
    QVERIFY(outbox.update(e));
    QVERIFY(!outbox.retry(id, &error)); // RFC 1047: only an explicit resend
    QCOMPARE(outbox.entry(id).state, OutboxEntry::State::Uncertain);
    QVERIFY(outbox.resend(id, &error));
    QCOMPARE(outbox.entry(id).state, OutboxEntry::State::Queued);
    QCOMPARE(outbox.entry(id).committed, false);

    e = outbox.entry(id);
    e.state = OutboxEntry::State::Failed;
    QVERIFY(outbox.update(e));
    QVERIFY(outbox.retry(id, &error));
    QCOMPARE(outbox.entry(id).state, OutboxEntry::State::Queued);
    QVERIFY(outbox.remove(id, &error));
    QVERIFY(!outbox.contains(id));
    QVERIFY(!outbox.remove(id, &error));
    QVERIFY(!outbox.update(e, &error));
}

void TestOutbox::pruneSent()
{
    QTemporaryDir dir;
    Outbox outbox(dir.path());
    QVERIFY(QDir().mkpath(outbox.sentDir()));
    auto make = [&](const QString& id, int daysAgo) {
        QFile eml(outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".eml"));
        QVERIFY(eml.open(QIODevice::WriteOnly));
        eml.write("x");
        QFile side(outbox.sentDir() + QLatin1Char('/') + id + QStringLiteral(".json"));
        QVERIFY(side.open(QIODevice::WriteOnly));
        side.write(QJsonDocument(QJsonObject{{QStringLiteral("sent"),
                                              QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODateWithMs)}})
                       .toJson());
    };
    make(QStringLiteral("old"), 40);
    make(QStringLiteral("recent"), 3);
    QCOMPARE(outbox.pruneSent(30), 1);
    QVERIFY(!QFileInfo::exists(outbox.sentDir() + QStringLiteral("/old.eml")));
    QVERIFY(!QFileInfo::exists(outbox.sentDir() + QStringLiteral("/old.json")));
    QVERIFY(QFileInfo::exists(outbox.sentDir() + QStringLiteral("/recent.eml")));
    QCOMPARE(outbox.pruneSent(30), 0);
    QCOMPARE(outbox.pruneSent(0), 1);
}

void TestOutbox::backoffSchedule()
{
    QCOMPARE(OutboxSender::backoffSeconds(1), qint64(60));
    QCOMPARE(OutboxSender::backoffSeconds(2), qint64(5 * 60));
    QCOMPARE(OutboxSender::backoffSeconds(3), qint64(15 * 60));
    QCOMPARE(OutboxSender::backoffSeconds(4), qint64(60 * 60));
    QCOMPARE(OutboxSender::backoffSeconds(5), qint64(60 * 60));
    QCOMPARE(OutboxSender::backoffSeconds(50), qint64(60 * 60));
}

void TestOutbox::permanentOrTemporary_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("permanent");
    using K = SmtpError::Kind;
    QTest::addRow("421 greeting") << int(K::ServiceUnavailable) << 421 << false;
    QTest::addRow("554 greeting") << int(K::ServiceUnavailable) << 554 << true;
    QTest::addRow("451 MAIL") << int(K::SenderRejected) << 451 << false;
    QTest::addRow("550 RCPT") << int(K::RecipientRejected) << 550 << true;
    QTest::addRow("452 RCPT") << int(K::RecipientRejected) << 452 << false;
    QTest::addRow("552 too big") << int(K::MessageTooLarge) << 552 << true;
    QTest::addRow("SIZE too big") << int(K::MessageTooLarge) << 0 << true;
    QTest::addRow("535 auth") << int(K::AuthFailed) << 535 << true;
    QTest::addRow("454 auth") << int(K::AuthFailed) << 454 << false;
    QTest::addRow("certificate") << int(K::CertificateRejected) << 0 << true;
    QTest::addRow("refused") << int(K::ConnectionRefused) << 0 << false;
    QTest::addRow("lost") << int(K::ServerClosed) << 0 << false;
    QTest::addRow("timeout") << int(K::Timeout) << 0 << false;
    QTest::addRow("dns") << int(K::HostLookup) << 0 << false;
    QTest::addRow("proxy") << int(K::Proxy) << 0 << false;
    QTest::addRow("invalid") << int(K::InvalidInput) << 0 << true;
}

void TestOutbox::permanentOrTemporary()
{
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(bool, permanent);
    SmtpError e;
    e.kind = SmtpError::Kind(kind);
    e.replyCode = code;
    QCOMPARE(OutboxSender::isPermanent(e), permanent);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
