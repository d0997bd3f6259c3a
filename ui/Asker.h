#pragma once
// How the composer asks a person something ("Send without a subject?", the password, a link's
// address) without blocking: the answer arrives through a callback, later or at once. The window
// uses DialogAsker (window-modal dialogs opened with open(), never exec()); tests inject one that
// answers from a script, so no modal dialog ever stalls them.

#include <QString>

#include <functional>

class Asker
{
public:
    struct Question
    {
        enum class Tone { Question, Warning };
        QString title;
        QString text;            // the question itself, one sentence
        QString informativeText; // why it is asked, may be empty
        QString acceptText;      // the button that goes ahead ("Send Anyway")
        QString rejectText;      // the button that goes back ("Add Subject")
        QString alternativeText; // choose() only: a third way ("Discard"); empty: none
        Tone tone = Tone::Question;
    };

    // The answer to choose(): the accept button, the alternative, or the reject one (also Escape).
    enum class Choice { Accept, Alternative, Reject };

    struct TextRequest
    {
        QString title;
        QString label;
        QString text;        // prefilled value
        bool secret = false; // a password: echo hidden
    };

    virtual ~Asker() = default;

    // `done` is called exactly once, with true when the person accepted; or never, when the
    // window that asked is gone (callers guard `this` with a QPointer).
    virtual void ask(const Question& question, std::function<void(bool accepted)> done) = 0;
    virtual void askText(const TextRequest& request, std::function<void(bool ok, const QString& text)> done) = 0;
    // A question with three answers (Save / Discard / Cancel). Askers that know only yes/no
    // answer Accept or Reject, never Alternative.
    virtual void choose(const Question& question, std::function<void(Choice choice)> done)
    {
        ask(question, [done](bool accepted) { done(accepted ? Choice::Accept : Choice::Reject); });
    }
};
