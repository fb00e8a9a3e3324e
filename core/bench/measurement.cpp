// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/measurement.h"
#include "bench/bonnieresult.h"
#include "bench/fioresult.h"
#include "bench/iperf3result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace hvbench::bench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::bench::Measurement)
};

constexpr double kMiB = 1024.0 * 1024.0;

qint64 secondsToNs(double s)
{
    return s > 0 ? qint64(std::llround(s * 1e9)) : 0;
}

// ---------------------------------------------------------------- fio

const char *const kFioClasses[] = {"seq_write", "seq_read", "rand_write", "rand_read"};

struct FioClassSum {
    double bwBytesPerS = 0;
    double iops = 0;
    qint64 ioBytes = 0;
    QList<const FioLatency *> clats; // one per job counted in this class
};

std::optional<double> percentileNs(const FioLatency &l, double p)
{
    for (auto it = l.percentilesNs.cbegin(); it != l.percentilesNs.cend(); ++it)
        if (std::abs(it.key() - p) < 1e-6)
            return it.value();
    return std::nullopt;
}

void addClat(QJsonObject &o, const QString &prefix, const FioLatency &l)
{
    static const struct {
        double p;
        const char *suffix;
    } kPct[] = {{50.0, "_clat_p50_us"}, {99.0, "_clat_p99_us"}, {99.9, "_clat_p999_us"}};
    for (const auto &k : kPct)
        if (const auto v = percentileNs(l, k.p))
            o.insert(prefix + QLatin1String(k.suffix), *v / 1000.0);
}

QJsonObject fioDirectionJson(const FioDirection &d)
{
    QJsonObject o{{QStringLiteral("bw_bytes"), double(d.bwBytesPerS)},
                  {QStringLiteral("iops"), d.iops},
                  {QStringLiteral("io_bytes"), double(d.ioBytes)},
                  {QStringLiteral("runtime_ms"), double(d.runtimeMs)}};
    if (d.clat.present && (d.ioBytes > 0 || d.totalIos > 0)) {
        QJsonObject pct;
        for (auto it = d.clat.percentilesNs.cbegin(); it != d.clat.percentilesNs.cend(); ++it)
            pct.insert(QString::number(it.key(), 'f', 6), it.value() / 1000.0);
        o.insert(QStringLiteral("clat_mean_us"), d.clat.meanNs / 1000.0);
        o.insert(QStringLiteral("clat_percentiles_us"), pct);
    }
    return o;
}

QString rwOption(const QJsonObject &root, const QJsonObject &job)
{
    QString rw = job.value(QStringLiteral("job options")).toObject().value(QStringLiteral("rw")).toString();
    if (rw.isEmpty())
        rw = root.value(QStringLiteral("global options")).toObject().value(QStringLiteral("rw")).toString();
    if (rw.isEmpty())
        rw = QStringLiteral("read"); // fio's default
    return rw.section(QLatin1Char(':'), 0, 0).trimmed();
}

// ---------------------------------------------------------------- bonnie++

struct BonnieTest {
    const char *rateName; // metric name with unit
    const char *baseName; // for _cpu_pct / _latency_max_us
    BonnieMetric BonnieRun::*member;
    const char *label; // bonnie++'s own name of the test, for messages
};

const BonnieTest kBonnieTests[] = {
    {"block_write_kib_s", "block_write", &BonnieRun::putBlockKibPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "block write")},
    {"block_read_kib_s", "block_read", &BonnieRun::getBlockKibPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "block read")},
    {"rewrite_kib_s", "rewrite", &BonnieRun::rewriteKibPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "rewrite")},
    {"random_seeks_per_s", "random_seeks", &BonnieRun::randomSeeksPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "random seeks")},
    {"putc_kib_s", "putc", &BonnieRun::putcKibPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "per-character write (putc)")},
    {"getc_kib_s", "getc", &BonnieRun::getcKibPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "per-character read (getc)")},
    {"seq_create_files_per_s", "seq_create", &BonnieRun::seqCreateFilesPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "sequential create")},
    {"seq_stat_files_per_s", "seq_stat", &BonnieRun::seqStatFilesPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "sequential stat")},
    {"seq_delete_files_per_s", "seq_delete", &BonnieRun::seqDeleteFilesPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "sequential delete")},
    {"random_create_files_per_s", "random_create", &BonnieRun::randomCreateFilesPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "random create")},
    {"random_stat_files_per_s", "random_stat", &BonnieRun::randomStatFilesPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "random stat")},
    {"random_delete_files_per_s", "random_delete", &BonnieRun::randomDeleteFilesPerS,
     QT_TRANSLATE_NOOP("hvbench::bench::Measurement", "random delete")},
};

