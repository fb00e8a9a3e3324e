// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agent side of protocol v1, independent of the transport: feed it received lines,
// it answers through the writer.  Runs are synchronous (one at a time, in order).
#include "workloads/sysinfo.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace hvbench::agent {

class AgentSession final
{
public:
    // Writes one message line (without '\n'); returns false if the line could not be sent.
    using Writer = std::function<bool(const std::string &line)>;

    explicit AgentSession(Writer writer);

    bool sendHello();
    // Reports an input problem not tied to a run (e.g. an over-long line).
    void sendError(const std::string &message);

    // Handles one received line (without '\n').  Blank lines are ignored; malformed ones
    // are answered with an "error".  After "shutdown" has been answered, finished() is true.
    void handleLine(std::string_view line);
    bool finished() const { return m_finished; }

private:
    void handleRun(const nlohmann::json &message, const std::string &id);
    void handleExec(const nlohmann::json &message, const std::string &id);
    bool send(const nlohmann::json &message);

    Writer m_writer;
    workloads::SysInfo m_sysInfo;
    bool m_finished = false;
};

} // namespace hvbench::agent
