// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns one libvirt connection and makes every blocking libvirt call, on a worker thread.
// Talk to it only through VirtHost (queued calls); it answers with signals.
#include "virt/hostinfo.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <functional>

typedef struct _virConnect *virConnectPtr;
typedef struct _virStream *virStreamPtr;

namespace hvbench::virt {

class CredentialBroker;

struct StreamHandle {
    virStreamPtr stream = nullptr;
};

// A blocking job for the libvirt side: runs with the open connection (nullptr when not
// connected) and returns what to do afterwards on the caller's thread.
using Continuation = std::function<void()>;
using Work = std::function<Continuation(virConnectPtr)>;

class VirtWorker final : public QObject {
    Q_OBJECT
public:
    explicit VirtWorker(QObject *parent = nullptr);
    ~VirtWorker() override;

    // Thread-safe: starts queued before this call are answered with domainFailed at once,
    // without creating anything (cancel during start-up; closing).
    void cancelQueuedStarts() { ++m_generation; }
    // Asked for user names and passwords when a host wants them (null: such hosts fail clearly).
    // Set before open(); the broker must outlive the worker.
    void setCredentialBroker(CredentialBroker *broker) { m_broker = broker; }
    int generation() const { return m_generation; }

public Q_SLOTS:
    void open(const QString &uri);
    // Runs on the start pool, so K guests are created concurrently (libvirt connections are
    // thread-safe).  Answers domainStarted / domainFailed from a pool thread.
    void startDomain(int key, const QString &xml, const QString &channelName, int generation);
    // Runs `work` on this thread (parallel = false) or on the pool; emits workDone with its continuation.
    void runWork(const hvbench::virt::Work &work, bool parallel);
    void destroyDomain(const QString &name);
    void close();

Q_SIGNALS:
    void opened(const hvbench::virt::HostInfo &info);
    void openFailed(const QString &message);
    void domainStarted(int key, const QString &name, hvbench::virt::StreamHandle channel);
    void domainFailed(int key, const QString &message);
    void domainDestroyed(const QString &name);
    void connectionLost(const QString &message); // the daemon went away or the link broke
    void workDone(const hvbench::virt::Continuation &continuation);

private:
    static void onConnectionClosed(virConnectPtr conn, int reason, void *opaque);
    void createDomain(int key, const QString &xml, const QString &channelName, int generation);
    virConnectPtr m_conn = nullptr;
    CredentialBroker *m_broker = nullptr;
    QMutex m_oursMutex;
    QSet<QString> m_ours; // domains this worker created; the only ones it ever destroys
    std::atomic_int m_generation{0};
    QThreadPool m_pool;   // concurrent starts and parallel work; drained before the connection closes
};

} // namespace hvbench::virt

Q_DECLARE_METATYPE(hvbench::virt::StreamHandle)
Q_DECLARE_METATYPE(hvbench::virt::Work)
Q_DECLARE_METATYPE(hvbench::virt::Continuation)
