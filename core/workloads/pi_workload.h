// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One measured PI run: the "pi" workload of the agent and of the bare-metal baseline.
#include "workloads/pi.h"

#include <cstdint>
#include <string>

namespace hvbench::workloads {

// Digits of one default run.  Chosen so a run takes 1-3 s on bare metal: on the development
// machine (AMD EPYC 2.1 GHz, 2 vCPUs; -O2/-O3 -DNDEBUG) 80000 digits took 1.67 s wall on an
// idle machine (3.5e9 cycles) and 1.75-1.85 s of thread CPU time at -O3 under load;
// 50000 digits took 0.65 s and 100000 took 2.7 s (cost grows as N^2).
inline constexpr int kDefaultPiDigits = 80'000;

struct PiRun {
    int digits = 0;              // decimals requested
    bool digitsOk = false;       // piDigitsValid() of the computed string; false = wrong PI
    std::uint64_t cycles = 0;    // tscEnd - tscStart
    std::uint64_t tscStart = 0;  // tscBegin() just before the computation
    std::uint64_t tscEnd = 0;    // tscEnd() just after it (before validation)
    unsigned cpuStart = 0;       // CPU at the start (sched_getcpu)
    unsigned cpuEnd = 0;         // CPU at the end (sched_getcpu; not rdtscp's TSC_AUX, which
                                 // some hypervisors leave unset: 200/281 seen on 2 vCPUs)
    std::uint64_t wallNs = 0;    // CLOCK_MONOTONIC delta
    std::uint64_t cpuNs = 0;     // CLOCK_THREAD_CPUTIME_ID delta
    std::int64_t stealTicks = -1; // /proc/stat steal delta in USER_HZ ticks, -1 if unavailable
    long userHz = 0;             // sysconf(_SC_CLK_TCK)
    std::string tail;            // last (up to) 10 computed decimals, for the record
};

// Computes PI to `digits` decimals (clamped to [1, kMaxPiDigits] — callers validate the
// range), timing only the computation, then validates the digits.
PiRun runPi(int digits);

} // namespace hvbench::workloads
