#pragma once
// Addresses used before, for completion in To/Cc/Bcc: a small JSON file under
// QStandardPaths::AppDataLocation with names, addresses and how often each was used. No secrets.

#include "MailAddress.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class AddressBook
{
public:
    explicit AddressBook(const QString& filePath = defaultPath());

    static QString defaultPath();
    QString filePath() const { return m_path; }

    // A missing file is an empty book; an unreadable or corrupt one too (it is only a convenience).
    void load();
    bool save() const;

    // Counts each address once more; a new name replaces an empty one.
    void recordUsed(const QList<MailAddress>& addresses);
    // "Name <address>" (or the address), most used and most recent first.
    QStringList completions() const;
    int size() const { return int(m_entries.size()); }

    static constexpr int MaxEntries = 2000;

private:
    struct Entry
    {
        QString name;
        QString address;
        int count = 0;
        QDateTime lastUsed;
    };
    void sortEntries();

    QString m_path;
    QList<Entry> m_entries;
};
