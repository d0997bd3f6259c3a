#include "SandboxStore.h"

#include "SandboxIncomingMessage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSandboxStore, "qourier.sandbox.store", QtWarningMsg)

namespace {

const QString PartialPrefix = QStringLiteral(".incoming-");
const QString PartialSuffix = QStringLiteral(".part");

QString randomHex(int words)
{
    QString s;
    for (int i = 0; i < words; ++i)
        s += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return s;
}

} // namespace

SandboxStore::SandboxStore(const QString& directory, int maxMessages, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_maxMessages(maxMessages)
{
}

SandboxStore::~SandboxStore() = default;

bool SandboxStore::prepare(QString* error)
{
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Partial files outlive their session only when the process died mid-message; an hour-old
    // one belongs to no running sandbox.
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList partials = dir.entryInfoList({PartialPrefix + QLatin1Char('*') + PartialSuffix},
                                                     QDir::Files | QDir::Hidden);
    for (const QFileInfo& fi : partials) {
        if (fi.lastModified().toUTC() < hourAgo)
            QFile::remove(fi.absoluteFilePath());
    }
    QFileInfo probe(m_directory);
    if (!probe.isDir() || !probe.isWritable()) {
        *error = QStringLiteral("%1 is not a writable directory").arg(m_directory);
        return false;
    }
    return true;
}

std::unique_ptr<SandboxIncomingMessage> SandboxStore::begin(QString* error)
{
    const QString path = m_directory + QLatin1Char('/') + PartialPrefix + randomHex(2) + PartialSuffix;
    auto message = std::make_unique<SandboxIncomingMessage>(path);
    if (!message->open(error))
        return nullptr;
    return message;
}

QString SandboxStore::newId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-')
        + randomHex(1);
}

QByteArray SandboxStore::receiptJson(const SandboxReceipt& r, const QString& id, const QString& emlName, qint64 size,
                                     const QByteArray& sha256)
{
    QJsonObject params;
    for (const auto& p : r.mailParameters)
        params.insert(QString::fromUtf8(p.first), p.second.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(p.second)));
    QJsonObject envelope{
        {QStringLiteral("mail_from"), r.mailFrom},
        {QStringLiteral("mail_parameters"), params},
        {QStringLiteral("rcpt_to"), QJsonArray::fromStringList(r.recipients)},
    };
    QJsonObject tls;
    if (!r.tlsProtocol.isEmpty()) {
        tls.insert(QStringLiteral("protocol"), r.tlsProtocol);
        tls.insert(QStringLiteral("cipher"), r.tlsCipher);
    }
    QJsonObject auth;
    if (!r.authMechanism.isEmpty()) {
        auth.insert(QStringLiteral("mechanism"), r.authMechanism);
        auth.insert(QStringLiteral("user"), r.authUser);
    }
    QJsonObject client{
        {QStringLiteral("address"), r.clientAddress},
        {QStringLiteral("port"), int(r.clientPort)},
        {QStringLiteral("helo"), r.helo},
        {QStringLiteral("esmtp"), r.esmtp},
    };
    QJsonObject root{
        {QStringLiteral("id"), id},
        {QStringLiteral("eml"), emlName},
        {QStringLiteral("received"), r.received.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), double(size)},
        {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
        {QStringLiteral("envelope"), envelope},
        {QStringLiteral("body_command"), r.bodyCommand},
        {QStringLiteral("chunks"), r.chunks},
        {QStringLiteral("listener"), r.listener},
        {QStringLiteral("tls"), tls.isEmpty() ? QJsonValue() : QJsonValue(tls)},
        {QStringLiteral("auth"), auth.isEmpty() ? QJsonValue() : QJsonValue(auth)},
        {QStringLiteral("client"), client},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(r.transcript)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SandboxStore::commit(const QString& id, std::unique_ptr<SandboxIncomingMessage> message,
                             const SandboxReceipt& receipt, QString* error)
{
    loadIndex();
    const QString emlName = id + QStringLiteral(".eml");
    const QString emlPath = m_directory + QLatin1Char('/') + emlName;
    const QString jsonPath = m_directory + QLatin1Char('/') + id + QStringLiteral(".json");

    // The .eml first: whoever sees the .json may open the .eml at once.
    if (!message->moveTo(emlPath, error))
        return QString();
    // The receipt: written under a hidden name, then renamed into place (atomic in one
    // directory). No fsync: the sandbox trades durability across a power cut for speed (an
    // fdatasync per message capped it near 150 messages a second); a reader still never sees a
    // half-written file.
    const QString partialJson = m_directory + QLatin1Char('/') + PartialPrefix + randomHex(2) + PartialSuffix;
    QFile json(partialJson);
    const QByteArray bytes = receiptJson(receipt, id, emlName, message->size(), message->sha256());
    bool written = json.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (written) {
        written = json.write(bytes) == bytes.size() && json.flush();
        json.close();
    }
    if (!written || !QFile::rename(partialJson, jsonPath)) {
        *error = json.errorString();
        QFile::remove(partialJson);
        QFile::remove(emlPath);
        return QString();
    }
    m_ids.append(id);
    qCDebug(lcSandboxStore) << "stored" << jsonPath << message->size() << "octets";
    prune();
    emit messageStored(jsonPath);
    return jsonPath;
}

void SandboxStore::loadIndex()
{
    if (m_indexLoaded)
        return;
    m_indexLoaded = true;
    const QStringList jsons = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : jsons)
        m_ids.append(name.chopped(5));
}

void SandboxStore::prune()
{
    while (m_maxMessages > 0 && m_ids.size() > m_maxMessages) {
        const QString oldest = m_directory + QLatin1Char('/') + m_ids.takeFirst();
        // The .json goes first, so a listing never shows a receipt without its message.
        QFile::remove(oldest + QStringLiteral(".json"));
        QFile::remove(oldest + QStringLiteral(".eml"));
    }
}

QStringList SandboxStore::messages()
{
    loadIndex();
    QStringList paths;
    paths.reserve(m_ids.size());
    for (const QString& id : qAsConst(m_ids))
        paths.append(m_directory + QLatin1Char('/') + id + QStringLiteral(".json"));
    return paths;
}
