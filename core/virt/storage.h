// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Data disks for benchmark guests: a volume hvbench creates in a libvirt pool (a file in a
// dir/fs/netfs pool, or a logical volume in a logical pool), or an existing block device the
// user names (never created, never deleted).
//
// All functions are BLOCKING libvirt calls: call them on the libvirt worker thread.
//
// Allocation policy (what a disk benchmark then measures):
//  - raw files are created FULLY ALLOCATED (libvirt: <allocation> = <capacity>, done with
//    fallocate(), so it takes milliseconds even for large files).  A sparse raw file would make
//    the first write to every block pay for the host filesystem's block allocation, so a write
//    benchmark would measure allocation, and a second run on the same disk would differ from
//    the first.
//  - qcow2 files are qcow2 v3 (compat 1.1) with METADATA preallocation (L1/L2 tables and
//    refcounts written up front; the data clusters are still allocated by the host filesystem
//    on first write, which is how qcow2 is used in practice).  Drivers that cannot preallocate
//    metadata (e.g. the libvirt test driver) get a plain qcow2.
//  - logical volumes are allocated fully by LVM.
// In every case the pool must have the full capacity free: a guest that fills a disk whose pool
// ran out of space is paused by QEMU in the middle of a benchmark.
#include "util/result.h"

#include <QString>

#include <libvirt/libvirt.h>

namespace hvbench::virt {

struct DataVolumeRequest {
    enum Backend { File, LogicalVolume, BlockDevice };
    QString sessionId;
    int index = 0; // VM number in the session
    Backend backend = File;
    QString pool;                           // File, LogicalVolume: the libvirt pool to create in
    QString format = QStringLiteral("raw"); // File: "raw" or "qcow2"; LogicalVolume: "raw" only
    qint64 sizeBytes = 0;                   // File, LogicalVolume: capacity
    QString blockDevice;                    // BlockDevice: e.g. "/dev/sdb" or "/dev/loop3"
};

struct DataVolume {
    QString pool;       // empty for a block device
    QString name;       // volume name; the device path for a block device
    QString path;       // what goes into <disk><source file|dev=…>
    QString key;        // libvirt volume key (empty for a block device)
    QString sourceType; // "file" or "block" (the <disk type=…>)
    QString format;     // "raw" or "qcow2" (the <driver type=…>)
    bool owned = false; // created by hvbench: deleteDataVolume may delete it
    bool operator==(const DataVolume &) const = default;
};

// Creates the data volume (File, LogicalVolume) or checks the block device (BlockDevice).
// Refuses, with a message naming what to change, when: the pool is missing, inactive, or of the
// wrong type; it has less free space than the volume needs ("pool full"); a volume of that name
// already exists (never overwritten); the format is unknown; the block device is missing, not
// a block device, mounted, used as swap or held by LVM/RAID/device-mapper.  Block devices are
// checked on this machine only when the connection is local (a remote host's devices cannot be
// inspected from here; libvirt reports a bad path when the guest starts).
Result<DataVolume> createDataVolume(virConnectPtr conn, const DataVolumeRequest &request);

// Deletes a volume hvbench created: only when owned and its name follows hvbench's volume name
// pattern (sessionOfVolume); refuses anything else (block devices, foreign volumes).
Status deleteDataVolume(virConnectPtr conn, const DataVolume &volume);

// Why a local block device must not be given to a guest, or an empty string when it can be.
// (Missing, not a block device, mounted, swap, held by device-mapper/LVM/RAID, empty.)
QString blockDeviceProblem(const QString &path);

// True when the connection talks to this machine (no host part in its URI).
bool connectionIsLocal(virConnectPtr conn);

} // namespace hvbench::virt
