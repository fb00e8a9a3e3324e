// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstablemodel.h"
#include "charts/chartexport.h"
#include "charts/chartimage.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "charts/sessioncharts.h"
#include "io/csvexport.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hvbench;

class TstChartExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportAll();
    void pngSizeAndDpi_data();
    void pngSizeAndDpi();
    void pngIsSharpNotUpscaled();
    void svgRoundTrip();
    void svgAndPngOptionsInExportAll();
    void badImageOptions_data();
    void badImageOptions();
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

void TstChartExport::pngSizeAndDpi_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("screen 1200x800 @96") << QSize(1200, 800) << 96 << QSize(1200, 800);
    QTest::newRow("800x600 @150") << QSize(800, 600) << 150 << QSize(1250, 938);
    QTest::newRow("A4 landscape @300") << QSize(1123, 794) << 300 << QSize(3509, 2481);
    QTest::newRow("640x480 @72") << QSize(640, 480) << 72 << QSize(480, 360);
}

void TstChartExport::pngSizeAndDpi()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    SessionDocument doc;
    fill(doc);
    ResultsModel model(&doc);
    CyclesChart chart(&model);
    chart.resize(500, 300); // the on-screen size must not change
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.png"));
    const Status st = exportChartPng(&chart, path, size, dpi);
    QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
    QCOMPARE(pngPixelSize(size, dpi), pixels);
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), pixels);
    // pHYs: dots per metre, rounded to whole dots per metre by PNG.
    QVERIFY2(qAbs(image.dotsPerMeterX() - dpi / 0.0254) < 1.0, qPrintable(QString::number(image.dotsPerMeterX())));
    QVERIFY(qAbs(image.dotsPerMeterY() - dpi / 0.0254) < 1.0);
    QCOMPARE(chart.size(), QSize(500, 300));
}

// At 300 dpi the chart is drawn with fonts and lines 3.125× larger, not laid out at 3.125× the
// size: the title occupies the same fraction of the image as at 96 dpi.
void TstChartExport::pngIsSharpNotUpscaled()
{
    SessionDocument doc;
    fill(doc);
    ResultsModel model(&doc);
    CyclesChart chart(&model);
    const QImage lo = renderChartImage(chart.chart(), QSize(600, 400), 96);
    const QImage hi = renderChartImage(chart.chart(), QSize(600, 400), 300);
    QCOMPARE(hi.size(), QSize(1875, 1250));
    // Compare the fraction of non-white pixels in the top band (title): same layout → similar.
    auto inkFraction = [](const QImage &im) {
        const int band = im.height() / 10;
        qint64 ink = 0;
        for (int y = 0; y < band; ++y)
            for (int x = 0; x < im.width(); ++x)
                ink += qGray(im.pixel(x, y)) < 128;
        return double(ink) / (double(band) * im.width());
    };
    const double a = inkFraction(lo);
    const double b = inkFraction(hi);
    QVERIFY2(a > 0.001, qPrintable(QString::number(a)));
    QVERIFY2(b > a * 0.5 && b < a * 2.0, qPrintable(QStringLiteral("96 dpi %1, 300 dpi %2").arg(a).arg(b)));
    // A 96-dpi image scaled up is blurry: its edges spread over ~3 pixels.  Sharp edges give a
    // much larger sum of squared neighbour differences than the same edges spread out.
    auto edgeEnergy = [](const QImage &im) {
        double e = 0;
        for (int y = 0; y < im.height(); ++y)
            for (int x = 0; x + 1 < im.width(); ++x) {
                const int d = qGray(im.pixel(x + 1, y)) - qGray(im.pixel(x, y));
                e += double(d) * d;
            }
        return e;
    };
    const QImage up = lo.scaled(hi.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double sharp = edgeEnergy(hi);
    const double blurry = edgeEnergy(up);
    qInfo("edge energy: 300 dpi %.3g, 96 dpi upscaled %.3g", sharp, blurry);
    QVERIFY2(sharp > 1.5 * blurry, qPrintable(QStringLiteral("300 dpi %1, 96 dpi upscaled %2").arg(sharp).arg(blurry)));
}

void TstChartExport::svgRoundTrip()
{
    SessionDocument doc;
    fill(doc);
    doc.setManifestValue(QStringLiteral("host"), QJsonObject{{QStringLiteral("accel"), QStringLiteral("TCG")}});
    LossTableModel loss(&doc);
    LossChart chart(&loss);
    chart.setCaveat(doc.session().emulationCaveat());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.svg"));
    const Status st = exportChartSvg(&chart, path, QSize(1000, 600));
    QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 1000, 600));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString title;
    QString texts;
    bool inTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
            inTitle = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("title"))
            inTitle = false;
        else if (xml.isCharacters())
            (inTitle ? title : texts) += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(title.contains(QStringLiteral("% loss vs bare metal")), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("software emulation")), qPrintable(title));
    // The title is drawn as text, not only named in <title>.
    const QString simplified = texts.simplified().remove(QLatin1Char(' '));
    QVERIFY2(simplified.contains(QStringLiteral("%lossvsbaremetal")), qPrintable(texts.left(2000)));
}

