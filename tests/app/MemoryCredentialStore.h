#pragma once
// A CredentialStore that keeps secrets in memory, for GUI tests that must not depend on a
// keychain being present. It answers from the event loop, like the real one; `unavailable`
// makes it answer as a machine without any keychain does.

#include "CredentialStore.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

class MemoryCredentialStore : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;

    QHash<QString, Secret> secrets;
    bool unavailable = false;
    QStringList calls; // "read:<id>", "write:<id>", "remove:<id>"

    void read(const QString& id, Callback done) override
    {
        calls << QStringLiteral("read:") + id;
        Result r = answer();
        if (!unavailable)
            r.status = secrets.contains(id) ? Result::Status::Ok : Result::Status::NotFound;
        r.secret = unavailable ? Secret() : secrets.value(id);
        later(r, std::move(done));
    }
    void write(const QString& id, const Secret& secret, Callback done) override
    {
        calls << QStringLiteral("write:") + id;
        if (!unavailable)
            secrets.insert(id, secret);
        later(answer(), std::move(done));
    }
    void remove(const QString& id, Callback done) override
    {
        calls << QStringLiteral("remove:") + id;
        Result r = answer();
        if (!unavailable && !secrets.remove(id))
            r.status = Result::Status::NotFound;
        later(r, std::move(done));
    }

private:
    Result answer() const
    {
        Result r;
        r.status = unavailable ? Result::Status::Unavailable : Result::Status::Ok;
        if (unavailable)
            r.detail = QStringLiteral("No keychain service available");
        return r;
    }
    void later(const Result& r, Callback done)
    {
        QTimer::singleShot(0, this, [r, done] {
            if (done)
                done(r);
        });
    }
};
