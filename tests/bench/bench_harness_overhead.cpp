// SPDX-License-Identifier: GPL-3.0-or-later
// bench_harness_overhead: does running a tool through hvbench cost anything?  For iperf3 on
// loopback, fio on a file, bonnie++ in a folder and PI, it runs the tool the way the runner's
// bare-metal path does (a BenchJob driving `hvbench-agent --stdio` through ProcessAgentLink and
// AgentClient: the exact argv BenchJob::mainArgv() builds, executed by the agent) and the same
// argv by hand (QProcess from this test: same environment, same files), alternated in one
// session, and prints per metric the median of each side and their ratio (target >= 0.99):
//   BENCH harness <tool> <metric> hvbench=… byhand=… ratio=… (n=…, min..max hvbench …, byhand …)
// ratio = hvbench/byhand for throughputs, byhand/hvbench for costs (PI cycles), so 1 means no
// overhead and < 1 means hvbench is slower.  Timing is printed, never asserted: the bench fails
// only when a measurement could not be made.  Disk runs drop the page cache first on both sides
// (BenchJob's prepare step for hvbench, the same shell command by hand), so it needs root.
#include "bench/measurement.h"
#include "guest/agentclient.h"
#include "guest/processagentlink.h"
#include "model/benchmark.h"
#include "model/runresult.h"
#include "run/benchjob.h"
#include "run/iperf3servers.h"
#include "workloads/pi_workload.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace hvbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPairs = 3; // hvbench/by-hand pairs per tool
constexpr int kHelloTimeoutMs = 30'000;
constexpr int kRunTimeoutMs = 300'000; // one tool run, either side
constexpr int kIperf3Seconds = 3;
constexpr int kFioSizeMiB = 64;
constexpr int kFioRuntimeS = 2;
constexpr int kBonnieSizeMiB = 512; // -s; with -r 256 bonnie++ accepts it (>= 2 × RAM)
constexpr int kBonnieRamMiB = 256;  // -r
const QString kDropCaches = u"sync; echo 3 > /proc/sys/vm/drop_caches"_s;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs the event loop until done() holds or timeoutMs passes.  (A bench main, not app code.)
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString num(double v)
{
    return QString::number(v, 'f', std::abs(v) >= 1000 ? 0 : 2);
}

// A TCP port on 127.0.0.1 nobody listens on right now (bind to port 0, read it back, close).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

// ---- through hvbench: one bare-metal agent, one BenchJob per run, as the runner does ----------
class ThroughHvbench {
public:
    bool start(const QString &agentPath, QString *why)
    {
        m_client =
            std::make_unique<agent::AgentClient>(std::make_unique<agent::ProcessAgentLink>(agentPath), kHelloTimeoutMs);
        QObject::connect(m_client.get(), &agent::AgentClient::ready, [this] { m_ready = true; });
        QObject::connect(m_client.get(), &agent::AgentClient::failed, [this](const QString &m) { m_agentFailure = m; });
        QObject::connect(m_client.get(), &agent::AgentClient::resultReceived, [this](const QJsonObject &m) {
            if (m_job)
                m_job->onAgentMessage(m);
        });
        spinUntil([this] { return m_ready || !m_agentFailure.isEmpty(); }, kHelloTimeoutMs + 5000);
        if (!m_ready)
            *why = m_agentFailure.isEmpty() ? u"no hello from %1"_s.arg(agentPath) : m_agentFailure;
        return m_ready;
    }

    void stop()
    {
        if (m_client && m_agentFailure.isEmpty())
            m_client->shutdown();
        m_client.reset(); // ProcessAgentLink waits for the agent to exit
    }

