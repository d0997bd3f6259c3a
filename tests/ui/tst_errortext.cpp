// ErrorText: every SmtpError kind becomes a title, an explanation, the server's own words and
// advice. Rows compare which fields are filled and that facts (host, codes, ports, fingerprint)
// appear — never whole sentences, so wording and translations can change freely.

#include "ErrorText.h"
#include "TestPaths.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using Kind = SmtpError::Kind;
Q_DECLARE_METATYPE(SmtpError::Kind)

namespace {

SmtpError makeError(Kind kind, int code = 0, const QString& enhanced = QString(), const QString& text = QString(),
                    const QString& phase = QString())
{
    SmtpError e;
    e.kind = kind;
    e.replyCode = code;
    e.enhancedCode = enhanced;
    e.serverText = text;
    e.phase = phase;
    return e;
}

QList<Kind> allErrorKinds()
{
    QList<Kind> kinds;
    for (int k = int(Kind::InvalidInput); k <= int(Kind::Cancelled); ++k)
        kinds << Kind(k);
    return kinds;
}

QSslCertificate testServerCertificate()
{
    QFile f(testDataPath(QStringLiteral("server.pem")));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

const QString kHost = QStringLiteral("smtp.example.org");

} // namespace

class tst_ErrorText : public QObject
{
    Q_OBJECT

private slots:
    void noneIsEmpty();
    void everyKindIsDescribed();
    void kinds_data();
    void kinds();
    void titlesDifferByKind();
    void serverWordsKeepCodeAndText();
    void timeoutNamesThePhase_data();
    void timeoutNamesThePhase();
    void certificateShowsWhoAndFingerprint();
    void certificateFromSslErrorsWhenNoChain();
    void messageTooLargeGivesLimit();
    void deliveryUncertainWarnsBeforeResending();
    void transientRepliesSayTryLater();
    void emptyHostStillReadable();
};

void tst_ErrorText::noneIsEmpty()
{
    const ErrorText::Message m = ErrorText::describe(SmtpError(), kHost);
    QVERIFY(m.title.isEmpty());
    QVERIFY(m.what.isEmpty());
    QVERIFY(m.serverWords.isEmpty());
    QVERIFY(m.advice.isEmpty());
}

void tst_ErrorText::everyKindIsDescribed()
{
    // A kind added to SmtpError without wording here fails this test.
    for (Kind kind : allErrorKinds()) {
        const ErrorText::Message m = ErrorText::describe(makeError(kind), kHost);
        const QString name = SmtpError::kindName(kind);
        QVERIFY2(!m.title.isEmpty(), qPrintable(name));
        QVERIFY2(!m.what.isEmpty(), qPrintable(name));
        QVERIFY2(!m.title.contains(QLatin1Char('\n')), qPrintable(name));
        QVERIFY2(m.serverWords.isEmpty(), qPrintable(name)); // no reply, no server words
        if (kind != Kind::Cancelled)
            QVERIFY2(!m.advice.isEmpty(), qPrintable(name));
    }
}

void tst_ErrorText::kinds_data()
{
    QTest::addColumn<SmtpError>("error");
    QTest::addColumn<bool>("titleNamesHost");
    QTest::addColumn<bool>("hasAdvice");
    QTest::addColumn<QStringList>("adviceMentions"); // facts, not sentences

    QTest::addRow("InvalidInput") << makeError(Kind::InvalidInput) << false << true << QStringList();
    QTest::addRow("HostLookup") << makeError(Kind::HostLookup) << true << true << QStringList();
    QTest::addRow("ConnectionRefused") << makeError(Kind::ConnectionRefused, 0, {}, {}, "Connecting") << true << true
                                       << QStringList{"465", "587"};
    QTest::addRow("Network") << makeError(Kind::Network) << true << true << QStringList();
    QTest::addRow("Proxy") << makeError(Kind::Proxy) << true << true << QStringList{"SOCKS5"};
    QTest::addRow("ProxyAuthFailed") << makeError(Kind::ProxyAuthFailed) << false << true << QStringList();
    QTest::addRow("ProxyTargetUnreachable") << makeError(Kind::ProxyTargetUnreachable) << true << true << QStringList();
    QTest::addRow("Timeout") << makeError(Kind::Timeout, 0, {}, {}, "Greeting") << true << true << QStringList{"465", "587"};
    QTest::addRow("TlsHandshake") << makeError(Kind::TlsHandshake) << true << true << QStringList{"465", "587"};
    QTest::addRow("CertificateRejected") << makeError(Kind::CertificateRejected) << true << true << QStringList{"SHA-256"};
    QTest::addRow("StartTlsUnavailable") << makeError(Kind::StartTlsUnavailable, 0, {}, {}, "Ehlo") << true << true
                                         << QStringList{"465"};
    QTest::addRow("StartTlsUnavailable 454") << makeError(Kind::StartTlsUnavailable, 454, "4.7.0", "TLS not available", "StartTls")
                                             << true << true << QStringList{"465"};
    QTest::addRow("InsecureRefused") << makeError(Kind::InsecureRefused) << true << true << QStringList{"465", "587"};
    QTest::addRow("ProtocolError") << makeError(Kind::ProtocolError, 0, {}, {}, "StartTls") << true << true << QStringList();
    QTest::addRow("ServiceUnavailable 421") << makeError(Kind::ServiceUnavailable, 421, "4.3.2", "Service shutting down")
                                            << true << true << QStringList();
    QTest::addRow("ServiceUnavailable 554 greeting") << makeError(Kind::ServiceUnavailable, 554, {}, "No SMTP service here", "Greeting")
                                                     << true << true << QStringList();
    QTest::addRow("HeloRejected") << makeError(Kind::HeloRejected, 501, "5.5.2", "Invalid hostname") << true << true
                                  << QStringList{"EHLO"};
    QTest::addRow("AuthUnavailable") << makeError(Kind::AuthUnavailable) << true << true << QStringList();
    QTest::addRow("AuthFailed 535") << makeError(Kind::AuthFailed, 535, "5.7.8", "Username and Password not accepted")
                                    << true << true << QStringList{"Gmail", QString::fromUtf8("授权码")};
    QTest::addRow("AuthFailed QQ") << makeError(Kind::AuthFailed, 535, {}, "Login fail. Account is abnormal, service is not open")
                                   << true << true << QStringList{"QQ", "163"};
    QTest::addRow("AuthTokenExpired") << makeError(Kind::AuthTokenExpired, 535, "5.7.8", "invalid token") << true << true
                                      << QStringList();
    QTest::addRow("SenderRejected 553") << makeError(Kind::SenderRejected, 553, "5.7.1", "Sender address rejected: not owned by user")
                                        << true << true << QStringList();
    QTest::addRow("SenderRejected 530") << makeError(Kind::SenderRejected, 530, "5.7.0", "Authentication required") << true
                                        << true << QStringList();
    QTest::addRow("RecipientRejected 550 5.1.1") << makeError(Kind::RecipientRejected, 550, "5.1.1", "User unknown") << true
                                                 << true << QStringList();
    QTest::addRow("RecipientRejected 554 relay") << makeError(Kind::RecipientRejected, 554, "5.7.1", "Relay access denied")
                                                 << true << true << QStringList();
    QTest::addRow("MessageTooLarge 552") << makeError(Kind::MessageTooLarge, 552, "5.3.4", "Message size exceeds fixed limit")
                                         << true << true << QStringList();
    QTest::addRow("SmtpUtf8Unavailable") << makeError(Kind::SmtpUtf8Unavailable) << true << true << QStringList();
    QTest::addRow("EightBitUnavailable") << makeError(Kind::EightBitUnavailable) << true << true << QStringList();
    QTest::addRow("DataRejected 554") << makeError(Kind::DataRejected, 554, "5.7.1", "Message rejected as spam") << true
                                      << true << QStringList();
    QTest::addRow("BodyReadError") << makeError(Kind::BodyReadError) << false << true << QStringList();
    QTest::addRow("ServerClosed") << makeError(Kind::ServerClosed, 0, {}, {}, "RcptTo") << true << true << QStringList();
    QTest::addRow("Cancelled") << makeError(Kind::Cancelled, 0, {}, {}, "Auth") << false << false << QStringList();
}

void tst_ErrorText::kinds()
{
    QFETCH(SmtpError, error);
    QFETCH(bool, titleNamesHost);
    QFETCH(bool, hasAdvice);
    QFETCH(QStringList, adviceMentions);

    const ErrorText::Message m = ErrorText::describe(error, kHost);
    QVERIFY(!m.title.isEmpty());
    QVERIFY(!m.what.isEmpty());
    QCOMPARE(m.title.contains(kHost), titleNamesHost);
    QCOMPARE(!m.advice.isEmpty(), hasAdvice);
    for (const QString& fact : adviceMentions)
        QVERIFY2(m.advice.contains(fact) || m.what.contains(fact), qPrintable(fact + " missing from: " + m.advice));

    if (error.replyCode != 0) {
        QVERIFY(m.serverWords.contains(QString::number(error.replyCode)));
        QVERIFY(m.serverWords.contains(error.serverText));
        if (!error.enhancedCode.isEmpty())
            QVERIFY(m.serverWords.contains(error.enhancedCode));
        // The server's words stand on their own; the explanation never repeats them.
        QVERIFY(!m.what.contains(error.serverText));
    } else {
        QVERIFY(m.serverWords.isEmpty());
    }
}

void tst_ErrorText::titlesDifferByKind()
{
    // A lazy "Sending failed" for everything would pass the field checks; it must not pass this.
    QSet<QString> titles;
    QSet<QString> advice;
    const QList<Kind> kinds = allErrorKinds();
    for (Kind kind : kinds) {
        const ErrorText::Message m = ErrorText::describe(makeError(kind), kHost);
        titles.insert(m.title);
        advice.insert(m.advice);
    }
    QCOMPARE(titles.size(), kinds.size());
    QVERIFY(advice.size() >= kinds.size() - 2); // a couple of kinds may share their next step
}

void tst_ErrorText::serverWordsKeepCodeAndText()
{
    const ErrorText::Message m = ErrorText::describe(
        makeError(Kind::AuthFailed, 535, "5.7.8", "Username and Password not accepted"), kHost);
    QCOMPARE(m.serverWords, QStringLiteral("535 5.7.8 Username and Password not accepted"));

    const ErrorText::Message noEnhanced = ErrorText::describe(makeError(Kind::DataRejected, 554, {}, "Rejected"), kHost);
    QCOMPARE(noEnhanced.serverWords, QStringLiteral("554 Rejected"));

    // Server text in Chinese (QQ Mail, 163) comes through untouched.
    const QString chinese = QString::fromUtf8("发信人与登录账号不一致");
    const ErrorText::Message cn = ErrorText::describe(makeError(Kind::SenderRejected, 501, "5.0.0", chinese), kHost);
    QVERIFY(cn.serverWords.endsWith(chinese));
}

void tst_ErrorText::timeoutNamesThePhase_data()
{
    QTest::addColumn<QString>("phase");
    for (const char* phase : {"Connecting", "TlsHandshake", "Greeting", "Ehlo", "StartTls", "StartTlsHandshake", "Auth",
                              "MailFrom", "RcptTo", "Data", "Body", "EndOfData", "Bdat", "Rset", "Quit"})
        QTest::newRow(phase) << QString::fromLatin1(phase);
}

void tst_ErrorText::timeoutNamesThePhase()
{
    QFETCH(QString, phase);
    const QString description = ErrorText::phaseDescription(phase);
    QVERIFY(!description.isEmpty());
    QVERIFY2(description != phase, "every engine phase has words, not its enum name");
    const ErrorText::Message m = ErrorText::describe(makeError(Kind::Timeout, 0, {}, {}, phase), kHost);
    QVERIFY(m.what.contains(description));
}

void tst_ErrorText::certificateShowsWhoAndFingerprint()
{
    const QSslCertificate cert = testServerCertificate();
    QVERIFY(!cert.isNull());
    SmtpError e = makeError(Kind::CertificateRejected, 0, {}, {}, "TlsHandshake");
    e.certificateChain = {cert};
    e.sslErrors = {QSslError(QSslError::UnableToGetLocalIssuerCertificate, cert)};

    const ErrorText::Message m = ErrorText::describe(e, kHost);
    QVERIFY(m.title.contains(kHost));
    // Fingerprint as `openssl x509 -in tests/data/server.pem -noout -fingerprint -sha256` prints it.
    QVERIFY(m.what.contains(QStringLiteral(
        "8D:E2:7B:CC:DB:61:2E:73:BC:55:29:54:19:AC:6E:42:C1:94:92:D8:3F:FE:AB:D3:64:15:C9:CA:05:30:43:42")));
    QVERIFY(m.what.contains(QStringLiteral("localhost")));       // subject
    QVERIFY(m.what.contains(QStringLiteral("Qourier Test CA"))); // issuer
    QVERIFY(m.what.contains(QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString()));
    QVERIFY(!m.advice.isEmpty());
}

void tst_ErrorText::certificateFromSslErrorsWhenNoChain()
{
    const QSslCertificate cert = testServerCertificate();
    QVERIFY(!cert.isNull());
    SmtpError e = makeError(Kind::CertificateRejected);
    e.sslErrors = {QSslError(QSslError::HostNameMismatch, cert)};
    const ErrorText::Message m = ErrorText::describe(e, kHost);
    QVERIFY(m.what.contains(ErrorText::sha256Fingerprint(cert)));
    QCOMPARE(ErrorText::sha256Fingerprint(cert).size(), 32 * 3 - 1);
}

void tst_ErrorText::messageTooLargeGivesLimit()
{
    SmtpError e = makeError(Kind::MessageTooLarge, 0, {}, {}, "Ready");
    const QString unknown = ErrorText::describe(e, kHost).what;

    // The caller knows the server's SIZE.
    const QString known = ErrorText::describe(e, kHost, 25 * 1024 * 1024).what;
    QVERIFY(known != unknown);
    QVERIFY2(known.contains(QStringLiteral("25")), qPrintable(known));

    // The engine's own SIZE check carries the limit in its detail.
    e.detail = QStringLiteral("40000000 bytes, the server accepts at most 36700160");
    const QString fromDetail = ErrorText::describe(e, kHost).what;
    QVERIFY2(fromDetail.contains(QStringLiteral("35")), qPrintable(fromDetail)); // 35 MB
    QCOMPARE(ErrorText::describe(e, kHost).detail, e.detail);
}

void tst_ErrorText::deliveryUncertainWarnsBeforeResending()
{
    for (Kind kind : {Kind::Timeout, Kind::ServerClosed, Kind::Network}) {
        SmtpError e = makeError(kind, 0, {}, {}, "EndOfData");
        const ErrorText::Message plain = ErrorText::describe(e, kHost);
        e.deliveryUncertain = true;
        const ErrorText::Message uncertain = ErrorText::describe(e, kHost);
        QVERIFY(uncertain.title != plain.title);
        QVERIFY(uncertain.advice != plain.advice);
        QVERIFY(uncertain.title.contains(kHost));
        QVERIFY(uncertain.what.startsWith(plain.what)); // what failed is still said
    }
}

void tst_ErrorText::transientRepliesSayTryLater()
{
    const QString permanent = ErrorText::describe(makeError(Kind::SenderRejected, 550, "5.7.1", "No"), kHost).advice;
    const QString transient = ErrorText::describe(makeError(Kind::SenderRejected, 451, "4.7.1", "Try later"), kHost).advice;
    QVERIFY(transient.startsWith(permanent));
    QVERIFY(transient.size() > permanent.size());
}

void tst_ErrorText::emptyHostStillReadable()
{
    const ErrorText::Message m = ErrorText::describe(makeError(Kind::ConnectionRefused), QString());
    QVERIFY(!m.title.isEmpty());
    QVERIFY(!m.title.contains(QLatin1String("%1")));
    QVERIFY(!m.title.endsWith(QLatin1Char(' ')));
}

QTEST_GUILESS_MAIN(tst_ErrorText)
#include "tst_errortext.moc"
