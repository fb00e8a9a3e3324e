// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/benchjob.h"
#include "bench/externalscore.h"
#include "bench/measurement.h"
#include "bench/sevenzipresult.h"
#include "guest/agentclient.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hvbench {

namespace {
constexpr int kPrepareTimeoutMs = 600'000; // mkfs of a large disk under TCG
const QString kDropCaches = QStringLiteral("sync && echo 3 > /proc/sys/vm/drop_caches");

QString tail(const QString &s, int n = 600)
{
    const QString t = s.trimmed();
    return t.size() > n ? QStringLiteral("…") + t.right(n) : t;
}
} // namespace

QString commandLine(const QStringList &argv)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList out;
    for (const QString &a : argv) {
        if (plain.match(a).hasMatch())
            out.append(a);
        else
            out.append(QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''));
    }
    return out.join(QLatin1Char(' '));
}

BenchJob::BenchJob(JobContext ctx, agent::AgentClient *client, QObject *parent)
    : QObject(parent), m_ctx(std::move(ctx)), m_client(client)
{
}

namespace {
QString mountPointOf(const JobContext &ctx)
{
    return ctx.bareMetal ? ctx.baselineDir + QStringLiteral("/bonnie") : QStringLiteral("/mnt/hvbench");
}

QString fioTargetOf(const JobContext &ctx)
{
    return ctx.bareMetal ? ctx.baselineDir + QStringLiteral("/fio.dat") : ctx.dataDevice;
}
} // namespace

QString BenchJob::mountPoint() const
{
    return mountPointOf(m_ctx);
}

QString BenchJob::fioTarget() const
{
    return fioTargetOf(m_ctx);
}

QStringList BenchJob::mainArgv() const
{
    return benchArgv(m_ctx);
}

QString jobCommandLine(const JobContext &ctx)
{
    return commandLine(benchArgv(ctx))
        + (ctx.benchmark == Benchmark::CpuScore && ctx.vcpus > 1
               ? BenchJob::tr("  (%1 copies at once)").arg(ctx.vcpus) : QString());
}

QStringList benchArgv(const JobContext &ctx)
{
    const BenchmarkSuite &s = ctx.suite;
    switch (ctx.benchmark) {
    case Benchmark::Pi:
        // What the agent records as its command ("hvbench-agent pi --digits N"); 0 = its default.
        if (s.piDigits > 0)
            return {QStringLiteral("hvbench-agent"), QStringLiteral("pi"), QStringLiteral("--digits"),
                    QString::number(s.piDigits)};
        return {QStringLiteral("hvbench-agent"), QStringLiteral("pi")};
    case Benchmark::CpuScore:
        return bench::sevenZipBenchArgv({QStringLiteral("7zz"), s.cpu.iterations, s.cpu.dictLog});
    case Benchmark::ExternalScore:
        return s.external.argv;
    case Benchmark::NetOut:
    case Benchmark::NetIn: {
        QStringList a{QStringLiteral("iperf3"), QStringLiteral("-c"), ctx.peerAddress,
                      QStringLiteral("-p"), QString::number(ctx.peerPort), QStringLiteral("-J"),
                      QStringLiteral("-t"), QString::number(s.net.durationS),
                      QStringLiteral("-P"), QString::number(s.net.streams)};
        if (!s.net.window.isEmpty())
            a << QStringLiteral("-w") << s.net.window;
        if (s.net.omitS > 0)
            a << QStringLiteral("-O") << QString::number(s.net.omitS);
        if (ctx.benchmark == Benchmark::NetIn)
            a << QStringLiteral("-R");
        return a;
    }
    case Benchmark::Fio: {
        const int size = s.fioSizeMiB(ctx.ramMiB);
        QStringList a{QStringLiteral("fio"), QStringLiteral("--output-format=json"),
                      QStringLiteral("--filename=") + fioTargetOf(ctx), QStringLiteral("--direct=1"),
                      QStringLiteral("--ioengine=libaio"), QStringLiteral("--size=%1M").arg(size)};
        const QString timed = s.fio.runtimeS > 0
            ? QStringLiteral("--runtime=%1").arg(s.fio.runtimeS) : QString();
        auto job = [&](const char *name, const char *rw, int bsKiB, int depth) {
            a << QStringLiteral("--name=%1").arg(QLatin1String(name)) << QStringLiteral("--rw=%1").arg(QLatin1String(rw))
              << QStringLiteral("--bs=%1k").arg(bsKiB) << QStringLiteral("--iodepth=%1").arg(depth);
            if (!timed.isEmpty())
                a << timed;
            a << QStringLiteral("--stonewall");
        };
        // Written before read: a read of never-written blocks of a sparse or qcow2 disk is not disk I/O.
        job("seq-write", "write", s.fio.seqBlockKiB, 1);
        job("seq-read", "read", s.fio.seqBlockKiB, 1);
        job("rand-write", "randwrite", s.fio.randBlockKiB, s.fio.iodepth);
        job("rand-read", "randread", s.fio.randBlockKiB, s.fio.iodepth);
        return a;
    }
    case Benchmark::Bonnie:
        return {QStringLiteral("bonnie++"), QStringLiteral("-d"), mountPointOf(ctx),
                QStringLiteral("-s"), QString::number(s.bonnieSizeMiB(ctx.ramMiB)),
                QStringLiteral("-r"), QString::number(ctx.ramMiB), QStringLiteral("-n"), QStringLiteral("0"),
                QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("-f"), QStringLiteral("-D"),
                QStringLiteral("-q"), QStringLiteral("-m"), ctx.who};
    }
    return {};
}

