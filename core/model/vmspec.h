// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One VM configuration (hypervisor, CPU/RAM, NIC, network, data disk, guest image) and the
// names of its enumerations. Host-independent: what a particular host can run is decided by
// virt/speccheck.h, the libvirt XML is written by virt/domainxml.h.
#include "util/result.h"
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hvbench {

// Each enum has: xxxName(e) (the JSON / libvirt name), xxxFromName(name) (an error that lists
// the valid names), xxxDisplayName(e) (translated, for the UI) and allXxx() (every value, in
// the order a UI should offer them).

// Auto = KVM when the host has it, otherwise QEMU/TCG software emulation.
enum class Hypervisor { Auto, Kvm, QemuTcg, XenPv, XenHvm };           // "auto","kvm","qemu","xen-pv","xen-hvm"
enum class NicModel { Virtio, E1000, E1000e, Rtl8139, Netfront };       // "virtio","e1000","e1000e","rtl8139","netfront"
enum class NetworkMode { User, Isolated };                              // "user" (QEMU user-mode NAT), "isolated" (hvbench-owned libvirt network)
enum class DiskBackend { None, File, LogicalVolume, BlockDevice };      // "none","file","lvm","block"
enum class DiskFormat { Raw, Qcow2 };                                   // "raw","qcow2" (File only)
enum class DiskBus { Virtio, VirtioScsi, Sata, Ide, Xen };              // "virtio","virtio-scsi","sata","ide","xen"
enum class GuestImageKind { Bundled, KernelInitrd, DiskImage };         // "bundled","kernel","disk"

QString hypervisorName(Hypervisor h);
Result<Hypervisor> hypervisorFromName(const QString &name);
QString hypervisorDisplayName(Hypervisor h);
QList<Hypervisor> allHypervisors();
bool isXen(Hypervisor h); // XenPv or XenHvm

QString nicModelName(NicModel m); // libvirt <model type=…>
Result<NicModel> nicModelFromName(const QString &name);
QString nicModelDisplayName(NicModel m);
QList<NicModel> allNicModels();

QString networkModeName(NetworkMode m);
Result<NetworkMode> networkModeFromName(const QString &name);
QString networkModeDisplayName(NetworkMode m);
QList<NetworkMode> allNetworkModes();

QString diskBackendName(DiskBackend b);
Result<DiskBackend> diskBackendFromName(const QString &name);
QString diskBackendDisplayName(DiskBackend b);
QList<DiskBackend> allDiskBackends();

QString diskFormatName(DiskFormat f); // libvirt <driver type=…>
Result<DiskFormat> diskFormatFromName(const QString &name);
QString diskFormatDisplayName(DiskFormat f);
QList<DiskFormat> allDiskFormats();

QString diskBusName(DiskBus b);
Result<DiskBus> diskBusFromName(const QString &name);
QString diskBusDisplayName(DiskBus b);
QList<DiskBus> allDiskBuses();

QString guestImageKindName(GuestImageKind k);
Result<GuestImageKind> guestImageKindFromName(const QString &name);
QString guestImageKindDisplayName(GuestImageKind k);
QList<GuestImageKind> allGuestImageKinds();

// What validate() accepts for a hypervisor (for UIs that offer only valid choices):
//   KVM, QEMU/TCG, Auto: buses virtio, virtio-scsi, sata, ide; NICs virtio, e1000, e1000e, rtl8139;
//                        networks user, isolated.
//   Xen PV:              bus xen; NIC netfront; network isolated.
//   Xen HVM:             buses xen, ide (libxl has no sata/virtio disks); NICs netfront, e1000,
//                        e1000e, rtl8139; network isolated (libxl has no user-mode networking).
QList<DiskBus> validDiskBuses(Hypervisor h);
QList<NicModel> validNicModels(Hypervisor h);
QList<NetworkMode> validNetworkModes(Hypervisor h);

// The guest image: the bundled tiny guest, the user's kernel (+ initrd, + command line)
// booted directly, or the user's bootable disk image (which must run hvbench-agent).
struct GuestImageSpec {
    GuestImageKind kind = GuestImageKind::Bundled;
    QString kernelPath;    // KernelInitrd: required
    QString initrdPath;    // KernelInitrd: optional
    QString cmdline;       // KernelInitrd: optional (appended to what hvbench needs)
    QString diskImagePath; // DiskImage: required (raw or qcow2; .qcow2 suffix = qcow2)
    bool operator==(const GuestImageSpec &) const = default;
};

// One VM configuration. Plain value type; validated by validate().
struct VmSpec {
    QString name = QStringLiteral("vm-virtio");
    Hypervisor hypervisor = Hypervisor::Auto;
    int vcpus = 1;
    int memoryMiB = 384; // the bundled guest (with fio's libraries) needs 336 MiB
    NicModel nic = NicModel::Virtio;
    NetworkMode network = NetworkMode::User;
    DiskBackend disk = DiskBackend::None;
    DiskFormat diskFormat = DiskFormat::Raw;
    DiskBus diskBus = DiskBus::Virtio;
    QString pool = QStringLiteral("default"); // storage pool for File / LogicalVolume
    QString blockDevice; // absolute path for BlockDevice (an existing device: its data is overwritten)
    int dataDiskMiB = 1024;
    GuestImageSpec guest;

    // True when the spec has a disk whose bus matters: a data disk, or a DiskImage boot disk.
    bool usesDiskBus() const { return disk != DiskBackend::None || guest.kind == GuestImageKind::DiskImage; }

    // Host-independent consistency: ranges, required paths, impossible combinations.
    Status validate() const;
    QJsonObject toJson() const;
    // Loads both this format and the walking skeleton's (name, vcpus, memory_mib, nic_model only).
    static Result<VmSpec> fromJson(const QJsonObject &o);
    bool operator==(const VmSpec &) const = default;
};

} // namespace hvbench
