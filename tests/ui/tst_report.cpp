// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML and PDF reports of a session shaped like a finished run (exportfixture.h): every
// chart inline, the loss table's numbers, the host manifest, escaped domain XML, the TCG
// caveat; the PDF is a PDF with pages.  HVBENCH_TEST_KEEP=DIR keeps the files there to look at.
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "charts/chartexport.h"
#include "charts/sessioncharts.h"
#include "exportfixture.h"
#include "io/csvexport.h"
#include "io/reporthtml.h"
#include "report/report.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hvbench;

class TstReport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void htmlHasEverything()
    {
        SessionDocument doc;
        doc.reset(exportfixture::session(true));
        SessionCharts set(doc);
        const QString html = QString::fromUtf8(htmlReport(doc.session(), set.charts(), set.tables()));
        keep(QStringLiteral("report.html"), html.toUtf8());

        // Every chart, inline, with its caption.
        QCOMPARE(html.count(QStringLiteral("<svg")), set.charts().size());
        for (const ChartEntry &c : set.charts()) {
            QVERIFY2(html.contains(QStringLiteral("id=\"fig-%1\"").arg(c.stem)), qPrintable(c.stem));
            QVERIFY2(html.contains(QStringLiteral("<figcaption>%1</figcaption>").arg(c.title.toHtmlEscaped())),
                     qPrintable(c.title));
        }
        QVERIFY(!html.contains(QStringLiteral("<?xml"))); // no XML prolog inside HTML
        // Element ids are unique in the page (each SVG's gradients get the figure's prefix).
        static const QRegularExpression idRe(QStringLiteral("\\bid=\"([^\"]+)\""));
        QStringList ids;
        for (auto it = idRe.globalMatch(html); it.hasNext();)
            ids << it.next().captured(1);
        QVERIFY(!ids.isEmpty());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        // The loss table's numbers as the table shows them.
        LossTableModel loss(&doc);
        QVERIFY(loss.rowCount() >= 3);
        for (int r = 0; r < loss.rowCount(); ++r)
            for (int c : {int(LossTableModel::MeanCycles), int(LossTableModel::LossPct)}) {
                const QString cell = loss.index(r, c).data().toString();
                QVERIFY2(html.contains(QStringLiteral(">%1<").arg(cell.toHtmlEscaped())), qPrintable(cell));
            }
        QVERIFY(html.contains(QStringLiteral("loss_pct"))); // column keys carry the units
        QVERIFY(html.contains(QStringLiteral("throughput_mbps")));
        // The host manifest.
        for (const QString &fact : {exportfixture::kCpuModel, QStringLiteral("64000"), QStringLiteral("6.1.0-27-amd64"),
                                    QStringLiteral("9.0.0"), QStringLiteral("7.2.22"), QStringLiteral("TCG")})
            QVERIFY2(html.contains(fact.toHtmlEscaped()), qPrintable(fact));
        QVERIFY(html.contains(QStringLiteral("software emulation")));
        // Commands, skipped cells with reasons, the domain XML escaped.
        QVERIFY(html.contains(QStringLiteral("hvbench-agent pi --digits 80000")));
        QVERIFY(html.contains(QStringLiteral("iperf3 -c 192.168.100.1")));
        QVERIFY(html.contains(QStringLiteral("iperf3 needs the isolated network &lt;test&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;domain type=")));
        QVERIFY(!html.contains(QStringLiteral("<domain")));
        QVERIFY(html.contains(QStringLiteral("Export &lt;test&gt; &amp; report")));
        QVERIFY(html.contains(QStringLiteral("2026-11-29T11:58:00Z")));
    }

    void htmlIsWellFormedXml()
    {
        // Not a requirement of HTML, but it proves the escaping: the whole page parses as XML
        // once the doctype is dropped.
        SessionDocument doc;
        doc.reset(exportfixture::session(true));
        SessionCharts set(doc);
        QByteArray html = htmlReport(doc.session(), set.charts(), set.tables());
        html.replace("<!DOCTYPE html>", "");
        html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>");
        html.replace("<br>", "<br/>");
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(),
                 qPrintable(QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())));
    }

    void noCaveatWithKvm()
    {
        SessionDocument doc;
        doc.reset(exportfixture::session(false));
        SessionCharts set(doc);
        const QString html = QString::fromUtf8(htmlReport(doc.session(), set.charts(), set.tables()));
        QVERIFY(html.contains(QStringLiteral("KVM")));
        QVERIFY(!html.contains(QStringLiteral("software emulation")));
    }

    void emptySessionSaysSo()
    {
        SessionDocument doc;
        SessionCharts set(doc);
        const QString html = QString::fromUtf8(htmlReport(doc.session(), set.charts(), set.tables()));
        QVERIFY(html.contains(QStringLiteral("Not run yet")));
        QVERIFY(html.contains(QStringLiteral("records no libvirt host")));
        QVERIFY(html.contains(QStringLiteral("No domain was defined")));
    }

    void pdf()
    {
        SessionDocument doc;
        doc.reset(exportfixture::session(true));
        SessionCharts set(doc);
        const auto pdf = pdfReport(doc.session(), set.charts(), set.tables());
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
        QVERIFY(pdf->startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        const int pages = int(QString::fromLatin1(*pdf).count(page));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages))); // text, charts, tables
        keep(QStringLiteral("report.pdf"), *pdf);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            return; // poppler-utils (scripts/setup.sh) lets us read the text back
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*pdf);
        f.close();
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), f.fileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(exportfixture::kCpuModel), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("<domain type=")));
        QVERIFY(text.contains(QStringLiteral("% loss vs bare metal"))); // the charts' text is text (vector)
    }

    void writesReportsThroughExportAll()
    {
        SessionDocument doc;
        doc.reset(exportfixture::session(true));
        QTemporaryDir dir;
        io::ExportOptions o;
        o.png = o.csv = false;
        o.reportHtml = o.reportPdf = true;
        QStringList written;
        const Status st = exportAllCharts(doc, dir.path(), o, &written);
        QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
        QCOMPARE(written, QStringList({QStringLiteral("report.html"), QStringLiteral("report.pdf")}));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
    }

    // The benchmark table (net-out here) reads back from its CSV as the model's raw values.
    void benchmarksCsvRoundTrip()
    {
        SessionDocument doc;
        doc.reset(exportfixture::session(true));
        QTemporaryDir dir;
        io::ExportOptions o;
        o.png = false;
        QVERIFY(exportAllCharts(doc, dir.path(), o).ok());
        BenchTableModel bench(&doc);
        QVERIFY(bench.rowCount() >= 2);
        QFile f(dir.filePath(QStringLiteral("benchmarks-loss.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = io::parseCsv(f.readAll());
        QCOMPARE(csv.size(), bench.rowCount() + 1);
        for (int c = 0; c < bench.columnCount(); ++c)
            QCOMPARE(csv.at(0).at(c), BenchTableModel::columnKey(c));
        for (int r = 0; r < bench.rowCount(); ++r)
            for (int c = 0; c < bench.columnCount(); ++c) {
                const QVariant v = bench.index(r, c).data(BenchTableModel::RawValueRole);
                const QString cell = csv.at(r + 1).at(c);
                if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int)
                    QCOMPARE(cell.toDouble(), v.toDouble());
                else
                    QCOMPARE(cell, v.toString());
            }
        const int loss = int(csv.at(0).indexOf(QStringLiteral("loss_pct")));
        QVERIFY(loss >= 0);
        QVERIFY(csv.at(2).at(loss).toDouble() > 80); // 1505 vs 9375 Mbit/s
    }

private:
    static void keep(const QString &name, const QByteArray &data)
    {
        const QString dir = qEnvironmentVariable("HVBENCH_TEST_KEEP");
        if (dir.isEmpty() || dir == QLatin1String("1"))
            return;
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        qInfo("kept %s", qPrintable(f.fileName()));
    }
};

QTEST_MAIN(TstReport)
#include "tst_report.moc"
