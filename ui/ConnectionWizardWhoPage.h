#pragma once
// Wizard page 1, "Who": the sender's name, e-mail address and password. The password is only
// held in memory here; app/ puts it into the OS keychain when the account is saved. Where the
// provider wants OAuth 2 (app/ says so through setOAuthOffer()), a "Sign in with Google" button
// replaces the password: app/ runs the browser sign-in and reports back with setOAuthStatus().

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

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

    enum class OAuthState { Offered, Waiting, SignedIn, Failed };
    // `providerId` empty: this address needs no OAuth sign-in (the button goes). `notSetUpText`
    // non-empty: the provider wants OAuth but Qourier has no client id for it; the text says how
    // to set one, and no button is shown that could only fail. A different provider ends an
    // earlier sign-in.
    void setOAuthOffer(const QString& providerId, const QString& providerName, const QString& notSetUpText = QString());
    void setOAuthStatus(OAuthState state, const QString& text);
    // The provider signed in with, or empty (password).
    QString signedInProvider() const { return m_oauthState == OAuthState::SignedIn ? m_oauthProviderId : QString(); }
    // Editing a saved XOAUTH2 account: it is signed in already.
    void setSignedInProvider(const QString& providerId, const QString& providerName, const QString& text);

    bool isComplete() const override;

signals:
    void addressEdited(const QString& address);
    void oauthSignInRequested();

private:
    void updateProblem();
    void updateOAuthWidgets();

    QLineEdit* m_nameLineEdit = nullptr;
    QLineEdit* m_addressLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_passwordNoteLabel = nullptr;
    QPushButton* m_signInButton = nullptr;
    QLabel* m_oauthStatusLabel = nullptr;
    QString m_oauthProviderId;
    QString m_oauthProviderName;
    QString m_oauthNotSetUp;
    OAuthState m_oauthState = OAuthState::Offered;
};
