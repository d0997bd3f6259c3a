#include "ConnectionWizardTestPage.h"

#include "ErrorText.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString yesNo(bool value)
{
    return value ? ConnectionWizardTestPage::tr("yes") : ConnectionWizardTestPage::tr("no");
}

const char* stageKey(ConnectionWizardTestPage::Stage stage)
{
    switch (stage) {
    case ConnectionWizardTestPage::Stage::Connect: return "connect";
    case ConnectionWizardTestPage::Stage::Tls: return "tls";
    case ConnectionWizardTestPage::Stage::Ehlo: return "ehlo";
    case ConnectionWizardTestPage::Stage::Auth: return "auth";
    case ConnectionWizardTestPage::Stage::Quit: return "quit";
    }
    return "";
}

} // namespace

ConnectionWizardTestPage::ConnectionWizardTestPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Test"));
    setSubTitle(tr("Qourier connects, sets up encryption, asks what the server offers, signs in and says goodbye. "
                   "It sends no message."));

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("testSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < StageCount; ++i) {
        const Stage stage = Stage(i);
        Row& row = m_rows[i];
        row.icon = new QLabel(this);
        row.icon->setObjectName(QStringLiteral("%1StageIcon").arg(QLatin1String(stageKey(stage))));
        row.icon->setFixedSize(18, 18);
        row.title = new QLabel(stageTitle(stage), this);
        row.title->setObjectName(QStringLiteral("%1StageLabel").arg(QLatin1String(stageKey(stage))));
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.detail = new QLabel(this);
        row.detail->setObjectName(QStringLiteral("%1StageDetailLabel").arg(QLatin1String(stageKey(stage))));
        row.detail->setWordWrap(true);
        row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.detail->setVisible(false);
        grid->addWidget(row.icon, i * 2, 0, Qt::AlignTop);
        grid->addWidget(row.title, i * 2, 1);
        grid->addWidget(row.detail, i * 2 + 1, 1);
        m_status[i] = Status::Waiting;
    }

    // What failed, why, and what to do: shown only after a failure.
    m_adviceFrame = new QFrame(this);
    m_adviceFrame->setObjectName(QStringLiteral("adviceFrame"));
    m_adviceFrame->setFrameShape(QFrame::StyledPanel);
    m_adviceTitleLabel = new QLabel(m_adviceFrame);
    m_adviceTitleLabel->setObjectName(QStringLiteral("adviceTitleLabel"));
    m_adviceTitleLabel->setWordWrap(true);
    QFont bold = m_adviceTitleLabel->font();
    bold.setBold(true);
    m_adviceTitleLabel->setFont(bold);
    m_adviceLabel = new QLabel(m_adviceFrame);
    m_adviceLabel->setObjectName(QStringLiteral("adviceLabel"));
    m_adviceLabel->setWordWrap(true);
    m_adviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverWordsLabel = new QLabel(m_adviceFrame);
    m_serverWordsLabel->setObjectName(QStringLiteral("serverWordsLabel"));
    m_serverWordsLabel->setWordWrap(true);
    m_serverWordsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificateLabel = new QLabel(m_adviceFrame);
    m_certificateLabel->setObjectName(QStringLiteral("certificateLabel"));
    m_certificateLabel->setWordWrap(true);
    m_certificateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustButton = new QPushButton(tr("Trust This Certificate for This Account"), m_adviceFrame);
    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    m_alternativeButton = new QPushButton(m_adviceFrame);
    m_alternativeButton->setObjectName(QStringLiteral("alternativeButton"));
    auto* adviceButtons = new QHBoxLayout;
    adviceButtons->addWidget(m_trustButton);
    adviceButtons->addWidget(m_alternativeButton);
    adviceButtons->addStretch(1);
    auto* adviceLayout = new QVBoxLayout(m_adviceFrame);
    adviceLayout->addWidget(m_adviceTitleLabel);
    adviceLayout->addWidget(m_adviceLabel);
    adviceLayout->addWidget(m_serverWordsLabel);
    adviceLayout->addWidget(m_certificateLabel);
    adviceLayout->addLayout(adviceButtons);
    m_adviceFrame->setVisible(false);

    m_retryButton = new QPushButton(tr("Test Again"), this);
    m_retryButton->setObjectName(QStringLiteral("testAgainButton"));
    m_transcriptButton = new QPushButton(tr("Show Transcript"), this);
    m_transcriptButton->setObjectName(QStringLiteral("transcriptButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(m_transcriptButton);

    // The checklist and the advice scroll when they need more room than the page has (a long
    // certificate, an explanation, a taller font as in Chinese): nothing is ever cut off.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("testChecklistWidget"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(grid);
    contentLayout->addWidget(m_adviceFrame);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("testChecklistScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    m_scrollArea = scroll;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_retryButton, &QPushButton::clicked, this, &ConnectionWizardTestPage::testRequested);
    connect(m_transcriptButton, &QPushButton::clicked, this, &ConnectionWizardTestPage::showTranscript);
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        if (!m_advice.certificate.isNull())
            emit trustCertificateRequested(m_advice.certificate);
    });
    connect(m_alternativeButton, &QPushButton::clicked, this, [this] {
        if (m_advice.offerAlternative)
            emit alternativeRequested(m_advice.alternativePort, m_advice.alternativeSecurity);
    });
}

