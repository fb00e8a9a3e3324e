// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/livesamplesmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace hvbench;

class TstLiveSamplesModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendsPerSeries()
    {
        LiveSamplesModel m(600, 32);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.bounds().isNull());
        m.append(QStringLiteral("vm1"), 0.5, 100);
        m.append(QStringLiteral("vm2"), 0.6, 200);
        m.append(QStringLiteral("vm1"), 1.5, 110);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.seriesName(0), QStringLiteral("vm1"));
        const QModelIndex vm1 = m.index(0, 0);
        QCOMPARE(vm1.data().toString(), QStringLiteral("vm1"));
        QCOMPARE(m.index(0, LiveSamplesModel::YColumn).data().toInt(), 2);
        QCOMPARE(m.rowCount(vm1), 2);
        QCOMPARE(m.index(1, LiveSamplesModel::XColumn, vm1).data().toDouble(), 1.5);
        QCOMPARE(m.index(1, LiveSamplesModel::YColumn, vm1).data().toDouble(), 110.0);
        QCOMPARE(m.parent(m.index(1, 0, vm1)), vm1);
        QCOMPARE(m.points(0), (QList<QPointF>{{0.5, 100}, {1.5, 110}}));
        QCOMPARE(m.bounds(), QRectF(QPointF(0.5, 100), QPointF(1.5, 200)));
        QVERIFY(m.points(5).isEmpty());
        QVERIFY(m.seriesName(-1).isEmpty());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void boundedRing_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::newRow("under") << 5 << 3;
        QTest::newRow("exactly") << 5 << 5;
        QTest::newRow("over") << 5 << 12;
        QTest::newRow("600 of 2000") << 600 << 2000;
    }
    void boundedRing()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        LiveSamplesModel m(capacity, 4);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPersistentModelIndex series;
        for (int i = 0; i < appended; ++i) {
            m.append(QStringLiteral("g"), i, i * 10.0);
            if (i == 0)
                series = m.index(0, 0);
        }
        const int kept = std::min(capacity, appended);
        QCOMPARE(m.rowCount(series), kept);
        const QList<QPointF> pts = m.points(0);
        QCOMPARE(pts.size(), kept);
        QCOMPARE(pts.first().x(), double(appended - kept)); // the oldest went first
        QCOMPARE(pts.last().x(), double(appended - 1));
    }

    void boundedSeries()
    {
        LiveSamplesModel m(10, 3);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i)
            m.append(QStringLiteral("vm%1").arg(i), i, i);
        m.append(QStringLiteral("vm2"), 9, 9); // an existing series after rows shifted
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.seriesName(0), QStringLiteral("vm2"));
        QCOMPARE(m.seriesName(2), QStringLiteral("vm4"));
        const QModelIndex vm2 = m.index(0, 0);
        QCOMPARE(m.rowCount(vm2), 2);
        QCOMPARE(m.parent(m.index(1, 0, vm2)).row(), 0);
    }

    void badIndexes()
    {
        LiveSamplesModel m(0, 0); // clamped to 1 and 1
        QCOMPARE(m.capacity(), 1);
        QCOMPARE(m.maxSeries(), 1);
        m.append(QStringLiteral("a"), 1, 1);
        m.append(QStringLiteral("a"), 2, 2);
        QCOMPARE(m.points(0), QList<QPointF>{QPointF(2, 2)});
        QVERIFY(!m.index(0, 2).isValid());
        QVERIFY(!m.index(-1, 0).isValid());
        QVERIFY(!m.index(1, 0, m.index(0, 0)).isValid());
        QVERIFY(!m.index(0, 0, m.index(0, 0, m.index(0, 0))).isValid()); // no third level
    }
};

QTEST_GUILESS_MAIN(TstLiveSamplesModel)
#include "tst_livesamplesmodel.moc"
