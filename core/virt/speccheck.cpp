// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/speccheck.h"
#include "virt/domainxml.h"

#include <QCoreApplication>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::SpecCheck)
};

constexpr qint64 kMiB = 1024 * 1024;

bool isTestDriver(const HostInfo &h)
{
    if (h.driver.compare(QLatin1String("test"), Qt::CaseInsensitive) == 0)
        return true;
    for (const GuestCapability &g : h.guests)
        if (g.domainType == QLatin1String("test"))
            return true;
    return false;
}

QString hostLabel(const HostInfo &h)
{
    if (!h.hostname.isEmpty())
        return h.hostname;
    if (!h.uri.isEmpty())
        return h.uri;
    return Tr::tr("this host");
}

// "host node7 is QEMU/TCG (no KVM, no Xen)"
QString hostKind(const HostInfo &h)
{
    if (isTestDriver(h))
        return Tr::tr("the libvirt test driver");
    if (h.xen)
        return Tr::tr("a Xen host");
    if (h.kvm)
        return Tr::tr("QEMU/KVM");
    return Tr::tr("QEMU/TCG (no KVM, no Xen)");
}

QString hostIs(const HostInfo &h) { return Tr::tr("host %1 is %2").arg(hostLabel(h), hostKind(h)); }

// The arch the host offers for this guest kind ("" = none). Real hosts: x86_64 only (the
// bundled guest and the agent are x86_64). Hosts recorded without guest capabilities are
// judged by their flags.
QString archFor(const HostInfo &h, const QString &osType, const QString &domainType)
{
    if (h.guests.isEmpty()) {
        bool ok = false;
        if (domainType == QLatin1String("kvm"))
            ok = h.kvm && !h.xen;
        else if (domainType == QLatin1String("qemu"))
            ok = !h.xen && h.driver.compare(QLatin1String("qemu"), Qt::CaseInsensitive) == 0;
        else if (domainType == QLatin1String("xen"))
            ok = h.xen;
        return ok ? QStringLiteral("x86_64") : QString();
    }
    if (h.canRun(osType, domainType, QStringLiteral("x86_64")))
        return QStringLiteral("x86_64");
    if (domainType == QLatin1String("test")) // the test driver offers i686 only
        for (const GuestCapability &g : h.guests)
            if (g.osType == osType && g.domainType == domainType)
                return g.arch;
    return {};
}

