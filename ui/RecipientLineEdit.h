#pragma once
// One recipient field (To, Cc or Bcc): a line edit taking comma- or semicolon-separated lists as
// people type or paste them. Invalid entries are marked (red border, a warning icon whose tooltip
// names the bad entry) once the person leaves the field, and unmarked as soon as they are fixed.
// Completion offers addresses used before for the entry under the cursor, not the whole line.

#include "MailAddress.h"

#include <QLineEdit>

class QAction;
class QCompleter;
class QStringListModel;

class RecipientLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit RecipientLineEdit(QWidget* parent = nullptr);

    // Parses the field; on invalid input an empty list and *error names the bad entry.
    QList<MailAddress> addresses(QString* error) const;
    // Re-checks now and shows the result; true when the field is valid (empty is valid).
    bool validate();
    bool isMarkedInvalid() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // Marks addresses the server refused, with its reason; cleared by the next edit.
    void markRefused(const QStringList& addresses, const QString& reason);

    void setCompletions(const QStringList& entries);
    QCompleter* recipientCompleter() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showProblem(const QString& problem);
    void onTextChanged();
    void insertCompletion(const QString& completion);
    // The entry being typed: from after the last separator before the cursor up to the cursor.
    QString currentEntry(int* start) const;
    void updateCompletion();

    QCompleter* m_completer = nullptr;
    QStringListModel* m_model = nullptr;
    QAction* m_warningAction = nullptr;
    QString m_problem;
    QString m_normalToolTip;
};
