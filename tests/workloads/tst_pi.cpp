// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloads/counters.h"
#include "workloads/pi.h"
#include "workloads/pi_workload.h"
#include "workloads/sysinfo.h"

#include <QTest>

#include <string>

using namespace hvbench::workloads;

class TestPi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computedDigitsAreValid_data();
    void computedDigitsAreValid();
    void knownPrefix();
    void corruptedDigitsAreRejected();
    void malformedStringsAreRejected();
    void outOfRangeDigits();
    void runPiMetrics();
    void parseStealTicks();
    void parseCpuInfo();
};

void TestPi::computedDigitsAreValid_data()
{
    QTest::addColumn<int>("digits");
    for (const int n : {1, 9, 10, 11, 100, 1000, 1049, 1050, 1051, 5000})
        QTest::addRow("%d", n) << n;
}

void TestPi::computedDigitsAreValid()
{
    QFETCH(int, digits);
    const std::string pi = computePiDigits(digits);
    QCOMPARE(pi.size(), std::size_t(digits) + 1);
    QVERIFY(piDigitsValid(pi));
}

void TestPi::knownPrefix()
{
    QVERIFY(knownPiPrefixDecimals() >= 1000);
    QCOMPARE(computePiDigits(10), std::string("31415926535"));
    QCOMPARE(computePiDigits(50),
             std::string("314159265358979323846264338327950288419716939937510"));
    // Truncated, not rounded: decimals 5-6 are "92", so 5 decimals end in 9.
    QCOMPARE(computePiDigits(5), std::string("314159"));
}

void TestPi::corruptedDigitsAreRejected()
{
    const std::string good = computePiDigits(5000);
    QVERIFY(piDigitsValid(good));
    for (const std::size_t pos : {std::size_t(1), std::size_t(500), std::size_t(1050)}) {
        std::string bad = good;
        bad[pos] = bad[pos] == '9' ? '0' : char(bad[pos] + 1);
        QVERIFY2(!piDigitsValid(bad), qPrintable(QString::number(pos)));
    }
    // Past the embedded prefix only the checkpoints guard the digits: corrupt the 10000th.
    std::string longer = computePiDigits(10000);
    QVERIFY(piDigitsValid(longer));
    longer.back() = longer.back() == '9' ? '0' : char(longer.back() + 1);
    QVERIFY(!piDigitsValid(longer));
}

void TestPi::malformedStringsAreRejected()
{
    QVERIFY(!piDigitsValid(""));
    QVERIFY(!piDigitsValid("3"));
    QVERIFY(!piDigitsValid("3.14159"));
    QVERIFY(!piDigitsValid("414159"));
    QVERIFY(!piDigitsValid("31415x"));
    QVERIFY(piDigitsValid("31415"));
}

void TestPi::outOfRangeDigits()
{
    QVERIFY(computePiDigits(0).empty());
    QVERIFY(computePiDigits(-3).empty());
    QVERIFY(computePiDigits(kMaxPiDigits + 1).empty());
    QVERIFY(kMinPiDigits <= kDefaultPiDigits && kDefaultPiDigits <= kMaxPiDigits);
}

void TestPi::runPiMetrics()
{
    const PiRun run = runPi(2000);
    QVERIFY(run.digitsOk);
    QCOMPARE(run.digits, 2000);
    QVERIFY(run.tscEnd > run.tscStart);
    QCOMPARE(run.cycles, run.tscEnd - run.tscStart);
    QVERIFY(run.wallNs > 0);
    QVERIFY(run.cpuNs > 0);
    QVERIFY(run.userHz > 0);
    QVERIFY(run.stealTicks >= 0); // /proc is mounted on the test host
    QCOMPARE(run.tail, computePiDigits(2000).substr(2001 - 10));
}

void TestPi::parseStealTicks()
{
    const char *stat = "cpu  4705 150 1120 16250 520 0 45 7 0 0\n"
                       "cpu0 1 2 3 4 5 6 7 8 9 10\n";
    QCOMPARE(hvbench::workloads::parseStealTicks(stat), std::optional<std::uint64_t>(7));
    QVERIFY(!hvbench::workloads::parseStealTicks("cpu0 1 2 3\n"));
    QVERIFY(!hvbench::workloads::parseStealTicks("cpu  1 2 3\n")); // too few fields
    QVERIFY(stealTicks().has_value());
}

void TestPi::parseCpuInfo()
{
    const char *cpuinfo = "processor\t: 0\n"
                          "model name\t: Test CPU @ 2.00GHz\n"
                          "cpu MHz\t\t: 1999.5\n"
                          "flags\t\t: fpu tsc constant_tsc nonstop_tsc_s hypervisor\n"
                          "\n"
                          "processor\t: 1\n"
                          "model name\t: Other\n";
    SysInfo info;
    hvbench::workloads::parseCpuInfo(cpuinfo, info);
    QCOMPARE(info.cpuModel, std::string("Test CPU @ 2.00GHz"));
    QCOMPARE(info.mhz, 1999.5);
    QVERIFY(info.constantTsc);
    QVERIFY(!info.nonstopTsc); // "nonstop_tsc_s" is a different flag
    QVERIFY(info.virtualized);

    const SysInfo live = readSysInfo();
    QVERIFY(!live.kernel.empty());
    QVERIFY(live.cpus > 0);
}

QTEST_GUILESS_MAIN(TestPi)
#include "tst_pi.moc"
