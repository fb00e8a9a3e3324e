// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one chart of the Results page plots, as data: which benchmark figures, which value of
// the benchmark table (per guest, aggregate, % loss, fairness), and how it is laid out (a line
// per configuration over the VM count, or bars by configuration / by matrix cell).  The
// paper's figures are FigureSpecs (paperfigures.h); BenchChart draws any of them.
#include "analysis/units.h"
#include "model/benchmark.h"

#include <QList>
#include <QString>

namespace hvbench::analysis {

// Which number of a benchmark-table row a figure shows.
enum class FigureValue {
    PerGuest,   // mean per guest across rounds, 95 % CI
    Aggregate,  // sum over the concurrent guests across rounds, 95 % CI
    LossPct,    // % loss vs bare metal, 95 % CI
    Jain,       // Jain's fairness index across guests (mean over rounds)
    MinMaxRatio // min/max across guests (worst round)
};

enum class FigureLayout {
    LinesByVmCount, // x = VM count, one line per configuration (× figure); bare metal a dashed line
    BarsByConfig,   // categories = configurations at one VM count, one bar set per figure; bare metal a bar
    BarsByCell,     // categories = matrix cells (configuration × VM count), one bar set per figure
};

// The VM count a BarsByConfig figure shows.
enum class VmCountPick {
    SmallestCommon, // the smallest count every configuration ran (normally 1)
    LargestCommon,  // the largest count every configuration ran (8 in the paper)
};

// One benchmark figure (a key metric of a benchmark) and its legend label.
struct FigureMetric {
    Benchmark benchmark = Benchmark::Pi;
    QString metric; // unit-suffixed, e.g. "throughput_mbps"
    QString label;  // translated, e.g. "out (guest → host)"
};

// Where the configuration labels of a by-configuration figure get their details from the spec.
enum class ConfigCaption { None, Disk, Network };

struct FigureSpec {
    QString id;                  // file stem, e.g. "fig01-cpu-score-per-guest"
    QString paperRef;            // translated, e.g. "Fig. 1"; empty for figures beyond the paper
    QString title;               // translated, names the paper figure it mirrors
    QList<FigureMetric> metrics; // all of one unit
    FigureValue value = FigureValue::PerGuest;
    FigureLayout layout = FigureLayout::LinesByVmCount;
    VmCountPick pick = VmCountPick::LargestCommon; // BarsByConfig only
    int minVmCount = 1;                            // BarsByCell: cells with fewer VMs stay out (fairness needs 2)
    bool bareMetal = true;                         // show bare metal (a dashed line, or a bar)
    ConfigCaption caption = ConfigCaption::None;
    QString valueTitle; // translated y-axis title, with the unit in brackets
};


} // namespace hvbench::analysis
