// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/etaestimator.h"

#include <QtTest>

using namespace hvbench;

class TstEtaEstimator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void remaining_data()
    {
        QTest::addColumn<int>("alreadyDone"); // steps done before this start (a resumed run)
        QTest::addColumn<qint64>("activeMs");
        QTest::addColumn<int>("stepsDone");
        QTest::addColumn<int>("stepsTotal");
        QTest::addColumn<qint64>("expectedMs"); // -1 = not known
        QTest::newRow("nothing yet") << 0 << qint64(5000) << 0 << 10 << qint64(-1);
        QTest::newRow("one of ten") << 0 << qint64(2000) << 1 << 10 << qint64(18000);
        QTest::newRow("half") << 0 << qint64(50000) << 5 << 10 << qint64(50000);
        QTest::newRow("uneven steps average") << 0 << qint64(9000) << 3 << 4 << qint64(3000);
        QTest::newRow("all done") << 0 << qint64(9000) << 4 << 4 << qint64(0);
        QTest::newRow("total grew (RSD round)") << 0 << qint64(8000) << 4 << 6 << qint64(4000);
        QTest::newRow("done beyond total") << 0 << qint64(8000) << 5 << 4 << qint64(0);
        QTest::newRow("resumed, nothing new yet") << 6 << qint64(3000) << 6 << 10 << qint64(-1);
        QTest::newRow("resumed, old steps cost nothing here") << 6 << qint64(3000) << 7 << 10 << qint64(9000);
        QTest::newRow("rounds to ms") << 0 << qint64(1000) << 3 << 4 << qint64(333);
        QTest::newRow("negative time clamps") << 0 << qint64(-50) << 1 << 3 << qint64(0);
    }
    void remaining()
    {
        QFETCH(int, alreadyDone);
        QFETCH(qint64, activeMs);
        QFETCH(int, stepsDone);
        QFETCH(int, stepsTotal);
        QFETCH(qint64, expectedMs);
        EtaEstimator e;
        e.reset(alreadyDone);
        e.record(activeMs, stepsDone);
        const auto left = e.remainingMs(stepsTotal);
        QCOMPARE(left.has_value(), expectedMs >= 0);
        if (left)
            QCOMPARE(*left, expectedMs);
    }

    void resetForgets()
    {
        EtaEstimator e;
        e.record(4000, 2);
        QVERIFY(e.msPerStep().has_value());
        QCOMPARE(*e.msPerStep(), 2000.0);
        e.reset();
        QVERIFY(!e.remainingMs(5).has_value());
        QVERIFY(!e.msPerStep().has_value());
    }

    void stepsBelowBaseDoNotCount()
    {
        EtaEstimator e;
        e.reset(5);
        e.record(1000, 3); // garbage: fewer than already done
        QVERIFY(!e.remainingMs(10).has_value());
    }
};

QTEST_GUILESS_MAIN(TstEtaEstimator)
#include "tst_etaestimator.moc"
