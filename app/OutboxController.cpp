#include "OutboxController.h"

#include "Asker.h"
#include "ComposerController.h"
#include "ComposerWindow.h"
#include "DraftStore.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "OutboxWindow.h"

namespace {

OutboxWindow::Status statusOf(OutboxEntry::State state)
{
    using S = OutboxEntry::State;
    switch (state) {
    case S::Queued: return OutboxWindow::Status::Queued;
    case S::Sending: return OutboxWindow::Status::Sending;
    case S::Sent: return OutboxWindow::Status::Sent;
    case S::Failed: return OutboxWindow::Status::Failed;
    case S::Deferred: return OutboxWindow::Status::Deferred;
    case S::Uncertain: return OutboxWindow::Status::Uncertain;
    }
    return OutboxWindow::Status::Queued;
}

} // namespace

OutboxController::OutboxController(Outbox* outbox, OutboxSender* sender, ComposerController* composer, Asker* asker,
                                   QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sender(sender)
    , m_composer(composer)
    , m_asker(asker)
{
    connect(m_outbox, &Outbox::changed, this, &OutboxController::refresh);
    connect(m_sender, &OutboxSender::stateChanged, this, &OutboxController::refresh);
    connect(m_sender, &OutboxSender::idle, this, &OutboxController::refresh);
    connect(m_composer->window(), &ComposerWindow::outboxRequested, this, &OutboxController::show);
    refresh();
}

OutboxController::~OutboxController()
{
    delete m_window;
}

int OutboxController::waitingCount() const
{
    return int(m_outbox->entries().size()) - m_outbox->count(OutboxEntry::State::Sent);
}

void OutboxController::show()
{
    if (!m_window) {
        m_window = new OutboxWindow;
        // A side window: closing the composer still quits the application.
        m_window->setAttribute(Qt::WA_QuitOnClose, false);
        connect(m_window, &OutboxWindow::retryRequested, this, &OutboxController::retry);
        connect(m_window, &OutboxWindow::editRequested, this, &OutboxController::edit);
        connect(m_window, &OutboxWindow::deleteRequested, this, &OutboxController::remove);
        connect(m_window, &OutboxWindow::sendAgainRequested, this, &OutboxController::sendAgain);
        connect(m_window, &OutboxWindow::markSentRequested, this, &OutboxController::markSent);
    }
    refresh();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void OutboxController::refresh()
{
    const QList<OutboxEntry> entries = m_outbox->entries();
    QList<OutboxWindow::Row> rows;
    for (const OutboxEntry& e : entries) {
        if (e.state == OutboxEntry::State::Sent)
            continue;
        OutboxWindow::Row row;
        row.id = e.id;
        row.status = statusOf(e.state);
        row.subject = e.subject;
        row.recipients = e.toDisplay;
        row.attempts = e.attempts;
        row.nextAttempt = e.nextAttempt;
        row.lastError = e.lastError.text.isEmpty() ? e.lastError.serverReply : e.lastError.text;
        row.editable = !e.draft.isEmpty();
        rows.append(row);
    }
    m_composer->window()->setOutboxCount(int(rows.size()));
    if (m_window)
        m_window->setRows(rows);
}

void OutboxController::report(const QString& error)
{
    if (!error.isEmpty())
        m_composer->window()->showStatus(error, 15000);
}

void OutboxController::retry(const QString& id)
{
    const OutboxEntry entry = m_outbox->entry(id);
    if (entry.id.isEmpty() || entry.state == OutboxEntry::State::Uncertain || m_sender->isSending(id))
        return;
    QString error;
    if (entry.state != OutboxEntry::State::Queued && !m_outbox->retry(id, &error))
        return report(error);
    m_sender->send({id});
}

void OutboxController::sendAgain(const QString& id)
{
    QString error;
    if (!m_outbox->resend(id, &error))
        return report(error);
    m_sender->send({id});
}

void OutboxController::markSent(const QString& id)
{
    QString error;
    if (!m_outbox->markSent(id, QString(), &error))
        report(error);
}

void OutboxController::remove(const QString& id)
{
    const OutboxEntry entry = m_outbox->entry(id);
    if (entry.id.isEmpty() || m_sender->isSending(id))
        return;
    Asker::Question q;
    q.title = tr("Delete Message");
    q.text = tr("Delete “%1” from the Outbox?")
                 .arg(entry.subject.trimmed().isEmpty() ? tr("(no subject)") : entry.subject.trimmed());
    q.informativeText = tr("It has not been sent and will not be.");
    q.acceptText = tr("Delete");
    q.rejectText = tr("Keep It");
    q.tone = Asker::Question::Tone::Warning;
    QPointer<OutboxController> self(this);
    m_asker->ask(q, [self, id](bool accepted) {
        if (!self || !accepted)
            return;
        QString error;
        if (!self->m_outbox->remove(id, &error))
            self->report(error);
    });
}

void OutboxController::edit(const QString& id)
{
    const OutboxEntry entry = m_outbox->entry(id);
    if (entry.id.isEmpty() || entry.draft.isEmpty() || m_sender->isSending(id))
        return;
    QPointer<OutboxController> self(this);
    auto take = [self, id]() {
        if (!self)
            return;
        const OutboxEntry e = self->m_outbox->entry(id);
        if (e.id.isEmpty() || self->m_sender->isSending(id))
            return;
        self->m_composer->editMessage(DraftStore::fromJson(e.draft));
        // In the composer now (and in its autosave): the entry would be a second copy.
        QString error;
        if (!self->m_outbox->remove(id, &error))
            self->report(error);
    };
    ComposerWindow* window = m_composer->window();
    if (window->isSending())
        return;
    if (!window->isModified() || !window->hasContent())
        return take();
    Asker::Question q;
    q.title = tr("Edit Message");
    q.text = tr("Save the message you are writing before editing this one?");
    q.informativeText = tr("The message from the Outbox replaces it in the composer.");
    q.acceptText = tr("Save");
    q.alternativeText = tr("Discard");
    q.rejectText = tr("Cancel");
    m_asker->choose(q, [self, take](Asker::Choice choice) {
        if (!self || choice == Asker::Choice::Reject)
            return;
        if (choice == Asker::Choice::Accept && !self->m_composer->saveDraft())
            return;
        take();
    });
}