    // prepare (drop caches, folders) → run → clean up, exactly as the runner drives one job.
    std::optional<RunResult> run(const JobContext &ctx, QString *why)
    {
        BenchJob job(ctx, m_client.get());
        m_job = &job;
        bool prepared = false;
        std::optional<RunResult> result;
        QString failure;
        QObject::connect(&job, &BenchJob::prepared, [&] { prepared = true; });
        QObject::connect(&job, &BenchJob::finished, [&](const RunResult &r) { result = r; });
        QObject::connect(&job, &BenchJob::failed, [&](const QString &m) { failure = m.isEmpty() ? u"failed"_s : m; });
        auto stuck = [&] { return !failure.isEmpty() || !m_agentFailure.isEmpty(); };
        job.prepare();
        if (spinUntil([&] { return prepared || stuck(); }, kRunTimeoutMs) && prepared) {
            job.run();
            spinUntil([&] { return result.has_value() || stuck(); }, kRunTimeoutMs + 10'000);
        }
        m_job = nullptr;
        if (!result)
            *why = !failure.isEmpty()          ? failure
                   : !m_agentFailure.isEmpty() ? m_agentFailure
                                               : u"no answer from the agent in time"_s;
        return result;
    }

private:
    std::unique_ptr<agent::AgentClient> m_client;
    BenchJob *m_job = nullptr;
    bool m_ready = false;
    QString m_agentFailure;
};

// ---- by hand: the same argv with QProcess, same environment and working directory ------------
struct ProcOut {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

std::optional<ProcOut> runByHand(const QStringList &argv, QString *why)
{
    QProcess p;
    bool done = false;
    QObject::connect(&p, &QProcess::finished, [&] { done = true; });
    QObject::connect(&p, &QProcess::errorOccurred, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done = true;
    });
    p.start(argv.first(), argv.mid(1));
    p.closeWriteChannel(); // the agent gives its programs no input either
    if (!spinUntil([&] { return done; }, kRunTimeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        *why = u"%1 did not finish in time"_s.arg(commandLine(argv));
        return std::nullopt;
    }
    if (p.error() == QProcess::FailedToStart || p.exitStatus() != QProcess::NormalExit) {
        *why = u"%1: %2"_s.arg(commandLine(argv), p.errorString());
        return std::nullopt;
    }
    return ProcOut{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

bool dropCachesByHand(QString *why)
{
    QProcess p;
    p.start(u"sh"_s, {u"-c"_s, kDropCaches});
    if (p.waitForFinished(kRunTimeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *why = u"could not drop the page cache (%1): %2 (root is needed)"_s.arg(
        kDropCaches, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return false;
}

// ---- one tool ---------------------------------------------------------------------------------
struct Tool {
    QString name; // as printed: iperf3, fio, bonnie++, pi
    JobContext ctx;
    QList<MetricInfo> metrics;    // the figures compared (unit in every name)
    bool metricsFromRuns = false; // bonnie++: every metric each run measured (+++++ is absent)
    std::function<std::optional<QJsonObject>(QString *)> byHand; // metrics of one by-hand run
    std::function<void()> beforeRun;                             // e.g. let the iperf3 server settle
};

QJsonObject metricsOf(const Result<RunResult> &r, const QString &cmd, QString *why)
{
    if (!r) {
        *why = u"%1: %2"_s.arg(cmd, r.errorMessage());
        return {};
    }
    return r->metrics;
}

// A by-hand run of a tool whose output one of bench::*Measurement reads.
std::function<std::optional<QJsonObject>(QString *)>
byHandTool(const QStringList &argv, std::function<Result<RunResult>(const ProcOut &)> measure,
           std::function<bool(QString *)> prepare = {}, std::function<void()> cleanup = {})
{
    return [=](QString *why) -> std::optional<QJsonObject> {
        if (prepare && !prepare(why))
            return std::nullopt;
        const auto p = runByHand(argv, why);
        if (cleanup)
            cleanup();
        if (!p)
            return std::nullopt;
        const QJsonObject m = metricsOf(measure(*p), commandLine(argv), why);
        if (m.isEmpty())
            return std::nullopt;
        return m;
    };
}

Result<RunResult> exitedCleanly(const ProcOut &p, const std::function<Result<RunResult>(const QByteArray &)> &f)
{
    if (p.exitCode != 0)
        return Error{
            u"exited with %1: %2"_s.arg(p.exitCode).arg(QString::fromUtf8(p.err + p.out).trimmed().right(600))};
    return f(p.out);
}

bool compare(Tool &tool, ThroughHvbench &hv)
{
    const QStringList argv = BenchJob(tool.ctx, nullptr).mainArgv();
    out() << "harness " << tool.name << ": hvbench runs "
          << (tool.ctx.benchmark == Benchmark::Pi
                  ? u"the agent's pi workload (%1 digits)"_s.arg(tool.ctx.suite.piDigits)
                  : commandLine(argv))
          << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    std::vector<QJsonObject> hvRuns;
    std::vector<QJsonObject> handRuns;
    for (int pair = 0; pair < kPairs; ++pair) {
        // Alternate which side goes first (AB BA AB …) so drift hits both alike.
        for (int k = 0; k < 2; ++k) {
            const bool hvTurn = (pair + k) % 2 == 0;
            if (tool.beforeRun)
                tool.beforeRun();
            QString why;
            std::optional<QJsonObject> m;
            if (hvTurn) {
                JobContext ctx = tool.ctx;
                ctx.id = u"harness-%1-%2"_s.arg(benchmarkId(ctx.benchmark)).arg(pair);
                if (const auto r = hv.run(ctx, &why)) {
                    m = r->metrics;
                    if (r->isPi()) // PI's figures are fields of RunResult, not metrics
                        m->insert(u"cycles"_s, double(r->cycles));
                }
            } else {
                m = tool.byHand(&why);
            }
            const char *who = hvTurn ? "hvbench" : "byhand ";
            if (!m) {
                out() << "harness " << tool.name << " pair " << pair + 1 << ' ' << who << ": FAILED: " << why
                      << Qt::endl;
                return false;
            }
            QStringList shown;
            for (const MetricInfo &mi : std::as_const(tool.metrics))
                if (m->contains(mi.name))
                    shown << mi.name + u'=' + num(m->value(mi.name).toDouble());
            if (tool.metricsFromRuns)
                for (auto it = m->begin(); it != m->end(); ++it)
                    if (it.key().endsWith(u"_kib_s") || it.key().endsWith(u"_per_s"))
                        shown << it.key() + u'=' + num(it.value().toDouble());
            out() << "harness " << tool.name << " pair " << pair + 1 << ' ' << who << ": " << shown.join(u' ')
                  << Qt::endl;
            (hvTurn ? hvRuns : handRuns).push_back(*m);
        }
    }

    QList<MetricInfo> metrics = tool.metrics;
    if (tool.metricsFromRuns) {
        // Compare what every run measured; name what some runs could not (bonnie++'s +++++).
        const QStringList candidates{u"block_write_kib_s"_s, u"rewrite_kib_s"_s, u"block_read_kib_s"_s,
                                     u"random_seeks_per_s"_s};
        for (const QString &name : candidates) {
            int have = 0;
            for (const auto *runs : {&hvRuns, &handRuns})
                for (const QJsonObject &r : *runs)
                    have += r.contains(name) ? 1 : 0;
            const int all = int(hvRuns.size() + handRuns.size());
            if (have == all)
                metrics.append({name, true});
            else
                out() << "harness " << tool.name << ' ' << name << ": measured in " << have << " of " << all
                      << " runs (bonnie++ prints +++++ when a test is too fast to time), not compared" << Qt::endl;
        }
        if (metrics.isEmpty()) {
            out() << "harness " << tool.name << ": FAILED: no figure was measured in every run" << Qt::endl;
            return false;
        }
    }
    for (const MetricInfo &mi : std::as_const(metrics)) {
        std::vector<double> hvv;
        std::vector<double> bhv;
        for (const QJsonObject &r : hvRuns)
            hvv.push_back(r.value(mi.name).toDouble());
        for (const QJsonObject &r : handRuns)
            bhv.push_back(r.value(mi.name).toDouble());
        const double hvMed = median(hvv);
        const double bhMed = median(bhv);
        if (hvMed <= 0 || bhMed <= 0) {
            out() << "harness " << tool.name << ' ' << mi.name << ": FAILED: a median is not positive (hvbench "
                  << num(hvMed) << ", by hand " << num(bhMed) << ')' << Qt::endl;
            return false;
        }
        const double ratio = mi.higherIsBetter ? hvMed / bhMed : bhMed / hvMed;
        const auto [hvLo, hvHi] = std::minmax_element(hvv.begin(), hvv.end());
        const auto [bhLo, bhHi] = std::minmax_element(bhv.begin(), bhv.end());
        out() << "BENCH harness " << tool.name << ' ' << mi.name << " hvbench=" << num(hvMed)
              << " byhand=" << num(bhMed) << " ratio=" << QString::number(ratio, 'f', 3) << " (n=" << hvv.size()
              << ", min..max hvbench " << num(*hvLo) << ".." << num(*hvHi) << " byhand " << num(*bhLo) << ".."
              << num(*bhHi) << ')' << Qt::endl;
    }
    out() << "harness " << tool.name << ": " << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s for "
          << 2 * kPairs << " runs" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString agentPath = qEnvironmentVariable("HVBENCH_AGENT");
    if (agentPath.isEmpty())
        agentPath = QStringLiteral(HVBENCH_AGENT_PATH);
    const QString piStandalone = QStringLiteral(PI_STANDALONE_PATH);
    QElapsedTimer total;
    total.start();

    QTemporaryDir work(u"/var/tmp/hvbench-harness-XXXXXX"_s);
    if (!work.isValid()) {
        out() << "harness: FAILED: cannot make a folder in /var/tmp: " << work.errorString() << Qt::endl;
        return 1;
    }
    ThroughHvbench hv;
    QString why;
    if (!hv.start(agentPath, &why)) {
        out() << "harness: FAILED: the bare-metal agent did not start: " << why << Qt::endl;
        return 1;
    }

    JobContext base;
    base.who = u"bare-metal"_s;
    base.bareMetal = true;
    base.vcpus = 1;
    base.baselineDir = work.path();
    base.timeoutMs = kRunTimeoutMs;

    // PI: the agent's runPi (a "run" message) versus the standalone binary of bench_pi_overhead.
    Tool pi;
    pi.name = u"pi"_s;
    pi.ctx = base;
    pi.ctx.benchmark = Benchmark::Pi;
    pi.ctx.suite.piDigits = workloads::kDefaultPiDigits;
    pi.metrics = keyMetrics(Benchmark::Pi); // cycles, a cost
    pi.byHand =
        byHandTool({piStandalone, QString::number(pi.ctx.suite.piDigits)}, [](const ProcOut &p) -> Result<RunResult> {
            if (p.exitCode != 0)
                return Error{u"exited with %1: %2"_s.arg(p.exitCode).arg(QString::fromUtf8(p.err).trimmed())};
            const QJsonObject o = QJsonDocument::fromJson(p.out).object();
            if (!o.value(u"digits_ok").toBool() || o.value(u"cycles").toDouble() <= 0)
                return Error{u"wrong output: %1"_s.arg(QString::fromUtf8(p.out).trimmed())};
            RunResult r;
            r.metrics = {{u"cycles"_s, o.value(u"cycles").toDouble()}};
            return r;
        });

    // iperf3 -c 127.0.0.1 to one server on a free loopback port.
    Iperf3Servers servers;
    bool serversReady = false;
    QString serversFailure;
    QObject::connect(&servers, &Iperf3Servers::ready, [&] { serversReady = true; });
    QObject::connect(&servers, &Iperf3Servers::failed, [&](const QString &m) { serversFailure = m; });
    int port = 0;
    for (int attempt = 0; attempt < 3 && !serversReady; ++attempt) { // another process may take the port first
        port = freeLoopbackPort();
        serversFailure.clear();
        servers.start(u"127.0.0.1"_s, {port});
        spinUntil([&] { return serversReady || !serversFailure.isEmpty(); }, Iperf3Servers::kStartTimeoutMs + 5000);
    }
    if (!serversReady) {
        out() << "harness: FAILED: no iperf3 server on 127.0.0.1: " << serversFailure << Qt::endl;
        return 1;
    }
    Tool iperf3;
    iperf3.name = u"iperf3"_s;
    iperf3.ctx = base;
    iperf3.ctx.benchmark = Benchmark::NetOut;
    iperf3.ctx.suite.net.durationS = kIperf3Seconds;
    iperf3.ctx.suite.net.streams = 1;
    iperf3.ctx.peerAddress = u"127.0.0.1"_s;
    iperf3.ctx.peerPort = port;
    iperf3.metrics = keyMetrics(Benchmark::NetOut); // throughput_mbps
    iperf3.byHand = byHandTool(BenchJob(iperf3.ctx, nullptr).mainArgv(), [](const ProcOut &p) {
        return bench::iperf3Measurement(p.out, Benchmark::NetOut); // -J reports its own errors
    });
    // The server takes a moment after a test before it accepts the next ("server is busy").
    iperf3.beforeRun = [] { spinUntil([] { return false; }, 500); };

    // fio on a file under the work folder (BenchJob: mkdir + drop caches before, rm after; by hand alike).
    Tool fio;
    fio.name = u"fio"_s;
    fio.ctx = base;
    fio.ctx.benchmark = Benchmark::Fio;
    fio.ctx.suite.fio.sizeMiB = kFioSizeMiB;
    fio.ctx.suite.fio.runtimeS = kFioRuntimeS;
    fio.metrics = keyMetrics(Benchmark::Fio);
    const QString fioFile = work.path() + u"/fio.dat"_s;
    fio.byHand = byHandTool(
        BenchJob(fio.ctx, nullptr).mainArgv(), [](const ProcOut &p) { return exitedCleanly(p, bench::fioMeasurement); },
        [&](QString *w) { return QDir().mkpath(work.path()) && dropCachesByHand(w); },
        [fioFile] { QFile::remove(fioFile); });

    // bonnie++ in a folder there (block figures only: -f; -n 0).
    Tool bonnie;
    bonnie.name = u"bonnie++"_s;
    bonnie.ctx = base;
    bonnie.ctx.benchmark = Benchmark::Bonnie;
    bonnie.ctx.ramMiB = kBonnieRamMiB;
    bonnie.ctx.suite.bonnie.sizeMiB = kBonnieSizeMiB;
    bonnie.metricsFromRuns = true;
    const QString bonnieDir = work.path() + u"/bonnie"_s;
    bonnie.byHand = byHandTool(
        BenchJob(bonnie.ctx, nullptr).mainArgv(),
        [](const ProcOut &p) { return exitedCleanly(p, bench::bonnieMeasurement); },
        [&](QString *w) { return QDir().mkpath(bonnieDir) && dropCachesByHand(w); },
        [bonnieDir] { QDir(bonnieDir).removeRecursively(); });

    out() << "bench_harness_overhead: " << kPairs << " pairs per tool, hvbench (BenchJob → " << agentPath
          << " --stdio) and by hand alternated; work folder " << work.path() << Qt::endl;
    bool ok = true;
    for (Tool *tool : {&pi, &iperf3, &fio, &bonnie}) {
        if (!compare(*tool, hv)) {
            ok = false;
            break;
        }
    }
    hv.stop();
    bool serversStopped = false;
    QObject::connect(&servers, &Iperf3Servers::stopped, [&] { serversStopped = true; });
    servers.stop();
    spinUntil([&] { return serversStopped; }, Iperf3Servers::kKillAfterMs + 3000);
    out() << "bench_harness_overhead: " << QString::number(total.elapsed() / 1000.0, 'f', 1) << " s in all" << Qt::endl;
    return ok ? 0 : 1;
}
