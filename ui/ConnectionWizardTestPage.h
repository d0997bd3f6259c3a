#pragma once
// Wizard page 3, "Test": a checklist of the real connection test (connect, TLS, EHLO, sign-in,
// QUIT) with what each stage learned, the redacted transcript one click away, and when a stage
// fails, what it means for this provider and the one-click remedies: trust exactly this
// certificate, try the other port, test again. The test itself runs in app/ (ConnectionTester);
// this page only shows it and asks for it.

#include "ConnectionWizardAdvice.h"
#include "SmtpCapabilities.h"
#include "SmtpError.h"

#include <QPointer>
#include <QSslCertificate>
#include <QWizardPage>

class QDialog;
class QFrame;
class QLabel;
class QScrollArea;
class QPlainTextEdit;
class QPushButton;

class ConnectionWizardTestPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Stage { Connect, Tls, Ehlo, Auth, Quit };
    enum class Status { Waiting, Running, Passed, Failed, Skipped };
    static constexpr int StageCount = 5;

    explicit ConnectionWizardTestPage(QWidget* parent = nullptr);

    // --- driven by app/ through ConnectionWizard ---
    void testStarted(const QString& host, quint16 port);
    void setStageStatus(Stage stage, Status status);
    void setTlsDetails(const QString& protocol, const QString& cipher, const QSslCertificate& leaf);
    void setCapabilities(const SmtpCapabilities& capabilities);
    void setAuthMechanism(const QString& mechanism);
    void appendTranscript(const QString& line);
    // `situation` carries the error (kind None = passed), the provider's help id and the pin.
    void testFinished(const ConnectionWizardAdvice::Situation& situation);

    Status status(Stage stage) const { return m_status[int(stage)]; }
    bool passed() const { return m_passed; }
    bool isRunning() const { return m_running; }
    const ConnectionWizardAdvice::Advice& advice() const { return m_advice; }
    QString transcriptText() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void testRequested();
    void testCancelled();
    // The person chose to trust this exact certificate for this account.
    void trustCertificateRequested(const QSslCertificate& certificate);
    void alternativeRequested(quint16 port, SmtpSecurity security);

private:
    struct Row
    {
        QLabel* icon = nullptr;
        QLabel* title = nullptr;
        QLabel* detail = nullptr;
    };
    void setDetail(Stage stage, const QString& text);
    void showTranscript();
    static QString stageTitle(Stage stage);

    Row m_rows[StageCount];
    Status m_status[StageCount] = {};
    QFrame* m_adviceFrame = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QLabel* m_adviceTitleLabel = nullptr;
    QLabel* m_adviceLabel = nullptr;
    QLabel* m_serverWordsLabel = nullptr;
    QLabel* m_certificateLabel = nullptr;
    QPushButton* m_trustButton = nullptr;
    QPushButton* m_alternativeButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_transcriptButton = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPointer<QDialog> m_transcriptDialog;
    QPlainTextEdit* m_transcriptView = nullptr;
    QStringList m_transcript;
    ConnectionWizardAdvice::Advice m_advice;
    QString m_host;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_passed = false;
};
