// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/hostprobe.h"
#include "virt/libvirtglobal.h"
#include "virt/openconnection.h"

#include <QFile>
#include <unistd.h>

#include <QTest>
#include <libvirt/libvirt.h>

using namespace hvbench::virt;

namespace {
// Shaped like `virsh -c qemu:///system capabilities` on this machine (trimmed), plus a KVM
// domain with machines of its own as libvirt writes them on KVM hosts.
const char *kQemuCaps = R"(<capabilities>
  <host>
    <uuid>0f9a</uuid>
    <cpu>
      <arch>x86_64</arch>
      <model>kvm64</model>
      <vendor>AMD</vendor>
      <topology sockets='1' dies='1' cores='2' threads='1'/>
      <feature name='x2apic'/>
    </cpu>
    <secmodel><model>none</model><doi>0</doi></secmodel>
    <secmodel><model>dac</model><doi>0</doi></secmodel>
  </host>
  <guest>
    <os_type>hvm</os_type>
    <arch name='i686'>
      <wordsize>32</wordsize>
      <emulator>/usr/bin/qemu-system-i386</emulator>
      <machine maxCpus='255'>pc-i440fx-7.2</machine>
      <machine canonical='pc-i440fx-7.2' maxCpus='255'>pc</machine>
      <domain type='qemu'/>
    </arch>
  </guest>
  <guest>
    <os_type>hvm</os_type>
    <arch name='x86_64'>
      <wordsize>64</wordsize>
      <emulator>/usr/bin/qemu-system-x86_64</emulator>
      <machine maxCpus='255'>pc-i440fx-7.2</machine>
      <machine maxCpus='288'>pc-q35-7.2</machine>
      <domain type='qemu'/>
      <domain type='kvm'>
        <emulator>/usr/bin/kvm</emulator>
        <machine maxCpus='288'>pc-q35-7.2</machine>
      </domain>
    </arch>
    <features><acpi default='on' toggle='yes'/></features>
  </guest>
</capabilities>)";

// A Xen (libxl) host: PV and HVM guests, domain type xen.
const char *kXenCaps = R"(<capabilities>
  <host><cpu><arch>x86_64</arch></cpu>
    <secmodel><model>selinux</model></secmodel></host>
  <guest><os_type>xen</os_type><arch name='x86_64'><wordsize>64</wordsize>
    <emulator>/usr/lib/xen/bin/qemu-system-i386</emulator><machine>xenpv</machine><domain type='xen'/></arch></guest>
  <guest><os_type>hvm</os_type><arch name='x86_64'><wordsize>64</wordsize>
    <machine>xenfv</machine><domain type='xen'/></arch></guest>
</capabilities>)";
} // namespace

