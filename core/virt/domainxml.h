// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "model/vmspec.h"
#include "virt/ownership.h"

#include <QStringList>

namespace hvbench::virt {

struct DomainParams {
    QString name;            // hvbench-<session>-<n>
    QString sessionId;
    int index = 0;
    VmSpec spec;
    QString domainType;      // "kvm", "qemu" (TCG) or "xen" (see virt/speccheck.h placeSpec)
    QString kernelPath;      // direct kernel boot (Bundled / KernelInitrd guests)
    QString initrdPath;      // optional
    QString cmdline;         // optional; Xen PV gets "console=hvc0" appended
    QString consoleLogPath;  // serial console written to this file (Xen PV: pty console, no file)
    QString channelName;     // virtio-serial (KVM/QEMU) or Xen PV channel of the agent

    // --- added for issue 3 (fill from placeSpec's Placement; defaults = the walking skeleton) ---
    QString osType = QStringLiteral("hvm");  // "hvm" or "xen" (Xen PV)
    QString machine = QStringLiteral("pc");  // "pc" (KVM/QEMU), "xenpv", "xenfv"
    QString arch = QStringLiteral("x86_64"); // only the libvirt test driver needs another ("i686")
    struct DataDisk {
        QString sourceType;  // "" = no data disk, "file" (dir pool volume), "block" (LV or device)
        QString path;        // file or device path (a volume's <target><path>)
        QString format;      // "raw" or "qcow2" (file only; block is always raw); "" = raw
    } dataDisk;              // on spec.diskBus, target dataDiskXmlTarget()
    QString diskCache;       // optional <driver cache=…> for the data disk, e.g. "none"; "" = libvirt default
    QString networkName;     // "" = QEMU user-mode NIC; else <interface type='network'> on this network
    QString macAddress;      // optional, "52:54:00:…"
    QString bootDiskPath;    // DiskImage guests boot from this disk instead of <kernel>/<initrd>;
                             // "" = spec.guest.diskImagePath when spec.guest.kind is DiskImage
    QString bootDiskFormat;  // "raw"/"qcow2"; "" = qcow2 when the path ends in .qcow2, else raw
    bool bootDiskTransient = false; // KVM/QEMU: <transient shareBacking='yes'/> lets concurrent guests
                                    // share one image (writes discarded). libvirt hot-plugs such a disk
                                    // when QEMU starts; booting from it is not verified here. Otherwise
                                    // give each guest its own copy (e.g. a qcow2 overlay volume).
                                    // Xen has no transient disks: always give each Xen guest a copy.
    QString channelSocketPath;     // Xen only: host-side unix socket of the agent channel;
                                   // "" = /var/lib/libvirt/libxl/<name>.<channelName>
};

// The libvirt domain XML for `p`: transient guest, direct kernel boot (or a boot disk), agent
// channel, console, NIC of the spec's model on the user-mode or the named network, optional data
// disk, hvbench ownership <metadata>. Valid for libvirt's schema for every combination that
// VmSpec::validate() accepts, with domain types kvm / qemu (os hvm, machine pc) and xen (os xen,
// machine xenpv = Xen PV; os hvm, machine xenfv = Xen HVM).
//
// Disk layout: a DiskImage boot disk is unit "a" of the spec's bus, the data disk unit "b"
// (or "a" when there is no boot disk; Xen always uses xvdb so the name never moves).
// Xen HVM with an emulated disk (ide) or NIC (e1000/e1000e/rtl8139) and direct kernel boot gets
// "xen_emul_unplug=never" on the command line: otherwise Linux swaps the emulated device for the
// PV one and the benchmark would measure the wrong driver.
QString buildDomainXml(const DomainParams &p);

// libvirt <target bus=…> of a spec bus: "virtio", "scsi", "sata", "ide", "xen".
QString libvirtDiskBus(DiskBus bus);
// libvirt <target dev=…> of the data disk / of a DiskImage boot disk.
QString dataDiskXmlTarget(DiskBus bus, bool afterBootDisk = false);
QString bootDiskXmlTarget(DiskBus bus);

// The Linux block device name (in /dev) the guest sees for the data disk. With the bundled or a
// kernel+initrd guest (no boot disk, afterBootDisk = false) that is:
//   virtio → vda, virtio-scsi → sda, sata → sda, ide → sda (libata; no "hda" in current kernels),
//   xen → xvdb (xen-blkfront keeps libvirt's name).
// With a DiskImage boot disk on the same bus: vdb, sdb, sdb, sdb, xvdb.
QString dataDiskTargetDev(DiskBus bus, bool afterBootDisk = false);

// The Linux driver that binds the device in the guest (module name as in /sys/…/driver/module):
//   disk: virtio → virtio_blk, virtio-scsi → virtio_scsi (+ sd_mod), sata → ahci, ide → ata_piix,
//         xen → xen_blkfront;
//   NIC:  virtio → virtio_net, e1000 → e1000, e1000e → e1000e, rtl8139 → 8139cp (QEMU's RTL8139
//         is a C+ chip; 8139too binds it when 8139cp is not loaded), netfront → xen_netfront.
// The bundled guest (packaging/guest/build-guest.sh) ships virtio_blk, virtio_net, virtio_scsi,
// e1000, e1000e, 8139cp, 8139too, ahci and ata_piix, loaded by PCI alias (so for rtl8139 either
// 8139cp or 8139too may win); it has no xen_blkfront/xen_netfront modules yet.
QString expectedGuestDriver(DiskBus bus);
QString expectedGuestDriver(NicModel nic);
QStringList expectedGuestDrivers(NicModel nic); // every acceptable driver, preferred first

} // namespace hvbench::virt
