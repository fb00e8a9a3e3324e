// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// hvbench agent protocol, version 1.
//
// Transport: line-delimited JSON (one UTF-8 JSON object per line, '\n' terminated).
//  - in a guest: the virtio-serial port named kAgentPortName (/dev/virtio-ports/<name>),
//    opened on the host with virDomainOpenChannel;
//  - on bare metal: `hvbench-agent --stdio`, stdin/stdout of a child process.
// Every message has "type" (string) and "proto" (integer, kProtocolVersion).
//
// agent -> host
//   {"type":"hello","proto":1,"agent":"0.1.0","kernel":"6.1.0-…","cpu_model":"…",
//    "cpus":2,"tsc":{"constant":true,"nonstop":true,"mhz":2100.0,"rdtscp":true},"virtualized":true}
//     sent once when the agent starts (and again in answer to "ping").
//   {"type":"sample","proto":1,"id":"r1","t_ns":…,"steal_ticks":…}   (optional, live)
//   {"type":"result","proto":1,"id":"r1","workload":"pi",
//    "params":{"digits":N},"command":"hvbench-agent pi --digits N",
//    "pi_tail":"<last 10 computed decimals>",
//    "metrics":{"cycles":…,"wall_ns":…,"cpu_ns":…,"steal_ticks":…,"user_hz":100,
//               "tsc_start":…,"tsc_end":…,"cpu_start":k,"cpu_end":k,"digits":N}}
//     steal_ticks is -1 when /proc/stat is unreadable; digits must be in [10, 1000000].
//   {"type":"exec-result","proto":1,"id":"x1","argv":[…],"exit_code":0,"signal":0,
//    "timed_out":false,"truncated":false,"wall_ns":…,"stdout":"…","stderr":"…"}
//     answer to "exec" when the program started (whatever its exit status); output is capped
//     at 8 MiB per stream ("truncated").  A program that cannot be started is an "error".
//   With "copies" > 1 in the request, one answer for all of them:
//   {"type":"exec-result","proto":1,"id":"x1","argv":[…],"wall_ns":…,
//    "exit_code":0,"signal":0,"timed_out":false,"truncated":false,
//    "copies":[{"exit_code":0,"signal":0,"timed_out":false,"truncated":false,"wall_ns":…,
//               "stdout":"…","stderr":"…"}, …]}
//     one entry per copy, in start order; each wall_ns runs from the common start to that copy's
//     exit, the top-level wall_ns from the common start to the last exit.  Top-level exit_code /
//     signal are those of the first copy that failed (0/0 when all exited 0), timed_out and
//     truncated are true when true for any copy; no top-level stdout/stderr.  The 8 MiB cap per
//     stream is shared: each copy keeps 8 MiB / copies.  If any copy cannot be started, all are
//     killed and the answer is an "error".
//   {"type":"error","proto":1,"id":"r1","message":"…"}   (id empty when not tied to a run)
//   {"type":"bye","proto":1}                             (answer to shutdown)
//
// host -> agent
//   {"type":"ping","proto":1}
//   {"type":"run","proto":1,"id":"r1","workload":"pi","params":{"digits":N}}
//   {"type":"exec","proto":1,"id":"x1","argv":["fio","--version"],"timeout_s":600,"stdin":""}
//     runs a program (no shell) with a timeout (its process group is killed then); used for
//     the benchmark tools and device checks, the same way in a guest and on bare metal.
//     Optional "copies": N (integer 1..256, default 1): N instances of argv started at once
//     (e.g. one per vCPU), each in its own process group with its own stdout/stderr and the
//     same stdin and timeout (counted from their common start); the agent waits for all and
//     sends one "exec-result".  copies 1 (or absent) gives exactly the single-program answer.
//   {"type":"shutdown","proto":1,"poweroff":true}   (in a guest, powers the VM off)
//
// A host must ignore unknown fields and reject a message whose "proto" is greater than
// the version it speaks.  The agent answers such a message (and any malformed line) with an
// "error"; it accepts a host message without "proto" as version 1 (by-hand use).
// A wrong PI (digits that do not match the known prefix / checkpoints) is an "error",
// never a "result".
namespace hvbench::proto {
inline constexpr int kProtocolVersion = 1;
inline constexpr const char *kAgentPortName = "org.hvbench.agent.0";
} // namespace hvbench::proto
