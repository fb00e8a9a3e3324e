// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hvbench::virt {

// A libvirt storage pool as probed (any owner: hvbench only reads foreign pools).
struct PoolInfo {
    QString name;
    QString type;              // "dir", "logical", "fs", "disk", …
    bool active = false;
    qint64 capacityBytes = 0;
    qint64 availableBytes = 0;
    QString targetPath;        // <target><path>
    QJsonObject toJson() const;
    static PoolInfo fromJson(const QJsonObject &o);
    bool operator==(const PoolInfo &) const = default;
};

// A libvirt virtual network as probed.
struct NetworkInfo {
    QString name;
    bool active = false;
    QString forwardMode;       // "" = isolated, "nat", "route", "bridge", …
    QString bridge;            // host bridge device, e.g. "virbr0"
    QString ipv4Address;       // host-side address on the network, e.g. "192.168.122.1"
    int ipv4Prefix = 0;
    QJsonObject toJson() const;
    static NetworkInfo fromJson(const QJsonObject &o);
    bool operator==(const NetworkInfo &) const = default;
};

// One guest kind the host can run, from virConnectGetCapabilities <guest>:
// os type ("hvm" or "xen" = PV) × arch × libvirt domain type ("qemu", "kvm", "xen").
struct GuestCapability {
    QString osType;
    QString arch;
    QString domainType;
    QStringList machines;
    QJsonObject toJson() const;
    static GuestCapability fromJson(const QJsonObject &o);
    bool operator==(const GuestCapability &) const = default;
};

// What a libvirt host can do, probed once per connection.
struct HostInfo {
    QString uri;                // canonical URI the connection reports
    QString hostname;
    QString driver;             // "QEMU", "Xen", "TEST", …
    bool kvm = false;           // hardware acceleration available (domain capabilities)
    bool xen = false;           // a Xen host (driver "Xen" or a guest with domain type xen)
    bool kvmDisabled = false;   // libvirt offered KVM but HVBENCH_ACCEL=tcg turned it off
    QString arch;
    QString cpuModel;
    int cpus = 0;               // logical CPUs
    qint64 memoryMiB = 0;
    QString libvirtVersion;     // "9.0.0"
    QString hypervisorVersion;  // "7.2.22"
    QList<GuestCapability> guests;
    QList<PoolInfo> pools;
    QList<NetworkInfo> networks;

    QString domainType() const { return kvm ? QStringLiteral("kvm") : QStringLiteral("qemu"); }
    QString accelName() const { return kvm ? QStringLiteral("KVM") : (xen ? QStringLiteral("Xen") : QStringLiteral("TCG")); }
    // True when <guest> lists this os type / domain type pair (any arch when arch is empty).
    bool canRun(const QString &osType, const QString &domainType, const QString &arch = {}) const;
    const PoolInfo *pool(const QString &name) const;
    QJsonObject toJson() const;
    static HostInfo fromJson(const QJsonObject &o); // as recorded in a session manifest
};

QString versionString(unsigned long v); // libvirt's major*1e6+minor*1e3+micro → "M.m.u"

} // namespace hvbench::virt

Q_DECLARE_METATYPE(hvbench::virt::HostInfo)
