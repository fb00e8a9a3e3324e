// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vmspec.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

#include <utility>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::VmSpec)
};

// Name table of one enum: {value, JSON/libvirt name}, in UI order.
template <class E> using Names = std::initializer_list<std::pair<E, const char *>>;

constexpr Names<Hypervisor> kHypervisors{{Hypervisor::Auto, "auto"},
                                         {Hypervisor::Kvm, "kvm"},
                                         {Hypervisor::QemuTcg, "qemu"},
                                         {Hypervisor::XenPv, "xen-pv"},
                                         {Hypervisor::XenHvm, "xen-hvm"}};
constexpr Names<NicModel> kNics{{NicModel::Virtio, "virtio"},
                                {NicModel::E1000, "e1000"},
                                {NicModel::E1000e, "e1000e"},
                                {NicModel::Rtl8139, "rtl8139"},
                                {NicModel::Netfront, "netfront"}};
constexpr Names<NetworkMode> kNetworks{{NetworkMode::User, "user"}, {NetworkMode::Isolated, "isolated"}};
constexpr Names<DiskBackend> kBackends{{DiskBackend::None, "none"},
                                       {DiskBackend::File, "file"},
                                       {DiskBackend::LogicalVolume, "lvm"},
                                       {DiskBackend::BlockDevice, "block"}};
constexpr Names<DiskFormat> kFormats{{DiskFormat::Raw, "raw"}, {DiskFormat::Qcow2, "qcow2"}};
constexpr Names<DiskBus> kBuses{{DiskBus::Virtio, "virtio"},
                                {DiskBus::VirtioScsi, "virtio-scsi"},
                                {DiskBus::Sata, "sata"},
                                {DiskBus::Ide, "ide"},
                                {DiskBus::Xen, "xen"}};
constexpr Names<GuestImageKind> kGuests{{GuestImageKind::Bundled, "bundled"},
                                        {GuestImageKind::KernelInitrd, "kernel"},
                                        {GuestImageKind::DiskImage, "disk"}};

template <class E> QString nameOf(Names<E> table, E e)
{
    for (const auto &[v, n] : table)
        if (v == e)
            return QString::fromLatin1(n);
    return {};
}

template <class E> QList<E> valuesOf(Names<E> table)
{
    QList<E> out;
    for (const auto &[v, n] : table)
        out.append(v);
    return out;
}

template <class E> QString validNames(Names<E> table)
{
    QStringList names;
    for (const auto &[v, n] : table)
        names.append(QString::fromLatin1(n));
    return names.join(QStringLiteral(", "));
}

// `what` is the translated noun of the enum, e.g. "hypervisor".
template <class E> Result<E> fromNameIn(Names<E> table, const QString &name, const QString &what)
{
    for (const auto &[v, n] : table)
        if (name == QLatin1String(n))
            return v;
    return Error{Tr::tr("Unknown %1 \"%2\": use one of %3.").arg(what, name, validNames(table))};
}

// Reads an optional enum field: missing = keep the default; wrong type or unknown name = error.
template <class E>
void readEnum(json::Reader &r, const QJsonObject &o, const char *key, Result<E> (*fromName)(const QString &), E &out,
              const char *label = nullptr)
{
    if (!o.contains(QLatin1String(key)))
        return;
    const QString name = r.str(key, false);
    if (!r.ok())
        return;
    const Result<E> v = fromName(name);
    if (!v) {
        r.fail(Tr::tr("VM spec: the field \"%1\" is wrong. %2")
                   .arg(QString::fromLatin1(label ? label : key), v.errorMessage()));
        return;
    }
    out = *v;
}

QString joinDisplay(const QStringList &items) { return items.join(QStringLiteral(", ")); }
} // namespace

// --- Hypervisor ---------------------------------------------------------------------------
QString hypervisorName(Hypervisor h) { return nameOf(kHypervisors, h); }
Result<Hypervisor> hypervisorFromName(const QString &name)
{
    return fromNameIn(kHypervisors, name, Tr::tr("hypervisor"));
}
QString hypervisorDisplayName(Hypervisor h)
{
    switch (h) {
    case Hypervisor::Auto: return Tr::tr("Auto (KVM when the host has it, otherwise QEMU/TCG software emulation)");
    case Hypervisor::Kvm: return Tr::tr("KVM (hardware virtualisation)");
    case Hypervisor::QemuTcg: return Tr::tr("QEMU/TCG (software emulation)");
    case Hypervisor::XenPv: return Tr::tr("Xen PV (paravirtualised)");
    case Hypervisor::XenHvm: return Tr::tr("Xen HVM (hardware virtualisation)");
    }
    return {};
}
QList<Hypervisor> allHypervisors() { return valuesOf(kHypervisors); }
bool isXen(Hypervisor h) { return h == Hypervisor::XenPv || h == Hypervisor::XenHvm; }

