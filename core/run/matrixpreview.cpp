// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/matrixpreview.h"
#include "run/jobsetup.h"
#include "virt/ownership.h"

#include <QHash>
#include <QThread>

namespace hvbench {

namespace {
// Whether the guests of spec `index` run under software emulation: the placement when a host is
// known; otherwise everything but KVM and Xen specs is assumed to be TCG (the slow case).
bool emulatedSpec(const Session &s, int index, const CellPlan &plan, const PlanContext &ctx)
{
    if (ctx.host && plan.placements.contains(index))
        return plan.placements.value(index).softwareEmulation;
    const Hypervisor h = s.specs.at(index).hypervisor;
    return !(h == Hypervisor::Kvm || isXen(h));
}
} // namespace

MatrixPreview buildMatrixPreview(const Session &s, PlanContext ctx, const EstimateAssumptions &a)
{
    MatrixPreview out;
    out.hostKnown = ctx.host != nullptr;
    if (!ctx.host)
        ctx.assumeEveryHost = true;
    const CellPlan plan = planCells(s, ctx);
    out.warnings = plan.warnings;
    const int hostCpus = ctx.host && ctx.host->cpus > 0 ? ctx.host->cpus : QThread::idealThreadCount();

    QHash<QString, QString> cellSkips;  // cell key → reason
    QHash<QString, QString> benchSkips; // cell key + "/" + benchmark id → reason
    for (const SkippedItem &k : plan.skipped) {
        if (k.benchmark.isEmpty())
            cellSkips.insert(k.cell, k.reason);
        else
            benchSkips.insert(k.cell + QLatin1Char('/') + k.benchmark, k.reason);
    }
    const int minRounds = s.matrix.repeats;
    const int maxRounds = s.matrix.roundLimit();
    const JobSite site{{}, kPreviewPeerAddress, baselineDirFor(s.id)};

    for (const Cell &c : s.cells()) {
        const QString key = c.key();
        const bool emulated = !c.isBaseline() && emulatedSpec(s, c.specIndex, plan, ctx);
        bool anyRuns = false;
        for (Benchmark b : s.benchmarks.enabled) {
            PreviewRow row;
            row.cell = c;
            row.benchmark = b;
            row.guests = std::max(1, c.vmCount);
            row.minRounds = minRounds;
            row.maxRounds = maxRounds;
            row.skipReason = cellSkips.value(key, benchSkips.value(key + QLatin1Char('/') + benchmarkId(b)));
            for (int g = 0; g < row.guests; ++g) {
                JobSite guestSite = site;
                guestSite.who = virt::domainName(s.id, g + 1);
                row.commandLines.append(jobCommandLine(makeJobContext(s, c, b, g, guestSite)));
            }
            const JobContext first = makeJobContext(s, c, b, 0, site);
            EstimateInput in{b, c.vmCount, first.vcpus, first.ramMiB, hostCpus, emulated};
            if (const auto rec = recordedSeconds(s, c, b)) {
                row.secondsPerVisit = rec->seconds;
                row.recordedRounds = rec->rounds;
            } else {
                row.secondsPerVisit = estimateBenchmarkSeconds(s.benchmarks, in, a);
            }
            if (row.runs()) {
                anyRuns = true;
                out.minRuns += row.minRuns();
                out.maxRuns += row.maxRuns();
                out.benchmarkSeconds += row.minSeconds();
                out.maxSeconds += row.secondsPerVisit * maxRounds;
                if (row.recordedRounds > 0)
                    ++out.recordedRows;
            }
            out.rows.append(row);
        }
        if (!anyRuns) {
            ++out.skippedCells;
            continue;
        }
        ++out.cells;
        out.visits += minRounds;
        const double overhead = estimateVisitOverheadSeconds(c.vmCount, hostCpus, emulated, a);
        out.overheadSeconds += overhead * minRounds;
        out.maxSeconds += overhead * maxRounds;
    }
    return out;
}

} // namespace hvbench
