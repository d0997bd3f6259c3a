#include "StartupRequest.h"

#include "MailtoParser.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

bool StartupRequest::parse(const QStringList& arguments, StartupRequest* out, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Qourier: write and send email."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Recipient (repeatable; commas allowed)."), tr("address"));
    const QCommandLineOption ccOption(QStringLiteral("cc"), tr("Copy recipient (repeatable)."), tr("address"));
    const QCommandLineOption bccOption(QStringLiteral("bcc"), tr("Blind copy recipient (repeatable)."), tr("address"));
    const QCommandLineOption subjectOption(QStringLiteral("subject"), tr("The subject."), tr("text"));
    const QCommandLineOption bodyOption(QStringLiteral("body"), tr("The message text."), tr("text"));
    const QCommandLineOption attachOption(QStringLiteral("attach"), tr("A file to attach (repeatable)."), tr("file"));
    parser.addOptions({toOption, ccOption, bccOption, subjectOption, bodyOption, attachOption});
    parser.addPositionalArgument(QStringLiteral("mailto"), tr("A mailto: link to open (RFC 6068)."),
                                 QStringLiteral("[mailto:...]"));

    StartupRequest r;
    if (!parser.parse(arguments)) {
        if (error)
            *error = parser.errorText();
        return false;
    }
    r.helpRequested = parser.isSet(help);
    r.versionRequested = parser.isSet(version);
    r.helpText = parser.helpText();

    const QStringList positional = parser.positionalArguments();
    for (const QString& argument : positional) {
        if (!argument.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
            if (error)
                *error = tr("\"%1\" is not a mailto: link. Use --attach to attach a file.").arg(argument);
            return false;
        }
        MailtoParser::Result mailto;
        QString problem;
        if (!MailtoParser::parse(argument, &mailto, &problem)) {
            if (error)
                *error = problem;
            return false;
        }
        r.to += mailto.to;
        r.cc += mailto.cc;
        r.bcc += mailto.bcc;
        if (!mailto.subject.isEmpty())
            r.subject = mailto.subject;
        if (!mailto.body.isEmpty())
            r.body = mailto.body;
        if (!mailto.ignoredFields.isEmpty())
            r.problems.append(tr("The link also asked for fields that were ignored for your safety: %1")
                                  .arg(mailto.ignoredFields.join(QStringLiteral(", "))));
    }
    r.to += parser.values(toOption);
    r.cc += parser.values(ccOption);
    r.bcc += parser.values(bccOption);
    if (parser.isSet(subjectOption))
        r.subject = parser.value(subjectOption);
    if (parser.isSet(bodyOption))
        r.body = parser.value(bodyOption);
    const QStringList files = parser.values(attachOption);
    for (const QString& file : files) {
        const QFileInfo info(file);
        if (info.isFile() && info.isReadable())
            r.attachments.append(info.absoluteFilePath());
        else
            r.problems.append(tr("\"%1\" was not attached: there is no readable file there.")
                                  .arg(QDir::toNativeSeparators(file)));
    }
    *out = r;
    return true;
}

bool StartupRequest::isEmpty() const
{
    return to.isEmpty() && cc.isEmpty() && bcc.isEmpty() && subject.isEmpty() && body.isEmpty()
        && attachments.isEmpty() && problems.isEmpty();
}