// --- NIC -----------------------------------------------------------------------------------
QString nicModelName(NicModel m) { return nameOf(kNics, m); }
Result<NicModel> nicModelFromName(const QString &name) { return fromNameIn(kNics, name, Tr::tr("NIC model")); }
QString nicModelDisplayName(NicModel m)
{
    switch (m) {
    case NicModel::Virtio: return Tr::tr("virtio-net (paravirtual)");
    case NicModel::E1000: return Tr::tr("Intel e1000 (emulated)");
    case NicModel::E1000e: return Tr::tr("Intel e1000e (emulated)");
    case NicModel::Rtl8139: return Tr::tr("Realtek RTL8139 (emulated)");
    case NicModel::Netfront: return Tr::tr("Xen netfront (paravirtual)");
    }
    return {};
}
QList<NicModel> allNicModels() { return valuesOf(kNics); }

// --- Network -------------------------------------------------------------------------------
QString networkModeName(NetworkMode m) { return nameOf(kNetworks, m); }
Result<NetworkMode> networkModeFromName(const QString &name)
{
    return fromNameIn(kNetworks, name, Tr::tr("network mode"));
}
QString networkModeDisplayName(NetworkMode m)
{
    switch (m) {
    case NetworkMode::User: return Tr::tr("QEMU user-mode NAT (no setup, slower)");
    case NetworkMode::Isolated: return Tr::tr("Isolated network created by hvbench");
    }
    return {};
}
QList<NetworkMode> allNetworkModes() { return valuesOf(kNetworks); }

// --- Disk backend / format / bus -----------------------------------------------------------
QString diskBackendName(DiskBackend b) { return nameOf(kBackends, b); }
Result<DiskBackend> diskBackendFromName(const QString &name)
{
    return fromNameIn(kBackends, name, Tr::tr("disk backend"));
}
QString diskBackendDisplayName(DiskBackend b)
{
    switch (b) {
    case DiskBackend::None: return Tr::tr("No data disk");
    case DiskBackend::File: return Tr::tr("File in a storage pool");
    case DiskBackend::LogicalVolume: return Tr::tr("LVM logical volume");
    case DiskBackend::BlockDevice: return Tr::tr("Existing block device (overwritten)");
    }
    return {};
}
QList<DiskBackend> allDiskBackends() { return valuesOf(kBackends); }

QString diskFormatName(DiskFormat f) { return nameOf(kFormats, f); }
Result<DiskFormat> diskFormatFromName(const QString &name)
{
    return fromNameIn(kFormats, name, Tr::tr("disk format"));
}
QString diskFormatDisplayName(DiskFormat f)
{
    switch (f) {
    case DiskFormat::Raw: return Tr::tr("raw");
    case DiskFormat::Qcow2: return Tr::tr("qcow2");
    }
    return {};
}
QList<DiskFormat> allDiskFormats() { return valuesOf(kFormats); }

QString diskBusName(DiskBus b) { return nameOf(kBuses, b); }
Result<DiskBus> diskBusFromName(const QString &name) { return fromNameIn(kBuses, name, Tr::tr("disk bus")); }
QString diskBusDisplayName(DiskBus b)
{
    switch (b) {
    case DiskBus::Virtio: return Tr::tr("virtio-blk");
    case DiskBus::VirtioScsi: return Tr::tr("virtio-scsi");
    case DiskBus::Sata: return Tr::tr("SATA (AHCI)");
    case DiskBus::Ide: return Tr::tr("IDE");
    case DiskBus::Xen: return Tr::tr("Xen block (xvd)");
    }
    return {};
}
QList<DiskBus> allDiskBuses() { return valuesOf(kBuses); }

