// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The isolated network a session's guests share with the host for network benchmarks: a
// TRANSIENT libvirt network (gone when libvirtd restarts, never autostarted) without <forward>,
// so guests reach the host and each other but nothing else.  The host side gets x.y.z.1 on the
// bridge (iperf3 servers listen there); guests get addresses by DHCP from libvirt's dnsmasq
// (x.y.z.10 – x.y.z.254; .2 – .9 stay free for static use).  DNS is switched off.
//
// Needs on the libvirt host: dnsmasq (Debian: dnsmasq-base) and iproute2; libvirt refuses to
// start a network with DHCP without it.
//
// BLOCKING libvirt calls: call them on the libvirt worker thread.
#include "util/result.h"
#include "virt/hostinfo.h"

#include <QList>
#include <QString>
#include <optional>

#include <libvirt/libvirt.h>

namespace hvbench::virt {

// Creates and starts networkName(sessionId), marked with this process's owner mark, on a
// 10.213.X.0/24 subnet that no libvirt network of the host and (for a local connection) no
// local interface uses.  Returns name, bridge ("hvb-" + 10 hex digits) and host address.
Result<NetworkInfo> createIsolatedNetwork(virConnectPtr conn, const QString &sessionId);

// Destroys (and undefines, if someone made it persistent) a network hvbench created: refuses a
// network without hvbench's owner mark.
Status destroyIsolatedNetwork(virConnectPtr conn, const QString &name);

// --- building blocks, public for tests ---
struct Ipv4Net {
    quint32 address = 0; // host order
    int prefix = 0;
    bool overlaps(const Ipv4Net &o) const;
};
// IPv4 subnets of every libvirt network on the host (active or not) and, when local is true,
// of every local interface.
QList<Ipv4Net> usedSubnets(virConnectPtr conn, bool local);
// First 10.213.X.0/24 (X = 0…255, starting at a value derived from the session id) that
// overlaps none of used; nullopt when all are taken.
std::optional<quint32> freeSubnet(const QList<Ipv4Net> &used, const QString &sessionId);
// Bridge device name for a session: "hvb-" + 10 hex digits of a hash (≤ 15 chars, Linux's limit).
QString bridgeName(const QString &sessionId, int attempt = 0);
// The network XML (no <forward>, bridge, owner mark, /24 with DHCP, DNS off).
QString isolatedNetworkXml(const QString &sessionId, const QString &bridge, quint32 subnet);

} // namespace hvbench::virt
