#pragma once
// One value type for every way a send can end badly. smtp/ produces kinds; ui/ and app/ turn them
// into translated sentences with advice, so wording never lives in the engine.

#include "SmtpReply.h"

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

struct SmtpError
{
    enum class Kind {
        None,
        InvalidInput,        // a CR/LF in an address, an empty envelope, a bad setting
        HostLookup,          // the server name does not resolve
        ConnectionRefused,   // nothing listens on that port
        Network,             // other socket errors (unreachable, reset)
        Proxy,               // the proxy could not be reached or broke its protocol
        ProxyAuthFailed,     // the proxy wants (other) credentials
        ProxyTargetUnreachable, // the proxy could not reach the mail server
        Timeout,             // a phase exceeded its time limit
        TlsHandshake,        // TLS could not be negotiated
        CertificateRejected, // the certificate is not trusted (chain in `certificateChain`)
        StartTlsUnavailable, // STARTTLS required but not offered or refused: never continue in clear
        InsecureRefused,     // clear text was not explicitly allowed (or AUTH in clear text)
        ProtocolError,       // malformed reply, overlong line, bytes injected after STARTTLS 220
        ServiceUnavailable,  // 421 at any point, or a 554 greeting
        HeloRejected,        // EHLO and HELO both refused
        AuthUnavailable,     // credentials given but no usable mechanism offered
        AuthFailed,          // 535: wrong user name or password
        AuthTokenExpired,    // XOAUTH2 token rejected as expired/invalid (refresh and retry)
        SenderRejected,      // MAIL FROM refused
        RecipientRejected,   // every RCPT TO refused (per-recipient results in the delivery)
        MessageTooLarge,     // over the server's SIZE, or 552
        SmtpUtf8Unavailable, // a non-ASCII address but the server does not offer SMTPUTF8
        EightBitUnavailable, // 8-bit body but no 8BITMIME
        DataRejected,        // DATA/BDAT or the end of data refused
        BodyReadError,       // the message source could not be read
        ServerClosed,        // the server closed the connection early
        Cancelled,           // cancel() was called
    };

    Kind kind = Kind::None;
    QString phase;          // the engine's state name when it happened ("Greeting", "RcptTo", ...)
    int replyCode = 0;      // the server's reply code, when a reply caused it
    QString enhancedCode;   // e.g. "5.7.8"
    QString serverText;     // the server's own words
    QString detail;         // technical detail in English for logs (socket or TLS error string)
    QList<QSslCertificate> certificateChain; // for TLS and certificate errors
    QList<QSslError> sslErrors;
    // RFC 1047: the connection died after the final dot was sent and before the reply arrived,
    // so the server may or may not have accepted the message. Never resend silently.
    bool deliveryUncertain = false;

    bool isError() const { return kind != Kind::None; }
    // 4xx replies, timeouts and dropped connections are worth retrying later; 5xx are not.
    bool isTransient() const;
    static SmtpError fromReply(Kind kind, const QString& phase, const SmtpReply& reply);
    static QString kindName(Kind kind);
    // One English line for logs and the CLI: "AuthFailed in Auth: 535 5.7.8 Bad credentials".
    QString toString() const;
};

Q_DECLARE_METATYPE(SmtpError)
