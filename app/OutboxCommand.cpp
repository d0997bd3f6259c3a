// `qourier outbox`: list and drain the outbox from a script (QCoreApplication, no display).
// Secrets are resolved the way `qourier send` takes them: from standard input or an environment
// variable, or for saved accounts from the system keychain; the outbox itself never holds one.

#include "OutboxCommand.h"

#include "AccountResolver.h"
#include "AccountStore.h"
#include "CredentialStore.h"
#include "Outbox.h"
#include "SendCommand.h"
#include "ServerSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSettings>
#include <QTextStream>

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

// One field of a tab-separated line: tabs and line breaks would split it.
QString field(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.isEmpty() ? QStringLiteral("-") : s;
}

SmtpError resolveError(SmtpError::Kind kind, const QString& why)
{
    SmtpError e;
    e.kind = kind;
    e.detail = why;
    return e;
}

} // namespace

OutboxCommand::OutboxCommand(QObject* parent)
    : QObject(parent)
{
}

OutboxCommand::~OutboxCommand() = default;

int OutboxCommand::sentKeepDays()
{
    return Outbox::sentKeepDaysSetting();
}

int OutboxCommand::start(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The outbox: every message `qourier send` or the window sends is kept here until the server accepts it.\n\n"
           "Commands:\n"
           "  list            one line per message: id, state, attempts, next try, subject, recipients, last error\n"
           "  flush           send every queued and deferred message now (exit 0 only if all were sent)\n"
           "  retry ID        send a deferred or failed message now\n"
           "  delete ID       remove a message from the outbox\n"
           "  resend ID       send an uncertain message again (it may then arrive twice)\n"
           "  mark-sent ID    an uncertain message did arrive: move it to Sent\n\n"
           "An uncertain message lost its connection after it was sent completely and before the server answered: "
           "it may or may not have been delivered, so it is never sent again without being told to."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("list, flush, retry, delete, resend or mark-sent."));
    p.addPositionalArgument(QStringLiteral("id"), tr("The message's id, as `list` shows it."), QStringLiteral("[id]"));
    const QCommandLineOption json({QStringLiteral("json")}, tr("list: the entries as a JSON array."));
    const QCommandLineOption passwordStdin({QStringLiteral("password-stdin")},
        tr("Read the password (or access token) for messages that sign in from the first line of standard input."));
    const QCommandLineOption passwordEnv({QStringLiteral("password-env")},
        tr("Read that password from this environment variable (default QOURIER_PASSWORD)."), tr("name"));
    const QCommandLineOption transcript({QStringLiteral("transcript")}, tr("Print the SMTP conversation to standard error (secrets hidden)."));
    p.addOptions({json, passwordStdin, passwordEnv, transcript});
    if (!p.parse(arguments)) {
        err() << "qourier outbox: " << p.errorText() << Qt::endl;
        return SendCommand::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return SendCommand::Ok;
    }
    const QStringList positional = p.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("list"));
    const QString id = positional.value(1);
    const bool needsId = command == QLatin1String("retry") || command == QLatin1String("delete")
        || command == QLatin1String("resend") || command == QLatin1String("mark-sent");
    if (!needsId && command != QLatin1String("list") && command != QLatin1String("flush")) {
        err() << "qourier outbox: " << tr("unknown command \"%1\" (see --help)").arg(command) << Qt::endl;
        return SendCommand::Usage;
    }
    if (needsId ? positional.size() != 2 : positional.size() > 1) {
        err() << "qourier outbox: " << (needsId ? tr("%1 needs exactly one id").arg(command) : tr("%1 takes no id").arg(command))
              << Qt::endl;
        return SendCommand::Usage;
    }

    if (p.isSet(passwordStdin)) {
        m_secret = QTextStream(stdin).readLine();
        m_haveSecret = true;
    } else {
        const QString var = p.isSet(passwordEnv) ? p.value(passwordEnv) : QStringLiteral("QOURIER_PASSWORD");
        m_haveSecret = qEnvironmentVariableIsSet(var.toLocal8Bit().constData());
        m_secret = qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    m_showTranscript = p.isSet(transcript);

    // At start, as the window does: what a crash left in Sending is sorted out first.
    m_outbox = std::make_unique<Outbox>();
    m_outbox->recoverAfterCrash();
    m_outbox->pruneSent(sentKeepDays());

    if (command == QLatin1String("list"))
        return list(p.isSet(json));
    if (command == QLatin1String("flush"))
        return sendNow({}, true);

    const OutboxEntry entry = m_outbox->entry(id);
    if (entry.id.isEmpty()) {
        err() << "qourier outbox: " << tr("no message %1 in the outbox").arg(id) << Qt::endl;
        return SendCommand::Usage;
    }
    QString problem;
    if (command == QLatin1String("delete")) {
        if (!m_outbox->tryLock(id)) { // released at once: only asks whether another Qourier sends it
            err() << "qourier outbox: " << tr("%1 is being sent right now").arg(id) << Qt::endl;
            return SendCommand::Usage;
        }
        if (!m_outbox->remove(id, &problem)) {
            err() << "qourier outbox: " << problem << Qt::endl;
            return SendCommand::Input;
        }
        out() << tr("Deleted %1").arg(id) << Qt::endl;
        return SendCommand::Ok;
    }
    if (command == QLatin1String("mark-sent")) {
        if (entry.state != OutboxEntry::State::Uncertain) {
            err() << "qourier outbox: " << tr("%1 is %2, not uncertain").arg(id, OutboxEntry::stateName(entry.state)) << Qt::endl;
            return SendCommand::Usage;
        }
        if (!m_outbox->markSent(id, QString(), &problem)) {
            err() << "qourier outbox: " << problem << Qt::endl;
            return SendCommand::Input;
        }
        out() << tr("Moved %1 to Sent").arg(id) << Qt::endl;
        return SendCommand::Ok;
    }
    const bool ok = command == QLatin1String("resend") ? m_outbox->resend(id, &problem) : m_outbox->retry(id, &problem);
    if (!ok) {
        err() << "qourier outbox: " << problem << Qt::endl;
        return SendCommand::Usage;
    }
    return sendNow({id}, false);
}

