// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bundled guest (packaging/guest/build-guest.sh): vmlinux + initramfs + guest.json.
#include "util/result.h"
#include <QString>
#include <QStringList>

namespace hvbench::guest {

struct GuestImage {
    QString dir;
    QString kernelPath;
    QString initrdPath;
    QString cmdline;
    QString kernelVersion;
    qint64 initrdBytes = 0;          // the archive as stored (it stays in RAM while unpacking)
    qint64 initrdUnpackedBytes = 0;
    int declaredMinimumMiB = 0;      // guest.json "min_memory_mib", measured by the build script
    QString inputsHash;
    QStringList tools;               // benchmark tools in the initramfs (guest.json "tools")
    // The base initramfs: busybox, modules and the agent, without the benchmark tools.
    QString baseInitrdPath;
    qint64 baseInitrdBytes = 0;
    qint64 baseInitrdUnpackedBytes = 0;
    int baseDeclaredMinimumMiB = 0;

    // The image for a workload that needs no benchmark tool (PI): the base initramfs when the
    // build made one (smaller, boots faster, fits in far less RAM), else unchanged.
    GuestImage withoutTools() const;

    // Smallest RAM the guest boots in: the archive plus more than 2× its unpacked size, plus
    // room to run; never below what the build script declared.
    int minimumMemoryMiB() const;
    Status checkMemory(int memoryMiB) const;
};

// Candidate folders, in order: $HVBENCH_GUEST_DIR, then install::guestDirs() (build tree,
// ~/.local/share/hvbench/guest, /var/lib/hvbench/guest, installed share/hvbench/guest).
QStringList searchPath();
Result<GuestImage> locateGuestImage();
Result<GuestImage> loadGuestImage(const QString &dir);

// True when a user other than the owner can read `file` (every folder above it searchable).
bool readableByOthers(const QString &file);
// QEMU on qemu:///system runs as an unprivileged user (libvirt-qemu on Debian): it can open the
// guest only when every folder above it is searchable by others.  When that is not so (a build
// tree in a private folder), copy kernel and initramfs once into
// <stageRoot>/hvbench-<inputs hash>/ (virt-install keeps its boot files in /var/lib/libvirt/boot
// the same way) and return the image pointing there; otherwise return it unchanged.
Result<GuestImage> stageReadableByQemu(const GuestImage &g,
                                       const QString &stageRoot = QStringLiteral("/var/lib/libvirt/boot"));

} // namespace hvbench::guest
