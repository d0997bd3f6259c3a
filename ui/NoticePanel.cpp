#include "NoticePanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel* makeLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

NoticePanel::NoticePanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticePanel"));
    setAccessibleName(tr("Notice"));
    setFrameShape(QFrame::StyledPanel);

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("noticeIconLabel"));
    m_iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_titleLabel = makeLabel(QStringLiteral("noticeTitleLabel"), this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_textLabel = makeLabel(QStringLiteral("noticeTextLabel"), this);
    m_serverWordsLabel = makeLabel(QStringLiteral("serverWordsLabel"), this);
    m_serverWordsLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_serverWordsLabel->setAccessibleName(tr("The server's reply"));
    m_adviceLabel = makeLabel(QStringLiteral("noticeAdviceLabel"), this);

    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("noticeActionButton"));
    connect(m_actionButton, &QPushButton::clicked, this, &NoticePanel::actionTriggered);
    m_logButton = new QPushButton(tr("Connection &Log"), this);
    m_logButton->setObjectName(QStringLiteral("showLogButton"));
    m_logButton->setToolTip(tr("Show the conversation with the server"));
    connect(m_logButton, &QPushButton::clicked, this, &NoticePanel::showLogRequested);
    m_dismissButton = new QPushButton(tr("Dismiss"), this);
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));
    connect(m_dismissButton, &QPushButton::clicked, this, &NoticePanel::dismiss);

    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &NoticePanel::dismiss);

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_titleLabel);
    text->addWidget(m_textLabel);
    text->addWidget(m_serverWordsLabel);
    text->addWidget(m_adviceLabel);

    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_actionButton);
    buttons->addWidget(m_logButton);
    buttons->addWidget(m_dismissButton);
    buttons->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_iconLabel);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);
    hide();
}

void NoticePanel::showNotice(const Notice& notice)
{
    m_kind = notice.kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    // Light tints that keep the palette's text colour readable.
    QString background = QStringLiteral("#e8f0fe");
    QString border = QStringLiteral("#8ab4f8");
    switch (notice.kind) {
    case Kind::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        background = QStringLiteral("#e6f4ea");
        border = QStringLiteral("#81c995");
        break;
    case Kind::Info:
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        background = QStringLiteral("#fef7e0");
        border = QStringLiteral("#fdd663");
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        background = QStringLiteral("#fce8e6");
        border = QStringLiteral("#f28b82");
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#noticePanel { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "QFrame#noticePanel QLabel { color: #202124; }")
                      .arg(background, border));
    m_iconLabel->setPixmap(style()->standardIcon(pixmap).pixmap(32, 32));
    m_titleLabel->setText(notice.title);
    m_textLabel->setText(notice.text);
    m_textLabel->setVisible(!notice.text.isEmpty());
    m_serverWordsLabel->setText(notice.serverWords);
    m_serverWordsLabel->setVisible(!notice.serverWords.isEmpty());
    m_adviceLabel->setText(notice.advice);
    m_adviceLabel->setVisible(!notice.advice.isEmpty());
    m_actionButton->setText(notice.actionText);
    m_actionButton->setVisible(!notice.actionText.isEmpty());
    m_logButton->setVisible(notice.offerLog);
    setAccessibleDescription(QStringList{notice.title, notice.text, notice.serverWords, notice.advice}.join(QLatin1Char('\n')));
    if (notice.autoHideMs > 0)
        m_hideTimer->start(notice.autoHideMs);
    else
        m_hideTimer->stop();
    show();
}

void NoticePanel::dismiss()
{
    m_hideTimer->stop();
    hide();
}

QString NoticePanel::title() const
{
    return m_titleLabel->text();
}

QString NoticePanel::text() const
{
    return m_textLabel->text();
}

QString NoticePanel::serverWords() const
{
    return m_serverWordsLabel->text();
}

QString NoticePanel::advice() const
{
    return m_adviceLabel->text();
}
