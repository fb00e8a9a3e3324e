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
    qint64 initrdUnpackedBytes = 0;
    QString inputsHash;

    // Smallest RAM the guest boots in: more than 2× the unpacked initramfs, plus room to run.
    int minimumMemoryMiB() const;
    Status checkMemory(int memoryMiB) const;
};

// Candidate folders, in order: $HVBENCH_GUEST_DIR, next to the executable (build tree and
// installed share/hvbench/guest).
QStringList searchPath();
Result<GuestImage> locateGuestImage();
Result<GuestImage> loadGuestImage(const QString &dir);

} // namespace hvbench::guest
