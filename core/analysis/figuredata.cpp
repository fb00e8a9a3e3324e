// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/figuredata.h"
#include "model/matrix.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace hvbench::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::FigureData)
};

bool matches(const BenchRow &r, const FigureMetric &m)
{
    return r.benchmark == m.benchmark && r.metric == m.metric;
}

struct Picked {
    double value = 0;
    std::optional<double> ci95;
};

std::optional<Picked> pickValue(const BenchRow &r, FigureValue v)
{
    const auto ci = [](const stats::Summary &s) { return s.n >= 2 ? std::optional<double>(s.ci95) : std::nullopt; };
    switch (v) {
    case FigureValue::PerGuest:
        return Picked{r.perGuest.mean, ci(r.perGuest)};
    case FigureValue::Aggregate:
        return Picked{r.aggregate.mean, ci(r.aggregate)};
    case FigureValue::LossPct:
        if (!r.lossPct)
            return std::nullopt;
        return Picked{*r.lossPct, r.perGuest.n >= 2 ? std::optional<double>(r.lossCi95Pct) : std::nullopt};
    case FigureValue::Jain:
        return Picked{r.jain, std::nullopt};
    case FigureValue::MinMaxRatio:
        return Picked{r.minMaxRatio, std::nullopt};
    }
    return std::nullopt;
}

FigurePoint point(const BenchRow &r, const Picked &p, int category)
{
    return FigurePoint{category, r.vmCount, p.value, p.ci95, r.n};
}

QString benchmarkNames(const FigureSpec &spec)
{
    QStringList names;
    for (const FigureMetric &m : spec.metrics)
        if (!names.contains(benchmarkDisplayName(m.benchmark)))
            names.append(benchmarkDisplayName(m.benchmark));
    return names.join(QStringLiteral(", "));
}

QString seriesName(const FigureSpec &spec, const QString &config, const FigureMetric &m)
{
    return spec.metrics.size() > 1 ? Tr::tr("%1 — %2").arg(config, m.label) : config;
}

QString configLabel(const QString &config, const QHash<QString, QString> &captions)
{
    if (config == kBareMetal)
        return Tr::tr("bare metal");
    const QString caption = captions.value(config);
    return caption.isEmpty() ? config : config + QLatin1Char('\n') + caption;
}

// The VM count every (configuration, figure) pair ran; when none is common, any count ran.
int pickVmCount(const FigureSpec &spec, const QList<const BenchRow *> &vmRows)
{
    std::map<std::pair<QString, QString>, std::set<int>> counts; // (config, metric) → counts
    std::set<int> all;
    for (const BenchRow *r : vmRows) {
        counts[{r->config, r->metric}].insert(r->vmCount);
        all.insert(r->vmCount);
    }
    std::set<int> common = all;
    for (const auto &[key, set] : counts) {
        std::set<int> next;
        std::set_intersection(common.begin(), common.end(), set.begin(), set.end(), std::inserter(next, next.end()));
        common = std::move(next);
    }
    const std::set<int> &from = common.empty() ? all : common;
    return spec.pick == VmCountPick::SmallestCommon ? *from.begin() : *from.rbegin();
}

void buildLines(const FigureSpec &spec, const QList<const BenchRow *> &relevant, FigureData &out)
{
    QList<FigureSeries> references;
    for (const FigureMetric &m : spec.metrics) {
        std::map<QString, FigureSeries> byConfig; // sorted by configuration name
        for (const BenchRow *r : relevant) {
            if (!matches(*r, m))
                continue;
            const auto p = pickValue(*r, spec.value);
            if (!p)
                continue;
            if (r->vmCount == 0) {
                if (spec.bareMetal)
                    references.append(FigureSeries{spec.metrics.size() > 1 ? Tr::tr("bare metal — %1").arg(m.label)
                                                                           : Tr::tr("bare metal"),
                                                   true,
                                                   {point(*r, *p, -1)}});
                continue;
            }
            FigureSeries &s = byConfig[r->config];
            s.name = seriesName(spec, r->config, m);
            s.points.append(point(*r, *p, -1));
        }
        for (auto &[config, s] : byConfig) {
            std::sort(s.points.begin(), s.points.end(),
                      [](const FigurePoint &a, const FigurePoint &b) { return a.vmCount < b.vmCount; });
            out.series.append(std::move(s));
        }
    }
    if (!out.series.isEmpty())
        out.series.append(references);
}

