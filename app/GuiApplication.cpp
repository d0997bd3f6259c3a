#include "GuiApplication.h"

#include "ComposerController.h"
#include "ComposerWindow.h"
#include "MessageParser.h"
#include "Outbox.h"
#include "OutboxController.h"
#include "OutboxSender.h"
#include "SandboxRunner.h"
#include "SandboxWindow.h"
#include "StartupRequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTimer>

GuiApplication::GuiApplication()
    : GuiApplication(Environment())
{
}

GuiApplication::GuiApplication(const Environment& environment, QObject* parent)
    : QObject(parent)
{
    QSettings* settings = environment.settings;
    if (!settings) {
        m_ownSettings = std::make_unique<QSettings>();
        settings = m_ownSettings.get();
    }
    if (environment.sandbox) {
        m_sandbox = std::make_unique<SandboxRunner>(environment.sandboxDirectory);
        // Stopped with the application, before the event loop is gone: open connections close
        // cleanly instead of being cut by the process exit.
        if (QCoreApplication* app = QCoreApplication::instance())
            connect(app, &QCoreApplication::aboutToQuit, m_sandbox.get(), &SandboxRunner::stop);
        connect(m_sandbox.get(), &SandboxRunner::started, this, &GuiApplication::updateSandboxDescription);
    }

    ComposerController::Environment composer;
    composer.settings = settings;
    composer.addressBookPath = environment.addressBookPath;
    composer.cacheDir = environment.cacheDir;
    composer.asker = environment.asker;
    composer.sandbox = m_sandbox.get();
    composer.accounts = environment.accounts;
    composer.credentials = environment.credentials;
    composer.draftsDir = environment.draftsDir;
    // Constructing it starts the sandbox when there is no account yet: the composer opens ready
    // to send.
    m_composer = std::make_unique<ComposerController>(composer);
    connect(m_composer.get(), &ComposerController::sandboxMailRequested, this, &GuiApplication::showSandboxMail);

    // The outbox: what a crash left in Sending is settled first (Uncertain when the final dot
    // had been written, RFC 1047; else Deferred), then everything due goes in the background,
    // with settings and secrets resolved as the composer has them.
    m_outbox = std::make_unique<Outbox>(environment.outboxRoot);
    m_outbox->recoverAfterCrash();
    // The Sent folder keeps each message `outbox/keepSentDays` days (30 unless set), as
    // `qourier send` and `qourier outbox` also trim it.
    m_outbox->pruneSent(Outbox::sentKeepDaysSetting());
    ComposerController* composerController = m_composer.get();
    m_outboxSender = std::make_unique<OutboxSender>(
        m_outbox.get(), [composerController](const OutboxEntry& entry, bool renewToken, OutboxSender::ResolveDone done) {
            composerController->resolveOutboxIdentity(entry.identity, renewToken, std::move(done));
        });
    m_outboxSender->setAutomatic(true);
    m_composer->setOutbox(m_outbox.get(), m_outboxSender.get());
    m_outboxController = std::make_unique<OutboxController>(m_outbox.get(), m_outboxSender.get(), m_composer.get(),
                                                            m_composer->asker());
    QTimer::singleShot(0, m_outboxSender.get(), &OutboxSender::flushDue);
}

GuiApplication::~GuiApplication()
{
    // The viewer and composer before the sandbox they show and use (member order does the same;
    // said here because it matters).
    m_sandboxWindow.reset();
    // The outbox's sender resolves through the composer: it goes first.
    m_outboxController.reset();
    m_outboxSender.reset();
    m_outbox.reset();
    m_composer.reset();
    m_sandbox.reset();
}

ComposerWindow* GuiApplication::composerWindow() const
{
    return m_composer->window();
}

void GuiApplication::applyStartup(const StartupRequest& request)
{
    m_composer->applyStartup(request);
}

void GuiApplication::show()
{
    m_composer->window()->show();
    // Asked over the window, which shows what was typed at start-up, if anything: a restored
    // message then goes to File ▸ Drafts instead of replacing it.
    m_composer->offerRestore();
}

void GuiApplication::showSandboxMail(const QString& jsonPath)
{
    if (!m_sandbox)
        return;
    if (!m_sandboxWindow) {
        m_parser = std::make_unique<MessageParser>();
        m_sandboxWindow = std::make_unique<SandboxWindow>(m_parser.get());
        // A side window: closing the composer quits the application even while this one is open.
        m_sandboxWindow->setAttribute(Qt::WA_QuitOnClose, false);
        m_sandboxWindow->setDirectory(m_sandbox->messagesDirectory());
        // The directory is watched too; the signal makes a message sent from here appear at once.
        connect(m_sandbox.get(), &SandboxRunner::messageStored, m_sandboxWindow.get(), &SandboxWindow::addMessage);
        updateSandboxDescription();
    }
    if (!jsonPath.isEmpty()) {
        m_sandboxWindow->addMessage(jsonPath); // listed now if the directory scan has not run yet
        const QString wanted = QDir::cleanPath(jsonPath);
        for (int row = 0; row < m_sandboxWindow->messageCount(); ++row) {
            if (m_sandboxWindow->messagePath(row) == wanted) {
                m_sandboxWindow->selectMessage(row);
                break;
            }
        }
    }
    m_sandboxWindow->show();
    m_sandboxWindow->raise();
    m_sandboxWindow->activateWindow();
}

void GuiApplication::updateSandboxDescription()
{
    if (!m_sandboxWindow)
        return;
    const QString running = m_sandbox->description();
    m_sandboxWindow->setServerDescription(
        running.isEmpty() ? tr("The sandbox server is not running; these are the messages it received before.")
                          : running);
}
