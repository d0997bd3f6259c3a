#pragma once
// One captured message, four ways: as the recipient sees it (the body with its inline images,
// remote content blocked, and the attachments), the envelope beside the headers (who really got
// it, and who of them no header names: the Bcc recipients), the raw source, and the SMTP session
// that delivered it with a note on every line. Displays values (CapturedMessage, ParsedMessage);
// reads and writes no message files except when the person saves or opens an attachment.

#include "CapturedMessage.h"
#include "ParsedMessage.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class MessageBrowser;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTemporaryDir;
class QTreeWidget;
class QTreeWidgetItem;

class MessageView : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Message, Headers, Source, Transcript };
    // Opens a URL with the desktop (QDesktopServices::openUrl by default); tests record instead.
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit MessageView(QWidget* parent = nullptr);
    ~MessageView() override;

    void showMessage(const CapturedMessage& captured, const ParsedMessage& message);
    // No message: a sentence in its place ("Select a message").
    void showPlaceholder(const QString& text);
    bool hasMessage() const { return m_hasMessage; }
    const ParsedMessage& message() const { return m_message; }
    const CapturedMessage& captured() const { return m_captured; }

    void showPage(Page page);
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }

    // The attachment's name made safe to use as a file name: no directories, no leading dot, no
    // control characters; "attachment-2.pdf" when the message gives none.
    static QString safeFileName(const ParsedPart& part, int index);
    // Programs and scripts are never opened from a message, only saved.
    static bool isRunnable(const QString& fileName, const QByteArray& data, const QString& declaredType);

    bool saveAttachment(int index, const QString& path, QString* error) const;
    // Saves it into a private temporary folder and hands it to the desktop's program for its type.
    bool openAttachment(int index, QString* error);
    // The non-modal Save dialog for an attachment.
    void chooseSaveLocation(int index);

    MessageBrowser* browser() const { return m_browser; }

signals:
    // Something for the status bar (a link's address while hovering, a saved file).
    void statusMessage(const QString& text);

private:
    QWidget* buildSummary();
    QWidget* buildMessagePage();
    QWidget* buildHeadersPage();
    QWidget* buildSourcePage();
    QWidget* buildTranscriptPage();

    void fillSummary();
    void fillAttachments();
    void fillEnvelope();
    void fillHeaders();
    void fillSource();
    void fillTranscript();
    void showBody();
    void updateRemoteNote(int blocked);
    void onLinkRequested(const QUrl& url);
    int currentAttachment() const;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholderLabel = nullptr;

    QLabel* m_subjectLabel = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_ccTitle = nullptr;
    QLabel* m_ccLabel = nullptr;
    QLabel* m_bccTitle = nullptr;
    QLabel* m_bccLabel = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_remoteContentLabel = nullptr;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_formatComboBox = nullptr;
    MessageBrowser* m_browser = nullptr;
    QWidget* m_attachmentPane = nullptr;
    QLabel* m_attachmentSummaryLabel = nullptr;
    QTreeWidget* m_attachmentTree = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_openButton = nullptr;

    QTreeWidget* m_envelopeTree = nullptr;
    QLabel* m_envelopeUnavailableLabel = nullptr;
    QTreeWidget* m_headerTree = nullptr;
    QPlainTextEdit* m_sourceEdit = nullptr;
    QLabel* m_sourceNoteLabel = nullptr;
    QTreeWidget* m_transcriptTree = nullptr;
    QLabel* m_transcriptUnavailableLabel = nullptr;

    CapturedMessage m_captured;
    ParsedMessage m_message;
    bool m_hasMessage = false;
    UrlOpener m_urlOpener;
    std::unique_ptr<QTemporaryDir> m_openDir; // attachments opened, removed with the view
    int m_openCount = 0;
};
