// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vmspec.h"

#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace hvbench;

namespace {
QJsonObject parse(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

// A spec with every field away from its default.
VmSpec fullSpec()
{
    VmSpec s;
    s.name = QStringLiteral("xen-hvm-e1000 \"quoted\"");
    s.hypervisor = Hypervisor::XenHvm;
    s.vcpus = 3;
    s.memoryMiB = 2048;
    s.nic = NicModel::E1000e;
    s.network = NetworkMode::Isolated;
    s.disk = DiskBackend::File;
    s.diskFormat = DiskFormat::Qcow2;
    s.diskBus = DiskBus::Ide;
    s.pool = QStringLiteral("images");
    s.blockDevice = QStringLiteral("/dev/loop3");
    s.dataDiskMiB = 4096;
    s.guest.kind = GuestImageKind::KernelInitrd;
    s.guest.kernelPath = QStringLiteral("/boot/vmlinuz");
    s.guest.initrdPath = QStringLiteral("/boot/initrd.img");
    s.guest.cmdline = QStringLiteral("console=ttyS0 quiet");
    s.guest.diskImagePath = QStringLiteral("/var/lib/images/unused.qcow2");
    return s;
}
} // namespace

class TstVmSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names()
    {
        // Every value has a distinct name that round-trips; unknown names list the valid ones.
        const auto check = [](auto all, auto name, auto fromName, QStringList expected) {
            QStringList names;
            for (auto v : all) {
                names.append(name(v));
                auto back = fromName(name(v));
                QVERIFY(back.ok());
                QCOMPARE(*back, v);
            }
            QCOMPARE(names, expected);
            auto bad = fromName(QStringLiteral("bogus"));
            QVERIFY(!bad.ok());
            QVERIFY2(bad.errorMessage().contains(QStringLiteral("bogus")), qPrintable(bad.errorMessage()));
            for (const QString &n : expected)
                QVERIFY2(bad.errorMessage().contains(n), qPrintable(bad.errorMessage()));
        };
        check(allHypervisors(), hypervisorName, hypervisorFromName,
              {QStringLiteral("auto"), QStringLiteral("kvm"), QStringLiteral("qemu"), QStringLiteral("xen-pv"),
               QStringLiteral("xen-hvm")});
        check(allNicModels(), nicModelName, nicModelFromName,
              {QStringLiteral("virtio"), QStringLiteral("e1000"), QStringLiteral("e1000e"), QStringLiteral("rtl8139"),
               QStringLiteral("netfront")});
        check(allNetworkModes(), networkModeName, networkModeFromName,
              {QStringLiteral("user"), QStringLiteral("isolated")});
        check(allDiskBackends(), diskBackendName, diskBackendFromName,
              {QStringLiteral("none"), QStringLiteral("file"), QStringLiteral("lvm"), QStringLiteral("block")});
        check(allDiskFormats(), diskFormatName, diskFormatFromName, {QStringLiteral("raw"), QStringLiteral("qcow2")});
        check(allDiskBuses(), diskBusName, diskBusFromName,
              {QStringLiteral("virtio"), QStringLiteral("virtio-scsi"), QStringLiteral("sata"), QStringLiteral("ide"),
               QStringLiteral("xen")});
        check(allGuestImageKinds(), guestImageKindName, guestImageKindFromName,
              {QStringLiteral("bundled"), QStringLiteral("kernel"), QStringLiteral("disk")});
        for (Hypervisor h : allHypervisors())
            QVERIFY(!hypervisorDisplayName(h).isEmpty());
        for (NicModel m : allNicModels())
            QVERIFY(!nicModelDisplayName(m).isEmpty());
        for (DiskBus b : allDiskBuses())
            QVERIFY(!diskBusDisplayName(b).isEmpty());
        for (DiskBackend b : allDiskBackends())
            QVERIFY(!diskBackendDisplayName(b).isEmpty());
        for (NetworkMode m : allNetworkModes())
            QVERIFY(!networkModeDisplayName(m).isEmpty());
        for (GuestImageKind k : allGuestImageKinds())
            QVERIFY(!guestImageKindDisplayName(k).isEmpty());
        QVERIFY(hypervisorDisplayName(Hypervisor::Auto).contains(QStringLiteral("KVM")));
    }

