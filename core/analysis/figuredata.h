// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shape a chart draws, cut out of the benchmark table for one FigureSpec: named series of
// points (x = VM count, or a category = configuration / matrix cell) with their 95 % CI and n,
// and when there is nothing to plot, a translated reason that says what to run.  Pure
// functions: FigureDataModel recomputes them when the table changes, BenchChart draws them.
#include "analysis/benchtable.h"
#include "analysis/figurespec.h"
#include "analysis/losstable.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace hvbench::analysis {

struct FigurePoint {
    int category = -1; // index into FigureData::categories (bar layouts), -1 for lines
    int vmCount = 0;   // the x of line layouts; the cell's VM count (0 = bare metal)
    double value = 0;
    std::optional<double> ci95; // half-width; empty when fewer than 2 rounds (or no CI applies)
    int n = 0;                  // guest runs behind the value
};

struct FigureSeries {
    QString name;           // legend entry (translated where it is not a configuration name)
    bool reference = false; // bare metal drawn as a dashed line across the VM counts
    QList<FigurePoint> points;
};

struct FigureData {
    QStringList categories;     // bar layouts: category labels, left to right
    QList<FigureSeries> series; // lines: one per configuration (× figure), references last
    int vmCount = 0;            // the VM count a BarsByConfig figure shows
    QString emptyReason;        // set exactly when there is nothing to plot
    bool isEmpty() const { return series.isEmpty(); }
    int pointCount() const; // every point of every series (reference lines count once)
};

// Cuts a figure out of benchmark-table rows (computeBenchTable()).  captions: configuration →
// a short description (e.g. "file/raw, virtio") added under the configuration's name.
FigureData buildFigureData(const FigureSpec &spec, const QList<BenchRow> &rows,
                           const QHash<QString, QString> &captions = {});

// PI's Table I rows as benchmark-table rows (benchmark Pi, metric "cycles"), so figures can
// show PI's fairness next to the other benchmarks'.
QList<BenchRow> benchRowsFromLossTable(const QList<LossRow> &rows);

} // namespace hvbench::analysis
