// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bare-metal network baseline's plumbing: a network namespace "hvbench-<session>" with one
// end of a veth pair (address .2–.9 of the run's isolated network) and the other end enslaved to
// the SAME bridge the guests' tap devices are on.  The bare-metal agent runs inside it
// (agentCommandPrefix() + agent + "--stdio"), so its iperf3 client crosses veth → bridge → host
// stack just as a guest's traffic crosses virtio/tap → bridge → host stack; the baseline is not
// measured over loopback, which would skip the bridge and the driver path entirely.
//
// Every step is an asynchronous `ip` (iproute2) process; on a failure everything made so far is
// undone.  Needs root (CAP_NET_ADMIN and write access to /run/netns).
//
// Owner mark: /run/hvbench/netns/<namespace>.json {pid, hostname, created_at, host_interface},
// written before the namespace is made and deleted after it is gone.  A namespace without that
// file is never ours: staleNamespaces() never lists it and removeNamespace() refuses it.
//
// Remove the namespace only after the agent inside it has exited: a process still inside keeps
// the namespace (and its veth end) alive after `ip netns delete`; remove() therefore deletes
// the host veth end first, which takes its peer with it.
#include "util/result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QProcess;
class QTimer;

namespace hvbench {

class BaselineNetns final : public QObject {
    Q_OBJECT
public:
    static constexpr int kStepTimeoutMs = 15'000; // one `ip` command

    explicit BaselineNetns(QObject *parent = nullptr);
    // Does not remove the namespace (a running agent may still be inside): call remove().  The
    // owner file stays too, so the leftover can be found by staleNamespaces() once we are gone.
    ~BaselineNetns() override;

    // Makes namespace, veth pair, address (e.g. "10.213.5.2", prefix 24), links up, host end
    // `master <bridge>`.  Answers ready() or failed(message naming the ip command and its stderr).
    void create(const QString &sessionId, const QString &bridge, const QString &address, int prefix);
    // Deletes the host veth end (the peer goes with it) and the namespace, then the owner file.
    // Answers removed() or removeFailed().  Nothing made: removed() at once (queued).
    void remove();

    bool isReady() const { return m_state == State::Ready; }
    QString namespaceName() const { return m_ns; }
    // {"ip", "netns", "exec", "hvbench-<sid>"}: prepend to the agent's command line.
    QStringList agentCommandPrefix() const;
    // The host end of the veth pair, on the bridge: LiveCounters reads it (swapped: its rx is
    // the namespace's tx).
    QString hostInterface() const { return m_hostIf; }
    QString namespaceInterface() const { return m_nsIf; }
    // What was made and why, for the session manifest.
    QJsonObject manifest() const;

    // --- naming and owner marks (static, also for the cleanup command) ---
    static QString namespaceName(const QString &sessionId);          // hvbench-<sid>
    static QString hostInterfaceName(const QString &sessionId);      // hvbn<8 hex>h (13 chars)
    static QString namespaceInterfaceName(const QString &sessionId); // hvbn<8 hex>n
    static QString ownerDirectory();                                 // /run/hvbench/netns
    static QString ownerFile(const QString &namespaceName);
    // hvbench-* namespaces whose owner file names a dead process on this host.
    static QStringList staleNamespaces();
    // BLOCKING (for the cleanup command, not the GUI thread): removes a namespace that carries
    // our owner file and whose owner is not another live hvbench process; refuses anything else.
    static Status removeNamespace(const QString &name);
    // The untranslated why-text recorded in the manifest next to its translation.
    static const char *whyText();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void removed();
    void removeFailed(const QString &message);

private:
    enum class State { Idle, Creating, Ready, Undoing, Removing };
    struct Step {
        QStringList args;     // ip's arguments
        bool mayFail = false; // when undoing/removing: "already gone" is fine
    };
    void runNext();
    void onStepFinished();
    void stepFailed(const QString &message);
    void finishUndoOrRemove();
    void queueUndo();
    static QString describe(const QStringList &args);

    State m_state = State::Idle;
    QString m_sessionId, m_ns, m_hostIf, m_nsIf, m_bridge, m_address;
    int m_prefix = 0;
    QList<Step> m_steps;
    Step m_current;
    bool m_nsMade = false; // `ip netns add` succeeded
    bool m_ownerWritten = false;
    bool m_abortRequested = false; // remove() while creating
    QString m_failure;             // the create failure reported once undo is done
    QStringList m_removeErrors;
    QStringList m_commands; // every command run, for the manifest
    QProcess *m_proc = nullptr;
    QTimer *m_stepTimer;
};

} // namespace hvbench
