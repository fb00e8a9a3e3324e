// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one program for the "exec" message: argv (no shell), optional stdin text, a timeout,
// stdout/stderr captured up to a cap.  Used for the benchmark tools (iperf3, fio, bonnie++) and
// for device checks, identically in a guest and on bare metal.
#include <cstdint>
#include <string>
#include <vector>

namespace hvbench::agent {

struct ExecRequest {
    std::vector<std::string> argv;
    std::string stdinText;
    double timeoutS = 600;
    std::size_t maxOutputBytes = 8u << 20; // per stream
};

struct ExecOutcome {
    bool started = false;        // false: fork/exec failed; error says why
    std::string error;
    int exitCode = -1;           // -1 when killed by a signal
    int signal = 0;
    bool timedOut = false;
    bool truncated = false;      // some output beyond maxOutputBytes was dropped
    std::string out;
    std::string err;
    std::int64_t wallNs = 0;     // fork → exit
};

ExecOutcome runExec(const ExecRequest &request);

} // namespace hvbench::agent
