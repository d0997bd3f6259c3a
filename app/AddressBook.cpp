#include "AddressBook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

AddressBook::AddressBook(const QString& filePath)
    : m_path(filePath)
{
}

QString AddressBook::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/addresses.json");
}

void AddressBook::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("addresses")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        Entry e;
        e.name = o.value(QStringLiteral("name")).toString();
        e.address = o.value(QStringLiteral("address")).toString();
        e.count = o.value(QStringLiteral("count")).toInt(1);
        e.lastUsed = QDateTime::fromString(o.value(QStringLiteral("lastUsed")).toString(), Qt::ISODateWithMs);
        if (!e.address.isEmpty())
            m_entries.append(e);
    }
    sortEntries();
}

bool AddressBook::save() const
{
    QJsonArray array;
    for (const Entry& e : m_entries) {
        array.append(QJsonObject{{QStringLiteral("name"), e.name},
                                 {QStringLiteral("address"), e.address},
                                 {QStringLiteral("count"), e.count},
                                 {QStringLiteral("lastUsed"), e.lastUsed.toString(Qt::ISODateWithMs)}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // QSaveFile: a crash while writing leaves the previous book, never half a file.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("addresses"), array}})
                   .toJson(QJsonDocument::Indented));
    return file.commit();
}

void AddressBook::recordUsed(const QList<MailAddress>& addresses)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const MailAddress& a : addresses) {
        if (a.address.isEmpty())
            continue;
        auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
            return e.address.compare(a.address, Qt::CaseInsensitive) == 0;
        });
        if (it == m_entries.end()) {
            m_entries.append(Entry{a.name.trimmed(), a.address, 1, now});
            continue;
        }
        ++it->count;
        it->lastUsed = now;
        if (!a.name.trimmed().isEmpty())
            it->name = a.name.trimmed();
    }
    sortEntries();
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
}

void AddressBook::sortEntries()
{
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.lastUsed > b.lastUsed;
    });
}

QStringList AddressBook::completions() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        out.append(MailAddress{e.name, e.address}.toDisplayString());
    return out;
}
