#pragma once
// Turns the engine's typed SmtpError into words a person can act on: what went wrong, the
// server's own words, and the next step. smtp/ produces kinds; the wording lives only here, so
// it can change (and be translated) without touching the engine.

#include "SmtpError.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    struct Message
    {
        QString title;       // one line naming the host: "Could not connect to smtp.example.org"
        QString what;        // what failed, in plain words
        QString serverWords; // "535 5.7.8 Bad credentials" as the server said it; empty without a reply
        QString advice;      // the next step; may be empty (Cancelled)
        QString detail;      // the engine's technical detail, English, for "Show details" and bug reports
    };

    // Every field except `detail` is translated. An error of kind None gives an empty Message.
    // `sizeLimit` is the server's SIZE (SmtpCapabilities::sizeLimit) when the caller knows it;
    // MessageTooLarge then says how large a message may be.
    static Message describe(const SmtpError& e, const QString& host, qint64 sizeLimit = 0);

    // "waiting for the server's greeting" for "Greeting": the engine's phase (SmtpSession::State
    // key name) as words that fit "... while %1".
    static QString phaseDescription(const QString& phase);
    // Subject, issuer, validity and SHA-256 fingerprint on separate lines, for a trust decision.
    static QString certificateSummary(const QSslCertificate& certificate);
    // "SHA-256 AB:CD:..." form of the certificate's fingerprint: what a person compares.
    static QString sha256Fingerprint(const QSslCertificate& certificate);
};