QList<BenchJob::Step> BenchJob::prepareSteps() const
{
    const QString sh = QStringLiteral("sh");
    const QString c = QStringLiteral("-c");
    switch (m_ctx.benchmark) {
    case Benchmark::NetOut:
    case Benchmark::NetIn:
        if (m_ctx.bareMetal)
            return {};
        // The guest asks for its address by DHCP in the background while the agent starts.
        return {{{sh, c, QStringLiteral("for i in $(seq 120); do ip -4 addr show dev eth0 | grep -q 'inet ' && exit 0; "
                                        "sleep 0.5; done; echo 'eth0 got no IPv4 address by DHCP within 60 s' >&2; exit 1")},
                 tr("get an IPv4 address on eth0")}};
    case Benchmark::Fio:
        if (m_ctx.bareMetal)
            return {{{sh, c, QStringLiteral("mkdir -p %1 && %2").arg(commandLine({m_ctx.baselineDir}), kDropCaches)},
                     tr("make the folder %1 and drop the page cache").arg(m_ctx.baselineDir)}};
        return {{{sh, c, kDropCaches}, tr("drop the page cache")}};
    case Benchmark::Bonnie:
        if (m_ctx.bareMetal)
            return {{{sh, c, QStringLiteral("mkdir -p %1 && %2").arg(commandLine({mountPoint()}), kDropCaches)},
                     tr("make bonnie++'s folder %1 and drop the page cache").arg(mountPoint())}};
        return {{{sh, c, QStringLiteral("mke2fs -F -m 0 %1 >/dev/null && mkdir -p %2 && mount -t ext4 %1 %2 && %3")
                             .arg(m_ctx.dataDevice, mountPoint(), kDropCaches)},
                 tr("make and mount a file system on the data disk %1").arg(m_ctx.dataDevice)}};
    default:
        return {};
    }
}

QList<BenchJob::Step> BenchJob::cleanupSteps() const
{
    const QString sh = QStringLiteral("sh");
    const QString c = QStringLiteral("-c");
    if (m_ctx.benchmark == Benchmark::Bonnie)
        return {{m_ctx.bareMetal ? QStringList{QStringLiteral("rm"), QStringLiteral("-rf"), mountPoint()}
                                 : QStringList{QStringLiteral("umount"), mountPoint()},
                 tr("clean up after bonnie++")}};
    if (m_ctx.benchmark == Benchmark::Fio && m_ctx.bareMetal)
        return {{{QStringLiteral("rm"), QStringLiteral("-f"), fioTarget()}, tr("remove fio's file")}};
    return {};
}

void BenchJob::prepare()
{
    m_phase = Phase::Preparing;
    m_steps = prepareSteps();
    m_stepIndex = 0;
    nextStep();
}

