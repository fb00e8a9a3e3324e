// SPDX-License-Identifier: GPL-3.0-or-later
// buildFigureData / FigureDataModel: lines per configuration with bare metal as a reference,
// bars at the largest (or smallest) VM count every configuration ran, cells for fairness,
// the reason when there is nothing to plot, units of metric names, PI rows from Table I, and
// the model follows the session and passes QAbstractItemModelTester.
#include "analysis/benchtablemodel.h"
#include "analysis/figuredata.h"
#include "analysis/figuredatamodel.h"
#include "analysis/losstablemodel.h"
#include "analysis/paperfigures.h"
#include "model/sessiondocument.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::analysis;

namespace {
BenchRow row(const QString &config, int vms, double mean, int rounds = 2)
{
    BenchRow r;
    r.benchmark = Benchmark::NetOut;
    r.metric = QStringLiteral("throughput_mbps");
    r.config = config;
    r.vmCount = vms;
    r.perGuest = {rounds, mean, 1, 2.5, mean - 1, mean + 1};
    r.aggregate = {rounds, mean * std::max(1, vms), 1, 5, mean, mean};
    r.n = rounds * std::max(1, vms);
    r.jain = vms > 1 ? 0.9 : 1;
    r.minMaxRatio = vms > 1 ? 0.8 : 1;
    return r;
}

FigureSpec netSpec(FigureLayout layout, FigureValue value)
{
    FigureSpec s;
    s.id = QStringLiteral("t");
    s.metrics = {{Benchmark::NetOut, QStringLiteral("throughput_mbps"), QStringLiteral("out")}};
    s.layout = layout;
    s.value = value;
    return s;
}

RunResult net(const QString &config, int vms, int guest, int round, double mbps)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.guest = guest;
    r.repeat = round;
    r.workload = QStringLiteral("net-out");
    r.metrics = {{QStringLiteral("throughput_mbps"), mbps}};
    return r;
}
} // namespace

