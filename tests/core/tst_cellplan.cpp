// SPDX-License-Identifier: GPL-3.0-or-later
// planCells on a hand-made TCG host (QEMU without KVM, a big active dir pool "default", no Xen,
// no logical pool): which cells and benchmarks run, which are skipped and with which reason.
#include "model/presets.h"
#include "run/cellplan.h"

#include <QJsonObject>
#include <QtTest>

Q_DECLARE_METATYPE(hvbench::Session)

using namespace hvbench;
using namespace hvbench::virt;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

// This machine kind: QEMU/TCG, 2 CPUs, 4 GiB, one big active dir pool.
HostInfo tcgHost()
{
    HostInfo h;
    h.uri = QStringLiteral("qemu:///system");
    h.hostname = QStringLiteral("tcgbox");
    h.driver = QStringLiteral("QEMU");
    h.arch = QStringLiteral("x86_64");
    h.cpus = 2;
    h.memoryMiB = 4096;
    h.guests = {GuestCapability{QStringLiteral("hvm"), QStringLiteral("x86_64"), QStringLiteral("qemu"), {}}};
    h.pools = {PoolInfo{QStringLiteral("default"), QStringLiteral("dir"), true, 200 * 1024 * kMiB, 100 * 1024 * kMiB,
                        QStringLiteral("/var/lib/libvirt/images")}};
    return h;
}

const HostInfo &host()
{
    static const HostInfo h = tcgHost();
    return h;
}

const QStringList kAllTools{QStringLiteral("7zz"), QStringLiteral("iperf3"), QStringLiteral("fio"),
                            QStringLiteral("bonnie++")};

// A KVM/TCG-able spec on the isolated network with a 1 GiB file data disk in "default".
VmSpec spec(const QString &name = QStringLiteral("vm"))
{
    VmSpec v;
    v.name = name;
    v.hypervisor = Hypervisor::Auto;
    v.memoryMiB = 384;
    v.network = NetworkMode::Isolated;
    v.disk = DiskBackend::File;
    v.pool = QStringLiteral("default");
    v.dataDiskMiB = 1024;
    return v;
}

VmSpec xenPvSpec()
{
    VmSpec v = spec(QStringLiteral("xen-pv"));
    v.hypervisor = Hypervisor::XenPv;
    v.nic = NicModel::Netfront;
    v.diskBus = DiskBus::Xen;
    return v;
}

Session session(const QList<VmSpec> &specs, const QList<Benchmark> &benchmarks, const QList<int> &vmCounts = {1},
                bool baseline = false)
{
    Session s;
    s.id = QStringLiteral("t");
    s.specs = specs;
    s.benchmarks.enabled = benchmarks;
    s.matrix.baseline = baseline;
    s.matrix.vmCounts = vmCounts;
    return s;
}

PlanContext context(bool hostIsLocal = true, bool root = true, const QStringList &tools = kAllTools)
{
    PlanContext c;
    c.host = &host();
    c.hostIsLocal = hostIsLocal;
    c.root = root;
    c.guestTools = tools;
    return c;
}

QStringList ids(const QList<Benchmark> &bs)
{
    QStringList out;
    for (Benchmark b : bs)
        out.append(benchmarkId(b));
    return out;
}

const PlannedCell *plannedCell(const CellPlan &p, const QString &key)
{
    for (const PlannedCell &c : p.cells)
        if (c.cell.key() == key)
            return &c;
    return nullptr;
}

