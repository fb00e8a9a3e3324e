// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/leftoverscan.h"
#include "virt/virthost.h"

namespace hvbench {

LeftoverScan::LeftoverScan(QObject *parent) : QObject(parent) {}

LeftoverScan::~LeftoverScan() = default;

void LeftoverScan::scan(const QString &uri)
{
    m_uri = uri;
    m_host = std::make_unique<virt::VirtHost>();
    connect(m_host.get(), &virt::VirtHost::openFailed, this, &LeftoverScan::unavailable);
    connect(m_host.get(), &virt::VirtHost::opened, this, [this] {
        m_host->submit([this](virConnectPtr conn) -> virt::Continuation {
            const QList<virt::Leftover> items = conn ? virt::findLeftovers(conn) : QList<virt::Leftover>{};
            return [this, items] { Q_EMIT found(items); };
        });
    });
    m_host->open(uri);
}

void LeftoverScan::remove(const QList<virt::Leftover> &items)
{
    if (!m_host) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT removed(0, {tr("Not connected.")}); },
                                  Qt::QueuedConnection);
        return;
    }
    m_host->submit([this, items](virConnectPtr conn) -> virt::Continuation {
        int ok = 0;
        QStringList errors;
        for (const virt::Leftover &l : items) {
            const Status st = conn ? virt::removeLeftover(conn, l) : Status(Error{tr("Not connected.")});
            if (st)
                ++ok;
            else
                errors << tr("%1 %2: %3").arg(virt::leftoverKindName(l.kind), l.name, st.errorMessage());
        }
        return [this, ok, errors] { Q_EMIT removed(ok, errors); };
    });
}

QString describeLeftovers(const QList<virt::Leftover> &items)
{
    QStringList lines;
    for (const virt::Leftover &l : items)
        lines << QStringLiteral("%1 %2%3%4")
                     .arg(virt::leftoverKindName(l.kind), l.name,
                          l.pool.isEmpty() ? QString() : LeftoverScan::tr(" in pool %1").arg(l.pool),
                          l.detail.isEmpty() ? QString() : QStringLiteral(" (") + l.detail + QLatin1Char(')'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace hvbench
