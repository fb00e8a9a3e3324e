// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "util/result.h"
#include <QDateTime>
#include <QJsonObject>

namespace hvbench {

// One PI run of one guest (or of bare metal). Every raw figure the agent sent is kept in `raw`.
struct RunResult {
    QString config;          // "bare-metal" or the VmSpec name
    int vmCount = 0;         // concurrency level of the cell (0 = bare metal)
    int repeat = 0;          // 0-based round
    int guest = 0;           // 0-based guest index within the cell
    QString domain;          // libvirt domain name (empty for bare metal)
    QString workload;        // "pi"
    QString command;         // exact command the agent ran
    qint64 cycles = 0;       // TSC cycles spent in the workload
    qint64 wallNs = 0;       // CLOCK_MONOTONIC
    qint64 cpuNs = 0;        // thread CPU time
    qint64 stealTicks = 0;   // /proc/stat steal, USER_HZ ticks
    QDateTime finishedAt;
    QJsonObject raw;         // the agent's result message, verbatim

    QJsonObject toJson() const;
    static Result<RunResult> fromJson(const QJsonObject &o);
    // Build from the agent's "result" message.
    static Result<RunResult> fromAgentResult(const QJsonObject &msg);
};

} // namespace hvbench
