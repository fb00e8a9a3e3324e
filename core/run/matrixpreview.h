// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The expanded matrix as it will run, before it runs: every cell × benchmark of the session with
// its rounds, runs, an estimated duration and the exact command line each guest will run (built
// by makeJobContext + jobCommandLine, the runner's own code), or why the host skips it (planCells).
#include "run/cellplan.h"
#include "run/estimate.h"

#include <QStringList>

namespace hvbench {

struct PreviewRow {
    Cell cell;
    Benchmark benchmark = Benchmark::Pi;
    int guests = 1;             // max(1, vmCount)
    int minRounds = 1;          // Matrix::repeats
    int maxRounds = 1;          // Matrix::roundLimit()
    double secondsPerVisit = 0; // this benchmark on all guests of one visit (they run at once)
    int recordedRounds = 0;     // > 0: secondsPerVisit comes from that many recorded rounds
    QStringList commandLines;   // one per guest, in guest order
    QString skipReason;         // empty = it runs
    bool runs() const { return skipReason.isEmpty(); }
    int minRuns() const { return guests * minRounds; }
    int maxRuns() const { return guests * maxRounds; }
    double minSeconds() const { return secondsPerVisit * minRounds; }
};

struct MatrixPreview {
    QList<PreviewRow> rows;       // every cell × every selected benchmark, skipped ones included
    int cells = 0;                // cells that run (at least one benchmark)
    int skippedCells = 0;         // cells skipped whole
    int minRuns = 0, maxRuns = 0; // benchmark runs (a guest × a round × a benchmark)
    int visits = 0;               // cell visits at the minimum rounds
    double benchmarkSeconds = 0;  // Σ rows at the minimum rounds
    double overheadSeconds = 0;   // Σ visits × VM start/stop (or bare-metal agent start)
    double maxSeconds = 0;        // everything at Matrix::roundLimit() rounds
    bool hostKnown = false;       // false: planned as if the host could run every spec
    int recordedRows = 0;         // rows estimated from recorded wall times
    QStringList warnings;         // planCells' warnings
    double minSeconds() const { return benchmarkSeconds + overheadSeconds; }
};

// Placeholder for the host-side address of the run's isolated network (a free 10.213.x.0/24 is
// chosen when the run starts).
inline const QString kPreviewPeerAddress = QStringLiteral("10.213.x.1");

// `ctx.host` null = no host known: planned with assumeEveryHost.  hostCpus for the estimate:
// the host's CPUs, or this machine's when no host is known.
MatrixPreview buildMatrixPreview(const Session &s, PlanContext ctx, const EstimateAssumptions &a = {});

} // namespace hvbench