QString ConnectionWizardTestPage::stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::Connect: return tr("Connect");
    case Stage::Tls: return tr("Encryption (TLS)");
    case Stage::Ehlo: return tr("Server capabilities (EHLO)");
    case Stage::Auth: return tr("Sign-in (AUTH)");
    case Stage::Quit: return tr("Goodbye (QUIT)");
    }
    return QString();
}

void ConnectionWizardTestPage::testStarted(const QString& host, quint16 port)
{
    m_host = host;
    m_port = port;
    m_running = true;
    m_passed = false;
    m_advice = ConnectionWizardAdvice::Advice();
    m_transcript.clear();
    if (m_transcriptView)
        m_transcriptView->clear();
    for (int i = 0; i < StageCount; ++i) {
        m_status[i] = Status::Running; // forces the update below
        setStageStatus(Stage(i), Status::Waiting);
        setDetail(Stage(i), QString());
    }
    m_adviceFrame->setVisible(false);
    m_retryButton->setEnabled(false);
    m_summaryLabel->setText(tr("Testing %1 port %2…").arg(host).arg(port));
    emit completeChanged();
}

void ConnectionWizardTestPage::setStageStatus(Stage stage, Status status)
{
    const int i = int(stage);
    if (m_status[i] == status)
        return;
    m_status[i] = status;
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    switch (status) {
    case Status::Waiting: break;
    case Status::Running: pixmap = QStyle::SP_BrowserReload; break;
    case Status::Passed: pixmap = QStyle::SP_DialogApplyButton; break;
    case Status::Failed: pixmap = QStyle::SP_MessageBoxCritical; break;
    case Status::Skipped: pixmap = QStyle::SP_ArrowRight; break;
    }
    m_rows[i].icon->setPixmap(pixmap == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(pixmap).pixmap(16, 16));
    m_rows[i].title->setEnabled(status != Status::Waiting);
    if (status == Status::Waiting)
        setDetail(stage, QString()); // not reached (again): nothing to say about it
    switch (stage) {
    case Stage::Connect:
        if (status == Status::Running)
            setDetail(stage, tr("Connecting to %1 port %2…").arg(m_host).arg(m_port));
        else if (status == Status::Passed)
            setDetail(stage, tr("Connected to %1 port %2.").arg(m_host).arg(m_port));
        break;
    case Stage::Tls:
        if (status == Status::Running)
            setDetail(stage, tr("Setting up encryption…"));
        else if (status == Status::Skipped)
            setDetail(stage, tr("Not encrypted: you chose clear text and accepted the risks."));
        break;
    case Stage::Ehlo:
        if (status == Status::Running)
            setDetail(stage, tr("Asking what the server offers…"));
        break;
    case Stage::Auth:
        if (status == Status::Running)
            setDetail(stage, tr("Signing in…"));
        else if (status == Status::Skipped)
            setDetail(stage, tr("No user name: the server is used without signing in."));
        break;
    case Stage::Quit:
        if (status == Status::Passed)
            setDetail(stage, tr("Said goodbye. No message was sent."));
        break;
    }
}

void ConnectionWizardTestPage::setTlsDetails(const QString& protocol, const QString& cipher, const QSslCertificate& leaf)
{
    QStringList lines;
    lines << tr("%1 with %2").arg(protocol, cipher);
    const QString summary = ErrorText::certificateSummary(leaf);
    if (!summary.isEmpty())
        lines << summary;
    setDetail(Stage::Tls, lines.join(QLatin1Char('\n')));
}

