// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/benchtable.h"
#include "analysis/losstable.h"

#include <QMap>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace hvbench::analysis {

std::optional<double> lossPct(double bare, double vm, bool higherIsBetter)
{
    if (!(bare > 0) || !(vm > 0))
        return std::nullopt;
    return higherIsBetter ? lossPctForThroughput(bare, vm) : lossPctForCost(bare, vm);
}

double lossCi95Pct(const stats::Summary &bare, const stats::Summary &vm, bool higherIsBetter)
{
    if (!(bare.mean > 0) || !(vm.mean > 0))
        return 0;
    const double ratio = higherIsBetter ? vm.mean / bare.mean : bare.mean / vm.mean;
    return ratio * std::hypot(bare.ci95 / bare.mean, vm.ci95 / vm.mean) * 100.0;
}

DirectionOverrides directionOverrides(const BenchmarkSuite &suite)
{
    DirectionOverrides o;
    for (const MetricInfo &m : keyMetrics(Benchmark::ExternalScore))
        o.insert(benchmarkId(Benchmark::ExternalScore) + QLatin1Char('/') + m.name, suite.external.higherIsBetter);
    return o;
}

namespace {
struct GroupKey {
    int benchmark; // index in allBenchmarks()
    QString config;
    int vmCount;
    bool operator<(const GroupKey &o) const
    {
        // Bare metal first, then by config and count.
        return std::tuple(benchmark, vmCount != 0, config, vmCount) <
               std::tuple(o.benchmark, o.vmCount != 0, o.config, o.vmCount);
    }
};

void addFairness(BenchRow &row, const QMap<int, QList<double>> &byRound)
{
    double jainSum = 0;
    row.minMaxRatio = 1;
    row.cov = 0;
    for (const QList<double> &xs : byRound) {
        jainSum += stats::jainIndex(xs);
        const auto s = stats::summarize(xs);
        if (s.max > 0)
            row.minMaxRatio = std::min(row.minMaxRatio, s.min / s.max);
        if (s.mean > 0 && s.n > 1)
            row.cov = std::max(row.cov, s.stddev / s.mean);
    }
    row.jain = byRound.isEmpty() ? 1 : jainSum / double(byRound.size());
}
} // namespace

QList<BenchRow> computeBenchTable(const QList<RunResult> &results, const DirectionOverrides &overrides)
{
    const QList<Benchmark> all = allBenchmarks();
    QMap<GroupKey, QList<const RunResult *>> groups;
    for (const RunResult &r : results) {
        const auto b = benchmarkFromId(r.workload);
        if (!b)
            continue;
        groups[GroupKey{int(all.indexOf(*b)), r.config, r.vmCount}].append(&r);
    }

    QList<BenchRow> rows;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Benchmark b = all.at(it.key().benchmark);
        for (const MetricInfo &m : keyMetrics(b)) {
            QMap<int, QList<double>> byRound; // round → per-guest values
            int n = 0;
            for (const RunResult *r : it.value()) {
                const auto v = r->metric(m.name);
                if (!v || !std::isfinite(*v))
                    continue;
                byRound[r->repeat].append(*v);
                ++n;
            }
            if (n == 0)
                continue;
            BenchRow row;
            row.benchmark = b;
            row.metric = m.name;
            row.higherIsBetter = overrides.value(benchmarkId(b) + QLatin1Char('/') + m.name, m.higherIsBetter);
            row.config = it.key().config;
            row.vmCount = it.key().vmCount;
            row.n = n;
            QList<double> means, sums;
            for (const QList<double> &xs : std::as_const(byRound)) {
                double sum = 0;
                for (double x : xs)
                    sum += x;
                sums.append(sum);
                means.append(sum / double(xs.size()));
            }
            row.perGuest = stats::summarize(means);
            row.aggregate = stats::summarize(sums);
            addFairness(row, byRound);
            rows.append(row);
        }
    }

    // Loss against the bare-metal row of the same benchmark and metric (rows are grouped by
    // benchmark with bare metal first, but look it up rather than rely on that).
    QHash<QString, stats::Summary> bare;
    const auto metricKey = [](const BenchRow &r) -> QString {
        return benchmarkId(r.benchmark) + QLatin1Char('/') + r.metric;
    };
    for (const BenchRow &r : std::as_const(rows))
        if (r.vmCount == 0)
            bare.insert(metricKey(r), r.perGuest);
    for (BenchRow &r : rows) {
        if (r.vmCount == 0) {
            r.lossPct = 0.0; // the reference itself: no interval against itself
            continue;
        }
        const auto base = bare.constFind(metricKey(r));
        if (base == bare.cend())
            continue;
        r.lossPct = lossPct(base->mean, r.perGuest.mean, r.higherIsBetter);
        if (r.lossPct)
            r.lossCi95Pct = lossCi95Pct(*base, r.perGuest, r.higherIsBetter);
    }

    // Within a benchmark, keyMetrics() order first; the groups' order (bare first, config, count) after.
    std::stable_sort(rows.begin(), rows.end(), [&all](const BenchRow &a, const BenchRow &b) {
        if (a.benchmark != b.benchmark)
            return all.indexOf(a.benchmark) < all.indexOf(b.benchmark);
        const QList<MetricInfo> ms = keyMetrics(a.benchmark);
        const auto pos = [&ms](const QString &name) {
            return std::find_if(ms.cbegin(), ms.cend(), [&name](const MetricInfo &m) { return m.name == name; }) -
                   ms.cbegin();
        };
        return pos(a.metric) < pos(b.metric);
    });
    return rows;
}

} // namespace hvbench::analysis
