// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "util/result.h"
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace hvbench {

// One run of one benchmark on one guest (or on bare metal).  Every raw figure is kept: the
// agent's message verbatim in `raw`, the tool's own output in `output`.
struct RunResult {
    QString config;          // "bare-metal" or the VmSpec name
    int vmCount = 0;         // concurrency level of the cell (0 = bare metal)
    int repeat = 0;          // 0-based round
    int guest = 0;           // 0-based guest index within the cell
    QString domain;          // libvirt domain name (empty for bare metal)
    QString workload;        // benchmarkId(): "pi", "cpu-score", "net-out", "fio", …
    QString command;         // exact command line of the tool run (shell-quoted argv)
    QString toolVersion;     // e.g. "iperf 3.12", "fio-3.33", "7-Zip (z) 26.02"
    QJsonObject metrics;     // unit-suffixed figures: "throughput_mbps", "seq_read_mib_s", …
    QStringList warnings;    // e.g. the iperf3 window that was not granted
    QString output;          // the tool's stdout as it printed it (empty for pi: all in raw)
    // PI only (0 for other benchmarks):
    qint64 cycles = 0;       // TSC cycles spent in the workload
    qint64 wallNs = 0;       // CLOCK_MONOTONIC
    qint64 cpuNs = 0;        // thread CPU time
    qint64 stealTicks = 0;   // /proc/stat steal, USER_HZ ticks
    QDateTime finishedAt;
    QJsonObject raw;         // the agent's result message, verbatim

    bool isPi() const { return workload == QLatin1String("pi"); }
    // A metric by name; for pi also "cycles", "wall_ns", "cpu_ns", "steal_ticks".
    std::optional<double> metric(const QString &name) const;
    QJsonObject toJson() const;
    static Result<RunResult> fromJson(const QJsonObject &o);
    // Build from the agent's "result" message.
    static Result<RunResult> fromAgentResult(const QJsonObject &msg);
};

} // namespace hvbench
