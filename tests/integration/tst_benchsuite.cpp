// SPDX-License-Identifier: GPL-3.0-or-later
// The whole benchmark suite through `hvbench-cli run` on real guests (QEMU/TCG here): bare metal
// (with its network namespace on the run's bridge) and 2 concurrent VMs on the isolated network
// with file data disks; every benchmark's record checked; nothing left behind.  Then a run
// killed in the middle of the bare-metal network baseline: `hvbench-cli cleanup` removes the
// namespace, the network and nothing else.
#include "io/sessionfile.h"
#include "model/benchmark.h"
#include "ownedomains.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

namespace {
const QString kUri = QStringLiteral("qemu:///system");

QStringList namespacesWithPrefix(const QString &prefix)
{
    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
    ip.waitForFinished(10'000);
    QStringList found;
    for (const QString &line : QString::fromUtf8(ip.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            found.append(line.section(QLatin1Char(' '), 0, 0));
    return found;
}

struct Cli {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Cli runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(HVBENCH_CLI), args);
    Cli c;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    c.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = p.readAllStandardOutput();
    c.err = p.readAllStandardError();
    return c;
}
} // namespace

class TstBenchSuite : public QObject {
    Q_OBJECT
    QString m_pool = QStringLiteral("hvbench-test-suite");
    QString m_poolDir = QStringLiteral("/var/lib/libvirt/images/hvbench-test-suite");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HVBENCH_GUEST_DIR"), "HVBENCH_GUEST_DIR is not set");
        testutil::destroyPool(kUri, m_pool);
        const QString err = testutil::createDirPool(kUri, m_pool, m_poolDir);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanupTestCase()
    {
        testutil::destroyPool(kUri, m_pool);
        QDir(m_poolDir).removeRecursively();
    }

    void wholeSuiteOnBareMetalAndTwoVms()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("suite.hvbench"));
        const Cli run = runCli({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--out"), file,
                                QStringLiteral("--vms"), QStringLiteral("2"), QStringLiteral("--memory"), QStringLiteral("384"),
                                QStringLiteral("--network"), QStringLiteral("isolated"), QStringLiteral("--disk"),
                                QStringLiteral("file"), QStringLiteral("--pool"), m_pool, QStringLiteral("--disk-size"),
                                QStringLiteral("1024"), QStringLiteral("--benchmarks"),
                                QStringLiteral("pi,cpu-score,net-out,net-in,fio,bonnie"), QStringLiteral("--cpu-dict"),
                                QStringLiteral("16"), QStringLiteral("--iperf3-time"), QStringLiteral("3"),
                                QStringLiteral("--iperf3-streams"), QStringLiteral("2"), QStringLiteral("--fio-runtime"),
                                QStringLiteral("2"), QStringLiteral("--digits"), QStringLiteral("20000"),
                                QStringLiteral("--seed"), QStringLiteral("7")},
                               900'000);
        qInfo("hvbench-cli run stdout:\n%s", run.out.constData());
        QVERIFY2(run.code == 0, run.err.right(3000).constData());

        auto loaded = io::loadSession(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Session &s = *loaded;
        const QString prefix = QStringLiteral("hvbench-") + s.id;
        // 6 benchmarks × (bare metal + 2 guests).
        QCOMPARE(s.results.size(), 18);
        for (const RunResult &r : s.results) {
            const auto b = benchmarkFromId(r.workload);
            QVERIFY2(b, qPrintable(r.workload));
            QVERIFY2(!r.command.isEmpty(), qPrintable(r.workload));
            QVERIFY(r.wallNs > 0);
            if (*b == Benchmark::Pi) {
                QVERIFY(r.cycles > 0);
                continue;
            }
            const QString who = r.domain.isEmpty() ? QStringLiteral("bare metal") : r.domain;
            QVERIFY2(!r.toolVersion.isEmpty(), qPrintable(r.workload + who));
            QVERIFY2(!r.output.isEmpty(), qPrintable(r.workload + who));
            int present = 0;
            for (const MetricInfo &m : keyMetrics(*b))
                if (const auto v = r.metric(m.name)) {
                    QVERIFY2(*v > 0, qPrintable(QStringLiteral("%1 %2 %3 = %4").arg(who, r.workload, m.name).arg(*v)));
                    ++present;
                }
            // bonnie++ may report "+++++" (too fast to time) for one block figure: then it is a warning.
            if (*b == Benchmark::Bonnie)
                QVERIFY2(present >= 1 && present + r.warnings.size() >= 2, qPrintable(who));
            else
                QCOMPARE(present, int(keyMetrics(*b).size()));
            if (needsNetwork(*b)) {
                QVERIFY(r.command.contains(QStringLiteral("-J")));
                QCOMPARE(r.command.contains(QStringLiteral(" -R")), *b == Benchmark::NetIn);
                {
                    const QJsonObject live = r.raw.value(QStringLiteral("live_interface_mbps")).toObject();
                    const qsizetype n = live.value(QStringLiteral("t_ms")).toArray().size();
                    QVERIFY2(n > 0, qPrintable(who));
                    QCOMPARE(live.value(QStringLiteral("rx_mbps")).toArray().size(), n);
                    QCOMPARE(live.value(QStringLiteral("tx_mbps")).toArray().size(), n);
                }
            }
            if (needsDataDisk(*b) && !r.domain.isEmpty())
                QVERIFY2(r.command.contains(QStringLiteral("/dev/vd")) || r.command.contains(QStringLiteral("/mnt/hvbench")),
                         qPrintable(r.command));
            if (*b == Benchmark::Fio)
                QVERIFY(r.command.contains(QStringLiteral("--direct=1")));
        }
        // The manifest explains and records what the run did.
        const QJsonObject m = s.manifest;
        const QJsonObject t = m.value(QStringLiteral("timing")).toObject();
        const double wallS = t.value(QStringLiteral("rounds_wall_s")).toDouble();
        const double measuringS = t.value(QStringLiteral("measuring_s")).toDouble();
        QVERIFY2(measuringS > 0 && measuringS <= wallS, qPrintable(QStringLiteral("%1 / %2").arg(measuringS).arg(wallS)));
        qInfo("BENCH orchestration suite (bare metal + 2 VMs, 6 benchmarks): rounds %.1f s, inside benchmarks %.1f s, "
              "overhead %.1f %% (target for the quick preset: <= 5 %%)",
              wallS, measuringS, t.value(QStringLiteral("orchestration_pct")).toDouble());
        QVERIFY(m.value(QStringLiteral("skipped")).toArray().isEmpty());
        QVERIFY(!m.value(QStringLiteral("baseline_network")).toObject().value(QStringLiteral("why")).toString().isEmpty());
        QCOMPARE(m.value(QStringLiteral("iperf3_servers")).toArray().size(), 2);
        QCOMPARE(m.value(QStringLiteral("host_page_cache")).toString(), QStringLiteral("dropped"));
        const QJsonObject outcome = m.value(QStringLiteral("repeat_outcome")).toObject();
        QCOMPARE(outcome.value(QStringLiteral("seed")).toInteger(), 7);
        QCOMPARE(outcome.value(QStringLiteral("cells")).toObject().size(), 2);
        for (const QString &domain : m.value(QStringLiteral("domains")).toObject().keys())
            QVERIFY(m.value(QStringLiteral("domains")).toObject().value(domain).toString().contains(QStringLiteral("cache=\"none\"")));

        // Nothing of the run is left: guests, volumes, network, namespace, baseline files.
        QCOMPARE(testutil::domainsWithPrefix(kUri, prefix), QStringList());
        QCOMPARE(testutil::networksWithPrefix(kUri, prefix), QStringList());
        QCOMPARE(testutil::volumesWithPrefix(kUri, m_pool, prefix), QStringList());
        QCOMPARE(namespacesWithPrefix(prefix), QStringList());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/var/tmp/") + prefix));

        // `show` prints the % loss of every benchmark.
        const Cli show = runCli({QStringLiteral("show"), file}, 60'000);
        QCOMPARE(show.code, 0);
        for (const char *word : {"net-out", "net-in", "fio", "bonnie", "cpu-score", "throughput_mbps", "% loss"})
            QVERIFY2(show.out.contains(word), show.out.constData());
    }

    void killedDuringTheNetworkBaselineLeavesNothingAfterCleanup()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("killed.hvbench"));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(HVBENCH_CLI),
                  {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--out"), file, QStringLiteral("--vms"),
                   QStringLiteral("1"), QStringLiteral("--network"), QStringLiteral("isolated"), QStringLiteral("--benchmarks"),
                   QStringLiteral("net-out"), QStringLiteral("--iperf3-time"), QStringLiteral("60")});
        QVERIFY(cli.waitForStarted());
        QByteArray output;
        QVERIFY2(QTest::qWaitFor([&] {
                     output += cli.readAll();
                     return output.contains("bare metal, round 1: Network out") || cli.state() == QProcess::NotRunning;
                 }, 120'000),
                 output.constData());
        QVERIFY2(cli.state() == QProcess::Running, output.constData());
        auto loaded = io::loadSession(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const QString prefix = QStringLiteral("hvbench-") + loaded->id;
        QCOMPARE(namespacesWithPrefix(prefix).size(), 1);
        QCOMPARE(testutil::networksWithPrefix(kUri, prefix).size(), 1);
        cli.kill();
        QVERIFY(cli.waitForFinished(10'000));
        // The namespace's iperf3 client dies with its process group only when asked: give it a moment.
        QTest::qWait(500);

        const Cli cleanup = runCli({QStringLiteral("cleanup"), QStringLiteral("--uri"), kUri, QStringLiteral("--yes")}, 120'000);
        qInfo("hvbench-cli cleanup said:\n%s%s", cleanup.out.constData(), cleanup.err.constData());
        QCOMPARE(cleanup.code, 0);
        QVERIFY2(QString::fromUtf8(cleanup.out).contains(QStringLiteral("network namespace ") + prefix), cleanup.out.constData());
        QCOMPARE(namespacesWithPrefix(prefix), QStringList());
        QCOMPARE(testutil::networksWithPrefix(kUri, prefix), QStringList());
    }
};

QTEST_GUILESS_MAIN(TstBenchSuite)
#include "tst_benchsuite.moc"
