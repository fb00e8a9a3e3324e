// SPDX-License-Identifier: GPL-3.0-or-later
// BenchChart: every paper figure drawn from a hand-made session plots the expected number of
// points / bars, the values read back from the series are the benchmark table's, CI whiskers
// appear with more than one round (and not with one), axis titles carry units, the
// placeholder says what to run, and a dark palette gives light text on a dark background.
#include "analysis/benchtablemodel.h"
#include "analysis/figuredatamodel.h"
#include "analysis/losstablemodel.h"
#include "analysis/paperfigures.h"
#include "benchsession.h"
#include "charts/benchchart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::testdata;

namespace {
analysis::FigureSpec specById(const QString &id)
{
    const auto specs = analysis::paperFigureSpecs();
    for (const auto &s : specs)
        if (s.id == id)
            return s;
    qFatal("no figure spec %s", qPrintable(id));
}

struct Fixture {
    explicit Fixture(int rounds)
    {
        doc.reset(benchSession());
        if (rounds > 0)
            fill(doc, rounds);
    }
    SessionDocument doc;
    BenchTableModel bench{&doc};
    LossTableModel loss{&doc};
    // A figure's model and chart, owned by the fixture.
    BenchChart *chart(const QString &id)
    {
        auto *model = new FigureDataModel(specById(id), &bench, &loss, &doc, &owner);
        charts.emplace_back(std::make_unique<BenchChart>(model));
        return charts.back().get();
    }
    // A raw column of the benchmark table's row for (benchmark, metric, config, VMs).
    double table(const QString &benchmark, const QString &metric, const QString &config, int vms, int column) const
    {
        for (int r = 0; r < bench.rowCount(); ++r) {
            auto raw = [&](int c) { return bench.index(r, c).data(BenchTableModel::RawValueRole); };
            if (raw(BenchTableModel::Benchmark).toString() == benchmark &&
                raw(BenchTableModel::Figure).toString() == metric &&
                raw(BenchTableModel::Config).toString() == config && raw(BenchTableModel::VmCount).toInt() == vms)
                return raw(column).toDouble();
        }
        qFatal("no table row %s/%s %s ×%d", qPrintable(benchmark), qPrintable(metric), qPrintable(config), vms);
    }
    QObject owner;
    std::vector<std::unique_ptr<BenchChart>> charts;
};

QLineSeries *lineNamed(QChart *chart, const QString &name)
{
    const auto all = chart->series();
    for (QAbstractSeries *s : all)
        if (s->name() == name)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

QBarSeries *bars(QChart *chart)
{
    const auto all = chart->series();
    for (QAbstractSeries *s : all)
        if (auto *b = qobject_cast<QBarSeries *>(s))
            return b;
    return nullptr;
}

int whiskerCount(QChart *chart) // whiskers are the unnamed line series
{
    int n = 0;
    const auto all = chart->series();
    for (QAbstractSeries *s : all)
        n += s->name().isEmpty() && qobject_cast<QLineSeries *>(s);
    return n;
}

QValueAxis *valueAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

double yAt(QLineSeries *s, int vms)
{
    const auto pts = s->points();
    for (const QPointF &p : pts)
        if (qFuzzyCompare(p.x(), double(vms)))
            return p.y();
    return qQNaN();
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}
} // namespace

class TstBenchChart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void plottedCounts_data();
    void plottedCounts();
    void linesFollowTheTable();
    void barsFollowTheTable();
    void whiskersOnlyWithRounds();
    void axisTitlesCarryUnits();
    void placeholders();
    void darkPalette();
};

