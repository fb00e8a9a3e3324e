// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "model/vmspec.h"
#include "virt/ownership.h"

namespace hvbench::virt {


struct DomainParams {
    QString name;            // hvbench-<session>-<n>
    QString sessionId;
    int index = 0;
    VmSpec spec;
    QString domainType;      // "kvm" or "qemu" (TCG)
    QString kernelPath;      // direct kernel boot
    QString initrdPath;
    QString cmdline;
    QString consoleLogPath;  // serial console written to this file
    QString channelName;     // virtio-serial port of the agent
};

// The libvirt domain XML for `p`: transient guest, direct kernel boot, agent channel,
// serial log, NIC of the spec's model, hvbench ownership <metadata>.
QString buildDomainXml(const DomainParams &p);

} // namespace hvbench::virt
