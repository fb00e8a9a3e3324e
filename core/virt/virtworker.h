// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns one libvirt connection and makes every blocking libvirt call, on a worker thread.
// Talk to it only through VirtHost (queued calls); it answers with signals.
#include "virt/hostinfo.h"

#include <QObject>
#include <QSet>
#include <atomic>

typedef struct _virConnect *virConnectPtr;
typedef struct _virStream *virStreamPtr;

namespace hvbench::virt {

struct StreamHandle {
    virStreamPtr stream = nullptr;
};

class VirtWorker final : public QObject {
    Q_OBJECT
public:
    ~VirtWorker() override;

    // Thread-safe: starts queued before this call are answered with domainFailed at once,
    // without creating anything (cancel during start-up; closing).
    void cancelQueuedStarts() { ++m_generation; }
    int generation() const { return m_generation; }

public Q_SLOTS:
    void open(const QString &uri);
    void startDomain(int key, const QString &xml, const QString &channelName, int generation);
    void destroyDomain(const QString &name);
    void close();

Q_SIGNALS:
    void opened(const hvbench::virt::HostInfo &info);
    void openFailed(const QString &message);
    void domainStarted(int key, const QString &name, hvbench::virt::StreamHandle channel);
    void domainFailed(int key, const QString &message);
    void domainDestroyed(const QString &name);
    void connectionLost(const QString &message); // the daemon went away or the link broke

private:
    HostInfo probe(const QString &uri);
    static void onConnectionClosed(virConnectPtr conn, int reason, void *opaque);
    virConnectPtr m_conn = nullptr;
    QSet<QString> m_ours; // domains this worker created; the only ones it ever destroys
    std::atomic_int m_generation{0};
};

} // namespace hvbench::virt

Q_DECLARE_METATYPE(hvbench::virt::StreamHandle)
