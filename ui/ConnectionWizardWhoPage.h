#pragma once
// Wizard page 1, "Who": the sender's name, e-mail address and password. The password is only
// held in memory here; app/ puts it into the OS keychain when the account is saved.

#include <QWizardPage>

class QLabel;
class QLineEdit;

class ConnectionWizardWhoPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionWizardWhoPage(QWidget* parent = nullptr);

    QString displayName() const;
    QString address() const;
    QString password() const;
    void setDisplayName(const QString& name);
    void setAddress(const QString& address);
    void setPassword(const QString& password);

    bool isComplete() const override;

private:
    void updateProblem();

    QLineEdit* m_nameLineEdit = nullptr;
    QLineEdit* m_addressLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QLabel* m_problemLabel = nullptr;
};
