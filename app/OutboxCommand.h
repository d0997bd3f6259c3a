#pragma once
// `qourier outbox`: the persistent outbox for scripts. list, flush (send every queued and
// deferred message now, on as few connections as possible), retry, delete, and the person's
// two answers for an uncertain message: resend or mark-sent.

#include "OutboxEntry.h"
#include "OutboxSender.h"

#include <QObject>
#include <QStringList>

#include <memory>

class AccountResolver;
class CredentialStore;
class Outbox;

class OutboxCommand : public QObject
{
    Q_OBJECT
public:
    explicit OutboxCommand(QObject* parent = nullptr);
    ~OutboxCommand() override;

    // An exit code (SendCommand::ExitCode values), or -1 when sending has started and done()
    // will follow.
    int start(const QStringList& arguments);

    // How long the local Sent folder keeps a message: the setting "outbox/keepSentDays"
    // (QSettings), Outbox::DefaultSentKeepDays when unset.
    static int sentKeepDays();

signals:
    void done(int exitCode);

private:
    int list(bool json);
    int sendNow(const QStringList& ids, bool all);
    void resolve(const OutboxEntry& entry, bool renewToken, OutboxSender::ResolveDone done);
    void onFinished(const QString& id, OutboxEntry::State state, const SmtpDelivery& delivery);
    void onIdle();

    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<CredentialStore> m_credentialStore;
    std::unique_ptr<AccountResolver> m_resolver;
    QString m_secret;         // --password-stdin / --password-env: for entries that sign in
    bool m_haveSecret = false;
    bool m_showTranscript = false;
    int m_sent = 0;
    int m_failedExit = 0;     // the exit code of the first entry that was not sent
};