void TstBenchChart::plottedCounts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("points");
    // 2 configurations × VM counts {1, 2, 8}; bare metal: one reference line per figure.
    QTest::newRow("fig01") << QStringLiteral("fig01-cpu-score-per-guest") << 2 * 3 + 1;
    QTest::newRow("fig02") << QStringLiteral("fig02-cpu-score-aggregate") << 2 * 3 + 1;
    QTest::newRow("fig03") << QStringLiteral("fig03-cpu-score-aggregate-vs-bare-metal") << 1 + 2; // at 8 VMs
    QTest::newRow("fig07") << QStringLiteral("fig07-network-per-guest") << 2 * (2 * 3 + 1);       // out and in
    QTest::newRow("fig08") << QStringLiteral("fig08-network-by-config") << 2 * (1 + 2);
    QTest::newRow("fig09-11 bonnie") << QStringLiteral("fig09-11-disk-bonnie-1vm") << 2 * (1 + 2);
    QTest::newRow("fig09-11 fio") << QStringLiteral("fig09-11-disk-fio-sequential-1vm") << 2 * (1 + 2);
    QTest::newRow("fio random") << QStringLiteral("disk-fio-random-1vm") << 2 * (1 + 2);
    QTest::newRow("fig12 bonnie") << QStringLiteral("fig12-disk-bonnie-aggregate") << 2 * (1 + 2);
    QTest::newRow("fig12 fio") << QStringLiteral("fig12-disk-fio-aggregate") << 2 * (1 + 2);
    QTest::newRow("table1 cpu") << QStringLiteral("table1-cpu-score-loss") << 2;
    QTest::newRow("table1 all") << QStringLiteral("table1-every-benchmark-loss") << 9 * 2;
    QTest::newRow("jain") << QStringLiteral("fairness-jain") << 6 * 2 * 2; // 6 figures × cells with 2 and 8 VMs
    QTest::newRow("min/max") << QStringLiteral("fairness-min-max") << 6 * 2 * 2;
}

void TstBenchChart::plottedCounts()
{
    QFETCH(QString, id);
    QFETCH(int, points);
    Fixture f(3);
    BenchChart *chart = f.chart(id);
    QVERIFY2(!chart->isShowingPlaceholder(), qPrintable(chart->placeholderText()));
    QCOMPARE(chart->plottedValueCount(), points);
    int drawn = 0;
    const auto all = chart->chart()->series();
    for (QAbstractSeries *s : all) {
        if (auto *line = qobject_cast<QLineSeries *>(s); line && !s->name().isEmpty())
            drawn += s->name().startsWith(QStringLiteral("bare metal")) ? 1 : int(line->count());
        if (auto *b = qobject_cast<QBarSeries *>(s)) {
            const auto sets = b->barSets();
            for (QBarSet *set : sets)
                for (int i = 0; i < set->count(); ++i)
                    drawn += set->at(i) != 0;
        }
    }
    QCOMPARE(drawn, points);
    QVERIFY(chart->chart()->title().contains(QStringLiteral("Fig.")) ||
            chart->chart()->title().contains(QStringLiteral("Table I")) ||
            chart->chart()->title().contains(QStringLiteral("§6.3")) ||
            chart->chart()->title().contains(QStringLiteral("beyond the paper")));
}

void TstBenchChart::linesFollowTheTable()
{
    Fixture f(3);
    const QString cpu = QStringLiteral("cpu-score");
    const QString perCopy = QStringLiteral("score_per_copy_mips");
    const QString total = QStringLiteral("score_mips");

    BenchChart *fig1 = f.chart(QStringLiteral("fig01-cpu-score-per-guest"));
    for (const QString &config : {kVirtio, kE1000}) {
        QLineSeries *s = lineNamed(fig1->chart(), config);
        QVERIFY(s);
        QCOMPARE(s->count(), 3);
        for (int vms : {1, 2, 8})
            QVERIFY(close(yAt(s, vms), f.table(cpu, perCopy, config, vms, BenchTableModel::MeanPerGuest)));
    }
    QLineSeries *bare = lineNamed(fig1->chart(), QStringLiteral("bare metal"));
    QVERIFY(bare);
    QVERIFY(bare->pen().style() == Qt::DashLine);
    for (const QPointF &p : bare->points())
        QVERIFY(close(p.y(), f.table(cpu, perCopy, kBareMetal, 0, BenchTableModel::MeanPerGuest)));

    BenchChart *fig2 = f.chart(QStringLiteral("fig02-cpu-score-aggregate"));
    QLineSeries *virtio = lineNamed(fig2->chart(), kVirtio);
    QVERIFY(virtio);
    for (int vms : {1, 2, 8})
        QVERIFY(close(yAt(virtio, vms), f.table(cpu, total, kVirtio, vms, BenchTableModel::Aggregate)));
    // Aggregate of 8 one-vCPU guests is 8 × per guest, near the host's total.
    QVERIFY(yAt(virtio, 8) > 6 * yAt(virtio, 1));

    BenchChart *fig7 = f.chart(QStringLiteral("fig07-network-per-guest"));
    QLineSeries *in = lineNamed(fig7->chart(), kE1000 + QStringLiteral(" — network in"));
    QLineSeries *out = lineNamed(fig7->chart(), kVirtio + QStringLiteral(" — network out"));
    QVERIFY(in && out);
    for (int vms : {1, 2, 8}) {
        QVERIFY(close(yAt(in, vms), f.table(QStringLiteral("net-in"), QStringLiteral("throughput_mbps"), kE1000, vms,
                                            BenchTableModel::MeanPerGuest)));
        QVERIFY(close(yAt(out, vms), f.table(QStringLiteral("net-out"), QStringLiteral("throughput_mbps"), kVirtio, vms,
                                             BenchTableModel::MeanPerGuest)));
    }
}

