// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix duration estimate: each benchmark's parameters → seconds per cell visit, the visit
// overhead, recorded wall times replacing the estimate, and the totals of a whole matrix.
#include "run/estimate.h"
#include "run/matrixpreview.h"

#include <QtTest>

using namespace hvbench;

Q_DECLARE_METATYPE(hvbench::BenchmarkSuite)
Q_DECLARE_METATYPE(hvbench::Benchmark)

namespace {
BenchmarkSuite suite(const std::function<void(BenchmarkSuite &)> &edit)
{
    BenchmarkSuite s;
    edit(s);
    return s;
}

virt::HostInfo twoCpuTcgHost()
{
    virt::HostInfo h;
    h.uri = QStringLiteral("qemu:///system");
    h.driver = QStringLiteral("QEMU");
    h.arch = QStringLiteral("x86_64");
    h.cpus = 2;
    h.memoryMiB = 4096;
    h.guests = {virt::GuestCapability{QStringLiteral("hvm"), QStringLiteral("x86_64"), QStringLiteral("qemu"), {}}};
    return h;
}

Session piSession()
{
    Session s;
    s.id = QStringLiteral("est");
    VmSpec v;
    v.name = QStringLiteral("vm");
    v.hypervisor = Hypervisor::Auto;
    v.memoryMiB = 384;
    s.specs = {v};
    s.benchmarks.enabled = {Benchmark::Pi};
    s.benchmarks.piDigits = 80000;
    s.matrix.baseline = true;
    s.matrix.vmCounts = {1, 2};
    s.matrix.repeats = 2;
    return s;
}

RunResult piResult(const QString &config, int vmCount, int round, int guest, double seconds)
{
    RunResult r;
    r.config = config;
    r.vmCount = vmCount;
    r.repeat = round;
    r.guest = guest;
    r.workload = QStringLiteral("pi");
    r.cycles = 1;
    r.wallNs = qint64(seconds * 1e9);
    return r;
}
} // namespace

