// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace hvbench::virt {

// What a libvirt host can do, probed once per connection.
struct HostInfo {
    QString uri;                // canonical URI the connection reports
    QString hostname;
    QString driver;             // "QEMU", "Xen", "TEST", …
    bool kvm = false;           // hardware acceleration available (domain capabilities)
    QString arch;
    QString cpuModel;
    int cpus = 0;               // logical CPUs
    qint64 memoryMiB = 0;
    QString libvirtVersion;     // "9.0.0"
    QString hypervisorVersion;  // "7.2.22"
    QString domainType() const { return kvm ? QStringLiteral("kvm") : QStringLiteral("qemu"); }
    QString accelName() const { return kvm ? QStringLiteral("KVM") : QStringLiteral("TCG"); }
    QJsonObject toJson() const;
    static HostInfo fromJson(const QJsonObject &o); // as recorded in a session manifest
};

QString versionString(unsigned long v); // libvirt's major*1e6+minor*1e3+micro → "M.m.u"

} // namespace hvbench::virt

Q_DECLARE_METATYPE(hvbench::virt::HostInfo)
