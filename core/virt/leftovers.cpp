// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/leftovers.h"
#include "virt/libvirthandles.h"

#include "virt/libvirtglobal.h"
#include "virt/ownership.h"

#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamReader>

#include <libvirt/virterror.h>

#include <memory>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Leftovers)
};
QString ownerText(const OwnerMark &m)
{
    return Tr::tr("created by hvbench process %1 on %2, which no longer runs").arg(m.pid).arg(m.processHost);
}

// Disk sources a domain uses: file/dev paths and "pool/volume" pairs (backing stores too).
void collectDiskSources(const QString &xml, QSet<QString> &paths, QSet<QString> &poolVolumes)
{
    QXmlStreamReader r(xml);
    int diskDepth = 0;
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (r.name() == QLatin1String("disk") && diskDepth == 0)
                diskDepth = depth;
            else if (diskDepth && r.name() == QLatin1String("source")) {
                const auto a = r.attributes();
                for (const char *k : {"file", "dev"})
                    if (a.hasAttribute(QLatin1String(k)))
                        paths.insert(a.value(QLatin1String(k)).toString());
                if (a.hasAttribute(QLatin1String("pool")) && a.hasAttribute(QLatin1String("volume")))
                    poolVolumes.insert(a.value(QLatin1String("pool")).toString() + QLatin1Char('/') +
                                       a.value(QLatin1String("volume")).toString());
            }
        } else if (r.isEndElement()) {
            if (depth == diskDepth)
                diskDepth = 0;
            --depth;
        }
    }
}

// What the domains and networks of the host say about sessions and disks.
struct HostScan {
    QList<Leftover> domains;    // dead-owner domains
    QList<Leftover> networks;   // dead-owner networks
    QSet<QString> liveSessions; // sessions with a live hvbench domain or network
    QSet<QString> usedPaths;    // disk paths of every domain that is not a leftover
    QSet<QString> usedPoolVolumes;
};

bool isCandidateName(const QString &name)
{
    return name.startsWith(kDomainPrefix);
}

HostScan scanHost(virConnectPtr conn, const QSet<QString> &activeSessions)
{
    HostScan s;
    s.liveSessions = activeSessions;

    virDomainPtr *doms = nullptr;
    const int nd = virConnectListAllDomains(conn, &doms, 0);
    for (int i = 0; i < nd; ++i) {
        DomPtr dom(doms[i]);
        const QString name = QString::fromUtf8(virDomainGetName(dom.get()));
        const QString xml = takeString(virDomainGetXMLDesc(dom.get(), 0));
        const auto mark = isCandidateName(name) ? parseOwnerMark(xml) : std::nullopt;
        if (mark && !ownerAlive(*mark) && !activeSessions.contains(mark->sessionId)) {
            const bool active = virDomainIsActive(dom.get()) == 1;
            const QString state = active ? Tr::tr("running") : Tr::tr("defined, not running");
            s.domains.append(
                Leftover{Leftover::Domain, name, {}, mark->sessionId, state + QStringLiteral("; ") + ownerText(*mark)});
            continue; // its disks are leftovers too
        }
        if (mark)
            s.liveSessions.insert(mark->sessionId);
        collectDiskSources(xml, s.usedPaths, s.usedPoolVolumes);
    }
    free(doms);

    virNetworkPtr *nets = nullptr;
    const int nn = virConnectListAllNetworks(conn, &nets, 0);
    for (int i = 0; i < nn; ++i) {
        NetPtr net(nets[i]);
        const QString name = QString::fromUtf8(virNetworkGetName(net.get()));
        if (!isCandidateName(name))
            continue;
        const auto mark = parseOwnerMark(takeString(virNetworkGetXMLDesc(net.get(), 0)));
        if (!mark)
            continue;
        if (ownerAlive(*mark) || activeSessions.contains(mark->sessionId)) {
            s.liveSessions.insert(mark->sessionId);
            continue;
        }
        const bool active = virNetworkIsActive(net.get()) == 1;
        const QString state = active ? Tr::tr("active") : Tr::tr("defined, not active");
        s.networks.append(
            Leftover{Leftover::Network, name, {}, mark->sessionId, state + QStringLiteral("; ") + ownerText(*mark)});
    }
    free(nets);
    return s;
}

bool volumeInUse(const HostScan &s, const QString &pool, const QString &name, const QString &path)
{
    return s.usedPaths.contains(path) || s.usedPoolVolumes.contains(pool + QLatin1Char('/') + name);
}

// Undefine with every flag that makes it work for domains with managed save, snapshots or
// NVRAM; drivers that do not know a flag get the plain call.
int undefineDomain(virDomainPtr dom)
{
    const unsigned flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                           VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
    if (virDomainUndefineFlags(dom, flags) == 0)
        return 0;
    const virErrorPtr e = virGetLastError();
    if (e && (e->code == VIR_ERR_INVALID_ARG || e->code == VIR_ERR_NO_SUPPORT))
        return virDomainUndefine(dom);
    return -1;
}

Status refuse(const Leftover &l, const QString &why)
{
    return Error{Tr::tr("Not removing %1 “%2”: %3").arg(leftoverKindName(l.kind), l.name, why)};
}

// Before touching a domain or network: it still carries the mark of the same session, and
// its owner is still gone.
Status recheckMark(const Leftover &l, const QString &xml, const QSet<QString> &activeSessions)
{
    const auto mark = parseOwnerMark(xml);
    if (!mark)
        return refuse(l, Tr::tr("it has no hvbench owner mark (any more)."));
    if (mark->sessionId != l.sessionId)
        return refuse(l, Tr::tr("it now belongs to session %1.").arg(mark->sessionId));
    if (ownerAlive(*mark) || activeSessions.contains(mark->sessionId))
        return refuse(l, Tr::tr("the hvbench process that owns it is running."));
    return Ok{};
}

