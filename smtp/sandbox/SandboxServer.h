#pragma once
// Qourier's built-in sandbox mail server: real ESMTP with real TLS and real AUTH on loopback
// only, storing every accepted message with its envelope so the person can see exactly what a
// send produced. One STARTTLS listener and one implicit-TLS listener on 127.0.0.1 and ::1
// (ephemeral ports unless given), a clear-text one only when asked for. Runs on the caller's
// thread, driven by socket signals; each connection is a SandboxSession.

#include "SandboxListener.h"
#include "SandboxSettings.h"

#include <QList>
#include <QObject>
#include <QSet>

class SandboxSession;
class SandboxStore;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxSettings& settings, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Opens the store and the listeners. False with *error when any enabled listener cannot
    // listen on 127.0.0.1 (::1 is best effort: some containers have no IPv6 loopback).
    bool start(QString* error);
    // Closes the listeners and drops every connection (a message in flight is not stored).
    void stop();
    bool isListening() const { return !m_listeners.isEmpty(); }

    quint16 startTlsPort() const { return m_startTlsPort; }
    quint16 implicitTlsPort() const { return m_implicitTlsPort; }
    quint16 plainPort() const { return m_plainPort; }
    // Addresses actually listened on ("127.0.0.1", "::1").
    QStringList listeningAddresses() const;

    const SandboxSettings& settings() const { return m_settings; }
    // Faults apply to commands that arrive from now on, in open sessions too.
    void setFaults(const SandboxFaults& faults) { m_settings.faults = faults; }
    SandboxStore* store() const { return m_store; }
    int sessionCount() const { return m_sessions.size(); }

signals:
    // A message was accepted and stored; the path of its .json receipt.
    void messageStored(const QString& jsonPath);

private:
    bool listen(SandboxListener::Kind kind, quint16 requested, quint16* port, QString* error);
    void onConnection(qintptr descriptor, SandboxListener::Kind kind);
    void onSessionFinished(SandboxSession* session);

    SandboxSettings m_settings;
    SandboxStore* m_store;
    QList<SandboxListener*> m_listeners;
    QSet<SandboxSession*> m_sessions;
    quint16 m_startTlsPort = 0;
    quint16 m_implicitTlsPort = 0;
    quint16 m_plainPort = 0;
};
