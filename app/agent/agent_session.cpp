// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent_session.h"

#include "exec_command.h"
#include "messages.h"
#include "workloads/pi_workload.h"
#include "workloads/protocol.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace hvbench::agent {

using nlohmann::json;

AgentSession::AgentSession(Writer writer)
    : m_writer(std::move(writer))
    , m_sysInfo(workloads::readSysInfo())
{
}

bool AgentSession::sendHello()
{
    return send(helloMessage(m_sysInfo));
}

void AgentSession::sendError(const std::string &message)
{
    send(errorMessage({}, message));
}

bool AgentSession::send(const json &message)
{
    return m_writer(serialize(message));
}

void AgentSession::handleLine(std::string_view line)
{
    if (m_finished)
        return;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos)
        return;

    const json message = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (message.is_discarded() || !message.is_object()) {
        send(errorMessage({}, "not a JSON object"));
        return;
    }

    std::string id;
    if (const auto it = message.find("id"); it != message.end()) {
        if (!it->is_string()) {
            send(errorMessage({}, "\"id\" must be a string"));
            return;
        }
        id = it->get<std::string>();
    }

    // "proto" may be omitted (by-hand use); when given it must be one we speak.
    if (const auto it = message.find("proto"); it != message.end()) {
        if (!it->is_number_integer() || it->get<long long>() < 1) {
            send(errorMessage(id, "\"proto\" must be a positive integer"));
            return;
        }
        if (it->get<long long>() > proto::kProtocolVersion) {
            send(errorMessage(id, "unsupported protocol version " + it->dump() +
                                      " (agent speaks " +
                                      std::to_string(proto::kProtocolVersion) + ")"));
            return;
        }
    }

    const auto typeIt = message.find("type");
    if (typeIt == message.end() || !typeIt->is_string()) {
        send(errorMessage(id, "missing \"type\""));
        return;
    }
    const auto &type = typeIt->get_ref<const std::string &>();
    if (type == "ping") {
        sendHello();
    } else if (type == "run") {
        handleRun(message, id);
    } else if (type == "exec") {
        handleExec(message, id);
    } else if (type == "shutdown") {
        send(byeMessage());
        m_finished = true;
    } else {
        send(errorMessage(id, "unknown message type \"" + type + "\""));
    }
}

void AgentSession::handleRun(const json &message, const std::string &id)
{
    const auto workloadIt = message.find("workload");
    if (workloadIt == message.end() || !workloadIt->is_string()) {
        send(errorMessage(id, "missing \"workload\""));
        return;
    }
    if (*workloadIt != "pi") {
        send(errorMessage(id, "unknown workload \"" + workloadIt->get<std::string>() + "\""));
        return;
    }

    long long digits = workloads::kDefaultPiDigits;
    if (const auto params = message.find("params"); params != message.end()) {
        if (!params->is_object()) {
            send(errorMessage(id, "\"params\" must be an object"));
            return;
        }
        if (const auto d = params->find("digits"); d != params->end()) {
            if (!d->is_number_integer()) {
                send(errorMessage(id, "\"digits\" must be an integer"));
                return;
            }
            digits = d->get<long long>();
        }
    }
    if (digits < workloads::kMinPiDigits || digits > workloads::kMaxPiDigits) {
        send(errorMessage(id, "\"digits\" must be in [" +
                                  std::to_string(workloads::kMinPiDigits) + ", " +
                                  std::to_string(workloads::kMaxPiDigits) + "], got " +
                                  std::to_string(digits)));
        return;
    }

    const workloads::PiRun run = workloads::runPi(int(digits));
    if (!run.digitsOk) {
        send(errorMessage(id, "wrong PI: computed digits do not match the known value (" +
                                  piCommandLine(run.digits) + ")"));
        return;
    }
    send(resultMessage(id, run));
}

void AgentSession::handleExec(const json &message, const std::string &id)
{
    ExecRequest req;
    const auto argvIt = message.find("argv");
    if (argvIt == message.end() || !argvIt->is_array() || argvIt->empty()) {
        send(errorMessage(id, "\"argv\" must be a non-empty array of strings"));
        return;
    }
    for (const json &a : *argvIt) {
        if (!a.is_string()) {
            send(errorMessage(id, "\"argv\" must be a non-empty array of strings"));
            return;
        }
        req.argv.push_back(a.get<std::string>());
    }
    if (const auto t = message.find("timeout_s"); t != message.end()) {
        if (!t->is_number() || t->get<double>() <= 0) {
            send(errorMessage(id, "\"timeout_s\" must be a positive number"));
            return;
        }
        req.timeoutS = t->get<double>();
    }
    if (const auto in = message.find("stdin"); in != message.end()) {
        if (!in->is_string()) {
            send(errorMessage(id, "\"stdin\" must be a string"));
            return;
        }
        req.stdinText = in->get<std::string>();
    }
    if (const auto c = message.find("copies"); c != message.end()) {
        if (!c->is_number_integer() || c->get<long long>() < 1 || c->get<long long>() > kMaxExecCopies) {
            send(errorMessage(id, "\"copies\" must be an integer in [1, " + std::to_string(kMaxExecCopies) +
                                      "], got " + c->dump()));
            return;
        }
        req.copies = int(c->get<long long>());
    }
    const ExecBatch batch = runExec(req);
    if (!batch.started) {
        send(errorMessage(id, batch.error));
        return;
    }
    send(execResultMessage(id, req.argv, batch));
}

} // namespace hvbench::agent
