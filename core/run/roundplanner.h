// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The repeat rule of a run (DESIGN §4): which cells run in the next round, and in which order.
//
// Every round runs each still-open cell once, the cells in a new random order per round (so a
// drift of the host does not favour one configuration).  The order comes from std::mt19937
// seeded with Matrix::seed (a random seed when it is 0; seed() tells which one was used, and
// the runner records it).  The shuffle uses the engine's raw output (not std::shuffle, whose
// algorithm differs between standard libraries), so a seed gives the same orders everywhere.
//
// A cell is closed, and the reason recorded, when
//   "repeats"      it ran Matrix::repeats rounds and there is no RSD rule;
//   "rsd"          it ran at least max(repeats, 2) rounds and every key metric of every one of
//                  its benchmarks has a relative standard deviation across rounds below
//                  Matrix::rsdTargetPct (a benchmark without a value in enough rounds is not
//                  converged);
//   "max_repeats"  it ran Matrix::roundLimit() rounds without converging;
//   "budget"       the run took Matrix::budgetMinutes: no new round starts (every open cell);
//   "cancelled"    cancel() was called while it was open.
// The value of a metric in one round of a cell is the mean over that round's guests
// (RunResult::repeat is the round index — the planner's round number —, RunResult::guest the guest).
//
// Pure logic, QtCore only: the caller runs the rounds and passes the results back.
#include "model/benchmark.h"
#include "model/matrix.h"
#include "model/runresult.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <random>

namespace hvbench {

class RoundPlanner final {
public:
    // cells: the expanded matrix (Session::cells()); benchmarksByCell: Cell::key() → the
    // benchmarks that cell runs (a cell missing from the map runs none).
    RoundPlanner(QList<Cell> cells, const Matrix &matrix, QHash<QString, QList<Benchmark>> benchmarksByCell);

    // The seed of the order (Matrix::seed, or the random one drawn when that is 0).
    quint32 seed() const { return m_seed; }

    // Closes the cells whose rule is met (given every result so far and the time the run has
    // taken), then returns the indexes (into cells) of the next round, in run order.
    // Empty = the run is over (and stays over).
    QList<int> nextRound(qint64 elapsedMs, const QList<RunResult> &results);

    // Closes every open cell with "cancelled" (a run the user stopped).
    void cancel();

    // Resuming an interrupted run: learns the rounds a previous run of the same matrix started
    // from its repeat_outcome (seed and orders; the engine is brought to the state it had, so
    // the next rounds get the orders an uninterrupted run would have had) and from the results.
    // Without a usable outcome the rounds come from the results alone (RunResult::repeat) and a
    // new seed orders the rest.  Returns the visits of started rounds that are not complete
    // (a cell of round R lacks a result of some benchmark × guest), in their order: run them
    // first (with RunResult::repeat = round), then nextRound() as usual.  Call before nextRound().
    struct Visit {
        int round = 0;
        int cell = 0;
        bool operator==(const Visit &o) const { return round == o.round && cell == o.cell; }
    };
    QList<Visit> restore(const QJsonObject &outcome, const QList<RunResult> &results);
    // True when every benchmark of cell i has a result of every guest in round `round`.
    bool roundComplete(int cell, int round, const QList<RunResult> &results) const;
    // True when benchmark b of cell i has a result of every guest in round `round`.
    bool stepComplete(int cell, int round, Benchmark b, const QList<RunResult> &results) const;

    bool finished() const { return m_finished; }
    int roundsStarted() const { return int(m_orders.size()); }
    int rounds(int cell) const { return m_state.at(cell).rounds; }
    // Empty while the cell is open, otherwise "repeats", "rsd", "max_repeats", "budget", "cancelled".
    QString stoppedBy(int cell) const { return m_state.at(cell).stoppedBy; }

    // For the session manifest's "repeat_outcome":
    //   {"seed": N, "orders": [[cell key, …] per round],
    //    "cells": {cell key: {"rounds": N, "stopped_by": "rsd" | … | "open",
    //                         "rsd_pct": {"<benchmark id>/<metric>": RSD in % across rounds}}}}
    // rsd_pct holds the metrics with values in at least two rounds, as of the last nextRound().
    QJsonObject outcome() const;

    // The per-round values (mean over that round's guests) of one metric of one benchmark in a
    // cell, by round, from results; rounds without a value are absent.  Exposed for tests and UIs.
    static QHash<int, double> perRoundValues(const Cell &cell, Benchmark b, const QString &metric,
                                             const QList<RunResult> &results);

private:
    struct CellState {
        int rounds = 0;
        QString stoppedBy;
        QJsonObject rsdPct;
    };
    // True when every key metric of every benchmark of cell i is below the RSD target.
    bool converged(int i, const QList<RunResult> &results);
    QList<int> shuffled(QList<int> open);

    QList<Cell> m_cells;
    Matrix m_matrix;
    QHash<QString, QList<Benchmark>> m_benchmarks;
    quint32 m_seed = 0;
    std::mt19937 m_rng;
    QList<CellState> m_state;
    QList<QList<int>> m_orders;
    bool m_finished = false;
};

} // namespace hvbench
