// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tool's raw output → one RunResult.  The one code path for the runner (outputs of tools it ran
// in a guest or on bare metal) and for `hvbench-cli import` (outputs a user ran by hand).
//
// Each function fills workload, toolVersion, metrics (unit in every name), warnings, output
// (the tool's output verbatim), raw (every sample kept) and, where the tool says how long it
// ran, wallNs.  It leaves command, config, vmCount, repeat, guest, domain and finishedAt to the
// caller.
#include "model/benchmark.h"
#include "model/runresult.h"
#include "util/result.h"

#include <QByteArray>

namespace hvbench::bench {

// `iperf3 -J` output.  `which` is Benchmark::NetOut or Benchmark::NetIn; a run whose -R
// (`reverse`) flag disagrees with it is an error.
// metrics: throughput_mbps (end.sum_received: the receiver's figure, paper §6.4), sent_mbps,
//   retransmits (when the sender reported them), bytes_received, duration_s (the receiver's
//   measured seconds), streams, window_requested_bytes (only when -w was given),
//   sndbuf_actual_bytes, rcvbuf_actual_bytes.
// warnings: the window that -w asked for but the kernel did not grant.
// raw: intervals_mbps (every interval's sum, omitted ones included), intervals_omitted
//   (booleans, same order), protocol, reverse, blksize_bytes, duration_requested_s, omit_s.
// wallNs: the longer of the sender's and receiver's measured test duration.
Result<RunResult> iperf3Measurement(const QByteArray &json, Benchmark which);

// `fio --output-format=json` output (noise before the JSON is skipped).
// Jobs are mapped to four classes seq_write, seq_read, rand_write, rand_read:
//  - when jobs named seq-write, seq-read, rand-write and rand-read are all present (what the
//    runner runs: one fio invocation, four jobs, stonewall between them), by name: seq-write
//    counts its write direction, seq-read its read direction, and so on; other jobs are kept in
//    raw only;
//  - otherwise (outputs run by hand) every job counts in each direction that did I/O, as
//    "rand" when its rw option ("job options" → "rw", else "global options" → "rw", else fio's
//    default "read") starts with "rand" (randread, randwrite, randrw, …) and as "seq" otherwise
//    (read, write, rw, readwrite, …).
//  Several jobs of one class (several jobs without group_reporting) are SUMMED: bandwidth,
//  IOPS and I/O bytes.
// metrics per class that did I/O: <class>_mib_s (Σ bw_bytes / MiB), <class>_iops,
//   <class>_io_mib; and, when the class is one job reporting percentiles, its completion
//   latency <class>_clat_p50_us, _p99_us, _p999_us (latencies of several jobs cannot be
//   combined: they stay per job in raw).  The key metrics are seq_write_mib_s, seq_read_mib_s,
//   rand_write_iops, rand_read_iops.
// raw: mapped_by ("job names" or "rw option") and jobs[] (name, rw, classes, per direction
//   bw_bytes, iops, io_bytes, runtime_ms and clat percentiles in µs).
// wallNs: Σ over fio groups (stonewall starts a new one) of the longest job runtime.
// Error when no job did any I/O.  toolVersion = "fio version".
Result<RunResult> fioMeasurement(const QByteArray &out);

// `bonnie++ -q` CSV (standard output).  metrics (only what was measured):
//   block_write_kib_s, block_read_kib_s, rewrite_kib_s, random_seeks_per_s, putc_kib_s,
//   getc_kib_s, and for the file tests (-n) seq_create/seq_stat/seq_delete/random_create/
//   random_stat/random_delete _files_per_s; for each of them <test>_cpu_pct and
//   <test>_latency_max_us (the name without its rate unit, e.g. block_write_cpu_pct).
// "+++++" (finished too quickly to measure) is never a metric: it is named in warnings.  An
// empty field (test skipped) is simply absent.  Several lines (-x N): each metric is the mean
// over the lines that measured it (a warning says when some lines could not), and raw.runs
// holds every line's figures.
// Error when neither block write nor block read was measured.
// toolVersion = "bonnie++ " + field 1.
Result<RunResult> bonnieMeasurement(const QByteArray &csv);

} // namespace hvbench::bench