void TstChartExport::svgAndPngOptionsInExportAll()
{
    SessionDocument doc;
    fill(doc);
    QTemporaryDir dir;
    io::ExportOptions o;
    o.png = true;
    o.svg = true;
    o.csv = false;
    o.size = QSize(800, 500);
    o.dpi = 192;
    QStringList written;
    const Status st = exportAllCharts(doc, dir.path(), o, &written);
    QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
    written.sort();
    // Every figure with data (SessionCharts, as "export all" lists them), as PNG and SVG.
    QStringList expected;
    {
        const SessionCharts charts(doc);
        for (const ChartEntry &c : charts.charts())
            expected << c.stem + QStringLiteral(".png") << c.stem + QStringLiteral(".svg");
    }
    expected.sort();
    QCOMPARE(written, expected);
    QVERIFY(written.contains(QStringLiteral("table1-pi-loss.png")));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("table1-pi-loss.png"))).size(), QSize(1600, 1000));
    QVERIFY(QSvgRenderer(dir.filePath(QStringLiteral("fig04-06-pi-cycles.svg"))).isValid());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("results.csv"))));
}

void TstChartExport::badImageOptions_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("dpi 0") << QSize(1200, 800) << 0;
    QTest::newRow("tiny") << QSize(12, 800) << 96;
    QTest::newRow("too many pixels") << QSize(10000, 8000) << 1200;
}

void TstChartExport::badImageOptions()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    SessionDocument doc;
    fill(doc);
    ResultsModel model(&doc);
    CyclesChart chart(&model);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.png"));
    const Status st = exportChartPng(&chart, path, size, dpi);
    QVERIFY(!st.ok());
    QVERIFY(!st.errorMessage().isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    io::ExportOptions o;
    o.size = size;
    o.dpi = dpi;
    QVERIFY(!exportAllCharts(doc, dir.filePath(QStringLiteral("all")), o).ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("all"))));
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

    // Every cell of every table reads back as the model's RawValueRole value.
    ResultsModel resultsModel(&doc);
    const QList<std::pair<QString, const QAbstractItemModel *>> models{{QStringLiteral("results.csv"), &resultsModel},
                                                                       {QStringLiteral("loss-table.csv"), &loss}};
    for (const auto &[name, model] : models) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = io::parseCsv(f.readAll());
        QCOMPARE(csv.size(), model->rowCount() + 1);
        for (int c = 0; c < model->columnCount(); ++c)
            QCOMPARE(csv.at(0).at(c), model->headerData(c, Qt::Horizontal, io::kColumnKeyRole).toString());
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QVariant v = model->index(r, c).data(io::kRawValueRole);
                const QString cell = csv.at(r + 1).at(c);
                if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong ||
                    v.typeId() == QMetaType::Int) {
                    bool ok = false;
                    const double d = cell.toDouble(&ok);
                    QVERIFY2(ok, qPrintable(QStringLiteral("%1 r%2 c%3: \"%4\"").arg(name).arg(r).arg(c).arg(cell)));
                    QCOMPARE(d, v.toDouble());
                } else {
                    QCOMPARE(cell, v.toString());
                }
            }
    }
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
