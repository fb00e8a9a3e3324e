// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/hostinfo.h"

namespace hvbench::virt {

QString versionString(unsigned long v)
{
    return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
}

QJsonObject HostInfo::toJson() const
{
    return {{QStringLiteral("uri"), uri},
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("driver"), driver},
            {QStringLiteral("accel"), accelName()},
            {QStringLiteral("domain_type"), domainType()},
            {QStringLiteral("arch"), arch},
            {QStringLiteral("cpu_model"), cpuModel},
            {QStringLiteral("cpus"), cpus},
            {QStringLiteral("memory_mib"), memoryMiB},
            {QStringLiteral("libvirt_version"), libvirtVersion},
            {QStringLiteral("hypervisor_version"), hypervisorVersion}};
}

HostInfo HostInfo::fromJson(const QJsonObject &o)
{
    HostInfo h;
    h.uri = o.value(QStringLiteral("uri")).toString();
    h.hostname = o.value(QStringLiteral("hostname")).toString();
    h.driver = o.value(QStringLiteral("driver")).toString();
    h.kvm = o.value(QStringLiteral("accel")).toString() == QLatin1String("KVM");
    h.arch = o.value(QStringLiteral("arch")).toString();
    h.cpuModel = o.value(QStringLiteral("cpu_model")).toString();
    h.cpus = o.value(QStringLiteral("cpus")).toInt();
    h.memoryMiB = o.value(QStringLiteral("memory_mib")).toInteger();
    h.libvirtVersion = o.value(QStringLiteral("libvirt_version")).toString();
    h.hypervisorVersion = o.value(QStringLiteral("hypervisor_version")).toString();
    return h;
}

} // namespace hvbench::virt
