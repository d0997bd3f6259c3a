#include "ConnectionWizardWhoPage.h"

#include "AddressParser.h"

#include <QAction>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

ConnectionWizardWhoPage::ConnectionWizardWhoPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Who are you?"));
    setSubTitle(tr("Your name and address appear in the From line of your messages."));

    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("Alice Example"));
    m_addressLineEdit = new QLineEdit(this);
    m_addressLineEdit->setObjectName(QStringLiteral("addressLineEdit"));
    m_addressLineEdit->setPlaceholderText(tr("alice@example.org"));
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    // Shown on request only: someone may be looking over the person's shoulder.
    QAction* reveal = m_passwordLineEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                                    QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("showPasswordAction"));
    reveal->setCheckable(true);
    // The icon button in the field takes no focus: a shortcut reaches it from the keyboard, and
    // its words name it for screen readers.
    reveal->setText(tr("Show the password"));
    reveal->setShortcut(QKeySequence(tr("Ctrl+Shift+P", "show the password")));
    reveal->setShortcutContext(Qt::WidgetShortcut);
    reveal->setToolTip(tr("Show the password (%1)").arg(reveal->shortcut().toString(QKeySequence::NativeText)));
    for (QToolButton* button : m_passwordLineEdit->findChildren<QToolButton*>()) {
        if (button->defaultAction() == reveal)
            button->setAccessibleName(reveal->text());
    }
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_passwordLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&E-mail address:"), m_addressLineEdit);
    form->addRow(tr("&Password:"), m_passwordLineEdit);

    m_signInButton = new QPushButton(this);
    m_signInButton->setObjectName(QStringLiteral("oauthSignInButton"));
    m_signInButton->setAutoDefault(false); // Enter still means Next
    m_oauthStatusLabel = new QLabel(this);
    m_oauthStatusLabel->setObjectName(QStringLiteral("oauthStatusLabel"));
    m_oauthStatusLabel->setWordWrap(true);
    m_oauthStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_oauthStatusLabel->setAccessibleName(tr("Sign-in status"));
    connect(m_signInButton, &QPushButton::clicked, this, &ConnectionWizardWhoPage::oauthSignInRequested);

    auto* note = new QLabel(tr("Some providers want an app password or an authorization code here instead of the "
                               "password you sign in to their website with; the test on a later page tells you. "
                               "Qourier keeps the password in your system's keychain, never in a file. Leave it "
                               "empty if your server needs no sign-in."),
                            this);
    note->setWordWrap(true);
    m_passwordNoteLabel = note;
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("whoProblemLabel"));
    m_problemLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signInButton);
    signInRow->addStretch(1);
    layout->addLayout(signInRow);
    layout->addWidget(m_oauthStatusLabel);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);

    // The other pages read the address through the wizard's field mechanism, not through this page.
    registerField(QStringLiteral("address"), m_addressLineEdit);

    connect(m_addressLineEdit, &QLineEdit::textChanged, this, [this] {
        updateProblem();
        emit completeChanged();
        emit addressEdited(address());
    });
    updateOAuthWidgets();
}

void ConnectionWizardWhoPage::setOAuthOffer(const QString& providerId, const QString& providerName, const QString& notSetUpText)
{
    if (providerId != m_oauthProviderId)
        m_oauthState = OAuthState::Offered;
    m_oauthProviderId = providerId;
    m_oauthProviderName = providerName;
    m_oauthNotSetUp = notSetUpText;
    if (m_oauthState == OAuthState::Offered)
        m_oauthStatusLabel->clear();
    updateOAuthWidgets();
}

void ConnectionWizardWhoPage::setSignedInProvider(const QString& providerId, const QString& providerName, const QString& text)
{
    m_oauthProviderId = providerId;
    m_oauthProviderName = providerName;
    m_oauthNotSetUp.clear();
    setOAuthStatus(OAuthState::SignedIn, text);
}

void ConnectionWizardWhoPage::setOAuthStatus(OAuthState state, const QString& text)
{
    m_oauthState = state;
    m_oauthStatusLabel->setText(text);
    updateOAuthWidgets();
    emit completeChanged();
}

void ConnectionWizardWhoPage::updateOAuthWidgets()
{
    const bool offered = !m_oauthProviderId.isEmpty();
    const bool usable = offered && m_oauthNotSetUp.isEmpty();
    m_signInButton->setVisible(usable);
    m_signInButton->setEnabled(m_oauthState != OAuthState::Waiting);
    const QString label = m_oauthState == OAuthState::SignedIn ? tr("Sign in with %1 again").arg(m_oauthProviderName)
                                                               : tr("Sign in with %1").arg(m_oauthProviderName);
    m_signInButton->setText(label);
    m_signInButton->setAccessibleName(label);
    m_signInButton->setToolTip(tr("Opens %1's sign-in page in your web browser. Qourier never sees your %1 password.")
                                   .arg(m_oauthProviderName));
    if (offered && !usable)
        m_oauthStatusLabel->setText(m_oauthNotSetUp);
    m_oauthStatusLabel->setVisible(offered && !m_oauthStatusLabel->text().isEmpty());
    // Signed in: the account needs no password (the keychain keeps the sign-in instead).
    const bool signedIn = m_oauthState == OAuthState::SignedIn && offered;
    m_passwordLineEdit->setEnabled(!signedIn);
    m_passwordNoteLabel->setVisible(!signedIn); // about passwords, which this account no longer needs
    if (signedIn)
        m_passwordLineEdit->clear();
    m_passwordLineEdit->setPlaceholderText(signedIn ? tr("not needed: signed in with %1").arg(m_oauthProviderName)
                                           : usable ? tr("or an app password instead of signing in")
                                                    : QString());
}

QString ConnectionWizardWhoPage::displayName() const
{
    return m_nameLineEdit->text().trimmed();
}

QString ConnectionWizardWhoPage::address() const
{
    return m_addressLineEdit->text().trimmed();
}

QString ConnectionWizardWhoPage::password() const
{
    return m_passwordLineEdit->text();
}

void ConnectionWizardWhoPage::setDisplayName(const QString& name)
{
    m_nameLineEdit->setText(name);
}

void ConnectionWizardWhoPage::setAddress(const QString& address)
{
    m_addressLineEdit->setText(address);
}

void ConnectionWizardWhoPage::setPassword(const QString& password)
{
    m_passwordLineEdit->setText(password);
}

bool ConnectionWizardWhoPage::isComplete() const
{
    // While the browser sign-in runs, Next would test without its token.
    if (m_oauthState == OAuthState::Waiting && !m_oauthProviderId.isEmpty())
        return false;
    return AddressParser::isValidAddrSpec(address());
}

void ConnectionWizardWhoPage::updateProblem()
{
    const QString a = address();
    if (a.isEmpty() || !a.contains(QLatin1Char('@'))) {
        m_problemLabel->clear();
        return;
    }
    const QString problem = AddressParser::addrSpecProblem(a);
    m_problemLabel->setText(problem.isEmpty() ? QString() : tr("This address cannot be used: %1.").arg(problem));
}
