#pragma once
// Wizard page 4, "Save": names the account, takes a signature, and shows what goes where (the
// settings into a file, the password into the system keychain). Finish asks app/ to save; the
// wizard closes once that is done, or stays open to say the keychain could not take the password
// (then Qourier asks for it each time, and Finish closes).

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

class ConnectionWizardSavePage : public QWizardPage
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool saved = false;        // the settings were written
        QString error;             // why not, translated
        bool secretStored = false; // the keychain took the password
        bool secretNeeded = false; // there was a password (or proxy password) to store
        QString keychainProblem;   // the keychain's answer when it did not take it
    };

    explicit ConnectionWizardSavePage(QWidget* parent = nullptr);

    QString accountName() const;
    QString signature() const;
    void setAccountName(const QString& name);
    void setSignature(const QString& signature);
    void setSummary(const QString& text);

    void saveFinished(const Outcome& outcome);
    bool isSaved() const { return m_saved; }

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

signals:
    void saveRequested();

private:
    QLineEdit* m_accountNameLineEdit = nullptr;
    QPlainTextEdit* m_signatureEdit = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    bool m_saving = false;
    bool m_saved = false;
};
