// SPDX-License-Identifier: GPL-3.0-or-later
#include "specoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hvbench::cli {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("hvbench::cli", s); }

// Parses one enum option with its FromName function; the error names the option.
template <typename E, typename FromName>
Status setEnum(const QCommandLineParser &p, const char *option, FromName fromName, E &target)
{
    const QString name = QString::fromLatin1(option);
    if (!p.isSet(name))
        return Ok{};
    const Result<E> v = fromName(p.value(name));
    if (!v)
        return Error{tr("--%1: %2").arg(name, v.errorMessage())};
    target = *v;
    return Ok{};
}
} // namespace

void addSpecOptions(QCommandLineParser &p)
{
    for (const char *opt : {"hypervisor", "nic", "network", "disk", "disk-format", "disk-bus", "pool",
                            "block-device", "disk-size"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
}

QString specOptionsHelp()
{
    return tr("VM spec options of run:\n"
              "  --hypervisor H       auto (KVM if the host has it, else QEMU/TCG), kvm, qemu,\n"
              "                       xen-pv, xen-hvm\n"
              "  --nic M              virtio, e1000, e1000e, rtl8139, netfront (Xen)\n"
              "  --network N          user (QEMU user-mode NAT) or isolated (a libvirt network\n"
              "                       hvbench creates for the run and removes after)\n"
              "  --disk B             data disk: none, file (a volume in --pool), lvm (a logical\n"
              "                       volume in a logical --pool), block (--block-device, overwritten)\n"
              "  --disk-format F      raw or qcow2 (file disks)\n"
              "  --disk-bus B         virtio, virtio-scsi, sata, ide, xen\n"
              "  --pool NAME          libvirt storage pool of file/lvm disks (default: default)\n"
              "  --block-device PATH  an existing block device for --disk block\n"
              "  --disk-size MIB      size of each VM's data disk\n");
}

Status applySpecOptions(VmSpec &spec, const QCommandLineParser &p)
{
    for (const Status &st : {setEnum(p, "hypervisor", hypervisorFromName, spec.hypervisor),
                             setEnum(p, "nic", nicModelFromName, spec.nic),
                             setEnum(p, "network", networkModeFromName, spec.network),
                             setEnum(p, "disk", diskBackendFromName, spec.disk),
                             setEnum(p, "disk-format", diskFormatFromName, spec.diskFormat),
                             setEnum(p, "disk-bus", diskBusFromName, spec.diskBus)})
        if (!st)
            return st;
    if (p.isSet(QStringLiteral("pool")))
        spec.pool = p.value(QStringLiteral("pool"));
    if (p.isSet(QStringLiteral("block-device")))
        spec.blockDevice = p.value(QStringLiteral("block-device"));
    if (p.isSet(QStringLiteral("disk-size"))) {
        bool ok = false;
        spec.dataDiskMiB = p.value(QStringLiteral("disk-size")).toInt(&ok);
        if (!ok)
            return Error{tr("--disk-size takes a whole number of MiB (got \"%1\").").arg(p.value(QStringLiteral("disk-size")))};
    }
    return spec.validate();
}

} // namespace hvbench::cli
