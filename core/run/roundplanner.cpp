// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/roundplanner.h"
#include "analysis/stats.h"

#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <algorithm>
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

bool RoundPlanner::stepComplete(int cell, int round, Benchmark b, const QList<RunResult> &results) const
{
    const Cell &c = m_cells.at(cell);
    const QString id = benchmarkId(b);
    const int guests = std::max(1, c.vmCount);
    QList<bool> seen(guests, false);
    int n = 0;
    for (const RunResult &r : results) {
        if (r.repeat != round || r.vmCount != c.vmCount || r.config != c.config || r.workload != id)
            continue;
        if (r.guest >= 0 && r.guest < guests && !seen.at(r.guest)) {
            seen[r.guest] = true;
            ++n;
        }
    }
    return n == guests;
}

bool RoundPlanner::roundComplete(int cell, int round, const QList<RunResult> &results) const
{
    const QList<Benchmark> bs = m_benchmarks.value(m_cells.at(cell).key());
    return std::all_of(bs.cbegin(), bs.cend(), [&](Benchmark b) { return stepComplete(cell, round, b, results); });
}

QList<RoundPlanner::Visit> RoundPlanner::restore(const QJsonObject &outcome, const QList<RunResult> &results)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < m_cells.size(); ++i)
        indexOf.insert(m_cells.at(i).key(), i);
    QList<QList<int>> orders;
    const QJsonArray recorded = outcome.value(QStringLiteral("orders")).toArray();
    const qint64 seed = outcome.value(QStringLiteral("seed")).toInteger();
    bool replayable = seed > 0 && seed <= qint64(UINT32_MAX); // no round yet is fine: the seed is all
    for (const QJsonValue &round : recorded) {
        QList<int> order;
        for (const QJsonValue &k : round.toArray()) {
            const int i = indexOf.value(k.toString(), -1);
            if (i < 0)
                replayable = false; // a cell this matrix no longer has: the orders cannot be replayed
            else
                order.append(i);
        }
        orders.append(order);
    }
    if (orders.isEmpty() && !results.isEmpty())
        replayable = false; // results without a record of their rounds: they tell the rounds
    if (replayable) {
        // Same seed, same shuffles of the same open cells: the engine ends where it was.
        m_seed = quint32(seed);
        m_rng.seed(m_seed);
        for (const QList<int> &order : std::as_const(orders)) {
            QList<int> open = order;
            std::sort(open.begin(), open.end());
            if (shuffled(open) != order) {
                replayable = false;
                break;
            }
        }
        if (!replayable) { // not this planner's orders (edited file?): keep them, order the rest anew
            m_seed = drawSeed();
            m_rng.seed(m_seed);
        }
    } else {
        // No usable record: the rounds each cell has results in.
        orders.clear();
        int last = -1;
        for (const RunResult &r : results)
            last = std::max(last, r.repeat);
        for (int round = 0; round <= last; ++round) {
            QList<int> order;
            for (int i = 0; i < m_cells.size(); ++i) {
                const Cell &c = m_cells.at(i);
                if (std::any_of(results.cbegin(), results.cend(), [&](const RunResult &r) {
                        return r.repeat == round && r.vmCount == c.vmCount && r.config == c.config;
                    }))
                    order.append(i);
            }
            orders.append(order);
        }
    }
    QList<Visit> pending;
    for (qsizetype round = 0; round < orders.size(); ++round) {
        for (int i : std::as_const(orders.at(round))) {
            m_state[i].rounds += 1;
            if (!roundComplete(i, int(round), results))
                pending.append(Visit{int(round), i});
        }
    }
    m_orders = orders;
    return pending;
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
