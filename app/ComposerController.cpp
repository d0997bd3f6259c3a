#include "ComposerController.h"

#include "AccountStore.h"
#include "AttachmentListWidget.h"
#include "AttachmentReminder.h"
#include "ComposerWindow.h"
#include "ConnectionLogDock.h"
#include "ConnectionWizardController.h"
#include "DialogAsker.h"
#include "DraftsDialog.h"
#include "ErrorText.h"
#include "MessageBuilder.h"
#include "MimeWriter.h"
#include "Outbox.h"
#include "SandboxRunner.h"
#include "SendProgressPanel.h"
#include "ServerSettingsDialog.h"
#include "StartupRequest.h"
#include "TranscriptAnnotator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool concernsSettings(SmtpError::Kind kind)
{
    using K = SmtpError::Kind;
    switch (kind) {
    case K::HostLookup:
    case K::ConnectionRefused:
    case K::TlsHandshake:
    case K::CertificateRejected:
    case K::StartTlsUnavailable:
    case K::InsecureRefused:
    case K::AuthUnavailable:
    case K::AuthFailed:
    case K::SenderRejected:
        return true;
    default:
        return false;
    }
}

const QString kUndoDelayKey = QStringLiteral("send/undoSeconds");

int autosaveMsFromEnvironment()
{
    // The kill -9 test (and anyone impatient) shortens the interval; garbage keeps the default.
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("QOURIER_AUTOSAVE_MS", &ok);
    return ok && ms > 0 ? ms : ComposerController::DefaultAutosaveMs;
}

