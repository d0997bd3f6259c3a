// Benchmark driver: N small messages on one SmtpSession (one connection, RSET between them, as
// an outbox flush sends them). With --transcript, every line with the milliseconds since start,
// so each flight over the delay relay shows as one group of lines with the same time.
#include "SmtpSession.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption host({QStringLiteral("host")}, QStringLiteral("server"), QStringLiteral("host"), QStringLiteral("localhost"));
    const QCommandLineOption port({QStringLiteral("port")}, QStringLiteral("port"), QStringLiteral("port"));
    const QCommandLineOption security({QStringLiteral("security")}, QStringLiteral("tls, starttls or none"), QStringLiteral("mode"), QStringLiteral("tls"));
    const QCommandLineOption cafile({QStringLiteral("cafile")}, QStringLiteral("CA file"), QStringLiteral("file"));
    const QCommandLineOption user({QStringLiteral("user")}, QStringLiteral("AUTH user"), QStringLiteral("name"));
    const QCommandLineOption count({QStringLiteral("count")}, QStringLiteral("messages"), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption transcript({QStringLiteral("transcript")}, QStringLiteral("timed transcript on stderr"));
    p.addOptions({host, port, security, cafile, user, count, transcript});
    p.process(app);

    SmtpSettings s;
    s.host = p.value(host);
    s.port = quint16(p.value(port).toUInt());
    const QString mode = p.value(security);
    s.security = mode == QLatin1String("starttls") ? SmtpSecurity::StartTls
        : mode == QLatin1String("none")            ? SmtpSecurity::None
                                                   : SmtpSecurity::ImplicitTls;
    s.allowInsecure = s.allowAuthWithoutTls = s.security == SmtpSecurity::None;
    if (p.isSet(cafile))
        s.extraCaCertificates = QSslCertificate::fromPath(p.value(cafile));
    SmtpSession session(s);
    if (p.isSet(user))
        session.setCredentials({p.value(user), qEnvironmentVariable("BENCH_PASSWORD"), QString()});

    QElapsedTimer clock;
    clock.start();
    QTextStream err(stderr);
    if (p.isSet(transcript)) {
        QObject::connect(&session, &SmtpSession::transcript, [&](SmtpSession::Direction d, const QString& line) {
            const char* prefix = d == SmtpSession::Direction::Client ? "C: " : d == SmtpSession::Direction::Server ? "S: " : "*  ";
            err << QStringLiteral("%1 ms  ").arg(clock.elapsed(), 5) << prefix << line << Qt::endl;
        });
    }
    std::vector<std::unique_ptr<QBuffer>> bodies;
    const int n = p.value(count).toInt();
    for (int i = 0; i < n; ++i) {
        const QByteArray text = "From: bench@example.org\r\nTo: sink@example.org\r\nSubject: batch " + QByteArray::number(i)
            + "\r\nMessage-ID: <batch-" + QByteArray::number(i) + "@example.org>\r\n\r\nHello.\r\n";
        bodies.push_back(std::make_unique<QBuffer>());
        bodies.back()->setData(text);
        bodies.back()->open(QIODevice::ReadOnly);
        SmtpEnvelope e;
        e.from = QStringLiteral("bench@example.org");
        e.recipients = {QStringLiteral("sink@example.org")};
        e.size = text.size();
        session.enqueue(e, bodies.back().get());
    }
    int failed = 0;
    QObject::connect(&session, &SmtpSession::messageFinished, [&](const SmtpDelivery& d) {
        if (!d.ok()) {
            ++failed;
            err << "message " << d.index << ": " << d.error.toString() << Qt::endl;
        }
    });
    QObject::connect(&session, &SmtpSession::finished, [&](const SmtpError& e) {
        if (e.isError())
            err << "session: " << e.toString() << Qt::endl;
        app.exit(e.isError() || failed ? 1 : 0);
    });
    session.start();
    return app.exec();
}
