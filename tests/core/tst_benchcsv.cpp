// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/benchcsv.h"
#include "io/csvexport.h"

#include <QLocale>
#include <QtTest>

using namespace hvbench;
using analysis::BenchRow;

namespace {
RunResult run(const QString &config, int vms, int round, int guest, double mbps)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.repeat = round;
    r.guest = guest;
    r.workload = benchmarkId(Benchmark::NetOut);
    r.metrics.insert(QStringLiteral("throughput_mbps"), mbps);
    return r;
}
double num(const QString &s)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(s, &ok);
    if (!ok)
        qWarning() << "not a C-locale number:" << s;
    return v;
}
} // namespace

class TstBenchCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy)); // decimal comma: must not leak in
    }

    void readsBack()
    {
        const QString odd = QStringLiteral("kvm \"fast\", virtio");
        QList<RunResult> rs;
        const double bare[] = {941.25, 1000.5, 1060.125};
        for (int round = 0; round < 3; ++round) {
            rs.append(run(QStringLiteral("bare-metal"), 0, round, 0, bare[round]));
            rs.append(run(odd, 2, round, 0, 400.1 + round));
            rs.append(run(odd, 2, round, 1, 333.3 + round));
        }
        RunResult noBase = run(QStringLiteral("alone"), 1, 0, 0, 0);
        noBase.workload = benchmarkId(Benchmark::Fio);
        noBase.metrics = {{QStringLiteral("seq_read_mib_s"), 123.456}};
        rs.append(noBase);
        const QList<BenchRow> rows = analysis::computeBenchTable(rs);
        QCOMPARE(rows.size(), 3);

        const QList<QStringList> csv = io::parseCsv(io::benchTableCsv(rows));
        QCOMPARE(csv.size(), 1 + rows.size());
        const QStringList header = csv.first();
        QCOMPARE(header, io::benchTableCsvColumns());
        QVERIFY(header.contains(QStringLiteral("loss_pct")));
        const auto col = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
        for (int i = 0; i < rows.size(); ++i) {
            const BenchRow &r = rows.at(i);
            const QStringList &f = csv.at(i + 1);
            QCOMPARE(f.size(), header.size());
            QCOMPARE(f.at(col("benchmark")), benchmarkId(r.benchmark));
            QCOMPARE(f.at(col("metric")), r.metric); // carries the unit
            QCOMPARE(f.at(col("config")), r.config);
            QCOMPARE(f.at(col("higher_is_better")), r.higherIsBetter ? QStringLiteral("1") : QStringLiteral("0"));
            QCOMPARE(f.at(col("vm_count")).toInt(), r.vmCount);
            QCOMPARE(f.at(col("runs")).toInt(), r.n);
            QCOMPARE(f.at(col("rounds")).toInt(), r.perGuest.n);
            QCOMPARE(num(f.at(col("per_guest_mean"))), r.perGuest.mean); // exact: 17 digits
            QCOMPARE(num(f.at(col("per_guest_stddev"))), r.perGuest.stddev);
            QCOMPARE(num(f.at(col("per_guest_ci95"))), r.perGuest.ci95);
            QCOMPARE(num(f.at(col("per_guest_min"))), r.perGuest.min);
            QCOMPARE(num(f.at(col("per_guest_max"))), r.perGuest.max);
            QCOMPARE(num(f.at(col("aggregate_mean"))), r.aggregate.mean);
            QCOMPARE(num(f.at(col("aggregate_ci95"))), r.aggregate.ci95);
            QCOMPARE(num(f.at(col("jain_index"))), r.jain);
            QCOMPARE(num(f.at(col("min_max_ratio"))), r.minMaxRatio);
            QCOMPARE(num(f.at(col("cov"))), r.cov);
            if (r.lossPct) {
                QCOMPARE(num(f.at(col("loss_pct"))), *r.lossPct);
                QCOMPARE(num(f.at(col("loss_ci95_pct"))), r.lossCi95Pct);
            } else {
                QVERIFY(f.at(col("loss_pct")).isEmpty());
                QVERIFY(f.at(col("loss_ci95_pct")).isEmpty());
            }
        }
        // The VM row really has a loss with a fraction (so a decimal comma would have shown).
        QVERIFY(rows.at(1).lossPct && std::abs(*rows.at(1).lossPct - std::round(*rows.at(1).lossPct)) > 0);
        QVERIFY(!rows.at(2).lossPct);
        QVERIFY(!io::benchTableCsv(rows).contains(';'));
    }

    void empty()
    {
        const QList<QStringList> csv = io::parseCsv(io::benchTableCsv({}));
        QCOMPARE(csv.size(), 1);
        QCOMPARE(csv.first(), io::benchTableCsvColumns());
    }
};

QTEST_GUILESS_MAIN(TstBenchCsv)
#include "tst_benchcsv.moc"
