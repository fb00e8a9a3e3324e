// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/benchtable.h"
#include "analysis/losstable.h"

#include <QtTest>
#include <cmath>

using namespace hvbench;
using analysis::BenchRow;

namespace {
RunResult run(Benchmark b, const QString &config, int vms, int round, int guest, const QString &metric, double v)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.repeat = round;
    r.guest = guest;
    r.workload = benchmarkId(b);
    if (b == Benchmark::Pi)
        r.cycles = qint64(v);
    else
        r.metrics.insert(metric, v);
    return r;
}
const QString kBare = QStringLiteral("bare-metal");
const QString kVm = QStringLiteral("kvm-virtio");
const QString kMbps = QStringLiteral("throughput_mbps");

const BenchRow *find(const QList<BenchRow> &rows, Benchmark b, const QString &metric, const QString &config, int vms)
{
    for (const BenchRow &r : rows)
        if (r.benchmark == b && r.metric == metric && r.config == config && r.vmCount == vms)
            return &r;
    return nullptr;
}
bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}
} // namespace

class TstBenchTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void throughputLossAndCi()
    {
        // Bare metal: 900, 1000, 1100 over three rounds.  Two VMs: each round both guests get the
        // same, 400/500/600 → per guest mean 500, aggregate (sum) mean 1000.
        QList<RunResult> rs;
        const double bare[] = {900, 1000, 1100};
        const double vm[] = {400, 500, 600};
        for (int round = 0; round < 3; ++round) {
            rs.append(run(Benchmark::NetOut, kBare, 0, round, 0, kMbps, bare[round]));
            for (int g = 0; g < 2; ++g)
                rs.append(run(Benchmark::NetOut, kVm, 2, round, g, kMbps, vm[round]));
        }
        const auto rows = analysis::computeBenchTable(rs);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).config, kBare); // bare metal first
        const BenchRow *b = find(rows, Benchmark::NetOut, kMbps, kBare, 0);
        const BenchRow *v = find(rows, Benchmark::NetOut, kMbps, kVm, 2);
        QVERIFY(b && v);
        QVERIFY(v->higherIsBetter);
        QCOMPARE(v->n, 6);
        QCOMPARE(v->perGuest.n, 3);
        QVERIFY(near(v->perGuest.mean, 500));
        QVERIFY(near(v->perGuest.stddev, 100));
        QVERIFY(near(v->aggregate.mean, 1000));
        QVERIFY(near(v->aggregate.stddev, 200));
        QCOMPARE(b->lossPct.value(), 0.0);
        QVERIFY(near(v->lossPct.value(), 50));          // (1000 − 500) / 1000
        const double ci = 4.303 * 100 / std::sqrt(3.0); // both: sd 100, n 3
        const double expectCi = 500.0 / 1000.0 * std::hypot(ci / 1000, ci / 500) * 100;
        QVERIFY2(near(v->lossCi95Pct, expectCi), qPrintable(QString::number(v->lossCi95Pct)));
        QCOMPARE(v->jain, 1.0); // the two guests got the same
        QCOMPARE(v->minMaxRatio, 1.0);
        QCOMPARE(v->cov, 0.0);
    }

    void piIsACost()
    {
        QList<RunResult> rs;
        for (int round = 0; round < 2; ++round) {
            rs.append(run(Benchmark::Pi, kBare, 0, round, 0, {}, 100));
            rs.append(run(Benchmark::Pi, kVm, 2, round, 0, {}, 100));
            rs.append(run(Benchmark::Pi, kVm, 2, round, 1, {}, 300)); // mean 200
        }
        const auto rows = analysis::computeBenchTable(rs);
        const BenchRow *v = find(rows, Benchmark::Pi, QStringLiteral("cycles"), kVm, 2);
        QVERIFY(v);
        QVERIFY(!v->higherIsBetter);
        QVERIFY(near(v->lossPct.value(), 50)); // 1 − 100/200, not (100 − 200)/100
        QCOMPARE(v->lossCi95Pct, 0.0);         // no spread across rounds
        QVERIFY(near(v->jain, 0.8));           // (100 + 300)² / (2 · (100² + 300²))
        QVERIFY(near(v->minMaxRatio, 1.0 / 3));
        QVERIFY(near(v->cov, std::sqrt(2.0) * 100 / 200));
        QVERIFY(near(v->aggregate.mean, 400));
    }

    void sharedCiMatchesLossTable()
    {
        QList<RunResult> rs;
        const double bare[] = {100, 104, 98};
        const double vm[] = {120, 131, 125};
        for (int round = 0; round < 3; ++round) {
            rs.append(run(Benchmark::Pi, kBare, 0, round, 0, {}, bare[round]));
            rs.append(run(Benchmark::Pi, kVm, 1, round, 0, {}, vm[round]));
        }
        const auto loss = analysis::computeLossTable(rs);
        const auto bench = analysis::computeBenchTable(rs);
        const BenchRow *v = find(bench, Benchmark::Pi, QStringLiteral("cycles"), kVm, 1);
        QVERIFY(v && loss.size() == 2);
        QVERIFY(near(v->lossPct.value(), loss.at(1).lossPct.value()));
        QVERIFY(v->lossCi95Pct > 0);
        QVERIFY(near(v->lossCi95Pct, loss.at(1).lossCi95Pct)); // one guest: the same samples
    }

    void missingBaselineHasNoLoss()
    {
        QList<RunResult> rs;
        for (int round = 0; round < 2; ++round) {
            RunResult r = run(Benchmark::Fio, kVm, 1, round, 0, QStringLiteral("seq_read_mib_s"), 200 + round);
            r.metrics.insert(QStringLiteral("rand_read_iops"), 5000);
            rs.append(r);
            rs.append(run(Benchmark::NetIn, kBare, 0, round, 0, kMbps, 900)); // baseline of another benchmark
        }
        const auto rows = analysis::computeBenchTable(rs);
        const BenchRow *seq = find(rows, Benchmark::Fio, QStringLiteral("seq_read_mib_s"), kVm, 1);
        const BenchRow *iops = find(rows, Benchmark::Fio, QStringLiteral("rand_read_iops"), kVm, 1);
        QVERIFY(seq && iops);
        QVERIFY(!seq->lossPct);
        QVERIFY(!iops->lossPct);
        QVERIFY(near(seq->perGuest.mean, 200.5));
        // Metrics the runs lack have no row; key-metric order within the benchmark.
        QVERIFY(!find(rows, Benchmark::Fio, QStringLiteral("seq_write_mib_s"), kVm, 1));
        QVERIFY(seq < iops); // pointers into the same list
    }

    void externalDirectionFromTheSession()
    {
        QList<RunResult> rs{run(Benchmark::ExternalScore, kBare, 0, 0, 0, QStringLiteral("score"), 10),
                            run(Benchmark::ExternalScore, kVm, 1, 0, 0, QStringLiteral("score"), 20)};
        const auto higher = analysis::computeBenchTable(rs);
        QVERIFY(near(find(higher, Benchmark::ExternalScore, QStringLiteral("score"), kVm, 1)->lossPct.value(), -100));
        BenchmarkSuite suite;
        suite.external.higherIsBetter = false; // e.g. a run time
        const auto lower = analysis::computeBenchTable(rs, analysis::directionOverrides(suite));
        const BenchRow *v = find(lower, Benchmark::ExternalScore, QStringLiteral("score"), kVm, 1);
        QVERIFY(!v->higherIsBetter);
        QVERIFY(near(v->lossPct.value(), 50)); // 1 − 10/20
    }

    void orderAndUnknownWorkloads()
    {
        QList<RunResult> rs{run(Benchmark::Bonnie, QStringLiteral("b"), 1, 0, 0, QStringLiteral("block_read_kib_s"), 1),
                            run(Benchmark::NetOut, QStringLiteral("a"), 2, 0, 0, kMbps, 1),
                            run(Benchmark::NetOut, QStringLiteral("a"), 1, 0, 0, kMbps, 1),
                            run(Benchmark::NetOut, kBare, 0, 0, 0, kMbps, 1),
                            run(Benchmark::Pi, QStringLiteral("z"), 1, 0, 0, {}, 1)};
        RunResult odd = rs.first();
        odd.workload = QStringLiteral("mystery");
        rs.append(odd);
        const auto rows = analysis::computeBenchTable(rs);
        QStringList got;
        for (const BenchRow &r : rows)
            got.append(benchmarkId(r.benchmark) + QLatin1Char(':') + r.config + QLatin1Char('/') +
                       QString::number(r.vmCount));
        QCOMPARE(got, (QStringList{QStringLiteral("pi:z/1"), QStringLiteral("net-out:bare-metal/0"),
                                   QStringLiteral("net-out:a/1"), QStringLiteral("net-out:a/2"),
                                   QStringLiteral("bonnie:b/1")}));
    }
};

QTEST_GUILESS_MAIN(TstBenchTable)
#include "tst_benchtable.moc"