void ConnectionWizardTestPage::setCapabilities(const SmtpCapabilities& c)
{
    QStringList lines;
    if (!c.serverName.isEmpty())
        lines << tr("Server: %1").arg(c.serverName);
    // RFC 1870: SIZE without a number (or 0) means no fixed limit.
    if (c.sizeOffered && c.sizeLimit > 0)
        lines << tr("Largest message: %1").arg(QLocale().formattedDataSize(c.sizeLimit));
    else if (c.sizeOffered)
        lines << tr("Largest message: no fixed limit");
    else
        lines << tr("Largest message: not announced");
    lines << tr("PIPELINING: %1 · 8BITMIME: %2 · SMTPUTF8: %3")
                 .arg(yesNo(c.pipelining), yesNo(c.eightBitMime), yesNo(c.smtpUtf8));
    lines << tr("Sign-in methods: %1")
                 .arg(c.authMechanisms.isEmpty() ? tr("none offered") : c.authMechanisms.join(QLatin1Char(' ')));
    setDetail(Stage::Ehlo, lines.join(QLatin1Char('\n')));
}

void ConnectionWizardTestPage::setAuthMechanism(const QString& mechanism)
{
    setDetail(Stage::Auth, tr("Signed in with %1.").arg(mechanism));
}

void ConnectionWizardTestPage::appendTranscript(const QString& line)
{
    m_transcript << line;
    if (m_transcriptView)
        m_transcriptView->appendPlainText(line);
}

QString ConnectionWizardTestPage::transcriptText() const
{
    return m_transcript.join(QLatin1Char('\n'));
}

void ConnectionWizardTestPage::testFinished(const ConnectionWizardAdvice::Situation& situation)
{
    m_running = false;
    m_retryButton->setEnabled(true);
    m_passed = !situation.error.isError();
    if (m_passed) {
        m_summaryLabel->setText(tr("Everything works: %1 accepted the connection%2. No message was sent.")
                                    .arg(m_host, status(Stage::Auth) == Status::Passed ? tr(" and your sign-in") : QString()));
        m_adviceFrame->setVisible(false);
        emit completeChanged();
        return;
    }
    m_advice = ConnectionWizardAdvice::describe(situation);
    for (int i = 0; i < StageCount; ++i) {
        if (m_status[i] == Status::Failed)
            setDetail(Stage(i), m_advice.title);
    }
    m_summaryLabel->setText(tr("The test stopped. What went wrong and what to do:"));
    m_adviceTitleLabel->setText(m_advice.title);
    m_adviceLabel->setText(m_advice.text);
    m_serverWordsLabel->setText(m_advice.serverWords.isEmpty() ? QString()
                                                               : tr("The server said: %1").arg(m_advice.serverWords));
    m_serverWordsLabel->setVisible(!m_advice.serverWords.isEmpty());
    const bool certificate = !m_advice.certificate.isNull();
    m_certificateLabel->setText(certificate ? ErrorText::certificateSummary(m_advice.certificate) : QString());
    m_certificateLabel->setVisible(certificate);
    m_trustButton->setVisible(certificate);
    m_trustButton->setText(m_advice.certificateChanged ? tr("Trust the New Certificate for This Account")
                                                       : tr("Trust This Certificate for This Account"));
    m_alternativeButton->setVisible(m_advice.offerAlternative);
    m_alternativeButton->setText(m_advice.alternativeLabel);
    m_adviceFrame->setVisible(true);
    // What to do matters more than the stages that passed: bring it into view once laid out.
    QTimer::singleShot(0, this, [this] { m_scrollArea->ensureWidgetVisible(m_adviceFrame, 0, 0); });
    emit completeChanged();
}

void ConnectionWizardTestPage::setDetail(Stage stage, const QString& text)
{
    QLabel* label = m_rows[int(stage)].detail;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void ConnectionWizardTestPage::showTranscript()
{
    if (!m_transcriptDialog) {
        auto* dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("transcriptDialog"));
        dialog->setWindowTitle(tr("Connection Transcript"));
        dialog->resize(640, 420);
        m_transcriptView = new QPlainTextEdit(dialog);
        m_transcriptView->setObjectName(QStringLiteral("transcriptView"));
        m_transcriptView->setReadOnly(true);
        m_transcriptView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_transcriptView->setPlainText(transcriptText());
        auto* note = new QLabel(tr("Passwords and sign-in data are hidden. Lines starting with C: are Qourier's, S: the "
                                   "server's, * what Qourier did."),
                                dialog);
        note->setWordWrap(true);
        auto* box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(note);
        layout->addWidget(m_transcriptView);
        layout->addWidget(box);
        m_transcriptDialog = dialog;
    }
    // Non-modal: the person can read it next to the checklist.
    m_transcriptDialog->show();
    m_transcriptDialog->raise();
}

void ConnectionWizardTestPage::initializePage()
{
    emit testRequested();
}

void ConnectionWizardTestPage::cleanupPage()
{
    if (m_running) {
        m_running = false;
        emit testCancelled();
    }
    m_passed = false;
}

bool ConnectionWizardTestPage::isComplete() const
{
    return m_passed && !m_running;
}
