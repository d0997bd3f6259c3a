#pragma once
// What the connection wizard says when a test fails: the generic explanation from ErrorText plus
// what this provider is known to need (Gmail's app passwords, QQ Mail's 授权码, NetEase's client
// authorization code, Microsoft's disabled password sign-in, ...), and which one-click remedy to
// offer: trusting the exact certificate shown, or the other port/security pair.

#include "SmtpError.h"
#include "SmtpSettings.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

class ConnectionWizardAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionWizardAdvice)

public:
    struct Situation
    {
        SmtpError error;
        QString host;
        quint16 port = 0;
        SmtpSecurity security = SmtpSecurity::StartTls;
        QString helpId;        // ProviderDatabase help id; empty when the provider is unknown
        QString providerName;  // "Gmail"
        QString pinnedSha256;  // the account's pin before this test, to say "it changed"
    };

    struct Advice
    {
        QString title;
        QString text;          // plain text, several sentences; the provider's part first
        QString providerText;  // only the provider-specific part (empty when none applies)
        QString serverWords;   // "535 5.7.8 ..." as the server said it
        // An untrusted certificate the person may choose to trust for this account.
        QSslCertificate certificate;
        bool certificateChanged = false; // a pin existed and this certificate is a different one
        // The other port/security pair worth a try (refused, timed out, no STARTTLS, TLS mismatch).
        bool offerAlternative = false;
        quint16 alternativePort = 0;
        SmtpSecurity alternativeSecurity = SmtpSecurity::ImplicitTls;
        QString alternativeLabel; // "Try SSL/TLS on Port 465"
    };

    static Advice describe(const Situation& situation);
    // What the provider needs when sign-in fails; empty for an unknown help id.
    static QString signInHelp(const QString& helpId, const QString& providerName);
    // Lower-case hex without separators: the form stored in the account.
    static QString fingerprintHex(const QSslCertificate& certificate);
};
