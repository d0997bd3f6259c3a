#pragma once
// Wires the composer window to the engine: checks before sending (recipients, subject,
// attachment reminder, the server's SIZE), asks the password, runs SendController, shows progress
// and the outcome, and keeps the message in the window whenever it was not sent.
//
// With a SandboxRunner, the built-in sandbox is one more identity in From ("Sandbox (this
// computer)"), and the only one until a real server is set up: a first run can send at once, to
// any address, and see the result. Sending there takes the same path as to a real server
// (STARTTLS, AUTH, the certificate pinned), with the sandbox's own login, so nothing is asked.
//
// Saved accounts (AccountStore) are identities too, added and edited with the connection wizard
// ("Use a real account…"). Their secrets come from AccountResolver: passwords from the OS keychain
// when the first message goes through them, asked for only when the keychain has none (an asked
// password stays in memory for this session); XOAUTH2 access tokens renewed with the keychain's
// refresh token. The older single server (ServerSettings) is offered
// only while there is no account.
//
// Drafts (DraftStore): File ▸ Save Draft and File ▸ Drafts; the open message is autosaved every
// 30 s (QOURIER_AUTOSAVE_MS overrides) and when the window loses focus, only when it changed; an
// autosave is removed when the composer closes normally. Autosaves left by a crash are offered
// back by offerRestore(). Undo send: after every check, the send waits `undoDelay` seconds
// ("Sending in N s…", Undo) before the first byte leaves.
//
// With an outbox (setOutbox(), as GuiApplication does) the last step writes the message into it
// and OutboxSender sends it, with the same progress, Cancel and words in the window. Sent: the
// composer resets. Temporary failure: the entry waits as Deferred and the composer resets.
// Permanent failure: the message stays in the composer and the Failed entry stays linked to it,
// so sending again replaces it. Uncertain (RFC 1047): a notice, and the person decides in the
// Outbox window.

#include "Account.h"
#include "AccountResolver.h"
#include "AccountsDialog.h"
#include "AddressBook.h"
#include "ComposerDraft.h"
#include "CredentialStore.h"
#include "DraftStore.h"
#include "DraftsDialog.h"
#include "NoticePanel.h"
#include "OutboxSender.h"
#include "SendController.h"
#include "ServerSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class AccountStore;
class Outbox;
class Asker;
class ComposerWindow;
class ConnectionWizardController;
class DialogAsker;

class QSettings;
class SandboxRunner;
class ServerSettingsDialog;
class StartupRequest;

class ComposerController : public QObject
{
    Q_OBJECT
public:
    struct Environment
    {
        QSettings* settings = nullptr; // required; the controller does not own it
        QString addressBookPath;       // empty = AddressBook::defaultPath()
        QString cacheDir;              // for pasted images; empty = CacheLocation
        Asker* asker = nullptr;        // null = real dialogs
        SandboxRunner* sandbox = nullptr; // null = no sandbox identity; not owned, outlives this
        AccountStore* accounts = nullptr; // null = its own, in the default place; not owned
        CredentialStore* credentials = nullptr; // null = the OS keychain; not owned
        QString draftsDir;             // empty = DraftStore::defaultDirectory()
    };

    static constexpr int DefaultAutosaveMs = 30000;
    static constexpr int DefaultUndoSeconds = 5;

    explicit ComposerController(const Environment& environment, QObject* parent = nullptr);
    ~ComposerController() override;

    ComposerWindow* window() const { return m_window.get(); }
    // What asks the person (the injected one, or real dialogs over the window).
    Asker* asker() const { return m_asker; }
    SendController* sendController() const { return m_sender; }
    const ServerSettings& serverSettings() const { return m_server; }
    void setServerSettings(const ServerSettings& settings);
    AddressBook& addressBook() { return m_addressBook; }

    void applyStartup(const StartupRequest& request);
    // The settings dialog, non-modal; `sendAfterwards` continues a send that needed it.
    void openServerSettings(bool sendAfterwards = false);
    ServerSettingsDialog* settingsDialog() const { return m_settingsDialog; }

    bool isBusy() const { return m_busy; }

