// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parser for the CSV lines `bonnie++ -q` writes on stdout. The caller keeps the raw CSV.
// Layout by field 0 (see bon_csv2html(1)): "1.96"/"1.97" have 48 fields; "1.98" and later
// (bonnie++ 1.98 .. 2.00a) insert `seeks,seek_proc_count` after chunk_size: 50 fields.
#include "util/result.h"
#include <QByteArray>
#include <QList>
#include <QString>

namespace hvbench::bench {

// A single bonnie++ figure. "+++++" means the test finished too quickly (< 500 ms) to
// give a meaningful figure: it is Unmeasurable, never 0. An empty field means Skipped.
struct BonnieValue {
    enum class State { Skipped, Unmeasurable, Measured };
    State state = State::Skipped;
    double value = 0; // only meaningful when Measured

    bool isMeasured() const { return state == State::Measured; }
    static BonnieValue measured(double v) { return {State::Measured, v}; }
    static BonnieValue unmeasurable() { return {State::Unmeasurable, 0}; }
};

// One test: its rate (unit in the BonnieRun member name), CPU use, and max latency.
struct BonnieMetric {
    BonnieValue rate;
    BonnieValue cpuPercent;
    BonnieValue latencyUs; // maximum time of one operation, converted to µs
};

struct BonnieRun {
    QString formatVersion;  // field 0, e.g. "1.98"
    QString bonnieVersion;  // field 1, e.g. "2.00a"
    QString machineName;
    int concurrency = 0;
    QString seed;
    QString fileSize;       // as written, e.g. "16M" or "4G"; empty when -s 0
    QString chunkSize;
    QString seeks;          // 1.98+ only
    QString seekProcCount;  // 1.98+ only
    // Sequential output / input, KiB/s ("K/sec" is 1024 bytes).
    BonnieMetric putcKibPerS;
    BonnieMetric putBlockKibPerS;
    BonnieMetric rewriteKibPerS;
    BonnieMetric getcKibPerS;
    BonnieMetric getBlockKibPerS;
    BonnieMetric randomSeeksPerS;
    // File creation tests (-n), files/s.
    QString numFiles;       // units of 1024 files
    QString maxSize;
    QString minSize;
    QString numDirs;
    QString fileChunkSize;
    BonnieMetric seqCreateFilesPerS;
    BonnieMetric seqStatFilesPerS;
    BonnieMetric seqDeleteFilesPerS;
    BonnieMetric randomCreateFilesPerS;
    BonnieMetric randomStatFilesPerS;
    BonnieMetric randomDeleteFilesPerS;
};

struct BonnieResult {
    QList<BonnieRun> runs; // one per CSV line (bonnie++ -x N writes N lines)
};

// Empty lines, lines starting with '#', the "format_version,…" header of `-x N` and lines
// without a comma (the human-readable table, when stderr was captured too) are skipped. Fails
// (naming the line) on an unknown format version, a wrong field count or a field that is not a
// number.
Result<BonnieResult> parseBonnieCsv(const QByteArray &csv);

} // namespace hvbench::bench