QString dump(const CellPlan &p)
{
    QStringList lines;
    for (const PlannedCell &c : p.cells)
        lines.append(QStringLiteral("runs %1: %2").arg(c.cell.key(), ids(c.benchmarks).join(QLatin1Char(' '))));
    lines += p.skippedLines();
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestCellPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // One cell of one plan: the benchmarks it runs ({} = the cell is not planned at all), the
    // benchmarks skipped in it ("*" = the whole cell) and the reason every one of those skips gives.
    void cell_data()
    {
        QTest::addColumn<Session>("session");
        QTest::addColumn<bool>("hostIsLocal");
        QTest::addColumn<bool>("root");
        QTest::addColumn<QStringList>("guestTools");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<QStringList>("skipped");
        QTest::addColumn<QString>("reason"); // exact, or a part of it when it starts with "~"

        const QList<Benchmark> piFio{Benchmark::Pi, Benchmark::Fio};
        const QStringList none;
        const QStringList all{QStringLiteral("*")};

        const VmSpec xen = xenPvSpec();
        const QString xenWhy = placeSpec(xen, host()).errorMessage();
        QVERIFY(xenWhy.contains(QLatin1String("Xen PV needs a Xen host")));
        QTest::newRow("xen-pv/1 skipped with placeSpec's reason")
            << session({xen}, piFio, {1, 2}) << true << true << kAllTools << true << QStringLiteral("xen-pv/1") << none
            << all << xenWhy;
        QTest::newRow("xen-pv/2 skipped with placeSpec's reason")
            << session({xen}, piFio, {1, 2}) << true << true << kAllTools << true << QStringLiteral("xen-pv/2") << none
            << all << xenWhy;

        VmSpec lvm = spec(QStringLiteral("kvm-lvm"));
        lvm.disk = DiskBackend::LogicalVolume;
        lvm.pool = QStringLiteral("hvbench-lvm");
        const QString lvmWhy = placeSpec(lvm, host()).errorMessage();
        QVERIFY(lvmWhy.contains(QLatin1String("\"hvbench-lvm\" does not exist")));
        QTest::newRow("LVM without its logical pool") << session({lvm}, piFio) << true << true << kAllTools << true
                                                      << QStringLiteral("kvm-lvm/1") << none << all << lvmWhy;
        QTest::newRow("not connected") << session({spec()}, piFio) << true << true << kAllTools << false
                                       << QStringLiteral("vm/1") << none << all
                                       << QStringLiteral("~not connected to a libvirt host");

        VmSpec user = spec(QStringLiteral("user-net"));
        user.network = NetworkMode::User;
        QTest::newRow("user-mode network: no iperf3, fio and pi run")
            << session({user}, {Benchmark::Pi, Benchmark::NetOut, Benchmark::NetIn, Benchmark::Fio}) << true << true
            << kAllTools << true << QStringLiteral("user-net/1")
            << QStringList{QStringLiteral("pi"), QStringLiteral("fio")}
            << QStringList{QStringLiteral("net-out"), QStringLiteral("net-in")}
            << QStringLiteral("~iperf3 needs the isolated network");
        QTest::newRow("user-mode network, only iperf3: cell not planned")
            << session({user}, {Benchmark::NetOut}) << true << true << kAllTools << true << QStringLiteral("user-net/1")
            << none << QStringList{QStringLiteral("net-out")} << QStringLiteral("~choose the isolated network");

        VmSpec noDisk = spec(QStringLiteral("no-disk"));
        noDisk.disk = DiskBackend::None;
        QTest::newRow("no data disk: no fio, no bonnie")
            << session({noDisk}, {Benchmark::Pi, Benchmark::Fio, Benchmark::Bonnie}) << true << true << kAllTools
            << true << QStringLiteral("no-disk/1") << QStringList{QStringLiteral("pi")}
            << QStringList{QStringLiteral("fio"), QStringLiteral("bonnie")} << QStringLiteral("~needs a data disk");

        Session fioBig = session({spec()}, piFio);
        fioBig.benchmarks.fio.sizeMiB = 2048;
        QTest::newRow("fio data set larger than the disk")
            << fioBig << true << true << kAllTools << true << QStringLiteral("vm/1")
            << QStringList{QStringLiteral("pi")} << QStringList{QStringLiteral("fio")}
            << QStringLiteral("~the data set (2048 MiB) does not fit on the 1024 MiB data disk");
        Session fioFits = session({spec()}, piFio);
        fioFits.benchmarks.fio.sizeMiB = 1024;
        QTest::newRow("fio data set as large as the disk")
            << fioFits << true << true << kAllTools << true << QStringLiteral("vm/1")
            << QStringList{QStringLiteral("pi"), QStringLiteral("fio")} << none << QString();
        // bonnie++ needs room for ext4's metadata: 1000 MiB > 90 % of 1024 MiB.
        Session bonnieBig = session({spec()}, {Benchmark::Pi, Benchmark::Bonnie});
        bonnieBig.benchmarks.bonnie.sizeMiB = 1000;
        QTest::newRow("bonnie data set larger than the file system")
            << bonnieBig << true << true << kAllTools << true << QStringLiteral("vm/1")
            << QStringList{QStringLiteral("pi")} << QStringList{QStringLiteral("bonnie")}
            << QStringLiteral("~the data set (1000 MiB) does not fit on the 1024 MiB data disk");
        Session bonnieSmall = session({spec()}, {Benchmark::Pi, Benchmark::Bonnie});
        bonnieSmall.benchmarks.bonnie.sizeMiB = 512;
        QTest::newRow("bonnie data set < 2x RAM")
            << bonnieSmall << true << true << kAllTools << true << QStringLiteral("vm/1")
            << QStringList{QStringLiteral("pi")} << QStringList{QStringLiteral("bonnie")}
            << QStringLiteral("~bonnie++ refuses a data set (512 MiB) smaller than twice the guest's RAM (768 MiB)");
        Session bonnieDefault = session({spec()}, {Benchmark::Bonnie});
        QTest::newRow("bonnie default data set (2x RAM) fits")
            << bonnieDefault << true << true << kAllTools << true << QStringLiteral("vm/1")
            << QStringList{QStringLiteral("bonnie")} << none << QString();

        VmSpec block = spec(QStringLiteral("blk"));
        block.disk = DiskBackend::BlockDevice;
        block.blockDevice = QStringLiteral("/dev/loop7");
        block.dataDiskMiB = 64; // unknown size of a device: never compared with the data set
        QTest::newRow("block device, 1 VM")
            << session({block}, piFio, {1, 2}) << true << true << kAllTools << true << QStringLiteral("blk/1")
            << QStringList{QStringLiteral("pi"), QStringLiteral("fio")} << none << QString();
        QTest::newRow("block device, 2 VMs: whole cell")
            << session({block}, piFio, {1, 2}) << true << true << kAllTools << true << QStringLiteral("blk/2") << none
            << all << QStringLiteral("~one block device (/dev/loop7) cannot be the data disk of 2 concurrent VMs");

        const QList<Benchmark> piNet{Benchmark::Pi, Benchmark::NetOut, Benchmark::NetIn};
        QTest::newRow("baseline network, local root")
            << session({spec()}, piNet, {1}, true) << true << true << kAllTools << true
            << QStringLiteral("bare-metal/0") << ids(piNet) << none << QString();
        QTest::newRow("baseline network, remote host")
            << session({spec()}, piNet, {1}, true) << false << true << kAllTools << true
            << QStringLiteral("bare-metal/0") << QStringList{QStringLiteral("pi")}
            << QStringList{QStringLiteral("net-out"), QStringLiteral("net-in")}
            << QStringLiteral("~needs the libvirt host to be this machine");
        QTest::newRow("baseline network, not root")
            << session({spec()}, piNet, {1}, true) << true << false << kAllTools << true
            << QStringLiteral("bare-metal/0") << QStringList{QStringLiteral("pi")}
            << QStringList{QStringLiteral("net-out"), QStringLiteral("net-in")}
            << QStringLiteral("~the bare-metal network baseline needs root");
        QTest::newRow("baseline network, not connected")
            << session({spec()}, piNet, {1}, true) << true << true << kAllTools << false
            << QStringLiteral("bare-metal/0") << QStringList{QStringLiteral("pi")}
            << QStringList{QStringLiteral("net-out"), QStringLiteral("net-in")}
            << QStringLiteral("~needs a libvirt host");
        QTest::newRow("VM network unaffected by remote/non-root")
            << session({spec()}, piNet, {1}, true) << false << false << kAllTools << true << QStringLiteral("vm/1")
            << ids(piNet) << none << QString();
        Session bonnieSmallBase = bonnieSmall;
        bonnieSmallBase.matrix.baseline = true;
        QTest::newRow("baseline bonnie < 2x the guests' RAM (bare metal)")
            << bonnieSmallBase << true << true << kAllTools << true << QStringLiteral("bare-metal/0")
            << QStringList{QStringLiteral("pi")} << QStringList{QStringLiteral("bonnie")}
            << QStringLiteral(
                   "~bonnie++ refuses a data set (512 MiB) smaller than twice the RAM given to it (768 MiB)");

        const QList<Benchmark> piCpu{Benchmark::Pi, Benchmark::CpuScore};
        const QStringList no7zz{QStringLiteral("iperf3"), QStringLiteral("fio"), QStringLiteral("bonnie++")};
        QTest::newRow("guest without 7zz")
            << session({spec()}, piCpu, {1}, true) << true << true << no7zz << true << QStringLiteral("vm/1")
            << QStringList{QStringLiteral("pi")} << QStringList{QStringLiteral("cpu-score")}
            << QStringLiteral("~the bundled guest has no 7zz: rebuild it (cmake --build build/dev --target guest).");
        QTest::newRow("guest without 7zz: bare metal runs it")
            << session({spec()}, piCpu, {1}, true) << true << true << no7zz << true << QStringLiteral("bare-metal/0")
            << ids(piCpu) << none << QString();
        QTest::newRow("guest without fio")
            << session({spec()}, piFio) << true << true << QStringList{QStringLiteral("7zz")} << true
            << QStringLiteral("vm/1") << QStringList{QStringLiteral("pi")} << QStringList{QStringLiteral("fio")}
            << QStringLiteral("~the bundled guest has no fio");
    }

    void cell()
    {
        QFETCH(Session, session);
        QFETCH(bool, hostIsLocal);
        QFETCH(bool, root);
        QFETCH(QStringList, guestTools);
        QFETCH(bool, connected);
        QFETCH(QString, cell);
        QFETCH(QStringList, runs);
        QFETCH(QStringList, skipped);
        QFETCH(QString, reason);

        PlanContext ctx = context(hostIsLocal, root, guestTools);
        if (!connected)
            ctx.host = nullptr;
        const CellPlan plan = planCells(session, ctx);
        const QString all = dump(plan);

        const PlannedCell *pc = plannedCell(plan, cell);
        if (runs.isEmpty()) {
            QVERIFY2(!pc, qPrintable(all));
        } else {
            QVERIFY2(pc, qPrintable(all));
            QCOMPARE(ids(pc->benchmarks), runs);
        }
        QStringList gotSkipped;
        for (const SkippedItem &s : plan.skipped) {
            if (s.cell != cell)
                continue;
            gotSkipped.append(s.benchmark.isEmpty() ? QStringLiteral("*") : s.benchmark);
            if (reason.startsWith(QLatin1Char('~')))
                QVERIFY2(s.reason.contains(reason.mid(1)), qPrintable(s.reason));
            else
                QCOMPARE(s.reason, reason);
        }
        QCOMPARE(gotSkipped, skipped);
        // A cell is either planned or skipped as a whole, never both, and never planned empty.
        if (skipped == QStringList{QStringLiteral("*")})
            QVERIFY(!pc);
        for (const PlannedCell &c : plan.cells)
            QVERIFY(!c.benchmarks.isEmpty());
    }

    void placements()
    {
        const CellPlan plan = planCells(
            session({spec(QStringLiteral("a")), xenPvSpec(), spec(QStringLiteral("b"))}, {Benchmark::Pi}), context());
        QCOMPARE(plan.placements.size(), 2);
        QVERIFY(plan.placements.contains(0) && plan.placements.contains(2));
        QCOMPARE(plan.placements.value(0).domainType, QStringLiteral("qemu"));
        QVERIFY(plan.placements.value(0).softwareEmulation);
        QVERIFY(plan.anyVmCell());
        QVERIFY(!plan.baselineNeedsNetwork());

        const CellPlan onlyXen =
            planCells(session({xenPvSpec()}, {Benchmark::Pi, Benchmark::NetOut}, {1}, true), context());
        QVERIFY(!onlyXen.anyVmCell());
        QVERIFY(onlyXen.baselineNeedsNetwork());
        QCOMPARE(onlyXen.cells.size(), 1);
        QVERIFY(onlyXen.cells.first().cell.isBaseline());
    }

    void skippedJsonAndLines()
    {
        VmSpec user = spec(QStringLiteral("user-net"));
        user.network = NetworkMode::User;
        const CellPlan plan = planCells(session({xenPvSpec(), user}, {Benchmark::Pi, Benchmark::NetOut}), context());
        QCOMPARE(plan.skipped.size(), 2);
        const QString xenWhy = placeSpec(xenPvSpec(), host()).errorMessage();
        const QString netWhy = plan.skipped.at(1).reason;
        QVERIFY2(netWhy.contains(QLatin1String("isolated network")), qPrintable(netWhy));

        const QJsonArray json = plan.skippedJson();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject(), (QJsonObject{{QStringLiteral("cell"), QStringLiteral("xen-pv/1")},
                                                     {QStringLiteral("benchmark"), QStringLiteral("*")},
                                                     {QStringLiteral("reason"), xenWhy}}));
        QCOMPARE(json.at(1).toObject(), (QJsonObject{{QStringLiteral("cell"), QStringLiteral("user-net/1")},
                                                     {QStringLiteral("benchmark"), QStringLiteral("net-out")},
                                                     {QStringLiteral("reason"), netWhy}}));

        const QStringList lines = plan.skippedLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("Skipped xen-pv/1: ") + xenWhy);
        QCOMPARE(lines.at(1),
                 QStringLiteral("Skipped %1 in user-net/1: %2").arg(benchmarkDisplayName(Benchmark::NetOut), netWhy));
        QVERIFY(CellPlan{}.skippedJson().isEmpty());
        QVERIFY(CellPlan{}.skippedLines().isEmpty());
    }

    void fioWarning_data()
    {
        QTest::addColumn<Session>("session");
        QTest::addColumn<QString>("warning"); // a part of the one warning; empty = no warning

        Session small = session({spec()}, {Benchmark::Fio});
        small.benchmarks.fio.sizeMiB = 256;
        QTest::newRow("fio 256 MiB, RAM 384 MiB")
            << small << QStringLiteral("vm: the fio data set (256 MiB) is less than twice the guest's RAM (384 MiB)");
        Session twice = session({spec()}, {Benchmark::Fio});
        twice.benchmarks.fio.sizeMiB = 768;
        QTest::newRow("fio exactly 2x RAM") << twice << QString();
        QTest::newRow("fio default size (2x RAM)") << session({spec()}, {Benchmark::Fio}) << QString();
        Session noFio = small;
        noFio.benchmarks.enabled = {Benchmark::Pi};
        QTest::newRow("fio not in the suite") << noFio << QString();
        Session noDisk = small;
        noDisk.specs.first().disk = DiskBackend::None;
        QTest::newRow("spec without data disk") << noDisk << QString();
        Session xen = small;
        xen.specs = {xenPvSpec()};
        QTest::newRow("spec the host cannot run") << xen << QString();
        Session userNet = small;
        userNet.specs.first().network = NetworkMode::User;
        QTest::newRow("user network (fio still runs)")
            << userNet << QStringLiteral("the fio data set (256 MiB) is less than twice");
    }

    void fioWarning()
    {
        QFETCH(Session, session);
        QFETCH(QString, warning);
        const CellPlan plan = planCells(session, context());
        if (warning.isEmpty()) {
            QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(plan.warnings.size(), 1);
            QVERIFY2(plan.warnings.first().contains(warning), qPrintable(plan.warnings.first()));
        }
    }

    // Without fio in the guest the spec never runs fio: no warning about its data set.
    void fioWarningOnlyWhenFioRuns()
    {
        Session s = session({spec()}, {Benchmark::Pi, Benchmark::Fio});
        s.benchmarks.fio.sizeMiB = 256;
        QCOMPARE(planCells(s, context()).warnings.size(), 1);
        const CellPlan plan = planCells(s, context(true, true, {QStringLiteral("7zz")}));
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
    }

    // The quick preset on this machine kind: bare metal and the two KVM-on-file specs (run as
    // QEMU/TCG) × {1, 2} run every benchmark; every Xen and every LVM cell is skipped whole.
    void quickPreset()
    {
        const auto preset = makePreset(QStringLiteral("quick"));
        QVERIFY2(preset.ok(), qPrintable(preset.errorMessage()));
        const Session &s = *preset;
        const CellPlan plan = planCells(s, context());
        qInfo("quick preset on a TCG host:\n%s", qPrintable(dump(plan)));

        int xenOrLvm = 0;
        for (const Cell &c : s.cells()) {
            const PlannedCell *pc = plannedCell(plan, c.key());
            QStringList skippedHere;
            for (const SkippedItem &sk : plan.skipped)
                if (sk.cell == c.key())
                    skippedHere.append(sk.benchmark.isEmpty() ? QStringLiteral("*") : sk.benchmark);
            const VmSpec *v = c.isBaseline() ? nullptr : &s.specs.at(c.specIndex);
            if (v && (isXen(v->hypervisor) || v->disk == DiskBackend::LogicalVolume)) {
                ++xenOrLvm;
                QVERIFY2(!pc, qPrintable(c.key()));
                QCOMPARE(skippedHere, QStringList{QStringLiteral("*")});
            } else {
                QVERIFY2(pc, qPrintable(c.key()));
                QCOMPARE(pc->benchmarks, s.benchmarks.enabled);
                QVERIFY2(skippedHere.isEmpty(), qPrintable(c.key() + QLatin1Char(' ') + skippedHere.join(u',')));
            }
        }
        QCOMPARE(xenOrLvm, 12); // 4 Xen specs + 2 KVM-on-LVM specs, × {1, 2}
        QCOMPARE(plan.skipped.size(), 12);
        QStringList runningCells;
        for (const PlannedCell &pc : plan.cells)
            runningCells.append(pc.cell.key());
        QCOMPARE(runningCells, (QStringList{QStringLiteral("bare-metal/0"), QStringLiteral("kvm-e1000-file/1"),
                                            QStringLiteral("kvm-e1000-file/2"), QStringLiteral("kvm-virtio-file/1"),
                                            QStringLiteral("kvm-virtio-file/2")}));
        QVERIFY(plan.baselineNeedsNetwork());
        QVERIFY(plan.warnings.isEmpty());
        QCOMPARE(plan.placements.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCellPlan)
#include "tst_cellplan.moc"
