// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/domainxml.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QXmlStreamReader>
#include <QtTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace hvbench;

namespace {
// Runs libvirt's own schema check; "" when valid (or when the validator is not installed).
QString schemaErrors(const QString &xml)
{
    const QString validator = QStringLiteral(VIRT_XML_VALIDATE);
    if (validator.isEmpty())
        return {};
    QTemporaryFile f;
    if (!f.open())
        return QStringLiteral("cannot write a temporary file");
    f.write(xml.toUtf8());
    f.close();
    QProcess v;
    v.start(validator, {f.fileName(), QStringLiteral("domain")});
    if (!v.waitForFinished(30000))
        return QStringLiteral("virt-xml-validate did not finish");
    if (v.exitStatus() == QProcess::NormalExit && v.exitCode() == 0)
        return {};
    return QString::fromUtf8(v.readAllStandardError() + v.readAllStandardOutput()) + xml;
}

struct Hv {
    Hypervisor hypervisor;
    const char *domainType, *osType, *machine;
};
constexpr Hv kHypervisors[] = {{Hypervisor::Kvm, "kvm", "hvm", "pc"},
                               {Hypervisor::QemuTcg, "qemu", "hvm", "pc"},
                               {Hypervisor::XenPv, "xen", "xen", "xenpv"},
                               {Hypervisor::XenHvm, "xen", "hvm", "xenfv"}};
struct Disk {
    const char *tag;
    DiskBackend backend;
    DiskFormat format;
};
constexpr Disk kDisks[] = {{"none", DiskBackend::None, DiskFormat::Raw},
                           {"file-raw", DiskBackend::File, DiskFormat::Raw},
                           {"file-qcow2", DiskBackend::File, DiskFormat::Qcow2},
                           {"lvm", DiskBackend::LogicalVolume, DiskFormat::Raw},
                           {"block", DiskBackend::BlockDevice, DiskFormat::Raw}};

// Written out here (not taken from domainxml.h) so the test checks the builder against an
// independent statement of what libvirt expects.
const char *busPrefix(DiskBus b)
{
    switch (b) {
    case DiskBus::Virtio: return "vd";
    case DiskBus::VirtioScsi:
    case DiskBus::Sata: return "sd";
    case DiskBus::Ide: return "hd";
    case DiskBus::Xen: return "xvd";
    }
    return "";
}
const char *libvirtBus(DiskBus b)
{
    switch (b) {
    case DiskBus::Virtio: return "virtio";
    case DiskBus::VirtioScsi: return "scsi";
    case DiskBus::Sata: return "sata";
    case DiskBus::Ide: return "ide";
    case DiskBus::Xen: return "xen";
    }
    return "";
}

struct Combination {
    QString tag;
    int hv; // index into kHypervisors
    VmSpec spec;
};

// The whole cross product hypervisor × disk × bus × NIC × network × guest. The bus only matters
// when there is a disk (data disk or DiskImage boot disk); otherwise only the default bus is
// tried. Combinations validate() refuses are counted in *skipped, not returned.
QList<Combination> allCombinations(int *skipped)
{
    QList<Combination> out;
    *skipped = 0;
    for (int hv = 0; hv < int(std::size(kHypervisors)); ++hv)
        for (const Disk &disk : kDisks)
            for (GuestImageKind guest : allGuestImageKinds()) {
                const bool busMatters = disk.backend != DiskBackend::None || guest == GuestImageKind::DiskImage;
                const QList<DiskBus> buses = busMatters ? allDiskBuses() : QList<DiskBus>{DiskBus::Virtio};
                for (DiskBus bus : buses)
                    for (NicModel nic : allNicModels())
                        for (NetworkMode net : allNetworkModes()) {
                            VmSpec s;
                            s.hypervisor = kHypervisors[hv].hypervisor;
                            s.name = QStringLiteral("x");
                            s.vcpus = 2;
                            s.memoryMiB = 256;
                            s.disk = disk.backend;
                            s.diskFormat = disk.format;
                            s.diskBus = bus;
                            s.nic = nic;
                            s.network = net;
                            s.pool = disk.backend == DiskBackend::LogicalVolume ? QStringLiteral("vg")
                                                                                : QStringLiteral("default");
                            s.blockDevice = QStringLiteral("/dev/loop0");
                            s.guest.kind = guest;
                            s.guest.kernelPath = QStringLiteral("/srv/guest/vmlinuz");
                            s.guest.initrdPath = QStringLiteral("/srv/guest/initrd.img");
                            s.guest.cmdline = QStringLiteral("root=/dev/ram0 console=ttyS0");
                            s.guest.diskImagePath = QStringLiteral("/srv/guest/disk.qcow2");
                            const QString tag = QStringLiteral("%1 %2 %3 %4 %5 %6")
                                                    .arg(hypervisorName(s.hypervisor), QString::fromLatin1(disk.tag),
                                                         busMatters ? diskBusName(bus) : QStringLiteral("-"),
                                                         nicModelName(nic), networkModeName(net),
                                                         guestImageKindName(guest));
                            if (!s.validate()) {
                                ++*skipped;
                                continue;
                            }
                            out.append({tag, hv, s});
                        }
            }
    return out;
}

virt::DomainParams paramsFor(const VmSpec &spec, const Hv &hv)
{
    virt::DomainParams p;
    p.sessionId = QStringLiteral("abc123");
    p.index = 1;
    p.name = virt::domainName(p.sessionId, p.index);
    p.spec = spec;
    p.domainType = QString::fromLatin1(hv.domainType);
    p.osType = QString::fromLatin1(hv.osType);
    p.machine = QString::fromLatin1(hv.machine);
    if (spec.guest.kind == GuestImageKind::Bundled) {
        p.kernelPath = QStringLiteral("/guest/vmlinux");
        p.initrdPath = QStringLiteral("/guest/initramfs.cpio.gz");
        p.cmdline = QStringLiteral("console=ttyS0 quiet");
    }
    p.consoleLogPath = QStringLiteral("/var/log/hvbench/x.log");
    p.channelName = QStringLiteral("org.hvbench.agent.0");
    switch (spec.disk) {
    case DiskBackend::None: break;
    case DiskBackend::File:
        p.dataDisk = {QStringLiteral("file"),
                      QStringLiteral("/var/lib/libvirt/images/") + virt::volumeName(p.sessionId, 1, diskFormatName(spec.diskFormat)),
                      diskFormatName(spec.diskFormat)};
        break;
    case DiskBackend::LogicalVolume:
        p.dataDisk = {QStringLiteral("block"), QStringLiteral("/dev/vg/") + virt::volumeName(p.sessionId, 1, {}),
                      QStringLiteral("raw")};
        break;
    case DiskBackend::BlockDevice: p.dataDisk = {QStringLiteral("block"), spec.blockDevice, QStringLiteral("raw")}; break;
    }
    if (spec.network == NetworkMode::Isolated)
        p.networkName = virt::networkName(p.sessionId);
    p.macAddress = QStringLiteral("52:54:00:12:34:56");
    p.bootDiskTransient = spec.network == NetworkMode::Isolated; // both ways covered
    return p;
}

struct DiskSeen {
    QString type, driverName, driverType, source, dev, bus;
    bool boot = false, transient = false;
};

// What the XML says, read back with a plain XML reader.
struct Parsed {
    QString domainType, osType, machine, arch, kernel, initrd, cmdline, bootloader, osBoot;
    QList<DiskSeen> disks;
    QStringList controllers; // "type/model"
    QString ifType, ifSource, ifModel, ifMac;
    QString channelType, channelTarget, channelName, consoleType;
    bool owner = false;
    QString error;
};

Parsed parse(const QString &xml)
{
    Parsed p;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!r.isStartElement())
            continue;
        const QString n = r.name().toString();
        const QString parent = path.value(path.size() - 1);
        const auto a = [&r](const char *k) { return r.attributes().value(QLatin1String(k)).toString(); };
        path.append(n);
        if (n == QLatin1String("domain"))
            p.domainType = a("type");
        else if (n == QLatin1String("owner"))
            p.owner = r.namespaceUri() == virt::kMetadataNs;
        else if (n == QLatin1String("bootloader"))
            p.bootloader = r.readElementText();
        else if (parent == QLatin1String("os") && n == QLatin1String("type")) {
            p.machine = a("machine");
            p.arch = a("arch");
            p.osType = r.readElementText();
        } else if (parent == QLatin1String("os") && n == QLatin1String("kernel"))
            p.kernel = r.readElementText();
        else if (parent == QLatin1String("os") && n == QLatin1String("initrd"))
            p.initrd = r.readElementText();
        else if (parent == QLatin1String("os") && n == QLatin1String("cmdline"))
            p.cmdline = r.readElementText();
        else if (parent == QLatin1String("os") && n == QLatin1String("boot"))
            p.osBoot = a("dev");
        else if (n == QLatin1String("disk"))
            p.disks.append({a("type")});
        else if (parent == QLatin1String("disk") && n == QLatin1String("driver")) {
            p.disks.last().driverName = a("name");
            p.disks.last().driverType = a("type");
        } else if (parent == QLatin1String("disk") && n == QLatin1String("source"))
            p.disks.last().source = a("file") + a("dev");
        else if (parent == QLatin1String("disk") && n == QLatin1String("target")) {
            p.disks.last().dev = a("dev");
            p.disks.last().bus = a("bus");
        } else if (parent == QLatin1String("disk") && n == QLatin1String("boot"))
            p.disks.last().boot = true;
        else if (parent == QLatin1String("disk") && n == QLatin1String("transient"))
            p.disks.last().transient = true;
        else if (n == QLatin1String("controller"))
            p.controllers.append(a("type") + QLatin1Char('/') + a("model"));
        else if (n == QLatin1String("interface"))
            p.ifType = a("type");
        else if (parent == QLatin1String("interface") && n == QLatin1String("source"))
            p.ifSource = a("network");
        else if (parent == QLatin1String("interface") && n == QLatin1String("model"))
            p.ifModel = a("type");
        else if (parent == QLatin1String("interface") && n == QLatin1String("mac"))
            p.ifMac = a("address");
        else if (n == QLatin1String("channel"))
            p.channelType = a("type");
        else if (parent == QLatin1String("channel") && n == QLatin1String("target")) {
            p.channelTarget = a("type");
            p.channelName = a("name");
        } else if (n == QLatin1String("console"))
            p.consoleType = a("type");
        if (r.tokenType() == QXmlStreamReader::EndElement) // readElementText consumed the end tag
            path.removeLast();
    }
    if (r.hasError())
        p.error = r.errorString();
    return p;
}
} // namespace

