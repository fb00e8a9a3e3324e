// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What of a session's matrix this host can run, and why the rest is skipped: every cell of
// bare metal + each spec × each VM count, with the benchmarks it runs.  A spec the host cannot
// run (placeSpec) skips all its cells; a benchmark a cell cannot run (no isolated network for
// iperf3, no data disk, a data disk smaller than the data set, no tool in the guest, a remote
// host for the bare-metal network baseline) is skipped in that cell only.  Each skip carries a
// translated reason naming what to change; the runner records them in the manifest.
#include "model/session.h"
#include "virt/hostinfo.h"
#include "virt/speccheck.h"

#include <QHash>
#include <QJsonArray>
#include <optional>

namespace hvbench {

struct PlannedCell {
    Cell cell;
    QList<Benchmark> benchmarks; // in the suite's order; never empty
};

struct SkippedItem {
    QString cell;      // Cell::key()
    QString benchmark; // benchmarkId(); empty = the whole cell
    QString reason;
};

struct PlanContext {
    const virt::HostInfo *host = nullptr; // null: not connected (no VM cell can be planned)
    bool hostIsLocal = true;              // the libvirt host is this machine (bare-metal network baseline)
    bool root = true;                     // may make network namespaces / drop host caches
    QStringList guestTools;               // tools in the bundled guest image (guest.json "tools")
    bool bundledGuest = true;
    // With no host: plan as if the host could run every spec (a preview before connecting)
    // instead of skipping every VM cell as "not connected".
    bool assumeEveryHost = false;
};

struct CellPlan {
    QList<PlannedCell> cells;
    QList<SkippedItem> skipped;
    QHash<int, virt::Placement> placements; // spec index → where it runs
    QStringList warnings;                   // runnable but questionable (data set < 2× RAM, …)
    QJsonArray skippedJson() const;
    // Translated one line per skip, for logs and the CLI.
    QStringList skippedLines() const;
    bool anyVmCell() const;
    bool baselineNeedsNetwork() const;
};

CellPlan planCells(const Session &s, const PlanContext &ctx);
// The context the runner plans with: `host` (may be null), local from the session's URI, root
// from the effective user id, the bundled guest's tools.
PlanContext makePlanContext(const Session &s, const virt::HostInfo *host, const QStringList &guestTools);

// Which tool a benchmark needs inside the guest ("" = none, the agent does it).
QString toolFor(Benchmark b);

} // namespace hvbench
