// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builders for the agent -> host messages of protocol v1 (see core/workloads/protocol.h).
#include "workloads/pi_workload.h"
#include "workloads/sysinfo.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hvbench::agent {

nlohmann::json helloMessage(const workloads::SysInfo &info);

// "result" for a run whose digits were validated; callers send errorMessage() otherwise.
nlohmann::json resultMessage(const std::string &id, const workloads::PiRun &run);

struct ExecBatch;
// "exec-result" for a program that was started (whatever its exit status): one copy gives the
// single-program answer, several copies add "copies": [...] (see core/workloads/protocol.h).
nlohmann::json execResultMessage(const std::string &id, const std::vector<std::string> &argv,
                                 const ExecBatch &batch);
nlohmann::json errorMessage(const std::string &id, const std::string &message);

nlohmann::json byeMessage();

// The by-hand command line equivalent to a pi run, e.g. "hvbench-agent pi --digits 20000".
std::string piCommandLine(int digits);

// One line of the wire format: compact JSON, invalid UTF-8 replaced, no trailing '\n'.
std::string serialize(const nlohmann::json &message);

} // namespace hvbench::agent