// --- Guest image ---------------------------------------------------------------------------
QString guestImageKindName(GuestImageKind k) { return nameOf(kGuests, k); }
Result<GuestImageKind> guestImageKindFromName(const QString &name)
{
    return fromNameIn(kGuests, name, Tr::tr("guest image kind"));
}
QString guestImageKindDisplayName(GuestImageKind k)
{
    switch (k) {
    case GuestImageKind::Bundled: return Tr::tr("Bundled guest (built by hvbench)");
    case GuestImageKind::KernelInitrd: return Tr::tr("Your kernel and initrd");
    case GuestImageKind::DiskImage: return Tr::tr("Your bootable disk image");
    }
    return {};
}
QList<GuestImageKind> allGuestImageKinds() { return valuesOf(kGuests); }

// --- What each hypervisor accepts ----------------------------------------------------------
QList<DiskBus> validDiskBuses(Hypervisor h)
{
    switch (h) {
    case Hypervisor::XenPv: return {DiskBus::Xen};
    case Hypervisor::XenHvm: return {DiskBus::Xen, DiskBus::Ide};
    default: return {DiskBus::Virtio, DiskBus::VirtioScsi, DiskBus::Sata, DiskBus::Ide};
    }
}

QList<NicModel> validNicModels(Hypervisor h)
{
    switch (h) {
    case Hypervisor::XenPv: return {NicModel::Netfront};
    case Hypervisor::XenHvm: return {NicModel::Netfront, NicModel::E1000, NicModel::E1000e, NicModel::Rtl8139};
    default: return {NicModel::Virtio, NicModel::E1000, NicModel::E1000e, NicModel::Rtl8139};
    }
}

QList<NetworkMode> validNetworkModes(Hypervisor h)
{
    if (isXen(h))
        return {NetworkMode::Isolated};
    return {NetworkMode::User, NetworkMode::Isolated};
}

// --- VmSpec --------------------------------------------------------------------------------
Status VmSpec::validate() const
{
    if (name.trimmed().isEmpty())
        return Error{Tr::tr("A VM spec needs a name.")};
    const auto fail = [this](const QString &what) { return Error{Tr::tr("VM spec \"%1\": %2").arg(name, what)}; };
    if (vcpus < 1 || vcpus > 256)
        return fail(Tr::tr("vCPUs must be between 1 and 256 (is %1).").arg(vcpus));
    if (memoryMiB < 64 || memoryMiB > 1024 * 1024)
        return fail(Tr::tr("RAM must be between 64 MiB and 1 TiB (is %1 MiB).").arg(memoryMiB));
    if (disk != DiskBackend::None && (dataDiskMiB < 16 || dataDiskMiB > 16 * 1024 * 1024))
        return fail(Tr::tr("the data disk must be between 16 MiB and 16 TiB (is %1 MiB).").arg(dataDiskMiB));

    const QString hv = hypervisorDisplayName(hypervisor);
    // Disk bus: only matters when there is a disk.
    if (usesDiskBus() && !validDiskBuses(hypervisor).contains(diskBus)) {
        QStringList valid;
        for (DiskBus b : validDiskBuses(hypervisor))
            valid.append(diskBusName(b));
        if (diskBus == DiskBus::Xen)
            return fail(Tr::tr("the disk bus xen needs a Xen hypervisor (Xen PV or Xen HVM): choose the bus %1, "
                               "or a Xen hypervisor.")
                            .arg(joinDisplay(valid)));
        return fail(Tr::tr("%1 cannot use the disk bus %2: choose %3.").arg(hv, diskBusName(diskBus), joinDisplay(valid)));
    }
    if (!validNicModels(hypervisor).contains(nic)) {
        QStringList valid;
        for (NicModel m : validNicModels(hypervisor))
            valid.append(nicModelName(m));
        if (nic == NicModel::Netfront)
            return fail(Tr::tr("the NIC model netfront needs a Xen hypervisor (Xen PV or Xen HVM): choose the NIC "
                               "model %1, or a Xen hypervisor.")
                            .arg(joinDisplay(valid)));
        return fail(Tr::tr("%1 cannot use the NIC model %2: choose %3.").arg(hv, nicModelName(nic), joinDisplay(valid)));
    }
    if (!validNetworkModes(hypervisor).contains(network))
        return fail(Tr::tr("%1 has no QEMU user-mode networking: choose the isolated network.").arg(hv));

    if (diskFormat == DiskFormat::Qcow2 && disk != DiskBackend::File)
        return fail(Tr::tr("the qcow2 format needs a file data disk (logical volumes and block devices are raw): "
                           "choose the raw format or the file backend."));
    if (disk == DiskBackend::File || disk == DiskBackend::LogicalVolume) {
        if (pool.trimmed().isEmpty())
            return fail(Tr::tr("a %1 data disk needs a storage pool: name one.").arg(diskBackendDisplayName(disk)));
    }
    if (disk == DiskBackend::BlockDevice && (blockDevice.isEmpty() || !QDir::isAbsolutePath(blockDevice)))
        return fail(Tr::tr("a block-device data disk needs the absolute path of an existing device "
                           "(e.g. /dev/loop0; is \"%1\").")
                        .arg(blockDevice));
    if (guest.kind == GuestImageKind::KernelInitrd && guest.kernelPath.trimmed().isEmpty())
        return fail(Tr::tr("a kernel + initrd guest needs the path of its kernel: choose the kernel file."));
    if (guest.kind == GuestImageKind::DiskImage && guest.diskImagePath.trimmed().isEmpty())
        return fail(Tr::tr("a disk-image guest needs the path of its disk image: choose the image file."));
    return Ok{};
}