// Sums and counts of one figure over the CSV lines that measured it.
struct Mean {
    double sum = 0;
    int n = 0;
    void add(const BonnieValue &v)
    {
        if (v.isMeasured()) {
            sum += v.value;
            ++n;
        }
    }
};
} // namespace

// ================================================================ iperf3

Result<RunResult> iperf3Measurement(const QByteArray &json, Benchmark which)
{
    if (which != Benchmark::NetOut && which != Benchmark::NetIn)
        return Error{Tr::tr("iperf3 output can only be a net-out or net-in result, not %1.").arg(benchmarkId(which))};
    auto parsed = parseIperf3Json(json);
    if (!parsed)
        return parsed.error();
    const Iperf3Result &p = *parsed;
    if (p.reverse && which == Benchmark::NetOut)
        return Error{Tr::tr("This is an inbound (-R) run, imported as outbound: use --direction in (net-in).")};
    if (!p.reverse && which == Benchmark::NetIn)
        return Error{Tr::tr("This is an outbound run (no -R), imported as inbound: use --direction out (net-out).")};

    RunResult r;
    r.workload = benchmarkId(which);
    r.toolVersion = p.version;
    QJsonObject m;
    m.insert(QStringLiteral("throughput_mbps"), p.received.bitsPerS / 1e6);
    m.insert(QStringLiteral("sent_mbps"), p.sent.bitsPerS / 1e6);
    if (p.sent.retransmits >= 0)
        m.insert(QStringLiteral("retransmits"), double(p.sent.retransmits));
    m.insert(QStringLiteral("bytes_received"), double(p.received.bytes));
    m.insert(QStringLiteral("duration_s"), p.received.seconds);
    m.insert(QStringLiteral("streams"), p.numStreams);
    if (p.sockBufsizeBytes > 0)
        m.insert(QStringLiteral("window_requested_bytes"), double(p.sockBufsizeBytes));
    m.insert(QStringLiteral("sndbuf_actual_bytes"), double(p.sndbufActualBytes));
    m.insert(QStringLiteral("rcvbuf_actual_bytes"), double(p.rcvbufActualBytes));
    r.metrics = m;
    if (!p.windowWarning.isEmpty())
        r.warnings << p.windowWarning;
    r.output = QString::fromUtf8(json);

    QJsonArray mbps, omitted;
    for (const Iperf3Sum &iv : p.intervals) {
        mbps.append(iv.bitsPerS / 1e6);
        omitted.append(iv.omitted);
    }
    r.raw = QJsonObject{{QStringLiteral("intervals_mbps"), mbps},
                        {QStringLiteral("intervals_omitted"), omitted},
                        {QStringLiteral("protocol"), p.protocol},
                        {QStringLiteral("reverse"), p.reverse},
                        {QStringLiteral("blksize_bytes"), double(p.blksizeBytes)},
                        {QStringLiteral("duration_requested_s"), p.durationS}};
    r.wallNs = secondsToNs(std::max(p.sent.seconds, p.received.seconds));
    return r;
}

// ================================================================ fio

