#pragma once
// Wizard page 2, "Find settings": shows what app/ is trying (provider list, autoconfig, DNS,
// probing), then the server it found and where that came from, in fields the person may
// correct. Clear text is possible only after ticking "I understand the risks".

#include "ConnectionWizardValues.h"
#include "SmtpSettings.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ConnectionWizardFindPage : public QWizardPage
{
    Q_OBJECT
public:
    // What app/ found, already in words where words are needed.
    struct Found
    {
        bool found = false;
        QString sourceText;   // "Found in Qourier's list of providers: Gmail."
        QString host;
        quint16 port = 0;
        SmtpSecurity security = SmtpSecurity::StartTls;
        QString userName;
        bool clearTextOnly = false;
    };

    explicit ConnectionWizardFindPage(QWidget* parent = nullptr);

    // Puts an existing account's settings in the fields; no search runs for it until asked.
    void setValues(const ConnectionWizardValues& values);
    // Writes the server fields into `values`.
    void fillValues(ConnectionWizardValues* values) const;

    void setSearching(const QString& progressText);
    void setFound(const Found& found);
    bool isSearching() const { return m_searching; }
    // The address the fields were found for (or edited for): a different one searches again.
    QString searchedAddress() const { return m_searchedAddress; }

    // A remedy from the test page: the other port/security pair.
    void setServer(quint16 port, SmtpSecurity security);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    static QString securityLabel(SmtpSecurity security);

signals:
    void findRequested(const QString& address);
    void findCancelled();

private:
    SmtpSecurity security() const;
    void setSecurity(SmtpSecurity security);
    void onSecurityChanged();
    void setFieldsEnabled(bool enabled);
    void updateState();

    QLabel* m_statusLabel = nullptr;
    QPushButton* m_skipButton = nullptr;
    QPushButton* m_findAgainButton = nullptr;
    QLineEdit* m_hostLineEdit = nullptr;
    QSpinBox* m_portSpinBox = nullptr;
    QComboBox* m_securityComboBox = nullptr;
    QCheckBox* m_insecureCheckBox = nullptr;
    QLabel* m_insecureLabel = nullptr;
    QLineEdit* m_userLineEdit = nullptr;
    QComboBox* m_authMethodComboBox = nullptr;
    QCheckBox* m_proxyCheckBox = nullptr;
    QWidget* m_proxyWidget = nullptr;
    QComboBox* m_proxyTypeComboBox = nullptr;
    QLineEdit* m_proxyHostLineEdit = nullptr;
    QSpinBox* m_proxyPortSpinBox = nullptr;
    QLineEdit* m_proxyUserLineEdit = nullptr;
    QLineEdit* m_proxyPasswordLineEdit = nullptr;

    bool m_searching = false;
    QString m_searchedAddress;
    SmtpSecurity m_lastSecurity = SmtpSecurity::StartTls;
};