QString recipientsOf(const ComposerDraft& draft)
{
    QStringList parts;
    for (const QString& field : {draft.to, draft.cc, draft.bcc}) {
        if (!field.trimmed().isEmpty())
            parts.append(field.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

QStringList fileNames(const QStringList& paths)
{
    QStringList names;
    for (const QString& path : paths)
        names.append(QFileInfo(path).fileName());
    return names;
}

} // namespace

ComposerController::ComposerController(const Environment& environment, QObject* parent)
    : QObject(parent)
    , m_settings(environment.settings)
    , m_addressBook(environment.addressBookPath.isEmpty() ? AddressBook::defaultPath() : environment.addressBookPath)
    , m_cacheDir(environment.cacheDir.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/outgoing")
                     : environment.cacheDir)
{
    Q_ASSERT(m_settings);
    m_sandbox = environment.sandbox;
    m_accounts = environment.accounts;
    if (!m_accounts) {
        m_ownAccounts = std::make_unique<AccountStore>();
        m_accounts = m_ownAccounts.get();
    }
    m_credentials = environment.credentials;
    if (!m_credentials) {
        m_ownCredentials = std::make_unique<CredentialStore>();
        m_credentials = m_ownCredentials.get();
    }
    m_resolver = std::make_unique<AccountResolver>(m_credentials);
    m_asker = environment.asker;
    if (!m_asker) {
        m_ownAsker = std::make_unique<DialogAsker>();
        m_asker = m_ownAsker.get();
    }
    m_window = std::make_unique<ComposerWindow>(m_asker);
    if (m_ownAsker)
        m_ownAsker->setParentWidget(m_window.get());
    m_window->connectionLog()->setAnnotator(&TranscriptAnnotator::explain);

    m_sender = new SendController(this);
    connect(m_sender, &SendController::stateChanged, m_window->progressPanel(), &SendProgressPanel::setState);
    connect(m_sender, &SendController::progress, m_window->progressPanel(), &SendProgressPanel::setUpload);
    connect(m_sender, &SendController::transcript, m_window->connectionLog(), &ConnectionLogDock::appendLine);
    connect(m_sender, &SendController::finished, this, &ComposerController::onSendFinished);

    connect(m_window.get(), &ComposerWindow::sendRequested, this, &ComposerController::requestSend);
    connect(m_window.get(), &ComposerWindow::cancelRequested, this, &ComposerController::onCancelRequested);
    connect(m_window.get(), &ComposerWindow::serverSettingsRequested, this, [this]() { openServerSettings(false); });
    connect(m_window.get(), &ComposerWindow::addAccountRequested, this, [this]() { openAccountWizard(); });
    // Saved by the wizard or by another part of the application: From follows.
    connect(m_accounts, &AccountStore::accountsChanged, this, &ComposerController::updateIdentities);
    connect(m_window.get(), &ComposerWindow::sandboxMailRequested, this,
            [this]() { emit sandboxMailRequested(QString()); });
    connect(m_window.get(), &ComposerWindow::identityChanged, this, &ComposerController::onIdentityChanged);
    connect(m_window->noticePanel(), &NoticePanel::actionTriggered, this, &ComposerController::onNoticeAction);
    m_window->setSandboxAvailable(m_sandbox != nullptr);

    m_server = ServerSettings::load(*m_settings);
    m_addressBook.load();
    m_window->setCompletions(m_addressBook.completions());
    updateIdentities();

    // Drafts: this composer's autosave is locked for as long as it runs, so another instance
    // never takes it for a crash leftover.
    m_drafts = std::make_unique<DraftStore>(environment.draftsDir);
    m_autosaveId = DraftStore::newId();
    m_drafts->claim(m_autosaveId);
    m_autosaveTimer.setInterval(autosaveMsFromEnvironment());
    connect(&m_autosaveTimer, &QTimer::timeout, this, &ComposerController::autosave);
    m_autosaveTimer.start();
    connect(m_window.get(), &ComposerWindow::contentChanged, this, [this]() { m_autosaveDirty = true; });
    connect(m_window.get(), &ComposerWindow::deactivated, this, &ComposerController::autosave);
    connect(m_window.get(), &ComposerWindow::saveDraftRequested, this, &ComposerController::saveDraft);
    connect(m_window.get(), &ComposerWindow::discardRequested, this,
            [this]() { m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId); });
    connect(m_window.get(), &ComposerWindow::closed, this, &ComposerController::onWindowClosed);
    connect(m_window.get(), &ComposerWindow::draftsRequested, this, &ComposerController::openDrafts);
    connect(m_window.get(), &ComposerWindow::accountsRequested, this, &ComposerController::openAccounts);
    connect(m_window.get(), &ComposerWindow::undoSendRequested, this, &ComposerController::undoSend);
    connect(m_window.get(), &ComposerWindow::undoDelayChosen, this, &ComposerController::setUndoDelay);
    m_window->setUndoDelay(undoDelay());
    m_undoTimer.setInterval(1000);
    connect(&m_undoTimer, &QTimer::timeout, this, &ComposerController::onUndoTick);
    // The signature the identities put in is not a change of the person's.
    m_window->setModified(false);
    m_autosaveDirty = false;

    // With a sandbox the composer is ready to send from the start, and its banner says where
    // messages go; without one, the server has to be set up first.
    if (!hasRealServer() && !m_sandbox) {
        NoticePanel::Notice notice;
        notice.kind = NoticePanel::Kind::Info;
        notice.title = tr("Set up your outgoing server");
        notice.text = tr("Qourier needs to know which server sends your mail and which address you send from.");
        notice.actionText = tr("Server Settings…");
        showNotice(notice, NoticeAction::ServerSettings);
        m_setupNoticeShown = true;
    }
}

ComposerController::~ComposerController()
{
    // A normal end (the application quits after its close questions): nothing to restore.
    m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
    m_drafts->release(m_autosaveId);
    MessageBuilder::removeTemporaryFiles(m_temporaryFiles);
    // The wizard's controller before the account and keychain stores it uses (it is a child,
    // which ~QObject would delete only after them); the wizard itself goes with the window.
    delete m_wizard;
    // The window goes first: its questions' callbacks are guarded and the sender stops quietly.
    m_window.reset();
}

void ComposerController::setServerSettings(const ServerSettings& settings)
{
    const bool sameAccount = settings.host.compare(m_server.host, Qt::CaseInsensitive) == 0
        && settings.port == m_server.port && settings.user == m_server.user;
    if (!sameAccount)
        m_password.clear();
    m_server = settings;
    m_server.save(*m_settings);
    updateIdentities();
    if (m_setupNoticeShown && m_server.isComplete()) {
        m_window->noticePanel()->dismiss();
        m_setupNoticeShown = false;
    }
}

void ComposerController::updateIdentities()
{
    QList<MailAddress> identities;
    QStringList signatures;
    QStringList labels;
    // An account the person chose stays chosen when the list changes (another account added,
    // the default changed): the window would otherwise keep only its position.
    const QString chosenAccount = m_window->isSending() ? QString() : selectedAccountId();
    m_identityAccounts.clear();
    QList<Account> accounts = m_accounts->accounts();
    // The default account first: a new message is sent from it unless the person picks another.
    const QString defaultId = m_accounts->defaultAccountId();
    for (int i = 1; i < accounts.size(); ++i) {
        if (accounts.at(i).id == defaultId) {
            accounts.move(i, 0);
            break;
        }
    }
    for (const Account& account : accounts) {
        identities.append(account.sender());
        signatures.append(account.signature);
        labels.append(QString());
        m_identityAccounts.append(account.id);
    }
    // The old single server only until the first account: the wizard is the way forward. With a
    // sandbox to fall back on, a half-configured server is not offered: sending from it would
    // only open the settings again.
    const bool server = accounts.isEmpty() && (m_sandbox ? m_server.isComplete() : !m_server.senderAddress.isEmpty());
    if (server) {
        identities.append(m_server.sender());
        signatures.append(m_server.signature);
        labels.append(QString());
        m_identityAccounts.append(QString());
    }
    m_sandboxIdentity = -1;
    if (m_sandbox) {
        m_sandboxIdentity = int(identities.size());
        identities.append(sandboxSender());
        signatures.append(!accounts.isEmpty() ? accounts.constFirst().signature
                                              : server ? m_server.signature : QString());
        labels.append(tr("Sandbox (this computer)"));
        m_identityAccounts.append(QString());
    }
    // The window keeps the current index: the first real server takes the sandbox's place as
    // the current identity, and a person who picked the sandbox keeps it when settings change.
    m_window->setIdentities(identities, signatures, labels);
    const int chosen = chosenAccount.isEmpty() ? -1 : int(m_identityAccounts.indexOf(chosenAccount));
    if (chosen >= 0 && chosen != m_window->currentIdentity())
        m_window->setCurrentIdentity(chosen);
    updateAccountsDialog();
}

MailAddress ComposerController::sandboxSender() const
{
    if (!m_server.senderAddress.trimmed().isEmpty())
        return m_server.sender();
    const QList<Account> accounts = m_accounts->accounts();
    if (!accounts.isEmpty())
        return accounts.constFirst().sender();
    // RFC 6761 §6.3: .localhost names never leave the machine, like the sandbox's mail.
    return MailAddress{QString(), QStringLiteral("me@sandbox.localhost")};
}

bool ComposerController::isSandboxSelected() const
{
    return m_sandbox && m_sandboxIdentity >= 0 && m_window->currentIdentity() == m_sandboxIdentity;
}

QString ComposerController::selectedAccountId() const
{
    return m_identityAccounts.value(m_window->currentIdentity());
}

bool ComposerController::hasRealServer() const
{
    return m_server.isComplete() || !m_accounts->accounts().isEmpty();
}

void ComposerController::chooseSandbox()
{
    if (m_sandboxIdentity >= 0 && !m_window->isSending())
        m_window->setCurrentIdentity(m_sandboxIdentity);
}

void ComposerController::onIdentityChanged()
{
    if (!m_sandbox)
        return;
    const bool sandbox = isSandboxSelected();
    m_window->setSandboxBannerVisible(sandbox, !hasRealServer());
    if (!sandbox || m_sandbox->isRunning())
        return;
    // Started when first needed: at start-up with no account, or when the person picks it.
    QString error;
    if (!m_sandbox->start(&error))
        showProblem(tr("The sandbox is not available"), error,
                    tr("Sending to it will try again. Set up a real account to send your mail."));
}

QString ComposerController::destinationName() const
{
    if (m_toSandbox)
        return tr("the sandbox", "where a message is sent: “Connecting to the sandbox…”");
    return m_account.id.isEmpty() ? m_server.host : m_account.host.trimmed();
}

void ComposerController::showNotice(const NoticePanel::Notice& notice, NoticeAction action)
{
    m_noticeAction = notice.actionText.isEmpty() ? NoticeAction::None : action;
    m_window->showNotice(notice);
}

void ComposerController::onNoticeAction()
{
    switch (m_noticeAction) {
    case NoticeAction::None:
        break;
    case NoticeAction::ServerSettings:
        openServerSettings(false);
        break;
    case NoticeAction::EditAccount:
        openAccountWizard(m_account.id);
        break;
    case NoticeAction::ShowSandboxMessage:
        emit sandboxMailRequested(m_sandboxMessage);
        break;
    case NoticeAction::ShowOutbox:
        emit m_window->outboxRequested(); // as File ▸ Outbox
        break;
    }
}

void ComposerController::applyStartup(const StartupRequest& request)
{
    m_window->setRecipients(request.to.join(QStringLiteral(", ")), request.cc.join(QStringLiteral(", ")),
                            request.bcc.join(QStringLiteral(", ")));
    if (!request.subject.isEmpty())
        m_window->setSubject(request.subject);
    if (!request.body.isEmpty())
        m_window->setBodyText(request.body);
    m_window->addAttachments(request.attachments);
    if (!request.problems.isEmpty()) {
        NoticePanel::Notice notice;
        notice.kind = NoticePanel::Kind::Warning;
        notice.title = tr("Not everything could be taken over");
        notice.text = request.problems.join(QLatin1Char('\n'));
        showNotice(notice);
    }
    if (!request.to.isEmpty())
        m_window->focusField(request.subject.isEmpty() ? ComposerWindow::Field::Subject : ComposerWindow::Field::Body);
}

void ComposerController::openServerSettings(bool sendAfterwards)
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto* dialog = new ServerSettingsDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValues(m_server.toDialogValues());
    connect(dialog, &QDialog::accepted, this, [this, dialog, sendAfterwards]() {
        setServerSettings(m_server.withDialogValues(dialog->values()));
        m_window->noticePanel()->dismiss();
        m_window->showStatus(tr("Server settings saved."), 5000);
        if (sendAfterwards)
            requestSend();
    });
    m_settingsDialog = dialog;
    // open(), not exec(): the window keeps its event loop.
    dialog->open();
}

ConnectionWizardController* ComposerController::accountWizard() const
{
    return m_wizard;
}

