#include "SmtpError.h"

bool SmtpError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::ConnectionRefused:
    case Kind::ServerClosed:
    case Kind::ServiceUnavailable:
    case Kind::HostLookup:
    case Kind::Proxy:
    case Kind::ProxyTargetUnreachable:
        return !deliveryUncertain;
    default:
        return replyCode >= 400 && replyCode < 500;
    }
}

SmtpError SmtpError::fromReply(Kind kind, const QString& phase, const SmtpReply& reply)
{
    SmtpError e;
    e.kind = kind;
    e.phase = phase;
    e.replyCode = reply.code;
    e.enhancedCode = reply.enhancedCode;
    e.serverText = reply.text();
    return e;
}

QString SmtpError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::InvalidInput: return QStringLiteral("InvalidInput");
    case Kind::HostLookup: return QStringLiteral("HostLookup");
    case Kind::ConnectionRefused: return QStringLiteral("ConnectionRefused");
    case Kind::Network: return QStringLiteral("Network");
    case Kind::Proxy: return QStringLiteral("Proxy");
    case Kind::ProxyAuthFailed: return QStringLiteral("ProxyAuthFailed");
    case Kind::ProxyTargetUnreachable: return QStringLiteral("ProxyTargetUnreachable");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::TlsHandshake: return QStringLiteral("TlsHandshake");
    case Kind::CertificateRejected: return QStringLiteral("CertificateRejected");
    case Kind::StartTlsUnavailable: return QStringLiteral("StartTlsUnavailable");
    case Kind::InsecureRefused: return QStringLiteral("InsecureRefused");
    case Kind::ProtocolError: return QStringLiteral("ProtocolError");
    case Kind::ServiceUnavailable: return QStringLiteral("ServiceUnavailable");
    case Kind::HeloRejected: return QStringLiteral("HeloRejected");
    case Kind::AuthUnavailable: return QStringLiteral("AuthUnavailable");
    case Kind::AuthFailed: return QStringLiteral("AuthFailed");
    case Kind::AuthTokenExpired: return QStringLiteral("AuthTokenExpired");
    case Kind::SenderRejected: return QStringLiteral("SenderRejected");
    case Kind::RecipientRejected: return QStringLiteral("RecipientRejected");
    case Kind::MessageTooLarge: return QStringLiteral("MessageTooLarge");
    case Kind::SmtpUtf8Unavailable: return QStringLiteral("SmtpUtf8Unavailable");
    case Kind::EightBitUnavailable: return QStringLiteral("EightBitUnavailable");
    case Kind::DataRejected: return QStringLiteral("DataRejected");
    case Kind::BodyReadError: return QStringLiteral("BodyReadError");
    case Kind::ServerClosed: return QStringLiteral("ServerClosed");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

QString SmtpError::toString() const
{
    QString s = kindName(kind);
    if (!phase.isEmpty())
        s += QStringLiteral(" in ") + phase;
    if (replyCode) {
        s += QStringLiteral(": %1").arg(replyCode);
        if (!enhancedCode.isEmpty())
            s += QLatin1Char(' ') + enhancedCode;
        if (!serverText.isEmpty())
            s += QLatin1Char(' ') + serverText;
    } else if (!detail.isEmpty()) {
        s += QStringLiteral(": ") + detail;
    }
    if (deliveryUncertain)
        s += QStringLiteral(" (delivery uncertain)");
    return s;
}
