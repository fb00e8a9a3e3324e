// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a program for the "exec" message: argv (no shell), optional stdin text, a timeout,
// stdout/stderr captured up to a cap.  Used for the benchmark tools (iperf3, fio, bonnie++,
// 7zz) and for device checks, identically in a guest and on bare metal.
//
// `copies` > 1 starts that many instances of the same argv at once (the CPU score runs one
// copy per vCPU): each in its own process group with its own pipes, all released together
// from a start barrier, all under the same deadline.
#include <cstdint>
#include <string>
#include <vector>

namespace hvbench::agent {

inline constexpr int kMaxExecCopies = 256;
inline constexpr std::size_t kExecOutputCapBytes = 8u << 20; // per stream, over all copies

struct ExecRequest {
    std::vector<std::string> argv;
    std::string stdinText; // fed to every copy
    double timeoutS = 600; // from the start of the copies; then every process group is killed
    int copies = 1;        // 1 .. kMaxExecCopies
    // Per stream; split evenly between the copies (cap / copies each), so that one answer
    // stays under the host's line limit whatever the number of copies.
    std::size_t maxOutputBytes = kExecOutputCapBytes;
};

// One started copy.
struct ExecOutcome {
    int exitCode = -1; // -1 when killed by a signal
    int signal = 0;
    bool timedOut = false;
    bool truncated = false; // some output beyond the cap was dropped
    std::string out;
    std::string err;
    std::int64_t wallNs = 0; // start barrier → exit
};

struct ExecBatch {
    bool started = false; // false: pipe/fork/exec failed for some copy; error says why
    std::string error;
    std::vector<ExecOutcome> copies; // request.copies entries when started
    std::int64_t wallNs = 0;         // first start → last exit
};

ExecBatch runExec(const ExecRequest &request);

} // namespace hvbench::agent
