#include "ConnectionWizardWhoPage.h"

#include "AddressParser.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
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
    reveal->setToolTip(tr("Show the password"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_passwordLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&E-mail address:"), m_addressLineEdit);
    form->addRow(tr("&Password:"), m_passwordLineEdit);

    auto* note = new QLabel(tr("Some providers want an app password or an authorization code here instead of the "
                               "password you sign in to their website with; the test on a later page tells you. "
                               "Qourier keeps the password in your system's keychain, never in a file. Leave it "
                               "empty if your server needs no sign-in."),
                            this);
    note->setWordWrap(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("whoProblemLabel"));
    m_problemLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);

    // The other pages read the address through the wizard's field mechanism, not through this page.
    registerField(QStringLiteral("address"), m_addressLineEdit);

    connect(m_addressLineEdit, &QLineEdit::textChanged, this, [this] {
        updateProblem();
        emit completeChanged();
    });
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
