#include "DialogAsker.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

DialogAsker::DialogAsker(QWidget* parent)
    : m_parent(parent)
{
}

void DialogAsker::ask(const Question& question, std::function<void(bool accepted)> done)
{
    auto* box = new QMessageBox(m_parent);
    box->setObjectName(QStringLiteral("askerMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(m_parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setIcon(question.tone == Question::Tone::Warning ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    QPushButton* accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
    QPushButton* reject = box->addButton(question.rejectText, QMessageBox::RejectRole);
    accept->setObjectName(QStringLiteral("askerAcceptButton"));
    reject->setObjectName(QStringLiteral("askerRejectButton"));
    // The safe choice is the default: Return never sends by accident.
    box->setDefaultButton(reject);
    box->setEscapeButton(reject);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, done]() {
        done(box->clickedButton() == accept);
    });
    box->open();
}

void DialogAsker::choose(const Question& question, std::function<void(Choice choice)> done)
{
    auto* box = new QMessageBox(m_parent);
    box->setObjectName(QStringLiteral("askerMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(m_parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setIcon(question.tone == Question::Tone::Warning ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    QPushButton* accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
    QPushButton* alternative = box->addButton(question.alternativeText, QMessageBox::DestructiveRole);
    QPushButton* reject = box->addButton(question.rejectText, QMessageBox::RejectRole);
    accept->setObjectName(QStringLiteral("askerAcceptButton"));
    alternative->setObjectName(QStringLiteral("askerAlternativeButton"));
    reject->setObjectName(QStringLiteral("askerRejectButton"));
    // Return keeps what the person wrote (Save, Restore); Escape changes nothing.
    box->setDefaultButton(accept);
    box->setEscapeButton(reject);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, alternative, done]() {
        const QAbstractButton* clicked = box->clickedButton();
        done(clicked == accept ? Choice::Accept : clicked == alternative ? Choice::Alternative : Choice::Reject);
    });
    box->open();
}

void DialogAsker::askText(const TextRequest& request, std::function<void(bool ok, const QString& text)> done)
{
    auto* dialog = new QInputDialog(m_parent);
    dialog->setObjectName(QStringLiteral("askerInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(m_parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->setWindowTitle(request.title);
    dialog->setLabelText(request.label);
    dialog->setTextValue(request.text);
    dialog->setTextEchoMode(request.secret ? QLineEdit::Password : QLineEdit::Normal);
    if (request.secret)
        dialog->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QObject::connect(dialog, &QInputDialog::finished, dialog, [dialog, done](int result) {
        done(result == QDialog::Accepted, dialog->textValue());
    });
    dialog->open();
}
