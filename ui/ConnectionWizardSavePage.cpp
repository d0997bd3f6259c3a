#include "ConnectionWizardSavePage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

ConnectionWizardSavePage::ConnectionWizardSavePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Save"));
    setSubTitle(tr("The test passed. Name the account and add a signature if you like."));
    setFinalPage(true);

    m_accountNameLineEdit = new QLineEdit(this);
    m_accountNameLineEdit->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_signatureEdit = new QPlainTextEdit(this);
    m_signatureEdit->setObjectName(QStringLiteral("signatureEdit"));
    m_signatureEdit->setTabChangesFocus(true);
    m_signatureEdit->setMaximumHeight(110);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("saveSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("saveResultLabel"));
    m_resultLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Account &name:"), m_accountNameLineEdit);
    form->addRow(tr("Si&gnature:"), m_signatureEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
}

QString ConnectionWizardSavePage::accountName() const
{
    return m_accountNameLineEdit->text().trimmed();
}

QString ConnectionWizardSavePage::signature() const
{
    return m_signatureEdit->toPlainText();
}

void ConnectionWizardSavePage::setAccountName(const QString& name)
{
    m_accountNameLineEdit->setText(name);
}

void ConnectionWizardSavePage::setSignature(const QString& signature)
{
    m_signatureEdit->setPlainText(signature);
}

void ConnectionWizardSavePage::setSummary(const QString& text)
{
    m_summaryLabel->setText(text);
}

void ConnectionWizardSavePage::initializePage()
{
    m_saving = false;
    m_saved = false;
    m_resultLabel->clear();
    if (m_accountNameLineEdit->text().isEmpty())
        m_accountNameLineEdit->setText(field(QStringLiteral("address")).toString().trimmed());
}

bool ConnectionWizardSavePage::validatePage()
{
    if (m_saved)
        return true;
    if (m_saving)
        return false;
    // Saving is asynchronous (the keychain answers later): ask, and finish when app/ answers.
    m_saving = true;
    m_resultLabel->setText(tr("Saving…"));
    emit completeChanged();
    emit saveRequested();
    return false;
}

bool ConnectionWizardSavePage::isComplete() const
{
    return !m_saving;
}

void ConnectionWizardSavePage::saveFinished(const Outcome& outcome)
{
    m_saving = false;
    if (!outcome.saved) {
        m_resultLabel->setText(tr("The account was not saved: %1").arg(outcome.error));
        emit completeChanged();
        return;
    }
    m_saved = true;
    emit completeChanged();
    if (!outcome.secretNeeded || outcome.secretStored) {
        if (wizard())
            wizard()->accept();
        return;
    }
    // Stay open so the person reads why the password will be asked for.
    m_resultLabel->setText(tr("The account is saved, but the system keychain did not take the password (%1). Qourier "
                              "will ask for it each time it sends; it never writes it to a file. Click Finish to close.")
                               .arg(outcome.keychainProblem));
}
