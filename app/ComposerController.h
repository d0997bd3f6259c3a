#pragma once
// Wires the composer window to the engine: checks before sending (recipients, subject,
// attachment reminder, the server's SIZE), asks the password, runs SendController, shows progress
// and the outcome, and keeps the message in the window whenever it was not sent.

#include "AddressBook.h"
#include "ComposerDraft.h"
#include "SendController.h"
#include "ServerSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class Asker;
class ComposerWindow;
class DialogAsker;
class QSettings;
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
    };

    explicit ComposerController(const Environment& environment, QObject* parent = nullptr);
    ~ComposerController() override;

    ComposerWindow* window() const { return m_window.get(); }
    SendController* sendController() const { return m_sender; }
    const ServerSettings& serverSettings() const { return m_server; }
    void setServerSettings(const ServerSettings& settings);
    AddressBook& addressBook() { return m_addressBook; }

    void applyStartup(const StartupRequest& request);
    // The settings dialog, non-modal; `sendAfterwards` continues a send that needed it.
    void openServerSettings(bool sendAfterwards = false);
    ServerSettingsDialog* settingsDialog() const { return m_settingsDialog; }

    bool isBusy() const { return m_busy; }

    // Hand-tuning for tests (shorter timeouts); applied to every session.
    void setTimeouts(const SmtpTimeouts& timeouts) { m_timeouts = timeouts; m_haveTimeouts = true; }

signals:
    // After every attempt, once the window shows the outcome.
    void sendFinished(const SendController::Result& result);

private:
    enum class Step { Settings, Recipients, Subject, AttachmentReminder, Build, Size, Password, Start };

    void requestSend();
    void continueFrom(Step step);
    void abortSend();
    void onSendFinished(const SendController::Result& result);
    void showError(const SmtpError& error);
    void showProblem(const QString& title, const QString& text, const QString& advice = QString());
    void updateIdentities();
    void rememberSizeLimit(qint64 limit);

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

    // The send being prepared or running.
    bool m_busy = false;
    ComposerDraft m_draft;
    QList<MailAddress> m_recipients; // To + Cc + Bcc of m_draft
    QStringList m_temporaryFiles;
    QString m_password; // this session only; never written anywhere
    SmtpTimeouts m_timeouts;
    bool m_haveTimeouts = false;
};