    AccountStore* accounts() const { return m_accounts; }
    CredentialStore* credentials() const { return m_credentials; }
    // The connection wizard, non-modal: a new account with `accountId` empty, else that one
    // edited. Raises the one already open instead of opening a second.
    void openAccountWizard(const QString& accountId = QString());
    ConnectionWizardController* accountWizard() const; // null when it is not open
    // The id of the saved account that is the current From identity; empty for any other.
    QString selectedAccountId() const;

    SandboxRunner* sandbox() const { return m_sandbox; }
    // The From identity that sends to the sandbox is the current one.
    bool isSandboxSelected() const;
    // Makes the sandbox identity the current one (starting the sandbox if needed).
    void chooseSandbox();
    // The From address of messages sent to the sandbox: the configured sender's, so the sandbox
    // shows what recipients would see, or a placeholder before there is one.
    MailAddress sandboxSender() const;

    // Drafts.
    DraftStore* draftStore() const { return m_drafts.get(); }
    QString autosaveId() const { return m_autosaveId; }
    QString savedDraftId() const { return m_savedDraftId; }
    void setAutosaveInterval(int ms);
    int autosaveInterval() const { return m_autosaveTimer.interval(); }
    // Writes the autosave now when the message changed since the last one.
    void autosave();
    // File ▸ Save Draft: false (and a notice) when it could not be written.
    bool saveDraft();
    // File ▸ Drafts.
    void openDrafts();
    DraftsDialog* draftsDialog() const { return m_draftsDialog; }
    // File ▸ Accounts: add (the wizard), edit, remove (with its keychain secret), set the default.
    void openAccounts();
    AccountsDialog* accountsDialog() const { return m_accountsDialog; }
    // Loads a saved draft into the window (asking first when the window has unsaved changes).
    void openDraft(const QString& id);
    // Autosaves left behind by a crash: asks about each (Restore / Discard / Keep as Draft).
    // Returns how many were found.
    int offerRestore();
    // Outbox ▸ Edit: the message goes back into the window, as unsaved work (autosaved).
    void editMessage(const ComposerDraft& draft);

    // Undo send: seconds between Send and the first byte (0 = at once); kept in the settings.
    int undoDelay() const;
    void setUndoDelay(int seconds);
    void undoSend();

    // With an outbox, every send goes through it: after the checks the message is written there
    // (with its draft, for Outbox ▸ Edit) and sent by `sender`; a temporary failure leaves it
    // there to be retried. Without one (tests of the checks), the composer sends directly.
    void setOutbox(Outbox* outbox, OutboxSender* sender);
    Outbox* outbox() const { return m_outbox; }
    // The outbox entry of the send under way, or of the last one that failed for good (sending
    // again replaces it); empty otherwise.
    QString outboxEntryId() const { return m_entryId; }

    // The outbox's resolver: settings and secrets for an entry's identity, as the composer's own
    // sends have them (sandbox, saved account with the keychain, the older server). Never asks:
    // a missing password leaves the entry Deferred until the next send from the composer.
    // `renewToken`: OutboxSender's one retry after the server called the XOAUTH2 token expired.
    void resolveOutboxIdentity(const OutboxIdentity& identity, bool renewToken, OutboxSender::ResolveDone done);
    // Secrets and access tokens of saved accounts for this session (AccountResolver).
    AccountResolver* accountResolver() const { return m_resolver.get(); }

    // Hand-tuning for tests (shorter timeouts); applied to every session.
    void setTimeouts(const SmtpTimeouts& timeouts) { m_timeouts = timeouts; m_haveTimeouts = true; }

signals:
    // After every attempt, once the window shows the outcome.
    void sendFinished(const SendController::Result& result);
    // The person wants the sandbox's captured mail, on the message with this receipt (empty:
    // no particular message). app/GuiApplication opens the viewer.
    void sandboxMailRequested(const QString& jsonPath);

private:
    enum class Step { Settings, Recipients, Subject, AttachmentReminder, Build, Size, Password, Delay, Start };
    // What the notice's one action button does.
    enum class NoticeAction { None, ServerSettings, EditAccount, ShowSandboxMessage, ShowOutbox };

