#include "SendProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return SendProgressPanel::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return SendProgressPanel::tr("%n minute(s)", nullptr, int((seconds + 30) / 60));
    return SendProgressPanel::tr("%n hour(s)", nullptr, int((seconds + 1800) / 3600));
}

} // namespace

SendProgressPanel::SendProgressPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sendProgressPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Sending progress"));

    m_phaseLabel = new QLabel(this);
    m_phaseLabel->setObjectName(QStringLiteral("phaseLabel"));
    QFont bold = m_phaseLabel->font();
    bold.setBold(true);
    m_phaseLabel->setFont(bold);
    m_phaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("progressDetailLabel"));
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("sendProgressBar"));
    m_progressBar->setAccessibleName(tr("Sending progress"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMinimumWidth(200);

    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop sending; the message stays in the composer"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SendProgressPanel::cancelRequested);

    m_undoButton = new QPushButton(tr("&Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoSendButton"));
    m_undoButton->setAccessibleName(tr("Undo sending"));
    m_undoButton->setToolTip(tr("Do not send; the message goes back into the composer as it was"));
    connect(m_undoButton, &QPushButton::clicked, this, &SendProgressPanel::undoRequested);
    m_undoButton->hide();

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_phaseLabel);
    text->addWidget(m_detailLabel);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_progressBar, 1);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_undoButton);
}

void SendProgressPanel::showCountdown(int secondsLeft, const QString& host)
{
    const bool first = !m_countingDown;
    m_countingDown = true;
    m_phaseLabel->setText(tr("Sending in %n s…", nullptr, secondsLeft));
    m_detailLabel->setText(tr("To %1. Undo keeps the message here, as it is.").arg(host));
    m_progressBar->setRange(0, 0);
    m_progressBar->hide();
    m_cancelButton->hide();
    m_undoButton->show();
    if (first) {
        // The one thing to do during the countdown: Space or Return takes the message back.
        m_undoButton->setDefault(true);
        m_undoButton->setFocus();
    }
}

void SendProgressPanel::begin(const QString& host, const QString& user, qint64 messageSize)
{
    m_host = host;
    m_user = user;
    m_messageSize = messageSize;
    m_uploading = false;
    m_countingDown = false;
    m_undoButton->hide();
    m_progressBar->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(tr("&Cancel"));
    m_progressBar->setRange(0, 0); // busy until bytes move
    m_detailLabel->setText(messageSize >= 0 ? tr("Message size: %1").arg(formatSize(messageSize)) : QString());
    setState(SmtpSession::State::Connecting);
    show();
}

QString SendProgressPanel::phaseDescription(SmtpSession::State state, const QString& host, const QString& user)
{
    using S = SmtpSession::State;
    switch (state) {
    case S::Idle:
    case S::Connecting:
        return tr("Connecting to %1…").arg(host);
    case S::TlsHandshake:
    case S::StartTls:
    case S::StartTlsHandshake:
        return tr("Securing the connection…");
    case S::Greeting:
    case S::Ehlo:
    case S::Helo:
        return tr("Connected; greeting the server…");
    case S::Auth:
        return user.isEmpty() ? tr("Signing in…") : tr("Signing in as %1…").arg(user);
    case S::Ready:
    case S::MailFrom:
    case S::RcptTo:
    case S::Rset:
        return tr("Checking the recipients with the server…");
    case S::Data:
    case S::Body:
    case S::Bdat:
        return tr("Sending the message…");
    case S::EndOfData:
        return tr("Waiting for the server to accept the message…");
    case S::Quit:
    case S::Done:
        return tr("Finishing…");
    }
    return QString();
}

void SendProgressPanel::setState(SmtpSession::State state)
{
    if (!m_cancelButton->isEnabled())
        return; // "Cancelling…" stays until the end
    m_phaseLabel->setText(phaseDescription(state, m_host, m_user));
    using S = SmtpSession::State;
    if (state == S::EndOfData || state == S::Quit || state == S::Done) {
        // The server is checking the message: progress is no longer measurable.
        m_uploading = false;
        m_progressBar->setRange(0, 0);
        if (state == S::EndOfData && m_messageSize >= 0)
            m_detailLabel->setText(tr("%1 sent; the server is checking it").arg(formatSize(m_messageSize)));
    }
}

void SendProgressPanel::setUpload(qint64 sent, qint64 total, double bytesPerSecond)
{
    if (!m_cancelButton->isEnabled())
        return;
    m_uploading = true;
    if (total > 0) {
        // A QProgressBar holds ints: per mille keeps multi-gigabyte messages in range.
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::clamp<qint64>(sent * 1000 / total, 0, 1000)));
    } else {
        m_progressBar->setRange(0, 0);
    }
    // Whole sentences, so translators can order the parts as their language needs.
    QString detail;
    const bool rateKnown = bytesPerSecond > 0;
    const QString rate = rateKnown ? formatSize(qint64(bytesPerSecond)) : QString();
    if (total > 0 && rateKnown && total > sent)
        detail = tr("Sending %1 of %2 at %3/s, about %4 left")
                     .arg(formatSize(sent), formatSize(total), rate,
                          formatDuration(qint64((total - sent) / bytesPerSecond) + 1));
    else if (total > 0 && rateKnown)
        detail = tr("Sending %1 of %2 at %3/s").arg(formatSize(sent), formatSize(total), rate);
    else if (total > 0)
        detail = tr("Sending %1 of %2").arg(formatSize(sent), formatSize(total));
    else if (rateKnown)
        detail = tr("Sending %1 at %2/s").arg(formatSize(sent), rate);
    else
        detail = tr("Sending %1").arg(formatSize(sent));
    m_phaseLabel->setText(tr("Sending the message…"));
    m_detailLabel->setText(detail);
}

void SendProgressPanel::setCancelling()
{
    m_phaseLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

QString SendProgressPanel::phaseText() const
{
    return m_phaseLabel->text();
}

QString SendProgressPanel::detailText() const
{
    return m_detailLabel->text();
}
