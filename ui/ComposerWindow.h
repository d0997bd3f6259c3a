#pragma once
// The composer: From, To, Cc, Bcc, Subject, the body (rich or plain text), attachments, and
// while sending a progress panel with Cancel. It displays values and emits intents
// (sendRequested, cancelRequested, serverSettingsRequested, addAccountRequested,
// sandboxMailRequested); app/ComposerController decides what they mean. Above the fields, a
// banner says when messages go to the built-in sandbox rather than out into the world. Every
// control has an objectName ending in its class, which GUI tests rely on.

#include "ComposerDraft.h"
#include "MailAddress.h"
#include "NoticePanel.h"

#include <QMainWindow>
#include <QPointer>

class Asker;
class AttachmentListWidget;
class BodyTextEdit;
class ConnectionLogDock;
class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QLineEdit;
class QToolBar;
class QToolButton;
class RecipientLineEdit;
class SendProgressPanel;

class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Field { From, To, Cc, Bcc, Subject, Body, Attachments };

    // `asker` answers the window's own questions (a link's address, discarding on close); it must
    // outlive the window. May be null: then nothing is asked and closing just closes.
    explicit ComposerWindow(Asker* asker = nullptr, QWidget* parent = nullptr);
    ~ComposerWindow() override;

    // Identities shown in From, each with its signature (plain text, may be empty) and, where
    // `labels` has a non-empty entry, that text instead of the address ("Sandbox (this computer)").
    void setIdentities(const QList<MailAddress>& identities, const QStringList& signatures,
                       const QStringList& labels = QStringList());
    void setCurrentIdentity(int index);
    int currentIdentity() const;
    void setCompletions(const QStringList& entries);

    // Prefill (start-up options, mailto:). Body text goes above the signature.
    void setRecipients(const QString& to, const QString& cc, const QString& bcc);
    void setSubject(const QString& subject);
    void setBodyText(const QString& text);
    int addAttachments(const QStringList& paths);

    ComposerDraft draft() const;
    // The inverse of draft(): fields, identity, body (rich text with its inline images, or plain)
    // and attachments. The message counts as unmodified afterwards.
    void setDraft(const ComposerDraft& draft);
    // Changed since the last save, load or reset (any field, the body, attachments, From).
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // Anything the person would lose by closing: recipients, subject, text, attachments.
    bool hasContent() const;
    // A fresh message for the current identity (after a successful send).
    void resetToNewMessage();

    // Checks every recipient field, marks the bad ones; the first bad field gets the focus.
    bool validateRecipients();
    // After a partial delivery: only these addresses (the refused ones) stay in To/Cc/Bcc.
    void keepOnlyRecipients(const QStringList& addresses);
    void markRefused(const QStringList& addresses, const QString& reason);
    void focusField(Field field);
    void setCcVisible(bool visible);
    void setBccVisible(bool visible);

    // Locks the message while it is being sent (what is shown is what is sent) and shows the
    // progress panel; unlocking keeps everything as it was.
    void setSending(bool sending);
    bool isSending() const { return m_sending; }

    // The sandbox line above the fields: "Sandbox: messages you send stay on this computer.",
    // with [Show Sandbox Mail] and, when `offerAccount`, [Use a Real Account…].
    void setSandboxBannerVisible(bool visible, bool offerAccount = true);
    bool isSandboxBannerVisible() const;
    // Whether View ▸ Sandbox Mail is offered at all (there is a sandbox to look at).
    void setSandboxAvailable(bool available);

    void showNotice(const NoticePanel::Notice& notice);
    void showStatus(const QString& message, int timeoutMs = 0);
    // The undo-send delay shown (and offered for change) in File ▸ Undo Send Delay.
    void setUndoDelay(int seconds) { m_undoDelay = seconds; }
    // The permanent "N waiting in the Outbox" label of the status bar, hidden at 0.
    void setOutboxCount(int count);
    // The non-modal file dialog of File ▸ Attach Files.
    void chooseAttachments();
    void showConnectionLog();

    SendProgressPanel* progressPanel() const { return m_progressPanel; }
    NoticePanel* noticePanel() const { return m_noticePanel; }
    ConnectionLogDock* connectionLog() const { return m_logDock; }
    BodyTextEdit* bodyEdit() const { return m_body; }
    QAction* sendAction() const { return m_sendAction; }

