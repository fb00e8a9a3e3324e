// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One chart → PNG (any size and DPI), SVG or a painter (the PDF report).  Sizes are logical
// pixels (1/96 inch, what a chart is laid out in); a PNG at `dpi` has size × dpi/96 pixels and
// the chart drawn with a device pixel ratio of dpi/96, so fonts and lines grow with it (a
// sharp print, not an upscaled screenshot).  Charts are laid out off-screen at the asked size
// and put back as they were: the on-screen view does not change.
#include "util/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

class QChart;
class QChartView;
class QImage;
class QPainter;
class QRectF;

namespace hvbench {

inline constexpr int kScreenDpi = 96;

// The PNG's pixel size for a logical size at dpi (each side rounded).
QSize pngPixelSize(QSize logicalSize, int dpi);

// The chart's title as plain text (the rich-text title with its caveat line flattened).
QString chartPlainTitle(const QChart *chart);

// Null image when the chart is not in a scene or the size is empty.
QImage renderChartImage(QChart *chart, QSize logicalSize, int dpi = kScreenDpi);
// SVG document of the chart laid out at logicalSize (viewBox 0 0 w h); empty when it cannot.
// An empty title uses the chart's own.
QByteArray renderChartSvg(QChart *chart, QSize logicalSize, const QString &title = {}, const QString &description = {});
QByteArray renderChartSvg(QChartView *view, QSize logicalSize, const QString &title = {},
                          const QString &description = {});
// Paints the chart laid out at logicalSize into target (any painter: PDF stays vector).
bool paintChart(QChart *chart, QPainter *painter, const QRectF &target, QSize logicalSize);

// Files, written atomically (QSaveFile): nothing is left behind on failure.
Status exportChartPng(QChart *chart, const QString &path, QSize logicalSize, int dpi);
Status exportChartPng(QChartView *view, const QString &path, QSize logicalSize, int dpi);
Status exportChartSvg(QChart *chart, const QString &path, QSize logicalSize, const QString &title = {},
                      const QString &description = {});
Status exportChartSvg(QChartView *view, const QString &path, QSize logicalSize, const QString &title = {},
                      const QString &description = {});

} // namespace hvbench
