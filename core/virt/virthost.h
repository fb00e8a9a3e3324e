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
    ~VirtHost() override; // destroys every VM it started and closes the connection

    void open(const QString &uri);
    void startDomain(int key, const QString &xml, const QString &channelName);
    void destroyDomain(const QString &name);

Q_SIGNALS:
    void opened(const hvbench::virt::HostInfo &info);
    void openFailed(const QString &message);
    void domainStarted(int key, const QString &name, hvbench::virt::StreamHandle channel);
    void domainFailed(int key, const QString &message);
    void domainDestroyed(const QString &name);

private:
    QThread m_thread;
    VirtWorker *m_worker;
};

} // namespace hvbench::virt
