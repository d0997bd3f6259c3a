#pragma once
// Downloads an autoconfig document (config-v1.1.xml) with QNetworkAccessManager: a time limit,
// a size limit, and no redirect from HTTPS down to HTTP. SettingsFinder only ever asks for HTTPS
// URLs (urlsFor()): the document decides which server gets the password, so it must not come
// over a connection anyone on the way could rewrite.

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

class AutoconfigFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(bool ok, const QByteArray& body)>;
    static constexpr qint64 MaxBytes = 256 * 1024; // real documents are a few KB

    explicit AutoconfigFetcher(QObject* parent = nullptr);
    ~AutoconfigFetcher() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // `done` runs exactly once, later, unless this fetcher is destroyed first.
    void fetch(const QUrl& url, Callback done);

    // Where a domain publishes its document, in the order to try (Thunderbird's convention).
    static QList<QUrl> urlsFor(const QString& emailAddress);

private:
    QNetworkAccessManager* m_manager = nullptr;
    int m_timeoutMs = 8'000;
};