    void requestSend();
    void continueFrom(Step step);
    void abortSend();
    void onSendFinished(const SendController::Result& result);
    void showError(const SmtpError& error);
    void showProblem(const QString& title, const QString& text, const QString& advice = QString());
    void showNotice(const NoticePanel::Notice& notice, NoticeAction action = NoticeAction::None);
    void onNoticeAction();
    void updateIdentities();
    void onIdentityChanged();
    // The name of where the current send goes, for sentences ("smtp.example.org", "the sandbox").
    QString destinationName() const;
    void rememberSizeLimit(qint64 limit);
    // A real server to send from: a saved account, or the complete old server settings.
    bool hasRealServer() const;
    void onAccountResolved(const AccountResolver::Result& result);
    void askPassword(bool keychainAnswered);
    void enqueue();
    void onEnqueued(const QString& id, const QString& error);
    void onOutboxFinished(const QString& id, OutboxEntry::State state, const SmtpDelivery& delivery);
    bool connectionFor(bool toSandbox, const Account& account, SmtpSettings* settings, SmtpCredentials* credentials,
                       QString* error);
    void onUndoTick();
    void onCancelRequested();
    void onWindowClosed();
    void askRestore(QList<DraftStore::Entry> entries);
    void updateDraftsDialog();
    void updateAccountsDialog();
    void removeAccount(const QString& id);
    void loadDraft(const QString& id);

    QSettings* m_settings = nullptr;
    std::unique_ptr<DialogAsker> m_ownAsker;
    Asker* m_asker = nullptr;
    std::unique_ptr<ComposerWindow> m_window;
    SendController* m_sender = nullptr;
    ServerSettings m_server;
    AddressBook m_addressBook;
    QString m_cacheDir;
    QPointer<ServerSettingsDialog> m_settingsDialog;
    bool m_setupNoticeShown = false;
    NoticeAction m_noticeAction = NoticeAction::None;

    std::unique_ptr<AccountStore> m_ownAccounts;
    AccountStore* m_accounts = nullptr;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    CredentialStore* m_credentials = nullptr;
    QPointer<ConnectionWizardController> m_wizard;
    QStringList m_identityAccounts; // per From index: the account's id, or empty
    // Secrets of accounts for this session: from the keychain, or asked, and XOAUTH2 tokens.
    // Never written anywhere.
    std::unique_ptr<AccountResolver> m_resolver;
    AccountResolver::Result m_accountConnection; // this send's account, resolved
    QHash<QString, qint64> m_accountSizeLimits; // the SIZE each account's server announced

    SandboxRunner* m_sandbox = nullptr;
    int m_sandboxIdentity = -1;   // its index in From; -1 without a sandbox
    QString m_sandboxMessage;     // receipt of the last message sent to the sandbox

    // The send being prepared or running.
    bool m_busy = false;
    bool m_toSandbox = false; // this send goes to the sandbox
    Account m_account;        // this send's account; no id when it goes elsewhere
    ComposerDraft m_draft;
    QList<MailAddress> m_recipients; // To + Cc + Bcc of m_draft
    QStringList m_temporaryFiles;
    QString m_password; // this session only; never written anywhere
    SmtpTimeouts m_timeouts;
    bool m_haveTimeouts = false;
    Outbox* m_outbox = nullptr;
    OutboxSender* m_outboxSender = nullptr;
    MailMessage m_message; // this send's, as built
    QString m_entryId;     // this send's outbox entry; kept after a permanent failure
    bool m_writingOutbox = false;      // Outbox::addAsync() under way
    bool m_cancelWhileWriting = false; // Cancel pressed meanwhile
    QTimer m_undoTimer;  // one tick a second during the undo-send delay
    int m_undoLeft = 0;  // seconds

    std::unique_ptr<DraftStore> m_drafts;
    QString m_autosaveId;   // this composer's autosave (and its lock)
    QString m_savedDraftId; // the saved draft the window shows, if any
    QTimer m_autosaveTimer;
    bool m_autosaveDirty = false; // changed since the last autosave
    QPointer<DraftsDialog> m_draftsDialog;
    QPointer<AccountsDialog> m_accountsDialog;
};