void ComposerController::openAccountWizard(const QString& accountId)
{
    if (m_wizard) {
        m_wizard->wizard()->raise();
        m_wizard->wizard()->activateWindow();
        return;
    }
    ConnectionWizardController::Environment environment;
    environment.accounts = m_accounts;
    environment.credentials = m_credentials;
    environment.tokens = m_resolver->tokens(); // a fresh sign-in's token serves the first send
    environment.parentWidget = m_window.get();
    auto* controller = new ConnectionWizardController(environment, this);
    if (!accountId.isEmpty() && m_accounts->contains(accountId))
        controller->editAccount(accountId);
    // Closed, saved or not: the wizard (a child of the window, which would keep it) and its
    // controller go; the next "Use a real account…" starts afresh.
    connect(controller->wizard(), &QDialog::finished, controller, &QObject::deleteLater);
    connect(controller->wizard(), &QDialog::finished, controller->wizard(), &QObject::deleteLater);
    connect(controller, &ConnectionWizardController::accountSaved, this, [this](const Account& account, bool) {
        // Edited settings may name another user or server: the next send reads the keychain again.
        m_resolver->forget(account.id);
        updateIdentities();
        // The account just set up is what the person means to send from next.
        const int index = int(m_identityAccounts.indexOf(account.id));
        if (index >= 0 && !m_window->isSending())
            m_window->setCurrentIdentity(index);
        m_window->noticePanel()->dismiss();
        m_setupNoticeShown = false;
    });
    m_wizard = controller;
    // open(), not exec(): the window keeps its event loop.
    controller->wizard()->open();
}

void ComposerController::requestSend()
{
    if (m_busy || m_sender->isBusy())
        return;
    m_busy = true;
    // The identity cannot change while sending (From is locked), so this holds to the end.
    m_toSandbox = isSandboxSelected();
    m_account = m_accounts->account(selectedAccountId());
    m_window->noticePanel()->dismiss();
    continueFrom(Step::Settings);
}

void ComposerController::abortSend()
{
    m_sender->discard();
    MessageBuilder::removeTemporaryFiles(m_temporaryFiles);
    m_temporaryFiles.clear();
    m_busy = false;
}

void ComposerController::showProblem(const QString& title, const QString& text, const QString& advice)
{
    NoticePanel::Notice notice;
    notice.kind = NoticePanel::Kind::Warning;
    notice.title = title;
    notice.text = text;
    notice.advice = advice;
    showNotice(notice);
}

void ComposerController::continueFrom(Step step)
{
    QPointer<ComposerController> self(this);
    switch (step) {
    case Step::Settings:
        if (!m_toSandbox && m_account.id.isEmpty() && !m_server.isComplete()) {
            abortSend();
            openServerSettings(true);
            return;
        }
        [[fallthrough]];

    case Step::Recipients: {
        if (!m_window->validateRecipients()) {
            abortSend();
            showProblem(tr("Some addresses are not valid"),
                        tr("The marked fields contain addresses that cannot be sent to."),
                        tr("Point at a red field to see which address is wrong, then correct it."));
            return;
        }
        m_draft = m_window->draft();
        QList<MailAddress> to, cc, bcc;
        QString error;
        if (!MessageBuilder::parseRecipients(m_draft, &to, &cc, &bcc, &error)) {
            abortSend();
            showProblem(tr("Some addresses are not valid"), error);
            return;
        }
        m_recipients = to + cc + bcc;
        if (m_recipients.isEmpty()) {
            abortSend();
            showProblem(tr("No recipients"), tr("Add at least one address in To, Cc or Bcc."));
            m_window->focusField(ComposerWindow::Field::To);
            return;
        }
        [[fallthrough]];
    }

    case Step::Subject:
        if (m_draft.subject.trimmed().isEmpty()) {
            Asker::Question q;
            q.title = tr("No Subject");
            q.text = tr("Send this message without a subject?");
            q.informativeText = tr("A subject helps the recipients see what the message is about.");
            q.acceptText = tr("Send Without Subject");
            q.rejectText = tr("Add a Subject");
            m_asker->ask(q, [self](bool accepted) {
                if (!self)
                    return;
                if (!accepted) {
                    self->abortSend();
                    self->m_window->focusField(ComposerWindow::Field::Subject);
                    return;
                }
                self->continueFrom(Step::AttachmentReminder);
            });
            return;
        }
        [[fallthrough]];

    case Step::AttachmentReminder:
        if (m_draft.attachments.isEmpty()) {
            const QString word = AttachmentReminder::findKeyword(m_draft.subject + QLatin1Char('\n') + m_draft.textForChecks);
            if (!word.isEmpty()) {
                Asker::Question q;
                q.title = tr("No Attachment");
                q.text = tr("The message mentions “%1”, but nothing is attached.").arg(word);
                q.informativeText = tr("Send it anyway, or go back and attach the files?");
                q.acceptText = tr("Send Anyway");
                q.rejectText = tr("Attach Files…");
                q.tone = Asker::Question::Tone::Warning;
                m_asker->ask(q, [self](bool accepted) {
                    if (!self)
                        return;
                    if (!accepted) {
                        self->abortSend();
                        self->m_window->chooseAttachments();
                        return;
                    }
                    self->continueFrom(Step::Build);
                });
                return;
            }
        }
        [[fallthrough]];

    case Step::Build: {
        MessageBuilder::Result built;
        QString error;
        const MailAddress sender = m_toSandbox ? sandboxSender()
            : !m_account.id.isEmpty()            ? m_account.sender()
                                                 : m_server.sender();
        if (!MessageBuilder::build(m_draft, sender, m_cacheDir, &built, &error)) {
            abortSend();
            showProblem(tr("The message cannot be prepared"), error);
            return;
        }
        m_temporaryFiles = built.temporaryFiles;
        m_message = built.message;
        if (!m_sender->prepare(built.message, &error)) {
            abortSend();
            showProblem(tr("The message cannot be prepared"), error,
                        tr("Check that every attached file still exists and can be read."));
            return;
        }
        [[fallthrough]];
    }

    case Step::Size: {
        const qint64 size = m_sender->messageSize();
        const qint64 limit = m_toSandbox ? m_sandbox->sizeLimit()
            : !m_account.id.isEmpty()    ? m_accountSizeLimits.value(m_account.id, 0)
                                         : m_server.sizeLimit;
        if (limit > 0 && size > limit) {
            Asker::Question q;
            q.title = tr("Message Too Large");
            q.text = tr("This message is %1, but %2 accepts at most %3.")
                         .arg(formatSize(size), destinationName(), formatSize(limit));
            q.informativeText = tr("The server will most likely refuse it. Attachments are about a third larger "
                                   "when sent. Remove some, or share large files by link.");
            q.acceptText = tr("Try Anyway");
            q.rejectText = tr("Go Back");
            q.tone = Asker::Question::Tone::Warning;
            m_asker->ask(q, [self](bool accepted) {
                if (!self)
                    return;
                if (!accepted) {
                    self->abortSend();
                    self->m_window->focusField(ComposerWindow::Field::Attachments);
                    return;
                }
                self->continueFrom(Step::Password);
            });
            return;
        }
        [[fallthrough]];
    }

    case Step::Password:
        // An account's secrets: the keychain first (its answer arrives later), the password asked
        // only when the keychain has none or does not answer; an XOAUTH2 account's access token
        // from its refresh token, before the undo delay, so a sign-in that must be renewed is
        // said now rather than after the message went into the outbox.
        if (!m_account.id.isEmpty()) {
            m_window->showStatus(tr("Sending…"));
            m_resolver->resolve(m_account, false, [self](const AccountResolver::Result& result) {
                if (self)
                    self->onAccountResolved(result);
            });
            return;
        }
        // The sandbox's password is its own (SandboxAccount): never asked.
        if (!m_toSandbox && m_account.id.isEmpty() && !m_server.user.isEmpty() && m_password.isEmpty()) {
            Asker::TextRequest request;
            request.title = tr("Password");
            request.label = tr("Password for %1 on %2:").arg(m_server.user, m_server.host);
            request.secret = true;
            m_asker->askText(request, [self](bool ok, const QString& password) {
                if (!self)
                    return;
                if (!ok || password.isEmpty()) {
                    self->abortSend();
                    self->m_window->showStatus(tr("Not sent: no password was given."), 8000);
                    return;
                }
                self->m_password = password;
                self->continueFrom(Step::Delay);
            });
            return;
        }
        [[fallthrough]];

    case Step::Delay:
        // Undo send: everything is checked and ready; nothing has left yet. The window stays
        // locked, so what Undo gives back is exactly what was there.
        if (undoDelay() > 0) {
            m_undoLeft = undoDelay();
            m_window->setSending(true);
            m_window->progressPanel()->showCountdown(m_undoLeft, destinationName());
            m_window->showStatus(tr("Sending in %n s…", nullptr, m_undoLeft));
            m_undoTimer.start();
            return;
        }
        [[fallthrough]];

    case Step::Start: {
        if (m_outbox) {
            enqueue();
            return;
        }
        SmtpSettings settings;
        SmtpCredentials credentials;
        QString error;
        if (!connectionFor(m_toSandbox, m_account, &settings, &credentials, &error)) {
            abortSend();
            showProblem(m_toSandbox ? tr("The sandbox is not available") : tr("The server settings cannot be used"),
                        error);
            return;
        }
        m_window->setSending(true);
        m_window->progressPanel()->begin(destinationName(), credentials.user, m_sender->messageSize());
        m_window->connectionLog()->beginSession(m_toSandbox ? settings.host : destinationName(), settings.port);
        m_window->showStatus(tr("Sending…"));
        m_sender->start(settings, credentials);
        return;
    }
    }
}

