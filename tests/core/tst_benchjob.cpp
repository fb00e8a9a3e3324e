// SPDX-License-Identifier: GPL-3.0-or-later
// BenchJob on a real bare-metal agent ($HVBENCH_AGENT --stdio through ProcessAgentLink and
// AgentClient, wired as the runner wires it): pi, 7-Zip with two copies, fio and bonnie++ in a
// temporary folder under /var/tmp, iperf3 against Iperf3Servers on 127.0.0.1, the external score
// through sh; and the ways a job fails (garbage output, non-zero exit, a failed prepare step,
// nobody listening).  Small sizes: the whole test takes well under a minute.
#include "guest/agentclient.h"
#include "guest/processagentlink.h"
#include "run/benchjob.h"
#include "run/iperf3servers.h"
#include "toolruns.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hvbench;

namespace {
constexpr int kJobTimeoutMs = 60'000;

using toolruns::freeLoopbackPort;

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty() ||
           !QStandardPaths::findExecutable(QLatin1String(name), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty();
}

struct Outcome {
    bool prepared = false;
    bool finished = false;
    bool failed = false;
    RunResult result;
    QString error;
    QString agentError; // AgentClient::failed (the client is unusable afterwards)
    QString command;    // commandLine(mainArgv()) of the job
};

JobContext bareMetal(Benchmark b, const QString &id)
{
    JobContext c;
    c.benchmark = b;
    c.suite.enabled = {b};
    c.who = QStringLiteral("bare-metal");
    c.bareMetal = true;
    c.vcpus = 1;
    c.ramMiB = 16;
    c.id = id;
    c.timeoutMs = kJobTimeoutMs;
    return c;
}
} // namespace

class TestBenchJob : public QObject {
    Q_OBJECT

    agent::AgentClient *m_client = nullptr;
    BenchJob *m_job = nullptr; // the job the agent's answers go to (as Runner::attachClient routes them)
    QString m_agentError;

