#pragma once
// A sequential message source (like a pipe) that has `head` available at once and then nothing
// until finish() is called: lets a test hold a session in its body phase for as long as it
// likes. Unlike a plain sequential QIODevice it does not claim atEnd() while merely empty.

#include <QByteArray>
#include <QIODevice>

class StallingDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit StallingDevice(const QByteArray& head, QObject* parent = nullptr);

    // Makes `tail` available, marks the end and announces it with readyRead().
    void finish(const QByteArray& tail = QByteArray());
    // Makes the next read fail (returns -1), as a broken pipe would.
    void breakSource();

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_pending;
    bool m_finished = false;
    bool m_broken = false;
};
