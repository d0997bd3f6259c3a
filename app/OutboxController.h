#pragma once
// The Outbox window's wiring (File ▸ Outbox, and the composer's "N waiting in the Outbox"): shows
// the entries of the Outbox, keeps the count in the composer's status bar, and carries out the
// person's decisions: Retry Now, Edit (the entry's draft back into the composer, asking first
// when the composer holds unsaved work), Delete (confirmed), and for an Uncertain entry
// (RFC 1047: the connection died after the final dot) Send Again or Mark as Sent.

#include <QObject>
#include <QPointer>

class Asker;
class ComposerController;
class Outbox;
class OutboxSender;
#include "OutboxWindow.h"

class OutboxController : public QObject
{
    Q_OBJECT
public:
    OutboxController(Outbox* outbox, OutboxSender* sender, ComposerController* composer, Asker* asker,
                     QObject* parent = nullptr);
    ~OutboxController() override;

    // Opens (or raises) the window.
    void show();
    OutboxWindow* window() const { return m_window; }
    // Entries not sent yet (every state but Sent).
    int waitingCount() const;

    void retry(const QString& id);
    void edit(const QString& id);
    void remove(const QString& id);
    void sendAgain(const QString& id);
    void markSent(const QString& id);

private:
    void refresh();
    void report(const QString& error);

    Outbox* m_outbox;
    OutboxSender* m_sender;
    ComposerController* m_composer;
    Asker* m_asker;
    QPointer<OutboxWindow> m_window;
};
