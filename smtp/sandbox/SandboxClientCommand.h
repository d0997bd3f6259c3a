#pragma once
// One command line from an SMTP client, taken apart (RFC 5321 §4.1). A value type produced by
// SandboxCommandParser; the session decides what it means in the current state.

#include <QByteArray>
#include <QList>
#include <QPair>

struct SandboxClientCommand
{
    enum class Verb { Unknown, Ehlo, Helo, StartTls, Auth, Mail, Rcpt, Data, Bdat, Rset, Noop, Quit, Vrfy, Expn, Help };

    Verb verb = Verb::Unknown;

    // A syntax error found by the parser: the reply to send (501, 500, 502, 555), else 0.
    int errorCode = 0;
    QByteArray errorEnhanced; // "5.5.4"
    QByteArray errorText;

    QByteArray domain; // EHLO, HELO: the client's name or address literal

    QByteArray mechanism;       // AUTH: upper-cased
    bool hasInitialResponse = false;
    QByteArray initialResponse; // AUTH: as sent (base64, or "=" for an empty one, RFC 4954 §4)

    // MAIL, RCPT: the mailbox without angle brackets and without any source route
    // (RFC 5321 §4.1.2, Appendix C: routes are ignored); empty for the null path "<>".
    QByteArray path;
    bool nullPath = false;
    bool postmaster = false; // RCPT TO:<Postmaster> (RFC 5321 §4.1.1.3)
    bool nonAscii = false;   // the path has UTF-8 (needs SMTPUTF8, RFC 6531 §3.4)
    // ESMTP parameters in order, keywords upper-cased; value empty when absent.
    QList<QPair<QByteArray, QByteArray>> parameters;

    qint64 chunkSize = 0; // BDAT
    bool last = false;    // BDAT ... LAST

    QByteArray argument; // NOOP, VRFY, EXPN, HELP: the rest of the line

    bool ok() const { return errorCode == 0; }
    QByteArray parameter(const QByteArray& keyword, bool* present = nullptr) const
    {
        for (const auto& p : parameters) {
            if (p.first == keyword) {
                if (present)
                    *present = true;
                return p.second;
            }
        }
        if (present)
            *present = false;
        return QByteArray();
    }
};
