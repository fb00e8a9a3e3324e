// SPDX-License-Identifier: GPL-3.0-or-later
// alignSources: sessions' benchmark tables aligned by (benchmark, figure, config, VM count); a
// cell a session lacks is absent (never 0); a session without bare metal has no loss; the
// paper's published rows join a measured row of their hypervisor kind and VM count.
#include "analysis/comparison.h"

#include <QtTest>

Q_DECLARE_METATYPE(hvbench::Session)
Q_DECLARE_METATYPE(hvbench::Hypervisor)

using namespace hvbench;
using analysis::CompareRow;
using analysis::CompareSource;

namespace {
const QString kMbps = QStringLiteral("throughput_mbps");

RunResult net(const QString &config, int vms, int round, int guest, double mbps)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.repeat = round;
    r.guest = guest;
    r.workload = QStringLiteral("net-out");
    r.metrics = {{kMbps, mbps}};
    return r;
}

RunResult cpu(const QString &config, int vms, int round, int guest, double perCopy)
{
    RunResult r = net(config, vms, round, guest, 0);
    r.workload = QStringLiteral("cpu-score");
    r.metrics = {{QStringLiteral("score_per_copy_mips"), perCopy}, {QStringLiteral("score_mips"), perCopy}};
    return r;
}

// A session with one spec `spec` (hypervisor h) and the given results.
Session session(const QString &spec, Hypervisor h, const QList<RunResult> &results)
{
    Session s = Session::demo();
    s.specs.first().name = spec;
    s.specs.first().hypervisor = h;
    s.results = results;
    return s;
}

// "cfg×vms" → loss of source i, or "—"
QStringList describe(const QList<CompareRow> &rows)
{
    QStringList out;
    for (const CompareRow &r : rows) {
        QStringList cells;
        for (const auto &c : r.cells)
            cells.append(!c           ? QStringLiteral("—")
                         : c->lossPct ? QString::number(*c->lossPct, 'f', 1)
                                      : QStringLiteral("nl"));
        out.append(
            QStringLiteral("%1/%2×%3:%4").arg(r.benchmark, r.config).arg(r.vmCount).arg(cells.join(QLatin1Char(','))));
    }
    return out;
}

const CompareRow *find(const QList<CompareRow> &rows, const QString &benchmark, const QString &config, int vms)
{
    for (const CompareRow &r : rows)
        if (r.benchmark == benchmark && r.config == config && r.vmCount == vms)
            return &r;
    return nullptr;
}
} // namespace

class TstComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void alignment_data()
    {
        QTest::addColumn<QList<Session>>("sessions");
        QTest::addColumn<QStringList>("expected");
        const QString kvm = QStringLiteral("kvm");
        const Session a = session(
            kvm, Hypervisor::Kvm,
            {net(kBareMetal, 0, 0, 0, 1000), net(kvm, 1, 0, 0, 800), net(kvm, 2, 0, 0, 500), net(kvm, 2, 0, 1, 500)});
        const Session b = session(kvm, Hypervisor::Kvm, {net(kBareMetal, 0, 0, 0, 2000), net(kvm, 1, 0, 0, 1000)});
        QTest::newRow("same cells") << QList<Session>{b, b}
                                    << QStringList{QStringLiteral("net-out/bare-metal×0:0.0,0.0"),
                                                   QStringLiteral("net-out/kvm×1:50.0,50.0")};
        QTest::newRow("overlapping cells")
            << QList<Session>{a, b}
            << QStringList{QStringLiteral("net-out/bare-metal×0:0.0,0.0"), QStringLiteral("net-out/kvm×1:20.0,50.0"),
                           QStringLiteral("net-out/kvm×2:50.0,—")};
        const QString xen = QStringLiteral("xen");
        const Session c = session(xen, Hypervisor::XenPv, {net(xen, 4, 0, 0, 100)}); // no bare metal
        QTest::newRow("disjoint cells, no bare metal ⇒ no loss")
            << QList<Session>{b, c}
            << QStringList{QStringLiteral("net-out/bare-metal×0:0.0,—"), QStringLiteral("net-out/kvm×1:50.0,—"),
                           QStringLiteral("net-out/xen×4:—,nl")};
        QTest::newRow("three sessions") << QList<Session>{a, b, c}
                                        << QStringList{QStringLiteral("net-out/bare-metal×0:0.0,0.0,—"),
                                                       QStringLiteral("net-out/kvm×1:20.0,50.0,—"),
                                                       QStringLiteral("net-out/kvm×2:50.0,—,—"),
                                                       QStringLiteral("net-out/xen×4:—,—,nl")};
        QTest::newRow("one empty session") << QList<Session>{Session::demo()} << QStringList{};
    }
    void alignment()
    {
        QFETCH(QList<Session>, sessions);
        QFETCH(QStringList, expected);
        QList<CompareSource> sources;
        for (const Session &s : sessions)
            sources.append(analysis::compareSource(QStringLiteral("s%1").arg(sources.size()), s));
        const auto rows = analysis::alignSources(sources);
        QCOMPARE(describe(rows), expected);
        for (const CompareRow &r : rows)
            QCOMPARE(r.cells.size(), sources.size());
    }

    void measuredCellCarriesMeanCiAndN()
    {
        const QString kvm = QStringLiteral("kvm");
        QList<RunResult> rs;
        for (int round = 0; round < 3; ++round) {
            rs.append(net(kBareMetal, 0, round, 0, 1000 + 100 * (round - 1)));
            rs.append(net(kvm, 1, round, 0, 500 + 100 * (round - 1)));
        }
        const auto rows =
            analysis::alignSources({analysis::compareSource(QStringLiteral("a"), session(kvm, Hypervisor::Kvm, rs))});
        const CompareRow *vm = find(rows, QStringLiteral("net-out"), kvm, 1);
        QVERIFY(vm);
        QCOMPARE(vm->paperKind, QStringLiteral("kvm"));
        QCOMPARE(vm->metric, kMbps);
        const auto &cell = vm->cells.at(0);
        QVERIFY(cell);
        QCOMPARE(*cell->mean, 500.0);
        QCOMPARE(*cell->lossPct, 50.0);
        QVERIFY(cell->lossCi95Pct && *cell->lossCi95Pct > 0);
        QCOMPARE(cell->n, 3);
        // One round: no interval.
        const auto one = analysis::alignSources({analysis::compareSource(
            QStringLiteral("a"), session(kvm, Hypervisor::Kvm, {net(kBareMetal, 0, 0, 0, 10), net(kvm, 1, 0, 0, 5)}))});
        QVERIFY(!find(one, QStringLiteral("net-out"), kvm, 1)->cells.at(0)->lossCi95Pct);
    }

    void referenceJoinsKvmSpecAtEightVms()
    {
        const auto ref = analysis::loadReference();
        QVERIFY2(ref.ok(), qPrintable(ref.errorMessage()));
        const QString spec = QStringLiteral("my-kvm");
        QList<RunResult> rs{cpu(kBareMetal, 0, 0, 0, 4000)};
        for (int g = 0; g < 8; ++g)
            rs.append(cpu(spec, 8, 0, g, 3800));
        rs.append(cpu(spec, 1, 0, 0, 3900)); // the paper has no CPU score at 1 VM
        const auto rows =
            analysis::alignSources({analysis::compareSource(QStringLiteral("mine"), session(spec, Hypervisor::Kvm, rs)),
                                    analysis::compareSource(QStringLiteral("paper"), *ref)});
        const CompareRow *eight = nullptr;
        for (const CompareRow &r : rows)
            if (r.benchmark == QLatin1String("cpu-score") && r.metric == QLatin1String("score_per_copy_mips") &&
                r.config == spec && r.vmCount == 8)
                eight = &r;
        QVERIFY(eight);
        QVERIFY(eight->cells.at(0) && eight->cells.at(1));
        QCOMPARE(*eight->cells.at(0)->lossPct, 5.0);
        QCOMPARE(*eight->cells.at(1)->lossPct, 3.42); // Table I, E5420 kvm
        QVERIFY(!eight->cells.at(1)->mean);           // published: % loss only
        QCOMPARE(eight->cells.at(1)->n, 0);
        QVERIFY(eight->cells.at(1)->note.contains(QStringLiteral("Table I")));
        // 1 VM: no published CPU figure.
        for (const CompareRow &r : rows)
            if (r.benchmark == QLatin1String("cpu-score") && r.vmCount == 1)
                QVERIFY(!r.cells.at(1));
        // Xen rows and the yardstick are rows of their own, the KVM one is not.
        QVERIFY(find(rows, QStringLiteral("cpu-score"), QStringLiteral("E5420 xen-hvm"), 8));
        QVERIFY(find(rows, QStringLiteral("cpu-score"), QStringLiteral("E5420 xen-para"), 8));
        const CompareRow *yard = find(rows, QStringLiteral("cpu-score"), QStringLiteral("E5410 vs E5420"), 0);
        QVERIFY(yard && yard->publishedOnly && !yard->cells.at(0));
        QVERIFY(!find(rows, QStringLiteral("cpu-score"), QStringLiteral("E5420 kvm"), 8));
        // The second figure (score_mips) has no published counterpart.
        for (const CompareRow &r : rows)
            if (r.metric == QLatin1String("score_mips"))
                QVERIFY(!r.cells.at(1));
    }

    void referenceNeedsTheSameHypervisorKind_data()
    {
        QTest::addColumn<Hypervisor>("hypervisor");
        QTest::addColumn<double>("published");
        QTest::newRow("kvm") << Hypervisor::Kvm << 3.42;
        QTest::newRow("qemu (kvm's user space)") << Hypervisor::QemuTcg << 3.42;
        QTest::newRow("auto") << Hypervisor::Auto << 3.42;
        QTest::newRow("xen hvm") << Hypervisor::XenHvm << 4.55;
        QTest::newRow("xen pv") << Hypervisor::XenPv << 2.02;
    }
    void referenceNeedsTheSameHypervisorKind()
    {
        QFETCH(Hypervisor, hypervisor);
        QFETCH(double, published);
        const auto ref = analysis::loadReference();
        QVERIFY(ref.ok());
        const QString spec = QStringLiteral("vm");
        QList<RunResult> rs{cpu(kBareMetal, 0, 0, 0, 100)};
        for (int g = 0; g < 8; ++g)
            rs.append(cpu(spec, 8, 0, g, 90));
        const auto rows =
            analysis::alignSources({analysis::compareSource(QStringLiteral("mine"), session(spec, hypervisor, rs)),
                                    analysis::compareSource(QStringLiteral("paper"), *ref)});
        const CompareRow *r = find(rows, QStringLiteral("cpu-score"), spec, 8);
        QVERIFY(r && r->cells.at(1));
        QCOMPARE(*r->cells.at(1)->lossPct, published);
    }

    void piReferenceAlignsByVmCount()
    {
        const auto ref = analysis::loadReference();
        QVERIFY(ref.ok());
        const QString spec = QStringLiteral("vm");
        auto pi = [&](int vms, int guest, qint64 cycles) {
            RunResult r = net(vms ? spec : kBareMetal, vms, 0, guest, 0);
            r.workload = QStringLiteral("pi");
            r.metrics = {};
            r.cycles = cycles;
            return r;
        };
        QList<RunResult> rs{pi(0, 0, 1000), pi(1, 0, 1100), pi(2, 0, 1200), pi(2, 1, 1200)};
        const auto rows =
            analysis::alignSources({analysis::compareSource(QStringLiteral("mine"), session(spec, Hypervisor::Kvm, rs)),
                                    analysis::compareSource(QStringLiteral("paper"), *ref)});
        const CompareRow *one = find(rows, QStringLiteral("pi"), spec, 1);
        QVERIFY(one && one->cells.at(1));
        QCOMPARE(*one->cells.at(1)->lossPct, 2.0);
        QVERIFY(one->cells.at(1)->approximate);
        QVERIFY(!find(rows, QStringLiteral("pi"), spec, 2)->cells.at(1)); // the paper has no 2-VM figure
        // 8 and 17 VMs: rows of their own.
        QVERIFY(find(rows, QStringLiteral("pi"), QStringLiteral("KVM guests"), 8));
        QVERIFY(find(rows, QStringLiteral("pi"), QStringLiteral("KVM guests"), 17));
    }

    void units_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("unit");
        QTest::newRow("mbps") << kMbps << QStringLiteral("Mbit/s");
        QTest::newRow("mib_s") << QStringLiteral("seq_read_mib_s") << QStringLiteral("MiB/s");
        QTest::newRow("kib_s") << QStringLiteral("block_write_kib_s") << QStringLiteral("KiB/s");
        QTest::newRow("iops") << QStringLiteral("rand_read_iops") << QStringLiteral("IOPS");
        QTest::newRow("mips") << QStringLiteral("score_per_copy_mips") << QStringLiteral("MIPS");
        QTest::newRow("cycles") << QStringLiteral("cycles") << QStringLiteral("cycles");
        QTest::newRow("unknown") << QStringLiteral("score") << QString();
    }
    void units()
    {
        QFETCH(QString, metric);
        QFETCH(QString, unit);
        QCOMPARE(analysis::metricUnit(metric), unit);
    }
};

QTEST_GUILESS_MAIN(TstComparison)
#include "tst_comparison.moc"
