#include "RecipientLineEdit.h"

#include "AddressParser.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>
#include <QStyle>

namespace {

bool isSeparator(QChar c)
{
    // The separators AddressParser accepts, including the full-width ones of CJK input methods.
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(0xFF0C) || c == QChar(0xFF1B);
}

} // namespace

RecipientLineEdit::RecipientLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(false);
    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setObjectName(QStringLiteral("recipientCompleter"));
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // "bob" finds "Bob Smith <bob@example.org>" and "smith" finds it too.
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(8);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &RecipientLineEdit::insertCompletion);

    m_warningAction = new QAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QString(), this);
    m_warningAction->setObjectName(QStringLiteral("invalidAddressAction"));
    // Hidden after adding: QLineEdit shows the button of an action added while it is hidden.
    addAction(m_warningAction, QLineEdit::TrailingPosition);
    m_warningAction->setVisible(false);

    connect(this, &QLineEdit::textChanged, this, &RecipientLineEdit::onTextChanged);
    connect(this, &QLineEdit::textEdited, this, &RecipientLineEdit::updateCompletion);
}

QList<MailAddress> RecipientLineEdit::addresses(QString* error) const
{
    return AddressParser::parseList(text(), error);
}

bool RecipientLineEdit::validate()
{
    QString error;
    AddressParser::parseList(text(), &error);
    showProblem(error);
    return error.isEmpty();
}

void RecipientLineEdit::showProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    if (m_problem.isEmpty())
        m_normalToolTip = toolTip();
    m_problem = problem;
    const bool bad = !problem.isEmpty();
    // A red frame is visible at a glance; the icon's tooltip and the accessible description carry
    // the words for those who cannot see the colour.
    setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 2px solid #d32f2f; border-radius: 3px; padding: 1px; }")
                      : QString());
    setToolTip(bad ? problem : m_normalToolTip);
    setAccessibleDescription(problem);
    m_warningAction->setToolTip(problem);
    m_warningAction->setVisible(bad);
    setProperty("invalid", bad);
}

void RecipientLineEdit::markRefused(const QStringList& addresses, const QString& reason)
{
    if (addresses.isEmpty())
        return;
    showProblem(tr("The server refused %1: %2").arg(addresses.join(QStringLiteral(", ")), reason));
}

void RecipientLineEdit::onTextChanged()
{
    // Once marked, re-check on every change so the mark goes away the moment it is fixed; while
    // the person is still typing a new entry, say nothing until they leave the field.
    if (!m_problem.isEmpty())
        validate();
}

void RecipientLineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        validate();
}

void RecipientLineEdit::setCompletions(const QStringList& entries)
{
    m_model->setStringList(entries);
}

QString RecipientLineEdit::currentEntry(int* start) const
{
    const QString t = text();
    const int cursor = cursorPosition();
    int begin = cursor;
    while (begin > 0 && !isSeparator(t.at(begin - 1)))
        --begin;
    while (begin < cursor && t.at(begin).isSpace())
        ++begin;
    if (start)
        *start = begin;
    return t.mid(begin, cursor - begin);
}

void RecipientLineEdit::updateCompletion()
{
    const QString entry = currentEntry(nullptr);
    if (entry.trimmed().isEmpty() || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(entry);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setLeft(0);
    rect.setWidth(width());
    m_completer->complete(rect);
}

void RecipientLineEdit::insertCompletion(const QString& completion)
{
    int start = 0;
    currentEntry(&start);
    const QString t = text();
    int end = cursorPosition();
    // The whole entry under the cursor is replaced, up to the next separator.
    while (end < t.size() && !isSeparator(t.at(end)))
        ++end;
    const QString rest = t.mid(end);
    if (rest.isEmpty()) {
        // At the end: add the separator so the next address can be typed right away.
        setText(t.left(start) + completion + QStringLiteral(", "));
        setCursorPosition(text().size());
    } else {
        setText(t.left(start) + completion + rest);
        setCursorPosition(start + completion.size());
    }
}

void RecipientLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        // The popup takes these: Return/Tab pick the highlighted address, Escape closes it.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
            if (event->modifiers() & Qt::ControlModifier)
                break; // Ctrl+Return still sends
            [[fallthrough]];
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}
