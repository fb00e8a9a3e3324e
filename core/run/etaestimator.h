// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Time left in a run, from the time its completed benchmark steps took.  A step is one benchmark
// on every guest of a cell at once (concurrent guests take about as long as one, so steps, not
// guest runs, are the unit); the active time between steps (VM boot, caches dropped, teardown)
// is part of the estimate because it is part of the wait.  Paused time is not passed in.
// Pure arithmetic, no clock and no widget: the runner feeds it.
#include <QtGlobal>
#include <optional>

namespace hvbench {

class EtaEstimator final {
public:
    // A (re)started run: `stepsDone` steps are already done (a resumed run) and took no time here.
    void reset(int stepsDone = 0);
    // `activeMs`: run time so far without pauses; `stepsDone`: steps completed so far.
    void record(qint64 activeMs, int stepsDone);
    // Milliseconds left until `stepsTotal` steps are done; none before the first step of this
    // start completed (nothing to estimate from).  0 when everything is done.
    std::optional<qint64> remainingMs(int stepsTotal) const;
    // Mean time of one step, as measured; none before the first one.
    std::optional<double> msPerStep() const;

private:
    int m_base = 0;
    int m_done = 0;
    qint64 m_activeMs = 0;
};

} // namespace hvbench
