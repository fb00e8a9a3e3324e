// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/domainxml.h"
#include "virt/speccheck.h"

#include <QJsonDocument>
#include <QXmlStreamReader>
#include <QtTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

Q_DECLARE_METATYPE(hvbench::VmSpec)

using namespace hvbench;
using namespace hvbench::virt;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

GuestCapability guest(const char *os, const char *arch, const char *type)
{
    return GuestCapability{QString::fromLatin1(os), QString::fromLatin1(arch), QString::fromLatin1(type), {}};
}

QList<PoolInfo> pools()
{
    return {PoolInfo{QStringLiteral("default"), QStringLiteral("dir"), true, 100 * 1024 * kMiB, 20 * 1024 * kMiB, {}},
            PoolInfo{QStringLiteral("vg"), QStringLiteral("logical"), true, 100 * 1024 * kMiB, 50 * 1024 * kMiB, {}},
            PoolInfo{QStringLiteral("stopped"), QStringLiteral("dir"), false, 0, 0, {}},
            PoolInfo{QStringLiteral("small"), QStringLiteral("dir"), true, 1024 * kMiB, 100 * kMiB, {}},
            PoolInfo{QStringLiteral("nfs"), QStringLiteral("netfs"), true, 1024 * kMiB, 1024 * kMiB, {}},
            PoolInfo{QStringLiteral("iscsi"), QStringLiteral("iscsi"), true, 1024 * kMiB, 1024 * kMiB, {}}};
}

// This machine: QEMU without /dev/kvm.
HostInfo tcgHost()
{
    HostInfo h;
    h.uri = QStringLiteral("qemu:///system");
    h.hostname = QStringLiteral("tcgbox");
    h.driver = QStringLiteral("QEMU");
    h.cpus = 2;
    h.memoryMiB = 4096;
    h.guests = {guest("hvm", "x86_64", "qemu"), guest("hvm", "i686", "qemu")};
    h.pools = pools();
    return h;
}

HostInfo kvmHost()
{
    HostInfo h = tcgHost();
    h.hostname = QStringLiteral("kvmbox");
    h.kvm = true;
    h.cpus = 16;
    h.memoryMiB = 65536;
    h.guests.append(guest("hvm", "x86_64", "kvm"));
    return h;
}

HostInfo xenHost()
{
    HostInfo h;
    h.uri = QStringLiteral("xen:///system");
    h.hostname = QStringLiteral("xenbox");
    h.driver = QStringLiteral("Xen");
    h.xen = true;
    h.cpus = 8;
    h.memoryMiB = 16384;
    h.guests = {guest("xen", "x86_64", "xen"), guest("hvm", "x86_64", "xen")};
    h.pools = pools();
    return h;
}

HostInfo xenPvOnlyHost()
{
    HostInfo h = xenHost();
    h.hostname = QStringLiteral("oldxen");
    h.guests = {guest("xen", "x86_64", "xen")};
    return h;
}

// What test:///default reports.
HostInfo testDriverHost()
{
    HostInfo h;
    h.uri = QStringLiteral("test:///default");
    h.hostname = QStringLiteral("testhost");
    h.driver = QStringLiteral("TEST");
    h.cpus = 16;
    h.memoryMiB = 3 * 1024 * 1024;
    h.guests = {guest("hvm", "i686", "test"), guest("xen", "i686", "test")};
    h.pools = {PoolInfo{QStringLiteral("default-pool"), QStringLiteral("dir"), true, 100 * 1024 * kMiB,
                        100 * 1024 * kMiB, {}}};
    return h;
}

// A host recorded by the walking skeleton (no guest capabilities): judged by its flags.
HostInfo legacyHost()
{
    HostInfo h = tcgHost();
    h.hostname = QStringLiteral("oldsession");
    h.guests.clear();
    h.pools.clear();
    return h;
}

