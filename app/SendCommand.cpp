// `qourier send`: compose from the command line and submit with the same engine as the window.
// No display needed (QCoreApplication). One line of error and an exit code per failure class.

#include "SendCommand.h"

#include "AccountResolver.h"
#include "AccountStore.h"
#include "AddressParser.h"
#include "CredentialStore.h"
#include "MimeWriter.h"
#include "Outbox.h"
#include "OutboxCommand.h"
#include "OutboxSender.h"
#include "ProxySpec.h"
#include "SmtpSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QString readTextFile(const QString& path, QString* error)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("SendCommand", "cannot read standard input");
            return QString();
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("SendCommand", "cannot read %1: %2").arg(path, f.errorString());
            return QString();
        }
    }
    return QString::fromUtf8(f.readAll());
}

QString humanBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(bytes / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace

int SendCommand::exitCodeFor(const SmtpError& error)
{
    using K = SmtpError::Kind;
    switch (error.kind) {
    case K::None: return Ok;
    case K::InvalidInput: return Usage;
    case K::HostLookup:
    case K::ConnectionRefused:
    case K::Network:
    case K::Proxy:
    case K::ProxyAuthFailed:
    case K::ProxyTargetUnreachable: return Connect;
    case K::TlsHandshake:
    case K::CertificateRejected:
    case K::StartTlsUnavailable:
    case K::InsecureRefused: return Tls;
    case K::AuthUnavailable:
    case K::AuthFailed:
    case K::AuthTokenExpired: return Auth;
    case K::SenderRejected: return SenderRefused;
    case K::RecipientRejected: return RecipientsRefused;
    case K::MessageTooLarge:
    case K::SmtpUtf8Unavailable:
    case K::EightBitUnavailable:
    case K::DataRejected: return DataRefused;
    case K::Timeout: return TimedOut;
    case K::BodyReadError: return Input;
    case K::ProtocolError:
    case K::ServiceUnavailable:
    case K::HeloRejected:
    case K::ServerClosed:
    case K::Cancelled: return Server;
    }
    return Server;
}

SendCommand::SendCommand(QObject* parent)
    : QObject(parent)
{
}

SendCommand::~SendCommand() = default;

int SendCommand::usageError(const QString& message)
{
    err() << "qourier send: " << message << Qt::endl;
    return Usage;
}

// Parses the arguments and starts the send. Returns -1 when the event loop must run, else an
// exit code.
int SendCommand::start(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Send one message through an SMTP submission server."));
    p.addHelpOption();
    const QCommandLineOption host({QStringLiteral("host")}, tr("SMTP server name."), tr("host"));
    const QCommandLineOption port({QStringLiteral("port")}, tr("Port (465 for tls, 587 for starttls, 25 for none)."), tr("port"));
    const QCommandLineOption security({QStringLiteral("security")}, tr("tls, starttls or none."), tr("mode"));
    const QCommandLineOption user({QStringLiteral("user")}, tr("User name for AUTH."), tr("name"));
    const QCommandLineOption passwordStdin({QStringLiteral("password-stdin")}, tr("Read the password (or access token) from the first line of standard input."));
    const QCommandLineOption passwordEnv({QStringLiteral("password-env")}, tr("Read the password (or access token) from this environment variable (default QOURIER_PASSWORD)."), tr("name"));
    const QCommandLineOption auth({QStringLiteral("auth")}, tr("Only this AUTH mechanism: plain, login, cram-md5 or xoauth2 (the secret is then an access token)."), tr("mechanism"));
    const QCommandLineOption from({QStringLiteral("from")}, tr("Sender, e.g. 'Alice Example <alice@example.org>'."), tr("address"));
    const QCommandLineOption to({QStringLiteral("to")}, tr("Recipient (repeatable; lists allowed)."), tr("address"));
    const QCommandLineOption cc({QStringLiteral("cc")}, tr("Copy recipient (repeatable)."), tr("address"));
    const QCommandLineOption bcc({QStringLiteral("bcc")}, tr("Blind copy recipient: in the envelope only (repeatable)."), tr("address"));
    const QCommandLineOption replyTo({QStringLiteral("reply-to")}, tr("Reply-To address."), tr("address"));
    const QCommandLineOption subject({QStringLiteral("subject")}, tr("Subject."), tr("text"));
    const QCommandLineOption body({QStringLiteral("body")}, tr("Plain-text body from a file, or - for standard input."), tr("file"));
    const QCommandLineOption html({QStringLiteral("html")}, tr("HTML alternative from a file."), tr("file"));
    const QCommandLineOption attach({QStringLiteral("attach")}, tr("Attach a file (repeatable)."), tr("file"));
    const QCommandLineOption inlineImage({QStringLiteral("inline")}, tr("Inline image for the HTML, referenced as cid:<file name> (repeatable)."), tr("file"));
    const QCommandLineOption transcript({QStringLiteral("transcript")}, tr("Print the SMTP conversation to standard error (secrets hidden)."));
    const QCommandLineOption cafile({QStringLiteral("cafile")}, tr("Also trust the CA certificates in this PEM file."), tr("file"));
    const QCommandLineOption pin({QStringLiteral("pin")}, tr("Trust exactly the certificate with this SHA-256 fingerprint."), tr("sha256"));
    const QCommandLineOption insecure({QStringLiteral("insecure-allow-plain")}, tr("Allow a connection without TLS, and a password over it."));
    const QCommandLineOption timeout({QStringLiteral("timeout")}, tr("Seconds each phase may take (default: per phase, up to 10 minutes for the final reply)."), tr("seconds"));
    const QCommandLineOption noPipelining({QStringLiteral("no-pipelining")}, tr("Do not use PIPELINING."));
    const QCommandLineOption noChunking({QStringLiteral("no-chunking")}, tr("Do not use CHUNKING (BDAT)."));
    const QCommandLineOption ehlo({QStringLiteral("ehlo")}, tr("Name to announce in EHLO."), tr("name"));
    const QCommandLineOption quiet({QStringLiteral("quiet")}, tr("No progress line."));
    const QCommandLineOption proxyOption({QStringLiteral("proxy")}, tr("Connect through this proxy: socks5://host:port (the proxy resolves the server's name), http://host:port (HTTP CONNECT), system or none. Overrides the account's."), tr("proxy"));
    const QCommandLineOption proxyUser({QStringLiteral("proxy-user")}, tr("User name for the proxy; its password comes from the environment variable QOURIER_PROXY_PASSWORD or --proxy-password-file."), tr("name"));
    const QCommandLineOption proxyPasswordFile({QStringLiteral("proxy-password-file")}, tr("Read the proxy password from the first line of this file."), tr("file"));
    const QCommandLineOption account({QStringLiteral("account")}, tr("Use this saved account (its name, address or id): its server, sender and password from the system keychain. Other options override its fields."), tr("name"));
    p.addOptions({host, port, security, user, passwordStdin, passwordEnv, auth, from, to, cc, bcc, replyTo, subject, body,
                  html, attach, inlineImage, transcript, cafile, pin, insecure, timeout, noPipelining, noChunking, ehlo, quiet, account,
                  proxyOption, proxyUser, proxyPasswordFile});
    const QCommandLineOption noQueue({QStringLiteral("no-queue")}, tr("Send directly, without keeping the message in the outbox: nothing is left behind and nothing is retried later."));
    p.addOption(noQueue);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    m_queue = !p.isSet(noQueue);
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText() << tr("\nExit codes: 0 sent, 2 usage or invalid input, 3 connection, 4 TLS, 5 authentication, "
                                                   "6 sender refused, 7 all recipients refused, 8 message refused, 9 timeout, "
                                                   "10 server or protocol error, 11 unreadable file.\n");
        QTextStream(stdout) << tr("Unless --no-queue is given, the message is first kept in the outbox: if the server cannot take it now, "
                                  "`qourier outbox flush` sends it later (see `qourier outbox --help`).\n");
        return Ok;
    }

    // --- a saved account: its fields first, then every option given overrides them ---
    Account saved;
    const bool haveAccount = p.isSet(account);
    if (haveAccount && !AccountStore().find(p.value(account), &saved))
        return usageError(tr("no saved account \"%1\" (add one in the window: Add Account)").arg(p.value(account)));

    // --- the server ---
    SmtpSettings settings;
    settings.host = p.isSet(host) || !haveAccount ? p.value(host) : saved.host;
    if (settings.host.isEmpty())
        return usageError(tr("--host is required"));
    const QString mode = p.value(security).toLower();
    if (mode.isEmpty() || mode == QLatin1String("starttls"))
        settings.security = SmtpSecurity::StartTls;
    else if (mode == QLatin1String("tls"))
        settings.security = SmtpSecurity::ImplicitTls;
    else if (mode == QLatin1String("none"))
        settings.security = SmtpSecurity::None;
    else
        return usageError(tr("--security must be tls, starttls or none"));
    if (mode.isEmpty() && p.value(port) == QLatin1String("465"))
        settings.security = SmtpSecurity::ImplicitTls;
    settings.port = settings.security == SmtpSecurity::ImplicitTls ? 465 : settings.security == SmtpSecurity::None ? 25 : 587;
    if (p.isSet(port)) {
        bool ok = false;
        const uint n = p.value(port).toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return usageError(tr("--port must be a number from 1 to 65535"));
        settings.port = quint16(n);
    }
    const bool useAccountSecurity = haveAccount && mode.isEmpty();
    if (useAccountSecurity) {
        settings.security = saved.security;
        if (!p.isSet(port))
            settings.port = saved.port;
    }
    // The account's "I understand the risks" counts only for the clear text it was given for.
    settings.allowInsecure = settings.allowAuthWithoutTls =
        p.isSet(insecure) || (useAccountSecurity && saved.toSmtpSettings().allowInsecure);
    if (settings.security == SmtpSecurity::None && !settings.allowInsecure)
        return usageError(tr("--security none sends everything readable by anyone on the way; add --insecure-allow-plain to allow it"));
    if (p.isSet(cafile)) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(p.value(cafile), QSsl::Pem);
        if (certs.isEmpty())
            return usageError(tr("no PEM certificate in %1").arg(p.value(cafile)));
        settings.extraCaCertificates = certs;
    }
    if (haveAccount)
        settings.pinnedSha256 = saved.toSmtpSettings().pinnedSha256; // --pin adds to it
    for (const QString& fp : p.values(pin)) {
        if (SmtpSettings::normalizedFingerprint(fp).isEmpty())
            return usageError(tr("--pin needs a SHA-256 fingerprint (64 hex digits)"));
        settings.pinnedSha256.append(fp);
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        const double seconds = p.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400)
            return usageError(tr("--timeout must be a positive number of seconds"));
        settings.timeouts = SmtpTimeouts::uniform(int(seconds * 1000));
    }
    settings.usePipelining = !p.isSet(noPipelining);
    settings.useChunking = !p.isSet(noChunking);
    settings.ehloName = p.value(ehlo);

    // --- the proxy: the option replaces the account's; its password, like every secret, never
    // comes from an argument ---
    const bool proxyFromAccount = haveAccount && !p.isSet(proxyOption);
    if (p.isSet(proxyOption)) {
        QString proxyProblem;
        if (!ProxySpec::parse(p.value(proxyOption), &settings.proxy, &proxyProblem))
            return usageError(tr("--proxy: %1").arg(proxyProblem));
        if (settings.proxy.type() == QNetworkProxy::DefaultProxy)
            settings.proxy = ProxySpec::systemProxyFor(settings.host, settings.port);
    } else if (haveAccount) {
        settings.proxy = saved.toSmtpSettings().proxy; // its password from the keychain, below
    }
    if (p.isSet(proxyUser)) {
        if (settings.proxy.type() != QNetworkProxy::Socks5Proxy && settings.proxy.type() != QNetworkProxy::HttpProxy)
            return usageError(tr("--proxy-user needs --proxy socks5://… or http://…"));
        settings.proxy.setUser(p.value(proxyUser));
    }
    if (p.isSet(proxyPasswordFile)) {
        QFile f(p.value(proxyPasswordFile));
        if (!f.open(QIODevice::ReadOnly))
            return inputError(tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        settings.proxy.setPassword(QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')));
    } else if (qEnvironmentVariableIsSet("QOURIER_PROXY_PASSWORD")) {
        settings.proxy.setPassword(qEnvironmentVariable("QOURIER_PROXY_PASSWORD"));
    }
    const bool proxyPasswordFromKeychain = proxyFromAccount && !saved.proxyUser.isEmpty() && settings.proxy.password().isEmpty()
        && (saved.proxyType == Account::ProxyType::Socks5 || saved.proxyType == Account::ProxyType::Http);
    if (!settings.proxy.user().isEmpty() && settings.proxy.password().isEmpty() && !proxyPasswordFromKeychain)
        return usageError(tr("a proxy user needs a password: QOURIER_PROXY_PASSWORD or --proxy-password-file"));

    // --- the secret: never an argument, which any user could read in the process list ---
    SmtpCredentials credentials;
    credentials.user = p.isSet(user) || !haveAccount ? p.value(user) : saved.userName;
    QString secret;
    if (p.isSet(passwordStdin)) {
        if (p.value(body) == QLatin1String("-"))
            return usageError(tr("--password-stdin and --body - both want standard input"));
        QTextStream in(stdin);
        secret = in.readLine();
    } else {
        const QString var = p.isSet(passwordEnv) ? p.value(passwordEnv) : QStringLiteral("QOURIER_PASSWORD");
        secret = qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    // With an account, a missing secret comes from the keychain (below).
    const bool secretFromKeychain = haveAccount && !credentials.user.isEmpty() && secret.isEmpty();
    if (!credentials.user.isEmpty() && secret.isEmpty() && !secretFromKeychain)
        return usageError(tr("--user needs a password: --password-stdin or the environment variable QOURIER_PASSWORD"));
    const QString mech = p.isSet(auth) || !haveAccount || saved.authMethod == Account::AuthMethod::Auto
        ? p.value(auth).toUpper()
        : Account::authMethodName(saved.authMethod).toUpper();
    // An XOAUTH2 account: the access token comes from OAuth2TokenSource (renewed with the refresh
    // token in the keychain), not from the keychain entry itself.
    const bool oauthFromKeychain = secretFromKeychain && mech == QLatin1String("XOAUTH2");
    if (!mech.isEmpty()) {
        if (!QStringList({QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5"), QStringLiteral("XOAUTH2")}).contains(mech))
            return usageError(tr("--auth must be plain, login, cram-md5 or xoauth2"));
        settings.allowedAuthMechanisms = {mech};
    }
    if (mech == QLatin1String("XOAUTH2"))
        credentials.accessToken = secret;
    else if (!credentials.user.isEmpty())
        credentials.password = secret;

    // --- the message ---
    MailMessage message;
    QString problem;
    if (haveAccount && !p.isSet(from))
        message.from = saved.sender();
    else if (!AddressParser::parseMailbox(p.value(from), &message.from, &problem))
        return usageError(tr("--from: %1").arg(problem));
    auto addresses = [&](const QCommandLineOption& option, QList<MailAddress>* out) {
        for (const QString& value : p.values(option)) {
            const QList<MailAddress> list = AddressParser::parseList(value, &problem);
            if (!problem.isEmpty())
                return false;
            *out += list;
        }
        return true;
    };
    if (!addresses(to, &message.to))
        return usageError(tr("--to: %1").arg(problem));
    if (!addresses(cc, &message.cc))
        return usageError(tr("--cc: %1").arg(problem));
    if (!addresses(bcc, &message.bcc))
        return usageError(tr("--bcc: %1").arg(problem));
    if (!addresses(replyTo, &message.replyTo))
        return usageError(tr("--reply-to: %1").arg(problem));
    if (message.to.isEmpty() && message.cc.isEmpty() && message.bcc.isEmpty())
        return usageError(tr("no recipients: give --to, --cc or --bcc"));
    message.subject = p.value(subject);
    if (p.isSet(body)) {
        message.textBody = readTextFile(p.value(body), &problem);
        if (!problem.isEmpty())
            return inputError(problem);
    }
    if (p.isSet(html)) {
        message.htmlBody = readTextFile(p.value(html), &problem);
        if (!problem.isEmpty())
            return inputError(problem);
    }
    for (const QString& file : p.values(attach)) {
        MailAttachment a;
        a.filePath = file;
        message.attachments.append(a);
    }
    for (const QString& file : p.values(inlineImage)) {
        MailAttachment a;
        a.filePath = file;
        a.contentId = QFileInfo(file).fileName();
        message.inlineImages.append(a);
    }
    if (!message.inlineImages.isEmpty() && message.htmlBody.isEmpty())
        return usageError(tr("--inline images need an --html body that shows them (<img src=\"cid:name\">)"));

    m_writer = MimeWriter::create(message, MimeWriter::Options(), &problem);
    if (!m_writer) {
        // The writer's reason is a sentence for people (and may be translated); the failure class
        // follows from the files themselves, not from words in it: a path may contain "address".
        const auto unreadable = [](const MailAttachment& a) {
            QFile f(a.filePath);
            return !QFileInfo(a.filePath).isFile() || !f.open(QIODevice::ReadOnly);
        };
        const bool fileProblem = std::any_of(message.attachments.cbegin(), message.attachments.cend(), unreadable)
            || std::any_of(message.inlineImages.cbegin(), message.inlineImages.cend(), unreadable);
        return fileProblem ? inputError(problem) : usageError(problem);
    }

    // What `qourier outbox list` shows (To and Cc; Bcc stays in the envelope only).
    m_subject = message.subject;
    QStringList shown;
    for (const MailAddress& a : message.to + message.cc)
        shown.append(a.toDisplayString());
    m_toDisplay = shown.join(QStringLiteral(", "));

    // --- the send ---
    m_showTranscript = p.isSet(transcript);
    m_showProgress = !p.isSet(quiet) && isatty(fileno(stderr));
    if (haveAccount && (secretFromKeychain || proxyPasswordFromKeychain)) {
        // The account's secrets (password, proxy password, an XOAUTH2 access token renewed with
        // the keychain's refresh token) from AccountResolver, asynchronously: the send starts
        // when they are in. No keychain: say so, never fall back to a file.
        m_credentialStore = std::make_unique<CredentialStore>();
        m_resolver = std::make_unique<AccountResolver>(m_credentialStore.get());
        m_keychainAccountId = saved.id; // `qourier outbox flush` reads the secret from there again
        m_account = saved;
        m_secretFromKeychain = secretFromKeychain;
        m_proxyPasswordFromKeychain = proxyPasswordFromKeychain;
        m_oauth = oauthFromKeychain;
        m_message = message; // a --no-queue retry with a renewed token builds the message again
        resolveAccount(settings, credentials, false, [this](const Resolved& r) {
            if (r.ok)
                startSession(r.settings, r.credentials);
            else
                fail(r);
        });
        return -1;
    }
    startSession(settings, credentials);
    return -1;
}

void SendCommand::startSession(const SmtpSettings& settings, const SmtpCredentials& credentials)
{
    m_sessionSettings = settings;
    m_sessionCredentials = credentials;
    if (m_queue) {
        startQueued(settings, credentials);
        return;
    }
    m_session = std::make_unique<SmtpSession>(settings);
    m_session->setCredentials(credentials);
    connect(m_session.get(), &SmtpSession::transcript, this, &SendCommand::onTranscript);
    connect(m_session.get(), &SmtpSession::uploadProgress, this, &SendCommand::onProgress);
    connect(m_session.get(), &SmtpSession::messageFinished, this, &SendCommand::onMessageFinished);
    connect(m_session.get(), &SmtpSession::finished, this, &SendCommand::onFinished);
    m_session->enqueue(m_writer->envelope(), m_writer.get());
    m_clock.start();
    m_session->start();
}

int SendCommand::inputError(const QString& message)
{
    err() << "qourier send: " << message << Qt::endl;
    return Input;
}

void SendCommand::onTranscript(SmtpSession::Direction direction, const QString& line)
{
    if (!m_showTranscript)
        return;
    if (m_progressShown) {
        err() << '\n';
        m_progressShown = false;
    }
    const char* prefix = direction == SmtpSession::Direction::Client ? "C: " : direction == SmtpSession::Direction::Server ? "S: " : "* ";
    err() << prefix << line << Qt::endl;
}

void SendCommand::onProgress(int, qint64 sent, qint64 total)
{
    if (!m_showProgress)
        return;
    // Redraw at most ten times a second: a terminal is slower than loopback.
    if (m_lastDraw.isValid() && m_lastDraw.elapsed() < 100 && sent != total)
        return;
    m_lastDraw.start();
    const double seconds = qMax<qint64>(m_clock.elapsed(), 1) / 1000.0;
    err() << '\r' << tr("Sending %1 of %2 (%3/s)").arg(humanBytes(sent), humanBytes(total), humanBytes(qint64(sent / seconds)))
          << "   " << Qt::flush;
    m_progressShown = true;
}

void SendCommand::onMessageFinished(const SmtpDelivery& delivery)
{
    m_delivery = delivery;
    m_haveDelivery = true;
}

void SendCommand::onFinished(const SmtpError& sessionError)
{
    if (m_progressShown)
        err() << '\n';
    const SmtpError error = m_haveDelivery && m_delivery.error.isError() ? m_delivery.error : sessionError;
    if (error.kind == SmtpError::Kind::AuthTokenExpired && m_oauth && !m_queue && !m_tokenRetried) {
        // --no-queue, XOAUTH2: the server refused the access token as expired or revoked (the
        // RFC 7628 §3.2.2 error with status 401) although it looked fresh. Renew it once and try
        // once more; a second refusal is reported as it is. Nothing was sent: AUTH precedes MAIL
        // FROM. (Through the outbox, OutboxSender does the same.)
        m_tokenRetried = true;
        if (m_showTranscript)
            err() << "* " << tr("the server refused the access token as expired: renewing it and trying once more") << Qt::endl;
        m_haveDelivery = false;
        m_delivery = SmtpDelivery();
        resolveAccount(m_sessionSettings, m_sessionCredentials, true, [this](const Resolved& r) {
                           if (!r.ok) {
                               fail(r);
                               return;
                           }
                           // From the token reply, not from the finished session's signal: the
                           // first session can go; the writer is sequential, so it is built again.
                           m_session.reset();
                           QString problem;
                           m_writer = MimeWriter::create(m_message, MimeWriter::Options(), &problem);
                           if (!m_writer) {
                               err() << "qourier send: " << problem << Qt::endl;
                               emit done(Input);
                               return;
                           }
                           startSession(r.settings, r.credentials);
                       });
        return;
    }
    const QStringList rejected = m_delivery.rejectedAddresses();
    if (!error.isError() && m_haveDelivery) {
        if (!rejected.isEmpty())
            err() << tr("qourier send: warning: refused by the server: %1").arg(rejected.join(QStringLiteral(", "))) << Qt::endl;
        QTextStream(stdout) << tr("Sent %1 to %n recipient(s): %2", nullptr, int(m_delivery.recipients.size() - rejected.size()))
                                   .arg(humanBytes(m_writer->size()), m_delivery.finalReply.text())
                            << Qt::endl;
        m_exitCode = Ok;
    } else {
        err() << "qourier send: " << error.toString() << m_outboxNote << Qt::endl;
        m_exitCode = error.isError() ? exitCodeFor(error) : Server;
    }
    emit done(m_exitCode);
}

// The outbox path (the default): the message's exact bytes and envelope go to the outbox first,
// fsynced, and the send reads them from there, so a crash or a temporary failure leaves it for
// `qourier outbox flush`, and a retry sends the same bytes with the same Message-ID.
void SendCommand::startQueued(const SmtpSettings& settings, const SmtpCredentials& credentials)
{
    if (!m_outbox) {
        m_outbox = std::make_unique<Outbox>();
        m_outbox->recoverAfterCrash();
        m_outbox->pruneSent(OutboxCommand::sentKeepDays());
    }
    OutboxEntry entry;
    entry.identity.kind = OutboxIdentity::Kind::Direct;
    entry.identity.settings = settings; // no secret is written: see OutboxIdentity::settingsToJson
    entry.identity.userName = credentials.user;
    entry.identity.accountId = m_keychainAccountId;
    entry.envelope = m_writer->envelope();
    entry.subject = m_subject;
    entry.toDisplay = m_toDisplay;
    QString problem;
    m_outboxId = m_outbox->add(*m_writer, entry, &problem);
    if (m_outboxId.isEmpty()) {
        err() << "qourier send: " << tr("cannot keep the message in the outbox: %1").arg(problem) << Qt::endl;
        QMetaObject::invokeMethod(this, [this] { emit done(Input); }, Qt::QueuedConnection);
        return;
    }

    // This send's own settings and secrets, resolved already; again only when the server
    // refused an XOAUTH2 token as expired.
    auto resolver = [this, settings, credentials](const OutboxEntry&, bool renewToken, OutboxSender::ResolveDone done) {
        if (!renewToken || !m_resolver) {
            OutboxSender::Resolution r;
            r.settings = settings;
            r.credentials = credentials;
            done(r);
            return;
        }
        if (m_showTranscript)
            err() << "* " << tr("the server refused the access token as expired: renewing it and trying once more") << Qt::endl;
        resolveAccount(settings, credentials, true, [done](const Resolved& resolved) {
            OutboxSender::Resolution r;
            if (!resolved.ok) {
                // The entry ends Failed with these words; onFinished() prints them.
                r.error.kind = resolved.exitCode == Connect ? SmtpError::Kind::Network : SmtpError::Kind::AuthFailed;
                r.error.detail = resolved.problem;
                r.permanent = true;
            }
            r.settings = resolved.settings;
            r.credentials = resolved.credentials;
            done(r);
        });
    };
    m_sender = std::make_unique<OutboxSender>(m_outbox.get(), resolver);
    connect(m_sender.get(), &OutboxSender::transcript, this,
            [this](const QString&, SmtpSession::Direction d, const QString& line) { onTranscript(d, line); });
    connect(m_sender.get(), &OutboxSender::progress, this,
            [this](const QString&, qint64 sent, qint64 total) { onProgress(0, sent, total); });
    connect(m_sender.get(), &OutboxSender::finished, this, &SendCommand::onEntryFinished);
    m_clock.start();
    m_sender->send({m_outboxId});
    if (!m_sender->isBusy()) {
        err() << "qourier send: " << tr("the outbox entry %1 could not be started").arg(m_outboxId) << Qt::endl;
        QMetaObject::invokeMethod(this, [this] { emit done(Server); }, Qt::QueuedConnection);
    }
}

void SendCommand::onEntryFinished(const QString& id, OutboxEntry::State state, const SmtpDelivery& delivery)
{
    if (id != m_outboxId)
        return;
    m_delivery = delivery;
    m_haveDelivery = delivery.index >= 0;
    // onFinished() prints the result as without the outbox; then what became of the entry.
    const SmtpError error = delivery.error;
    if (state == OutboxEntry::State::Failed) {
        // A permanent refusal: the exit code and the line above tell the script everything, and
        // the command line is its own draft; a failed entry would only pile up.
        m_outbox->remove(id);
    }
    // Still one line of error for scripts: what became of the message is its second half.
    if (state == OutboxEntry::State::Deferred)
        m_outboxNote = QStringLiteral(" -- ") + tr("the message stays in the outbox as %1; `qourier outbox flush` tries it again").arg(id);
    else if (state == OutboxEntry::State::Uncertain)
        m_outboxNote = QStringLiteral(" -- ")
            + tr("the connection ended after the whole message was sent, so the server may have accepted it; it stays in the "
                 "outbox as %1: check whether it arrived, then `qourier outbox mark-sent %1` or `qourier outbox resend %1`")
                  .arg(id);
    onFinished(error.isError() ? error : SmtpError());
}

// A saved account's secrets onto this send's settings (which the options may have changed).
void SendCommand::resolveAccount(SmtpSettings settings, SmtpCredentials credentials, bool renewToken,
                                 std::function<void(const Resolved&)> then)
{
    m_resolver->resolve(m_account, renewToken, [this, settings, credentials, then](const AccountResolver::Result& r) {
        using S = AccountResolver::Result::Status;
        Resolved out;
        out.settings = settings;
        out.credentials = credentials;
        if (m_oauth && r.status != S::Ok && r.status != S::PasswordNeeded) {
            out.problem = r.error;
            out.exitCode = r.status == S::Failed ? Connect : Auth;
            then(out);
            return;
        }
        if (m_secretFromKeychain && !m_oauth && r.status == S::PasswordNeeded) {
            out.problem = (r.keychainAnswered ? tr("the keychain holds no password for account \"%1\"").arg(m_account.label())
                                              : tr("no keychain answered"))
                + QLatin1Char(' ') + tr("give the password with --password-stdin or QOURIER_PASSWORD");
            out.exitCode = Auth;
            then(out);
            return;
        }
        if (m_oauth) {
            out.credentials.password.clear();
            out.credentials.accessToken = r.secrets.accessToken;
            if (out.credentials.user.isEmpty())
                out.credentials.user = m_account.address; // XOAUTH2's user= is the mailbox
        } else if (m_secretFromKeychain) {
            out.credentials.password = r.secrets.password;
        }
        if (m_proxyPasswordFromKeychain)
            out.settings.proxy.setPassword(r.secrets.proxyPassword);
        out.ok = true;
        then(out);
    });
}

void SendCommand::fail(const Resolved& resolved)
{
    err() << "qourier send: " << resolved.problem << Qt::endl;
    emit done(resolved.exitCode);
}
