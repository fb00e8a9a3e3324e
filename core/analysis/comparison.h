// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Several sessions side by side (Phoronix Test Suite's result comparison): each session's
// benchmark table (computeBenchTable) aligned by (benchmark, figure, configuration, VM count),
// plus the paper's published % loss (reference.h) aligned by benchmark + VM count + the
// paper's hypervisor kind of the configuration.  A cell a session lacks is absent ("—"), never 0.
#include "analysis/units.h"
#include "analysis/benchtable.h"
#include "analysis/reference.h"
#include "model/session.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace hvbench::analysis {

// One source's figures in one aligned row.
struct CompareCell {
    std::optional<double> mean;        // per-guest mean in the row's unit; empty for published rows
    std::optional<double> lossPct;     // empty without a bare-metal baseline (or a mean ≤ 0)
    std::optional<double> lossCi95Pct; // half-width; empty without loss or with fewer than 2 rounds
    int n = 0;                         // runs behind it; 0 for published rows (the paper gives none)
    bool approximate = false;          // published "about N %"
    QString note;                      // published: where + the paper's words; measured: caveat
};

struct CompareRow {
    QString benchmark; // benchmarkId()
    QString metric;    // unit-suffixed figure
    QString config;    // a session's config name, or a published row's label
    int vmCount = 0;   // 0 = bare metal (or the paper's CPU yardstick)
    QString paperKind; // "kvm", "xen-para", "xen-hvm" or empty (bare metal, yardstick, unknown spec)
    bool higherIsBetter = true;
    bool publishedOnly = false;              // no measured session has this row
    QList<std::optional<CompareCell>> cells; // one per source, in the sources' order
};

// One column group of the comparison: a measured session or the published reference.
struct CompareSource {
    QString name;
    bool published = false;
    QList<BenchRow> table;                // measured
    QHash<QString, QString> kindByConfig; // measured: config → paper kind
    QString caveat;                       // measured: software emulation warning, or empty
    QList<ReferenceRow> reference;        // published
};

CompareSource compareSource(const QString &name, const Session &s);
CompareSource compareSource(const QString &name, const ReferenceSession &ref);

// Rows ordered by benchmark (allBenchmarks()), figure (keyMetrics()), measured before
// published-only, bare metal first, then configuration and VM count.  Published rows join every measured row of the
// same benchmark, figure and VM count whose configuration maps to their hypervisor kind; the others (and the CPU
// yardstick) become rows of their own.
QList<CompareRow> alignSources(const QList<CompareSource> &sources);


} // namespace hvbench::analysis
