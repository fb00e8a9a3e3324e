// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/hostprobe.h"

#include <QXmlStreamReader>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>

namespace hvbench::virt {

namespace {
bool tcgForced()
{
    return qEnvironmentVariable("HVBENCH_ACCEL").compare(QLatin1String("tcg"), Qt::CaseInsensitive) == 0;
}
bool isStart(const QXmlStreamReader &r, const char *name)
{
    return r.isStartElement() && r.name() == QLatin1String(name);
}
bool isEnd(const QXmlStreamReader &r, const char *name)
{
    return r.isEndElement() && r.name() == QLatin1String(name);
}
QString attr(const QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1String(name)).toString();
}

// Takes ownership of a libvirt-allocated string.
QString take(char *s)
{
    if (!s)
        return {};
    QString out = QString::fromUtf8(s);
    std::free(s);
    return out;
}
} // namespace

QString cpuModelFromCapabilities(const QString &xml)
{
    QXmlStreamReader r(xml);
    bool inHostCpu = false; // <capabilities><host><cpu>
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path.append(r.name().toString());
            if (path.size() == 3 && path[0] == QLatin1String("capabilities") && path[1] == QLatin1String("host") &&
                path[2] == QLatin1String("cpu"))
                inHostCpu = true;
            if (inHostCpu && path.size() == 4 && path[3] == QLatin1String("model"))
                return r.readElementText().trimmed();
        } else if (r.isEndElement()) {
            if (inHostCpu && path.size() == 3)
                return {};
            path.removeLast();
        }
    }
    return {};
}

QList<GuestCapability> guestsFromCapabilities(const QString &xml)
{
    QList<GuestCapability> out;
    QXmlStreamReader r(xml);
    QString osType;
    QString arch;
    QStringList archMachines;
    struct Dom {
        QString type;
        QStringList machines;
    };
    QList<Dom> domains;
    bool inGuest = false;
    bool inDomain = false;
    while (!r.atEnd()) {
        r.readNext();
        if (isStart(r, "guest")) {
            inGuest = true;
            osType.clear();
        } else if (!inGuest) {
            continue;
        } else if (isStart(r, "os_type")) {
            osType = r.readElementText().trimmed();
        } else if (isStart(r, "arch")) {
            arch = attr(r, "name");
            archMachines.clear();
            domains.clear();
        } else if (isStart(r, "domain")) {
            domains.append(Dom{attr(r, "type"), {}});
            inDomain = true;
        } else if (isEnd(r, "domain")) {
            inDomain = false;
        } else if (isStart(r, "machine")) {
            const QString m = r.readElementText().trimmed();
            QStringList &list = inDomain ? domains.last().machines : archMachines;
            if (!m.isEmpty() && !list.contains(m))
                list.append(m);
        } else if (isEnd(r, "arch")) {
            for (const Dom &d : std::as_const(domains))
                out.append(GuestCapability{osType, arch, d.type, d.machines.isEmpty() ? archMachines : d.machines});
        } else if (isEnd(r, "guest")) {
            inGuest = false;
        }
    }
    return out;
}

PoolInfo poolFromXml(const QString &xml)
{
    PoolInfo p;
    QXmlStreamReader r(xml);
    int depth = 0;
    bool inTarget = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (depth == 1 && r.name() == QLatin1String("pool"))
                p.type = attr(r, "type");
            else if (depth == 2 && r.name() == QLatin1String("name"))
                p.name = r.readElementText().trimmed(), --depth;
            else if (depth == 2 && r.name() == QLatin1String("target"))
                inTarget = true;
            else if (depth == 3 && inTarget && r.name() == QLatin1String("path"))
                p.targetPath = r.readElementText().trimmed(), --depth;
        } else if (r.isEndElement()) {
            if (depth == 2 && r.name() == QLatin1String("target"))
                inTarget = false;
            --depth;
        }
    }
    return p;
}

int prefixFromNetmask(const QString &netmask)
{
    const QStringList octets = netmask.trimmed().split(QLatin1Char('.'));
    if (octets.size() != 4)
        return -1;
    quint32 m = 0;
    for (const QString &o : octets) {
        bool ok = false;
        const uint v = o.toUInt(&ok);
        if (!ok || v > 255)
            return -1;
        m = (m << 8) | v;
    }
    int prefix = 0;
    while (prefix < 32 && (m & (0x80000000u >> prefix)))
        ++prefix;
    const quint32 expect = prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
    return m == expect ? prefix : -1;
}

