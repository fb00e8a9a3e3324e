// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstable.h"
#include "analysis/benchtable.h"
#include "model/matrix.h"

#include <QMap>
#include <cmath>

namespace hvbench::analysis {

double lossPctForCost(double bare, double vm)
{
    return vm > 0 ? (1.0 - bare / vm) * 100.0 : 0.0;
}

double lossPctForThroughput(double bare, double vm)
{
    return bare > 0 ? (bare - vm) / bare * 100.0 : 0.0;
}

namespace {
using Key = std::pair<QString, int>;

void addFairness(LossRow &row, const QList<RunResult> &runs)
{
    QMap<int, QList<double>> byRound;
    for (const auto &r : runs)
        byRound[r.repeat].append(double(r.cycles));
    double jainSum = 0;
    row.minMaxRatio = 1;
    row.cov = 0;
    for (const auto &xs : std::as_const(byRound)) {
        jainSum += stats::jainIndex(xs);
        const auto s = stats::summarize(xs);
        if (s.max > 0)
            row.minMaxRatio = std::min(row.minMaxRatio, s.min / s.max);
        if (s.mean > 0 && s.n > 1)
            row.cov = std::max(row.cov, s.stddev / s.mean);
    }
    row.jain = byRound.isEmpty() ? 1 : jainSum / byRound.size();
}
} // namespace

QList<LossRow> computeLossTable(const QList<RunResult> &results)
{
    QMap<Key, QList<RunResult>> groups;
    for (const auto &r : results)
        if (r.isPi()) // Table I's PI rows; other benchmarks are in benchtable.h
            groups[Key{r.config, r.vmCount}].append(r);

    std::optional<stats::Summary> bare;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        if (it.key().second == 0) {
            QList<double> xs;
            for (const auto &r : it.value())
                xs.append(double(r.cycles));
            bare = stats::summarize(xs);
        }

    QList<LossRow> rows;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        LossRow row;
        row.config = it.key().first;
        row.vmCount = it.key().second;
        QList<double> xs;
        for (const auto &r : it.value())
            xs.append(double(r.cycles));
        row.cycles = stats::summarize(xs);
        addFairness(row, it.value());
        if (row.vmCount == 0) {
            row.lossPct = 0.0; // the reference itself: no interval against itself
        } else if (bare && bare->mean > 0 && row.cycles.mean > 0) {
            row.lossPct = lossPctForCost(bare->mean, row.cycles.mean);
            row.lossCi95Pct = lossCi95Pct(*bare, row.cycles, /*higherIsBetter=*/false);
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LossRow &a, const LossRow &b) {
        if ((a.vmCount == 0) != (b.vmCount == 0))
            return a.vmCount == 0;
        return a.config != b.config ? a.config < b.config : a.vmCount < b.vmCount;
    });
    return rows;
}

} // namespace hvbench::analysis
