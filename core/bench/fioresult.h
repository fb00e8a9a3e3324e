// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parser for `fio --output-format=json` output. The caller keeps the raw output.
#include "util/result.h"
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace hvbench::bench {

// Completion latency. Read from `clat_ns`, or from the older `clat` (µs, converted to ns).
struct FioLatency {
    bool present = false;       // false: neither clat_ns nor clat was reported
    bool fromMicroseconds = false; // true: converted from the old µs `clat` (coarser)
    qint64 samples = 0;         // "N"
    double minNs = 0;
    double maxNs = 0;
    double meanNs = 0;
    double stddevNs = 0;
    QMap<double, double> percentilesNs; // 99.0 -> ns; empty when no I/O in this direction
};

struct FioDirection {
    qint64 ioBytes = 0;
    qint64 bwKibPerS = 0;       // "bw": fio's KiB/s
    qint64 bwBytesPerS = 0;     // "bw_bytes" (or bw * 1024 on old fio)
    double iops = 0;
    qint64 runtimeMs = 0;
    qint64 totalIos = 0;
    FioLatency clat;
};

struct FioJob {
    QString name;               // "jobname"
    int groupId = 0;
    qint64 jobRuntimeMs = 0;    // "job_runtime" (0 when absent)
    double usrCpuPercent = 0;
    double sysCpuPercent = 0;
    FioDirection read;
    FioDirection write;
};

struct FioResult {
    QString version;            // "fio version", e.g. "fio-3.33"
    QList<FioJob> jobs;         // one per job (or per group with group_reporting)
    // Sums over jobs of bytes, bandwidth, IOPS and I/O counts; runtimes are the maximum.
    // Latencies cannot be summed: aggregate.read.clat / write.clat are left empty.
    FioJob aggregate;
};

// Skips noise before the first '{' and after the last '}'. Fails on invalid JSON, missing
// fields, or any job with a non-zero "error".
Result<FioResult> parseFioJson(const QByteArray &out);

} // namespace hvbench::bench
