#include "SendController.h"

#include "MimeWriter.h"

namespace {

// The rate is measured over this window: long enough to be steady, short enough to follow a
// network that slows down.
constexpr qint64 kRateWindowMs = 3000;

} // namespace

SendController::SendController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SendController::Result>();
}

SendController::~SendController()
{
    if (m_session) {
        // The window is closing mid-send: stop without reporting to anyone.
        m_session->disconnect(this);
        m_session->cancel();
        delete m_session;
    }
}

bool SendController::prepare(const MailMessage& message, QString* error)
{
    if (m_session)
        return false;
    m_writer = MimeWriter::create(message, MimeWriter::Options(), error);
    return m_writer != nullptr;
}

qint64 SendController::messageSize() const
{
    return m_writer ? m_writer->size() : -1;
}

void SendController::discard()
{
    if (!m_session)
        m_writer.reset();
}

void SendController::start(const SmtpSettings& settings, const SmtpCredentials& credentials)
{
    Q_ASSERT(m_writer && !m_session);
    m_delivery = SmtpDelivery();
    m_haveDelivery = false;
    m_sizeLimit = -1;
    m_samples.clear();
    m_lastEmit = -1;
    m_clock.start();

    m_session = new SmtpSession(settings, this);
    if (!credentials.isEmpty())
        m_session->setCredentials(credentials);
    connect(m_session, &SmtpSession::stateChanged, this, &SendController::stateChanged);
    connect(m_session, &SmtpSession::transcript, this, &SendController::transcript);
    connect(m_session, &SmtpSession::capabilitiesReceived, this, &SendController::onCapabilities);
    connect(m_session, &SmtpSession::uploadProgress, this, &SendController::onProgress);
    connect(m_session, &SmtpSession::messageFinished, this, &SendController::onMessageFinished);
    connect(m_session, &SmtpSession::finished, this, &SendController::onFinished);
    m_session->enqueue(m_writer->envelope(), m_writer.get());
    m_session->start();
}

void SendController::cancel()
{
    if (m_session)
        m_session->cancel();
}

void SendController::onCapabilities(const SmtpCapabilities& capabilities)
{
    // The last EHLO wins: after STARTTLS the server may announce something else (RFC 3207 §4.2).
    m_sizeLimit = capabilities.sizeOffered ? capabilities.sizeLimit : 0;
}

double SendController::rate(qint64 now, qint64 sent)
{
    m_samples.append({now, sent});
    while (m_samples.size() > 2 && now - m_samples.first().first > kRateWindowMs)
        m_samples.removeFirst();
    const qint64 span = now - m_samples.first().first;
    if (span < 250)
        return 0; // too early to say
    return double(sent - m_samples.first().second) * 1000.0 / double(span);
}

void SendController::onProgress(int, qint64 sent, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    const double bytesPerSecond = rate(now, sent);
    // Repainting for every socket write would cost more than the upload itself.
    const bool last = total > 0 && sent >= total;
    if (!last && m_lastEmit >= 0 && now - m_lastEmit < ProgressIntervalMs)
        return;
    m_lastEmit = now;
    emit progress(sent, total, bytesPerSecond);
}

void SendController::onMessageFinished(const SmtpDelivery& delivery)
{
    m_delivery = delivery;
    m_haveDelivery = true;
}

void SendController::onFinished(const SmtpError& error)
{
    Result r;
    r.delivery = m_delivery;
    r.sizeLimit = m_sizeLimit;
    r.messageSize = m_writer ? m_writer->size() : -1;
    r.messageId = m_writer ? m_writer->messageId() : QString();
    if (m_haveDelivery && m_delivery.ok()) {
        // Delivered: a failing QUIT afterwards does not matter (RFC 5321 §4.1.1.10).
        r.delivered = true;
    } else if (m_haveDelivery && m_delivery.error.isError()) {
        r.error = m_delivery.error;
    } else if (error.isError()) {
        r.error = error;
    } else {
        r.error.kind = SmtpError::Kind::ServerClosed;
        r.error.detail = QStringLiteral("the session ended without a result for the message");
    }
    for (const SmtpRecipientResult& recipient : m_delivery.recipients) {
        if (recipient.accepted() || recipient.reply.code == 0)
            continue;
        r.refused.append(recipient.address);
        if (r.refusedReply.isEmpty()) {
            QString words = QString::number(recipient.reply.code);
            if (!recipient.reply.enhancedCode.isEmpty())
                words += QLatin1Char(' ') + recipient.reply.enhancedCode;
            r.refusedReply = words + QLatin1Char(' ') + recipient.reply.text();
        }
    }

    // Deleted later: this runs inside the session's own signal.
    SmtpSession* session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    session->deleteLater();
    if (m_writer)
        m_writer.release()->deleteLater();
    emit finished(r);
}
