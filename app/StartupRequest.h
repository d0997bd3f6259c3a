#pragma once
// What `qourier [options] [mailto:...]` asks the window to start with: recipients, subject,
// body and attachments, from a mailto: URI (RFC 6068, via MailtoParser) and/or --to, --cc,
// --bcc, --subject, --body, --attach.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class StartupRequest
{
    Q_DECLARE_TR_FUNCTIONS(StartupRequest)

public:
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString subject;
    QString body;
    QStringList attachments;     // absolute paths of files that exist
    QStringList problems;        // translated sentences to show in the window (a missing file, ...)
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;

    // `arguments` as QCoreApplication::arguments() gives them (program name first). False and
    // *error for unusable arguments (an unknown option, a bad mailto: URI).
    static bool parse(const QStringList& arguments, StartupRequest* out, QString* error);
    bool isEmpty() const;
};