class TestEstimate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void benchmark_data()
    {
        QTest::addColumn<BenchmarkSuite>("suite");
        QTest::addColumn<Benchmark>("benchmark");
        QTest::addColumn<int>("vmCount");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<int>("ramMiB");
        QTest::addColumn<int>("hostCpus");
        QTest::addColumn<bool>("emulated");
        QTest::addColumn<double>("seconds");

        const BenchmarkSuite plain;
        QTest::newRow("pi default digits (80 000), bare metal")
            << plain << Benchmark::Pi << 0 << 2 << 0 << 2 << true << 1.7;
        QTest::newRow("pi 40 000 digits: a quarter")
            << suite([](auto &s) { s.piDigits = 40000; }) << Benchmark::Pi << 0 << 2 << 0 << 2 << true << 0.425;
        QTest::newRow("pi in 1 TCG guest: 10× slower")
            << suite([](auto &s) { s.piDigits = 80000; }) << Benchmark::Pi << 1 << 1 << 384 << 2 << true << 17.0;
        QTest::newRow("pi in 4 TCG guests on 2 cores: shared")
            << plain << Benchmark::Pi << 4 << 1 << 384 << 2 << true << 34.0;
        QTest::newRow("pi in 1 KVM guest") << plain << Benchmark::Pi << 1 << 1 << 384 << 2 << false << 1.7;
        QTest::newRow("7-Zip 2 iterations, bare metal")
            << suite([](auto &s) { s.cpu.iterations = 2; }) << Benchmark::CpuScore << 0 << 8 << 0 << 8 << true << 14.0;
        QTest::newRow("7-Zip 2 KVM guests × 2 vCPUs on 2 cores")
            << plain << Benchmark::CpuScore << 2 << 2 << 384 << 2 << false << 14.0;
        QTest::newRow("iperf3 -t 10 -O 2") << suite([](auto &s) {
            s.net.durationS = 10;
            s.net.omitS = 2;
        }) << Benchmark::NetOut << 1 << 1 << 384
                                           << 2 << true << 13.0;
        QTest::newRow("iperf3 -R paper (900 s)") << suite([](auto &s) { s.net.durationS = 900; }) << Benchmark::NetIn
                                                 << 17 << 1 << 2048 << 2 << false << 901.0;
        QTest::newRow("fio capped at 5 s per job") << suite([](auto &s) {
            s.fio.runtimeS = 5;
            s.fio.sizeMiB = 4096;
        }) << Benchmark::Fio << 1 << 1 << 384 << 2 << true
                                                   << 20.0;
        // 1000 MiB: 10 s per sequential pass at 100 MiB/s, 1000 × 1024 / 4 / 2000 = 128 s per random pass.
        QTest::newRow("fio one pass over 1000 MiB")
            << suite([](auto &s) { s.fio.sizeMiB = 1000; }) << Benchmark::Fio << 1 << 1 << 384 << 2 << true << 276.0;
        QTest::newRow("fio capped, a pass shorter than the cap") << suite([](auto &s) {
            s.fio.sizeMiB = 100;
            s.fio.runtimeS = 60;
            s.fio.randBlockKiB = 64;
        }) << Benchmark::Fio << 1 << 1 << 384 << 2 << true << 2 * 1.0 + 2 * 0.8;
        QTest::newRow("fio 2× RAM (100 MiB) when the size is 0")
            << plain << Benchmark::Fio << 1 << 1 << 100 << 2 << true << 2 * 2.0 + 2 * 25.6;
        QTest::newRow("bonnie++ 1000 MiB, 1 guest") << suite([](auto &s) { s.bonnie.sizeMiB = 1000; })
                                                    << Benchmark::Bonnie << 1 << 1 << 384 << 2 << true << 40.0;
        QTest::newRow("bonnie++ 1000 MiB, 2 guests share the disk")
            << suite([](auto &s) { s.bonnie.sizeMiB = 1000; }) << Benchmark::Bonnie << 2 << 1 << 384 << 2 << true
            << 80.0;
        QTest::newRow("external score: assumed")
            << plain << Benchmark::ExternalScore << 1 << 1 << 384 << 2 << true << 60.0;
    }
    void benchmark()
    {
        QFETCH(BenchmarkSuite, suite);
        QFETCH(Benchmark, benchmark);
        QFETCH(int, vmCount);
        QFETCH(int, vcpus);
        QFETCH(int, ramMiB);
        QFETCH(int, hostCpus);
        QFETCH(bool, emulated);
        QFETCH(double, seconds);
        const double got =
            estimateBenchmarkSeconds(suite, EstimateInput{benchmark, vmCount, vcpus, ramMiB, hostCpus, emulated});
        QVERIFY2(qAbs(got - seconds) < 1e-9,
                 qPrintable(QStringLiteral("got %1 s, expected %2 s").arg(got).arg(seconds)));
    }

    void overhead_data()
    {
        QTest::addColumn<int>("vmCount");
        QTest::addColumn<int>("hostCpus");
        QTest::addColumn<bool>("emulated");
        QTest::addColumn<double>("seconds");
        QTest::newRow("bare metal") << 0 << 2 << true << 0.5;
        QTest::newRow("1 TCG guest") << 1 << 2 << true << 10.0;
        QTest::newRow("2 TCG guests on 2 cores") << 2 << 2 << true << 10.0;
        QTest::newRow("4 TCG guests on 2 cores") << 4 << 2 << true << 20.0;
        QTest::newRow("1 KVM guest") << 1 << 2 << false << 3.0;
    }
    void overhead()
    {
        QFETCH(int, vmCount);
        QFETCH(int, hostCpus);
        QFETCH(bool, emulated);
        QFETCH(double, seconds);
        QCOMPARE(estimateVisitOverheadSeconds(vmCount, hostCpus, emulated), seconds);
    }

    void assumptionsAreStated()
    {
        const QStringList lines = EstimateAssumptions{}.describe();
        QVERIFY(lines.join(QLatin1Char(' ')).contains(QLatin1String("100 MiB/s")));
        QVERIFY(lines.join(QLatin1Char(' ')).contains(QLatin1String("80 000 digits")));
    }

    // Baseline + 1 spec × {1, 2} VMs, PI 80 000 digits, 2 rounds, a 2-CPU TCG host.
    void totals()
    {
        const Session s = piSession();
        const virt::HostInfo h = twoCpuTcgHost();
        PlanContext ctx;
        ctx.host = &h;
        const MatrixPreview p = buildMatrixPreview(s, ctx);
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.cells, 3);
        QCOMPARE(p.minRuns, (1 + 1 + 2) * 2);
        QCOMPARE(p.maxRuns, p.minRuns);
        QCOMPARE(p.visits, 6);
        QVERIFY(qAbs(p.benchmarkSeconds - (1.7 + 17 + 17) * 2) < 1e-9);
        QVERIFY(qAbs(p.overheadSeconds - (0.5 + 10 + 10) * 2) < 1e-9);
        QVERIFY(qAbs(p.minSeconds() - 112.4) < 1e-9);
        QVERIFY(qAbs(p.maxSeconds - p.minSeconds()) < 1e-9);
        QVERIFY(p.hostKnown);

        Session more = s;
        more.matrix.maxRepeats = 4;
        more.matrix.rsdTargetPct = 5;
        const MatrixPreview q = buildMatrixPreview(more, ctx);
        QCOMPARE(q.maxRuns, (1 + 1 + 2) * 4);
        QVERIFY(qAbs(q.maxSeconds - 2 * q.minSeconds()) < 1e-9);
    }

    // The session's own wall times replace the estimate, but only for the same parameters.
    void recordedWallTimes()
    {
        Session s = piSession();
        s.manifest.insert(QStringLiteral("benchmarks"), s.benchmarks.toJson());
        s.results = {piResult(kBareMetal, 0, 0, 0, 2.0), piResult(kBareMetal, 0, 1, 0, 4.0),
                     piResult(QStringLiteral("vm"), 2, 0, 0, 20.0), piResult(QStringLiteral("vm"), 2, 0, 1, 30.0)};
        const auto bare = recordedSeconds(s, Cell{kBareMetal, 0, -1}, Benchmark::Pi);
        QVERIFY(bare);
        QCOMPARE(bare->seconds, 3.0);
        QCOMPARE(bare->rounds, 2);
        const auto two = recordedSeconds(s, Cell{QStringLiteral("vm"), 2, 0}, Benchmark::Pi);
        QVERIFY(two);
        QCOMPARE(two->seconds, 30.0); // the slowest guest of the round
        QVERIFY(!recordedSeconds(s, Cell{QStringLiteral("vm"), 1, 0}, Benchmark::Pi));
        QVERIFY(!recordedSeconds(s, Cell{kBareMetal, 0, -1}, Benchmark::Fio));

        const virt::HostInfo h = twoCpuTcgHost();
        PlanContext ctx;
        ctx.host = &h;
        const MatrixPreview p = buildMatrixPreview(s, ctx);
        QCOMPARE(p.recordedRows, 2);
        QVERIFY(qAbs(p.benchmarkSeconds - (3.0 + 17 + 30) * 2) < 1e-9);

        Session changed = s;
        changed.benchmarks.piDigits = 40000; // other parameters than the recorded run
        QVERIFY(!recordedSeconds(changed, Cell{kBareMetal, 0, -1}, Benchmark::Pi));
        Session never = s;
        never.manifest = {}; // no record of the parameters
        QVERIFY(!recordedSeconds(never, Cell{kBareMetal, 0, -1}, Benchmark::Pi));
    }

    void format_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << 12.4 << QStringLiteral("12 s");
        QTest::newRow("minutes") << 125.0 << QStringLiteral("2 min 05 s");
        QTest::newRow("hours") << 3900.0 << QStringLiteral("1 h 05 min");
        QTest::newRow("days") << 90000.0 << QStringLiteral("1 d 1 h");
        QTest::newRow("negative") << -3.0 << QStringLiteral("0 s");
        QTest::newRow("under half a second") << 0.1 << QStringLiteral("< 1 s");
    }
    void format()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestEstimate)
#include "tst_estimate.moc"
