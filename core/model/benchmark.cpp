// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/benchmark.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Benchmark)
};
constexpr Benchmark kAll[] = {Benchmark::Pi,   Benchmark::CpuScore, Benchmark::ExternalScore, Benchmark::NetOut,
                              Benchmark::NetIn, Benchmark::Fio,     Benchmark::Bonnie};

QJsonArray strings(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}
} // namespace

QString benchmarkId(Benchmark b)
{
    switch (b) {
    case Benchmark::Pi: return QStringLiteral("pi");
    case Benchmark::CpuScore: return QStringLiteral("cpu-score");
    case Benchmark::ExternalScore: return QStringLiteral("external-score");
    case Benchmark::NetOut: return QStringLiteral("net-out");
    case Benchmark::NetIn: return QStringLiteral("net-in");
    case Benchmark::Fio: return QStringLiteral("fio");
    case Benchmark::Bonnie: return QStringLiteral("bonnie");
    }
    return {};
}

std::optional<Benchmark> benchmarkFromId(const QString &id)
{
    for (Benchmark b : kAll)
        if (benchmarkId(b) == id)
            return b;
    return std::nullopt;
}

QString benchmarkDisplayName(Benchmark b)
{
    switch (b) {
    case Benchmark::Pi: return Tr::tr("PI fairness (cycles)");
    case Benchmark::CpuScore: return Tr::tr("CPU score (7-Zip, one copy per vCPU)");
    case Benchmark::ExternalScore: return Tr::tr("External CPU score");
    case Benchmark::NetOut: return Tr::tr("Network out (iperf3, guest → host)");
    case Benchmark::NetIn: return Tr::tr("Network in (iperf3 -R, host → guest)");
    case Benchmark::Fio: return Tr::tr("Disk (fio)");
    case Benchmark::Bonnie: return Tr::tr("Disk (bonnie++)");
    }
    return {};
}

QList<Benchmark> allBenchmarks()
{
    return QList<Benchmark>(std::begin(kAll), std::end(kAll));
}

QList<MetricInfo> keyMetrics(Benchmark b)
{
    switch (b) {
    case Benchmark::Pi: return {{QStringLiteral("cycles"), false}};
    // Per copy (one copy per vCPU, or per host core on bare metal): what a core delivers, the
    // figure % loss compares; the sum over copies (and over guests: the aggregate) is Fig. 1–3.
    case Benchmark::CpuScore:
        return {{QStringLiteral("score_per_copy_mips"), true}, {QStringLiteral("score_mips"), true}};
    case Benchmark::ExternalScore: return {{QStringLiteral("score"), true}};
    case Benchmark::NetOut:
    case Benchmark::NetIn: return {{QStringLiteral("throughput_mbps"), true}};
    case Benchmark::Fio:
        return {{QStringLiteral("seq_read_mib_s"), true},
                {QStringLiteral("seq_write_mib_s"), true},
                {QStringLiteral("rand_read_iops"), true},
                {QStringLiteral("rand_write_iops"), true}};
    case Benchmark::Bonnie:
        return {{QStringLiteral("block_write_kib_s"), true}, {QStringLiteral("block_read_kib_s"), true}};
    }
    return {};
}

bool needsNetwork(Benchmark b)
{
    return b == Benchmark::NetOut || b == Benchmark::NetIn;
}

bool needsDataDisk(Benchmark b)
{
    return b == Benchmark::Fio || b == Benchmark::Bonnie;
}