class TestHostProbe final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cpuModel_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("model");
        QTest::newRow("qemu") << QString::fromUtf8(kQemuCaps) << QStringLiteral("kvm64");
        // No host CPU model: the <secmodel><model> must not be taken for one.
        QTest::newRow("xen, no model") << QString::fromUtf8(kXenCaps) << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("broken xml") << QStringLiteral("<capabilities><host><cpu><model>") << QString();
    }
    void cpuModel()
    {
        QFETCH(QString, xml);
        QFETCH(QString, model);
        QCOMPARE(cpuModelFromCapabilities(xml), model);
    }

    void guests()
    {
        const QList<GuestCapability> g = guestsFromCapabilities(QString::fromUtf8(kQemuCaps));
        QCOMPARE(g.size(), 3);
        QCOMPARE(g[0], (GuestCapability{QStringLiteral("hvm"),
                                        QStringLiteral("i686"),
                                        QStringLiteral("qemu"),
                                        {QStringLiteral("pc-i440fx-7.2"), QStringLiteral("pc")}}));
        QCOMPARE(g[1], (GuestCapability{QStringLiteral("hvm"),
                                        QStringLiteral("x86_64"),
                                        QStringLiteral("qemu"),
                                        {QStringLiteral("pc-i440fx-7.2"), QStringLiteral("pc-q35-7.2")}}));
        // The kvm domain lists its own machines: those, not the arch's.
        QCOMPARE(g[2], (GuestCapability{QStringLiteral("hvm"),
                                        QStringLiteral("x86_64"),
                                        QStringLiteral("kvm"),
                                        {QStringLiteral("pc-q35-7.2")}}));

        const QList<GuestCapability> x = guestsFromCapabilities(QString::fromUtf8(kXenCaps));
        QCOMPARE(x.size(), 2);
        QCOMPARE(x[0].osType, QStringLiteral("xen"));
        QCOMPARE(x[0].domainType, QStringLiteral("xen"));
        QCOMPARE(x[0].machines, QStringList{QStringLiteral("xenpv")});
        QCOMPARE(x[1].osType, QStringLiteral("hvm"));
        QVERIFY(isXenHost(QStringLiteral("xenlight"), x));
        QVERIFY(!isXenHost(QStringLiteral("QEMU"), g));
        QVERIFY(isXenHost(QStringLiteral("Xen"), {}));
        QVERIFY(guestsFromCapabilities(QString()).isEmpty());
    }

    void pool_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QTest::newRow("dir") << QStringLiteral(R"(<pool type='dir'><name>default</name><uuid>x</uuid>
            <capacity unit='bytes'>10</capacity><source></source>
            <target><path>/var/lib/libvirt/images</path><permissions><mode>0711</mode></permissions></target></pool>)")
                             << QStringLiteral("default") << QStringLiteral("dir")
                             << QStringLiteral("/var/lib/libvirt/images");
        // <source><device path=…> and <source><name> must not be taken for the target or name.
        QTest::newRow("logical") << QStringLiteral(R"(<pool type='logical'><name>vg0</name>
            <source><device path='/dev/sdb1'/><name>vg0src</name><format type='lvm2'/></source>
            <target><path>/dev/vg0</path></target></pool>)")
                                 << QStringLiteral("vg0") << QStringLiteral("logical") << QStringLiteral("/dev/vg0");
        QTest::newRow("no target") << QStringLiteral(
                                          "<pool type='rbd'><name>ceph</name><source><name>rbd</name></source></pool>")
                                   << QStringLiteral("ceph") << QStringLiteral("rbd") << QString();
    }
    void pool()
    {
        QFETCH(QString, xml);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, path);
        const PoolInfo p = poolFromXml(xml);
        QCOMPARE(p.name, name);
        QCOMPARE(p.type, type);
        QCOMPARE(p.targetPath, path);
    }

    void network_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("forward");
        QTest::addColumn<QString>("bridge");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("prefix");
        QTest::newRow("nat netmask")
            << QStringLiteral(
                   R"(<network><name>default</name><forward mode='nat'><nat><port start='1024' end='65535'/></nat></forward>
            <bridge name='virbr0' stp='on' delay='0'/><ip address='192.168.122.1' netmask='255.255.255.0'>
            <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip></network>)")
            << QStringLiteral("default") << QStringLiteral("nat") << QStringLiteral("virbr0")
            << QStringLiteral("192.168.122.1") << 24;
        QTest::newRow("isolated, ipv6 first, prefix")
            << QStringLiteral(R"(<network><name>hvbench-x-net</name><bridge name='hvbr1'/>
            <ip family='ipv6' address='fd00::1' prefix='64'/><ip family='ipv4' address='10.77.0.1' prefix='20'/></network>)")
            << QStringLiteral("hvbench-x-net") << QString() << QStringLiteral("hvbr1") << QStringLiteral("10.77.0.1")
            << 20;
        QTest::newRow("bare forward") << QStringLiteral(
                                             "<network><name>n</name><forward/><bridge name='br9'/></network>")
                                      << QStringLiteral("n") << QStringLiteral("nat") << QStringLiteral("br9")
                                      << QString() << 0;
        QTest::newRow("bridge mode")
            << QStringLiteral("<network><name>host-bridge</name><forward mode='bridge'/><bridge name='br0'/></network>")
            << QStringLiteral("host-bridge") << QStringLiteral("bridge") << QStringLiteral("br0") << QString() << 0;
    }
    void network()
    {
        QFETCH(QString, xml);
        QFETCH(QString, name);
        QFETCH(QString, forward);
        QFETCH(QString, bridge);
        QFETCH(QString, address);
        QFETCH(int, prefix);
        const NetworkInfo n = networkFromXml(xml);
        QCOMPARE(n.name, name);
        QCOMPARE(n.forwardMode, forward);
        QCOMPARE(n.bridge, bridge);
        QCOMPARE(n.ipv4Address, address);
        QCOMPARE(n.ipv4Prefix, prefix);
    }

    void netmask_data()
    {
        QTest::addColumn<QString>("mask");
        QTest::addColumn<int>("prefix");
        QTest::newRow("/24") << QStringLiteral("255.255.255.0") << 24;
        QTest::newRow("/20") << QStringLiteral("255.255.240.0") << 20;
        QTest::newRow("/32") << QStringLiteral("255.255.255.255") << 32;
        QTest::newRow("/0") << QStringLiteral("0.0.0.0") << 0;
        QTest::newRow("holes") << QStringLiteral("255.0.255.0") << -1;
        QTest::newRow("junk") << QStringLiteral("255.255.x.0") << -1;
        QTest::newRow("too big") << QStringLiteral("256.0.0.0") << -1;
    }
    void netmask()
    {
        QFETCH(QString, mask);
        QFETCH(int, prefix);
        QCOMPARE(prefixFromNetmask(mask), prefix);
    }

    // The whole probe against libvirt's mock driver, whose fixed configuration is documented
    // in libvirt (src/test/test_driver.c: 16 CPUs, 3 GiB, pool "default-pool", network "default").
    void probeTestDriver()
    {
        ensureLibvirtInitialized();
        virConnectPtr conn = virConnectOpen("test:///default");
        QVERIFY2(conn, qPrintable(lastError()));
        const HostInfo h = probeHost(conn);
        virConnectClose(conn);
        QCOMPARE(h.uri, QStringLiteral("test:///default"));
        QCOMPARE(h.driver, QStringLiteral("TEST"));
        QVERIFY(!h.hostname.isEmpty());
        QCOMPARE(h.arch, QStringLiteral("i686"));
        QCOMPARE(h.cpus, 16);
        QCOMPARE(h.memoryMiB, qint64(3072));
        QVERIFY(!h.kvm); // the mock driver has no domain capabilities
        QVERIFY(!h.xen);
        QCOMPARE(h.cpuModel, QString()); // it reports no model (only a secmodel <model>)
        QCOMPARE(h.libvirtVersion, versionString(LIBVIR_VERSION_NUMBER));
        QCOMPARE(h.hypervisorVersion, QStringLiteral("0.0.2"));
        QCOMPARE(h.guests.size(), 2);
        QVERIFY(h.canRun(QStringLiteral("hvm"), QStringLiteral("test"), QStringLiteral("i686")));
        QVERIFY(h.canRun(QStringLiteral("xen"), QStringLiteral("test")));
        QVERIFY(!h.canRun(QStringLiteral("hvm"), QStringLiteral("kvm")));
        const PoolInfo *pool = h.pool(QStringLiteral("default-pool"));
        QVERIFY(pool);
        QCOMPARE(pool->type, QStringLiteral("dir"));
        QCOMPARE(pool->targetPath, QStringLiteral("/default-pool"));
        QVERIFY(pool->active);
        QCOMPARE(pool->capacityBytes, qint64(100) * 1024 * 1024 * 1024);
        QVERIFY(pool->availableBytes > 0 && pool->availableBytes <= pool->capacityBytes);
        QCOMPARE(h.networks.size(), 1);
        const NetworkInfo &n = h.networks.first();
        QCOMPARE(n.name, QStringLiteral("default"));
        QVERIFY(n.active);
        QCOMPARE(n.forwardMode, QStringLiteral("nat"));
        QCOMPARE(n.bridge, QStringLiteral("virbr0"));
        QCOMPARE(n.ipv4Address, QStringLiteral("192.168.122.1"));
        QCOMPARE(n.ipv4Prefix, 24);
    }

    // Objects created on this connection show up with their state (the test driver keeps state
    // per connection, so nothing outside this process sees them).
    void probeSeesChanges()
    {
        ensureLibvirtInitialized();
        virConnectPtr conn = virConnectOpen("test:///default");
        QVERIFY(conn);
        const char *netXml = "<network><name>hvbench-probe-net</name><bridge name='hvbr7'/>"
                             "<ip address='10.99.0.1' prefix='16'/></network>";
        virNetworkPtr net = virNetworkDefineXML(conn, netXml); // defined, not started
        QVERIFY2(net, qPrintable(lastError()));
        const HostInfo h = probeHost(conn);
        virNetworkUndefine(net);
        virNetworkFree(net);
        virConnectClose(conn);
        const auto it = std::find_if(h.networks.cbegin(), h.networks.cend(),
                                     [](const NetworkInfo &n) { return n.name == QLatin1String("hvbench-probe-net"); });
        QVERIFY(it != h.networks.cend());
        QVERIFY(!it->active);
        QCOMPARE(it->forwardMode, QString());
        QCOMPARE(it->ipv4Address, QStringLiteral("10.99.0.1"));
        QCOMPARE(it->ipv4Prefix, 16);
    }

    // Read-only probe of this machine's system daemon (skipped when none answers): the
    // figures must match what the kernel says, and KVM must match /dev/kvm.
    void probeSystemQemu()
    {
        OpenFailure why{};
        auto conn = openConnection(QStringLiteral("qemu:///system"), nullptr, &why);
        if (!conn.ok())
            QSKIP(qPrintable(QStringLiteral("qemu:///system not available: ") + conn.errorMessage()));
        const HostInfo h = probeHost(conn.value());
        virConnectClose(conn.value());
        QCOMPARE(h.driver, QStringLiteral("QEMU"));
        QCOMPARE(h.uri, QStringLiteral("qemu:///system"));
        QCOMPARE(h.cpus, int(sysconf(_SC_NPROCESSORS_ONLN)));
        // libvirt sums the NUMA nodes' memory, which on some VMs (this one) is less than MemTotal.
        const qint64 ramMiB = qint64(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGE_SIZE) / (1024 * 1024);
        QVERIFY2(h.memoryMiB > 0 && h.memoryMiB <= ramMiB + 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(h.memoryMiB).arg(ramMiB)));
        QCOMPARE(h.arch, QStringLiteral("x86_64"));
        QVERIFY(!h.cpuModel.isEmpty());
        QVERIFY(!h.hypervisorVersion.isEmpty());
        if (!QFile::exists(QStringLiteral("/dev/kvm")))
            QVERIFY(!h.kvm);
        QVERIFY(h.canRun(QStringLiteral("hvm"), QStringLiteral("qemu"), QStringLiteral("x86_64")));
        QCOMPARE(h.canRun(QStringLiteral("hvm"), QStringLiteral("kvm")), h.kvm);
        QVERIFY(!h.xen);
        qInfo().noquote() << h.accelName() << h.cpuModel << h.cpus << "CPUs" << h.memoryMiB << "MiB libvirt"
                          << h.libvirtVersion << "QEMU" << h.hypervisorVersion << h.pools.size() << "pools"
                          << h.networks.size() << "networks";
    }

    // HVBENCH_ACCEL=tcg: KVM is never offered, and the host says it turned KVM off only when
    // libvirt offered it.
    void tcgForced()
    {
        OpenFailure why{};
        auto conn = openConnection(QStringLiteral("qemu:///system"), nullptr, &why);
        if (!conn.ok())
            QSKIP(qPrintable(QStringLiteral("qemu:///system not available: ") + conn.errorMessage()));
        const QByteArray before = qgetenv("HVBENCH_ACCEL");
        qunsetenv("HVBENCH_ACCEL");
        const HostInfo offered = probeHost(conn.value());
        qputenv("HVBENCH_ACCEL", "TCG");
        const HostInfo forced = probeHost(conn.value());
        virConnectClose(conn.value());
        if (before.isNull())
            qunsetenv("HVBENCH_ACCEL");
        else
            qputenv("HVBENCH_ACCEL", before);
        QVERIFY(!forced.kvm);
        QVERIFY(!forced.canRun(QStringLiteral("hvm"), QStringLiteral("kvm")));
        QVERIFY(forced.canRun(QStringLiteral("hvm"), QStringLiteral("qemu"), QStringLiteral("x86_64")));
        QCOMPARE(forced.kvmDisabled, offered.kvm);
        QCOMPARE(HostInfo::fromJson(forced.toJson()).kvmDisabled, forced.kvmDisabled);
        qInfo("libvirt offers KVM here: %s", offered.kvm ? "yes" : "no");
    }

    void probeNullConnection() { QCOMPARE(probeHost(nullptr).cpus, 0); }
};

QTEST_GUILESS_MAIN(TestHostProbe)
#include "tst_hostprobe.moc"
