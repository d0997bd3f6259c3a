#include "AccountStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace {

const QString OrderKey = QStringLiteral("accounts");
const QString DefaultKey = QStringLiteral("defaultAccount");

bool checkStatus(QSettings& settings, QString* error)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = AccountStore::tr("The account settings could not be written to %1.").arg(settings.fileName());
    return false;
}

} // namespace

AccountStore::AccountStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_path(filePath.isEmpty() ? defaultPath() : filePath)
{
}

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/accounts.ini");
}

QString AccountStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString AccountStore::group(const QString& id)
{
    return QStringLiteral("account-") + id;
}

QStringList AccountStore::order(const QSettings& settings) const
{
    return settings.value(OrderKey).toStringList();
}

Account AccountStore::readAccount(const QSettings& s, const QString& id)
{
    const QString g = group(id) + QLatin1Char('/');
    auto value = [&](const char* key, const QVariant& fallback = QVariant()) {
        return s.value(g + QLatin1String(key), fallback);
    };
    Account a;
    a.id = id;
    a.name = value("name").toString();
    a.displayName = value("displayName").toString();
    a.address = value("address").toString();
    a.host = value("host").toString();
    a.security = Account::securityFromName(value("security").toString());
    a.port = quint16(value("port", 587).toUInt());
    if (a.port == 0)
        a.port = a.security == SmtpSecurity::ImplicitTls ? 465 : 587;
    // The risk is acknowledged only together with clear text; anything else reads as not acknowledged.
    a.allowInsecure = a.security == SmtpSecurity::None && value("insecureAcknowledged", false).toBool();
    a.authMethod = Account::authMethodFromName(value("authMethod").toString());
    a.oauthProvider = value("oauthProvider").toString();
    a.userName = value("userName").toString();
    a.signature = value("signature").toString();
    a.pinnedSha256 = value("pinnedSha256").toString();
    a.proxyType = Account::proxyTypeFromName(value("proxyType").toString());
    a.proxyHost = value("proxyHost").toString();
    a.proxyPort = quint16(value("proxyPort", 0).toUInt());
    a.proxyUser = value("proxyUser").toString();
    return a;
}

void AccountStore::writeAccount(QSettings& s, const Account& a)
{
    s.remove(group(a.id));
    s.beginGroup(group(a.id));
    s.setValue(QStringLiteral("name"), a.name);
    s.setValue(QStringLiteral("displayName"), a.displayName);
    s.setValue(QStringLiteral("address"), a.address);
    s.setValue(QStringLiteral("host"), a.host);
    s.setValue(QStringLiteral("port"), a.port);
    s.setValue(QStringLiteral("security"), Account::securityName(a.security));
    s.setValue(QStringLiteral("insecureAcknowledged"), a.security == SmtpSecurity::None && a.allowInsecure);
    s.setValue(QStringLiteral("authMethod"), Account::authMethodName(a.authMethod));
    if (a.oauthProvider.isEmpty())
        s.remove(QStringLiteral("oauthProvider"));
    else
        s.setValue(QStringLiteral("oauthProvider"), a.oauthProvider);
    s.setValue(QStringLiteral("userName"), a.userName);
    s.setValue(QStringLiteral("signature"), a.signature);
    s.setValue(QStringLiteral("pinnedSha256"), a.pinnedSha256);
    s.setValue(QStringLiteral("proxyType"), Account::proxyTypeName(a.proxyType));
    s.setValue(QStringLiteral("proxyHost"), a.proxyHost);
    s.setValue(QStringLiteral("proxyPort"), a.proxyPort);
    s.setValue(QStringLiteral("proxyUser"), a.proxyUser);
    s.endGroup();
}

QList<Account> AccountStore::accounts() const
{
    const QSettings s(m_path, QSettings::IniFormat);
    QList<Account> list;
    for (const QString& id : order(s))
        list.append(readAccount(s, id));
    return list;
}

bool AccountStore::contains(const QString& id) const
{
    const QSettings s(m_path, QSettings::IniFormat);
    return !id.isEmpty() && order(s).contains(id);
}

Account AccountStore::account(const QString& id) const
{
    const QSettings s(m_path, QSettings::IniFormat);
    return order(s).contains(id) ? readAccount(s, id) : Account();
}

bool AccountStore::find(const QString& key, Account* out) const
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return false;
    const QList<Account> all = accounts();
    // Most specific first: an id is unique, a name is chosen by the person, an address may repeat.
    for (const Account& a : all) {
        if (a.id == k) {
            *out = a;
            return true;
        }
    }
    for (const Account& a : all) {
        if (!a.name.isEmpty() && a.name.compare(k, Qt::CaseInsensitive) == 0) {
            *out = a;
            return true;
        }
    }
    for (const Account& a : all) {
        if (a.address.compare(k, Qt::CaseInsensitive) == 0) {
            *out = a;
            return true;
        }
    }
    return false;
}

QString AccountStore::defaultAccountId() const
{
    const QSettings s(m_path, QSettings::IniFormat);
    const QStringList ids = order(s);
    const QString chosen = s.value(DefaultKey).toString();
    if (ids.contains(chosen))
        return chosen;
    return ids.isEmpty() ? QString() : ids.first();
}

void AccountStore::setDefaultAccountId(const QString& id)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.setValue(DefaultKey, id);
    s.sync();
    emit accountsChanged();
}

bool AccountStore::save(Account* account, QString* error)
{
    if (account->id.isEmpty())
        account->id = newId();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings s(m_path, QSettings::IniFormat);
    QStringList ids = order(s);
    if (!ids.contains(account->id))
        ids.append(account->id);
    s.setValue(OrderKey, ids);
    writeAccount(s, *account);
    if (!checkStatus(s, error))
        return false;
    emit accountsChanged();
    return true;
}

bool AccountStore::remove(const QString& id, CredentialStore* credentials, CredentialStore::Callback done, QString* error)
{
    QSettings s(m_path, QSettings::IniFormat);
    QStringList ids = order(s);
    ids.removeAll(id);
    s.setValue(OrderKey, ids);
    s.remove(group(id));
    if (s.value(DefaultKey).toString() == id)
        s.remove(DefaultKey);
    const bool written = checkStatus(s, error);
    if (written)
        emit accountsChanged();
    // The secret goes even when the file could not be written: a stale secret is the worse leftover.
    if (credentials) {
        credentials->remove(id, [done](const CredentialStore::Result& r) {
            CredentialStore::Result result = r;
            if (result.status == CredentialStore::Result::Status::NotFound)
                result.status = CredentialStore::Result::Status::Ok;
            if (done)
                done(result);
        });
    } else if (done) {
        CredentialStore::Result r;
        r.status = CredentialStore::Result::Status::Unavailable;
        r.detail = QStringLiteral("no credential store given");
        QTimer::singleShot(0, this, [done, r] { done(r); });
    }
    return written;
}