signals:
    void sendRequested();
    void cancelRequested();
    void serverSettingsRequested();
    // "Use a real account…": set up an account instead of the sandbox.
    void addAccountRequested();
    // View ▸ Sandbox Mail, the banner's button: the captured mail window.
    void sandboxMailRequested();
    // The person (or setCurrentIdentity) chose another From identity.
    void identityChanged(int index);
    // Any change to the message, by the person or the program; and the modified flag's changes.
    void contentChanged();
    void modifiedChanged(bool modified);
    // The window lost the keyboard focus to another window (autosave then).
    void deactivated();
    // File ▸ Save Draft, or Save when closing: the receiver saves and calls setModified(false).
    void saveDraftRequested();
    // Closing with changes, answered Discard.
    void discardRequested();
    // The window closed for good (the message was sent, saved or discarded, or empty).
    void closed();
    void draftsRequested();
    // File ▸ Accounts: the list of saved accounts.
    void accountsRequested();
    void outboxRequested();
    // Undo during the undo-send delay.
    void undoSendRequested();
    // File ▸ Undo Send Delay: the person chose this many seconds (0 = send at once).
    void undoDelayChosen(int seconds);

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildSandboxBanner(QWidget* parent);
    void buildFields(QWidget* parent);
    void buildFormatBar(QWidget* parent);
    void buildMenus();
    void buildToolBar();
    void updateTitle();
    void onContentChanged();
    void updateAttachmentSummary();
    void updateFormatActions();
    void onIdentityChanged(int index);
    void onRichTextToggled(bool rich);
    void askLink();
    void forwardToFocus(const char* slot);
    RecipientLineEdit* fieldFor(Field field) const;
    QList<RecipientLineEdit*> recipientFields() const;

    Asker* m_asker = nullptr;
    QFrame* m_sandboxBanner = nullptr;
    QPushButton* m_useRealAccountButton = nullptr;
    QComboBox* m_fromComboBox = nullptr;
    RecipientLineEdit* m_toLineEdit = nullptr;
    RecipientLineEdit* m_ccLineEdit = nullptr;
    RecipientLineEdit* m_bccLineEdit = nullptr;
    QLabel* m_ccLabel = nullptr;
    QLabel* m_bccLabel = nullptr;
    QToolButton* m_ccToolButton = nullptr;
    QToolButton* m_bccToolButton = nullptr;
    QLineEdit* m_subjectLineEdit = nullptr;
    QToolBar* m_formatToolBar = nullptr;
    BodyTextEdit* m_body = nullptr;
    QWidget* m_attachmentPane = nullptr;
    QLabel* m_attachmentSummaryLabel = nullptr;
    QToolButton* m_removeAttachmentButton = nullptr;
    AttachmentListWidget* m_attachmentList = nullptr;
    NoticePanel* m_noticePanel = nullptr;
    SendProgressPanel* m_progressPanel = nullptr;
    ConnectionLogDock* m_logDock = nullptr;

    QAction* m_sendAction = nullptr;
    QAction* m_attachAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_saveDraftAction = nullptr;
    QAction* m_draftsAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_outboxAction = nullptr;
    QAction* m_undoDelayAction = nullptr;
    int m_undoDelay = 0;
    QPushButton* m_outboxStatusButton = nullptr;
    QAction* m_sandboxMailAction = nullptr;
    QAction* m_showCcAction = nullptr;
    QAction* m_showBccAction = nullptr;
    QAction* m_richTextAction = nullptr;
    QAction* m_boldAction = nullptr;
    QAction* m_italicAction = nullptr;
    QAction* m_bulletListAction = nullptr;
    QAction* m_numberedListAction = nullptr;
    QAction* m_quoteAction = nullptr;
    QAction* m_linkAction = nullptr;

    QStringList m_signatures;
    bool m_sending = false;
    bool m_modified = false;
    bool m_closeConfirmed = false;
    bool m_closeWhenIdle = false;
    bool m_closeQuestionOpen = false;
};