void BenchJob::nextStep()
{
    if (m_stepIndex >= m_steps.size()) {
        if (m_phase == Phase::Preparing) {
            m_phase = Phase::Prepared;
            Q_EMIT prepared();
        } else if (m_phase == Phase::CleaningUp) {
            m_phase = Phase::Done;
            if (m_haveResult)
                Q_EMIT finished(m_result);
            else
                Q_EMIT failed(m_failure);
        }
        return;
    }
    const Step &st = m_steps.at(m_stepIndex);
    m_client->exec(QStringLiteral("%1-s%2").arg(m_ctx.id).arg(m_stepIndex), st.argv, kPrepareTimeoutMs);
}

void BenchJob::run()
{
    m_phase = Phase::Running;
    if (m_ctx.benchmark == Benchmark::Pi)
        return m_client->runPi(m_ctx.id, m_ctx.suite.piDigits, m_ctx.timeoutMs);
    int timeout = m_ctx.timeoutMs;
    if (needsNetwork(m_ctx.benchmark))
        timeout = std::min(timeout, (m_ctx.suite.net.durationS + m_ctx.suite.net.omitS + 120) * 1000);
    // fio's four jobs each stop after runtimeS: a run far beyond that is stuck I/O (seen once under
    // TCG: a guest's fio waiting with no I/O moving), reported instead of waited for.
    if (m_ctx.benchmark == Benchmark::Fio && m_ctx.suite.fio.runtimeS > 0)
        timeout = std::min(timeout, (4 * m_ctx.suite.fio.runtimeS + 300) * 1000);
    const int copies = m_ctx.benchmark == Benchmark::CpuScore ? std::max(1, m_ctx.vcpus) : 1;
    m_client->exec(m_ctx.id, mainArgv(), timeout, {}, copies);
}

void BenchJob::onAgentMessage(const QJsonObject &msg)
{
    switch (m_phase) {
    case Phase::Preparing:
    case Phase::CleaningUp:
        return onStepDone(msg);
    case Phase::Running:
        return finishMain(msg);
    default:
        return;
    }
}

void BenchJob::onStepDone(const QJsonObject &msg)
{
    const Step &st = m_steps.at(m_stepIndex);
    const int code = msg.value(QStringLiteral("exit_code")).toInt(-1);
    if (code != 0 || msg.value(QStringLiteral("timed_out")).toBool()) {
        const QString why = tr("%1 could not %2 (%3 exited with %4): %5")
                                .arg(m_ctx.who, st.what, commandLine(st.argv)).arg(code)
                                .arg(tail(msg.value(QStringLiteral("stderr")).toString()));
        if (m_phase == Phase::Preparing) {
            m_phase = Phase::Done;
            return Q_EMIT failed(why);
        }
        // A failed clean-up does not lose the measurement; the VM is destroyed anyway.
        if (m_haveResult)
            m_result.warnings.append(why);
    }
    ++m_stepIndex;
    nextStep();
}

void BenchJob::finishMain(const QJsonObject &msg)
{
    auto r = measure(msg);
    if (r) {
        m_result = *r;
        m_haveResult = true;
    } else {
        m_failure = r.errorMessage();
    }
    m_phase = Phase::CleaningUp;
    m_steps = cleanupSteps();
    m_stepIndex = 0;
    nextStep();
}