int OutboxCommand::list(bool json)
{
    const QList<OutboxEntry> entries = m_outbox->entries();
    if (json) {
        QJsonArray array;
        for (const OutboxEntry& e : entries)
            array.append(e.toJson());
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return SendCommand::Ok;
    }
    for (const OutboxEntry& e : entries) {
        out() << e.id << '\t' << OutboxEntry::stateName(e.state) << '\t' << e.attempts << '\t'
              << (e.state == OutboxEntry::State::Deferred ? localTime(e.nextAttempt) : QStringLiteral("-")) << '\t'
              << field(e.subject) << '\t' << field(e.envelope.recipients.join(QStringLiteral(", "))) << '\t'
              << field(e.lastError.text) << '\n';
    }
    out().flush();
    return SendCommand::Ok;
}

int OutboxCommand::sendNow(const QStringList& ids, bool all)
{
    m_sender = std::make_unique<OutboxSender>(m_outbox.get(),
        [this](const OutboxEntry& entry, bool renewToken, OutboxSender::ResolveDone done) {
            resolve(entry, renewToken, std::move(done));
        });
    connect(m_sender.get(), &OutboxSender::finished, this, &OutboxCommand::onFinished);
    connect(m_sender.get(), &OutboxSender::idle, this, &OutboxCommand::onIdle);
    connect(m_sender.get(), &OutboxSender::transcript, this, [this](const QString&, SmtpSession::Direction d, const QString& line) {
        if (m_showTranscript)
            err() << (d == SmtpSession::Direction::Client ? "C: " : d == SmtpSession::Direction::Server ? "S: " : "* ") << line << Qt::endl;
    });
    if (all)
        m_sender->flushAll();
    else
        m_sender->send(ids);
    if (!m_sender->isBusy()) {
        // Nothing was started (or everything ended at once, e.g. every identity unresolvable).
        if (m_sent == 0 && m_failedExit == 0) {
            if (!all) {
                err() << "qourier outbox: " << tr("%1 is being sent by another Qourier right now").arg(ids.value(0)) << Qt::endl;
                return SendCommand::Server;
            }
            out() << tr("Nothing to send.") << Qt::endl;
        }
        const int uncertain = m_outbox->count(OutboxEntry::State::Uncertain);
        if (uncertain > 0)
            err() << tr("qourier outbox: %n message(s) may already have been delivered and wait for you: see `qourier outbox list`",
                        nullptr, uncertain)
                  << Qt::endl;
        return m_failedExit;
    }
    return -1;
}

void OutboxCommand::onFinished(const QString& id, OutboxEntry::State state, const SmtpDelivery& delivery)
{
    if (state == OutboxEntry::State::Sent) {
        ++m_sent;
        out() << tr("Sent %1: %2").arg(id, delivery.finalReply.text()) << Qt::endl;
        return;
    }
    if (state == OutboxEntry::State::Queued)
        return; // its connection was cancelled for another entry; it simply waits
    if (m_failedExit == 0)
        m_failedExit = SendCommand::exitCodeFor(delivery.error);
    if (m_failedExit == 0)
        m_failedExit = SendCommand::Server;
    err() << "qourier outbox: " << id << ' ' << OutboxEntry::stateName(state) << ": " << delivery.error.toString() << Qt::endl;
}

void OutboxCommand::onIdle()
{
    const int uncertain = m_outbox->count(OutboxEntry::State::Uncertain);
    if (uncertain > 0)
        err() << tr("qourier outbox: %n message(s) may already have been delivered and wait for you: see `qourier outbox list`",
                    nullptr, uncertain)
              << Qt::endl;
    emit done(m_failedExit);
}