HostInfo hostByName(const QString &n)
{
    if (n == QLatin1String("tcg"))
        return tcgHost();
    if (n == QLatin1String("kvm"))
        return kvmHost();
    if (n == QLatin1String("xen"))
        return xenHost();
    if (n == QLatin1String("xenpv"))
        return xenPvOnlyHost();
    if (n == QLatin1String("test"))
        return testDriverHost();
    return legacyHost();
}

VmSpec specFrom(const char *json)
{
    QJsonObject o = VmSpec{}.toJson();
    const QJsonObject changes = QJsonDocument::fromJson(QByteArray(json)).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    auto s = VmSpec::fromJson(o);
    if (!s) {
        // Invalid specs are part of the test: build them field by field without validation.
        VmSpec v;
        v.name = o.value(QStringLiteral("name")).toString();
        v.hypervisor = *hypervisorFromName(o.value(QStringLiteral("hypervisor")).toString());
        v.nic = *nicModelFromName(o.value(QStringLiteral("nic_model")).toString());
        v.network = *networkModeFromName(o.value(QStringLiteral("network")).toString());
        v.disk = *diskBackendFromName(o.value(QStringLiteral("disk_backend")).toString());
        v.diskBus = *diskBusFromName(o.value(QStringLiteral("disk_bus")).toString());
        v.memoryMiB = o.value(QStringLiteral("memory_mib")).toInt();
        v.vcpus = o.value(QStringLiteral("vcpus")).toInt();
        return v;
    }
    return *s;
}
} // namespace

class TstSpecCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void place_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<VmSpec>("spec");
        QTest::addColumn<QString>("expected"); // "type/os/machine[/tcg]" or "!" + substrings separated by |
        const auto row = [](const char *host, const char *tag, const char *json, const char *expected) {
            QTest::addRow("%s: %s", host, tag) << QString::fromLatin1(host) << specFrom(json)
                                               << QString::fromUtf8(expected);
        };
        const char *xenPv = R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated","disk_bus":"xen"})";
        const char *xenHvm = R"({"hypervisor":"xen-hvm","nic_model":"e1000","network":"isolated","disk_bus":"ide"})";
        // This machine: TCG only.
        row("tcg", "auto", "{}", "qemu/hvm/pc/tcg");
        row("tcg", "qemu", R"({"hypervisor":"qemu"})", "qemu/hvm/pc/tcg");
        row("tcg", "kvm", R"({"hypervisor":"kvm"})", "!KVM needs hardware virtualisation (/dev/kvm)|tcgbox|choose QEMU/TCG or Auto");
        row("tcg", "xen-pv", xenPv, "!Xen PV needs a Xen host|tcgbox is QEMU/TCG (no KVM, no Xen)|choose QEMU/TCG or Auto");
        row("tcg", "xen-hvm", xenHvm, "!Xen HVM needs a Xen host|tcgbox");
        row("tcg", "too much RAM", R"({"memory_mib":8192})", "!8192 MiB|only 4096 MiB|tcgbox|lower the RAM");
        row("tcg", "all RAM", R"({"memory_mib":4096})", "qemu/hvm/pc/tcg");
        row("tcg", "file in dir pool", R"({"disk_backend":"file","disk_format":"qcow2"})", "qemu/hvm/pc/tcg");
        row("tcg", "file in netfs pool", R"({"disk_backend":"file","pool":"nfs"})", "qemu/hvm/pc/tcg");
        row("tcg", "missing pool", R"({"disk_backend":"file","pool":"nope"})", "!\"nope\" does not exist|tcgbox|default, vg");
        row("tcg", "inactive pool", R"({"disk_backend":"file","pool":"stopped"})", "!not active|virsh pool-start stopped");
        row("tcg", "file in logical pool", R"({"disk_backend":"file","pool":"vg"})", "!directory pool|type logical");
        row("tcg", "file in iscsi pool", R"({"disk_backend":"file","pool":"iscsi"})", "!directory pool|type iscsi");
        row("tcg", "lvm in dir pool", R"({"disk_backend":"lvm","pool":"default"})", "!logical|type dir");
        row("tcg", "lvm in logical pool", R"({"disk_backend":"lvm","pool":"vg","disk_bus":"sata"})", "qemu/hvm/pc/tcg");
        row("tcg", "pool too small", R"({"disk_backend":"file","pool":"small","data_disk_mib":200})", "!100 MiB free|200 MiB|smaller");
        row("tcg", "pool just enough", R"({"disk_backend":"file","pool":"small","data_disk_mib":100})", "qemu/hvm/pc/tcg");
        row("tcg", "block device", R"({"disk_backend":"block","block_device":"/dev/loop0","disk_bus":"ide"})", "qemu/hvm/pc/tcg");
        row("tcg", "invalid spec", R"({"hypervisor":"qemu","nic_model":"netfront"})", "!netfront needs a Xen hypervisor");
        // A KVM host.
        row("kvm", "auto", "{}", "kvm/hvm/pc");
        row("kvm", "kvm", R"({"hypervisor":"kvm","nic_model":"rtl8139"})", "kvm/hvm/pc");
        row("kvm", "qemu", R"({"hypervisor":"qemu"})", "qemu/hvm/pc/tcg");
        row("kvm", "xen-pv", xenPv, "!Xen PV needs a Xen host|kvmbox is QEMU/KVM|choose KVM, QEMU/TCG or Auto");
        row("kvm", "xen-hvm", xenHvm, "!Xen HVM needs a Xen host|kvmbox");
        // A Xen host with PV and HVM guests.
        row("xen", "xen-pv", xenPv, "xen/xen/xenpv");
        row("xen", "xen-pv lvm", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated","disk_bus":"xen","disk_backend":"lvm","pool":"vg"})", "xen/xen/xenpv");
        row("xen", "xen-hvm", xenHvm, "xen/hvm/xenfv");
        row("xen", "xen-hvm netfront", R"({"hypervisor":"xen-hvm","nic_model":"netfront","network":"isolated"})", "xen/hvm/xenfv");
        row("xen", "auto", "{}", "!Auto runs KVM or QEMU/TCG|xenbox is a Xen host|choose Xen PV or Xen HVM");
        row("xen", "kvm", R"({"hypervisor":"kvm"})", "!KVM needs a QEMU/KVM host|xenbox is a Xen host|Xen PV or Xen HVM");
        row("xen", "qemu", R"({"hypervisor":"qemu"})", "!QEMU/TCG needs a QEMU host|xenbox");
        row("xen", "xen-pv e1000", R"({"hypervisor":"xen-pv","nic_model":"e1000","network":"isolated"})", "!e1000|choose netfront");
        row("xen", "xen-pv rtl8139", R"({"hypervisor":"xen-pv","nic_model":"rtl8139","network":"isolated"})", "!rtl8139|choose netfront");
        row("xen", "xen-pv e1000e", R"({"hypervisor":"xen-pv","nic_model":"e1000e","network":"isolated"})", "!e1000e|choose netfront");
        row("xen", "xen-pv user net", R"({"hypervisor":"xen-pv","nic_model":"netfront"})", "!isolated network");
        row("xen", "xen-pv too much RAM", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated","memory_mib":20000})", "!only 16384 MiB|xenbox");
        // A Xen host without HVM support.
        row("xenpv", "xen-hvm", xenHvm, "!Xen HVM needs hardware virtualisation|oldxen|choose Xen PV");
        row("xenpv", "xen-pv", xenPv, "xen/xen/xenpv");
        // The libvirt test driver: everything maps to domain type "test".
        row("test", "auto", "{}", "test/hvm/pc");
        row("test", "kvm", R"({"hypervisor":"kvm"})", "test/hvm/pc");
        row("test", "xen-pv", xenPv, "test/xen/xenpv");
        row("test", "xen-hvm", xenHvm, "test/hvm/xenfv");
        row("test", "file in default-pool", R"({"disk_backend":"file","pool":"default-pool"})", "test/hvm/pc");
        row("test", "missing pool", R"({"disk_backend":"file"})", "!\"default\" does not exist|default-pool");
        row("legacy", "no pools at all", R"({"disk_backend":"file","pool":"images"})", "!\"images\" does not exist|no storage pools|pool-define-as images");
        // A host recorded without guest capabilities.
        row("legacy", "auto", "{}", "qemu/hvm/pc/tcg");
        row("legacy", "kvm", R"({"hypervisor":"kvm"})", "!KVM needs");
        row("legacy", "xen-pv", xenPv, "!Xen PV needs a Xen host");
    }
    void place()
    {
        QFETCH(QString, host);
        QFETCH(VmSpec, spec);
        QFETCH(QString, expected);
        const HostInfo h = hostByName(host);
        const Result<Placement> p = placeSpec(spec, h);
        if (expected.startsWith(QLatin1Char('!'))) {
            if (p.ok())
                QFAIL(qPrintable(QStringLiteral("placed as %1/%2 but expected a refusal").arg(p->domainType, p->osType)));
            for (const QString &part : expected.mid(1).split(QLatin1Char('|')))
                QVERIFY2(p.errorMessage().contains(part), qPrintable(p.errorMessage() + QStringLiteral("\n  lacks: ") + part));
            return;
        }
        QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
        QString got = p->domainType + QLatin1Char('/') + p->osType + QLatin1Char('/') + p->machine;
        if (p->softwareEmulation)
            got += QStringLiteral("/tcg");
        QCOMPARE(got, expected);
        QCOMPARE(p->arch, host == QLatin1String("test") ? QStringLiteral("i686") : QStringLiteral("x86_64"));

        // The placement gives XML of the right kinds.
        DomainParams params;
        params.name = domainName(QStringLiteral("chk"), 1);
        params.sessionId = QStringLiteral("chk");
        params.spec = spec;
        params.kernelPath = QStringLiteral("/k");
        params.channelName = QStringLiteral("org.hvbench.agent.0");
        params.consoleLogPath = QStringLiteral("/tmp/c.log");
        params.networkName = spec.network == NetworkMode::Isolated ? QStringLiteral("hvbench-chk-net") : QString();
        applyPlacement(params, *p);
        const QString xml = buildDomainXml(params);
        QVERIFY(xml.contains(QStringLiteral("<domain type=\"%1\"").arg(p->domainType)));
        QVERIFY(xml.contains(QStringLiteral("machine=\"%1\"").arg(p->machine)));
        QVERIFY(xml.contains(QStringLiteral("arch=\"%1\"").arg(p->arch)));
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<VmSpec>("spec");
        QTest::addColumn<int>("vms");
        QTest::addColumn<QStringList>("expected"); // one substring per expected warning, in order
        const auto row = [](const char *host, const char *tag, const char *json, int vms, QStringList expected) {
            QTest::addRow("%s: %s", host, tag) << QString::fromLatin1(host) << specFrom(json) << vms << expected;
        };
        row("kvm", "nothing to say", "{}", 1, {});
        row("kvm", "8 VMs fit", R"({"memory_mib":4096})", 8, {});
        row("tcg", "emulation", "{}", 1, {QStringLiteral("software emulation")});
        row("kvm", "qemu on kvm host", R"({"hypervisor":"qemu"})", 1, {QStringLiteral("software emulation")});
        row("kvm", "too many vCPUs", R"({"vcpus":32})", 1, {QStringLiteral("32 vCPUs|only 16 CPUs|16 or fewer")});
        row("tcg", "vCPUs and RAM", R"({"vcpus":4,"memory_mib":1024})", 5,
            {QStringLiteral("software emulation"), QStringLiteral("4 vCPUs|only 2 CPUs"),
             QStringLiteral("5 VMs × 1024 MiB = 5120 MiB|4096 MiB|Lower the RAM or the number of VMs")});
        row("kvm", "17 VMs RAM", R"({"memory_mib":4096})", 17, {QStringLiteral("17 VMs × 4096 MiB = 69632 MiB")});
        row("kvm", "pool full for 3", R"({"disk_backend":"file","pool":"small","data_disk_mib":50})", 3,
            {QStringLiteral("3 data disks of 50 MiB|\"small\"|100 MiB free")});
        row("kvm", "pool fine for 2", R"({"disk_backend":"file","pool":"small","data_disk_mib":50})", 2, {});
        row("kvm", "block device", R"({"disk_backend":"block","block_device":"/dev/sdz"})", 1,
            {QStringLiteral("/dev/sdz|overwritten")});
        row("kvm", "block device shared", R"({"disk_backend":"block","block_device":"/dev/sdz"})", 2,
            {QStringLiteral("/dev/sdz|overwritten"), QStringLiteral("2 VMs would share the block device /dev/sdz")});
        row("xen", "xen-pv", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated"})", 1, {});
    }
    void warnings()
    {
        QFETCH(QString, host);
        QFETCH(VmSpec, spec);
        QFETCH(int, vms);
        QFETCH(QStringList, expected);
        const QStringList w = specWarnings(spec, hostByName(host), vms);
        QVERIFY2(w.size() == expected.size(), qPrintable(w.join(QStringLiteral("\n"))));
        for (int i = 0; i < w.size(); ++i)
            for (const QString &part : expected.at(i).split(QLatin1Char('|')))
                QVERIFY2(w.at(i).contains(part), qPrintable(w.at(i) + QStringLiteral("\n  lacks: ") + part));
    }

    // The real test driver: its capabilities place the default spec, and it accepts the XML.
    void realTestDriver()
    {
        virConnectPtr conn = virConnectOpen("test:///default");
        QVERIFY(conn);
        const auto closeConn = qScopeGuard([conn] { virConnectClose(conn); });
        char *caps = virConnectGetCapabilities(conn);
        QVERIFY(caps);
        HostInfo h;
        h.uri = QStringLiteral("test:///default");
        h.driver = QString::fromUtf8(virConnectGetType(conn));
        QXmlStreamReader r(QString::fromUtf8(caps));
        free(caps);
        GuestCapability g;
        bool inGuest = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement()) {
                if (r.name() == QLatin1String("guest")) {
                    inGuest = true;
                    g = {};
                } else if (inGuest && r.name() == QLatin1String("os_type")) {
                    g.osType = r.readElementText();
                } else if (inGuest && r.name() == QLatin1String("arch")) {
                    g.arch = r.attributes().value(QLatin1String("name")).toString();
                } else if (inGuest && r.name() == QLatin1String("domain")) {
                    g.domainType = r.attributes().value(QLatin1String("type")).toString();
                }
            } else if (r.isEndElement() && r.name() == QLatin1String("guest")) {
                inGuest = false;
                h.guests.append(g);
            }
        }
        QVERIFY(!h.guests.isEmpty());
        for (Hypervisor hv : {Hypervisor::Auto, Hypervisor::XenPv}) {
            VmSpec spec;
            spec.hypervisor = hv;
            if (hv == Hypervisor::XenPv) {
                spec.nic = NicModel::Netfront;
                spec.network = NetworkMode::Isolated;
            }
            const auto p = placeSpec(spec, h);
            QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
            QCOMPARE(p->domainType, QStringLiteral("test"));
            DomainParams params;
            params.name = domainName(QStringLiteral("spec%1").arg(int(hv)), 1);
            params.sessionId = QStringLiteral("spec%1").arg(int(hv));
            params.spec = spec;
            params.kernelPath = QStringLiteral("/guest/vmlinux");
            params.channelName = QStringLiteral("org.hvbench.agent.0");
            params.consoleLogPath = QStringLiteral("/tmp/c.log");
            params.networkName = spec.network == NetworkMode::Isolated ? QStringLiteral("default") : QString();
            applyPlacement(params, *p);
            const QByteArray xml = buildDomainXml(params).toUtf8();
            virDomainPtr d = virDomainDefineXML(conn, xml.constData());
            QVERIFY2(d, virGetLastErrorMessage());
            virDomainUndefine(d);
            virDomainFree(d);
        }
    }
};

QTEST_GUILESS_MAIN(TstSpecCheck)
#include "tst_speccheck.moc"
