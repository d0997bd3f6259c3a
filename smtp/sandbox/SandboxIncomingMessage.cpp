#include "SandboxIncomingMessage.h"

SandboxIncomingMessage::SandboxIncomingMessage(const QString& partialPath)
    : m_file(partialPath)
{
}

SandboxIncomingMessage::~SandboxIncomingMessage()
{
    if (!m_moved) {
        m_file.close();
        m_file.remove();
    }
}

bool SandboxIncomingMessage::open(QString* error)
{
    // NewOnly: never reuse or follow an existing name in the directory. Created 0600: mail is
    // private, and not even for a moment readable by others.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

bool SandboxIncomingMessage::append(const char* data, qsizetype size)
{
    if (size <= 0)
        return true;
    m_size += size;
    m_hash.addData(QByteArrayView(data, size));
    m_lines.feed(data, size);
    if (m_discarding)
        return true;
    return m_file.write(data, size) == size;
}

void SandboxIncomingMessage::discard()
{
    if (m_discarding)
        return;
    m_discarding = true;
    m_file.resize(0);
}

bool SandboxIncomingMessage::finish(QString* error)
{
    m_lines.finish();
    if (!m_file.flush()) {
        *error = m_file.errorString();
        return false;
    }
    m_file.close();
    return true;
}

bool SandboxIncomingMessage::moveTo(const QString& path, QString* error)
{
    if (!m_file.rename(path)) {
        *error = m_file.errorString();
        return false;
    }
    m_moved = true;
    return true;
}
