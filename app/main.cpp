// Qourier's entry point: `qourier [mailto:...]` opens the window; `qourier send ...` sends
// headless with QCoreApplication, so it runs with no display at all.

#include "GuiApplication.h"
#include "OutboxCommand.h"
#include "SandboxCommand.h"
#include "SendCommand.h"
#include "StartupRequest.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Qourier"));
    QCoreApplication::setOrganizationName(QStringLiteral("Qourier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QOURIER_VERSION));
}

int runSend(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Translations::install(&app);
    QStringList args = app.arguments();
    args.removeAt(1); // "send": QCommandLineParser wants the program name first, then options
    SendCommand command;
    const int code = command.start(args);
    if (code >= 0)
        return code;
    QObject::connect(&command, &SendCommand::done, &app, &QCoreApplication::exit);
    return app.exec();
}

// `qourier outbox [list|flush|...]`: the persistent outbox, headless.
int runOutbox(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Translations::install(&app);
    QStringList args = app.arguments();
    args.removeAt(1); // "outbox"
    OutboxCommand command;
    const int code = command.start(args);
    if (code >= 0)
        return code;
    QObject::connect(&command, &OutboxCommand::done, &app, &QCoreApplication::exit);
    return app.exec();
}

// `qourier sandbox`: the built-in sandbox mail server, headless, until SIGINT/SIGTERM.
int runSandbox(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Translations::install(&app);
    QStringList args = app.arguments();
    args.removeAt(1); // "sandbox"
    SandboxCommand command;
    const int code = command.start(args);
    if (code >= 0)
        return code;
    QObject::connect(&command, &SandboxCommand::done, &app, &QCoreApplication::exit);
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "send") == 0)
        return runSend(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "outbox") == 0)
        return runOutbox(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "sandbox") == 0)
        return runSandbox(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Qourier"));
    QApplication::setDesktopFileName(QStringLiteral("qourier"));
    Translations::install(&app);

    // `qourier mailto:...`, `qourier --to a@b --subject ... --attach file`.
    StartupRequest request;
    QString error;
    if (!StartupRequest::parse(app.arguments(), &request, &error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    if (request.helpRequested) {
        QTextStream(stdout) << request.helpText;
        return 0;
    }
    if (request.versionRequested) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return 0;
    }

    // The composer, ready to send: to the configured server, or with none yet to the built-in
    // sandbox, which this starts (and stops when the application quits).
    GuiApplication gui;
    gui.applyStartup(request);
    gui.show();
    return app.exec();
}
