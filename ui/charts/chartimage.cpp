// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartimage.h"
#include "io/exportoptions.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <QTextDocumentFragment>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::ChartExport)
};

// Lays the chart out at `size` for the duration of one render and puts it back.
class LayoutAt final {
public:
    LayoutAt(QChart *chart, QSize size) : m_chart(chart), m_old(chart->size())
    {
        m_chart->resize(size);
        activate();
    }
    ~LayoutAt()
    {
        m_chart->resize(m_old);
        activate();
    }
    LayoutAt(const LayoutAt &) = delete;
    LayoutAt &operator=(const LayoutAt &) = delete;

private:
    void activate()
    {
        if (m_chart->layout())
            m_chart->layout()->activate();
    }
    QChart *m_chart;
    QSizeF m_old;
};

bool renderable(const QChart *chart, QSize size)
{
    return chart && chart->scene() && !size.isEmpty();
}

Status nothingToExport()
{
    return Error{Tr::tr("Nothing to export: no chart, or an empty image size.")};
}

// The resolution QSvgGenerator converts point sizes with: the screen's, as the chart was laid
// out with it (fonts would otherwise come out at the wrong size).
int layoutDpi()
{
    if (const QScreen *s = QGuiApplication::primaryScreen())
        return qRound(s->logicalDotsPerInchX());
    return kScreenDpi;
}

Status writeAtomically(const QString &path, const QByteArray &data, const QString &what)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            Tr::tr("Cannot write the %1 \"%2\": %3. Choose another folder.").arg(what, path, file.errorString())};
    if (file.write(data) != data.size() || !file.commit())
        return Error{
            Tr::tr("Cannot write the %1 \"%2\": %3. Choose another folder.").arg(what, path, file.errorString())};
    return Ok{};
}
} // namespace

QSize pngPixelSize(QSize logicalSize, int dpi)
{
    return {qRound(logicalSize.width() * dpi / double(kScreenDpi)),
            qRound(logicalSize.height() * dpi / double(kScreenDpi))};
}

QString chartPlainTitle(const QChart *chart)
{
    if (!chart)
        return {};
    // The title is rich text when it carries the caveat line: <br> becomes a line break.
    return QTextDocumentFragment::fromHtml(chart->title()).toPlainText().simplified();
}

bool paintChart(QChart *chart, QPainter *painter, const QRectF &target, QSize logicalSize)
{
    if (!renderable(chart, logicalSize) || !painter)
        return false;
    LayoutAt layout(chart, logicalSize);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    chart->scene()->render(painter, target, QRectF(chart->scenePos(), QSizeF(logicalSize)), Qt::KeepAspectRatio);
    return true;
}

QImage renderChartImage(QChart *chart, QSize logicalSize, int dpi)
{
    if (!renderable(chart, logicalSize) || dpi <= 0)
        return {};
    QImage image(pngPixelSize(logicalSize, dpi), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    // The painter draws in logical pixels; the ratio makes text and lines dpi/96 times finer.
    image.setDevicePixelRatio(dpi / double(kScreenDpi));
    {
        QPainter p(&image);
        paintChart(chart, &p, QRectF(QPointF(0, 0), QSizeF(logicalSize)), logicalSize);
    }
    image.setDevicePixelRatio(1.0);
    // Physical resolution in the PNG (pHYs), set after painting: fonts were laid out at 96 dpi.
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

QByteArray renderChartSvg(QChart *chart, QSize logicalSize, const QString &title, const QString &description)
{
    if (!renderable(chart, logicalSize))
        return {};
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(logicalSize);
    gen.setViewBox(QRect(QPoint(0, 0), logicalSize));
    gen.setResolution(layoutDpi());
    gen.setTitle(title.isEmpty() ? chartPlainTitle(chart) : title);
    gen.setDescription(description.isEmpty()
                           ? Tr::tr("Chart exported by hvbench %1").arg(QStringLiteral(HVBENCH_VERSION))
                           : description);
    {
        QPainter p;
        if (!p.begin(&gen))
            return {};
        p.fillRect(QRectF(QPointF(0, 0), QSizeF(logicalSize)), Qt::white);
        paintChart(chart, &p, QRectF(QPointF(0, 0), QSizeF(logicalSize)), logicalSize);
    }
    return svg;
}

QByteArray renderChartSvg(QChartView *view, QSize logicalSize, const QString &title, const QString &description)
{
    return renderChartSvg(view ? view->chart() : nullptr, logicalSize, title, description);
}

Status exportChartPng(QChart *chart, const QString &path, QSize logicalSize, int dpi)
{
    if (!renderable(chart, logicalSize))
        return nothingToExport();
    if (auto st = io::checkChartImage(logicalSize, dpi); !st)
        return st;
    const QImage image = renderChartImage(chart, logicalSize, dpi);
    if (image.isNull())
        return Error{Tr::tr("Could not render the chart to a %1x%2 image (out of memory?).")
                         .arg(pngPixelSize(logicalSize, dpi).width())
                         .arg(pngPixelSize(logicalSize, dpi).height())};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error{Tr::tr("Could not encode the PNG image \"%1\".").arg(path)};
    return writeAtomically(path, png, Tr::tr("image"));
}

Status exportChartPng(QChartView *view, const QString &path, QSize logicalSize, int dpi)
{
    return exportChartPng(view ? view->chart() : nullptr, path, logicalSize, dpi);
}

Status exportChartSvg(QChart *chart, const QString &path, QSize logicalSize, const QString &title,
                      const QString &description)
{
    if (!renderable(chart, logicalSize))
        return nothingToExport();
    if (auto st = io::checkChartImage(logicalSize, kScreenDpi); !st)
        return st;
    const QByteArray svg = renderChartSvg(chart, logicalSize, title, description);
    if (svg.isEmpty())
        return Error{Tr::tr("Could not render the chart as SVG.")};
    return writeAtomically(path, svg, Tr::tr("SVG file"));
}

Status exportChartSvg(QChartView *view, const QString &path, QSize logicalSize, const QString &title,
                      const QString &description)
{
    return exportChartSvg(view ? view->chart() : nullptr, path, logicalSize, title, description);
}

} // namespace hvbench
