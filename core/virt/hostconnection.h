// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One libvirt host as the UI sees it: a state machine (Disconnected → Connecting → Ready, or
// Failed with a message), the probed HostInfo, and reconnect with back-off after the daemon
// went away.  Opening and probing run on a worker QThread of this connection: no call here
// blocks the GUI thread.
#include "settings/hostprofiles.h"
#include "virt/hostinfo.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace hvbench::virt {

class CredentialBroker;
class ConnectionWorker;
enum class OpenFailure;

class HostConnection final : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Ready, Failed };
    Q_ENUM(State)

    // broker may be null (then hosts that ask for a password fail with a clear message).
    explicit HostConnection(const settings::HostProfile &profile, CredentialBroker *broker = nullptr,
                            QObject *parent = nullptr);
    ~HostConnection() override;

    const settings::HostProfile &profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    QString uri() const { return m_profile.uri; }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; } // empty unless Failed (or reconnecting)
    HostInfo hostInfo() const { return m_info; }      // meaningful once Ready
    bool reconnecting() const { return m_reconnecting; }
    static QString stateName(State s); // translated
    void setAutoconnect(bool on) { m_profile.autoconnect = on; }

    // Back-off after a lost connection: first delay, doubled after each failed try up to max.
    void setReconnectDelays(int firstMs, int maxMs);

public Q_SLOTS:
    void connectToHost();      // no-op while Connecting or Ready
    void disconnectFromHost(); // also stops reconnecting and cancels an open password prompt

Q_SIGNALS:
    void stateChanged(hvbench::virt::HostConnection::State state);
    void lastErrorChanged(const QString &message);
    void hostInfoChanged(const hvbench::virt::HostInfo &info);
    // Keychain news (e.g. "no system keychain") come from CredentialBroker::keychainMessage.

private:
    void startOpen();
    void onOpened(quint64 generation, const hvbench::virt::HostInfo &info);
    void onOpenFailed(quint64 generation, const QString &message, int failure);
    void onLost(quint64 generation, const QString &reason);
    void scheduleReconnect();
    void setState(State s, const QString &error = {});

    settings::HostProfile m_profile;
    CredentialBroker *m_broker = nullptr;
    QThread m_thread;
    ConnectionWorker *m_worker = nullptr;
    QTimer m_retry;
    State m_state = State::Disconnected;
    QString m_lastError;
    QString m_lostReason;
    HostInfo m_info;
    quint64 m_generation = 0; // bumped by connect/disconnect: stale worker answers are ignored
    bool m_reconnecting = false;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
    int m_delayMs = 1000;
};

} // namespace hvbench::virt