NetworkInfo networkFromXml(const QString &xml)
{
    NetworkInfo n;
    QXmlStreamReader r(xml);
    int depth = 0;
    bool haveIp = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (depth != 2)
                continue;
            if (r.name() == QLatin1String("name")) {
                n.name = r.readElementText().trimmed();
                --depth;
            } else if (r.name() == QLatin1String("forward")) {
                n.forwardMode = attr(r, "mode");
                if (n.forwardMode.isEmpty())
                    n.forwardMode = QStringLiteral("nat"); // libvirt's default for <forward/>
            } else if (r.name() == QLatin1String("bridge")) {
                n.bridge = attr(r, "name");
            } else if (r.name() == QLatin1String("ip") && !haveIp) {
                const QString family = attr(r, "family");
                const QString address = attr(r, "address");
                if ((family.isEmpty() || family == QLatin1String("ipv4")) && !address.contains(QLatin1Char(':'))) {
                    haveIp = true;
                    n.ipv4Address = address;
                    const QString prefix = attr(r, "prefix");
                    const QString mask = attr(r, "netmask");
                    n.ipv4Prefix =
                        !prefix.isEmpty() ? prefix.toInt() : (!mask.isEmpty() ? qMax(0, prefixFromNetmask(mask)) : 24);
                }
            }
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    return n;
}

bool isXenHost(const QString &driver, const QList<GuestCapability> &guests)
{
    if (driver.compare(QLatin1String("Xen"), Qt::CaseInsensitive) == 0)
        return true;
    for (const GuestCapability &g : guests)
        if (g.domainType == QLatin1String("xen"))
            return true;
    return false;
}

namespace {
QList<PoolInfo> probePools(virConnectPtr conn)
{
    QList<PoolInfo> out;
    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(conn, &pools, 0);
    for (int i = 0; i < n; ++i) {
        PoolInfo p = poolFromXml(take(virStoragePoolGetXMLDesc(pools[i], 0)));
        if (p.name.isEmpty())
            if (const char *name = virStoragePoolGetName(pools[i]))
                p.name = QString::fromUtf8(name);
        virStoragePoolInfo info{};
        if (virStoragePoolGetInfo(pools[i], &info) == 0) {
            p.active = info.state == VIR_STORAGE_POOL_RUNNING || info.state == VIR_STORAGE_POOL_DEGRADED;
            p.capacityBytes = qint64(info.capacity);
            p.availableBytes = qint64(info.available);
        }
        out.append(p);
        virStoragePoolFree(pools[i]);
    }
    std::free(pools);
    return out;
}

QList<NetworkInfo> probeNetworks(virConnectPtr conn)
{
    QList<NetworkInfo> out;
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(conn, &nets, 0);
    for (int i = 0; i < n; ++i) {
        NetworkInfo info = networkFromXml(take(virNetworkGetXMLDesc(nets[i], 0)));
        if (info.name.isEmpty())
            if (const char *name = virNetworkGetName(nets[i]))
                info.name = QString::fromUtf8(name);
        info.active = virNetworkIsActive(nets[i]) == 1;
        out.append(info);
        virNetworkFree(nets[i]);
    }
    std::free(nets);
    return out;
}
} // namespace

HostInfo probeHost(virConnectPtr conn)
{
    HostInfo h;
    if (!conn)
        return h;
    h.uri = take(virConnectGetURI(conn));
    h.hostname = take(virConnectGetHostname(conn));
    if (const char *t = virConnectGetType(conn))
        h.driver = QString::fromUtf8(t);
    virNodeInfo node{};
    if (virNodeGetInfo(conn, &node) == 0) {
        h.arch = QString::fromUtf8(node.model);
        h.cpus = int(node.cpus);
        h.memoryMiB = qint64(node.memory / 1024);
    }
    unsigned long v = 0;
    if (virConnectGetLibVersion(conn, &v) == 0)
        h.libvirtVersion = versionString(v);
    v = 0;
    if (virConnectGetVersion(conn, &v) == 0 && v > 0)
        h.hypervisorVersion = versionString(v);
    const QString caps = take(virConnectGetCapabilities(conn));
    h.cpuModel = cpuModelFromCapabilities(caps);
    h.guests = guestsFromCapabilities(caps);
    // NULL = no hardware acceleration ("accel 'kvm' is not supported"): TCG only.
    char *kvmCaps = virConnectGetDomainCapabilities(conn, nullptr, "x86_64", nullptr, "kvm", 0);
    h.kvm = kvmCaps != nullptr;
    std::free(kvmCaps);
    // HVBENCH_ACCEL=tcg: use software emulation even where libvirt offers KVM (a nested or
    // broken /dev/kvm: seen here as "KVM internal error … emulation failure" in the guest).
    if (h.kvm && tcgForced()) {
        h.kvm = false;
        h.kvmDisabled = true;
        h.guests.removeIf([](const GuestCapability &g) { return g.domainType == QLatin1String("kvm"); });
    }
    h.xen = isXenHost(h.driver, h.guests);
    h.pools = probePools(conn);
    h.networks = probeNetworks(conn);
    virResetLastError(); // refused optional parts must not leak into a later error message
    return h;
}

} // namespace hvbench::virt
