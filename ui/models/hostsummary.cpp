// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hostsummary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::HostSummary)
};

QString orUnknown(const QString &s)
{
    return s.isEmpty() ? Tr::tr("unknown") : s;
}

QString guestTypes(const QList<virt::GuestCapability> &guests)
{
    QStringList out;
    for (const virt::GuestCapability &g : guests) {
        const QString os = g.osType == QLatin1String("xen") ? Tr::tr("Xen PV") : g.osType.toUpper();
        const QString item = QStringLiteral("%1 %2 (%3)").arg(os, g.arch, g.domainType);
        if (!out.contains(item))
            out.append(item);
    }
    return out.isEmpty() ? Tr::tr("none reported") : out.join(QStringLiteral(", "));
}

QString pools(const QList<virt::PoolInfo> &list)
{
    QStringList out;
    for (const virt::PoolInfo &p : list) {
        const QString state =
            p.active ? Tr::tr("%1 free of %2").arg(formatBytes(p.availableBytes), formatBytes(p.capacityBytes))
                     : Tr::tr("inactive");
        out.append(Tr::tr("%1 (%2): %3").arg(p.name, p.type, state));
    }
    return out.isEmpty() ? Tr::tr("none") : out.join(QLatin1Char('\n'));
}

QString networks(const QList<virt::NetworkInfo> &list)
{
    QStringList out;
    for (const virt::NetworkInfo &n : list) {
        QStringList bits;
        bits.append(n.forwardMode.isEmpty() ? Tr::tr("isolated") : n.forwardMode);
        if (!n.bridge.isEmpty())
            bits.append(n.bridge);
        if (!n.ipv4Address.isEmpty())
            bits.append(QStringLiteral("%1/%2").arg(n.ipv4Address).arg(n.ipv4Prefix));
        if (!n.active)
            bits.append(Tr::tr("inactive"));
        out.append(QStringLiteral("%1 (%2)").arg(n.name, bits.join(QStringLiteral(", "))));
    }
    return out.isEmpty() ? Tr::tr("none") : out.join(QLatin1Char('\n'));
}
} // namespace

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

HostSummary summarizeHost(const virt::HostInfo &h)
{
    HostSummary s;
    if (h.xen) {
        s.acceleration = Tr::tr("Xen");
    } else if (h.kvm) {
        s.acceleration = Tr::tr("KVM (hardware virtualization)");
    } else {
        s.tcgOnly = true;
        s.acceleration = Tr::tr("TCG only (software emulation, no KVM)");
        s.accelerationNote =
            h.kvmDisabled
                ? Tr::tr("libvirt offers KVM on this host, but HVBENCH_ACCEL=tcg turned it off: guests run under "
                         "QEMU's TCG emulator. VM figures measured here describe the emulator, not a hypervisor's "
                         "overhead.")
                : Tr::tr("This host has no hardware virtualization: guests run under QEMU's TCG emulator. "
                         "VM figures measured here describe the emulator, not a hypervisor's overhead.");
    }
    s.rows.append({Tr::tr("Acceleration"), s.acceleration, s.tcgOnly});
    s.rows.append({Tr::tr("Driver"), orUnknown(h.driver)});
    s.rows.append({Tr::tr("Host name"), orUnknown(h.hostname)});
    s.rows.append({Tr::tr("URI"), orUnknown(h.uri)});
    s.rows.append({Tr::tr("CPU model"), orUnknown(h.cpuModel)});
    s.rows.append({Tr::tr("Logical CPUs"), h.cpus > 0 ? QString::number(h.cpus) : Tr::tr("unknown")});
    s.rows.append({Tr::tr("RAM"), h.memoryMiB > 0 ? formatBytes(h.memoryMiB * 1024 * 1024) : Tr::tr("unknown")});
    s.rows.append({Tr::tr("Architecture"), orUnknown(h.arch)});
    s.rows.append({Tr::tr("libvirt version"), orUnknown(h.libvirtVersion)});
    s.rows.append({Tr::tr("Hypervisor version"), orUnknown(h.hypervisorVersion)});
    s.rows.append({Tr::tr("Guest types"), guestTypes(h.guests)});
    s.rows.append({Tr::tr("Storage pools"), pools(h.pools)});
    s.rows.append({Tr::tr("Networks"), networks(h.networks)});
    return s;
}

} // namespace hvbench
