// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/hostinfo.h"

#include <QJsonArray>

namespace hvbench::virt {

QString versionString(unsigned long v)
{
    return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
}

namespace {
QString str(const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toString(); }

template <typename T> QJsonArray toArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &t : items)
        a.append(t.toJson());
    return a;
}
template <typename T> QList<T> fromArray(const QJsonValue &v)
{
    QList<T> out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out.append(T::fromJson(e.toObject()));
    return out;
}
} // namespace

QJsonObject PoolInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), type},
            {QStringLiteral("active"), active},
            {QStringLiteral("capacity_bytes"), capacityBytes},
            {QStringLiteral("available_bytes"), availableBytes},
            {QStringLiteral("target_path"), targetPath}};
}

PoolInfo PoolInfo::fromJson(const QJsonObject &o)
{
    PoolInfo p;
    p.name = str(o, "name");
    p.type = str(o, "type");
    p.active = o.value(QStringLiteral("active")).toBool();
    p.capacityBytes = o.value(QStringLiteral("capacity_bytes")).toInteger();
    p.availableBytes = o.value(QStringLiteral("available_bytes")).toInteger();
    p.targetPath = str(o, "target_path");
    return p;
}

QJsonObject NetworkInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("active"), active},
            {QStringLiteral("forward_mode"), forwardMode},
            {QStringLiteral("bridge"), bridge},
            {QStringLiteral("ipv4_address"), ipv4Address},
            {QStringLiteral("ipv4_prefix"), ipv4Prefix}};
}

NetworkInfo NetworkInfo::fromJson(const QJsonObject &o)
{
    NetworkInfo n;
    n.name = str(o, "name");
    n.active = o.value(QStringLiteral("active")).toBool();
    n.forwardMode = str(o, "forward_mode");
    n.bridge = str(o, "bridge");
    n.ipv4Address = str(o, "ipv4_address");
    n.ipv4Prefix = o.value(QStringLiteral("ipv4_prefix")).toInt();
    return n;
}

QJsonObject GuestCapability::toJson() const
{
    return {{QStringLiteral("os_type"), osType},
            {QStringLiteral("arch"), arch},
            {QStringLiteral("domain_type"), domainType},
            {QStringLiteral("machines"), QJsonArray::fromStringList(machines)}};
}

GuestCapability GuestCapability::fromJson(const QJsonObject &o)
{
    GuestCapability g;
    g.osType = str(o, "os_type");
    g.arch = str(o, "arch");
    g.domainType = str(o, "domain_type");
    const QJsonArray m = o.value(QStringLiteral("machines")).toArray();
    for (const QJsonValue &v : m)
        g.machines.append(v.toString());
    return g;
}

bool HostInfo::canRun(const QString &osType, const QString &domainType, const QString &arch) const
{
    for (const GuestCapability &g : guests)
        if (g.osType == osType && g.domainType == domainType && (arch.isEmpty() || g.arch == arch))
            return true;
    return false;
}

const PoolInfo *HostInfo::pool(const QString &name) const
{
    for (const PoolInfo &p : pools)
        if (p.name == name)
            return &p;
    return nullptr;
}

QJsonObject HostInfo::toJson() const
{
    return {{QStringLiteral("uri"), uri},
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("driver"), driver},
            {QStringLiteral("accel"), accelName()},
            {QStringLiteral("kvm"), kvm},
            {QStringLiteral("kvm_disabled"), kvmDisabled},
            {QStringLiteral("xen"), xen},
            {QStringLiteral("domain_type"), domainType()},
            {QStringLiteral("arch"), arch},
            {QStringLiteral("cpu_model"), cpuModel},
            {QStringLiteral("cpus"), cpus},
            {QStringLiteral("memory_mib"), memoryMiB},
            {QStringLiteral("libvirt_version"), libvirtVersion},
            {QStringLiteral("hypervisor_version"), hypervisorVersion},
            {QStringLiteral("guests"), toArray(guests)},
            {QStringLiteral("pools"), toArray(pools)},
            {QStringLiteral("networks"), toArray(networks)}};
}

HostInfo HostInfo::fromJson(const QJsonObject &o)
{
    HostInfo h;
    h.uri = str(o, "uri");
    h.hostname = str(o, "hostname");
    h.driver = str(o, "driver");
    // Sessions of format 1 before these fields existed carry only "accel".
    h.kvm = o.contains(QStringLiteral("kvm")) ? o.value(QStringLiteral("kvm")).toBool() : str(o, "accel") == QLatin1String("KVM");
    h.xen = o.value(QStringLiteral("xen")).toBool();
    h.kvmDisabled = o.value(QStringLiteral("kvm_disabled")).toBool();
    h.arch = str(o, "arch");
    h.cpuModel = str(o, "cpu_model");
    h.cpus = o.value(QStringLiteral("cpus")).toInt();
    h.memoryMiB = o.value(QStringLiteral("memory_mib")).toInteger();
    h.libvirtVersion = str(o, "libvirt_version");
    h.hypervisorVersion = str(o, "hypervisor_version");
    h.guests = fromArray<GuestCapability>(o.value(QStringLiteral("guests")));
    h.pools = fromArray<PoolInfo>(o.value(QStringLiteral("pools")));
    h.networks = fromArray<NetworkInfo>(o.value(QStringLiteral("networks")));
    return h;
}

} // namespace hvbench::virt