    void roundTrip()
    {
        const VmSpec s = fullSpec();
        QVERIFY2(s.validate().ok(), qPrintable(s.validate().errorMessage()));
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(QStringLiteral("hypervisor")).toString(), QStringLiteral("xen-hvm"));
        QCOMPARE(o.value(QStringLiteral("nic_model")).toString(), QStringLiteral("e1000e"));
        QCOMPARE(o.value(QStringLiteral("disk_bus")).toString(), QStringLiteral("ide"));
        auto back = VmSpec::fromJson(QJsonDocument::fromJson(QJsonDocument(o).toJson()).object());
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->toJson(), o);
        QVERIFY(*back == s);
        // Each field really travels (a change in one is seen after the round trip).
        VmSpec other = s;
        other.guest.cmdline = QStringLiteral("different");
        QVERIFY(!(*VmSpec::fromJson(other.toJson()) == s));
        // Defaults round-trip too.
        QVERIFY(*VmSpec::fromJson(VmSpec{}.toJson()) == VmSpec{});
    }

    void oldFormat()
    {
        // A walking-skeleton session's spec: only name, vcpus, memory_mib, nic_model.
        auto s = VmSpec::fromJson(parse(R"({"name":"qemu-e1000","vcpus":2,"memory_mib":256,"nic_model":"e1000"})"));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s->name, QStringLiteral("qemu-e1000"));
        QCOMPARE(s->vcpus, 2);
        QCOMPARE(s->memoryMiB, 256);
        QCOMPARE(s->nic, NicModel::E1000);
        const VmSpec d;
        QCOMPARE(s->hypervisor, d.hypervisor);
        QCOMPARE(s->network, d.network);
        QCOMPARE(s->disk, d.disk);
        QCOMPARE(s->diskFormat, d.diskFormat);
        QCOMPARE(s->diskBus, d.diskBus);
        QCOMPARE(s->pool, d.pool);
        QCOMPARE(s->dataDiskMiB, d.dataDiskMiB);
        QVERIFY(s->guest == d.guest);
    }

    void badJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("expected"); // substrings of the error
        const auto row = [](const char *tag, const char *json, QStringList expected) {
            QTest::newRow(tag) << QString::fromUtf8(json) << expected;
        };
        row("missing nic", R"({"name":"x","vcpus":1,"memory_mib":256})", {QStringLiteral("nic_model"), QStringLiteral("missing")});
        row("missing name", R"({"vcpus":1,"memory_mib":256,"nic_model":"virtio"})", {QStringLiteral("name")});
        row("vcpus string", R"({"name":"x","vcpus":"1","memory_mib":256,"nic_model":"virtio"})",
            {QStringLiteral("vcpus"), QStringLiteral("integer")});
        row("bad nic", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"ne2k"})",
            {QStringLiteral("nic_model"), QStringLiteral("ne2k"), QStringLiteral("rtl8139")});
        row("bad hypervisor", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","hypervisor":"vmware"})",
            {QStringLiteral("hypervisor"), QStringLiteral("vmware"), QStringLiteral("xen-pv")});
        row("hypervisor number", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","hypervisor":3})",
            {QStringLiteral("hypervisor"), QStringLiteral("string")});
        row("bad network", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","network":"bridge"})",
            {QStringLiteral("network"), QStringLiteral("bridge"), QStringLiteral("isolated")});
        row("bad backend", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","disk_backend":"zfs"})",
            {QStringLiteral("disk_backend"), QStringLiteral("zfs"), QStringLiteral("lvm")});
        row("bad format", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","disk_format":"vmdk"})",
            {QStringLiteral("disk_format"), QStringLiteral("vmdk"), QStringLiteral("qcow2")});
        row("bad bus", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","disk_bus":"nvme"})",
            {QStringLiteral("disk_bus"), QStringLiteral("nvme"), QStringLiteral("virtio-scsi")});
        row("bad guest kind", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","guest":{"kind":"iso"}})",
            {QStringLiteral("guest.kind"), QStringLiteral("iso"), QStringLiteral("kernel")});
        row("guest not object", R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","guest":"bundled"})",
            {QStringLiteral("guest"), QStringLiteral("object")});
        row("data disk size string",
            R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"virtio","data_disk_mib":"big"})",
            {QStringLiteral("data_disk_mib"), QStringLiteral("integer")});
        row("invalid combination",
            R"({"name":"x","vcpus":1,"memory_mib":256,"nic_model":"netfront","hypervisor":"kvm"})",
            {QStringLiteral("netfront"), QStringLiteral("Xen")});
        row("vcpus out of range", R"({"name":"x","vcpus":0,"memory_mib":256,"nic_model":"virtio"})",
            {QStringLiteral("vCPUs")});
    }
    void badJson()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, expected);
        auto s = VmSpec::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY2(!s.ok(), qPrintable(json));
        for (const QString &e : expected)
            QVERIFY2(s.errorMessage().contains(e), qPrintable(s.errorMessage() + QStringLiteral(" lacks ") + e));
    }

    void validate_data()
    {
        QTest::addColumn<QJsonObject>("changes"); // applied to a valid default spec
        QTest::addColumn<QString>("error");       // "" = valid, else a substring of the message
        const auto row = [](const char *tag, const char *json, const char *error) {
            QTest::newRow(tag) << parse(json) << QString::fromUtf8(error);
        };
        // good
        row("default", "{}", "");
        row("kvm e1000e sata file qcow2", R"({"hypervisor":"kvm","nic_model":"e1000e","disk_backend":"file","disk_format":"qcow2","disk_bus":"sata"})", "");
        row("qemu rtl8139 virtio-scsi lvm", R"({"hypervisor":"qemu","nic_model":"rtl8139","disk_backend":"lvm","disk_bus":"virtio-scsi"})", "");
        row("xen-pv full", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated","disk_backend":"file","disk_bus":"xen"})", "");
        row("xen-pv no disk, bus irrelevant", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated"})", "");
        row("xen-hvm ide e1000", R"({"hypervisor":"xen-hvm","nic_model":"e1000","network":"isolated","disk_backend":"file","disk_bus":"ide"})", "");
        row("xen-hvm xen netfront", R"({"hypervisor":"xen-hvm","nic_model":"netfront","network":"isolated","disk_backend":"lvm","disk_bus":"xen"})", "");
        row("block device", R"({"disk_backend":"block","block_device":"/dev/loop0"})", "");
        row("kernel guest", R"({"guest":{"kind":"kernel","kernel":"/boot/vmlinuz"}})", "");
        row("disk guest", R"({"guest":{"kind":"disk","disk_image":"/img/a.qcow2"}})", "");
        row("limits low", R"({"vcpus":1,"memory_mib":64,"disk_backend":"file","data_disk_mib":16})", "");
        row("limits high", R"({"vcpus":256,"memory_mib":1048576,"disk_backend":"file","data_disk_mib":16777216})", "");
        row("tiny data disk ignored without disk", R"({"data_disk_mib":1})", "");
        // bad
        row("empty name", R"({"name":"  "})", "name");
        row("vcpus 0", R"({"vcpus":0})", "vCPUs");
        row("vcpus 257", R"({"vcpus":257})", "vCPUs");
        row("memory 63", R"({"memory_mib":63})", "RAM");
        row("memory > 1 TiB", R"({"memory_mib":1048577})", "RAM");
        row("data disk 15", R"({"disk_backend":"file","data_disk_mib":15})", "data disk");
        row("data disk > 16 TiB", R"({"disk_backend":"file","data_disk_mib":16777217})", "data disk");
        row("xen-pv virtio bus", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated","disk_backend":"file","disk_bus":"virtio"})", "choose xen");
        row("xen-pv ide bus", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated","disk_backend":"file","disk_bus":"ide"})", "disk bus ide");
        row("xen-pv sata bus", R"({"hypervisor":"xen-pv","nic_model":"netfront","network":"isolated","disk_backend":"file","disk_bus":"sata"})", "disk bus sata");
        row("xen-pv e1000", R"({"hypervisor":"xen-pv","nic_model":"e1000","network":"isolated"})", "NIC model e1000: choose netfront");
        row("xen-pv e1000e", R"({"hypervisor":"xen-pv","nic_model":"e1000e","network":"isolated"})", "e1000e");
        row("xen-pv rtl8139", R"({"hypervisor":"xen-pv","nic_model":"rtl8139","network":"isolated"})", "rtl8139");
        row("xen-pv user net", R"({"hypervisor":"xen-pv","nic_model":"netfront"})", "isolated network");
        row("xen-hvm virtio nic", R"({"hypervisor":"xen-hvm","nic_model":"virtio","network":"isolated"})", "NIC model virtio");
        row("xen-hvm sata", R"({"hypervisor":"xen-hvm","nic_model":"e1000","network":"isolated","disk_backend":"file","disk_bus":"sata"})", "choose xen, ide");
        row("xen-hvm virtio-scsi", R"({"hypervisor":"xen-hvm","nic_model":"e1000","network":"isolated","disk_backend":"file","disk_bus":"virtio-scsi"})", "virtio-scsi");
        row("kvm bus xen", R"({"hypervisor":"kvm","disk_backend":"file","disk_bus":"xen"})", "needs a Xen hypervisor");
        row("qemu bus xen", R"({"hypervisor":"qemu","disk_backend":"lvm","disk_bus":"xen"})", "needs a Xen hypervisor");
        row("auto bus xen disk guest", R"({"guest":{"kind":"disk","disk_image":"/a.img"},"disk_bus":"xen"})", "needs a Xen hypervisor");
        row("kvm netfront", R"({"hypervisor":"kvm","nic_model":"netfront"})", "netfront needs a Xen hypervisor");
        row("qcow2 on lvm", R"({"disk_backend":"lvm","disk_format":"qcow2"})", "qcow2");
        row("qcow2 on block", R"({"disk_backend":"block","block_device":"/dev/loop0","disk_format":"qcow2"})", "qcow2");
        row("qcow2 without disk", R"({"disk_format":"qcow2"})", "qcow2");
        row("block no path", R"({"disk_backend":"block"})", "absolute path");
        row("block relative", R"({"disk_backend":"block","block_device":"loop0"})", "absolute path");
        row("file no pool", R"({"disk_backend":"file","pool":""})", "storage pool");
        row("kernel no path", R"({"guest":{"kind":"kernel"}})", "kernel");
        row("disk no path", R"({"guest":{"kind":"disk"}})", "disk image");
    }
    void validate()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QString, error);
        QJsonObject o = VmSpec{}.toJson();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            o.insert(it.key(), it.value());
        // Build the spec without fromJson's validate() so validate() itself is what is tested.
        VmSpec s;
        s.name = o.value(QStringLiteral("name")).toString();
        s.vcpus = o.value(QStringLiteral("vcpus")).toInt();
        s.memoryMiB = o.value(QStringLiteral("memory_mib")).toInt();
        s.nic = *nicModelFromName(o.value(QStringLiteral("nic_model")).toString());
        s.hypervisor = *hypervisorFromName(o.value(QStringLiteral("hypervisor")).toString());
        s.network = *networkModeFromName(o.value(QStringLiteral("network")).toString());
        s.disk = *diskBackendFromName(o.value(QStringLiteral("disk_backend")).toString());
        s.diskFormat = *diskFormatFromName(o.value(QStringLiteral("disk_format")).toString());
        s.diskBus = *diskBusFromName(o.value(QStringLiteral("disk_bus")).toString());
        s.pool = o.value(QStringLiteral("pool")).toString();
        s.blockDevice = o.value(QStringLiteral("block_device")).toString();
        s.dataDiskMiB = o.value(QStringLiteral("data_disk_mib")).toInt();
        const QJsonObject g = o.value(QStringLiteral("guest")).toObject();
        s.guest.kind = *guestImageKindFromName(g.value(QStringLiteral("kind")).toString(QStringLiteral("bundled")));
        s.guest.kernelPath = g.value(QStringLiteral("kernel")).toString();
        s.guest.diskImagePath = g.value(QStringLiteral("disk_image")).toString();

        const Status v = s.validate();
        if (error.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
            // and fromJson agrees
            QVERIFY2(VmSpec::fromJson(o).ok(), qPrintable(VmSpec::fromJson(o).errorMessage()));
        } else {
            QVERIFY2(!v.ok(), "validate() accepted a bad spec");
            QVERIFY2(v.errorMessage().contains(error), qPrintable(v.errorMessage() + QStringLiteral(" lacks ") + error));
            QVERIFY2(v.errorMessage().contains(s.name) || s.name.trimmed().isEmpty(), qPrintable(v.errorMessage()));
            QVERIFY(!VmSpec::fromJson(o).ok());
        }
    }

    void validChoicesAgreeWithValidate()
    {
        // The UI's lists of valid buses / NICs / networks are exactly what validate() accepts.
        for (Hypervisor h : allHypervisors()) {
            VmSpec s;
            s.hypervisor = h;
            s.nic = validNicModels(h).first();
            s.network = validNetworkModes(h).first();
            s.disk = DiskBackend::File;
            for (DiskBus b : allDiskBuses()) {
                s.diskBus = b;
                QCOMPARE(s.validate().ok(), validDiskBuses(h).contains(b));
            }
            s.diskBus = validDiskBuses(h).first();
            for (NicModel m : allNicModels()) {
                s.nic = m;
                QCOMPARE(s.validate().ok(), validNicModels(h).contains(m));
            }
            s.nic = validNicModels(h).first();
            for (NetworkMode m : allNetworkModes()) {
                s.network = m;
                QCOMPARE(s.validate().ok(), validNetworkModes(h).contains(m));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstVmSpec)
#include "tst_vmspec.moc"
