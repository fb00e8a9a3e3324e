// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chart and table export.  Works without a display (QT_QPA_PLATFORM=offscreen) as long as a
// QApplication exists: the headless CLI calls exportAllCharts().
#include "util/result.h"

#include <QSize>
#include <QString>

class QWidget;

namespace hvbench {
class SessionDocument;

// Renders a chart (any hvbench chart view; other widgets are grabbed and scaled) into a PNG of
// exactly `size` pixels, written atomically.  The on-screen widget keeps its size.
Status exportChartPng(QWidget *chartView, const QString &path, QSize size = {1200, 800});

// Builds the models and every figure (FigureSet) off-screen and writes dir/<figure id>.png for
// each figure that has data (e.g. fig04-06-pi-cycles.png, table1-pi-loss.png),
// dir/results.csv (ResultsModel), dir/loss-table.csv (LossTableModel) and, when other
// benchmarks ran, dir/benchmarks-loss.csv (BenchTableModel).  Creates dir.
Status exportAllCharts(SessionDocument &doc, const QString &dir);

} // namespace hvbench
