// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GUI-thread facade of one libvirt host: every call returns at once; answers come as signals.
#include "virt/virtworker.h"

#include <QThread>

namespace hvbench::virt {

class VirtHost final : public QObject {
    Q_OBJECT
public:
    explicit VirtHost(QObject *parent = nullptr);
    // Never blocks: queues "destroy every VM this host started and close", and the worker thread
    // deletes itself when done.  libvirt's autodestroy is the backstop if the process exits first.
    ~VirtHost() override;

    void open(const QString &uri);
    // Before open(): who answers a host's questions for a user name / password.
    void setCredentialBroker(CredentialBroker *broker) { m_worker->setCredentialBroker(broker); }
    void startDomain(int key, const QString &xml, const QString &channelName);
    void destroyDomain(const QString &name);
    void cancelQueuedStarts(); // queued starts answer domainFailed without creating a VM
    // Runs `work` on the libvirt side (in order on the worker thread, or concurrently on its pool
    // when `parallel`); the continuation it returns runs on this object's thread, never after
    // this object is gone.
    void submit(Work work, bool parallel = false);

Q_SIGNALS:
    void opened(const hvbench::virt::HostInfo &info);
    void openFailed(const QString &message);
    void domainStarted(int key, const QString &name, hvbench::virt::StreamHandle channel);
    void domainFailed(int key, const QString &message);
    void domainDestroyed(const QString &name);
    void connectionLost(const QString &message);

private:
    QThread *m_thread;
    VirtWorker *m_worker;
};

} // namespace hvbench::virt
