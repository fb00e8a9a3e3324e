// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexport.h"
#include "charts/chartimage.h"
#include "charts/sessioncharts.h"
#include "io/csvexport.h"
#include "model/sessiondocument.h"
#include "report/report.h"

#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QSaveFile>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::ChartExport)
};
} // namespace

Status exportChartPng(QWidget *chartView, const QString &path, QSize size)
{
    if (!chartView || size.isEmpty())
        return Error{Tr::tr("Nothing to export: no chart or an empty image size.")};
    if (auto *view = qobject_cast<QChartView *>(chartView); view && view->chart() && view->chart()->scene())
        return exportChartPng(view, path, size, kScreenDpi);
    const QImage image = chartView->grab().toImage().scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (image.isNull())
        return Error{Tr::tr("Could not render the chart to an image.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write the image \"%1\": %2. Choose another folder.").arg(path, file.errorString())};
    if (!image.save(&file, "PNG"))
        return Error{Tr::tr("Could not encode the PNG image \"%1\".").arg(path)};
    if (!file.commit())
        return Error{Tr::tr("Cannot write the image \"%1\": %2. Choose another folder.").arg(path, file.errorString())};
    return Ok{};
}

Result<QList<ExportFile>> renderExport(const SessionDocument &doc, const QList<ChartEntry> &charts,
                                       const QList<io::ReportTable> &tables, const io::ExportOptions &options)
{
    if (auto st = io::checkChartImage(options.size, options.dpi); !st)
        return st.error();
    QList<ExportFile> files;
    for (const ChartEntry &c : charts) {
        if (!c.view || !c.view->chart())
            return Error{Tr::tr("The chart \"%1\" is missing.").arg(c.title)};
        if (options.png) {
            const QImage image = renderChartImage(c.view->chart(), options.size, options.dpi);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (image.isNull() || !image.save(&buffer, "PNG"))
                return Error{Tr::tr("Could not render the chart \"%1\" as PNG.").arg(c.title)};
            files.append({c.stem + QStringLiteral(".png"), png});
        }
        if (options.svg) {
            const QByteArray svg = renderChartSvg(c.view, options.size, c.title);
            if (svg.isEmpty())
                return Error{Tr::tr("Could not render the chart \"%1\" as SVG.").arg(c.title)};
            files.append({c.stem + QStringLiteral(".svg"), svg});
        }
    }
    if (options.csv)
        for (const io::ReportTable &t : tables)
            if (t.model)
                files.append({t.stem + QStringLiteral(".csv"), io::toCsv(*t.model)});
    if (options.reportHtml)
        files.append({QStringLiteral("report.html"), htmlReport(doc.session(), charts, tables, options.size)});
    if (options.reportPdf) {
        auto pdf = pdfReport(doc.session(), charts, tables, options.size);
        if (!pdf)
            return pdf.error();
        files.append({QStringLiteral("report.pdf"), *pdf});
    }
    return files;
}

Status writeExportFiles(const QString &dir, const QList<ExportFile> &files, QStringList *written)
{
    if (!QDir().mkpath(dir))
        return Error{Tr::tr("Cannot create the folder \"%1\". Choose another folder.").arg(dir)};
    const QDir d(dir);
    for (const ExportFile &f : files) {
        QSaveFile file(d.filePath(f.name));
        if (!file.open(QIODevice::WriteOnly) || file.write(f.data) != f.data.size() || !file.commit())
            return Error{
                Tr::tr("Cannot write \"%1\": %2. Choose another folder.").arg(d.filePath(f.name), file.errorString())};
        if (written)
            written->append(f.name);
    }
    return Ok{};
}

Status exportAllCharts(SessionDocument &doc, const QString &dir, const io::ExportOptions &options, QStringList *written)
{
    const SessionCharts set(doc);
    auto files = renderExport(doc, set.charts(), set.tables(), options);
    if (!files)
        return files.error();
    return writeExportFiles(dir, *files, written);
}

Status exportAllCharts(SessionDocument &doc, const QString &dir)
{
    return exportAllCharts(doc, dir, io::ExportOptions{});
}

} // namespace hvbench
