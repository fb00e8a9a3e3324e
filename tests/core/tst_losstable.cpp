// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstable.h"
#include "analysis/stats.h"

#include <QtTest>

using namespace hvbench;

namespace {
RunResult run(const QString &config, int vms, int round, int guest, qint64 cycles)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.repeat = round;
    r.guest = guest;
    r.workload = QStringLiteral("pi");
    r.cycles = cycles;
    r.wallNs = 1;
    return r;
}
} // namespace

class TstLossTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lossFormulas_data()
    {
        QTest::addColumn<double>("bare");
        QTest::addColumn<double>("vm");
        QTest::addColumn<double>("costLoss");
        QTest::addColumn<double>("throughputLoss");
        QTest::addRow("equal") << 100.0 << 100.0 << 0.0 << 0.0;
        QTest::addRow("vm twice the cycles") << 100.0 << 200.0 << 50.0 << -100.0;
        QTest::addRow("table I kvm 3.42%") << 1000.0 << 1000.0 / (1 - 0.0342) << 3.42 << (1 - 1 / (1 - 0.0342)) * 100;
        QTest::addRow("vm faster") << 100.0 << 80.0 << -25.0 << 20.0;
    }
    void lossFormulas()
    {
        QFETCH(double, bare);
        QFETCH(double, vm);
        QFETCH(double, costLoss);
        QFETCH(double, throughputLoss);
        QVERIFY(qAbs(analysis::lossPctForCost(bare, vm) - costLoss) < 1e-9);
        QVERIFY(qAbs(analysis::lossPctForThroughput(bare, vm) - throughputLoss) < 1e-9);
    }

    void jain_data()
    {
        QTest::addColumn<QList<double>>("xs");
        QTest::addColumn<double>("expected");
        QTest::addRow("fair") << QList<double>{5, 5, 5, 5} << 1.0;
        QTest::addRow("one takes all") << QList<double>{1, 0, 0, 0} << 0.25;
        QTest::addRow("two of three") << QList<double>{1, 1, 0} << 2.0 / 3.0;
        QTest::addRow("1 and 3") << QList<double>{1, 3} << 16.0 / 20.0;
    }
    void jain()
    {
        QFETCH(QList<double>, xs);
        QFETCH(double, expected);
        QVERIFY(qAbs(stats::jainIndex(xs) - expected) < 1e-12);
    }

    void summary()
    {
        const auto s = stats::summarize({2, 4, 4, 4, 5, 5, 7, 9});
        QCOMPARE(s.n, 8);
        QCOMPARE(s.mean, 5.0);
        QVERIFY(qAbs(s.stddev - 2.138089935) < 1e-6);
        QVERIFY(qAbs(s.ci95 - 2.365 * 2.138089935 / std::sqrt(8.0)) < 1e-6);
        QCOMPARE(s.min, 2.0);
        QCOMPARE(s.max, 9.0);
        QCOMPARE(stats::summarize({}).n, 0);
        QCOMPARE(stats::summarize({3}).ci95, 0.0);
    }

    void table()
    {
        const QString vm = QStringLiteral("kvm-virtio");
        const QString bm = QStringLiteral("bare-metal");
        QList<RunResult> rs{run(vm, 2, 0, 0, 120), run(vm, 2, 0, 1, 130), run(bm, 0, 0, 0, 100), run(bm, 0, 1, 0, 100),
                            run(vm, 1, 0, 0, 110)};
        const auto rows = analysis::computeLossTable(rs);
        QCOMPARE(rows.size(), 3);
        {
            QList<RunResult> withNet = rs;
            RunResult net = run(QStringLiteral("kvm"), 1, 0, 0, 0);
            net.workload = QStringLiteral("net-out");
            net.metrics = {{QStringLiteral("throughput_mbps"), 900.0}};
            withNet.append(net);
            QCOMPARE(analysis::computeLossTable(withNet).size(), rows.size()); // Table I is PI's only
        }
        QCOMPARE(rows[0].config, bm);
        QCOMPARE(rows[0].cycles.n, 2);
        QCOMPARE(*rows[0].lossPct, 0.0);
        QCOMPARE(rows[1].vmCount, 1);
        QVERIFY(qAbs(*rows[1].lossPct - (1 - 100.0 / 110.0) * 100) < 1e-9);
        QCOMPARE(rows[2].vmCount, 2);
        QVERIFY(qAbs(*rows[2].lossPct - (1 - 100.0 / 125.0) * 100) < 1e-9);
        QVERIFY(qAbs(rows[2].jain - (250.0 * 250.0) / (2 * (120.0 * 120 + 130.0 * 130))) < 1e-12);
        QVERIFY(qAbs(rows[2].minMaxRatio - 120.0 / 130.0) < 1e-12);
    }

    void noBaseline()
    {
        const auto rows = analysis::computeLossTable({run(QStringLiteral("x"), 1, 0, 0, 10)});
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows[0].lossPct.has_value());
    }
};

QTEST_GUILESS_MAIN(TstLossTable)
#include "tst_losstable.moc"
