// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OS counters read around a workload run (Linux only).
#include <cstdint>
#include <optional>
#include <string_view>

namespace hvbench::workloads {

// CLOCK_MONOTONIC in nanoseconds.
std::uint64_t monotonicNs();

// CPU time consumed by the calling thread (CLOCK_THREAD_CPUTIME_ID), nanoseconds.
std::uint64_t threadCpuNs();

// Aggregate steal time in USER_HZ ticks: the 8th value of the "cpu " line of /proc/stat.
// nullopt when /proc/stat cannot be read or parsed (e.g. /proc not mounted).
std::optional<std::uint64_t> stealTicks();

// Same, parsing the given /proc/stat text (exposed for tests).
std::optional<std::uint64_t> parseStealTicks(std::string_view procStat);

// Ticks per second of /proc/stat times, sysconf(_SC_CLK_TCK) (normally 100).
long userHz();

// CPU the calling thread runs on now, or -1 when unknown.
int currentCpu();

} // namespace hvbench::workloads