QJsonObject VmSpec::toJson() const
{
    const QJsonObject g{{QStringLiteral("kind"), guestImageKindName(guest.kind)},
                        {QStringLiteral("kernel"), guest.kernelPath},
                        {QStringLiteral("initrd"), guest.initrdPath},
                        {QStringLiteral("cmdline"), guest.cmdline},
                        {QStringLiteral("disk_image"), guest.diskImagePath}};
    return {{QStringLiteral("name"), name},
            {QStringLiteral("hypervisor"), hypervisorName(hypervisor)},
            {QStringLiteral("vcpus"), vcpus},
            {QStringLiteral("memory_mib"), memoryMiB},
            {QStringLiteral("nic_model"), nicModelName(nic)},
            {QStringLiteral("network"), networkModeName(network)},
            {QStringLiteral("disk_backend"), diskBackendName(disk)},
            {QStringLiteral("disk_format"), diskFormatName(diskFormat)},
            {QStringLiteral("disk_bus"), diskBusName(diskBus)},
            {QStringLiteral("pool"), pool},
            {QStringLiteral("block_device"), blockDevice},
            {QStringLiteral("data_disk_mib"), dataDiskMiB},
            {QStringLiteral("guest"), g}};
}

Result<VmSpec> VmSpec::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("VM spec"));
    VmSpec s;
    // The walking skeleton's fields: required.
    s.name = r.str("name");
    s.vcpus = int(r.integer("vcpus"));
    s.memoryMiB = int(r.integer("memory_mib"));
    readEnum(r, o, "nic_model", &nicModelFromName, s.nic);
    if (!o.contains(QLatin1String("nic_model")))
        r.str("nic_model"); // records "missing"
    // Later fields: optional, defaults as in VmSpec{}.
    readEnum(r, o, "hypervisor", &hypervisorFromName, s.hypervisor);
    readEnum(r, o, "network", &networkModeFromName, s.network);
    readEnum(r, o, "disk_backend", &diskBackendFromName, s.disk);
    readEnum(r, o, "disk_format", &diskFormatFromName, s.diskFormat);
    readEnum(r, o, "disk_bus", &diskBusFromName, s.diskBus);
    if (o.contains(QLatin1String("pool")))
        s.pool = r.str("pool", false);
    s.blockDevice = r.str("block_device", false);
    s.dataDiskMiB = int(r.integer("data_disk_mib", false, s.dataDiskMiB));
    if (o.contains(QLatin1String("guest"))) {
        const QJsonObject g = r.object("guest", false);
        if (r.ok()) {
            json::Reader gr(g, Tr::tr("VM spec, guest image"));
            readEnum(gr, g, "kind", &guestImageKindFromName, s.guest.kind, "guest.kind");
            s.guest.kernelPath = gr.str("kernel", false);
            s.guest.initrdPath = gr.str("initrd", false);
            s.guest.cmdline = gr.str("cmdline", false);
            s.guest.diskImagePath = gr.str("disk_image", false);
            if (!gr.ok())
                r.fail(gr.error().message);
        }
    }
    if (!r.ok())
        return r.error();
    if (auto v = s.validate(); !v)
        return v.error();
    return s;
}

} // namespace hvbench