Result<RunResult> fioMeasurement(const QByteArray &out)
{
    auto parsed = parseFioJson(out);
    if (!parsed)
        return parsed.error();
    const FioResult &p = *parsed;
    // The options are not in FioResult: read them from the same document.
    const qsizetype first = out.indexOf('{');
    const qsizetype last = out.lastIndexOf('}');
    const QJsonObject root = QJsonDocument::fromJson(out.mid(first, last - first + 1)).object();
    const QJsonArray jobsJson = root.value(QStringLiteral("jobs")).toArray();

    QSet<QString> names;
    for (const FioJob &j : p.jobs)
        names.insert(j.name);
    const bool byName = names.contains(QStringLiteral("seq-write")) && names.contains(QStringLiteral("seq-read")) &&
                        names.contains(QStringLiteral("rand-write")) && names.contains(QStringLiteral("rand-read"));

    QMap<QString, FioClassSum> classes;
    QStringList warnings;
    QJsonArray rawJobs;
    QMap<int, qint64> groupRuntimeMs;
    for (qsizetype i = 0; i < p.jobs.size(); ++i) {
        const FioJob &j = p.jobs.at(i);
        const QString rw = rwOption(root, jobsJson.at(i).toObject());
        QStringList jobClasses;
        auto count = [&](const QString &cls, const FioDirection &d) {
            FioClassSum &c = classes[cls];
            c.bwBytesPerS += double(d.bwBytesPerS);
            c.iops += d.iops;
            c.ioBytes += d.ioBytes;
            c.clats.append(&d.clat);
            jobClasses << cls;
        };
        if (byName) {
            const QString cls = QString(j.name).replace(QLatin1Char('-'), QLatin1Char('_'));
            const bool isWrite = cls.endsWith(QLatin1String("_write"));
            const bool known = std::any_of(std::begin(kFioClasses), std::end(kFioClasses),
                                           [&](const char *c) { return cls == QLatin1String(c); });
            if (known) {
                const FioDirection &d = isWrite ? j.write : j.read;
                if (d.ioBytes > 0 || d.totalIos > 0)
                    count(cls, d);
                else
                    warnings << Tr::tr("fio job \"%1\" did no %2 I/O: it has no figures.")
                                    .arg(j.name, isWrite ? Tr::tr("write") : Tr::tr("read"));
            }
        } else {
            const QString kind = rw.startsWith(QLatin1String("rand")) ? QStringLiteral("rand") : QStringLiteral("seq");
            if (j.write.ioBytes > 0 || j.write.totalIos > 0)
                count(kind + QStringLiteral("_write"), j.write);
            if (j.read.ioBytes > 0 || j.read.totalIos > 0)
                count(kind + QStringLiteral("_read"), j.read);
        }
        const qint64 runtime = j.jobRuntimeMs > 0 ? j.jobRuntimeMs : std::max(j.read.runtimeMs, j.write.runtimeMs);
        groupRuntimeMs[j.groupId] = std::max(groupRuntimeMs.value(j.groupId), runtime);
        rawJobs.append(QJsonObject{{QStringLiteral("name"), j.name},
                                   {QStringLiteral("rw"), rw},
                                   {QStringLiteral("group"), j.groupId},
                                   {QStringLiteral("classes"), QJsonArray::fromStringList(jobClasses)},
                                   {QStringLiteral("job_runtime_ms"), double(runtime)},
                                   {QStringLiteral("read"), fioDirectionJson(j.read)},
                                   {QStringLiteral("write"), fioDirectionJson(j.write)}});
    }
    if (classes.isEmpty())
        return Error{Tr::tr("fio did no I/O in any job%1: check its size, runtime and rw options in the output.")
                         .arg(byName ? Tr::tr(" (seq-write, seq-read, rand-write, rand-read)") : QString())};

    QJsonObject m;
    for (const char *name : kFioClasses) {
        const QString cls = QLatin1String(name);
        if (!classes.contains(cls))
            continue;
        const FioClassSum &c = classes.value(cls);
        m.insert(cls + QStringLiteral("_mib_s"), c.bwBytesPerS / kMiB);
        m.insert(cls + QStringLiteral("_iops"), c.iops);
        m.insert(cls + QStringLiteral("_io_mib"), double(c.ioBytes) / kMiB);
        if (c.clats.size() == 1 && c.clats.first()->present)
            addClat(m, cls, *c.clats.first());
    }

    RunResult r;
    r.workload = benchmarkId(Benchmark::Fio);
    r.toolVersion = p.version;
    r.metrics = m;
    r.warnings = warnings;
    r.output = QString::fromUtf8(out);
    r.raw =
        QJsonObject{{QStringLiteral("mapped_by"), byName ? QStringLiteral("job names") : QStringLiteral("rw option")},
                    {QStringLiteral("jobs"), rawJobs}};
    qint64 wallMs = 0;
    for (const qint64 ms : std::as_const(groupRuntimeMs))
        wallMs += ms;
    r.wallNs = wallMs * 1000000;
    return r;
}

// ================================================================ bonnie++

