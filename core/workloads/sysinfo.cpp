// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloads/sysinfo.h"

#include "workloads/procfile.h"

#include <algorithm>
#include <cstdlib>
#include <sys/utsname.h>
#include <unistd.h>

namespace hvbench::workloads {
namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool hasFlag(std::string_view flags, std::string_view flag)
{
    std::size_t pos = 0;
    while (pos < flags.size()) {
        const std::size_t end = std::min(flags.find(' ', pos), flags.size());
        if (flags.substr(pos, end - pos) == flag)
            return true;
        pos = end + 1;
    }
    return false;
}

} // namespace

void parseCpuInfo(std::string_view cpuinfo, SysInfo &info)
{
    std::size_t pos = 0;
    bool inBlock = false;
    while (pos < cpuinfo.size()) {
        std::size_t end = cpuinfo.find('\n', pos);
        if (end == std::string_view::npos)
            end = cpuinfo.size();
        const std::string_view line = cpuinfo.substr(pos, end - pos);
        pos = end + 1;
        if (trim(line).empty()) {
            if (inBlock)
                break; // end of the first processor block
            continue;
        }
        inBlock = true;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view key = trim(line.substr(0, colon));
        const std::string_view value = trim(line.substr(colon + 1));
        if (key == "model name") {
            info.cpuModel = std::string(value);
        } else if (key == "cpu MHz") {
            info.mhz = std::strtod(std::string(value).c_str(), nullptr);
        } else if (key == "flags") {
            info.constantTsc = hasFlag(value, "constant_tsc");
            info.nonstopTsc = hasFlag(value, "nonstop_tsc");
            info.virtualized = hasFlag(value, "hypervisor");
        }
    }
}

SysInfo readSysInfo()
{
    SysInfo info;
    utsname uts{};
    if (uname(&uts) == 0)
        info.kernel = uts.release;
    const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    info.cpus = cpus > 0 ? int(cpus) : 0;
    if (const auto text = readProcFile("/proc/cpuinfo"))
        parseCpuInfo(*text, info);
    return info;
}

} // namespace hvbench::workloads