Q_DECLARE_METATYPE(hvbench::VmSpec)

class TstDomainXml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("nic");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<int>("mem");
        for (const char *type : {"qemu", "kvm"})
            for (int nic : {int(NicModel::Virtio), int(NicModel::E1000)})
                for (int vcpus : {1, 4})
                    QTest::addRow("%s-%s-%dvcpu", type, qPrintable(nicModelName(NicModel(nic))), vcpus)
                        << QString::fromLatin1(type) << nic << vcpus << 256;
        QTest::addRow("escaping") << QStringLiteral("qemu") << int(NicModel::Virtio) << 2 << 512;
    }
    void build()
    {
        QFETCH(QString, type);
        QFETCH(int, nic);
        QFETCH(int, vcpus);
        QFETCH(int, mem);
        virt::DomainParams p;
        p.name = virt::domainName(QStringLiteral("abc123"), 7);
        p.sessionId = QStringLiteral("abc123");
        p.index = 7;
        p.spec.name = QStringLiteral("spec <&> \"x\"");
        p.spec.vcpus = vcpus;
        p.spec.memoryMiB = mem;
        p.spec.nic = NicModel(nic);
        p.domainType = type;
        p.kernelPath = QStringLiteral("/guest/vmlinux");
        p.initrdPath = QStringLiteral("/guest/initramfs.cpio.gz");
        p.cmdline = QStringLiteral("console=ttyS0 quiet");
        p.consoleLogPath = QStringLiteral("/var/log/hvbench/x.log");
        p.channelName = QStringLiteral("org.hvbench.agent.0");
        const QString xml = virt::buildDomainXml(p);

        QCOMPARE(p.name, QStringLiteral("hvbench-abc123-7"));
        QXmlStreamReader r(xml);
        QMap<QString, QString> seen;
        bool host = false, ownerSeen = false, channelSeen = false;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            const QString n = r.name().toString();
            if (n == QLatin1String("domain"))
                QCOMPARE(r.attributes().value(QLatin1String("type")).toString(), type);
            if (n == QLatin1String("owner")) {
                ownerSeen = true;
                QCOMPARE(r.namespaceUri().toString(), virt::kMetadataNs);
                QCOMPARE(r.attributes().value(QLatin1String("session")).toString(), p.sessionId);
                QCOMPARE(r.attributes().value(QLatin1String("spec")).toString(), p.spec.name);
            }
            if (n == QLatin1String("model") && r.attributes().hasAttribute(QLatin1String("type")))
                seen[QStringLiteral("nic")] = r.attributes().value(QLatin1String("type")).toString();
            if (n == QLatin1String("cpu"))
                host = r.attributes().value(QLatin1String("mode")) == QLatin1String("host-passthrough");
            if (n == QLatin1String("target") && r.attributes().value(QLatin1String("name")) == p.channelName)
                channelSeen = true;
            if (n == QLatin1String("vcpu") || n == QLatin1String("memory") || n == QLatin1String("name"))
                seen[n] = r.readElementText();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QVERIFY(ownerSeen);
        QVERIFY(channelSeen);
        QCOMPARE(host, type == QLatin1String("kvm"));
        QCOMPARE(seen.value(QStringLiteral("nic")), nicModelName(NicModel(nic)));
        QCOMPARE(seen.value(QStringLiteral("vcpu")).toInt(), vcpus);
        QCOMPARE(seen.value(QStringLiteral("memory")).toInt(), mem);
        QCOMPARE(seen.value(QStringLiteral("name")), p.name);

        // libvirt's own schema
        if (QStringLiteral(VIRT_XML_VALIDATE).isEmpty())
            QSKIP("virt-xml-validate (libvirt-clients) is not installed");
        const QString errors = schemaErrors(xml);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    // Every combination validate() accepts gives schema-valid XML of the right kinds.
    void crossProductCount()
    {
        int skipped = 0;
        const QList<Combination> all = allCombinations(&skipped);
        // KVM, QEMU: (12 disk×guest cases × 4 buses + 1 disk-image case × 4 + 2 bus-less) × 4 NICs × 2 nets = 432 each;
        // Xen PV: 15 × 1 NIC × 1 net = 15; Xen HVM: (13 × 2 buses + 2) × 4 NICs × 1 net = 112.
        QCOMPARE(all.size(), 432 + 432 + 15 + 112);
        QCOMPARE(all.size() + skipped, 4 * (13 * 5 + 2) * 5 * 2); // everything tried
        QCOMPARE(skipped, 1689);
    }

    void crossProduct_data()
    {
        QTest::addColumn<int>("hv");
        QTest::addColumn<VmSpec>("spec");
        int skipped = 0;
        for (const Combination &c : allCombinations(&skipped))
            QTest::newRow(qPrintable(c.tag)) << c.hv << c.spec;
    }
    void crossProduct()
    {
        QFETCH(int, hv);
        QFETCH(VmSpec, spec);
        const Hv &h = kHypervisors[hv];
        const virt::DomainParams params = paramsFor(spec, h);
        const QString xml = virt::buildDomainXml(params);
        const Parsed x = parse(xml);
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error + xml));
        const bool xen = h.domainType == QByteArrayView("xen");
        const bool pv = spec.hypervisor == Hypervisor::XenPv;

        QCOMPARE(x.domainType, QString::fromLatin1(h.domainType));
        QCOMPARE(x.osType, QString::fromLatin1(h.osType));
        QCOMPARE(x.machine, QString::fromLatin1(h.machine));
        QCOMPARE(x.arch, QStringLiteral("x86_64"));
        QVERIFY(x.owner);

        // Boot: kernel (bundled / user's) or the user's disk.
        const bool diskBoot = spec.guest.kind == GuestImageKind::DiskImage;
        if (diskBoot) {
            QVERIFY(x.kernel.isEmpty());
            QCOMPARE(x.bootloader, pv ? QStringLiteral("pygrub") : QString());
            QCOMPARE(x.osBoot, xen && !pv ? QStringLiteral("hd") : QString());
        } else {
            QCOMPARE(x.kernel, spec.guest.kind == GuestImageKind::Bundled ? QStringLiteral("/guest/vmlinux")
                                                                          : spec.guest.kernelPath);
            QCOMPARE(x.initrd, spec.guest.kind == GuestImageKind::Bundled ? QStringLiteral("/guest/initramfs.cpio.gz")
                                                                          : spec.guest.initrdPath);
            QVERIFY(x.cmdline.startsWith(spec.guest.kind == GuestImageKind::Bundled ? QStringLiteral("console=ttyS0 quiet")
                                                                                    : spec.guest.cmdline));
            QCOMPARE(x.cmdline.contains(QStringLiteral("console=hvc0")), pv);
            const bool emulated = spec.nic != NicModel::Netfront || (spec.usesDiskBus() && spec.diskBus == DiskBus::Ide);
            QCOMPARE(x.cmdline.contains(QStringLiteral("xen_emul_unplug=never")), xen && !pv && emulated);
        }

        // Disks: the boot disk is unit a, the data disk unit b (a without a boot disk; Xen: always xvdb).
        const QString prefix = QString::fromLatin1(busPrefix(spec.diskBus));
        const QString bus = QString::fromLatin1(libvirtBus(spec.diskBus));
        const bool data = spec.disk != DiskBackend::None;
        QCOMPARE(x.disks.size(), int(diskBoot) + int(data));
        if (diskBoot) {
            const DiskSeen &d = x.disks.first();
            QCOMPARE(d.dev, prefix + QLatin1Char('a'));
            QCOMPARE(d.bus, bus);
            QCOMPARE(d.source, spec.guest.diskImagePath);
            QCOMPARE(d.driverType, QStringLiteral("qcow2")); // from the .qcow2 suffix
            QCOMPARE(d.boot, !xen);
            QCOMPARE(d.transient, !xen && params.bootDiskTransient);
        }
        if (data) {
            const DiskSeen &d = x.disks.last();
            const bool block = spec.disk != DiskBackend::File;
            QCOMPARE(d.dev, prefix + QLatin1Char(spec.diskBus == DiskBus::Xen || diskBoot ? 'b' : 'a'));
            QCOMPARE(d.dev, virt::dataDiskXmlTarget(spec.diskBus, diskBoot));
            QCOMPARE(d.bus, bus);
            QCOMPARE(d.type, block ? QStringLiteral("block") : QStringLiteral("file"));
            QCOMPARE(d.source, params.dataDisk.path);
            QCOMPARE(d.driverType, diskFormatName(spec.diskFormat));
            QCOMPARE(d.driverName, xen && block ? QStringLiteral("phy") : QStringLiteral("qemu"));
            QVERIFY(!d.boot);
        }
        const bool scsiController = x.controllers.contains(QStringLiteral("scsi/virtio-scsi"));
        QCOMPARE(scsiController, (data || diskBoot) && spec.diskBus == DiskBus::VirtioScsi);
        QCOMPARE(x.controllers.contains(QStringLiteral("usb/none")), !xen);

        // NIC and network.
        QCOMPARE(x.ifModel, nicModelName(spec.nic));
        QCOMPARE(x.ifMac, params.macAddress);
        if (spec.network == NetworkMode::Isolated) {
            QCOMPARE(x.ifType, QStringLiteral("network"));
            QCOMPARE(x.ifSource, QStringLiteral("hvbench-abc123-net"));
        } else {
            QCOMPARE(x.ifType, QStringLiteral("user"));
            QVERIFY(x.ifSource.isEmpty());
        }

        // Agent channel and console of the right kind.
        QCOMPARE(x.channelType, QStringLiteral("unix"));
        QCOMPARE(x.channelTarget, xen ? QStringLiteral("xen") : QStringLiteral("virtio"));
        QCOMPARE(x.channelName, params.channelName);
        QCOMPARE(x.consoleType, pv ? QStringLiteral("pty") : QStringLiteral("file"));

        if (QStringLiteral(VIRT_XML_VALIDATE).isEmpty())
            QSKIP("virt-xml-validate (libvirt-clients) is not installed");
        const QString errors = schemaErrors(xml);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    // The libvirt test driver parses every KVM/QEMU combination (as domain type "test", the only
    // one it offers, arch i686) with virDomainDefineXML. Xen combinations are left out: the test
    // driver is not libxl and would not check what matters for them.
    void testDriverAccepts()
    {
        virConnectPtr conn = virConnectOpen("test:///default");
        QVERIFY(conn);
        const auto closeConn = qScopeGuard([conn] { virConnectClose(conn); });
        int skipped = 0, defined = 0;
        QStringList refused;
        for (const Combination &c : allCombinations(&skipped)) {
            if (isXen(c.spec.hypervisor))
                continue;
            virt::DomainParams p = paramsFor(c.spec, kHypervisors[c.hv]);
            p.domainType = QStringLiteral("test");
            p.arch = QStringLiteral("i686");
            if (c.spec.network == NetworkMode::Isolated)
                p.networkName = QStringLiteral("default"); // the test driver's own network
            const QByteArray xml = virt::buildDomainXml(p).toUtf8();
            virDomainPtr d = virDomainDefineXML(conn, xml.constData());
            if (!d) {
                refused.append(c.tag + QStringLiteral(": ") + QString::fromUtf8(virGetLastErrorMessage()));
                continue;
            }
            ++defined;
            QCOMPARE(virDomainUndefine(d), 0);
            virDomainFree(d);
        }
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        QCOMPARE(defined, 432 * 2);
    }

    void guestView_data()
    {
        QTest::addColumn<int>("bus");
        QTest::addColumn<QString>("plain");     // bundled / kernel guest
        QTest::addColumn<QString>("afterBoot"); // behind a DiskImage boot disk
        QTest::addColumn<QString>("driver");
        QTest::newRow("virtio") << int(DiskBus::Virtio) << QStringLiteral("vda") << QStringLiteral("vdb") << QStringLiteral("virtio_blk");
        QTest::newRow("virtio-scsi") << int(DiskBus::VirtioScsi) << QStringLiteral("sda") << QStringLiteral("sdb") << QStringLiteral("virtio_scsi");
        QTest::newRow("sata") << int(DiskBus::Sata) << QStringLiteral("sda") << QStringLiteral("sdb") << QStringLiteral("ahci");
        QTest::newRow("ide") << int(DiskBus::Ide) << QStringLiteral("sda") << QStringLiteral("sdb") << QStringLiteral("ata_piix");
        QTest::newRow("xen") << int(DiskBus::Xen) << QStringLiteral("xvdb") << QStringLiteral("xvdb") << QStringLiteral("xen_blkfront");
    }
    void guestView()
    {
        QFETCH(int, bus);
        QFETCH(QString, plain);
        QFETCH(QString, afterBoot);
        QFETCH(QString, driver);
        QCOMPARE(virt::dataDiskTargetDev(DiskBus(bus)), plain);
        QCOMPARE(virt::dataDiskTargetDev(DiskBus(bus), true), afterBoot);
        QCOMPARE(virt::expectedGuestDriver(DiskBus(bus)), driver);
    }

    void nicDrivers()
    {
        QCOMPARE(virt::expectedGuestDriver(NicModel::Virtio), QStringLiteral("virtio_net"));
        QCOMPARE(virt::expectedGuestDriver(NicModel::E1000), QStringLiteral("e1000"));
        QCOMPARE(virt::expectedGuestDriver(NicModel::E1000e), QStringLiteral("e1000e"));
        QCOMPARE(virt::expectedGuestDrivers(NicModel::Rtl8139), (QStringList{QStringLiteral("8139cp"), QStringLiteral("8139too")}));
        QCOMPARE(virt::expectedGuestDriver(NicModel::Netfront), QStringLiteral("xen_netfront"));
    }

    // The walking skeleton's XML is unchanged for the default spec (runner.cpp's positional init).
    void defaultSpecUnchanged()
    {
        virt::DomainParams p{QStringLiteral("hvbench-s-1"), QStringLiteral("s"), 1, VmSpec{}, QStringLiteral("qemu"),
                             QStringLiteral("/k"), QStringLiteral("/i"), QStringLiteral("console=ttyS0"),
                             QStringLiteral("/c.log"), QStringLiteral("org.hvbench.agent.0")};
        const QString xml = virt::buildDomainXml(p);
        const Parsed x = parse(xml);
        QCOMPARE(x.domainType, QStringLiteral("qemu"));
        QCOMPARE(x.osType, QStringLiteral("hvm"));
        QCOMPARE(x.machine, QStringLiteral("pc"));
        QCOMPARE(x.cmdline, QStringLiteral("console=ttyS0"));
        QCOMPARE(x.ifType, QStringLiteral("user"));
        QCOMPARE(x.ifModel, QStringLiteral("virtio"));
        QVERIFY(x.disks.isEmpty());
        QVERIFY(x.ifMac.isEmpty());
        QCOMPARE(x.channelTarget, QStringLiteral("virtio"));
        QCOMPARE(x.consoleType, QStringLiteral("file"));
        QVERIFY(xml.contains(QStringLiteral("<memballoon model=\"none\"/>")));
    }
};

QTEST_GUILESS_MAIN(TstDomainXml)
#include "tst_domainxml.moc"