void buildBars(const FigureSpec &spec, const QList<const BenchRow *> &relevant, const QHash<QString, QString> &captions,
               FigureData &out)
{
    // Categories: (config, vmCount) keys, bare metal first.
    std::set<std::pair<QString, int>> keys;
    const bool byConfig = spec.layout == FigureLayout::BarsByConfig;
    const int minCount = std::max(1, spec.minVmCount);
    for (const BenchRow *r : relevant) {
        const bool bare = r->vmCount == 0;
        if (bare ? !spec.bareMetal : (byConfig ? r->vmCount != out.vmCount : r->vmCount < minCount))
            continue;
        if (pickValue(*r, spec.value))
            keys.insert({bare ? QString() : r->config, r->vmCount}); // "" sorts bare metal first
    }
    QList<std::pair<QString, int>> order(keys.begin(), keys.end());
    for (const auto &[config, count] : order) {
        const QString label = configLabel(config.isEmpty() ? kBareMetal : config, captions);
        out.categories.append(byConfig || count == 0 ? label : Tr::tr("%1 ×%2").arg(label).arg(count));
    }
    for (const FigureMetric &m : spec.metrics) {
        FigureSeries s{m.label, false, {}};
        for (const BenchRow *r : relevant) {
            if (!matches(*r, m))
                continue;
            const auto key = std::make_pair(r->vmCount == 0 ? QString() : r->config, r->vmCount);
            const int category = int(order.indexOf(key));
            const auto p = pickValue(*r, spec.value);
            if (category >= 0 && p)
                s.points.append(point(*r, *p, category));
        }
        if (!s.points.isEmpty())
            out.series.append(std::move(s));
    }
}
} // namespace

int FigureData::pointCount() const
{
    int n = 0;
    for (const FigureSeries &s : series)
        n += int(s.points.size());
    return n;
}

FigureData buildFigureData(const FigureSpec &spec, const QList<BenchRow> &rows, const QHash<QString, QString> &captions)
{
    FigureData out;
    QList<const BenchRow *> relevant;
    QList<const BenchRow *> vmRows;
    bool anyBare = false;
    for (const BenchRow &r : rows) {
        if (std::none_of(spec.metrics.cbegin(), spec.metrics.cend(),
                         [&r](const FigureMetric &m) { return matches(r, m); }))
            continue;
        relevant.append(&r);
        if (r.vmCount > 0)
            vmRows.append(&r);
        else
            anyBare = true;
    }
    const QString names = benchmarkNames(spec);
    if (relevant.isEmpty()) {
        out.emptyReason = Tr::tr("No %1 results yet:\nselect it among the benchmarks and press Run").arg(names);
        return out;
    }
    if (vmRows.isEmpty()) {
        out.emptyReason = Tr::tr("Only bare-metal %1 results so far:\nrun the VM cells of the matrix").arg(names);
        return out;
    }
    if (spec.value == FigureValue::LossPct && !anyBare) {
        out.emptyReason =
            Tr::tr("No bare-metal baseline for %1:\nenable \"Bare metal\" in the matrix and run again").arg(names);
        return out;
    }
    if (spec.layout == FigureLayout::LinesByVmCount) {
        buildLines(spec, relevant, out);
    } else {
        if (spec.layout == FigureLayout::BarsByConfig)
            out.vmCount = pickVmCount(spec, vmRows);
        buildBars(spec, relevant, captions, out);
    }
    if (out.series.isEmpty()) {
        out.categories.clear();
        out.emptyReason = spec.layout == FigureLayout::BarsByCell && spec.minVmCount > 1
                              ? Tr::tr("%1: this figure needs cells with %2 or more concurrent VMs:\nadd such a VM "
                                       "count to the matrix and run")
                                    .arg(names)
                                    .arg(spec.minVmCount)
                              : Tr::tr("Nothing to plot for %1 yet:\nrun bare metal and the VM cells").arg(names);
    }
    return out;
}

QList<BenchRow> benchRowsFromLossTable(const QList<LossRow> &rows)
{
    QList<BenchRow> out;
    out.reserve(rows.size());
    for (const LossRow &l : rows) {
        BenchRow r;
        r.benchmark = Benchmark::Pi;
        r.metric = QStringLiteral("cycles");
        r.higherIsBetter = false;
        r.config = l.config;
        r.vmCount = l.vmCount;
        r.perGuest = l.cycles;
        r.lossPct = l.lossPct;
        r.lossCi95Pct = l.lossCi95Pct;
        r.n = l.cycles.n;
        r.jain = l.jain;
        r.minMaxRatio = l.minMaxRatio;
        r.cov = l.cov;
        out.append(r);
    }
    return out;
}

} // namespace hvbench::analysis