Status BenchmarkSuite::validate() const
{
    if (enabled.isEmpty())
        return Error{Tr::tr("No benchmark is selected.")};
    if (piDigits != 0 && (piDigits < 10 || piDigits > 1000000))
        return Error{Tr::tr("PI digits must be between 10 and 1000000 (is %1).").arg(piDigits)};
    if (cpu.iterations < 1 || cpu.iterations > 100)
        return Error{Tr::tr("7-Zip iterations must be between 1 and 100 (is %1).").arg(cpu.iterations)};
    if (cpu.dictLog < 10 || cpu.dictLog > 30)
        return Error{Tr::tr("The 7-Zip dictionary must be 2^10 … 2^30 bytes (is 2^%1).").arg(cpu.dictLog)};
    if (has(Benchmark::ExternalScore)) {
        if (external.argv.isEmpty() || external.argv.first().trimmed().isEmpty())
            return Error{Tr::tr("The external score needs a command to run.")};
        if (external.jsonPath.isEmpty() == external.regex.isEmpty())
            return Error{Tr::tr("The external score needs either a JSON path or a regular expression (exactly one) "
                                "to read the score from the command's output.")};
        if (!external.regex.isEmpty()) {
            const QRegularExpression re(external.regex);
            if (!re.isValid())
                return Error{Tr::tr("The external score's regular expression is invalid: %1.").arg(re.errorString())};
            if (re.captureCount() != 1)
                return Error{Tr::tr("The external score's regular expression must have exactly one capture group "
                                    "(the score); it has %1.").arg(re.captureCount())};
        }
        if (external.unit.trimmed().isEmpty())
            return Error{Tr::tr("The external score needs a unit (e.g. HS06).")};
    }
    if (net.durationS < 1 || net.durationS > 86400)
        return Error{Tr::tr("The iperf3 duration must be between 1 s and 1 day (is %1 s).").arg(net.durationS)};
    if (net.streams < 1 || net.streams > 128)
        return Error{Tr::tr("iperf3 streams must be between 1 and 128 (is %1).").arg(net.streams)};
    if (net.omitS < 0 || net.omitS >= net.durationS)
        return Error{Tr::tr("The iperf3 warm-up (%1 s) must be shorter than the duration (%2 s).")
                         .arg(net.omitS).arg(net.durationS)};
    static const QRegularExpression window(QStringLiteral("^$|^[1-9][0-9]*[KMG]?$"));
    if (!window.match(net.window).hasMatch())
        return Error{Tr::tr("The iperf3 window \"%1\" is not a size like 256K or 4M.").arg(net.window)};
    if (fio.sizeMiB < 0 || bonnie.sizeMiB < 0 || fio.runtimeS < 0)
        return Error{Tr::tr("Disk data-set sizes and runtimes must not be negative.")};
    if (fio.iodepth < 1 || fio.iodepth > 1024)
        return Error{Tr::tr("The fio I/O depth must be between 1 and 1024 (is %1).").arg(fio.iodepth)};
    if (fio.seqBlockKiB < 1 || fio.randBlockKiB < 1)
        return Error{Tr::tr("fio block sizes must be at least 1 KiB.")};
    return Ok{};
}

QJsonObject BenchmarkSuite::toJson() const
{
    QJsonArray on;
    for (Benchmark b : enabled)
        on.append(benchmarkId(b));
    return {{QStringLiteral("enabled"), on},
            {QStringLiteral("pi_digits"), piDigits},
            {QStringLiteral("cpu_score"),
             QJsonObject{{QStringLiteral("iterations"), cpu.iterations}, {QStringLiteral("dict_log"), cpu.dictLog}}},
            {QStringLiteral("external_score"),
             QJsonObject{{QStringLiteral("argv"), strings(external.argv)},
                         {QStringLiteral("json_path"), external.jsonPath},
                         {QStringLiteral("regex"), external.regex},
                         {QStringLiteral("unit"), external.unit},
                         {QStringLiteral("higher_is_better"), external.higherIsBetter}}},
            {QStringLiteral("iperf3"),
             QJsonObject{{QStringLiteral("duration_s"), net.durationS}, {QStringLiteral("window"), net.window},
                         {QStringLiteral("streams"), net.streams}, {QStringLiteral("omit_s"), net.omitS}}},
            {QStringLiteral("fio"),
             QJsonObject{{QStringLiteral("size_mib"), fio.sizeMiB}, {QStringLiteral("runtime_s"), fio.runtimeS},
                         {QStringLiteral("iodepth"), fio.iodepth}, {QStringLiteral("seq_block_kib"), fio.seqBlockKiB},
                         {QStringLiteral("rand_block_kib"), fio.randBlockKiB}}},
            {QStringLiteral("bonnie"), QJsonObject{{QStringLiteral("size_mib"), bonnie.sizeMiB}}}};
}