// Settings and secret for one identity, as `qourier send` would have them. A saved account's
// secrets come from AccountResolver (keychain; XOAUTH2 tokens renewed with the refresh token),
// unless a password was given to this command.
void OutboxCommand::resolve(const OutboxEntry& entry, bool renewToken, OutboxSender::ResolveDone done)
{
    OutboxSender::Resolution r;
    const OutboxIdentity& who = entry.identity;
    Account account;
    switch (who.kind) {
    case OutboxIdentity::Kind::Sandbox:
        r.error = resolveError(SmtpError::Kind::ConnectionRefused,
                               tr("this message goes to the built-in sandbox, which runs in the Qourier window: open the window to send it"));
        done(r);
        return;
    case OutboxIdentity::Kind::Account:
        account = AccountStore().account(who.accountId);
        if (account.id.isEmpty()) {
            r.error = resolveError(SmtpError::Kind::InvalidInput, tr("the account of this message no longer exists"));
            r.permanent = true;
            done(r);
            return;
        }
        r.settings = account.toSmtpSettings();
        r.credentials.user = account.userName;
        break;
    case OutboxIdentity::Kind::Server: {
        const ServerSettings server = ServerSettings::load(QSettings());
        QString problem;
        if (!server.isComplete() || !server.toSmtpSettings(&r.settings, &problem)) {
            r.error = resolveError(SmtpError::Kind::InvalidInput, problem.isEmpty() ? tr("no server is configured") : problem);
            done(r);
            return;
        }
        r.credentials.user = server.user;
        break;
    }
    case OutboxIdentity::Kind::Direct:
        r.settings = who.settings;
        r.credentials.user = who.userName;
        if (!who.accountId.isEmpty())
            account = AccountStore().account(who.accountId);
        break;
    }
    const bool oauth = r.settings.allowedAuthMechanisms == QStringList{QStringLiteral("XOAUTH2")};
    if (!r.settings.proxy.user().isEmpty() && qEnvironmentVariableIsSet("QOURIER_PROXY_PASSWORD"))
        r.settings.proxy.setPassword(qEnvironmentVariable("QOURIER_PROXY_PASSWORD"));
    const bool needSecret = !r.credentials.user.isEmpty() || (oauth && !account.id.isEmpty());
    const bool needProxySecret = !r.settings.proxy.user().isEmpty() && r.settings.proxy.password().isEmpty();

    // A password (or token) given to this command serves every entry that signs in.
    if (needSecret && m_haveSecret) {
        (oauth ? r.credentials.accessToken : r.credentials.password) = m_secret;
        if (!needProxySecret || account.id.isEmpty()) {
            done(r);
            return;
        }
    } else if (!needSecret && !needProxySecret) {
        done(r);
        return;
    }
    if (account.id.isEmpty()) {
        // Deferred, not failed: the same flush with the password given sends it.
        r.error = resolveError(SmtpError::Kind::AuthUnavailable,
                               needSecret ? tr("this message signs in as \"%1\": give the password with --password-stdin or QOURIER_PASSWORD")
                                                .arg(r.credentials.user)
                                          : tr("the proxy needs a password: QOURIER_PROXY_PASSWORD"));
        done(r);
        return;
    }
    if (!m_credentialStore)
        m_credentialStore = std::make_unique<CredentialStore>();
    if (!m_resolver)
        m_resolver = std::make_unique<AccountResolver>(m_credentialStore.get());
    if (m_haveSecret)
        m_resolver->setPassword(account.id, m_secret);
    const bool given = needSecret && m_haveSecret;
    m_resolver->resolve(account, renewToken && !given, [r, done, needProxySecret, given, oauth](const AccountResolver::Result& a) mutable {
        using S = AccountResolver::Result::Status;
        if (!given && a.status != S::Ok) {
            switch (a.status) {
            case S::PasswordNeeded:
                r.error = resolveError(SmtpError::Kind::AuthUnavailable,
                                       (a.keychainAnswered ? tr("the keychain holds no password for this message's account")
                                                           : tr("no keychain answered"))
                                           + QStringLiteral(": ") + tr("give the password with --password-stdin or QOURIER_PASSWORD"));
                break;
            case S::SignInNeeded:
                r.error = resolveError(SmtpError::Kind::AuthFailed, a.error);
                r.permanent = true;
                break;
            default:
                r.error = resolveError(SmtpError::Kind::AuthUnavailable, a.error);
                break;
            }
            done(r);
            return;
        }
        if (!given) {
            if (oauth)
                r.credentials.accessToken = a.secrets.accessToken;
            else
                r.credentials.password = a.secrets.password;
            if (r.credentials.user.isEmpty())
                r.credentials.user = a.credentials.user;
        }
        if (needProxySecret)
            r.settings.proxy.setPassword(a.secrets.proxyPassword);
        done(r);
    });
}
