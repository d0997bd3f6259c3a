#pragma once
// A message source that hands out at most `maxRead` bytes per read, so a consumer's block
// borders fall wherever a test wants them: between CR and LF, just before a "." that starts a
// line, inside a multi-byte character. Random access, opened read-only on construction.

#include <QByteArray>
#include <QIODevice>

class TinyReadDevice : public QIODevice
{
    Q_OBJECT
public:
    TinyReadDevice(const QByteArray& data, qint64 maxRead, QObject* parent = nullptr);

    qint64 size() const override { return m_data.size(); }
    int readCalls() const { return m_readCalls; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_maxRead;
    int m_readCalls = 0;
};
