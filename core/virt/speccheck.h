// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Can this host run this VM spec, and how (libvirt domain type / os type / machine)?
#include "model/vmspec.h"
#include "util/result.h"
#include "virt/hostinfo.h"

#include <QStringList>

namespace hvbench::virt {

struct DomainParams;

// Where a spec runs on a host: the libvirt domain type, os type and machine for the XML.
struct Placement {
    QString domainType;              // "kvm", "qemu", "xen" ("test" on the libvirt test driver)
    QString osType;                  // "hvm", "xen" (Xen PV)
    QString machine;                 // "pc", "xenpv", "xenfv"
    bool softwareEmulation = false;  // QEMU/TCG: figures measure the emulator, not a hypervisor
    QString arch = QStringLiteral("x86_64"); // the guest arch chosen from the host's capabilities
    bool operator==(const Placement &) const = default;
};

// The placement of `spec` on `host`, or why the host cannot run it: the message names the host
// and what to change. Checks VmSpec::validate(), the host's guest capabilities (KVM, QEMU/TCG,
// Xen PV, Xen HVM), RAM, and the storage pool of a File / LogicalVolume data disk (exists, active,
// right type, room for one data disk).
// Hosts probed before guest capabilities were recorded (empty `guests`) are judged by
// kvm / xen / driver instead.
Result<Placement> placeSpec(const VmSpec &spec, const HostInfo &host);

// Runnable but questionable: vCPUs more than host CPUs, RAM × VMs more than host RAM, data disks
// × VMs more than the pool holds, software emulation, a block device that will be overwritten.
// Translated sentences, each naming what to change; empty when nothing to say. Refusals are not
// repeated here (call placeSpec for those).
QStringList specWarnings(const VmSpec &spec, const HostInfo &host, int concurrentVms = 1);

// Copies a placement into the domain parameters (domainType, osType, machine, arch).
void applyPlacement(DomainParams &params, const Placement &placement);

} // namespace hvbench::virt
