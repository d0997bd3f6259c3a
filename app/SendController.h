#pragma once
// Sends one message: MailMessage → MimeWriter → SmtpSession, and reports what happens in terms
// the window can show: the session's phase, upload progress with a smoothed rate, the transcript,
// and one Result at the end. Everything runs on the caller's thread, driven by socket signals.

#include "MailMessage.h"
#include "SmtpSession.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>

#include <memory>

class MimeWriter;

class SendController : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        SmtpError error;        // kind None when the server accepted the message
        bool delivered = false; // the server took responsibility (maybe not for every recipient)
        QStringList refused;    // recipients the server refused
        QString refusedReply;   // the server's reply to the first refused recipient
        SmtpDelivery delivery;
        qint64 sizeLimit = -1;  // SIZE from the last EHLO (RFC 1870): -1 not seen, 0 no limit
        qint64 messageSize = -1;
        QString messageId;
    };

    explicit SendController(QObject* parent = nullptr);
    ~SendController() override;

    // Builds the message bytes; false and *error (one sentence) when it cannot be written.
    // messageSize() is exact afterwards.
    bool prepare(const MailMessage& message, QString* error);
    qint64 messageSize() const;
    // Forgets a prepared message that will not be sent.
    void discard();

    // Sends the prepared message; finished() follows, always, exactly once.
    void start(const SmtpSettings& settings, const SmtpCredentials& credentials);
    // Stops at any phase; finished() reports Cancelled (or the delivery if it completed first).
    void cancel();
    bool isBusy() const { return m_session != nullptr; }

    // Progress signals are spaced at least this far apart (the last one always comes).
    static constexpr int ProgressIntervalMs = 100;

signals:
    void stateChanged(SmtpSession::State state);
    void transcript(SmtpSession::Direction direction, const QString& line);
    void progress(qint64 sent, qint64 total, double bytesPerSecond);
    void finished(const SendController::Result& result);

private:
    void onProgress(int index, qint64 sent, qint64 total);
    void onCapabilities(const SmtpCapabilities& capabilities);
    void onMessageFinished(const SmtpDelivery& delivery);
    void onFinished(const SmtpError& error);
    double rate(qint64 now, qint64 sent);

    std::unique_ptr<MimeWriter> m_writer;
    SmtpSession* m_session = nullptr;
    SmtpDelivery m_delivery;
    bool m_haveDelivery = false;
    qint64 m_sizeLimit = -1;
    QElapsedTimer m_clock;
    qint64 m_lastEmit = -1;
    QList<QPair<qint64, qint64>> m_samples; // (ms, bytes sent) over the last few seconds
};

Q_DECLARE_METATYPE(SendController::Result)
