#pragma once
// Asker with real dialogs: window-modal, opened with open() so the event loop keeps turning
// (no exec(), no nested event loop), deleted when closed.

#include "Asker.h"

#include <QPointer>
#include <QWidget>

class DialogAsker : public Asker
{
public:
    explicit DialogAsker(QWidget* parent = nullptr);
    void setParentWidget(QWidget* parent) { m_parent = parent; }

    void ask(const Question& question, std::function<void(bool accepted)> done) override;
    void askText(const TextRequest& request, std::function<void(bool ok, const QString& text)> done) override;
    void choose(const Question& question, std::function<void(Choice choice)> done) override;

private:
    QPointer<QWidget> m_parent;
};
