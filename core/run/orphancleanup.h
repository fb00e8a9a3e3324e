// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// After the connection died mid-run (e.g. libvirtd restarted), the run's isolated network and
// data volumes are still on the host (libvirt's autodestroy only removes the guests).  This
// reconnects — retrying while the daemon comes back — and removes exactly those objects, which
// carry hvbench's mark.  Whatever it cannot remove is left for the leftovers sweep.
#include "virt/storage.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace hvbench {
namespace virt { class VirtHost; }

class OrphanCleanup final : public QObject {
    Q_OBJECT
public:
    struct Orphans {
        QString networkName;
        QList<virt::DataVolume> volumes;
        bool isEmpty() const { return networkName.isEmpty() && volumes.isEmpty(); }
    };
    OrphanCleanup(QString uri, Orphans orphans, QObject *parent = nullptr);
    ~OrphanCleanup() override;
    void start(int giveUpAfterMs = 30'000);

Q_SIGNALS:
    void log(const QString &line);
    void finished(bool allRemoved);

private:
    void tryOpen();
    QString m_uri;
    Orphans m_orphans;
    std::unique_ptr<virt::VirtHost> m_host;
    QTimer m_retry;
    qint64 m_deadline = 0;
};

} // namespace hvbench
