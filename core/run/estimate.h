// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How long a matrix will take: an ESTIMATE from each benchmark's parameters and a few stated
// assumptions (rates of this kind of machine), or, where the session already holds results of
// the same benchmark with the same parameters in the same cell, from their recorded wall times.
#include "model/session.h"

#include <QStringList>
#include <optional>

namespace hvbench {

struct EstimateAssumptions {
    double piSecondsAt80kDigits = 1.7;      // bare metal, measured (workloads/pi_workload.h); cost grows as N²
    double sevenZipSecondsPerIteration = 7; // one `7zz b 1 -mmt1` copy on one idle core
    double emulationSlowdown = 10;          // CPU-bound work in a QEMU/TCG guest vs bare metal
    double iperf3ConnectS = 1;              // connect + JSON report on top of -t and -O
    double diskSeqMiBps = 100;              // sequential disk rate, shared by a cell's guests
    double diskRandIops = 2000;             // random I/O rate, shared by a cell's guests
    double externalScoreS = 60;             // an external score command: unknown, assumed
    double vmBootEmulatedS = 10;            // per cell visit: VMs started, agents say hello, VMs destroyed (TCG)
    double vmBootHardwareS = 3;             // the same with KVM / Xen
    double bareMetalStartS = 0.5;           // the bare-metal agent starts

    // One translated sentence per assumption, for the UI ("an estimate that assumes …").
    QStringList describe() const;
};

// One benchmark on every guest of one cell visit (all guests run it at once).
struct EstimateInput {
    Benchmark benchmark = Benchmark::Pi;
    int vmCount = 0;      // 0 = bare metal (one agent)
    int vcpus = 1;        // per guest; bare metal: the host's cores (one 7-Zip copy per core)
    int ramMiB = 0;       // sizes the fio / bonnie++ data sets when their size is 0 (2 × RAM)
    int hostCpus = 1;     // cores the guests share
    bool emulated = true; // guests under QEMU/TCG (ignored for bare metal)
};

// Seconds one visit of a cell spends in benchmark `in.benchmark` (from its parameters):
//   PI: digits² scaled from 80 000 digits ≈ 1.7 s; 7-Zip: iterations × 7 s;
//   both × the TCG slowdown in an emulated guest × max(1, guests × vCPUs / host cores);
//   iperf3: -t + -O + connect;  fio: 4 jobs, each min(runtime cap, one pass over the data set at
//   the cell's share of the disk rate);  bonnie++: write + rewrite (read and write) + read of the
//   data set = 4 × data set at the cell's share of the disk rate;  external score: assumed.
double estimateBenchmarkSeconds(const BenchmarkSuite &suite, const EstimateInput &in,
                                const EstimateAssumptions &a = {});

// Seconds one visit of a cell spends outside benchmarks: VM boot, hello and destroy (× the boot
// contention when more VMs than host cores start at once), or the bare-metal agent start.
double estimateVisitOverheadSeconds(int vmCount, int hostCpus, bool emulated, const EstimateAssumptions &a = {});

// What the session's results say one visit of `c` spends in `b`: the mean over recorded rounds
// of the longest guest's wall time; nullopt when there is no result with a wall time, or when
// the session's last run used other parameters for `b` (manifest "benchmarks").
struct Recorded {
    double seconds = 0;
    int rounds = 0;
};
std::optional<Recorded> recordedSeconds(const Session &s, const Cell &c, Benchmark b);

// "1 h 05 min", "2 min 05 s", "12 s", "< 1 s" (translated).
QString formatDuration(double seconds);

} // namespace hvbench
