// SPDX-License-Identifier: GPL-3.0-or-later
// pi_standalone [DIGITS]: the PI workload with no agent around it.  Prints one JSON line
// {"cycles":…,"wall_ns":…,"cpu_ns":…,"digits":N,"digits_ok":true}; exit 1 on a wrong PI.
#include "workloads/pi_workload.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    using namespace hvbench::workloads;
    int digits = kDefaultPiDigits;
    if (argc > 1)
        digits = std::atoi(argv[1]);
    if (digits < kMinPiDigits || digits > kMaxPiDigits) {
        std::fprintf(stderr, "pi_standalone: digits must be in [%d, %d]\n", kMinPiDigits,
                     kMaxPiDigits);
        return 2;
    }
    const PiRun run = runPi(digits);
    std::printf("{\"cycles\":%llu,\"wall_ns\":%llu,\"cpu_ns\":%llu,\"digits\":%d,"
                "\"digits_ok\":%s}\n",
                static_cast<unsigned long long>(run.cycles),
                static_cast<unsigned long long>(run.wallNs),
                static_cast<unsigned long long>(run.cpuNs), run.digits,
                run.digitsOk ? "true" : "false");
    return run.digitsOk ? 0 : 1;
}