Result<RunResult> bonnieMeasurement(const QByteArray &csv)
{
    auto parsed = parseBonnieCsv(csv);
    if (!parsed)
        return parsed.error();
    const QList<BonnieRun> &runs = parsed->runs;
    const int lines = int(runs.size());

    QJsonObject m;
    QStringList warnings;
    QJsonArray rawRuns;
    for (const BonnieRun &run : runs) {
        QJsonObject line;
        QJsonArray unmeasurable;
        for (const BonnieTest &t : kBonnieTests) {
            const BonnieMetric &x = run.*t.member;
            if (x.rate.isMeasured())
                line.insert(QLatin1String(t.rateName), x.rate.value);
            else if (x.rate.state == BonnieValue::State::Unmeasurable)
                unmeasurable.append(QLatin1String(t.rateName));
            if (x.rate.isMeasured() && x.cpuPercent.isMeasured()) // CPU % of a figure that exists
                line.insert(QLatin1String(t.baseName) + QStringLiteral("_cpu_pct"), x.cpuPercent.value);
            if (x.latencyUs.isMeasured())
                line.insert(QLatin1String(t.baseName) + QStringLiteral("_latency_max_us"), x.latencyUs.value);
        }
        line.insert(QStringLiteral("unmeasurable"), unmeasurable);
        rawRuns.append(line);
    }

    for (const BonnieTest &t : kBonnieTests) {
        Mean rate, cpu, latency;
        int plus = 0;
        for (const BonnieRun &run : runs) {
            const BonnieMetric &x = run.*t.member;
            rate.add(x.rate);
            if (x.rate.isMeasured())
                cpu.add(x.cpuPercent);
            latency.add(x.latencyUs);
            if (x.rate.state == BonnieValue::State::Unmeasurable)
                ++plus;
        }
        if (rate.n > 0)
            m.insert(QLatin1String(t.rateName), rate.sum / rate.n);
        if (cpu.n > 0)
            m.insert(QLatin1String(t.baseName) + QStringLiteral("_cpu_pct"), cpu.sum / cpu.n);
        if (latency.n > 0)
            m.insert(QLatin1String(t.baseName) + QStringLiteral("_latency_max_us"), latency.sum / latency.n);
        const QString label = Tr::tr(t.label);
        if (plus > 0 && rate.n == 0)
            warnings << Tr::tr("bonnie++ could not measure %1: it finished too quickly — use a larger -s "
                               "(or -n for the file tests).")
                            .arg(label);
        else if (plus > 0)
            warnings << Tr::tr("bonnie++ could not measure %1 in %2 of %3 runs (it finished too quickly); "
                               "the figure is the mean of the other runs — use a larger -s.")
                            .arg(label)
                            .arg(plus)
                            .arg(lines);
    }

    const BonnieRun &firstRun = runs.first();
    if (!m.contains(QStringLiteral("block_write_kib_s")) && !m.contains(QStringLiteral("block_read_kib_s"))) {
        const bool tooFast = std::any_of(runs.cbegin(), runs.cend(), [](const BonnieRun &x) {
            return x.putBlockKibPerS.rate.state == BonnieValue::State::Unmeasurable ||
                   x.getBlockKibPerS.rate.state == BonnieValue::State::Unmeasurable;
        });
        return Error{tooFast ? Tr::tr("bonnie++ measured neither block write nor block read: both finished too "
                                      "quickly (\"+++++\") — use a larger -s (at least twice the RAM).")
                             : Tr::tr("bonnie++ measured neither block write nor block read: the sequential tests "
                                      "were not run (-s 0?).")};
    }

    RunResult r;
    r.workload = benchmarkId(Benchmark::Bonnie);
    r.toolVersion = QStringLiteral("bonnie++ ") + firstRun.bonnieVersion;
    r.metrics = m;
    r.warnings = warnings;
    r.output = QString::fromUtf8(csv);
    r.raw = QJsonObject{{QStringLiteral("runs"), rawRuns},
                        {QStringLiteral("format_version"), firstRun.formatVersion},
                        {QStringLiteral("machine"), firstRun.machineName},
                        {QStringLiteral("concurrency"), firstRun.concurrency},
                        {QStringLiteral("file_size"), firstRun.fileSize},
                        {QStringLiteral("chunk_size"), firstRun.chunkSize},
                        {QStringLiteral("num_files"), firstRun.numFiles}};
    return r;
}

} // namespace hvbench::bench
