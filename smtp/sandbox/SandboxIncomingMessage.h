#pragma once
// One message being received: its bytes go straight to a hidden file in the store's directory as
// they arrive, never whole into memory, with a running SHA-256, size and line check. Destroying
// it before SandboxStore::commit() removes the file: a dropped connection leaves nothing behind.

#include "SandboxLineChecker.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>

class SandboxIncomingMessage
{
public:
    explicit SandboxIncomingMessage(const QString& partialPath);
    ~SandboxIncomingMessage();
    SandboxIncomingMessage(const SandboxIncomingMessage&) = delete;
    SandboxIncomingMessage& operator=(const SandboxIncomingMessage&) = delete;

    bool open(QString* error);
    // Counts, hashes and checks the bytes; writes them unless discarding. False on a write error.
    bool append(const char* data, qsizetype size);
    // Keeps counting but stops writing and drops what was written (the message is over SIZE and
    // will be refused; its bytes still have to be read).
    void discard();
    bool isDiscarding() const { return m_discarding; }
    // Flushes and closes the file; the line checker sees the end.
    bool finish(QString* error);
    // Moves the finished file to its final name (atomic within one directory).
    bool moveTo(const QString& path, QString* error);

    qint64 size() const { return m_size; }
    QByteArray sha256() const { return m_hash.result(); }
    const SandboxLineChecker& lines() const { return m_lines; }
    QString errorString() const { return m_file.errorString(); }

private:
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    SandboxLineChecker m_lines;
    qint64 m_size = 0;
    bool m_discarding = false;
    bool m_moved = false;
};
