// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Serialised time-stamp counter reads around a measured region:
//   const auto t0 = tscBegin();  ...work...  const auto t1 = tscEnd(&cpu);
// lfence before rdtsc keeps earlier instructions out of the region; rdtscp waits for the
// region to retire and the trailing lfence keeps later instructions out of it.
#if !defined(__x86_64__)
#error "hvbench workloads: the TSC timing code supports x86_64 only"
#endif

#include <cpuid.h>
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
// RDTSCP is optional (CPUID 0x80000001 EDX bit 27): QEMU's default TCG CPU model "qemu64"
// lacks it, and executing it there is SIGILL.  Without it, lfence; rdtsc; lfence.
inline bool hasRdtscp()
{
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        return __get_cpuid(0x80000001U, &a, &b, &c, &d) != 0 && (d & (1U << 27)) != 0;
    }();
    return has;
}

// *cpu (if non-null) receives the CPU number from IA32_TSC_AUX (0 without RDTSCP).
inline std::uint64_t tscEnd(unsigned *cpu)
{
    unsigned aux = 0;
    std::uint64_t t;
    if (hasRdtscp()) {
        t = __rdtscp(&aux);
    } else {
        _mm_lfence();
        t = __rdtsc();
    }
    _mm_lfence();
    if (cpu)
        *cpu = aux & 0xfffU;
    return t;
}

} // namespace hvbench::workloads
