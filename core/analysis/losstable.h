// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table I of the paper: % loss of each configuration vs bare metal, with n, a 95 % CI and the
// fairness of concurrent guests.  PI cycles are a cost (lower is better), so
// loss = 1 − cycles_bare / cycles_vm  (DESIGN §4).
#include "analysis/stats.h"
#include "model/runresult.h"

#include <QList>
#include <optional>

namespace hvbench::analysis {

struct LossRow {
    QString config;
    int vmCount = 0;
    stats::Summary cycles;           // per guest run
    std::optional<double> lossPct;   // empty when there is no baseline
    double lossCi95Pct = 0;          // half-width, propagated from both means
    double jain = 1;                 // mean over rounds of Jain's index across guests
    double minMaxRatio = 1;          // min/max of per-guest cycles, worst round
    double cov = 0;                  // coefficient of variation across guests, worst round
};

// Lower-is-better metric (cycles, time): 1 − bare/vm, in %.
double lossPctForCost(double bare, double vm);
// Higher-is-better metric (throughput, score): (bare − vm)/bare, in %.
double lossPctForThroughput(double bare, double vm);

// One row per (config, vmCount), bare metal first, then by config and count.
QList<LossRow> computeLossTable(const QList<RunResult> &results);

} // namespace hvbench::analysis