Result<BenchmarkSuite> BenchmarkSuite::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("benchmarks"));
    BenchmarkSuite s;
    const QJsonArray on = r.array("enabled");
    s.piDigits = int(r.integer("pi_digits", false, 0));
    const QJsonObject cpu = r.object("cpu_score", false);
    const QJsonObject ext = r.object("external_score", false);
    const QJsonObject net = r.object("iperf3", false);
    const QJsonObject fio = r.object("fio", false);
    const QJsonObject bon = r.object("bonnie", false);
    if (!r.ok())
        return r.error();
    s.enabled.clear();
    for (const auto &v : on) {
        const auto b = benchmarkFromId(v.toString());
        if (!b)
            return Error{Tr::tr("benchmarks: unknown benchmark \"%1\".").arg(v.toString())};
        if (!s.enabled.contains(*b))
            s.enabled.append(*b);
    }
    json::Reader c(cpu, Tr::tr("benchmarks.cpu_score"));
    s.cpu.iterations = int(c.integer("iterations", false, s.cpu.iterations));
    s.cpu.dictLog = int(c.integer("dict_log", false, s.cpu.dictLog));
    json::Reader e(ext, Tr::tr("benchmarks.external_score"));
    for (const auto &a : e.array("argv", false))
        s.external.argv.append(a.toString());
    s.external.jsonPath = e.str("json_path", false);
    s.external.regex = e.str("regex", false);
    s.external.unit = e.str("unit", false);
    s.external.higherIsBetter = e.boolean("higher_is_better", false, true);
    json::Reader n(net, Tr::tr("benchmarks.iperf3"));
    s.net.durationS = int(n.integer("duration_s", false, s.net.durationS));
    s.net.window = net.contains(QStringLiteral("window")) ? n.str("window") : s.net.window;
    s.net.streams = int(n.integer("streams", false, s.net.streams));
    s.net.omitS = int(n.integer("omit_s", false, s.net.omitS));
    json::Reader f(fio, Tr::tr("benchmarks.fio"));
    s.fio.sizeMiB = int(f.integer("size_mib", false, 0));
    s.fio.runtimeS = int(f.integer("runtime_s", false, 0));
    s.fio.iodepth = int(f.integer("iodepth", false, s.fio.iodepth));
    s.fio.seqBlockKiB = int(f.integer("seq_block_kib", false, s.fio.seqBlockKiB));
    s.fio.randBlockKiB = int(f.integer("rand_block_kib", false, s.fio.randBlockKiB));
    json::Reader b(bon, Tr::tr("benchmarks.bonnie"));
    s.bonnie.sizeMiB = int(b.integer("size_mib", false, 0));
    for (const json::Reader *x : {&c, &e, &n, &f, &b})
        if (!x->ok())
            return x->error();
    if (auto v = s.validate(); !v)
        return v.error();
    return s;
}

Result<BenchmarkSuite> BenchmarkSuite::fromLegacyWorkload(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("workload"));
    const QString name = r.str("name");
    BenchmarkSuite s;
    s.piDigits = int(r.integer("pi_digits", false, 0));
    if (!r.ok())
        return r.error();
    if (name != QLatin1String("pi"))
        return Error{Tr::tr("Unknown workload \"%1\".").arg(name)};
    if (auto v = s.validate(); !v)
        return v.error();
    return s;
}

} // namespace hvbench
