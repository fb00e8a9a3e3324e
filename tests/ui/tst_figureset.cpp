// SPDX-License-Identifier: GPL-3.0-or-later
// FigureSet (every figure of a session), FigureListModel (greyed while a figure has no data)
// and the Results page around them: ids are file stems, the list greys the figures that
// have nothing to plot and says why, the page starts on a figure with data, export writes
// one PNG per figure with data.  Renders every figure (light and dark) to PNG: set
// HVBENCH_TEST_KEEP to keep them and look.
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "benchsession.h"
#include "charts/chartexport.h"
#include "charts/chartview.h"
#include "charts/cycleschart.h"
#include "charts/figurelistmodel.h"
#include "charts/figureset.h"
#include "charts/losschart.h"
#include "model/resultsmodel.h"
#include "pages/resultspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::testdata;

namespace {
struct Models {
    explicit Models(int rounds)
    {
        doc.reset(benchSession());
        if (rounds > 0)
            fill(doc, rounds);
    }
    SessionDocument doc;
    ResultsModel results{&doc};
    LossTableModel loss{&doc};
    BenchTableModel bench{&doc};
};

RunResult piResult(const QString &config, int vms, int guest, qint64 cycles)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.guest = guest;
    r.workload = QStringLiteral("pi");
    r.cycles = cycles;
    r.wallNs = cycles / 3;
    return r;
}
} // namespace

class TstFigureSet final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void catalog();
    void listGreysFiguresWithoutData();
    void resultsPageSelection();
    void exportWritesFiguresWithData();
    void renderEveryFigure();
};