Result<RunResult> BenchJob::measure(const QJsonObject &msg) const
{
    if (m_ctx.benchmark == Benchmark::Pi) {
        auto r = RunResult::fromAgentResult(msg);
        if (!r)
            return r.error();
        const int got = msg.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("digits")).toInt();
        if (r->workload != QLatin1String("pi") || (m_ctx.suite.piDigits > 0 && got != m_ctx.suite.piDigits))
            return Error{tr("%1 answered with a different workload than asked (%2, %3 digits; asked pi, %4 digits).")
                             .arg(m_ctx.who, r->workload).arg(got).arg(m_ctx.suite.piDigits)};
        return r;
    }
    const QStringList argv = mainArgv();
    const QString out = msg.value(QStringLiteral("stdout")).toString();
    const QString err = msg.value(QStringLiteral("stderr")).toString();
    const int code = msg.value(QStringLiteral("exit_code")).toInt(-1);
    if (msg.value(QStringLiteral("timed_out")).toBool())
        return Error{tr("%1: %2 did not finish in time and was stopped.").arg(m_ctx.who, commandLine(argv))};
    Result<RunResult> r = Error{};
    const QByteArray bytes = out.toUtf8();
    switch (m_ctx.benchmark) {
    case Benchmark::NetOut:
    case Benchmark::NetIn:
        r = bench::iperf3Measurement(bytes, m_ctx.benchmark); // iperf3 -J reports its own errors in the JSON
        break;
    case Benchmark::Fio:
        r = code == 0 ? bench::fioMeasurement(bytes) : Result<RunResult>(Error{tail(err + out)});
        break;
    case Benchmark::Bonnie:
        r = code == 0 ? bench::bonnieMeasurement(bytes) : Result<RunResult>(Error{tail(err + out)});
        break;
    case Benchmark::CpuScore: {
        const QJsonArray copies = msg.contains(QStringLiteral("copies"))
            ? msg.value(QStringLiteral("copies")).toArray() : QJsonArray{msg};
        RunResult x;
        double sum = 0, lo = 0, hi = 0;
        QStringList outputs;
        for (qsizetype i = 0; i < copies.size(); ++i) {
            const QJsonObject c = copies.at(i).toObject();
            const QString o = c.value(QStringLiteral("stdout")).toString();
            outputs.append(o);
            if (c.value(QStringLiteral("exit_code")).toInt(-1) != 0)
                return Error{tr("7-Zip copy %1 of %2 failed: %3").arg(i + 1).arg(copies.size())
                                 .arg(tail(c.value(QStringLiteral("stderr")).toString() + o))};
            auto z = bench::parseSevenZipBench(o.toUtf8());
            if (!z)
                return Error{tr("7-Zip copy %1 of %2: %3").arg(i + 1).arg(copies.size()).arg(z.errorMessage())};
            sum += z->totalRatingMips;
            lo = i == 0 ? z->totalRatingMips : std::min(lo, z->totalRatingMips);
            hi = std::max(hi, z->totalRatingMips);
            x.toolVersion = QStringLiteral("7-Zip ") + z->version;
        }
        x.metrics = {{QStringLiteral("score_mips"), sum},
                     {QStringLiteral("score_per_copy_mips"), sum / double(copies.size())},
                     {QStringLiteral("copies"), double(copies.size())},
                     {QStringLiteral("copy_min_mips"), lo},
                     {QStringLiteral("copy_max_mips"), hi}};
        x.output = outputs.join(QStringLiteral("\n--- next copy ---\n"));
        x.workload = benchmarkId(Benchmark::CpuScore);
        r = x;
        break;
    }
    case Benchmark::ExternalScore: {
        if (code != 0)
            return Error{tr("%1: the external score command %2 exited with %3: %4")
                             .arg(m_ctx.who, commandLine(argv)).arg(code).arg(tail(err + out))};
        const ExternalScoreParams &p = m_ctx.suite.external;
        bench::ExternalScoreSpec spec{p.argv, p.jsonPath, p.regex, p.unit, p.higherIsBetter};
        auto score = bench::extractScore(spec, bytes);
        if (!score) {
            r = score.error(); // said below with who and the command line
            break;
        }
        RunResult x;
        x.workload = benchmarkId(Benchmark::ExternalScore);
        x.metrics = {{QStringLiteral("score"), *score}};
        x.toolVersion = argv.value(0);
        x.output = out;
        r = x;
        break;
    }
    case Benchmark::Pi:
        break;
    }
    if (!r)
        return Error{tr("%1: %2 — %3").arg(m_ctx.who, commandLine(argv), r.errorMessage())};
    RunResult res = *r;
    res.command = jobCommandLine(m_ctx);
    res.wallNs = qint64(msg.value(QStringLiteral("wall_ns")).toDouble());
    if (res.output.isEmpty())
        res.output = out;
    QJsonObject raw = res.raw;
    QJsonObject agentMsg = msg;
    agentMsg.remove(QStringLiteral("stdout")); // kept once, in `output`
    raw.insert(QStringLiteral("agent_message"), agentMsg);
    if (!err.trimmed().isEmpty())
        raw.insert(QStringLiteral("stderr"), err);
    res.raw = raw;
    res.finishedAt = QDateTime::currentDateTimeUtc();
    return res;
}

} // namespace hvbench
