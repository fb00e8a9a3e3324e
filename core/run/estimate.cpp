// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/estimate.h"
#include "workloads/pi_workload.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Estimate)
};

// The key of a benchmark's parameters in BenchmarkSuite::toJson().
QString paramsKey(Benchmark b)
{
    switch (b) {
    case Benchmark::Pi:
        return QStringLiteral("pi_digits");
    case Benchmark::CpuScore:
        return QStringLiteral("cpu_score");
    case Benchmark::ExternalScore:
        return QStringLiteral("external_score");
    case Benchmark::NetOut:
    case Benchmark::NetIn:
        return QStringLiteral("iperf3");
    case Benchmark::Fio:
        return QStringLiteral("fio");
    case Benchmark::Bonnie:
        return QStringLiteral("bonnie");
    }
    return {};
}
} // namespace

QStringList EstimateAssumptions::describe() const
{
    return {
        Tr::tr("PI: %1 s for 80 000 digits on bare metal, growing as digits²").arg(piSecondsAt80kDigits),
        Tr::tr("7-Zip: %1 s per iteration and copy").arg(sevenZipSecondsPerIteration),
        Tr::tr("CPU-bound work %1× slower under QEMU/TCG software emulation, and slower again when a cell's "
               "vCPUs outnumber the host's cores")
            .arg(emulationSlowdown),
        Tr::tr("iperf3: its duration and warm-up plus %1 s").arg(iperf3ConnectS),
        Tr::tr("disk: %1 MiB/s sequential, %2 IOPS random, shared by a cell's guests")
            .arg(diskSeqMiBps)
            .arg(diskRandIops),
        Tr::tr("external score: %1 s (unknown)").arg(externalScoreS),
        Tr::tr("each cell visit: %1 s to start and stop the VMs under TCG, %2 s with KVM or Xen")
            .arg(vmBootEmulatedS)
            .arg(vmBootHardwareS),
    };
}

double estimateBenchmarkSeconds(const BenchmarkSuite &suite, const EstimateInput &in, const EstimateAssumptions &a)
{
    const bool bare = in.vmCount == 0;
    const int guests = std::max(1, in.vmCount);
    const int hostCpus = std::max(1, in.hostCpus);
    const double virt = bare || !in.emulated ? 1.0 : a.emulationSlowdown;
    // Bare metal runs one copy per core: no contention; guests share the host's cores.
    auto cpuShare = [&](int threadsPerGuest) {
        return bare ? 1.0 : std::max(1.0, double(guests) * threadsPerGuest / hostCpus);
    };
    const double seqMiBps = a.diskSeqMiBps / guests;
    switch (in.benchmark) {
    case Benchmark::Pi: {
        const double digits = suite.piDigits > 0 ? suite.piDigits : workloads::kDefaultPiDigits;
        const double ratio = digits / 80000.0;
        return a.piSecondsAt80kDigits * ratio * ratio * virt * cpuShare(1);
    }
    case Benchmark::CpuScore:
        return a.sevenZipSecondsPerIteration * suite.cpu.iterations * virt * cpuShare(std::max(1, in.vcpus));
    case Benchmark::ExternalScore:
        return a.externalScoreS;
    case Benchmark::NetOut:
    case Benchmark::NetIn:
        return suite.net.durationS + suite.net.omitS + a.iperf3ConnectS;
    case Benchmark::Fio: {
        const double sizeMiB = suite.fioSizeMiB(in.ramMiB);
        const double seqPass = sizeMiB / seqMiBps;
        const double randPass = sizeMiB * 1024.0 / suite.fio.randBlockKiB / (a.diskRandIops / guests);
        auto job = [&](double pass) {
            return suite.fio.runtimeS > 0 ? std::min(double(suite.fio.runtimeS), pass) : pass;
        };
        return 2 * job(seqPass) + 2 * job(randPass);
    }
    case Benchmark::Bonnie:
        return 4.0 * suite.bonnieSizeMiB(in.ramMiB) / seqMiBps;
    }
    return 0;
}

double estimateVisitOverheadSeconds(int vmCount, int hostCpus, bool emulated, const EstimateAssumptions &a)
{
    if (vmCount == 0)
        return a.bareMetalStartS;
    const double boot = emulated ? a.vmBootEmulatedS : a.vmBootHardwareS;
    return boot * std::max(1.0, double(vmCount) / std::max(1, hostCpus));
}

std::optional<Recorded> recordedSeconds(const Session &s, const Cell &c, Benchmark b)
{
    const QJsonObject ran = s.manifest.value(QStringLiteral("benchmarks")).toObject();
    const QString key = paramsKey(b);
    if (ran.isEmpty() || ran.value(key) != s.benchmarks.toJson().value(key))
        return std::nullopt;
    const QString id = benchmarkId(b);
    QMap<int, qint64> longestByRound;
    for (const RunResult &r : s.results) {
        if (r.workload != id || r.config != c.config || r.vmCount != c.vmCount || r.wallNs <= 0)
            continue;
        longestByRound[r.repeat] = std::max(longestByRound.value(r.repeat), r.wallNs);
    }
    if (longestByRound.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (qint64 ns : std::as_const(longestByRound))
        sum += double(ns) / 1e9;
    return Recorded{sum / double(longestByRound.size()), int(longestByRound.size())};
}

QString formatDuration(double seconds)
{
    if (seconds > 0 && seconds < 0.5)
        return Tr::tr("< 1 s");
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace hvbench