    // prepare(), then (once prepared) run(): as the runner does it for one guest.
    Outcome runJob(const JobContext &ctx)
    {
        Outcome o;
        BenchJob job(ctx, m_client);
        o.command = commandLine(job.mainArgv());
        m_job = &job;
        connect(&job, &BenchJob::prepared, &job, [&] {
            o.prepared = true;
            job.run();
        });
        connect(&job, &BenchJob::finished, &job, [&](const RunResult &r) {
            o.finished = true;
            o.result = r;
        });
        connect(&job, &BenchJob::failed, &job, [&](const QString &m) {
            o.failed = true;
            o.error = m;
        });
        job.prepare();
        const bool done =
            QTest::qWaitFor([&] { return o.finished || o.failed || !m_agentError.isEmpty(); }, kJobTimeoutMs + 10'000);
        m_job = nullptr;
        if (!done)
            o.error = QStringLiteral("timed out");
        o.agentError = m_agentError;
        if (!m_agentError.isEmpty())
            o.error = QStringLiteral("agent failed: ") + m_agentError;
        QTest::qWait(50); // a second answer would arrive now (and fail the check below)
        if (o.finished && o.failed)
            o.error = QStringLiteral("both finished and failed: ") + o.error;
        return o;
    }

    // What every result of a job holds.
    static void checkCommon(const Outcome &o, const JobContext &ctx)
    {
        QVERIFY2(o.finished && !o.failed, qPrintable(o.error));
        const RunResult &r = o.result;
        QCOMPARE(r.workload, benchmarkId(ctx.benchmark));
        QVERIFY(!r.command.isEmpty());
        if (ctx.benchmark == Benchmark::CpuScore && ctx.vcpus > 1)
            QCOMPARE(r.command, o.command + QStringLiteral("  (%1 copies at once)").arg(ctx.vcpus));
        else
            QCOMPARE(r.command, o.command);
        if (ctx.benchmark != Benchmark::Pi) { // pi: the agent's own figures, all in raw
            QVERIFY(!r.toolVersion.isEmpty());
            QVERIFY(!r.output.isEmpty());
        }
        QVERIFY2(r.wallNs > 0, qPrintable(QString::number(r.wallNs)));
        QVERIFY(r.finishedAt.isValid());
        QVERIFY(!r.raw.isEmpty());
        for (const MetricInfo &m : keyMetrics(ctx.benchmark)) // bonnie++: what it could time (see bonnie())
            QVERIFY2(r.metric(m.name).has_value() || ctx.benchmark == Benchmark::Bonnie, qPrintable(m.name));
    }

private Q_SLOTS:
    void init()
    {
        const QString agentPath = qEnvironmentVariable("HVBENCH_AGENT");
        QVERIFY2(QFileInfo::exists(agentPath), "HVBENCH_AGENT must name the built hvbench-agent");
        m_agentError.clear();
        m_client = new agent::AgentClient(std::make_unique<agent::ProcessAgentLink>(agentPath), 10'000);
        connect(m_client, &agent::AgentClient::resultReceived, this, [this](const QJsonObject &m) {
            if (m_job)
                m_job->onAgentMessage(m);
        });
        connect(m_client, &agent::AgentClient::failed, this, [this](const QString &m) { m_agentError = m; });
        QSignalSpy ready(m_client, &agent::AgentClient::ready);
        QVERIFY2(ready.wait(10'000) || !ready.isEmpty(), qPrintable(m_agentError));
    }

    void cleanup()
    {
        if (m_client)
            m_client->shutdown();
        delete m_client; // the link waits for the agent to exit
        m_client = nullptr;
    }

    void commandLineQuoting_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << QStringList{QStringLiteral("fio"), QStringLiteral("--size=16M"),
                                              QStringLiteral("--filename=/var/tmp/x/fio.dat")}
                               << QStringLiteral("fio --size=16M --filename=/var/tmp/x/fio.dat");
        QTest::newRow("space") << QStringList{QStringLiteral("echo"), QStringLiteral("a b")}
                               << QStringLiteral("echo 'a b'");
        QTest::newRow("single quote") << QStringList{QStringLiteral("echo"), QStringLiteral("it's")}
                                      << QStringLiteral("echo 'it'\\''s'");
        QTest::newRow("shell characters")
            << QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $HOME; ls *")}
            << QStringLiteral("sh -c 'echo $HOME; ls *'");
        QTest::newRow("empty argument") << QStringList{QStringLiteral("a"), QString()} << QStringLiteral("a ''");
        QTest::newRow("empty argv") << QStringList{} << QString();
        QTest::newRow("plain punctuation") << QStringList{QStringLiteral("user@host:a,b+c%d=e_f.g-h/i")}
                                           << QStringLiteral("user@host:a,b+c%d=e_f.g-h/i");
    }

    void commandLineQuoting()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, line);
        QCOMPARE(commandLine(argv), line);
        // What a shell makes of the line is the argv again.
        if (argv.isEmpty())
            return;
        QProcess p;
        p.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("set -f; f() { for a in \"$@\"; do printf '%s\\n' \"$a\"; done; }; f ") + line});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), argv.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }

    void pi()
    {
        JobContext ctx = bareMetal(Benchmark::Pi, QStringLiteral("t-pi"));
        ctx.suite.piDigits = 2000;
        const Outcome o = runJob(ctx);
        checkCommon(o, ctx);
        QCOMPARE(o.result.command, QStringLiteral("hvbench-agent pi --digits 2000"));
        QVERIFY(o.result.cycles > 0);
        QCOMPARE(o.result.raw.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("digits")).toInt(),
                 2000);
    }

    void cpuScore()
    {
        if (!haveTool("7zz"))
            QSKIP("7zz is not installed");
        JobContext ctx = bareMetal(Benchmark::CpuScore, QStringLiteral("t-cpu"));
        ctx.suite.cpu.dictLog = 16;
        ctx.vcpus = 2;
        const Outcome o = runJob(ctx);
        checkCommon(o, ctx);
        QVERIFY2(o.command.startsWith(QLatin1String("7zz b 1 -mmt1 -md16")), qPrintable(o.command));
        QVERIFY2(o.result.command.contains(QLatin1String("2 copies")), qPrintable(o.result.command));
        QCOMPARE(o.result.metrics.value(QStringLiteral("copies")).toDouble(), 2.0);
        const double lo = o.result.metrics.value(QStringLiteral("copy_min_mips")).toDouble();
        const double hi = o.result.metrics.value(QStringLiteral("copy_max_mips")).toDouble();
        QVERIFY(lo > 0 && lo <= hi);
        QVERIFY(o.result.metrics.value(QStringLiteral("score_mips")).toDouble() >= lo + hi - 1e-9);
        QVERIFY(o.result.toolVersion.startsWith(QLatin1String("7-Zip ")));
        QCOMPARE(o.result.output.count(QLatin1String("--- next copy ---")), 1);
    }

    void fio()
    {
        if (!haveTool("fio"))
            QSKIP("fio is not installed");
        if (::geteuid() != 0)
            QSKIP("dropping the page cache needs root");
        QTemporaryDir tmp(QStringLiteral("/var/tmp/hvbt-benchjob-XXXXXX"));
        QVERIFY(tmp.isValid());
        JobContext ctx = bareMetal(Benchmark::Fio, QStringLiteral("t-fio"));
        ctx.baselineDir = tmp.path() + QStringLiteral("/base line"); // made by the job; a space to quote
        ctx.suite.fio.sizeMiB = 16;
        ctx.suite.fio.runtimeS = 1;
        const Outcome o = runJob(ctx);
        checkCommon(o, ctx);
        for (const char *m : {"seq_write_mib_s", "seq_read_mib_s", "rand_write_iops", "rand_read_iops"})
            QVERIFY2(o.result.metrics.value(QLatin1String(m)).toDouble() > 0, m);
        QVERIFY(o.result.toolVersion.startsWith(QLatin1String("fio")));
        QVERIFY2(o.command.contains(QLatin1String("'--filename=") + ctx.baselineDir + QLatin1String("/fio.dat'")),
                 qPrintable(o.command));
        QVERIFY(QFileInfo(ctx.baselineDir).isDir());
        QVERIFY2(!QFileInfo::exists(ctx.baselineDir + QStringLiteral("/fio.dat")), "fio's file was not removed");
        QVERIFY(o.result.warnings.isEmpty());
    }

    void bonnie()
    {
        if (!haveTool("bonnie++"))
            QSKIP("bonnie++ is not installed");
        if (::geteuid() != 0)
            QSKIP("dropping the page cache needs root (and -u root)");
        QTemporaryDir tmp(QStringLiteral("/var/tmp/hvbt-benchjob-XXXXXX"));
        QVERIFY(tmp.isValid());
        JobContext ctx = bareMetal(Benchmark::Bonnie, QStringLiteral("t-bonnie"));
        ctx.baselineDir = tmp.path();
        // -r 32 -s 64 with O_DIRECT: block write takes ~2 s here, block read is often "+++++".  On a
        // machine so fast that neither block test can be timed, the job fails saying so: then once
        // more with a 4× larger data set.
        Outcome o;
        for (int ramMiB : {32, 128}) {
            ctx.ramMiB = ramMiB;
            o = runJob(ctx);
            if (!o.failed)
                break;
            QVERIFY2(o.error.contains(QLatin1String("larger -s")), qPrintable(o.error));
            QVERIFY2(o.error.contains(o.command), qPrintable(o.error));
            qInfo("bonnie++ -s %d could not time a block test: %s", 2 * ramMiB, qPrintable(o.error));
        }
        checkCommon(o, ctx);
        QVERIFY2(o.command.contains(QStringLiteral(" -s %1 -r %2 ").arg(2 * ctx.ramMiB).arg(ctx.ramMiB)),
                 qPrintable(o.command));
        QVERIFY(o.result.toolVersion.startsWith(QLatin1String("bonnie++ ")));
        // At least one block figure was timed (or the job would have failed); one bonnie++ could
        // not time is a warning naming it, never a zero.
        const QString warnings = o.result.warnings.join(QLatin1Char('\n'));
        qInfo("bonnie++: %s; warnings: %s",
              qPrintable(QString::fromUtf8(QJsonDocument(o.result.metrics).toJson(QJsonDocument::Compact))),
              qPrintable(warnings));
        int measured = 0;
        for (const auto &[metric, label] :
             {std::pair{"block_write_kib_s", "block write"}, std::pair{"block_read_kib_s", "block read"}}) {
            if (o.result.metrics.contains(QLatin1String(metric))) {
                ++measured;
                QVERIFY(o.result.metrics.value(QLatin1String(metric)).toDouble() > 0);
            } else {
                QVERIFY2(warnings.contains(QLatin1String(label)), qPrintable(warnings));
            }
        }
        QVERIFY(measured > 0);
        QVERIFY2(!QFileInfo::exists(tmp.path() + QStringLiteral("/bonnie")), "bonnie++'s folder was not removed");
    }

    void externalScore_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QString>("jsonPath");
        QTest::addColumn<double>("score");
        QTest::newRow("regex") << QStringLiteral("echo 'score: 42.5'") << QStringLiteral("score: ([0-9.]+)")
                               << QString() << 42.5;
        QTest::newRow("json path")
            << QStringLiteral("echo 'log line'; echo '{\"wl-scores\": {\"gen\": 3.5}, \"results\": [{\"value\": 17}]}'")
            << QString() << QStringLiteral("results[0].value") << 17.0;
        QTest::newRow("json path with dash") << QStringLiteral("echo '{\"wl-scores\": {\"gen\": 3.5}}'") << QString()
                                             << QStringLiteral("wl-scores.gen") << 3.5;
    }

    void externalScore()
    {
        QFETCH(QString, script);
        QFETCH(QString, regex);
        QFETCH(QString, jsonPath);
        QFETCH(double, score);
        JobContext ctx = bareMetal(Benchmark::ExternalScore, QStringLiteral("t-ext"));
        ctx.suite.external = {
            {QStringLiteral("sh"), QStringLiteral("-c"), script}, jsonPath, regex, QStringLiteral("pts"), true};
        const Outcome o = runJob(ctx);
        checkCommon(o, ctx);
        QCOMPARE(o.result.metrics.value(QStringLiteral("score")).toDouble(), score);
        QCOMPARE(o.result.toolVersion, QStringLiteral("sh"));
        QCOMPARE(o.result.command, QStringLiteral("sh -c ") + commandLine({script}));
        QVERIFY(o.result.output.startsWith(script.contains(QLatin1String("log line")) ? QStringLiteral("log line")
                                                                                      : QString()));
    }

    void netOut()
    {
        if (!haveTool("iperf3"))
            QSKIP("iperf3 is not installed");
        const int port = freeLoopbackPort();
        QVERIFY(port > 0);
        Iperf3Servers servers;
        QSignalSpy ready(&servers, &Iperf3Servers::ready);
        QSignalSpy failed(&servers, &Iperf3Servers::failed);
        servers.start(QStringLiteral("127.0.0.1"), {port});
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15'000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

        JobContext ctx = bareMetal(Benchmark::NetOut, QStringLiteral("t-net"));
        ctx.peerAddress = servers.bindAddress();
        ctx.peerPort = port;
        ctx.suite.net.durationS = 1;
        ctx.suite.net.streams = 2;
        const Outcome o = runJob(ctx);
        QSignalSpy stopped(&servers, &Iperf3Servers::stopped);
        servers.stop();
        QVERIFY(stopped.wait(10'000) || !stopped.isEmpty());
        checkCommon(o, ctx);
        QVERIFY(o.result.metrics.value(QStringLiteral("throughput_mbps")).toDouble() > 0);
        QCOMPARE(o.result.metrics.value(QStringLiteral("streams")).toDouble(), 2.0);
        QVERIFY2(o.command.startsWith(QStringLiteral("iperf3 -c 127.0.0.1 -p %1 -J -t 1 -P 2").arg(port)),
                 qPrintable(o.command));
        QVERIFY(!o.command.contains(QLatin1String("-R")));
        QVERIFY(o.result.toolVersion.contains(QLatin1String("3.")));
    }

    // ------------------------------------------------------------------ bad paths

    void externalGarbage()
    {
        JobContext ctx = bareMetal(Benchmark::ExternalScore, QStringLiteral("t-garbage"));
        ctx.suite.external = {{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hello")},
                              {},
                              QStringLiteral("score: ([0-9.]+)"),
                              QStringLiteral("pts"),
                              true};
        const Outcome o = runJob(ctx);
        QVERIFY2(o.failed && !o.finished, qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("\"hello\"")), qPrintable(o.error));          // quotes the output
        QVERIFY2(o.error.contains(QLatin1String("sh -c 'echo hello'")), qPrintable(o.error)); // names the command
        QVERIFY2(o.error.startsWith(QLatin1String("bare-metal")), qPrintable(o.error));
    }

    void externalJsonPathMissing()
    {
        JobContext ctx = bareMetal(Benchmark::ExternalScore, QStringLiteral("t-nojson"));
        ctx.suite.external = {{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo '{\"x\": 1}'")},
                              QStringLiteral("score"),
                              {},
                              QStringLiteral("pts"),
                              true};
        const Outcome o = runJob(ctx);
        QVERIFY2(o.failed && !o.finished, qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("\"score\"")), qPrintable(o.error));
    }

    void nonZeroExit()
    {
        JobContext ctx = bareMetal(Benchmark::ExternalScore, QStringLiteral("t-exit"));
        ctx.suite.external = {{QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("echo 'score: 1'; echo 'license expired' >&2; exit 3")},
                              {},
                              QStringLiteral("score: ([0-9.]+)"),
                              QStringLiteral("pts"),
                              true};
        const Outcome o = runJob(ctx);
        QVERIFY2(o.failed && !o.finished, qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("exited with 3")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("license expired")), qPrintable(o.error));
    }

    // A program the agent cannot start: the agent answers with an "error" message, which ends the
    // AgentClient (the runner stops the run with that message); the job itself gets no answer.
    void missingTool()
    {
        JobContext ctx = bareMetal(Benchmark::ExternalScore, QStringLiteral("t-missing"));
        ctx.suite.external = {{QStringLiteral("/nonexistent/hvbench-scorer")},
                              {},
                              QStringLiteral("s: ([0-9]+)"),
                              QStringLiteral("pts"),
                              true};
        const Outcome o = runJob(ctx);
        QVERIFY2(!o.failed && !o.finished, qPrintable(o.error));
        QVERIFY2(o.agentError.contains(QLatin1String("cannot run \"/nonexistent/hvbench-scorer\"")),
                 qPrintable(o.error));
    }

    void prepareFails()
    {
        JobContext ctx = bareMetal(Benchmark::Fio, QStringLiteral("t-prep"));
        ctx.baselineDir = QStringLiteral("/proc/hvbench");
        ctx.suite.fio.sizeMiB = 16;
        const Outcome o = runJob(ctx);
        QVERIFY2(o.failed && !o.finished, qPrintable(o.error));
        QVERIFY(!o.prepared);
        // Names who, the step, its command and the tool's complaint.
        QVERIFY2(o.error.startsWith(QLatin1String("bare-metal could not make the folder /proc/hvbench")),
                 qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("mkdir -p")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("exited with 1")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("cannot create directory")), qPrintable(o.error));
    }

    void iperf3NobodyListens()
    {
        if (!haveTool("iperf3"))
            QSKIP("iperf3 is not installed");
        JobContext ctx = bareMetal(Benchmark::NetIn, QStringLiteral("t-noserver"));
        ctx.peerAddress = QStringLiteral("127.0.0.1");
        ctx.peerPort = freeLoopbackPort();
        ctx.suite.net.durationS = 1;
        const Outcome o = runJob(ctx);
        QVERIFY2(o.failed && !o.finished, qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("unable to connect")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("-R")), qPrintable(o.error)); // the command, as run
    }
};

QTEST_GUILESS_MAIN(TestBenchJob)
#include "tst_benchjob.moc"
