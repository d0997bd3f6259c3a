#pragma once
// Where the sandbox keeps what it accepted: for each message `<id>.eml`, the exact bytes
// received (after dot-unstuffing), and `<id>.json`, the envelope and how it arrived. Ids sort by
// arrival time. Both files appear atomically (.eml first, then .json), so a reader that waits
// for the .json always finds a complete .eml. Only the newest maxMessages are kept.

#include "SandboxReceipt.h"

#include <QObject>
#include <QStringList>

#include <memory>

class SandboxIncomingMessage;

class SandboxStore : public QObject
{
    Q_OBJECT
public:
    SandboxStore(const QString& directory, int maxMessages, QObject* parent = nullptr);
    ~SandboxStore() override;

    QString directory() const { return m_directory; }
    void setMaxMessages(int maxMessages) { m_maxMessages = maxMessages; }

    // Creates the directory (mode 0700) and removes partial files a crash left behind.
    bool prepare(QString* error);
    // A new message to stream into; nullptr (with *error) when the directory is not writable.
    std::unique_ptr<SandboxIncomingMessage> begin(QString* error);
    // A fresh message id: sorts by arrival (UTC to the millisecond), random against collisions.
    static QString newId();
    // Makes a finished message permanent under `id`. Returns the .json path, or empty with *error.
    QString commit(const QString& id, std::unique_ptr<SandboxIncomingMessage> message, const SandboxReceipt& receipt,
                   QString* error);

    // The stored messages' .json paths, oldest first.
    QStringList messages();

    static QByteArray receiptJson(const SandboxReceipt& receipt, const QString& id, const QString& emlName, qint64 size,
                                  const QByteArray& sha256);

signals:
    void messageStored(const QString& jsonPath);

private:
    void loadIndex();
    void prune();

    QString m_directory;
    int m_maxMessages;
    QStringList m_ids; // stored ids, oldest first
    bool m_indexLoaded = false;
};
