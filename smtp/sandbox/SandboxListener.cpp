#include "SandboxListener.h"

SandboxListener::SandboxListener(Kind kind, QObject* parent)
    : QTcpServer(parent)
    , m_kind(kind)
{
}

QString SandboxListener::kindName(Kind kind)
{
    switch (kind) {
    case Kind::StartTls: return QStringLiteral("starttls");
    case Kind::ImplicitTls: return QStringLiteral("smtps");
    case Kind::Plain: return QStringLiteral("plain");
    }
    return QString();
}

void SandboxListener::incomingConnection(qintptr descriptor)
{
    emit connectionAvailable(descriptor, m_kind);
}
