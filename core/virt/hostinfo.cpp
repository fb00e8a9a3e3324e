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

} // namespace hvbench::virt
