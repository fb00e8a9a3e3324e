// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloads/counters.h"

#include "workloads/procfile.h"

#include <charconv>
#include <ctime>
#include <sched.h>
#include <unistd.h>

namespace hvbench::workloads {
namespace {

std::uint64_t clockNs(clockid_t id)
{
    timespec ts{};
    clock_gettime(id, &ts);
    return std::uint64_t(ts.tv_sec) * 1'000'000'000ULL + std::uint64_t(ts.tv_nsec);
}

} // namespace

std::uint64_t monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

std::uint64_t threadCpuNs()
{
    return clockNs(CLOCK_THREAD_CPUTIME_ID);
}

std::optional<std::uint64_t> parseStealTicks(std::string_view procStat)
{
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
    constexpr std::string_view kPrefix = "cpu ";
    if (!procStat.starts_with(kPrefix))
        return std::nullopt;
    std::string_view line = procStat.substr(0, procStat.find('\n'));
    line.remove_prefix(kPrefix.size());
    std::uint64_t value = 0;
    for (int field = 1; field <= 8; ++field) {
        while (!line.empty() && line.front() == ' ')
            line.remove_prefix(1);
        const auto [ptr, ec] = std::from_chars(line.data(), line.data() + line.size(), value);
        if (ec != std::errc{})
            return std::nullopt;
        line.remove_prefix(std::size_t(ptr - line.data()));
    }
    return value;
}

std::optional<std::uint64_t> stealTicks()
{
    const auto text = readProcFile("/proc/stat");
    if (!text)
        return std::nullopt;
    return parseStealTicks(*text);
}

long userHz()
{
    const long hz = sysconf(_SC_CLK_TCK);
    return hz > 0 ? hz : 100;
}

int currentCpu()
{
    return sched_getcpu();
}

} // namespace hvbench::workloads
