// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The leftovers sweep: objects an hvbench process created on a libvirt host and did not remove
// because it died (crash, kill, power loss).  Only objects that carry hvbench's mark qualify:
//  - domains and networks named "hvbench-…" WITH an hvbench owner mark in <metadata> whose owner
//    process is gone on this machine (ownerAlive() false; a mark written by a process on another
//    machine counts as alive: hvbench cannot tell, so it leaves it alone);
//  - volumes, in every active pool, whose name follows hvbench's strict volume pattern
//    (sessionOfVolume) and whose session has no live hvbench domain or network, and that no
//    domain other than a leftover one uses as a disk.
// Sessions listed in activeSessions (e.g. the ones this process is running) are never swept.
//
// BLOCKING libvirt calls: call them on the libvirt worker thread.
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <libvirt/libvirt.h>

namespace hvbench::virt {

struct Leftover {
    enum Kind { Domain, Volume, Network };
    Kind kind = Domain;
    QString name;
    QString pool; // volumes only
    QString sessionId;
    QString detail; // translated, for the user: state, path, size, who created it
    bool operator==(const Leftover &) const = default;
};

// Translated kind name ("domain", "volume", "network").
QString leftoverKindName(Leftover::Kind kind);

// Domains first, then networks, then volumes: removing them in this order frees every disk
// before its volume is deleted.
QList<Leftover> findLeftovers(virConnectPtr conn, const QSet<QString> &activeSessions = {});

// Removes one leftover (domains: destroy + undefine; networks: destroy + undefine; volumes:
// delete).  Checks the mark again first and refuses when the object lost it, changed session,
// its owner runs again, or (volumes) a domain that is not a leftover uses it.  Ok when the
// object is already gone.
Status removeLeftover(virConnectPtr conn, const Leftover &leftover, const QSet<QString> &activeSessions = {});

} // namespace hvbench::virt
