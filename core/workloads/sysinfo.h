// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Static facts about the machine the agent runs on (reported in the protocol "hello").
#include <string>
#include <string_view>

namespace hvbench::workloads {

struct SysInfo {
    std::string kernel;       // uname() release, e.g. "6.1.0-18-amd64"
    std::string cpuModel;     // /proc/cpuinfo "model name" of the first CPU ("" if unknown)
    int cpus = 0;             // online CPUs, sysconf(_SC_NPROCESSORS_ONLN)
    bool constantTsc = false; // cpuinfo flag constant_tsc
    bool nonstopTsc = false;  // cpuinfo flag nonstop_tsc
    double mhz = 0.0;         // "cpu MHz" of the first CPU (0 if unknown)
    bool virtualized = false; // cpuinfo flag hypervisor
};

// Reads uname(), sysconf() and /proc/cpuinfo; missing sources leave the defaults.
SysInfo readSysInfo();

// Fills the cpuinfo-derived fields (cpuModel, tsc flags, mhz, virtualized) from the text of
// /proc/cpuinfo; only the first processor block is used.  Exposed for tests.
void parseCpuInfo(std::string_view cpuinfo, SysInfo &info);

} // namespace hvbench::workloads