bool ComposerController::connectionFor(bool toSandbox, const Account& account, SmtpSettings* settings,
                                       SmtpCredentials* credentials, QString* error)
{
    // Where a message goes and as whom, with this session's secrets: the composer's sends and
    // the outbox's (resolveOutboxIdentity) share it.
    if (toSandbox) {
        if (!m_sandbox || !m_sandbox->start(error))
            return false;
        *settings = m_sandbox->clientSettings();
        *credentials = m_sandbox->credentials();
    } else if (!account.id.isEmpty()) {
        // Resolved by Step::Password for this very send.
        *settings = m_accountConnection.settings;
        *credentials = m_accountConnection.credentials;
    } else {
        if (!m_server.toSmtpSettings(settings, error))
            return false;
        if (!m_server.user.isEmpty()) {
            credentials->user = m_server.user;
            credentials->password = m_password;
        }
    }
    if (m_haveTimeouts)
        settings->timeouts = m_timeouts;
    return true;
}

namespace {
// An account's resolution as the outbox wants it. Never asks: a missing password leaves the
// entry Deferred until the next send from the composer asks for it; a sign-in to renew is the
// person's to do (Failed, kept with its words).
OutboxSender::Resolution outboxResolution(const AccountResolver::Result& result, const OutboxIdentity& identity)
{
    OutboxSender::Resolution r;
    using S = AccountResolver::Result::Status;
    switch (result.status) {
    case S::Ok:
        break;
    case S::PasswordNeeded:
        r.error.kind = SmtpError::Kind::AuthUnavailable;
        r.error.detail = QCoreApplication::translate("ComposerController", "the password is asked when you next send");
        return r;
    case S::SignInNeeded:
        r.error.kind = SmtpError::Kind::AuthFailed;
        r.error.detail = result.error;
        r.permanent = true;
        return r;
    case S::Failed:
        r.error.kind = SmtpError::Kind::AuthUnavailable;
        r.error.detail = result.error;
        return r;
    }
    r.settings = result.settings;
    r.credentials = result.credentials;
    if (identity.kind == OutboxIdentity::Kind::Direct) {
        // Queued by `qourier send --account` with its own options: those settings, this
        // account's secrets.
        r.settings = identity.settings;
        r.settings.proxy.setPassword(result.secrets.proxyPassword);
        r.credentials.user = identity.userName.isEmpty() ? result.credentials.user : identity.userName;
        if (r.settings.allowedAuthMechanisms == QStringList{QStringLiteral("XOAUTH2")}) {
            r.credentials.password.clear();
            r.credentials.accessToken = result.secrets.accessToken;
        } else {
            r.credentials.accessToken.clear();
            r.credentials.password = result.secrets.password;
        }
    }
    return r;
}
} // namespace

void ComposerController::resolveOutboxIdentity(const OutboxIdentity& identity, bool renewToken,
                                               OutboxSender::ResolveDone done)
{
    OutboxSender::Resolution r;
    auto fail = [&r, &done](SmtpError::Kind kind, const QString& detail, bool permanent) {
        r.error.kind = kind;
        r.error.detail = detail;
        r.permanent = permanent;
        done(r);
    };
    QString error;
    switch (identity.kind) {
    case OutboxIdentity::Kind::Sandbox:
        if (!connectionFor(true, Account(), &r.settings, &r.credentials, &error))
            return fail(SmtpError::Kind::ConnectionRefused, error, false);
        break;
    case OutboxIdentity::Kind::Server:
        if (!m_server.isComplete() || !connectionFor(false, Account(), &r.settings, &r.credentials, &error))
            return fail(SmtpError::Kind::InvalidInput, error, false);
        // Never asked in the background: the next send from the composer asks, then this goes.
        if (!r.credentials.user.isEmpty() && r.credentials.password.isEmpty())
            return fail(SmtpError::Kind::AuthUnavailable, tr("the password is asked when you next send"), false);
        break;
    case OutboxIdentity::Kind::Account:
    case OutboxIdentity::Kind::Direct: {
        const Account account = m_accounts->account(identity.accountId);
        if (identity.kind == OutboxIdentity::Kind::Account && account.id.isEmpty())
            return fail(SmtpError::Kind::InvalidInput, tr("the account of this message no longer exists"), true);
        if (account.id.isEmpty()) {
            // `qourier send` with its own password: only that command knows it.
            if (!identity.userName.isEmpty())
                return fail(SmtpError::Kind::AuthUnavailable,
                            tr("this message was queued by qourier send with its own password: send it with "
                               "`qourier outbox flush`"),
                            false);
            r.settings = identity.settings;
            break;
        }
        QPointer<ComposerController> self(this);
        m_resolver->resolve(account, renewToken, [self, identity, done](const AccountResolver::Result& result) {
            OutboxSender::Resolution r;
            if (!self) {
                r.error.kind = SmtpError::Kind::Cancelled;
                done(r);
                return;
            }
            r = outboxResolution(result, identity);
            if (self->m_haveTimeouts && !r.error.isError())
                r.settings.timeouts = self->m_timeouts;
            done(r);
        });
        return;
    }
    }
    done(r);
}