void TstFigureSet::catalog()
{
    Models m(2);
    FigureSet set(&m.doc, &m.results, &m.loss, &m.bench);
    const QList<Figure> &all = set.figures();
    QCOMPARE(all.size(), 16);
    QSet<QString> ids;
    static const QRegularExpression stem(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    for (const Figure &f : all) {
        QVERIFY2(stem.match(f.id).hasMatch(), qPrintable(f.id));
        QVERIFY(!ids.contains(f.id));
        ids.insert(f.id);
        QVERIFY(f.view);
        QVERIFY(!f.title.isEmpty() && !f.listTitle.isEmpty());
        QVERIFY(!f.listTitle.contains(QStringLiteral("(Fig.")));
        QVERIFY2(f.hasData(), qPrintable(f.id + QStringLiteral(": ") + f.view->placeholderText()));
        QCOMPARE(set.chart(f.id), f.view);
    }
    // The paper's order: Fig. 1, 2, 3, 4–6, 7, 8, 9–11, 12, Table I.
    QCOMPARE(all.first().id, QStringLiteral("fig01-cpu-score-per-guest"));
    QCOMPARE(all.at(3).view, static_cast<ChartView *>(set.cyclesChart()));
    QCOMPARE(all.at(3).number, QStringLiteral("Fig. 4–6"));
    QCOMPARE(set.chart(QStringLiteral("table1-pi-loss")), static_cast<ChartView *>(set.lossChart()));
    QCOMPARE(set.indexOf(QStringLiteral("no-such-figure")), -1);
    QCOMPARE(set.chart(QStringLiteral("no-such-figure")), nullptr);
    QCOMPARE(set.cyclesChart()->plottedValueCount(), 1 + 2 * (1 + 2 + 8));

    // The emulation caveat reaches every figure.
    m.doc.setManifestValue(QStringLiteral("host"), QJsonObject{{QStringLiteral("accel"), QStringLiteral("TCG")}});
    m.doc.reset(m.doc.session());
    for (const Figure &f : all)
        QVERIFY2(!f.view->caveat().isEmpty(), qPrintable(f.id));
}

void TstFigureSet::listGreysFiguresWithoutData()
{
    Models m(0);
    FigureSet set(&m.doc, &m.results, &m.loss, &m.bench);
    FigureListModel list(&set);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list.rowCount(), int(set.figures().size()));
    const int fig1 = set.indexOf(QStringLiteral("fig01-cpu-score-per-guest"));
    const int pi = set.indexOf(QStringLiteral("fig04-06-pi-cycles"));
    for (int row = 0; row < list.rowCount(); ++row) {
        const QModelIndex i = list.index(row);
        QVERIFY(!i.data(FigureListModel::HasDataRole).toBool());
        QVERIFY(i.data(Qt::ForegroundRole).isValid());
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Nothing to plot")));
    }
    QVERIFY(list.index(fig1).data().toString().startsWith(QStringLiteral("Fig. 1")));
    QVERIFY(list.index(fig1).data(Qt::ToolTipRole).toString().contains(benchmarkDisplayName(Benchmark::CpuScore)));

    // PI results arrive: Fig. 4–6 gets data (and says so), the CPU figures stay grey.
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    QVERIFY(m.doc.addResult(piResult(kBareMetal, 0, 0, 3'000'000'000)).ok());
    QVERIFY(m.doc.addResult(piResult(kVirtio, 2, 0, 3'100'000'000)).ok());
    QVERIFY(m.doc.addResult(piResult(kVirtio, 2, 1, 3'200'000'000)).ok());
    QVERIFY(!changed.isEmpty());
    QVERIFY(list.index(pi).data(FigureListModel::HasDataRole).toBool());
    QVERIFY(!list.index(pi).data(Qt::ForegroundRole).isValid());
    QVERIFY(!list.index(pi).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Nothing to plot")));
    QVERIFY(!list.index(fig1).data(FigureListModel::HasDataRole).toBool());
    // PI's fairness is a figure of its own, from PI's Table I rows.
    QVERIFY(list.index(set.indexOf(QStringLiteral("fairness-jain"))).data(FigureListModel::HasDataRole).toBool());
    QVERIFY(list.index(set.indexOf(QStringLiteral("table1-pi-loss"))).data(FigureListModel::HasDataRole).toBool());
}

void TstFigureSet::resultsPageSelection()
{
    Models m(0);
    ResultsPage page(&m.doc, &m.results, &m.loss, &m.bench);
    page.resize(1280, 900);
    QCOMPARE(page.figureList()->model()->rowCount(), int(page.figureSet()->figures().size()));
    // Nothing measured: the first figure, with its placeholder.
    QCOMPARE(page.currentFigureId(), QStringLiteral("fig01-cpu-score-per-guest"));
    QVERIFY(page.currentChart()->isShowingPlaceholder());
    if (qEnvironmentVariableIsSet("HVBENCH_TEST_KEEP")) {
        page.show();
        QVERIFY(page.grab().save(QStringLiteral("/tmp/hvbench-results-page-empty.png")));
    }
    // PI arrives: the page moves to the first figure with data.
    QVERIFY(m.doc.addResult(piResult(kBareMetal, 0, 0, 3'000'000'000)).ok());
    QCOMPARE(page.currentFigureId(), QStringLiteral("fig04-06-pi-cycles"));
    QCOMPARE(page.currentChart(), static_cast<ChartView *>(page.cyclesChart()));
    // The user picks a figure: it stays even while data arrives elsewhere.
    QVERIFY(page.selectFigure(QStringLiteral("fig07-network-per-guest")));
    QCOMPARE(page.currentFigureId(), QStringLiteral("fig07-network-per-guest"));
    QVERIFY(!page.selectFigure(QStringLiteral("nope")));
    QVERIFY(m.doc.addResult(piResult(kVirtio, 1, 0, 3'100'000'000)).ok());
    QCOMPARE(page.currentFigureId(), QStringLiteral("fig04-06-pi-cycles")); // fig07 had no data
    page.figureList()->setCurrentIndex(page.figureList()->model()->index(0, 0));
    QCOMPARE(page.currentFigureId(), QStringLiteral("fig01-cpu-score-per-guest"));
    QVERIFY(page.lossTable() && page.resultsTable() && page.benchTable());

    // A session opened with every benchmark starts on Fig. 1.
    Models full(2);
    ResultsPage fullPage(&full.doc, &full.results, &full.loss, &full.bench);
    QCOMPARE(fullPage.currentFigureId(), QStringLiteral("fig01-cpu-score-per-guest"));
    QVERIFY(!fullPage.currentChart()->isShowingPlaceholder());
    if (qEnvironmentVariableIsSet("HVBENCH_TEST_KEEP")) {
        fullPage.resize(1400, 950);
        fullPage.show();
        QVERIFY(fullPage.grab().save(QStringLiteral("/tmp/hvbench-results-page.png")));
    }
}

void TstFigureSet::exportWritesFiguresWithData()
{
    Models m(0);
    QVERIFY(m.doc.addResult(piResult(kBareMetal, 0, 0, 3'000'000'000)).ok());
    QVERIFY(m.doc.addResult(piResult(kVirtio, 1, 0, 3'100'000'000)).ok());
    QTemporaryDir dir;
    const Status st = exportAllCharts(m.doc, dir.path());
    QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("fig04-06-pi-cycles.png"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("table1-pi-loss.png"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("fig01-cpu-score-per-guest.png")))); // no CPU score
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("fairness-jain.png"))));             // one guest only

    Models full(3);
    QTemporaryDir all;
    QVERIFY(exportAllCharts(full.doc, all.path()).ok());
    QCOMPARE(QDir(all.path()).entryList({QStringLiteral("*.png")}).size(), 16);
}

void TstFigureSet::renderEveryFigure()
{
    QTemporaryDir dir;
    const bool keep = qEnvironmentVariableIsSet("HVBENCH_TEST_KEEP");
    dir.setAutoRemove(!keep);
    if (keep)
        qInfo("figures in %s", qPrintable(dir.path()));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const QPalette light = QApplication::palette();
    for (const bool isDark : {false, true}) {
        if (isDark)
            QApplication::setPalette(dark);
        Models m(3);
        m.doc.setManifestValue(QStringLiteral("host"), QJsonObject{{QStringLiteral("accel"), QStringLiteral("TCG")}});
        m.doc.reset(m.doc.session());
        FigureSet set(&m.doc, &m.results, &m.loss, &m.bench);
        for (const Figure &f : set.figures()) {
            QVERIFY(f.view->isDark() == isDark);
            const QString path = dir.filePath(f.id + (isDark ? QStringLiteral("-dark.png") : QStringLiteral(".png")));
            const Status st = exportChartPng(f.view, path, {1200, 800});
            QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
            QImage image;
            QVERIFY(image.load(path));
            QCOMPARE(image.size(), QSize(1200, 800));
        }
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TstFigureSet)
#include "tst_figureset.moc"
