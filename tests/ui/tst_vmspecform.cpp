// SPDX-License-Identifier: GPL-3.0-or-later
// The VM spec editor: every field round-trips, a hypervisor offers only what it can use, the
// disk rows follow the backend, and editing emits edited().
#include "byname.h"
#include "pages/vmspecform.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace hvbench;

namespace {
using test::byName;
QStringList items(const QComboBox *c)
{
    QStringList out;
    for (int i = 0; i < c->count(); ++i)
        out << c->itemText(i);
    return out;
}
} // namespace

class TstVmSpecForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<VmSpec>("spec");
        VmSpec a;
        QTest::newRow("default") << a;
        VmSpec b;
        b.name = QStringLiteral("kvm-e1000-lvm");
        b.hypervisor = Hypervisor::Kvm;
        b.vcpus = 4;
        b.memoryMiB = 2048;
        b.nic = NicModel::E1000;
        b.network = NetworkMode::Isolated;
        b.disk = DiskBackend::LogicalVolume;
        b.diskBus = DiskBus::Sata;
        b.pool = QStringLiteral("vg0");
        b.dataDiskMiB = 4096;
        QTest::newRow("kvm e1000 lvm sata") << b;
        VmSpec c;
        c.name = QStringLiteral("xenpv");
        c.hypervisor = Hypervisor::XenPv;
        c.nic = NicModel::Netfront;
        c.network = NetworkMode::Isolated;
        c.disk = DiskBackend::File;
        c.diskFormat = DiskFormat::Qcow2;
        c.diskBus = DiskBus::Xen;
        QTest::newRow("xen pv qcow2") << c;
        VmSpec d;
        d.name = QStringLiteral("block");
        d.disk = DiskBackend::BlockDevice;
        d.blockDevice = QStringLiteral("/dev/loop3");
        d.diskBus = DiskBus::VirtioScsi;
        d.guest.kind = GuestImageKind::KernelInitrd; // not on the form: must survive
        d.guest.kernelPath = QStringLiteral("/boot/vmlinuz");
        QTest::newRow("block device, own kernel") << d;
    }
    void roundTrip()
    {
        QFETCH(VmSpec, spec);
        VmSpecForm form;
        form.setSpec(spec);
        QCOMPARE(form.spec(), spec);
    }

    void hypervisorRestrictsChoices()
    {
        VmSpecForm form;
        form.show();
        form.setSpec(VmSpec{});
        QSignalSpy edited(&form, &VmSpecForm::edited);
        auto *hv = byName<QComboBox>(form, QStringLiteral("Hypervisor"));
        auto *nic = byName<QComboBox>(form, QStringLiteral("NIC model"));
        auto *net = byName<QComboBox>(form, QStringLiteral("Network"));
        QVERIFY(hv && nic && net);
        QCOMPARE(nic->count(), validNicModels(Hypervisor::Auto).size());
        hv->setCurrentIndex(hv->findData(int(Hypervisor::XenPv)));
        QVERIFY(!edited.isEmpty());
        QCOMPARE(items(nic), QStringList{nicModelDisplayName(NicModel::Netfront)});
        QCOMPARE(items(net), QStringList{networkModeDisplayName(NetworkMode::Isolated)});
        const VmSpec s = form.spec();
        QCOMPARE(s.hypervisor, Hypervisor::XenPv);
        QCOMPARE(s.nic, NicModel::Netfront);
        QVERIFY2(s.validate().ok(), qPrintable(s.validate().errorMessage()));
        // Back to KVM: the virtio NIC is offered again.
        hv->setCurrentIndex(hv->findData(int(Hypervisor::Kvm)));
        QVERIFY(items(nic).contains(nicModelDisplayName(NicModel::Virtio)));
    }

    void diskRowsFollowBackend()
    {
        VmSpecForm form;
        form.show();
        form.setSpec(VmSpec{});
        auto *disk = byName<QComboBox>(form, QStringLiteral("Data disk"));
        auto *pool = byName<QLineEdit>(form, QStringLiteral("Storage pool"));
        auto *block = byName<QLineEdit>(form, QStringLiteral("Block device"));
        auto *format = byName<QComboBox>(form, QStringLiteral("Disk format"));
        QVERIFY(disk && pool && block && format);
        QVERIFY(!pool->isVisible() && !block->isVisible() && !format->isVisible());
        disk->setCurrentIndex(disk->findData(int(DiskBackend::File)));
        QVERIFY(pool->isVisible() && format->isVisible() && !block->isVisible());
        disk->setCurrentIndex(disk->findData(int(DiskBackend::BlockDevice)));
        QVERIFY(!pool->isVisible() && !format->isVisible() && block->isVisible());
        block->setText(QStringLiteral("/dev/loop9"));
        QCOMPARE(form.spec().blockDevice, QStringLiteral("/dev/loop9"));
    }
};

QTEST_MAIN(TstVmSpecForm)
#include "tst_vmspecform.moc"
