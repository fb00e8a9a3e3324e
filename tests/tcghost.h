// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hand-made host like this machine kind, for the tests that check specs and matrices against a
// host's capabilities: QEMU/TCG (hvm x86_64 guests, no Xen), 2 CPUs, one active dir pool "default"
// and no logical (LVM) pool.
#include "virt/hostinfo.h"

namespace hvbench::test {

// poolCapacity and poolFree in bytes.
inline virt::HostInfo tcgHost(qint64 memoryMiB, qint64 poolCapacity, qint64 poolFree)
{
    virt::HostInfo h;
    h.uri = QStringLiteral("qemu:///system");
    h.driver = QStringLiteral("QEMU");
    h.cpus = 2;
    h.memoryMiB = memoryMiB;
    h.guests = {virt::GuestCapability{QStringLiteral("hvm"), QStringLiteral("x86_64"), QStringLiteral("qemu"), {}}};
    h.pools = {virt::PoolInfo{QStringLiteral("default"), QStringLiteral("dir"), true, poolCapacity, poolFree,
                              QStringLiteral("/var/lib/libvirt/images")}};
    return h;
}

} // namespace hvbench::test