void TstBenchChart::barsFollowTheTable()
{
    Fixture f(3);
    // Fig. 3: aggregate at the largest common VM count (8), bare metal first.
    BenchChart *fig3 = f.chart(QStringLiteral("fig03-cpu-score-aggregate-vs-bare-metal"));
    QBarSeries *s = bars(fig3->chart());
    QVERIFY(s);
    QCOMPARE(s->count(), 1);
    auto *x = qobject_cast<QBarCategoryAxis *>(fig3->chart()->axes(Qt::Horizontal).first());
    QVERIFY(x);
    QCOMPARE(x->categories(), (QStringList{QStringLiteral("bare metal"), kE1000, kVirtio}));
    QVERIFY(x->titleText().contains(QStringLiteral("8 concurrent VMs")));
    const QString cpu = QStringLiteral("cpu-score");
    const QString total = QStringLiteral("score_mips");
    QVERIFY(close(s->barSets().first()->at(0), f.table(cpu, total, kBareMetal, 0, BenchTableModel::Aggregate)));
    QVERIFY(close(s->barSets().first()->at(1), f.table(cpu, total, kE1000, 8, BenchTableModel::Aggregate)));
    QVERIFY(close(s->barSets().first()->at(2), f.table(cpu, total, kVirtio, 8, BenchTableModel::Aggregate)));

    // Fig. 9–11: 1 VM, the disk backend and bus under each configuration's name.
    BenchChart *fig9 = f.chart(QStringLiteral("fig09-11-disk-bonnie-1vm"));
    auto *x9 = qobject_cast<QBarCategoryAxis *>(fig9->chart()->axes(Qt::Horizontal).first());
    QVERIFY(x9->categories().at(1).contains(QStringLiteral("lvm, sata")));
    QVERIFY(x9->categories().at(2).contains(QStringLiteral("file/raw, virtio")));
    QBarSeries *s9 = bars(fig9->chart());
    QCOMPARE(s9->count(), 2);
    QBarSet *read = s9->barSets().at(1);
    QCOMPARE(read->label(), QStringLiteral("bonnie++ block read"));
    QVERIFY(close(read->at(2), f.table(QStringLiteral("bonnie"), QStringLiteral("block_read_kib_s"), kVirtio, 1,
                                       BenchTableModel::MeanPerGuest)));

    // Fig. 12: aggregate at 8 VMs.
    BenchChart *fig12 = f.chart(QStringLiteral("fig12-disk-fio-aggregate"));
    QBarSet *seqRead = bars(fig12->chart())->barSets().at(1);
    QVERIFY(close(seqRead->at(1), f.table(QStringLiteral("fio"), QStringLiteral("seq_read_mib_s"), kE1000, 8,
                                          BenchTableModel::Aggregate)));

    // Table I: % loss at 8 VMs; fairness: Jain's index per cell.
    BenchChart *loss = f.chart(QStringLiteral("table1-cpu-score-loss"));
    QBarSet *lossSet = bars(loss->chart())->barSets().first();
    QVERIFY(close(lossSet->at(1),
                  f.table(cpu, QStringLiteral("score_per_copy_mips"), kVirtio, 8, BenchTableModel::LossPct)));
    BenchChart *jain = f.chart(QStringLiteral("fairness-jain"));
    auto *xj = qobject_cast<QBarCategoryAxis *>(jain->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(xj->categories(), (QStringList{kE1000 + QStringLiteral(" ×2"), kE1000 + QStringLiteral(" ×8"),
                                            kVirtio + QStringLiteral(" ×2"), kVirtio + QStringLiteral(" ×8")}));
    QBarSet *netOutJain = bars(jain->chart())->barSets().at(2);
    QCOMPARE(netOutJain->label(), QStringLiteral("network out"));
    QVERIFY(close(netOutJain->at(3), f.table(QStringLiteral("net-out"), QStringLiteral("throughput_mbps"), kVirtio, 8,
                                             BenchTableModel::Jain)));
    QVERIFY(netOutJain->at(3) < 1 && netOutJain->at(3) > 0.99); // guests differ by 0.4 % each
}

void TstBenchChart::whiskersOnlyWithRounds()
{
    {
        Fixture f(3);
        QCOMPARE(whiskerCount(f.chart(QStringLiteral("fig01-cpu-score-per-guest"))->chart()), 2 * 3);
        QCOMPARE(whiskerCount(f.chart(QStringLiteral("fig03-cpu-score-aggregate-vs-bare-metal"))->chart()), 3);
        QCOMPARE(whiskerCount(f.chart(QStringLiteral("fig08-network-by-config"))->chart()), 6);
        QCOMPARE(whiskerCount(f.chart(QStringLiteral("table1-cpu-score-loss"))->chart()), 2);
        QCOMPARE(whiskerCount(f.chart(QStringLiteral("fairness-jain"))->chart()), 0); // no CI for an index
    }
    Fixture one(1);
    for (const auto &spec : analysis::paperFigureSpecs()) {
        BenchChart *c = one.chart(spec.id);
        QVERIFY2(!c->isShowingPlaceholder(), qPrintable(spec.id));
        QCOMPARE(whiskerCount(c->chart()), 0);
    }
}

void TstBenchChart::axisTitlesCarryUnits()
{
    Fixture f(2);
    for (const auto &spec : analysis::paperFigureSpecs()) {
        BenchChart *c = f.chart(spec.id);
        QValueAxis *y = valueAxis(c->chart());
        QVERIFY2(y, qPrintable(spec.id));
        QString unit = analysis::metricUnit(spec.metrics.first().metric);
        if (spec.value == analysis::FigureValue::LossPct)
            unit = QStringLiteral("[%]");
        else if (spec.value == analysis::FigureValue::Jain || spec.value == analysis::FigureValue::MinMaxRatio)
            unit = QStringLiteral("[");
        QVERIFY(!unit.isEmpty());
        QVERIFY2(y->titleText().contains(unit), qPrintable(spec.id + QStringLiteral(": ") + y->titleText()));
        const auto xs = c->chart()->axes(Qt::Horizontal);
        QVERIFY(!xs.isEmpty() && !xs.first()->titleText().isEmpty());
    }
    QVERIFY(valueAxis(f.chart(QStringLiteral("fig07-network-per-guest"))->chart())
                ->titleText()
                .contains(QStringLiteral("Mbit/s")));
    QVERIFY(valueAxis(f.chart(QStringLiteral("fig12-disk-bonnie-aggregate"))->chart())
                ->titleText()
                .contains(QStringLiteral("KiB/s")));
    QVERIFY(valueAxis(f.chart(QStringLiteral("fig12-disk-fio-aggregate"))->chart())
                ->titleText()
                .contains(QStringLiteral("MiB/s")));
    QVERIFY(valueAxis(f.chart(QStringLiteral("disk-fio-random-1vm"))->chart())
                ->titleText()
                .contains(QStringLiteral("IOPS")));
    QVERIFY(valueAxis(f.chart(QStringLiteral("fig01-cpu-score-per-guest"))->chart())
                ->titleText()
                .contains(QStringLiteral("MIPS")));
}

void TstBenchChart::placeholders()
{
    Fixture empty(0);
    BenchChart *fig1 = empty.chart(QStringLiteral("fig01-cpu-score-per-guest"));
    QVERIFY(fig1->isShowingPlaceholder());
    QCOMPARE(fig1->plottedValueCount(), 0);
    QVERIFY(fig1->placeholderText().contains(benchmarkDisplayName(Benchmark::CpuScore)));
    QVERIFY(fig1->placeholderText().contains(QStringLiteral("Run")));

    // Only bare metal: the VM cells are what to run next.
    RunResult r;
    r.config = kBareMetal;
    r.workload = QStringLiteral("cpu-score");
    r.metrics = {{QStringLiteral("score_per_copy_mips"), 4000.0}, {QStringLiteral("score_mips"), 32000.0}};
    QVERIFY(empty.doc.addResult(r).ok());
    QVERIFY(fig1->isShowingPlaceholder());
    QVERIFY(fig1->placeholderText().contains(QStringLiteral("VM cells")));

    // A VM cell without a baseline: lines plot, the loss figure asks for bare metal.
    Fixture noBase(0);
    r.config = kVirtio;
    r.vmCount = 1;
    QVERIFY(noBase.doc.addResult(r).ok());
    BenchChart *fig1b = noBase.chart(QStringLiteral("fig01-cpu-score-per-guest"));
    QVERIFY(!fig1b->isShowingPlaceholder());
    QCOMPARE(fig1b->plottedValueCount(), 1);
    BenchChart *loss = noBase.chart(QStringLiteral("table1-cpu-score-loss"));
    QVERIFY(loss->isShowingPlaceholder());
    QVERIFY(loss->placeholderText().contains(QStringLiteral("Bare metal")));
    // Fairness needs 2 or more concurrent guests.
    BenchChart *jain = noBase.chart(QStringLiteral("fairness-jain"));
    QVERIFY(jain->isShowingPlaceholder());
    QVERIFY(jain->placeholderText().contains(QStringLiteral("2 or more")));
    // Results cleared: back to the placeholder.
    noBase.doc.clearResults();
    QVERIFY(fig1b->isShowingPlaceholder());
    QCOMPARE(fig1b->plottedValueCount(), 0);
}

void TstBenchChart::darkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    {
        Fixture f(3);
        for (const QString &id :
             {QStringLiteral("fig01-cpu-score-per-guest"), QStringLiteral("fig08-network-by-config")}) {
            BenchChart *c = f.chart(id);
            QVERIFY(c->isDark());
            QCOMPARE(c->chart()->theme(), QChart::ChartThemeDark);
            c->resize(900, 600);
            const QImage img = c->grab().toImage();
            const QColor bg = img.pixelColor(20, 20); // the chart's background, outside the plot
            QVERIFY2(luminance(bg) < 0.35, qPrintable(bg.name()));
            QVERIFY(luminance(c->chart()->titleBrush().color()) - luminance(bg) > 0.5);
            for (QAbstractAxis *a : c->chart()->axes()) {
                QVERIFY(luminance(a->labelsBrush().color()) - luminance(bg) > 0.4);
                QVERIFY(luminance(a->titleBrush().color()) - luminance(bg) > 0.4);
            }
            QVERIFY(luminance(c->chart()->legend()->labelColor()) - luminance(bg) > 0.4);
            // The rendered image is dark with light text on it.
            double sum = 0;
            int lightPixels = 0;
            for (int y = 0; y < img.height(); y += 4)
                for (int x = 0; x < img.width(); x += 4) {
                    const double l = luminance(img.pixelColor(x, y));
                    sum += l;
                    lightPixels += l > 0.7;
                }
            QVERIFY(sum / ((img.height() / 4) * (img.width() / 4)) < 0.35);
            QVERIFY(lightPixels > 50);
        }
        // Back to a light palette: the chart follows.
        BenchChart *c = f.chart(QStringLiteral("fig01-cpu-score-per-guest"));
        QApplication::setPalette(light);
        QTRY_VERIFY(!c->isDark()); // the palette change reaches widgets through the event loop
        QCOMPARE(c->chart()->theme(), QChart::ChartThemeLight);
        QVERIFY(luminance(c->grab().toImage().pixelColor(20, 20)) > 0.6);
        QVERIFY(!c->isShowingPlaceholder());
        QCOMPARE(c->plottedValueCount(), 7);
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TstBenchChart)
#include "tst_benchchart.moc"
