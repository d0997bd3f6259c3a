#pragma once
// An Asker for GUI tests: answers from a script instead of showing a dialog, so no modal window
// ever blocks a test. Every question is recorded; a question without a scripted answer is
// refused and counted in `unexpected`, which tests check.

#include "Asker.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimer>

class ScriptedAsker : public Asker
{
public:
    // Answers in order; each is matched against nothing but its position.
    QList<bool> answers;
    QList<QPair<bool, QString>> textAnswers;
    QList<Choice> choices;           // answers to choose(), in order
    QList<Question> questions;      // everything asked with ask()
    QList<TextRequest> textRequests; // everything asked with askText()
    int unexpected = 0;

    void ask(const Question& question, std::function<void(bool accepted)> done) override
    {
        questions.append(question);
        bool answer = false;
        if (answers.isEmpty())
            ++unexpected;
        else
            answer = answers.takeFirst();
        // Later, as a dialog would answer: callers must not rely on a synchronous answer.
        QTimer::singleShot(0, [done, answer]() { done(answer); });
    }

    void askText(const TextRequest& request, std::function<void(bool ok, const QString& text)> done) override
    {
        textRequests.append(request);
        QPair<bool, QString> answer{false, QString()};
        if (textAnswers.isEmpty())
            ++unexpected;
        else
            answer = textAnswers.takeFirst();
        QTimer::singleShot(0, [done, answer]() { done(answer.first, answer.second); });
    }

    void choose(const Question& question, std::function<void(Choice choice)> done) override
    {
        questions.append(question);
        Choice answer = Choice::Reject;
        if (choices.isEmpty())
            ++unexpected;
        else
            answer = choices.takeFirst();
        QTimer::singleShot(0, [done, answer]() { done(answer); });
    }

    QStringList questionTexts() const
    {
        QStringList out;
        for (const Question& q : questions)
            out.append(q.text);
        return out;
    }
};
