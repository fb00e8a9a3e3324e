// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/comparison.h"
#include "model/benchmark.h"
#include "model/matrix.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <tuple>

namespace hvbench::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Comparison)
};

struct RowKey {
    int benchmark;  // index in allBenchmarks()
    int metric;     // index in keyMetrics()
    bool published; // published-only rows after the measured ones
    QString config;
    int vmCount;
    bool operator<(const RowKey &o) const
    {
        return std::tuple(benchmark, metric, published, config != kBareMetal, config, vmCount) <
               std::tuple(o.benchmark, o.metric, o.published, o.config != kBareMetal, o.config, o.vmCount);
    }
};

int benchmarkIndex(const QString &id)
{
    const auto b = benchmarkFromId(id);
    return b ? int(allBenchmarks().indexOf(*b)) : int(allBenchmarks().size());
}

int metricIndex(const QString &benchmark, const QString &metric)
{
    const auto b = benchmarkFromId(benchmark);
    const QList<MetricInfo> ms = b ? keyMetrics(*b) : QList<MetricInfo>{};
    for (int i = 0; i < ms.size(); ++i)
        if (ms.at(i).name == metric)
            return i;
    return int(ms.size());
}

bool higherIsBetter(const QString &benchmark, const QString &metric)
{
    const auto b = benchmarkFromId(benchmark);
    const QList<MetricInfo> ms = b ? keyMetrics(*b) : QList<MetricInfo>{};
    for (const MetricInfo &m : ms)
        if (m.name == metric)
            return m.higherIsBetter;
    return true;
}

CompareCell measuredCell(const BenchRow &r, const QString &caveat)
{
    CompareCell c;
    c.mean = r.perGuest.mean;
    c.lossPct = r.lossPct;
    if (r.lossPct && r.vmCount > 0 && r.perGuest.n >= 2)
        c.lossCi95Pct = r.lossCi95Pct;
    c.n = r.n;
    if (r.vmCount > 0)
        c.note = caveat;
    return c;
}

CompareCell publishedCell(const ReferenceRow &r)
{
    CompareCell c;
    c.lossPct = r.lossPct;
    c.approximate = r.approximate;
    c.note =
        r.note.isEmpty() ? Tr::tr("%1: %2").arg(r.where, r.words) : Tr::tr("%1: %2\n%3").arg(r.where, r.words, r.note);
    return c;
}
} // namespace

CompareSource compareSource(const QString &name, const Session &s)
{
    CompareSource src;
    src.name = name;
    src.table = computeBenchTable(s.results, directionOverrides(s.benchmarks));
    for (const VmSpec &v : s.specs)
        src.kindByConfig.insert(v.name, paperHypervisorKind(v.hypervisor));
    src.caveat = s.emulationCaveat();
    return src;
}

CompareSource compareSource(const QString &name, const ReferenceSession &ref)
{
    CompareSource src;
    src.name = name;
    src.published = true;
    src.reference = ref.rows;
    return src;
}

QList<CompareRow> alignSources(const QList<CompareSource> &sources)
{
    const int count = int(sources.size());
    QMap<RowKey, CompareRow> rows;
    auto rowFor = [&](const QString &benchmark, const QString &metric, const QString &config, int vmCount,
                      bool published) -> CompareRow & {
        const RowKey key{benchmarkIndex(benchmark), metricIndex(benchmark, metric), published, config, vmCount};
        auto it = rows.find(key);
        if (it == rows.end()) {
            CompareRow row;
            row.benchmark = benchmark;
            row.metric = metric;
            row.config = config;
            row.vmCount = vmCount;
            row.higherIsBetter = higherIsBetter(benchmark, metric);
            row.cells.resize(count);
            it = rows.insert(key, row);
        }
        return it.value();
    };

    // Measured sessions first: they define the rows published figures join.
    for (int s = 0; s < count; ++s) {
        const CompareSource &src = sources.at(s);
        for (const BenchRow &b : src.table) {
            CompareRow &row = rowFor(benchmarkId(b.benchmark), b.metric, b.config, b.vmCount, false);
            row.higherIsBetter = b.higherIsBetter;
            if (row.paperKind.isEmpty() && b.vmCount > 0)
                row.paperKind = src.kindByConfig.value(b.config);
            row.cells[s] = measuredCell(b, src.caveat);
        }
    }
    // A measured row a published row joins: same benchmark, figure and VM count, and a source
    // that has the row runs that configuration on a hypervisor of the published kind.
    auto joins = [&](const CompareRow &row, const ReferenceRow &ref) {
        if (ref.yardstick || row.publishedOnly || row.benchmark != ref.benchmark || row.metric != ref.metric ||
            row.vmCount != ref.vmCount)
            return false;
        for (int s = 0; s < count; ++s)
            if (!sources.at(s).published && row.cells.at(s) &&
                sources.at(s).kindByConfig.value(row.config) == ref.hypervisor)
                return true;
        return false;
    };
    for (int s = 0; s < count; ++s) {
        const CompareSource &src = sources.at(s);
        if (!src.published)
            continue;
        for (const ReferenceRow &ref : src.reference) {
            bool joined = false;
            for (CompareRow &row : rows)
                if (joins(row, ref)) {
                    row.cells[s] = publishedCell(ref);
                    joined = true;
                }
            if (joined)
                continue;
            CompareRow &own = rowFor(ref.benchmark, ref.metric, ref.label, ref.vmCount, true);
            own.publishedOnly = true;
            own.paperKind = ref.hypervisor;
            own.cells[s] = publishedCell(ref);
        }
    }
    return rows.values();
}


} // namespace hvbench::analysis
