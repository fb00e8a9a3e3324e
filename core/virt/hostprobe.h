// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The capability probe of a libvirt host: fills HostInfo from an open connection.
// The XML parsing is split into pure functions (tested on literal XML).
#include "virt/hostinfo.h"

typedef struct _virConnect *virConnectPtr;

namespace hvbench::virt {

// Every blocking libvirt call of the probe; call it on a worker thread.  Parts the host
// refuses (e.g. no storage driver) are left empty: the probe itself never fails.
HostInfo probeHost(virConnectPtr conn);

// --- pure parsers ---------------------------------------------------------------------
// <capabilities><host><cpu><model>: the host CPU model ("" when the driver reports none).
QString cpuModelFromCapabilities(const QString &capabilitiesXml);
// <capabilities><guest>…: one entry per os type × arch × domain type.  Machines come from
// the <domain> element when it lists its own, otherwise from the <arch> element.
QList<GuestCapability> guestsFromCapabilities(const QString &capabilitiesXml);
// <pool type=…><name>…<target><path>…: name, type and target path (active/sizes are not in the XML).
PoolInfo poolFromXml(const QString &poolXml);
// <network><name>…<forward mode=…/><bridge name=…/><ip address=… netmask|prefix=…/>: the first IPv4.
NetworkInfo networkFromXml(const QString &networkXml);
// "255.255.255.0" → 24; -1 when the mask is not contiguous or malformed.
int prefixFromNetmask(const QString &netmask);
// A Xen host: the driver says so, or a guest kind runs with domain type xen.
bool isXenHost(const QString &driver, const QList<GuestCapability> &guests);

} // namespace hvbench::virt
