// SPDX-License-Identifier: GPL-3.0-or-later
// The VM specs list: rows follow every edit and a session reset, names stay unique and
// non-empty, the last spec stays, and each row says what the host thinks of it.
#include "../tcghost.h"
#include "model/sessiondocument.h"
#include "models/specslistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace hvbench;
using Fit = SpecsListModel::HostFit;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

virt::HostInfo tcgHost()
{
    virt::HostInfo h = test::tcgHost(4096, 100 * 1024 * kMiB, 20 * 1024 * kMiB);
    h.hostname = QStringLiteral("tcgbox");
    return h;
}

VmSpec named(const QString &name)
{
    VmSpec s;
    s.name = name;
    return s;
}

Session sessionWith(const QStringList &names)
{
    Session s;
    s.id = QStringLiteral("t1");
    s.specs.clear();
    for (const QString &n : names)
        s.specs.append(named(n));
    return s;
}

QStringList specNames(const SessionDocument &doc)
{
    return doc.session().specNames();
}
QStringList rows(const SpecsListModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r).data(SpecsListModel::NameRole).toString());
    return out;
}
} // namespace

class TstSpecsListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowEdits()
    {
        SessionDocument doc;
        doc.reset(sessionWith({QStringLiteral("a"), QStringLiteral("b")}));
        SpecsListModel model(&doc);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(rows(model), specNames(doc));

        auto added = model.addSpec();
        QVERIFY(added);
        QCOMPARE(*added, 2);
        QCOMPARE(rows(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("new-vm")}));
        QCOMPARE(*model.addSpec(), 3);
        QCOMPARE(specNames(doc).last(), QStringLiteral("new-vm-2"));

        auto dup = model.duplicateSpec(0);
        QVERIFY(dup);
        QCOMPARE(*dup, 1);
        QCOMPARE(specNames(doc).at(1), QStringLiteral("a (copy)"));
        QCOMPARE(*model.duplicateSpec(0), 1);
        QCOMPARE(specNames(doc).at(1), QStringLiteral("a (copy 2)"));
        QCOMPARE(rows(model), specNames(doc));

        QVERIFY(model.renameSpec(0, QStringLiteral("  alpha ")));
        QCOMPARE(specNames(doc).first(), QStringLiteral("alpha")); // trimmed
        QVERIFY(model.setData(model.index(1), QStringLiteral("beta")));
        QCOMPARE(specNames(doc).at(1), QStringLiteral("beta"));

        QVERIFY(model.moveSpec(0, 2));
        QCOMPARE(rows(model), specNames(doc));
        QCOMPARE(specNames(doc).at(2), QStringLiteral("alpha"));
        QVERIFY(model.moveSpec(2, 0));
        QCOMPARE(specNames(doc).at(0), QStringLiteral("alpha"));

        const int before = model.rowCount();
        QVERIFY(model.removeSpec(1));
        QCOMPARE(model.rowCount(), before - 1);
        QVERIFY(!specNames(doc).contains(QStringLiteral("beta")));
        QCOMPARE(rows(model), specNames(doc));
        QVERIFY(doc.session().validate());
    }

    void lastSpecStays()
    {
        SessionDocument doc;
        doc.reset(sessionWith({QStringLiteral("only")}));
        SpecsListModel model(&doc);
        QAbstractItemModelTester tester(&model);
        const Status st = model.removeSpec(0);
        QVERIFY(!st);
        QVERIFY2(st.errorMessage().contains(QStringLiteral("at least one")), qPrintable(st.errorMessage()));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.removeSpec(5));
        QVERIFY(!model.duplicateSpec(-1));
        QVERIFY(!model.moveSpec(0, 1));
    }

    void renames_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // empty = accepted
        QTest::newRow("empty") << 0 << QString() << QStringLiteral("needs a name");
        QTest::newRow("blank") << 0 << QStringLiteral("   ") << QStringLiteral("needs a name");
        QTest::newRow("duplicate") << 0 << QStringLiteral("b") << QStringLiteral("already called \"b\"");
        QTest::newRow("duplicate after trim") << 0 << QStringLiteral(" b ") << QStringLiteral("already called \"b\"");
        QTest::newRow("baseline name") << 1 << QStringLiteral("bare-metal") << QStringLiteral("baseline");
        QTest::newRow("own name") << 0 << QStringLiteral("a") << QString();
        QTest::newRow("new name") << 1 << QStringLiteral("c") << QString();
    }
    void renames()
    {
        QFETCH(int, row);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        SessionDocument doc;
        doc.reset(sessionWith({QStringLiteral("a"), QStringLiteral("b")}));
        SpecsListModel model(&doc);
        QAbstractItemModelTester tester(&model);
        QSignalSpy refused(&model, &SpecsListModel::editRefused);
        const QStringList before = specNames(doc);
        const bool ok = model.setData(model.index(row), name);
        QCOMPARE(ok, reason.isEmpty());
        if (reason.isEmpty()) {
            QCOMPARE(specNames(doc).at(row), name.trimmed());
            QVERIFY(refused.isEmpty());
        } else {
            QCOMPARE(specNames(doc), before);
            QCOMPARE(refused.size(), 1);
            const QString why = refused.first().first().toString();
            QVERIFY2(why.contains(reason), qPrintable(why));
            QCOMPARE(model.checkName(row, name).errorMessage(), why);
        }
    }

    void invalidSpecRefused()
    {
        SessionDocument doc;
        doc.reset(sessionWith({QStringLiteral("a")}));
        SpecsListModel model(&doc);
        VmSpec bad = doc.session().specs.first();
        bad.disk = DiskBackend::BlockDevice; // no device path
        const Status st = model.updateSpec(0, bad);
        QVERIFY(!st);
        QVERIFY2(st.errorMessage().contains(QStringLiteral("block-device")), qPrintable(st.errorMessage()));
        QCOMPARE(doc.session().specs.first().disk, DiskBackend::None);
    }

    void followsSessionResetAndForeignEdits()
    {
        SessionDocument doc;
        doc.reset(sessionWith({QStringLiteral("a"), QStringLiteral("b")}));
        SpecsListModel model(&doc);
        QAbstractItemModelTester tester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        doc.reset(sessionWith({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(rows(model), (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));

        // Another page changes the specs through the document: same count → dataChanged.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<VmSpec> specs = doc.session().specs;
        specs[1].vcpus = 3;
        const Session &s = doc.session();
        doc.setSettings(specs, s.benchmarks, s.matrix, s.hostUri);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(1).data(SpecsListModel::SummaryRole).toString().contains(QStringLiteral("3 vCPUs")));
        // … a different count → reset.
        specs.removeLast();
        doc.setSettings(specs, s.benchmarks, s.matrix, s.hostUri);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 2);
    }

    void summary_data()
    {
        QTest::addColumn<VmSpec>("spec");
        QTest::addColumn<QString>("summary");
        VmSpec a;
        a.hypervisor = Hypervisor::Kvm;
        a.memoryMiB = 2048;
        a.nic = NicModel::E1000;
        a.disk = DiskBackend::File;
        a.dataDiskMiB = 8192;
        QTest::newRow("kvm file") << a << QStringLiteral("KVM · 1 vCPU · 2048 MiB · e1000 · file raw virtio-blk 8 GiB");
        VmSpec b;
        b.hypervisor = Hypervisor::XenPv;
        b.vcpus = 2;
        b.nic = NicModel::Netfront;
        b.network = NetworkMode::Isolated;
        b.disk = DiskBackend::LogicalVolume;
        b.diskBus = DiskBus::Xen;
        b.dataDiskMiB = 1500;
        QTest::newRow("xen lvm") << b
                                 << QStringLiteral("Xen PV · 2 vCPUs · 384 MiB · netfront isolated · LVM xvd 1500 MiB");
        VmSpec c;
        QTest::newRow("default") << c << QStringLiteral("Auto · 1 vCPU · 384 MiB · virtio · no data disk");
    }
    void summary()
    {
        QFETCH(VmSpec, spec);
        QFETCH(QString, summary);
        QCOMPARE(SpecsListModel::summary(spec), summary);
    }

    void hostVerdicts()
    {
        SessionDocument doc;
        Session s = sessionWith({QStringLiteral("ok"), QStringLiteral("xen"), QStringLiteral("big")});
        s.specs[1].hypervisor = Hypervisor::XenPv;
        s.specs[1].nic = NicModel::Netfront;
        s.specs[1].network = NetworkMode::Isolated;
        s.specs[2].memoryMiB = 8192;
        s.matrix.vmCounts = {1};
        doc.reset(s);
        SpecsListModel model(&doc);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.hostSource(), SpecsListModel::HostSource::None);
        QCOMPARE(Fit(model.index(1).data(SpecsListModel::FitRole).toInt()), Fit::NoHost);
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("No host selected")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHostInfo(tcgHost());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.hostSource(), SpecsListModel::HostSource::Live);
        // TCG: runnable, with the software-emulation warning.
        QCOMPARE(Fit(model.index(0).data(SpecsListModel::FitRole).toInt()), Fit::Warnings);
        QCOMPARE(Fit(model.index(1).data(SpecsListModel::FitRole).toInt()), Fit::Refused);
        QVERIFY(
            model.index(1).data(SpecsListModel::ReasonsRole).toStringList().first().contains(QStringLiteral("Xen")));
        QCOMPARE(Fit(model.index(2).data(SpecsListModel::FitRole).toInt()), Fit::Refused);
        QVERIFY(model.index(2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("4096 MiB")));
        QVERIFY(!model.index(2).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void recordedHost()
    {
        SessionDocument doc;
        Session s = sessionWith({QStringLiteral("a")});
        s.manifest.insert(QStringLiteral("host"), tcgHost().toJson());
        doc.reset(s);
        SpecsListModel model(&doc);
        QCOMPARE(model.hostSource(), SpecsListModel::HostSource::Recorded);
        QVERIFY(model.host());
        QCOMPARE(model.host()->memoryMiB, 4096);
        // A session without a manifest host: none.
        doc.reset(sessionWith({QStringLiteral("b")}));
        QCOMPARE(model.hostSource(), SpecsListModel::HostSource::None);
        QVERIFY(!model.host());
        // The live host wins over any recorded one, also across a reset.
        virt::HostInfo live = tcgHost();
        live.memoryMiB = 1024;
        model.setHostInfo(live);
        doc.reset(s);
        QCOMPARE(model.hostSource(), SpecsListModel::HostSource::Live);
        QCOMPARE(model.host()->memoryMiB, 1024);
    }
};

QTEST_MAIN(TstSpecsListModel)
#include "tst_specslistmodel.moc"