Result<Placement> placeHypervisor(const VmSpec &spec, const HostInfo &h)
{
    const QString hv = hypervisorDisplayName(spec.hypervisor);
    if (isTestDriver(h)) {
        const QString os = spec.hypervisor == Hypervisor::XenPv ? QStringLiteral("xen") : QStringLiteral("hvm");
        const QString arch = archFor(h, os, QStringLiteral("test"));
        if (arch.isEmpty())
            return Error{Tr::tr("%1 offers no \"%2\" guests for %3: choose another hypervisor.").arg(hostIs(h), os, hv)};
        const QString machine = spec.hypervisor == Hypervisor::XenPv    ? QStringLiteral("xenpv")
                                : spec.hypervisor == Hypervisor::XenHvm ? QStringLiteral("xenfv")
                                                                        : QStringLiteral("pc");
        return Placement{QStringLiteral("test"), os, machine, false, arch};
    }

    const QString kvmArch = archFor(h, QStringLiteral("hvm"), QStringLiteral("kvm"));
    const QString qemuArch = archFor(h, QStringLiteral("hvm"), QStringLiteral("qemu"));
    const auto qemuOrKvmHostHint = [&h]() {
        return h.xen ? Tr::tr("choose Xen PV or Xen HVM, or a QEMU host")
                     : Tr::tr("choose another host");
    };
    const auto qemuChoices = [&kvmArch, &qemuArch]() {
        if (!kvmArch.isEmpty())
            return Tr::tr("choose KVM, QEMU/TCG or Auto");
        if (!qemuArch.isEmpty())
            return Tr::tr("choose QEMU/TCG or Auto");
        return Tr::tr("choose another host");
    };
    switch (spec.hypervisor) {
    case Hypervisor::Auto:
        if (!kvmArch.isEmpty())
            return Placement{QStringLiteral("kvm"), QStringLiteral("hvm"), QStringLiteral("pc"), false, kvmArch};
        if (!qemuArch.isEmpty())
            return Placement{QStringLiteral("qemu"), QStringLiteral("hvm"), QStringLiteral("pc"), true, qemuArch};
        return Error{Tr::tr("Auto runs KVM or QEMU/TCG guests, but %1 offers neither for x86_64: %2.")
                         .arg(hostIs(h), qemuOrKvmHostHint())};
    case Hypervisor::Kvm:
        if (!kvmArch.isEmpty())
            return Placement{QStringLiteral("kvm"), QStringLiteral("hvm"), QStringLiteral("pc"), false, kvmArch};
        if (!qemuArch.isEmpty())
            return Error{Tr::tr("KVM needs hardware virtualisation (/dev/kvm); %1, so it has only QEMU/TCG "
                                "software emulation: choose QEMU/TCG or Auto.")
                             .arg(hostIs(h))};
        return Error{Tr::tr("KVM needs a QEMU/KVM host; %1: %2.").arg(hostIs(h), qemuOrKvmHostHint())};
    case Hypervisor::QemuTcg:
        if (!qemuArch.isEmpty())
            return Placement{QStringLiteral("qemu"), QStringLiteral("hvm"), QStringLiteral("pc"), true, qemuArch};
        return Error{Tr::tr("QEMU/TCG needs a QEMU host; %1: %2.").arg(hostIs(h), qemuOrKvmHostHint())};
    case Hypervisor::XenPv: {
        const QString arch = archFor(h, QStringLiteral("xen"), QStringLiteral("xen"));
        if (!arch.isEmpty())
            return Placement{QStringLiteral("xen"), QStringLiteral("xen"), QStringLiteral("xenpv"), false, arch};
        if (h.xen)
            return Error{Tr::tr("Xen PV needs x86_64 PV guest support; %1 but offers none: choose Xen HVM.")
                             .arg(hostIs(h))};
        return Error{Tr::tr("Xen PV needs a Xen host; %1: %2, or a Xen host.").arg(hostIs(h), qemuChoices())};
    }
    case Hypervisor::XenHvm: {
        const QString arch = archFor(h, QStringLiteral("hvm"), QStringLiteral("xen"));
        if (!arch.isEmpty())
            return Placement{QStringLiteral("xen"), QStringLiteral("hvm"), QStringLiteral("xenfv"), false, arch};
        if (h.xen)
            return Error{Tr::tr("Xen HVM needs hardware virtualisation on the Xen host; %1 but offers only Xen PV "
                                "guests: choose Xen PV.")
                             .arg(hostIs(h))};
        return Error{Tr::tr("Xen HVM needs a Xen host; %1: %2, or a Xen host.").arg(hostIs(h), qemuChoices())};
    }
    }
    return Error{Tr::tr("Unknown hypervisor in VM spec \"%1\".").arg(spec.name)};
}

Status checkPool(const VmSpec &spec, const HostInfo &h)
{
    if (spec.disk != DiskBackend::File && spec.disk != DiskBackend::LogicalVolume)
        return Ok{};
    const PoolInfo *p = h.pool(spec.pool);
    if (!p) {
        QStringList names;
        for (const PoolInfo &pool : h.pools)
            names.append(pool.name);
        if (names.isEmpty())
            return Error{Tr::tr("VM spec \"%1\": the storage pool \"%2\" does not exist on host %3, which has no "
                                "storage pools: create one (virsh pool-define-as %2 dir --target DIRECTORY) or use "
                                "no data disk.")
                             .arg(spec.name, spec.pool, hostLabel(h))};
        return Error{Tr::tr("VM spec \"%1\": the storage pool \"%2\" does not exist on host %3: create it or choose "
                            "one of: %4.")
                         .arg(spec.name, spec.pool, hostLabel(h), names.join(QStringLiteral(", ")))};
    }
    if (!p->active)
        return Error{Tr::tr("VM spec \"%1\": the storage pool \"%2\" on host %3 is not active: start it "
                            "(virsh pool-start %2) or choose another pool.")
                         .arg(spec.name, p->name, hostLabel(h))};
    const QString type = p->type.isEmpty() ? Tr::tr("unknown") : p->type;
    if (spec.disk == DiskBackend::File && p->type != QLatin1String("dir") && p->type != QLatin1String("fs") &&
        p->type != QLatin1String("netfs"))
        return Error{Tr::tr("VM spec \"%1\": a file data disk needs a directory pool (dir, fs or netfs), but pool "
                            "\"%2\" on host %3 is of type %4: choose such a pool, or the LVM backend for a logical "
                            "pool.")
                         .arg(spec.name, p->name, hostLabel(h), type)};
    if (spec.disk == DiskBackend::LogicalVolume && p->type != QLatin1String("logical"))
        return Error{Tr::tr("VM spec \"%1\": an LVM data disk needs a logical (LVM volume group) pool, but pool "
                            "\"%2\" on host %3 is of type %4: choose a logical pool, or the file backend.")
                         .arg(spec.name, p->name, hostLabel(h), type)};
    const qint64 need = qint64(spec.dataDiskMiB) * kMiB;
    if (p->availableBytes < need)
        return Error{Tr::tr("VM spec \"%1\": pool \"%2\" on host %3 has %4 MiB free, but the data disk needs %5 MiB: "
                            "make the data disk smaller, free space in the pool or choose another pool.")
                         .arg(spec.name, p->name, hostLabel(h))
                         .arg(p->availableBytes / kMiB)
                         .arg(spec.dataDiskMiB)};
    return Ok{};
}
} // namespace

