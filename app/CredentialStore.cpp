#include "CredentialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "qourier.keychain", QtWarningMsg)

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::read(const QString& accountId, Callback done)
{
    run(Operation::Read, accountId, Secret(), std::move(done));
}

void CredentialStore::write(const QString& accountId, const Secret& secret, Callback done)
{
    run(Operation::Write, accountId, secret, std::move(done));
}

void CredentialStore::remove(const QString& accountId, Callback done)
{
    run(Operation::Remove, accountId, Secret(), std::move(done));
}

QString CredentialStore::encode(const Secret& secret)
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    if (!secret.password.isEmpty())
        o.insert(QStringLiteral("password"), secret.password);
    if (!secret.refreshToken.isEmpty())
        o.insert(QStringLiteral("refreshToken"), secret.refreshToken);
    if (!secret.proxyPassword.isEmpty())
        o.insert(QStringLiteral("proxyPassword"), secret.proxyPassword);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CredentialStore::Secret CredentialStore::decode(const QString& text)
{
    Secret s;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().contains(QStringLiteral("v"))) {
        s.password = text;
        return s;
    }
    const QJsonObject o = doc.object();
    s.password = o.value(QStringLiteral("password")).toString();
    s.refreshToken = o.value(QStringLiteral("refreshToken")).toString();
    s.proxyPassword = o.value(QStringLiteral("proxyPassword")).toString();
    return s;
}

void CredentialStore::run(Operation operation, const QString& accountId, const Secret& secret, Callback done)
{
    // Shared by the job's finished handler and the timer: whichever comes first answers, the other
    // finds `answered` set and does nothing.
    struct Pending
    {
        Callback done;
        bool answered = false;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QPointer<CredentialStore> self(this);
    auto answer = [pending, self](const Result& result) {
        if (pending->answered || !self)
            return;
        pending->answered = true;
        if (pending->done)
            pending->done(result);
    };

    if (accountId.isEmpty()) {
        Result r;
        r.status = Result::Status::Unavailable;
        r.detail = QStringLiteral("no account id");
        QTimer::singleShot(0, this, [answer, r] { answer(r); });
        return;
    }

    // The job is not parented to this store: libsecret calls back into it after we might be
    // gone, so it must outlive us and delete itself (autoDelete) when it is done.
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Operation::Write: {
        auto* w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(encode(secret));
        job = w;
        break;
    }
    case Operation::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    job->setAutoDelete(true);
    // No plaintext fallback, ever (it is a no-op on libsecret anyway, but not on every platform).
    job->setInsecureFallback(false);
    job->setKey(accountId);

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answer, timer, accountId, ms = m_timeoutMs] {
        qCWarning(lcKeychain) << "keychain did not answer within" << ms << "ms for" << accountId;
        Result r;
        r.status = Result::Status::TimedOut;
        r.detail = QStringLiteral("the keychain did not answer within %1 ms").arg(ms);
        timer->deleteLater();
        answer(r);
    });
    QPointer<QTimer> guard(timer);

    QObject::connect(job, &QKeychain::Job::finished, job, [answer, guard, operation, accountId](QKeychain::Job* j) {
        if (guard) {
            guard->stop();
            guard->deleteLater();
        }
        Result r;
        switch (j->error()) {
        case QKeychain::NoError:
            r.status = Result::Status::Ok;
            if (operation == Operation::Read)
                r.secret = decode(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
            break;
        case QKeychain::EntryNotFound: r.status = Result::Status::NotFound; break;
        default:
            r.status = Result::Status::Unavailable;
            r.detail = j->errorString();
            qCWarning(lcKeychain) << "keychain error" << j->error() << j->errorString() << "for" << accountId;
            break;
        }
        answer(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}
