#pragma once
// The account wizard: who you are → where the server is (and where that answer came from) →
// a real test, stage by stage, with provider-specific help when it fails → save. Widgets only:
// it emits requests (find, test, save) and app/ (ConnectionWizardController) answers them with
// SettingsFinder, ConnectionTester, AccountStore and CredentialStore.

#include "ConnectionWizardAdvice.h"
#include "ConnectionWizardFindPage.h"
#include "ConnectionWizardSavePage.h"
#include "ConnectionWizardTestPage.h"
#include "ConnectionWizardValues.h"

#include <QWizard>

class ConnectionWizardWhoPage;

class ConnectionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WhoPageId, FindPageId, TestPageId, SavePageId };

    explicit ConnectionWizard(QWidget* parent = nullptr);

    // An existing account (editing) or a prefilled new one; the search is skipped for it.
    void setValues(const ConnectionWizardValues& values);
    ConnectionWizardValues values() const;

    // The provider whose advice applies (help id from app/'s provider list).
    void setProvider(const QString& helpId, const QString& providerName);
    QString providerHelpId() const { return m_helpId; }

    ConnectionWizardWhoPage* whoPage() const { return m_whoPage; }
    ConnectionWizardFindPage* findPage() const { return m_findPage; }
    ConnectionWizardTestPage* testPage() const { return m_testPage; }
    ConnectionWizardSavePage* savePage() const { return m_savePage; }

    // --- app/'s answers ---
    void setFindProgress(const QString& text);
    void setFound(const ConnectionWizardFindPage::Found& found);
    // The error (kind None = passed) of the test that just ended.
    void testFinished(const SmtpError& error);
    void saveFinished(const ConnectionWizardSavePage::Outcome& outcome);

signals:
    void findSettingsRequested(const QString& address);
    void findCancelled();
    void testRequested();
    void testCancelled();
    void saveRequested();
    // The Who page's address changed: app/ answers with whoPage()->setOAuthOffer().
    void addressEdited(const QString& address);
    // "Sign in with Google" was pressed: app/ runs the browser sign-in.
    void oauthSignInRequested();

private:
    void startTest();
    void trustCertificate(const QSslCertificate& certificate);
    void updateSummary();

    ConnectionWizardWhoPage* m_whoPage = nullptr;
    ConnectionWizardFindPage* m_findPage = nullptr;
    ConnectionWizardTestPage* m_testPage = nullptr;
    ConnectionWizardSavePage* m_savePage = nullptr;
    QString m_accountId;
    QString m_pinnedSha256;       // trusted for this account (saved with it)
    QString m_pinnedAtTestStart;  // the pin the last test ran with, to tell "changed" from "new"
    QString m_helpId;
    QString m_providerName;
};
