// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parser for `iperf3 -J` output. The caller keeps the raw JSON; this only extracts figures.
#include "util/result.h"
#include <QByteArray>
#include <QList>
#include <QString>

namespace hvbench::bench {

// One `end.sum_sent` / `end.sum_received` / `intervals[].sum` object.
struct Iperf3Sum {
    double startS = 0;
    double endS = 0;
    double seconds = 0;
    qint64 bytes = 0;
    double bitsPerS = 0;
    qint64 retransmits = -1; // TCP sender only; -1 = not reported
    // UDP only (-1 = not reported)
    double jitterMs = -1;
    qint64 lostPackets = -1;
    qint64 packets = -1;
    bool omitted = false;    // interval inside the --omit warm-up
};

struct Iperf3Result {
    QString version;          // start.version, e.g. "iperf 3.12"
    QString protocol;         // "TCP" or "UDP"
    int numStreams = 0;
    qint64 blksizeBytes = 0;
    int durationS = 0;
    bool reverse = false;     // -R: the server sent
    qint64 sockBufsizeBytes = 0;   // requested with -w (0 = not set)
    qint64 sndbufActualBytes = 0;  // what the client's kernel granted
    qint64 rcvbufActualBytes = 0;
    QString windowWarning;    // non-empty when -w was not granted
    Iperf3Sum sent;           // end.sum_sent
    Iperf3Sum received;       // end.sum_received: the throughput to report
    QList<Iperf3Sum> intervals; // intervals[].sum, every sample kept

    double throughputBitsPerS() const { return received.bitsPerS; }
};

// Fails on invalid JSON, missing fields, or an iperf3 "error" (with iperf3's message).
Result<Iperf3Result> parseIperf3Json(const QByteArray &json);

} // namespace hvbench::bench
