#pragma once
// Account secrets in the OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): one entry per account, service "Qourier", key = account id,
// holding the password, the OAuth refresh token and the proxy password together.
//
// Asynchronous only: every call returns at once and its callback runs later from the event loop,
// never from inside the call. QtKeychain jobs have no timeout of their own (a Secret Service that
// never answers leaves them pending forever), so each one is guarded by a QTimer.
//
// There is deliberately no fallback: when no keychain answers, the result says so
// (Status::Unavailable or Status::TimedOut) and the caller asks for the password each time. A
// secret is never written to a file.

#include <QObject>
#include <QString>

#include <functional>

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Secret
    {
        QString password;      // or an app password / authorization code
        QString refreshToken;  // OAuth 2 (XOAUTH2)
        QString proxyPassword;
        bool isEmpty() const { return password.isEmpty() && refreshToken.isEmpty() && proxyPassword.isEmpty(); }
        bool operator==(const Secret& o) const
        {
            return password == o.password && refreshToken == o.refreshToken && proxyPassword == o.proxyPassword;
        }
    };

    struct Result
    {
        enum class Status {
            Ok,          // read: the secret is in `secret`; write/remove: done
            NotFound,    // the keychain works but has no entry for this account
            Unavailable, // no keychain, or it refused (locked, access denied): see `detail`
            TimedOut,    // the keychain did not answer in time
        };
        Status status = Status::Unavailable;
        Secret secret;
        QString detail; // the keychain's own error text, English, for logs

        bool ok() const { return status == Status::Ok; }
        // A keychain answered: NotFound is an answer, not a failure of the keychain.
        bool keychainAnswered() const { return status == Status::Ok || status == Status::NotFound; }
    };
    using Callback = std::function<void(const Result& result)>;

    static constexpr int DefaultTimeoutMs = 10'000;

    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;

    // Tests use their own service name so parallel runs and a developer's real entries never meet.
    void setService(const QString& service) { m_service = service; }
    QString service() const { return m_service; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // `done` runs exactly once, later, unless this store is destroyed first. Virtual so GUI tests
    // can substitute an in-memory store; the keychain itself is tested in tst_credentialstore.
    virtual void read(const QString& accountId, Callback done);
    virtual void write(const QString& accountId, const Secret& secret, Callback done);
    virtual void remove(const QString& accountId, Callback done);

    // The entry's text: a small JSON object, so one entry holds every secret of an account.
    static QString encode(const Secret& secret);
    // Also reads an entry holding only a bare password (written by hand or by another tool).
    static Secret decode(const QString& text);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString& accountId, const Secret& secret, Callback done);

    QString m_service = QStringLiteral("Qourier");
    int m_timeoutMs = DefaultTimeoutMs;
};