void ComposerController::onAccountResolved(const AccountResolver::Result& result)
{
    if (!m_busy)
        return;
    using S = AccountResolver::Result::Status;
    switch (result.status) {
    case S::Ok:
        m_accountConnection = result;
        continueFrom(Step::Delay);
        return;
    case S::PasswordNeeded:
        askPassword(result.keychainAnswered);
        return;
    case S::SignInNeeded:
    case S::Failed: {
        abortSend();
        NoticePanel::Notice notice;
        notice.kind = NoticePanel::Kind::Warning;
        notice.title = result.status == S::SignInNeeded ? tr("Sign in again to send from %1").arg(m_account.label())
                                                        : tr("Cannot sign in to %1 now").arg(m_account.label());
        notice.text = result.error;
        notice.advice = result.status == S::SignInNeeded
            ? tr("Edit the account and choose the sign-in button again. The message stays here.")
            : tr("Check the network connection and try again. The message stays here.");
        notice.actionText = tr("Edit Account…");
        showNotice(notice, NoticeAction::EditAccount);
        m_window->showStatus(tr("Message not sent."), 15000);
        return;
    }
    }
}

void ComposerController::askPassword(bool keychainAnswered)
{
    QPointer<ComposerController> self(this);
    Asker::TextRequest request;
    request.title = tr("Password");
    request.label = keychainAnswered
        ? tr("Password for %1 on %2:").arg(m_account.userName, m_account.host.trimmed())
        : tr("No keychain answered, so Qourier cannot keep your password: it is asked each time and kept in memory "
             "only until Qourier closes.\n\nPassword for %1 on %2:")
              .arg(m_account.userName, m_account.host.trimmed());
    request.secret = true;
    m_asker->askText(request, [self](bool ok, const QString& password) {
        if (!self)
            return;
        if (!ok || password.isEmpty()) {
            // Read from the keychain again next time: it may be unlocked by then.
            self->m_resolver->forget(self->m_account.id);
            self->abortSend();
            self->m_window->showStatus(tr("Not sent: no password was given."), 8000);
            return;
        }
        self->m_resolver->setPassword(self->m_account.id, password);
        self->continueFrom(Step::Password);
    });
}

void ComposerController::rememberSizeLimit(qint64 limit)
{
    // Remembered after each session for the next check before sending (RFC 1870 SIZE).
    if (!m_account.id.isEmpty()) {
        if (limit >= 0)
            m_accountSizeLimits.insert(m_account.id, limit);
        return;
    }
    if (limit < 0 || limit == m_server.sizeLimit)
        return;
    m_server.sizeLimit = limit;
    m_server.save(*m_settings);
}

void ComposerController::showError(const SmtpError& error)
{
    const qint64 limit = m_toSandbox ? m_sandbox->sizeLimit()
        : !m_account.id.isEmpty()    ? m_accountSizeLimits.value(m_account.id, 0)
                                     : m_server.sizeLimit;
    const ErrorText::Message words = ErrorText::describe(error, destinationName(), limit);
    NoticePanel::Notice notice;
    notice.kind = error.kind == SmtpError::Kind::Cancelled && !error.deliveryUncertain ? NoticePanel::Kind::Info
                                                                                        : NoticePanel::Kind::Error;
    notice.title = words.title;
    notice.text = words.what;
    notice.serverWords = words.serverWords;
    notice.advice = words.advice;
    notice.offerLog = error.kind != SmtpError::Kind::Cancelled;
    // The sandbox has no settings to correct.
    if (concernsSettings(error.kind) && !m_toSandbox)
        notice.actionText = tr("Server Settings…");
    // An account's settings are the wizard's, on that account.
    showNotice(notice, m_account.id.isEmpty() ? NoticeAction::ServerSettings : NoticeAction::EditAccount);
}

void ComposerController::onSendFinished(const SendController::Result& result)
{
    // The sandbox's SIZE says nothing about the real server's.
    if (!m_toSandbox)
        rememberSizeLimit(result.sizeLimit);
    MessageBuilder::removeTemporaryFiles(m_temporaryFiles);
    m_temporaryFiles.clear();
    m_window->setSending(false);
    m_busy = false;

    if (result.delivered) {
        QList<MailAddress> accepted;
        for (const MailAddress& a : std::as_const(m_recipients)) {
            if (!result.refused.contains(a.address, Qt::CaseInsensitive))
                accepted.append(a);
        }
        // Sent (to everyone or some): its autosave and saved draft are done with. A partial
        // delivery leaves only the refused addresses, a new message as far as drafts go.
        m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
        m_drafts->remove(DraftStore::Kind::Saved, m_savedDraftId);
        m_savedDraftId.clear();
        m_autosaveDirty = !result.refused.isEmpty();
        m_addressBook.recordUsed(accepted);
        m_addressBook.save();
        m_window->setCompletions(m_addressBook.completions());

        const QString subject = m_draft.subject.trimmed().isEmpty() ? tr("(no subject)") : m_draft.subject.trimmed();
        NoticePanel::Notice notice;
        NoticeAction action = NoticeAction::None;
        if (result.refused.isEmpty() && m_toSandbox) {
            m_window->resetToNewMessage();
            m_sandboxMessage = m_sandbox->receiptFor(result.delivery.finalReply);
            notice.kind = NoticePanel::Kind::Success;
            notice.title = tr("Message delivered to the sandbox");
            notice.text = tr("“%1” was received by the sandbox for %n recipient(s). It stays on this computer: "
                             "nobody else got it.",
                             nullptr, int(accepted.size()))
                              .arg(subject);
            notice.actionText = tr("Show It");
            notice.autoHideMs = 30000;
            action = NoticeAction::ShowSandboxMessage;
            m_window->showStatus(tr("Message delivered to the sandbox."), 15000);
        } else if (result.refused.isEmpty()) {
            m_window->resetToNewMessage();
            notice.kind = NoticePanel::Kind::Success;
            notice.title = tr("Message sent");
            notice.text = tr("“%1” was sent to %n recipient(s).", nullptr, int(accepted.size())).arg(subject);
            notice.autoHideMs = 15000;
            m_window->showStatus(tr("Message sent."), 15000);
        } else {
            // The others have it: leave only the refused addresses, so correcting them and sending
            // again reaches just them, and nothing is sent twice.
            m_window->keepOnlyRecipients(result.refused);
            m_window->markRefused(result.refused, result.refusedReply);
            notice.kind = NoticePanel::Kind::Warning;
            notice.title = tr("Sent, but not to everyone");
            notice.text = tr("“%1” was sent to %n recipient(s), but the server refused: %2.", nullptr,
                             int(accepted.size()))
                              .arg(subject, result.refused.join(QStringLiteral(", ")));
            notice.serverWords = result.refusedReply;
            notice.advice = tr("Only the refused addresses are left in the address fields. Correct them and send "
                               "again, or close the message.");
            notice.offerLog = true;
            m_window->showStatus(tr("Message sent, but not to every recipient."), 15000);
        }
        showNotice(notice, action);
    } else {
        if (!m_toSandbox
            && (result.error.kind == SmtpError::Kind::AuthFailed || result.error.kind == SmtpError::Kind::AuthTokenExpired)) {
            // Ask again next time. For an account the keychain's password was the wrong one, so
            // it is not read again this session (unless the wizard saves the account anew).
            if (m_account.id.isEmpty())
                m_password.clear();
            else if (result.error.kind == SmtpError::Kind::AuthFailed)
                m_resolver->forgetPassword(m_account.id);
            else
                m_resolver->forget(m_account.id); // a renewed token was refused too: start afresh
        }
        if (!result.refused.isEmpty())
            m_window->markRefused(result.refused, result.refusedReply);
        showError(result.error);
        m_window->showStatus(result.error.kind == SmtpError::Kind::Cancelled ? tr("Sending cancelled.")
                                                                              : tr("Message not sent."),
                             15000);
    }
    emit sendFinished(result);
}

