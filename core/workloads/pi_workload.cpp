// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloads/pi_workload.h"

#include "workloads/counters.h"
#include "workloads/tsc.h"

#include <algorithm>

namespace hvbench::workloads {

PiRun runPi(int digits)
{
    PiRun run;
    run.digits = std::clamp(digits, 1, kMaxPiDigits);
    run.userHz = userHz();

    const auto stealBefore = stealTicks();
    const int cpuIdBefore = currentCpu();
    run.cpuStart = cpuIdBefore >= 0 ? unsigned(cpuIdBefore) : 0U;
    const std::uint64_t wallBefore = monotonicNs();
    const std::uint64_t cpuNsBefore = threadCpuNs();
    run.tscStart = tscBegin();

    const std::string pi = computePiDigits(run.digits);

    unsigned tscAuxCpu = 0; // unused: some hypervisors leave IA32_TSC_AUX unset (see .h)
    run.tscEnd = tscEnd(&tscAuxCpu);
    const int cpuIdAfter = currentCpu();
    const std::uint64_t cpuNsAfter = threadCpuNs();
    const std::uint64_t wallAfter = monotonicNs();
    const auto stealAfter = stealTicks();

    run.cycles = run.tscEnd - run.tscStart;
    run.wallNs = wallAfter - wallBefore;
    run.cpuNs = cpuNsAfter - cpuNsBefore;
    run.cpuEnd = cpuIdAfter >= 0 ? unsigned(cpuIdAfter) : 0U;
    if (stealBefore && stealAfter)
        run.stealTicks = std::int64_t(*stealAfter) - std::int64_t(*stealBefore);
    run.digitsOk = piDigitsValid(pi);
    run.tail = pi.substr(pi.size() - std::min<std::size_t>(10, pi.size() - 1));
    return run;
}

} // namespace hvbench::workloads
