// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexport.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "charts/chartview.h"
#include "charts/figureset.h"
#include "io/csvexport.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::ChartExport)
};

QImage renderChart(QChart *chart, QSize size)
{
    const QSizeF oldSize = chart->size();
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        chart->scene()->render(&p, QRectF(QPointF(0, 0), size), QRectF(chart->scenePos(), QSizeF(size)));
    }
    chart->resize(oldSize);
    if (chart->layout())
        chart->layout()->activate();
    return image;
}
} // namespace

Status exportChartPng(QWidget *chartView, const QString &path, QSize size)
{
    if (!chartView || size.isEmpty())
        return Error{Tr::tr("Nothing to export: no chart or an empty image size.")};
    QImage image;
    if (auto *view = qobject_cast<QChartView *>(chartView); view && view->chart() && view->chart()->scene())
        image = renderChart(view->chart(), size);
    else
        image = chartView->grab().toImage().scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
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

Status exportAllCharts(SessionDocument &doc, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error{Tr::tr("Cannot create the folder \"%1\". Choose another folder.").arg(dir)};
    const QDir d(dir);
    ResultsModel results(&doc);
    LossTableModel loss(&doc);
    BenchTableModel bench(&doc);
    const FigureSet figures(&doc, &results, &loss, &bench);
    for (const Figure &f : figures.figures()) {
        if (!f.hasData())
            continue;
        if (auto st = exportChartPng(f.view, d.filePath(f.id + QStringLiteral(".png"))); !st)
            return st;
    }
    if (auto st = io::writeCsv(results, d.filePath(QStringLiteral("results.csv"))); !st)
        return st;
    if (bench.rowCount() > 0)
        if (auto st = io::writeCsv(bench, d.filePath(QStringLiteral("benchmarks-loss.csv"))); !st)
            return st;
    return io::writeCsv(loss, d.filePath(QStringLiteral("loss-table.csv")));
}

} // namespace hvbench
