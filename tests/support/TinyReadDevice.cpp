#include "TinyReadDevice.h"

#include <cstring>

TinyReadDevice::TinyReadDevice(const QByteArray& data, qint64 maxRead, QObject* parent)
    : QIODevice(parent)
    , m_data(data)
    , m_maxRead(qMax<qint64>(1, maxRead))
{
    // Unbuffered: every read() of the consumer reaches readData(), so short reads stay short.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 TinyReadDevice::readData(char* data, qint64 maxSize)
{
    ++m_readCalls;
    const qint64 n = qMin(qMin(maxSize, m_maxRead), qint64(m_data.size()) - pos());
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + pos(), size_t(n));
    return n;
}
