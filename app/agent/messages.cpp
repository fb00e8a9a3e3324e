// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include "exec_command.h"

#include "workloads/protocol.h"
#include "workloads/tsc.h"

namespace hvbench::agent {
namespace {

nlohmann::json envelope(const char *type)
{
    return nlohmann::json{{"type", type}, {"proto", proto::kProtocolVersion}};
}

} // namespace

nlohmann::json helloMessage(const workloads::SysInfo &info)
{
    nlohmann::json m = envelope("hello");
    m["agent"] = HVBENCH_VERSION;
    m["kernel"] = info.kernel;
    m["cpu_model"] = info.cpuModel;
    m["cpus"] = info.cpus;
    m["tsc"] = {{"constant", info.constantTsc}, {"nonstop", info.nonstopTsc}, {"mhz", info.mhz},
                {"rdtscp", workloads::hasRdtscp()}};
    m["virtualized"] = info.virtualized;
    return m;
}

nlohmann::json resultMessage(const std::string &id, const workloads::PiRun &run)
{
    nlohmann::json m = envelope("result");
    m["id"] = id;
    m["workload"] = "pi";
    m["params"] = {{"digits", run.digits}};
    m["command"] = piCommandLine(run.digits);
    m["metrics"] = {
        {"cycles", run.cycles},         {"wall_ns", run.wallNs},
        {"cpu_ns", run.cpuNs},          {"steal_ticks", run.stealTicks},
        {"user_hz", run.userHz},        {"tsc_start", run.tscStart},
        {"tsc_end", run.tscEnd},        {"cpu_start", run.cpuStart},
        {"cpu_end", run.cpuEnd},        {"digits", run.digits},
    };
    m["pi_tail"] = run.tail;
    return m;
}

nlohmann::json execResultMessage(const std::string &id, const std::vector<std::string> &argv,
                                 const ExecBatch &batch)
{
    nlohmann::json m = envelope("exec-result");
    m["id"] = id;
    m["argv"] = argv;
    if (batch.copies.size() == 1) { // the answer of protocol v1 before "copies" existed
        const ExecOutcome &o = batch.copies.front();
        m["exit_code"] = o.exitCode;
        m["signal"] = o.signal;
        m["timed_out"] = o.timedOut;
        m["truncated"] = o.truncated;
        m["wall_ns"] = o.wallNs;
        m["stdout"] = o.out;
        m["stderr"] = o.err;
        return m;
    }
    // Several copies: each one's status and output, plus a summary a copies-unaware host can
    // still check (the first copy that failed, any timeout, any truncation).
    nlohmann::json copies = nlohmann::json::array();
    int exitCode = 0, signal = 0;
    bool timedOut = false, truncated = false;
    for (const ExecOutcome &o : batch.copies) {
        copies.push_back({{"exit_code", o.exitCode}, {"signal", o.signal}, {"timed_out", o.timedOut},
                          {"truncated", o.truncated}, {"wall_ns", o.wallNs}, {"stdout", o.out},
                          {"stderr", o.err}});
        if (exitCode == 0 && signal == 0 && (o.exitCode != 0 || o.signal != 0)) {
            exitCode = o.exitCode;
            signal = o.signal;
        }
        timedOut |= o.timedOut;
        truncated |= o.truncated;
    }
    m["copies"] = std::move(copies);
    m["exit_code"] = exitCode;
    m["signal"] = signal;
    m["timed_out"] = timedOut;
    m["truncated"] = truncated;
    m["wall_ns"] = batch.wallNs;
    return m;
}

nlohmann::json errorMessage(const std::string &id, const std::string &message)
{
    nlohmann::json m = envelope("error");
    m["id"] = id;
    m["message"] = message;
    return m;
}

nlohmann::json byeMessage()
{
    return envelope("bye");
}

std::string piCommandLine(int digits)
{
    return "hvbench-agent pi --digits " + std::to_string(digits);
}

std::string serialize(const nlohmann::json &message)
{
    return message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace hvbench::agent
