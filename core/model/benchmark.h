// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The benchmarks hvbench runs (paper §6) and their parameters.  Each run of a benchmark on one
// guest (or bare metal) is a RunResult whose `workload` is benchmarkId(b) and whose `metrics`
// hold the figures named by keyMetrics(b) (unit in every name).
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hvbench {

enum class Benchmark {
    Pi,            // paper §6.3, Fig. 4–6: cycles of a fixed PI computation per guest (fairness)
    CpuScore,      // paper §6.2, Fig. 1–3: 7-Zip benchmark, one copy per vCPU at once
    ExternalScore, // a user-given scorer (licensed HS06 runspec, HEPscore23, …)
    NetOut,        // paper §6.4, Fig. 7: iperf3 guest → host-side server
    NetIn,         // paper §6.4, Fig. 8: iperf3 -R, host-side server → guest
    Fio,           // paper §6.5, Fig. 9–12: fio on the data disk
    Bonnie,        // paper §6.5: bonnie++ on a file system on the data disk
};

QString benchmarkId(Benchmark b); // "pi", "cpu-score", "external-score", "net-out", "net-in", "fio", "bonnie"
std::optional<Benchmark> benchmarkFromId(const QString &id);
QString benchmarkDisplayName(Benchmark b); // translated
QList<Benchmark> allBenchmarks();

// A figure a benchmark reports, its unit-suffixed name and which way is better.
struct MetricInfo {
    QString name;          // e.g. "throughput_mbps"
    bool higherIsBetter = true;
};
// The figures the repeat rule, the loss table and the charts look at.
QList<MetricInfo> keyMetrics(Benchmark b);
bool needsNetwork(Benchmark b);  // needs the isolated network (a peer on the host side)
bool needsDataDisk(Benchmark b); // needs a data disk in the guest

struct CpuScoreParams {
    int iterations = 1; // 7zz b <iterations>
    int dictLog = 18;   // -md<dictLog>: 2^dictLog bytes of dictionary
    bool operator==(const CpuScoreParams &) const = default;
};

struct ExternalScoreParams {
    QStringList argv;     // run in the guest (and on bare metal) as it is, no shell
    QString jsonPath;     // where the score is in its JSON output …
    QString regex;        // … or a regular expression with one capture group
    QString unit;         // e.g. "HS06"
    bool higherIsBetter = true;
    bool operator==(const ExternalScoreParams &) const = default;
};

struct Iperf3Params {
    int durationS = 10;                   // -t (paper: 900)
    QString window = QStringLiteral("256K"); // -w (paper: 256k); empty = kernel default
    int streams = 5;                      // -P (paper: 5)
    int omitS = 0;                        // -O: warm-up seconds not counted
    bool operator==(const Iperf3Params &) const = default;
};

struct FioParams {
    int sizeMiB = 0;       // data set per guest; 0 = twice the guest's RAM (paper: 4 GB for 2 GB)
    int runtimeS = 0;      // 0 = each job passes over the data set once; >0 = a job stops after that (a cap)
    int iodepth = 16;      // random jobs (libaio)
    int seqBlockKiB = 1024;
    int randBlockKiB = 4;
    bool operator==(const FioParams &) const = default;
};

struct BonnieParams {
    int sizeMiB = 0;       // -s; 0 = twice the guest's RAM
    bool operator==(const BonnieParams &) const = default;
};

// Which benchmarks a session runs, and with what parameters.
struct BenchmarkSuite {
    QList<Benchmark> enabled{Benchmark::Pi};
    int piDigits = 0;      // 0 = the agent's default
    CpuScoreParams cpu;
    ExternalScoreParams external;
    Iperf3Params net;
    FioParams fio;
    BonnieParams bonnie;

    bool has(Benchmark b) const { return enabled.contains(b); }
    // Data set size for a guest with ramMiB of memory (the bare-metal baseline uses the guests' size).
    int fioSizeMiB(int ramMiB) const { return fio.sizeMiB > 0 ? fio.sizeMiB : 2 * ramMiB; }
    int bonnieSizeMiB(int ramMiB) const { return bonnie.sizeMiB > 0 ? bonnie.sizeMiB : 2 * ramMiB; }
    Status validate() const;
    QJsonObject toJson() const;
    static Result<BenchmarkSuite> fromJson(const QJsonObject &o);
    // Sessions of format 1 held {"workload": {"name": "pi", "pi_digits": N}}.
    static Result<BenchmarkSuite> fromLegacyWorkload(const QJsonObject &o);
    bool operator==(const BenchmarkSuite &) const = default;
};

} // namespace hvbench
