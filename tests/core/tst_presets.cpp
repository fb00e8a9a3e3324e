// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/presets.h"

#include <QtTest>

using namespace hvbench;

class TstPresets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void list()
    {
        QStringList ids;
        for (const Preset &p : presets()) {
            ids.append(p.id);
            QVERIFY(!p.name.isEmpty());
            QVERIFY(!p.description.isEmpty());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("paper"), QStringLiteral("quick"), QStringLiteral("demo")}));
        const auto bad = makePreset(QStringLiteral("nope"));
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(QStringLiteral("paper")));
    }

    void validatesAndRoundTrips_data()
    {
        QTest::addColumn<QString>("id");
        for (const Preset &p : presets())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }
    void validatesAndRoundTrips()
    {
        QFETCH(QString, id);
        const auto s = makePreset(id);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QVERIFY2(s->validate(), qPrintable(s->validate().errorMessage()));
        QVERIFY(s->results.isEmpty());
        const QJsonObject json = s->toJson();
        const auto back = Session::fromJson(json);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->specs, s->specs);
        QCOMPARE(back->benchmarks, s->benchmarks);
        QCOMPARE(back->matrix, s->matrix);
        // Each call is a new session.
        QVERIFY(makePreset(id)->id != s->id);
    }

    void paperFigures()
    {
        const Session s = *makePreset(QStringLiteral("paper"));
        QCOMPARE(s.matrix.baseline, true);
        QCOMPARE(s.matrix.vmCounts, (QList<int>{1, 7, 8, 17}));
        QCOMPARE(s.matrix.repeats, 3);
        QCOMPARE(s.matrix.maxRepeats, 10);
        QCOMPARE(s.matrix.rsdTargetPct, 5.0);
        const QList<Benchmark> want{Benchmark::CpuScore, Benchmark::Pi,  Benchmark::NetOut,
                                    Benchmark::NetIn,    Benchmark::Fio, Benchmark::Bonnie};
        QCOMPARE(s.benchmarks.enabled, want);
        QCOMPARE(s.benchmarks.net.durationS, 900);
        QCOMPARE(s.benchmarks.net.streams, 5);
        QCOMPARE(s.benchmarks.net.window, QStringLiteral("256K"));
        QCOMPARE(s.benchmarks.fioSizeMiB(2048), 4096);
        QCOMPARE(s.benchmarks.bonnieSizeMiB(2048), 4096);

        QCOMPARE(s.specs.size(), 8);
        QCOMPARE(s.cells().size(), 1 + 8 * 4);
        struct Want {
            Hypervisor h;
            NicModel nic;
        };
        const QHash<QString, Want> shapes{{QStringLiteral("kvm-e1000"), {Hypervisor::Kvm, NicModel::E1000}},
                                          {QStringLiteral("kvm-virtio"), {Hypervisor::Kvm, NicModel::Virtio}},
                                          {QStringLiteral("xen-pv"), {Hypervisor::XenPv, NicModel::Netfront}},
                                          {QStringLiteral("xen-hvm"), {Hypervisor::XenHvm, NicModel::Netfront}}};
        int files = 0, lvms = 0;
        for (const VmSpec &v : s.specs) {
            QCOMPARE(v.vcpus, 1);
            QCOMPARE(v.memoryMiB, 2048);
            QCOMPARE(v.dataDiskMiB, 8192);
            QCOMPARE(v.network, NetworkMode::Isolated);
            const QString shape = v.name.section(QLatin1Char('-'), 0, 1);
            QVERIFY2(shapes.contains(shape), qPrintable(v.name));
            QCOMPARE(v.hypervisor, shapes.value(shape).h);
            QCOMPARE(v.nic, shapes.value(shape).nic);
            if (v.disk == DiskBackend::File) {
                ++files;
                QCOMPARE(v.pool, QStringLiteral("default"));
                QVERIFY(v.name.endsWith(QStringLiteral("-file")));
            } else {
                ++lvms;
                QCOMPARE(v.disk, DiskBackend::LogicalVolume);
                QCOMPARE(v.pool, QStringLiteral("hvbench-lvm"));
                QVERIFY(v.name.endsWith(QStringLiteral("-lvm")));
            }
        }
        QCOMPARE(files, 4);
        QCOMPARE(lvms, 4);
    }

    void quickShape()
    {
        const Session paper = *makePreset(QStringLiteral("paper"));
        const Session s = *makePreset(QStringLiteral("quick"));
        QCOMPARE(s.specNames(), paper.specNames()); // same configurations, so the skip list shows Xen and LVM
        QCOMPARE(s.matrix.vmCounts, (QList<int>{1, 2}));
        QCOMPARE(s.matrix.repeats, 1);
        QCOMPARE(s.cells().size(), 1 + 8 * 2);
        QCOMPARE(s.benchmarks.enabled, paper.benchmarks.enabled);
        QCOMPARE(s.benchmarks.net.durationS, 5);
        QCOMPARE(s.benchmarks.fio.runtimeS, 5);
        for (const VmSpec &v : s.specs) {
            QCOMPARE(v.memoryMiB, 384);
            QCOMPARE(v.dataDiskMiB, 1024);
            QVERIFY(s.benchmarks.fioSizeMiB(v.memoryMiB) < v.dataDiskMiB);
            QVERIFY(s.benchmarks.bonnieSizeMiB(v.memoryMiB) < v.dataDiskMiB);
            if (v.name.startsWith(QStringLiteral("kvm-")))
                QCOMPARE(v.hypervisor, Hypervisor::Auto); // QEMU/TCG without /dev/kvm
            else
                QVERIFY(isXen(v.hypervisor));
        }
    }

    void demo()
    {
        const Session d = *makePreset(QStringLiteral("demo"));
        const Session ref = Session::demo();
        QCOMPARE(d.specs, ref.specs);
        QCOMPARE(d.matrix, ref.matrix);
        QCOMPARE(d.benchmarks, ref.benchmarks);
    }
};

QTEST_GUILESS_MAIN(TstPresets)
#include "tst_presets.moc"
