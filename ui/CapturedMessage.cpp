#include "CapturedMessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A receipt holds at most 1,000 transcript lines (SandboxSession); anything far larger is not one.
constexpr qint64 MaxReceiptSize = 16 * 1024 * 1024;

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

} // namespace

CapturedMessage CapturedMessage::fromReceiptFile(const QString& jsonPath, QString* error)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return CapturedMessage();
    }
    if (file.size() > MaxReceiptSize) {
        *error = tr("The receipt is too large to be one.");
        return CapturedMessage();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("The receipt is not valid JSON: %1").arg(parseError.errorString());
        return CapturedMessage();
    }
    const QJsonObject root = doc.object();
    // The .eml must sit next to its receipt: a name with a path in it is refused rather than
    // followed somewhere else on the disk.
    const QString emlName = root.value(QStringLiteral("eml")).toString();
    if (emlName.isEmpty() || emlName.contains(QLatin1Char('/')) || emlName.contains(QLatin1Char('\\'))
        || emlName.startsWith(QLatin1Char('.'))) {
        *error = tr("The receipt does not name its message file.");
        return CapturedMessage();
    }

    CapturedMessage m;
    m.hasReceipt = true;
    m.jsonPath = jsonPath;
    m.emlPath = QFileInfo(jsonPath).dir().filePath(emlName);
    m.id = root.value(QStringLiteral("id")).toString();
    m.size = root.value(QStringLiteral("size")).toInteger(-1);
    m.sha256 = root.value(QStringLiteral("sha256")).toString();

    SandboxReceipt& r = m.receipt;
    const QJsonObject envelope = root.value(QStringLiteral("envelope")).toObject();
    r.mailFrom = envelope.value(QStringLiteral("mail_from")).toString();
    const QJsonObject params = envelope.value(QStringLiteral("mail_parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        // null = a keyword without a value ("SMTPUTF8"), RFC 5321 §4.1.2 esmtp-param.
        r.mailParameters.append({it.key().toUtf8(), it.value().isNull() ? QByteArray() : it.value().toString().toUtf8()});
    }
    r.recipients = stringList(envelope.value(QStringLiteral("rcpt_to")));
    r.bodyCommand = root.value(QStringLiteral("body_command")).toString();
    r.chunks = root.value(QStringLiteral("chunks")).toInt();
    r.listener = root.value(QStringLiteral("listener")).toString();
    const QJsonObject tls = root.value(QStringLiteral("tls")).toObject();
    r.tlsProtocol = tls.value(QStringLiteral("protocol")).toString();
    r.tlsCipher = tls.value(QStringLiteral("cipher")).toString();
    const QJsonObject auth = root.value(QStringLiteral("auth")).toObject();
    r.authMechanism = auth.value(QStringLiteral("mechanism")).toString();
    r.authUser = auth.value(QStringLiteral("user")).toString();
    const QJsonObject client = root.value(QStringLiteral("client")).toObject();
    r.clientAddress = client.value(QStringLiteral("address")).toString();
    r.clientPort = quint16(client.value(QStringLiteral("port")).toInt());
    r.helo = client.value(QStringLiteral("helo")).toString();
    r.esmtp = client.value(QStringLiteral("esmtp")).toBool();
    r.received = QDateTime::fromString(root.value(QStringLiteral("received")).toString(), Qt::ISODateWithMs);
    if (!r.received.isValid())
        r.received = QFileInfo(jsonPath).lastModified();
    r.transcript = stringList(root.value(QStringLiteral("transcript")));
    if (m.size < 0)
        m.size = QFileInfo(m.emlPath).size();
    return m;
}

CapturedMessage CapturedMessage::fromMessageFile(const QString& emlPath)
{
    CapturedMessage m;
    const QFileInfo info(emlPath);
    m.emlPath = info.absoluteFilePath();
    m.size = info.size();
    m.receipt.received = info.lastModified();
    return m;
}
