// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bundled guest (packaging/guest/build-guest.sh): vmlinux + initramfs + guest.json.
#include "util/result.h"
#include <QString>

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

    // Smallest RAM the guest boots in: the archive plus more than 2× its unpacked size, plus
    // room to run; never below what the build script declared.
    int minimumMemoryMiB() const;
    Status checkMemory(int memoryMiB) const;
};

// Candidate folders, in order: $HVBENCH_GUEST_DIR, next to the executable (build tree and
// installed share/hvbench/guest).
QStringList searchPath();
Result<GuestImage> locateGuestImage();
Result<GuestImage> loadGuestImage(const QString &dir);

} // namespace hvbench::guest