void ComposerController::setOutbox(Outbox* outbox, OutboxSender* sender)
{
    m_outbox = outbox;
    m_outboxSender = sender;
    // The window shows the entry this composer sent, as it showed a direct send.
    connect(sender, &OutboxSender::phaseChanged, this, [this](const QString& id, SmtpSession::State state) {
        if (id == m_entryId && m_busy)
            m_window->progressPanel()->setState(state);
    });
    connect(sender, &OutboxSender::progress, this, [this](const QString& id, qint64 sent, qint64 total) {
        if (id == m_entryId && m_busy)
            m_window->progressPanel()->setUpload(sent, total, 0);
    });
    connect(sender, &OutboxSender::transcript, this,
            [this](const QString& id, SmtpSession::Direction direction, const QString& line) {
                if (id == m_entryId && m_busy)
                    m_window->connectionLog()->appendLine(direction, line);
            });
    connect(sender, &OutboxSender::finished, this, &ComposerController::onOutboxFinished);
}

void ComposerController::enqueue()
{
    // A permanent failure earlier left the entry linked to this message: this replaces it.
    if (!m_entryId.isEmpty() && m_outbox->contains(m_entryId) && !m_outboxSender->isSending(m_entryId))
        m_outbox->remove(m_entryId);
    m_entryId.clear();
    OutboxEntry entry;
    entry.subject = m_draft.subject;
    QStringList shown;
    for (const QString& field : {m_draft.to, m_draft.cc}) {
        if (!field.trimmed().isEmpty())
            shown.append(field.trimmed());
    }
    entry.toDisplay = shown.join(QStringLiteral(", ")); // never Bcc
    entry.identity.kind = m_toSandbox            ? OutboxIdentity::Kind::Sandbox
        : !m_account.id.isEmpty()                ? OutboxIdentity::Kind::Account
                                                 : OutboxIdentity::Kind::Server;
    entry.identity.accountId = m_account.id;
    entry.draft = DraftStore::toJson(m_draft);
    // Written on a worker thread: a 2 GB attachment is copied and fsynced without stalling the
    // window, which shows the send as begun (Cancel works: the entry is dropped once written).
    m_writingOutbox = true;
    m_cancelWhileWriting = false;
    m_window->setSending(true);
    m_window->progressPanel()->begin(destinationName(), QString(), m_sender->messageSize());
    m_window->showStatus(tr("Putting the message in the Outbox…"));
    QPointer<ComposerController> self(this);
    m_outbox->addAsync(m_message, entry, [self](const QString& id, const QString& error) {
        if (self)
            self->onEnqueued(id, error);
    });
}

void ComposerController::onEnqueued(const QString& id, const QString& error)
{
    m_writingOutbox = false;
    if (m_cancelWhileWriting) {
        // Cancelled while it was written: nothing was sent, and the composer keeps the message.
        if (!id.isEmpty())
            m_outbox->remove(id);
        m_sender->discard();
        SendController::Result result;
        result.error.kind = SmtpError::Kind::Cancelled;
        onSendFinished(result);
        return;
    }
    if (id.isEmpty()) {
        abortSend();
        m_window->setSending(false);
        showProblem(tr("The message cannot be put in the Outbox"), error);
        return;
    }
    m_entryId = id;
    // The outbox has it now (with its draft, for Edit): an autosave as well would offer a second
    // copy after a crash. Undo or Cancel make the composer's text the only copy again.
    m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
    m_autosaveDirty = false;
    // The bytes are in the outbox now; the prepared copy is not needed.
    m_sender->discard();
    m_window->connectionLog()->beginSession(destinationName(), 0);
    m_window->showStatus(tr("Sending…"));
    m_outboxSender->send({id});
}

void ComposerController::onOutboxFinished(const QString& id, OutboxEntry::State state, const SmtpDelivery& delivery)
{
    if (id != m_entryId || !m_busy)
        return; // another composer's, or a retry from the Outbox window
    // The same words and consequences as a direct send (onSendFinished).
    SendController::Result result;
    result.delivery = delivery;
    result.delivered = state == OutboxEntry::State::Sent;
    if (!result.delivered)
        result.error = delivery.error;
    for (const SmtpRecipientResult& recipient : delivery.recipients) {
        if (recipient.accepted() || recipient.reply.code == 0)
            continue;
        result.refused.append(recipient.address);
        if (result.refusedReply.isEmpty()) {
            QString words = QString::number(recipient.reply.code);
            if (!recipient.reply.enhancedCode.isEmpty())
                words += QLatin1Char(' ') + recipient.reply.enhancedCode;
            result.refusedReply = words + QLatin1Char(' ') + recipient.reply.text();
        }
    }
    const bool cancelled = state == OutboxEntry::State::Failed && delivery.error.kind == SmtpError::Kind::Cancelled;
    if (result.delivered || cancelled) {
        // Delivered, or stopped by the person with the message still in the composer: no
        // second copy waits anywhere.
        if (cancelled) {
            m_outbox->remove(id);
            m_autosaveDirty = true;
        }
        m_entryId.clear();
        onSendFinished(result);
        return;
    }
    if (state == OutboxEntry::State::Failed) {
        // Permanent: kept in the composer to be corrected; the entry stays linked (m_entryId),
        // and sending again replaces it.
        onSendFinished(result);
        return;
    }
    // Deferred or Uncertain: the outbox has it safe; the composer is free for the next message.
    MessageBuilder::removeTemporaryFiles(m_temporaryFiles);
    m_temporaryFiles.clear();
    m_window->setSending(false);
    m_busy = false;
    m_entryId.clear();
    m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
    m_drafts->remove(DraftStore::Kind::Saved, m_savedDraftId);
    m_savedDraftId.clear();
    m_window->resetToNewMessage();
    const OutboxEntry entry = m_outbox->entry(id);
    const ErrorText::Message words = ErrorText::describe(delivery.error, destinationName(), 0);
    NoticePanel::Notice notice;
    notice.kind = NoticePanel::Kind::Warning;
    notice.serverWords = words.serverWords;
    notice.offerLog = true;
    if (state == OutboxEntry::State::Deferred) {
        notice.title = tr("Not sent yet: it will be retried");
        notice.text = tr("%1 The message waits in the Outbox and is sent again at %2, or when you choose Retry "
                         "Now there.")
                          .arg(words.what,
                               QLocale().toString(entry.nextAttempt.toLocalTime().time(), QLocale::ShortFormat));
        m_window->showStatus(tr("Message waiting in the Outbox."), 15000);
    } else {
        // RFC 1047: the connection died after the final dot; the server may have taken it.
        notice.kind = NoticePanel::Kind::Error;
        notice.title = tr("Maybe sent: please decide");
        notice.text = tr("The whole message reached the server, but the connection broke before the server "
                         "confirmed it. It may have arrived; sending it again could give the recipients two copies. "
                         "Qourier will not send it again by itself.");
        notice.advice = tr("In the Outbox, choose Mark as Sent if it arrived, or Send Again.");
        notice.actionText = tr("Open Outbox…");
        m_window->showStatus(tr("Delivery uncertain: see the Outbox."), 15000);
    }
    showNotice(notice, state == OutboxEntry::State::Uncertain ? NoticeAction::ShowOutbox : NoticeAction::None);
    emit sendFinished(result);
}

