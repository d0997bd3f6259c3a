#pragma once
// The desktop application's wiring, as `qourier` with no subcommand starts it: the composer
// (ComposerController), the built-in sandbox (SandboxRunner, started only when something needs
// it) and the sandbox's captured-mail window (SandboxWindow with the GMime MessageParser), opened
// from the composer. main.cpp builds one; tests build one in a temporary home.

#include <QObject>
#include <QString>

#include <memory>

class AccountStore;
class Asker;
class ComposerController;
class ComposerWindow;
class CredentialStore;
class MessageParser;
class Outbox;
class OutboxController;
class OutboxSender;
class QSettings;
class SandboxRunner;
class SandboxWindow;
class StartupRequest;

class GuiApplication : public QObject
{
    Q_OBJECT
public:
    struct Environment
    {
        QSettings* settings = nullptr; // null: the application's QSettings; not owned
        QString sandboxDirectory;      // empty: SandboxAccount::defaultBaseDirectory()
        QString addressBookPath;       // empty: AddressBook::defaultPath()
        QString cacheDir;              // empty: CacheLocation
        Asker* asker = nullptr;        // null: real dialogs
        bool sandbox = true;           // offer the built-in sandbox
        AccountStore* accounts = nullptr;       // null: the default accounts file; not owned
        CredentialStore* credentials = nullptr; // null: the OS keychain; not owned
        QString draftsDir;             // empty: DraftStore::defaultDirectory()
        QString outboxRoot;            // empty: Outbox::defaultRoot()
    };

    // Everything in its usual place, real dialogs (what main() uses).
    GuiApplication();
    explicit GuiApplication(const Environment& environment, QObject* parent = nullptr);
    ~GuiApplication() override;

    void applyStartup(const StartupRequest& request);
    // Shows the composer: the first window a person sees. Then offers back the messages a crash
    // interrupted (autosaves nobody holds).
    void show();

    ComposerController* composer() const { return m_composer.get(); }
    ComposerWindow* composerWindow() const;
    SandboxRunner* sandbox() const { return m_sandbox.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    OutboxSender* outboxSender() const { return m_outboxSender.get(); }
    OutboxController* outboxController() const { return m_outboxController.get(); }
    // Null until the sandbox's mail was first asked for.
    SandboxWindow* sandboxWindow() const { return m_sandboxWindow.get(); }

    // Opens (or raises) the captured-mail window, on the message with this receipt if given.
    void showSandboxMail(const QString& jsonPath = QString());

private:
    void updateSandboxDescription();

    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<SandboxRunner> m_sandbox;
    std::unique_ptr<ComposerController> m_composer;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_outboxSender;
    std::unique_ptr<OutboxController> m_outboxController;
    std::unique_ptr<MessageParser> m_parser;
    std::unique_ptr<SandboxWindow> m_sandboxWindow;
};