class TstFigureData final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void units_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("unit");
        QTest::newRow("mbps") << QStringLiteral("throughput_mbps") << QStringLiteral("Mbit/s");
        QTest::newRow("mib") << QStringLiteral("seq_read_mib_s") << QStringLiteral("MiB/s");
        QTest::newRow("kib") << QStringLiteral("block_write_kib_s") << QStringLiteral("KiB/s");
        QTest::newRow("iops") << QStringLiteral("rand_read_iops") << QStringLiteral("IOPS");
        QTest::newRow("mips") << QStringLiteral("score_mips") << QStringLiteral("MIPS");
        QTest::newRow("cycles") << QStringLiteral("cycles") << QStringLiteral("cycles");
        QTest::newRow("unknown") << QStringLiteral("score") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void units()
    {
        QFETCH(QString, metric);
        QFETCH(QString, unit);
        QCOMPARE(metricUnit(metric), unit);
    }
    void everyPaperSpecIsComplete()
    {
        QSet<QString> ids;
        for (const FigureSpec &s : paperFigureSpecs()) {
            QVERIFY(!ids.contains(s.id));
            ids.insert(s.id);
            QVERIFY(!s.title.isEmpty() && !s.metrics.isEmpty() && !s.valueTitle.isEmpty());
            const QString unit = metricUnit(s.metrics.first().metric);
            for (const FigureMetric &m : s.metrics)
                if (s.value == FigureValue::PerGuest || s.value == FigureValue::Aggregate)
                    QCOMPARE(metricUnit(m.metric), unit); // one axis, one unit
        }
    }
    void lines()
    {
        const QList<BenchRow> rows{row(kBareMetal, 0, 1000), row(QStringLiteral("b"), 8, 100),
                                   row(QStringLiteral("b"), 1, 700), row(QStringLiteral("a"), 1, 800, 1)};
        const FigureData f = buildFigureData(netSpec(FigureLayout::LinesByVmCount, FigureValue::PerGuest), rows);
        QVERIFY(f.emptyReason.isEmpty());
        QCOMPARE(f.series.size(), 3);
        QCOMPARE(f.series.at(0).name, QStringLiteral("a"));
        QVERIFY(!f.series.at(0).points.first().ci95); // one round: no CI
        QCOMPARE(f.series.at(1).points.size(), 2);
        QCOMPARE(f.series.at(1).points.at(0).vmCount, 1); // sorted by VM count
        QCOMPARE(f.series.at(1).points.at(1).value, 100.0);
        QCOMPARE(*f.series.at(1).points.at(1).ci95, 2.5);
        QVERIFY(f.series.last().reference);
        QCOMPARE(f.series.last().points.first().value, 1000.0);
        QCOMPARE(f.pointCount(), 4);
    }
    void barsAtTheLargestCommonCount()
    {
        // a ran 1, 2, 8; b ran 1 and 2: the largest common count is 2.
        const QList<BenchRow> rows{row(kBareMetal, 0, 1000),         row(QStringLiteral("a"), 1, 900),
                                   row(QStringLiteral("a"), 2, 450), row(QStringLiteral("a"), 8, 110),
                                   row(QStringLiteral("b"), 1, 600), row(QStringLiteral("b"), 2, 300)};
        FigureSpec spec = netSpec(FigureLayout::BarsByConfig, FigureValue::Aggregate);
        FigureData f = buildFigureData(spec, rows, {{QStringLiteral("a"), QStringLiteral("file/raw, virtio")}});
        QCOMPARE(f.vmCount, 2);
        QCOMPARE(f.categories, (QStringList{QStringLiteral("bare metal"), QStringLiteral("a\nfile/raw, virtio"),
                                            QStringLiteral("b")}));
        QCOMPARE(f.series.size(), 1);
        QCOMPARE(f.series.first().points.at(1).value, 900.0); // aggregate of a ×2
        spec.pick = VmCountPick::SmallestCommon;
        QCOMPARE(buildFigureData(spec, rows).vmCount, 1);
        spec.bareMetal = false;
        QCOMPARE(buildFigureData(spec, rows).categories.size(), 2);
    }
    void lossAndFairness()
    {
        QList<BenchRow> rows{row(kBareMetal, 0, 1000), row(QStringLiteral("a"), 2, 400)};
        rows[0].lossPct = 0;
        rows[1].lossPct = 60;
        rows[1].lossCi95Pct = 3;
        FigureSpec loss = netSpec(FigureLayout::BarsByConfig, FigureValue::LossPct);
        loss.bareMetal = false;
        FigureData f = buildFigureData(loss, rows);
        QCOMPARE(f.series.first().points.size(), 1);
        QCOMPARE(f.series.first().points.first().value, 60.0);
        QCOMPARE(*f.series.first().points.first().ci95, 3.0);
        // Without the baseline the loss figure says so.
        f = buildFigureData(loss, {rows.at(1)});
        QVERIFY(f.isEmpty());
        QVERIFY(f.emptyReason.contains(QStringLiteral("Bare metal")));

        FigureSpec jain = netSpec(FigureLayout::BarsByCell, FigureValue::Jain);
        jain.minVmCount = 2;
        jain.bareMetal = false;
        f = buildFigureData(jain, rows + QList<BenchRow>{row(QStringLiteral("a"), 1, 800)});
        QCOMPARE(f.categories, QStringList{QStringLiteral("a ×2")});
        QCOMPARE(f.series.first().points.first().value, 0.9);
        QVERIFY(!f.series.first().points.first().ci95);
        f = buildFigureData(jain, {row(kBareMetal, 0, 1000), row(QStringLiteral("a"), 1, 800)});
        QVERIFY(f.isEmpty());
        QVERIFY(f.emptyReason.contains(QStringLiteral("2 or more")));
    }
    void nothingToPlot()
    {
        const FigureSpec spec = netSpec(FigureLayout::LinesByVmCount, FigureValue::PerGuest);
        FigureData f = buildFigureData(spec, {});
        QVERIFY(f.isEmpty());
        QVERIFY(f.emptyReason.contains(benchmarkDisplayName(Benchmark::NetOut)));
        f = buildFigureData(spec, {row(kBareMetal, 0, 1000)});
        QVERIFY(f.isEmpty());
        QVERIFY(f.emptyReason.contains(QStringLiteral("bare-metal")));
        // Rows of other figures, and a spec without metrics, plot nothing.
        BenchRow other = row(QStringLiteral("a"), 1, 5);
        other.metric = QStringLiteral("seq_read_mib_s");
        QVERIFY(buildFigureData(spec, {other}).isEmpty());
        FigureSpec none = spec;
        none.metrics.clear();
        QVERIFY(buildFigureData(none, {row(QStringLiteral("a"), 1, 5)}).isEmpty());
    }
    void piFromLossTable()
    {
        LossRow l;
        l.config = QStringLiteral("a");
        l.vmCount = 2;
        l.cycles = {4, 3e9, 1e7, 2e7, 2.9e9, 3.1e9};
        l.lossPct = 3;
        l.jain = 0.99;
        l.minMaxRatio = 0.95;
        const QList<BenchRow> rows = benchRowsFromLossTable({l});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().benchmark, Benchmark::Pi);
        QCOMPARE(rows.first().metric, QStringLiteral("cycles"));
        QVERIFY(!rows.first().higherIsBetter);
        QCOMPARE(rows.first().perGuest.mean, 3e9);
        QCOMPARE(rows.first().jain, 0.99);
        QCOMPARE(rows.first().minMaxRatio, 0.95);
    }
    void modelFollowsTheSession()
    {
        SessionDocument doc;
        BenchTableModel bench(&doc);
        LossTableModel loss(&doc);
        FigureDataModel model(netSpec(FigureLayout::LinesByVmCount, FigureValue::PerGuest), &bench, &loss, &doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.figure().emptyReason.isEmpty());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int round = 0; round < 2; ++round) {
            QVERIFY(doc.addResult(net(kBareMetal, 0, 0, round, 1000 + round)).ok());
            QVERIFY(doc.addResult(net(QStringLiteral("a"), 2, 0, round, 300 + round)).ok());
            QVERIFY(doc.addResult(net(QStringLiteral("a"), 2, 1, round, 310 + round)).ok());
        }
        QVERIFY(!reset.isEmpty());
        QCOMPARE(model.rowCount(), 2); // a ×2 and the bare-metal reference
        auto raw = [&](int r, int c) { return model.index(r, c).data(FigureDataModel::RawValueRole); };
        QCOMPARE(raw(0, FigureDataModel::Series).toString(), QStringLiteral("a"));
        QCOMPARE(raw(0, FigureDataModel::VmCount).toInt(), 2);
        QCOMPARE(raw(0, FigureDataModel::Value).toDouble(), 305.5);
        QVERIFY(raw(0, FigureDataModel::Ci95).toDouble() > 0);
        QCOMPARE(raw(0, FigureDataModel::N).toInt(), 4);
        QVERIFY(raw(1, FigureDataModel::Reference).toBool());
        QCOMPARE(raw(1, FigureDataModel::Value).toDouble(), 1000.5);
        QCOMPARE(model.headerData(FigureDataModel::Value, Qt::Horizontal, FigureDataModel::ColumnKeyRole).toString(),
                 QStringLiteral("value"));
        QVERIFY(!model.index(0, FigureDataModel::Value).data().toString().isEmpty());
        doc.clearResults();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstFigureData)
#include "tst_figuredata.moc"