void ComposerController::onUndoTick()
{
    if (--m_undoLeft > 0) {
        m_window->progressPanel()->showCountdown(m_undoLeft, destinationName());
        m_window->showStatus(tr("Sending in %n s…", nullptr, m_undoLeft));
        return;
    }
    m_undoTimer.stop();
    continueFrom(Step::Start);
}

void ComposerController::undoSend()
{
    if (!m_undoTimer.isActive())
        return;
    m_undoTimer.stop();
    abortSend();
    m_window->setSending(false);
    m_window->showStatus(tr("Not sent. The message is as you left it."), 8000);
    m_window->focusField(ComposerWindow::Field::Body);
}

void ComposerController::onCancelRequested()
{
    // Closing the window during the countdown cancels too: nothing has been sent to stop.
    if (m_undoTimer.isActive())
        undoSend();
    else if (m_writingOutbox)
        m_cancelWhileWriting = true; // acted on when the write ends (onEnqueued)
    else if (m_outbox && !m_entryId.isEmpty() && m_outboxSender->isSending(m_entryId))
        m_outboxSender->cancel(m_entryId);
    else
        m_sender->cancel();
}

int ComposerController::undoDelay() const
{
    return qBound(0, m_settings->value(kUndoDelayKey, DefaultUndoSeconds).toInt(), 60);
}

void ComposerController::setUndoDelay(int seconds)
{
    m_settings->setValue(kUndoDelayKey, qBound(0, seconds, 60));
    m_window->setUndoDelay(undoDelay());
}

void ComposerController::setAutosaveInterval(int ms)
{
    m_autosaveTimer.start(ms);
}

void ComposerController::autosave()
{
    if (!m_autosaveDirty)
        return;
    m_autosaveDirty = false;
    if (!m_window->hasContent()) {
        m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
        return;
    }
    QString error;
    if (!m_drafts->save(DraftStore::Kind::Autosave, m_autosaveId, m_window->draft(), &error)) {
        // Tried again with the next change; said once in the status bar, not in a dialog.
        m_autosaveDirty = true;
        m_window->showStatus(tr("Could not save a safety copy: %1").arg(error), 15000);
    }
}

bool ComposerController::saveDraft()
{
    if (m_savedDraftId.isEmpty())
        m_savedDraftId = DraftStore::newId();
    QString error;
    if (!m_drafts->save(DraftStore::Kind::Saved, m_savedDraftId, m_window->draft(), &error)) {
        showProblem(tr("The draft cannot be saved"), error);
        return false;
    }
    m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
    m_autosaveDirty = false;
    m_window->setModified(false);
    m_window->showStatus(tr("Draft saved. It is in File ▸ Drafts."), 8000);
    updateDraftsDialog();
    return true;
}

void ComposerController::onWindowClosed()
{
    // Closed normally: sent, saved, discarded, or nothing in it.
    m_autosaveTimer.stop();
    m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
    m_autosaveDirty = false;
    if (m_draftsDialog)
        m_draftsDialog->close();
}

void ComposerController::openDrafts()
{
    if (!m_draftsDialog) {
        auto* dialog = new DraftsDialog(m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DraftsDialog::openRequested, this, &ComposerController::openDraft);
        connect(dialog, &DraftsDialog::deleteRequested, this, [this](const QString& id) {
            QPointer<ComposerController> self(this);
            Asker::Question q;
            q.title = tr("Delete Draft");
            q.text = tr("Delete this draft?");
            q.informativeText = tr("It cannot be brought back.");
            q.acceptText = tr("Delete");
            q.rejectText = tr("Keep It");
            q.tone = Asker::Question::Tone::Warning;
            m_asker->ask(q, [self, id](bool accepted) {
                if (!self || !accepted)
                    return;
                self->m_drafts->remove(DraftStore::Kind::Saved, id);
                if (id == self->m_savedDraftId)
                    self->m_savedDraftId.clear(); // the window's text is now a new message
                self->updateDraftsDialog();
            });
        });
        m_draftsDialog = dialog;
    }
    updateDraftsDialog();
    // open(), not exec(): the composer keeps its event loop.
    m_draftsDialog->open();
    m_draftsDialog->raise();
}

void ComposerController::openAccounts()
{
    if (!m_accountsDialog) {
        auto* dialog = new AccountsDialog(m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AccountsDialog::addRequested, this, [this]() { openAccountWizard(); });
        connect(dialog, &AccountsDialog::editRequested, this, [this](const QString& id) { openAccountWizard(id); });
        connect(dialog, &AccountsDialog::removeRequested, this, &ComposerController::removeAccount);
        connect(dialog, &AccountsDialog::defaultRequested, this,
                [this](const QString& id) { m_accounts->setDefaultAccountId(id); });
        m_accountsDialog = dialog;
    }
    updateAccountsDialog();
    // open(), not exec(): the composer keeps its event loop.
    m_accountsDialog->open();
    m_accountsDialog->raise();
}

void ComposerController::updateAccountsDialog()
{
    if (!m_accountsDialog)
        return;
    QList<AccountsDialog::Item> items;
    const QString defaultId = m_accounts->defaultAccountId();
    // In the order of the From list: the default first.
    for (const QString& id : std::as_const(m_identityAccounts)) {
        if (id.isEmpty())
            continue;
        const Account account = m_accounts->account(id);
        AccountsDialog::Item item;
        item.id = account.id;
        item.name = account.label();
        item.address = account.sender().toDisplayString();
        QString security;
        switch (account.security) {
        case SmtpSecurity::ImplicitTls: security = tr("TLS", "connection security in the Accounts list"); break;
        case SmtpSecurity::StartTls: security = tr("STARTTLS", "connection security in the Accounts list"); break;
        case SmtpSecurity::None: security = tr("no encryption", "connection security in the Accounts list"); break;
        }
        item.server = tr("%1:%2, %3", "host:port, security").arg(account.host.trimmed()).arg(account.port).arg(security);
        if (account.authMethod == Account::AuthMethod::XOAuth2)
            item.signIn = account.oauthProvider == QLatin1String("microsoft") ? tr("Microsoft sign-in")
                          : account.oauthProvider == QLatin1String("google") ? tr("Google sign-in")
                                                                              : tr("OAuth sign-in");
        else if (account.needsPassword())
            item.signIn = tr("Password (%1)", "sign-in with this user name").arg(account.userName);
        else
            item.signIn = tr("None", "no sign-in");
        item.isDefault = account.id == defaultId;
        items.append(item);
    }
    m_accountsDialog->setItems(items);
}

