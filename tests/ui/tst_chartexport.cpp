// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstablemodel.h"
#include "charts/chartexport.h"
#include "charts/cycleschart.h"
#include "io/csvexport.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

class TstChartExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportAll();
    void csvRoundTrip();
    void unwritablePath();
    void placeholderWhenEmpty();

private:
    void fill(SessionDocument &doc);
};

void TstChartExport::initTestCase()
{
    // Keep the journal out of the user's data dir.
    QStandardPaths::setTestModeEnabled(true);
}

void TstChartExport::fill(SessionDocument &doc)
{
    // Synthetic data: bare metal 1 guest, kvm-virtio ×1 and ×2, two rounds each.
    auto add = [&](const QString &config, int vmCount, int repeat, int guest, qint64 cycles) {
        RunResult r;
        r.config = config;
        r.vmCount = vmCount;
        r.repeat = repeat;
        r.guest = guest;
        r.domain = vmCount ? QStringLiteral("hvbench-t-%1").arg(guest) : QString();
        r.workload = QStringLiteral("pi");
        r.command = QStringLiteral("pi --digits 2000, \"quoted\"");
        r.cycles = cycles;
        r.wallNs = cycles / 3;
        r.cpuNs = cycles / 3;
        QVERIFY(doc.addResult(r).ok());
    };
    for (int rep = 0; rep < 2; ++rep) {
        add(kBareMetal, 0, rep, 0, 3'000'000'000LL + rep * 10'000'000LL);
        add(QStringLiteral("kvm-virtio"), 1, rep, 0, 3'300'000'000LL + rep * 20'000'000LL);
        add(QStringLiteral("kvm-virtio"), 2, rep, 0, 6'100'000'000LL + rep * 50'000'000LL);
        add(QStringLiteral("kvm-virtio"), 2, rep, 1, 6'400'000'000LL - rep * 30'000'000LL);
    }
}

void TstChartExport::exportAll()
{
    SessionDocument doc;
    fill(doc);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (qEnvironmentVariableIsSet("HVBENCH_TEST_KEEP")) { // to look at the PNGs
        dir.setAutoRemove(false);
        qInfo("exported to %s", qPrintable(dir.path()));
    }
    const Status st = exportAllCharts(doc, dir.path());
    QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
    for (const char *name : {"fig04-06-pi-cycles.png", "table1-pi-loss.png"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QVERIFY(QFileInfo(path).size() > 1000);
        QImage image;
        QVERIFY(image.load(path));
        QCOMPARE(image.size(), QSize(1200, 800));
        // Not a blank page: the chart drew something other than the background.
        const QRgb corner = image.pixel(0, 0);
        int different = 0;
        for (int y = 0; y < image.height(); y += 8)
            for (int x = 0; x < image.width(); x += 8)
                different += image.pixel(x, y) != corner;
        QVERIFY2(different > 200,
                 qPrintable(QStringLiteral("%1: only %2 non-background samples").arg(path).arg(different)));
    }
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("results.csv"))).size() > 0);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("loss-table.csv"))).size() > 0);
}

void TstChartExport::csvRoundTrip()
{
    SessionDocument doc;
    fill(doc);
    QTemporaryDir dir;
    QVERIFY(exportAllCharts(doc, dir.path()).ok());

    QFile results(dir.filePath(QStringLiteral("results.csv")));
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = io::parseCsv(results.readAll());
    QCOMPARE(rows.size(), doc.session().results.size() + 1);
    const int cyclesCol = int(rows.first().indexOf(ResultsModel::columnKey(ResultsModel::Cycles)));
    const int commandCol = int(rows.first().indexOf(ResultsModel::columnKey(ResultsModel::Command)));
    QVERIFY(cyclesCol >= 0 && commandCol >= 0);
    for (int i = 0; i < doc.session().results.size(); ++i) {
        QCOMPARE(rows.at(i + 1).at(cyclesCol).toLongLong(), doc.session().results.at(i).cycles);
        QCOMPARE(rows.at(i + 1).at(commandCol), doc.session().results.at(i).command);
    }

    LossTableModel loss(&doc);
    QFile table(dir.filePath(QStringLiteral("loss-table.csv")));
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QList<QStringList> lrows = io::parseCsv(table.readAll());
    QCOMPARE(lrows.size(), loss.rowCount() + 1);
    const int lossCol = int(lrows.first().indexOf(QStringLiteral("loss_pct")));
    const int meanCol = int(lrows.first().indexOf(QStringLiteral("mean_cycles")));
    QVERIFY(lossCol >= 0 && meanCol >= 0);
    for (int r = 0; r < loss.rowCount(); ++r) {
        const auto &row = loss.rows().at(r);
        QVERIFY(qAbs(lrows.at(r + 1).at(meanCol).toDouble() - row.cycles.mean) <= 1e-6 * row.cycles.mean);
        QVERIFY(row.lossPct.has_value());
        QVERIFY(qAbs(lrows.at(r + 1).at(lossCol).toDouble() - *row.lossPct) < 1e-9 + 1e-9 * qAbs(*row.lossPct));
    }
    QVERIFY(*loss.rows().last().lossPct > 40); // ×2 is about half as fast
}

void TstChartExport::unwritablePath()
{
    SessionDocument doc;
    fill(doc);
    ResultsModel model(&doc);
    CyclesChart chart(&model);
    const Status st = exportChartPng(&chart, QStringLiteral("/nonexistent-dir/sub/chart.png"));
    QVERIFY(!st.ok());
    QVERIFY(!st.errorMessage().isEmpty());
    QVERIFY(!exportAllCharts(doc, QStringLiteral("/proc/hvbench-cannot-create")).ok());
}

void TstChartExport::placeholderWhenEmpty()
{
    SessionDocument doc;
    ResultsModel model(&doc);
    CyclesChart chart(&model);
    QVERIFY(chart.isShowingPlaceholder());
    QCOMPARE(chart.plottedValueCount(), 0);
    fill(doc);
    QVERIFY(!chart.isShowingPlaceholder());
    QCOMPARE(chart.plottedValueCount(), 4); // bare 1 + ×1 1 + ×2 2
    doc.clearResults();
    QVERIFY(chart.isShowingPlaceholder());
}

QTEST_MAIN(TstChartExport)
#include "tst_chartexport.moc"