Status removeDomain(virConnectPtr conn, const Leftover &l, const QSet<QString> &activeSessions)
{
    DomPtr dom(virDomainLookupByName(conn, l.name.toUtf8().constData()));
    if (!dom)
        return Ok{};
    if (Status st = recheckMark(l, takeString(virDomainGetXMLDesc(dom.get(), 0)), activeSessions); !st)
        return st;
    const bool persistent = virDomainIsPersistent(dom.get()) == 1;
    if (virDomainIsActive(dom.get()) == 1 && virDomainDestroy(dom.get()) != 0)
        return Error{Tr::tr("Could not stop the domain “%1”: %2").arg(l.name, lastError())};
    if (persistent && undefineDomain(dom.get()) != 0)
        return Error{Tr::tr("Could not remove the definition of domain “%1”: %2").arg(l.name, lastError())};
    return Ok{};
}

Status removeNetwork(virConnectPtr conn, const Leftover &l, const QSet<QString> &activeSessions)
{
    NetPtr net(virNetworkLookupByName(conn, l.name.toUtf8().constData()));
    if (!net)
        return Ok{};
    if (Status st = recheckMark(l, takeString(virNetworkGetXMLDesc(net.get(), 0)), activeSessions); !st)
        return st;
    const bool persistent = virNetworkIsPersistent(net.get()) == 1;
    if (virNetworkIsActive(net.get()) == 1 && virNetworkDestroy(net.get()) != 0)
        return Error{Tr::tr("Could not stop the network “%1”: %2").arg(l.name, lastError())};
    if (persistent && virNetworkUndefine(net.get()) != 0)
        return Error{Tr::tr("Could not remove the definition of network “%1”: %2").arg(l.name, lastError())};
    return Ok{};
}

Status removeVolume(virConnectPtr conn, const Leftover &l, const QSet<QString> &activeSessions)
{
    const auto sid = sessionOfVolume(l.name);
    if (!sid || *sid != l.sessionId)
        return refuse(l, Tr::tr("its name does not follow hvbench's volume name pattern."));
    PoolPtr pool(virStoragePoolLookupByName(conn, l.pool.toUtf8().constData()));
    if (!pool)
        return Ok{};
    VolPtr vol(virStorageVolLookupByName(pool.get(), l.name.toUtf8().constData()));
    if (!vol)
        return Ok{};
    const QString path = takeString(virStorageVolGetPath(vol.get()));
    const HostScan s = scanHost(conn, activeSessions);
    if (s.liveSessions.contains(*sid))
        return refuse(l, Tr::tr("session %1 has a running hvbench process.").arg(*sid));
    if (volumeInUse(s, l.pool, l.name, path))
        return refuse(l, Tr::tr("a domain uses it as a disk."));
    if (virStorageVolDelete(vol.get(), 0) != 0)
        return Error{Tr::tr("Could not delete the volume “%1” in pool “%2”: %3").arg(l.name, l.pool, lastError())};
    return Ok{};
}
} // namespace

QString leftoverKindName(Leftover::Kind kind)
{
    switch (kind) {
    case Leftover::Domain:
        return Tr::tr("domain");
    case Leftover::Volume:
        return Tr::tr("volume");
    case Leftover::Network:
        return Tr::tr("network");
    }
    return {};
}

QList<Leftover> findLeftovers(virConnectPtr conn, const QSet<QString> &activeSessions)
{
    const HostScan s = scanHost(conn, activeSessions);
    QList<Leftover> out = s.domains + s.networks;

    virStoragePoolPtr *pools = nullptr;
    const int np = virConnectListAllStoragePools(conn, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    for (int i = 0; i < np; ++i) {
        PoolPtr pool(pools[i]);
        const QString poolName = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        virStorageVolPtr *vols = nullptr;
        const int nv = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
        for (int j = 0; j < nv; ++j) {
            VolPtr vol(vols[j]);
            const QString name = QString::fromUtf8(virStorageVolGetName(vol.get()));
            const auto sid = sessionOfVolume(name);
            if (!sid || s.liveSessions.contains(*sid))
                continue;
            const QString path = takeString(virStorageVolGetPath(vol.get()));
            if (volumeInUse(s, poolName, name, path))
                continue;
            virStorageVolInfo info{};
            QString detail = path;
            if (virStorageVolGetInfo(vol.get(), &info) == 0)
                detail += QStringLiteral(", ") + QLocale().formattedDataSize(qint64(info.capacity));
            detail += QStringLiteral("; ") + Tr::tr("no hvbench process of session %1 runs").arg(*sid);
            out.append(Leftover{Leftover::Volume, name, poolName, *sid, detail});
        }
        free(vols);
    }
    free(pools);
    return out;
}

Status removeLeftover(virConnectPtr conn, const Leftover &l, const QSet<QString> &activeSessions)
{
    if (!l.name.startsWith(kDomainPrefix))
        return refuse(l, Tr::tr("its name does not start with %1.").arg(kDomainPrefix));
    switch (l.kind) {
    case Leftover::Domain:
        return removeDomain(conn, l, activeSessions);
    case Leftover::Network:
        return removeNetwork(conn, l, activeSessions);
    case Leftover::Volume:
        return removeVolume(conn, l, activeSessions);
    }
    return refuse(l, Tr::tr("unknown kind of object."));
}

} // namespace hvbench::virt