Result<Placement> placeSpec(const VmSpec &spec, const HostInfo &host)
{
    if (auto v = spec.validate(); !v)
        return v.error();
    Result<Placement> placement = placeHypervisor(spec, host);
    if (!placement)
        return placement;
    if (host.memoryMiB > 0 && spec.memoryMiB > host.memoryMiB)
        return Error{Tr::tr("VM spec \"%1\" asks for %2 MiB of RAM, but host %3 has only %4 MiB: lower the RAM.")
                         .arg(spec.name)
                         .arg(spec.memoryMiB)
                         .arg(hostLabel(host))
                         .arg(host.memoryMiB)};
    if (auto pool = checkPool(spec, host); !pool)
        return pool.error();
    return placement;
}

QStringList specWarnings(const VmSpec &spec, const HostInfo &host, int concurrentVms)
{
    QStringList out;
    const int vms = std::max(concurrentVms, 1);
    const QString host_ = hostLabel(host);
    if (const auto placement = placeHypervisor(spec, host); placement && placement->softwareEmulation)
        out.append(Tr::tr("Host %1 has no KVM: VM spec \"%2\" runs under QEMU/TCG software emulation, so its figures "
                          "measure the emulator, not a hypervisor's overhead. Use a host with KVM for real numbers.")
                       .arg(host_, spec.name));
    if (host.cpus > 0 && spec.vcpus > host.cpus)
        out.append(Tr::tr("VM spec \"%1\" has %2 vCPUs but host %3 has only %4 CPUs: the vCPUs of one guest compete "
                          "for the same CPUs. Lower the vCPUs to %4 or fewer.")
                       .arg(spec.name)
                       .arg(spec.vcpus)
                       .arg(host_)
                       .arg(host.cpus));
    const qint64 totalMiB = qint64(spec.memoryMiB) * vms;
    if (host.memoryMiB > 0 && spec.memoryMiB <= host.memoryMiB && totalMiB > host.memoryMiB)
        out.append(Tr::tr("%1 VMs × %2 MiB = %3 MiB of guest RAM, more than host %4's %5 MiB: the host will swap "
                          "or guests will fail to start. Lower the RAM or the number of VMs.")
                       .arg(vms)
                       .arg(spec.memoryMiB)
                       .arg(totalMiB)
                       .arg(host_)
                       .arg(host.memoryMiB));
    if (spec.disk == DiskBackend::File || spec.disk == DiskBackend::LogicalVolume) {
        const PoolInfo *p = host.pool(spec.pool);
        const qint64 need = qint64(spec.dataDiskMiB) * kMiB;
        if (p && vms > 1 && p->availableBytes >= need && p->availableBytes < need * vms)
            out.append(Tr::tr("%1 VMs need %1 data disks of %2 MiB, but pool \"%3\" on host %4 has only %5 MiB free: "
                              "make the data disk smaller, run fewer VMs or free space in the pool.")
                           .arg(vms)
                           .arg(spec.dataDiskMiB)
                           .arg(p->name, host_)
                           .arg(p->availableBytes / kMiB));
    }
    if (spec.disk == DiskBackend::BlockDevice) {
        out.append(Tr::tr("The data disk of VM spec \"%1\" is the block device %2 on host %3: everything on it "
                          "will be overwritten.")
                       .arg(spec.name, spec.blockDevice, host_));
        if (vms > 1)
            out.append(Tr::tr("%1 VMs would share the block device %2 and overwrite each other's data: use a file "
                              "or LVM data disk (one volume per VM) for concurrent runs.")
                           .arg(vms)
                           .arg(spec.blockDevice));
    }
    return out;
}

void applyPlacement(DomainParams &params, const Placement &placement)
{
    params.domainType = placement.domainType;
    params.osType = placement.osType;
    params.machine = placement.machine;
    params.arch = placement.arch;
}

} // namespace hvbench::virt
