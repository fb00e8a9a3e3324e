// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/orphancleanup.h"
#include "virt/isolatednetwork.h"
#include "virt/virthost.h"

#include <QDateTime>

namespace hvbench {

namespace {
constexpr int kRetryMs = 2000;
}

OrphanCleanup::OrphanCleanup(QString uri, Orphans orphans, QObject *parent)
    : QObject(parent), m_uri(std::move(uri)), m_orphans(std::move(orphans))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OrphanCleanup::tryOpen);
}

OrphanCleanup::~OrphanCleanup() = default;

void OrphanCleanup::start(int giveUpAfterMs)
{
    m_deadline = QDateTime::currentMSecsSinceEpoch() + giveUpAfterMs;
    Q_EMIT log(tr("Reconnecting to %1 to remove this run's network and data volumes …").arg(m_uri));
    tryOpen();
}

void OrphanCleanup::tryOpen()
{
    m_host = std::make_unique<virt::VirtHost>();
    connect(m_host.get(), &virt::VirtHost::openFailed, this, [this](const QString &message) {
        if (QDateTime::currentMSecsSinceEpoch() + kRetryMs > m_deadline) {
            Q_EMIT log(tr("Could not reconnect (%1): the run's network and volumes stay on the host until "
                          "hvbench-cli cleanup (or the GUI at start-up) removes them.").arg(message));
            Q_EMIT finished(false);
            return;
        }
        m_host.release()->deleteLater();
        m_retry.start(kRetryMs);
    });
    connect(m_host.get(), &virt::VirtHost::opened, this, [this] {
        m_host->submit([this, orphans = m_orphans](virConnectPtr conn) -> virt::Continuation {
            QStringList done, errors;
            if (!orphans.networkName.isEmpty()) {
                const Status st = virt::destroyIsolatedNetwork(conn, orphans.networkName);
                (st ? done : errors) << (st ? orphans.networkName : orphans.networkName + QStringLiteral(": ") + st.errorMessage());
            }
            for (const virt::DataVolume &v : orphans.volumes) {
                const Status st = virt::deleteDataVolume(conn, v);
                (st ? done : errors) << (st ? v.name : v.name + QStringLiteral(": ") + st.errorMessage());
            }
            return [this, done, errors] {
                if (!done.isEmpty())
                    Q_EMIT log(tr("Removed after the reconnect: %1").arg(done.join(QStringLiteral(", "))));
                if (!errors.isEmpty())
                    Q_EMIT log(tr("Could not remove: %1").arg(errors.join(QStringLiteral("; "))));
                Q_EMIT finished(errors.isEmpty());
            };
        });
    });
    m_host->open(m_uri);
}

} // namespace hvbench
