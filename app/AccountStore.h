#pragma once
// The accounts, in an INI file (QSettings::IniFormat) under QStandardPaths::AppConfigLocation:
// one group per account, in the order the person added them, plus which one is the default.
// Secrets never go here (CredentialStore keeps them in the OS keychain).

#include "Account.h"
#include "CredentialStore.h"

#include <QList>
#include <QObject>
#include <QString>

class QSettings;

class AccountStore : public QObject
{
    Q_OBJECT
public:
    // `filePath` empty = defaultPath(); tests give a file in a temporary directory.
    explicit AccountStore(const QString& filePath = QString(), QObject* parent = nullptr);

    static QString defaultPath(); // <AppConfigLocation>/accounts.ini
    static QString newId();       // a fresh UUID without braces
    QString filePath() const { return m_path; }

    QList<Account> accounts() const;
    bool contains(const QString& id) const;
    Account account(const QString& id) const; // an empty Account (no id) when unknown
    // By id, else by name, else by address (case-insensitive): what `qourier send --account` takes.
    bool find(const QString& idNameOrAddress, Account* out) const;

    QString defaultAccountId() const; // the first account when none was chosen
    void setDefaultAccountId(const QString& id);

    // Adds or replaces; gives a new account its id. False with *error (translated) when the
    // file cannot be written.
    bool save(Account* account, QString* error = nullptr);
    // Removes the account from the file and its secret from the keychain (both: a deleted account
    // leaves no password behind). `done` gets the keychain's answer; NotFound counts as done.
    bool remove(const QString& id, CredentialStore* credentials, CredentialStore::Callback done = {},
                QString* error = nullptr);

signals:
    void accountsChanged();

private:
    static Account readAccount(const QSettings& settings, const QString& id);
    static void writeAccount(QSettings& settings, const Account& account);
    static QString group(const QString& id);
    QStringList order(const QSettings& settings) const;

    QString m_path;
};