void ComposerController::removeAccount(const QString& id)
{
    const Account account = m_accounts->account(id);
    if (account.id.isEmpty())
        return;
    QPointer<ComposerController> self(this);
    Asker::Question q;
    q.title = tr("Remove Account");
    q.text = tr("Remove the account “%1”?").arg(account.label());
    q.informativeText = tr("Its settings are forgotten and its password or sign-in is deleted from the system "
                           "keychain. Messages already in the Outbox from it stay there until you edit or delete them.");
    q.acceptText = tr("Remove");
    q.rejectText = tr("Keep It");
    q.tone = Asker::Question::Tone::Warning;
    m_asker->ask(q, [self, id, label = account.label()](bool accepted) {
        if (!self || !accepted)
            return;
        // The secrets this session read for it go too, not only the keychain's copy.
        self->m_resolver->forget(id);
        QString error;
        const bool removed = self->m_accounts->remove(
            id, self->m_credentials, [self, label](const CredentialStore::Result& r) {
                if (!self || r.ok())
                    return;
                self->showProblem(tr("The keychain kept the password of “%1”").arg(label),
                                  tr("The account is removed, but the system keychain did not delete its secret."),
                                  tr("Delete the entry for Qourier with your desktop's password manager (Passwords "
                                     "and Keys)."));
            },
            &error);
        if (!removed)
            self->showProblem(tr("The account cannot be removed"), error);
        else
            self->m_window->showStatus(tr("Account “%1” removed.").arg(label), 5000);
    });
}

void ComposerController::updateDraftsDialog()
{
    if (!m_draftsDialog)
        return;
    QList<DraftsDialog::Item> items;
    const QList<DraftStore::Entry> entries = m_drafts->list(DraftStore::Kind::Saved);
    for (const DraftStore::Entry& entry : entries)
        items.append({entry.id, entry.draft.subject, recipientsOf(entry.draft), entry.saved});
    m_draftsDialog->setItems(items);
}

void ComposerController::openDraft(const QString& id)
{
    if (m_busy || m_window->isSending())
        return;
    if (id == m_savedDraftId && !m_window->isModified()) {
        if (m_draftsDialog)
            m_draftsDialog->close();
        return; // already shown as saved
    }
    if (!m_window->isModified() || !m_window->hasContent()) {
        loadDraft(id);
        return;
    }
    QPointer<ComposerController> self(this);
    Asker::Question q;
    q.title = tr("Open Draft");
    q.text = tr("Save the message you are writing before opening the draft?");
    q.informativeText = tr("The draft replaces it in this window.");
    q.acceptText = tr("Save");
    q.alternativeText = tr("Discard");
    q.rejectText = tr("Cancel");
    m_asker->choose(q, [self, id](Asker::Choice choice) {
        if (!self || choice == Asker::Choice::Reject)
            return;
        if (choice == Asker::Choice::Accept && !self->saveDraft())
            return;
        self->loadDraft(id);
    });
}

void ComposerController::loadDraft(const QString& id)
{
    DraftStore::Entry entry;
    QString error;
    if (!m_drafts->load(DraftStore::Kind::Saved, id, &entry, &error)) {
        showProblem(tr("The draft cannot be opened"), error);
        return;
    }
    m_window->setDraft(entry.draft);
    m_savedDraftId = id;
    m_drafts->remove(DraftStore::Kind::Autosave, m_autosaveId);
    m_autosaveDirty = false;
    if (m_draftsDialog)
        m_draftsDialog->close();
    if (!entry.changedFiles.isEmpty() || !entry.vanishedFiles.isEmpty()) {
        QStringList lines;
        if (!entry.changedFiles.isEmpty())
            lines.append(tr("Changed since the draft was saved: %1").arg(fileNames(entry.changedFiles).join(QStringLiteral(", "))));
        if (!entry.vanishedFiles.isEmpty())
            lines.append(tr("No longer there, so not attached: %1").arg(fileNames(entry.vanishedFiles).join(QStringLiteral(", "))));
        showProblem(tr("Some attached files are not as they were"), lines.join(QLatin1Char('\n')));
    }
}

void ComposerController::editMessage(const ComposerDraft& draft)
{
    m_window->setDraft(draft);
    m_savedDraftId.clear();
    m_window->setModified(true);
    m_autosaveDirty = true;
    autosave();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

int ComposerController::offerRestore()
{
    const QList<DraftStore::Entry> entries = m_drafts->leftovers();
    if (!entries.isEmpty())
        askRestore(entries);
    return int(entries.size());
}

void ComposerController::askRestore(QList<DraftStore::Entry> entries)
{
    if (entries.isEmpty())
        return;
    const DraftStore::Entry entry = entries.takeFirst();
    const ComposerDraft& d = entry.draft;
    QStringList details;
    details.append(tr("Subject: %1").arg(d.subject.trimmed().isEmpty() ? tr("(no subject)") : d.subject.trimmed()));
    const QString recipients = recipientsOf(d);
    if (!recipients.isEmpty())
        details.append(tr("To: %1").arg(recipients));
    if (entry.saved.isValid())
        details.append(tr("Last saved: %1").arg(QLocale().toString(entry.saved.toLocalTime(), QLocale::ShortFormat)));
    if (!d.attachments.isEmpty())
        details.append(tr("Attachments: %1").arg(fileNames(d.attachments).join(QStringLiteral(", "))));
    if (!entry.changedFiles.isEmpty())
        details.append(tr("Warning: changed since then: %1").arg(fileNames(entry.changedFiles).join(QStringLiteral(", "))));
    if (!entry.vanishedFiles.isEmpty())
        details.append(tr("Warning: no longer there, so not attached: %1")
                           .arg(fileNames(entry.vanishedFiles).join(QStringLiteral(", "))));

    Asker::Question q;
    q.title = tr("Restore Message");
    q.text = tr("Qourier was closed while you were writing a message. Restore it?");
    q.informativeText = details.join(QLatin1Char('\n'));
    q.acceptText = tr("Restore");
    q.alternativeText = tr("Discard");
    q.rejectText = tr("Keep as Draft");
    q.tone = entry.changedFiles.isEmpty() && entry.vanishedFiles.isEmpty() ? Asker::Question::Tone::Question
                                                                          : Asker::Question::Tone::Warning;
    QPointer<ComposerController> self(this);
    m_asker->choose(q, [self, entry, entries](Asker::Choice choice) {
        if (!self)
            return;
        DraftStore* store = self->m_drafts.get();
        const bool intoWindow = choice == Asker::Choice::Accept && !self->m_window->hasContent()
            && !self->m_window->isSending();
        if (intoWindow) {
            self->m_window->setDraft(entry.draft);
            // Not saved anywhere but in the leftover, which goes now: this composer's own
            // autosave takes over at once.
            self->m_window->setModified(true);
            self->m_autosaveDirty = true;
            self->autosave();
            self->m_window->showStatus(tr("Message restored."), 8000);
        } else if (choice != Asker::Choice::Alternative) {
            // Kept as a draft; also a Restore when the window already holds another message.
            QString error;
            if (!store->save(DraftStore::Kind::Saved, DraftStore::newId(), entry.draft, &error)) {
                self->showProblem(tr("The draft cannot be saved"), error);
                store->release(entry.id); // offered again next time
                self->askRestore(entries);
                return;
            }
            self->m_window->showStatus(tr("The message is in File ▸ Drafts."), 8000);
            self->updateDraftsDialog();
        }
        store->remove(DraftStore::Kind::Autosave, entry.id);
        store->release(entry.id);
        self->askRestore(entries);
    });
}
