// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Serialised time-stamp counter reads around a measured region:
//   const auto t0 = tscBegin();  ...work...  const auto t1 = tscEnd(&cpu);
// lfence before rdtsc keeps earlier instructions out of the region; rdtscp waits for the
// region to retire and the trailing lfence keeps later instructions out of it.
#if !defined(__x86_64__)
#error "hvbench workloads: the TSC timing code supports x86_64 only"
#endif

#include <cstdint>
#include <x86intrin.h>

namespace hvbench::workloads {

inline std::uint64_t tscBegin()
{
    _mm_lfence();
    return __rdtsc();
}

// *cpu (if non-null) receives the CPU number from IA32_TSC_AUX, which Linux sets to
// (node << 12) | cpu.  Under some hypervisors TSC_AUX is not that (values such as 281 were
// seen in a 2-vCPU guest); prefer sched_getcpu() when the CPU number matters.
inline std::uint64_t tscEnd(unsigned *cpu)
{
    unsigned aux = 0;
    const std::uint64_t t = __rdtscp(&aux);
    _mm_lfence();
    if (cpu)
        *cpu = aux & 0xfffU;
    return t;
}

} // namespace hvbench::workloads
