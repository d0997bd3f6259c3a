#include "GuiApplication.h"

#include "ComposerController.h"
#include "ComposerWindow.h"
#include "MessageParser.h"
#include "SandboxRunner.h"
#include "SandboxWindow.h"
#include "StartupRequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

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
    // Constructing it starts the sandbox when there is no account yet: the composer opens ready
    // to send.
    m_composer = std::make_unique<ComposerController>(composer);
    connect(m_composer.get(), &ComposerController::sandboxMailRequested, this, &GuiApplication::showSandboxMail);
}

GuiApplication::~GuiApplication()
{
    // The viewer and composer before the sandbox they show and use (member order does the same;
    // said here because it matters).
    m_sandboxWindow.reset();
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
