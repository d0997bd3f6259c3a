#include "StallingDevice.h"

#include <cstring>

StallingDevice::StallingDevice(const QByteArray& head, QObject* parent)
    : QIODevice(parent)
    , m_pending(head)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void StallingDevice::finish(const QByteArray& tail)
{
    m_pending += tail;
    m_finished = true;
    emit readyRead();
}

void StallingDevice::breakSource()
{
    m_broken = true;
    setErrorString(QStringLiteral("the message source broke"));
    emit readyRead();
}

bool StallingDevice::atEnd() const
{
    return m_finished && m_pending.isEmpty();
}

qint64 StallingDevice::bytesAvailable() const
{
    return m_pending.size() + QIODevice::bytesAvailable();
}

qint64 StallingDevice::readData(char* data, qint64 maxSize)
{
    if (m_broken)
        return -1;
    const qint64 n = qMin(maxSize, qint64(m_pending.size()));
    if (n > 0) {
        std::memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, int(n));
    }
    return n;
}
