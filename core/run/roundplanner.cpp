// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/roundplanner.h"
#include "analysis/stats.h"

#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <cmath>

namespace hvbench {

namespace {
const QString kRepeats = QStringLiteral("repeats");
const QString kRsd = QStringLiteral("rsd");
const QString kMaxRepeats = QStringLiteral("max_repeats");
const QString kBudget = QStringLiteral("budget");
const QString kCancelled = QStringLiteral("cancelled");

quint32 drawSeed()
{
    quint32 s = 0;
    while (s == 0)
        s = QRandomGenerator::system()->generate();
    return s;
}
} // namespace

RoundPlanner::RoundPlanner(QList<Cell> cells, const Matrix &matrix, QHash<QString, QList<Benchmark>> benchmarksByCell)
    : m_cells(std::move(cells)), m_matrix(matrix), m_benchmarks(std::move(benchmarksByCell)),
      m_seed(matrix.seed != 0 ? matrix.seed : drawSeed()), m_rng(m_seed), m_state(m_cells.size())
{
}

QHash<int, double> RoundPlanner::perRoundValues(const Cell &cell, Benchmark b, const QString &metric,
                                                const QList<RunResult> &results)
{
    const QString id = benchmarkId(b);
    QHash<int, std::pair<double, int>> sums; // round → (sum, guests)
    for (const RunResult &r : results) {
        if (r.vmCount != cell.vmCount || r.config != cell.config || r.workload != id)
            continue;
        const auto v = r.metric(metric);
        if (!v || !std::isfinite(*v))
            continue;
        auto &s = sums[r.repeat];
        s.first += *v;
        s.second += 1;
    }
    QHash<int, double> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.insert(it.key(), it.value().first / it.value().second);
    return out;
}

bool RoundPlanner::converged(int i, const QList<RunResult> &results)
{
    const Cell &cell = m_cells.at(i);
    CellState &st = m_state[i];
    const int needed = std::max(m_matrix.repeats, 2);
    bool all = true;
    st.rsdPct = {};
    for (Benchmark b : m_benchmarks.value(cell.key())) {
        for (const MetricInfo &m : keyMetrics(b)) {
            const QHash<int, double> byRound = perRoundValues(cell, b, m.name, results);
            const QList<double> xs = byRound.values();
            const auto s = stats::summarize(xs);
            if (s.n < 2) {
                all = false; // no result yet, or one round only: nothing to judge
                continue;
            }
            // A constant metric (also a constant 0) is steady; otherwise RSD relative to |mean|.
            if (s.stddev != 0 && s.mean == 0) {
                all = false; // noise around zero: no relative spread to speak of
                continue;
            }
            const double rsdPct = s.stddev == 0 ? 0.0 : s.stddev / std::abs(s.mean) * 100.0;
            st.rsdPct.insert(benchmarkId(b) + QLatin1Char('/') + m.name, rsdPct);
            if (s.n < needed || !(rsdPct < m_matrix.rsdTargetPct))
                all = false;
        }
    }
    return all;
}

QList<int> RoundPlanner::shuffled(QList<int> v)
{
    // Fisher–Yates on the engine's raw 32-bit output, with rejection so each j is equally likely.
    for (qsizetype i = v.size() - 1; i > 0; --i) {
        const quint64 range = quint64(i) + 1;
        const quint64 limit = (quint64(1) << 32) - ((quint64(1) << 32) % range);
        quint64 x;
        do
            x = m_rng();
        while (x >= limit);
        std::swap(v[i], v[qsizetype(x % range)]);
    }
    return v;
}

QList<int> RoundPlanner::nextRound(qint64 elapsedMs, const QList<RunResult> &results)
{
    if (m_finished)
        return {};
    const bool rsdRule = m_matrix.rsdTargetPct > 0;
    QList<int> open;
    for (int i = 0; i < m_cells.size(); ++i) {
        CellState &st = m_state[i];
        if (!st.stoppedBy.isEmpty())
            continue;
        const bool steady = converged(i, results); // also refreshes rsd_pct
        if (!rsdRule) {
            if (st.rounds >= m_matrix.repeats)
                st.stoppedBy = kRepeats;
        } else if (st.rounds >= std::max(m_matrix.repeats, 2) && steady) {
            st.stoppedBy = kRsd;
        } else if (st.rounds >= m_matrix.roundLimit()) {
            st.stoppedBy = kMaxRepeats;
        }
        if (st.stoppedBy.isEmpty())
            open.append(i);
    }
    if (m_matrix.budgetMinutes > 0 && elapsedMs >= qint64(m_matrix.budgetMinutes) * 60 * 1000) {
        for (int i : std::as_const(open))
            m_state[i].stoppedBy = kBudget;
        open.clear();
    }
    if (open.isEmpty()) {
        m_finished = true;
        return {};
    }
    const QList<int> order = shuffled(open);
    for (int i : order)
        m_state[i].rounds += 1;
    m_orders.append(order);
    return order;
}

void RoundPlanner::cancel()
{
    for (CellState &st : m_state)
        if (st.stoppedBy.isEmpty())
            st.stoppedBy = kCancelled;
    m_finished = true;
}

QJsonObject RoundPlanner::outcome() const
{
    QJsonArray orders;
    for (const QList<int> &round : m_orders) {
        QJsonArray keys;
        for (int i : round)
            keys.append(m_cells.at(i).key());
        orders.append(keys);
    }
    QJsonObject cells;
    for (int i = 0; i < m_cells.size(); ++i) {
        const CellState &st = m_state.at(i);
        cells.insert(m_cells.at(i).key(), QJsonObject{{QStringLiteral("rounds"), st.rounds},
                                                      {QStringLiteral("stopped_by"),
                                                       st.stoppedBy.isEmpty() ? QStringLiteral("open") : st.stoppedBy},
                                                      {QStringLiteral("rsd_pct"), st.rsdPct}});
    }
    return {
        {QStringLiteral("seed"), qint64(m_seed)}, {QStringLiteral("orders"), orders}, {QStringLiteral("cells"), cells}};
}

} // namespace hvbench
