// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table I of the paper for every benchmark: for each key metric (keyMetrics()) and each
// (config, VM count), the figure per guest and in aggregate across rounds, the % loss against
// bare metal with a 95 % CI, and the fairness of concurrent guests.
//
// Rounds are the samples: a round's per-guest value is the mean over that round's guests, its
// aggregate the sum over them (the paper's Fig. 12 aggregate throughput); the summaries are
// across rounds.  Loss compares per-guest means: higher-is-better (bare − vm)/bare, costs
// (PI cycles) 1 − bare/vm (DESIGN §4).
#include "analysis/stats.h"
#include "model/benchmark.h"
#include "model/runresult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace hvbench::analysis {

struct BenchRow {
    Benchmark benchmark = Benchmark::Pi;
    QString metric; // unit-suffixed, e.g. "throughput_mbps"
    bool higherIsBetter = true;
    QString config;                // "bare-metal" or the VmSpec name
    int vmCount = 0;               // 0 = bare metal
    stats::Summary perGuest;       // per-round mean over guests, across rounds (n = rounds)
    stats::Summary aggregate;      // per-round sum over guests, across rounds
    std::optional<double> lossPct; // empty without a bare-metal row of the same benchmark + metric
    double lossCi95Pct = 0;        // half-width, propagated from both means' CIs
    int n = 0;                     // runs (guest results) behind the row
    double jain = 1;               // Jain's index across guests, mean over rounds
    double minMaxRatio = 1;        // min/max across guests, worst round
    double cov = 0;                // coefficient of variation across guests, worst round
};

// "<benchmark id>/<metric>" → higher is better, overriding keyMetrics()'s direction.
using DirectionOverrides = QHash<QString, bool>;
// The overrides a session's suite implies (the external score's direction is the user's).
DirectionOverrides directionOverrides(const BenchmarkSuite &suite);

// Rows by benchmark (allBenchmarks() order), metric (keyMetrics() order), then bare metal
// first, config, VM count.  Results of unknown workloads, and metrics a run lacks, are skipped.
QList<BenchRow> computeBenchTable(const QList<RunResult> &results, const DirectionOverrides &overrides = {});

// % loss of vm against bare for a metric of the given direction; empty when a mean is not > 0.
std::optional<double> lossPct(double bare, double vm, bool higherIsBetter);
// Half-width of the loss's 95 % CI, first-order propagation of both means' CIs: the loss is
// 1 − ratio with ratio = vm/bare (throughput) or bare/vm (cost), so the half-width is
// ratio · √((ci_bare/bare)² + (ci_vm/vm)²) · 100.  0 when a mean is not > 0.
double lossCi95Pct(const stats::Summary &bare, const stats::Summary &vm, bool higherIsBetter);

} // namespace hvbench::analysis
