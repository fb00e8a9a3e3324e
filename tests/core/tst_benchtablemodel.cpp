// SPDX-License-Identifier: GPL-3.0-or-later
// BenchTableModel: rows follow the session's results (added, cleared, reset), PI stays out, the
// figures are those of computeBenchTable, the model passes QAbstractItemModelTester.
#include "analysis/benchtablemodel.h"
#include "io/csvexport.h"
#include "model/sessiondocument.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

namespace {
RunResult net(const QString &config, int vms, int guest, double mbps)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.guest = guest;
    r.workload = QStringLiteral("net-out");
    r.command = QStringLiteral("iperf3 -c 10.0.0.1 -J");
    r.metrics = {{QStringLiteral("throughput_mbps"), mbps}};
    r.wallNs = 1'000'000'000;
    return r;
}
RunResult pi(int vms, qint64 cycles)
{
    RunResult r;
    r.config = vms ? QStringLiteral("vm") : kBareMetal;
    r.vmCount = vms;
    r.workload = QStringLiteral("pi");
    r.cycles = cycles;
    r.wallNs = 1000;
    return r;
}
} // namespace

class TstBenchTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheSession()
    {
        QTemporaryDir dir;
        SessionDocument doc;
        Session s = Session::demo();
        doc.reset(s);
        QVERIFY(doc.save(dir.filePath(QStringLiteral("s.hvbench"))).ok());
        BenchTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(doc.addResult(pi(0, 100)).ok());
        QCOMPARE(model.rowCount(), 0); // PI is Table I's, not here
        QVERIFY(doc.addResult(net(kBareMetal, 0, 0, 1000)).ok());
        QVERIFY(doc.addResult(net(QStringLiteral("vm"), 2, 0, 400)).ok());
        QVERIFY(doc.addResult(net(QStringLiteral("vm"), 2, 1, 200)).ok());
        QCOMPARE(model.rowCount(), 2);
        const int vmRow = model.data(model.index(0, BenchTableModel::VmCount), BenchTableModel::RawValueRole).toInt() == 2 ? 0 : 1;
        auto raw = [&](int col) { return model.data(model.index(vmRow, col), BenchTableModel::RawValueRole); };
        QCOMPARE(raw(BenchTableModel::Benchmark).toString(), QStringLiteral("net-out"));
        QCOMPARE(raw(BenchTableModel::Figure).toString(), QStringLiteral("throughput_mbps"));
        QCOMPARE(raw(BenchTableModel::MeanPerGuest).toDouble(), 300.0);
        QCOMPARE(raw(BenchTableModel::Aggregate).toDouble(), 600.0);
        QCOMPARE(raw(BenchTableModel::LossPct).toDouble(), 70.0); // (1000 − 300) / 1000
        QVERIFY(!raw(BenchTableModel::Ci95PerGuest).isValid());   // one round: no CI
        QCOMPARE(model.data(model.index(vmRow, BenchTableModel::LossCi95Pct)).toString(), QStringLiteral("n/a"));
        QCOMPARE(model.headerData(BenchTableModel::LossPct, Qt::Horizontal, BenchTableModel::ColumnKeyRole).toString(),
                 QStringLiteral("loss_pct"));

        // CSV of the model reads back the same numbers.
        const QString csv = dir.filePath(QStringLiteral("b.csv"));
        QVERIFY(io::writeCsv(model, csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("benchmark,metric,config,vm_count")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("net-out,throughput_mbps,vm,2,2,300,")), qPrintable(text));

        doc.clearResults();
        QCOMPARE(model.rowCount(), 0);
        doc.reset(Session::demo());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstBenchTableModel)
#include "tst_benchtablemodel.moc"
