// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/vmphasemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace hvbench;

class TstVmPhaseModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsPhases()
    {
        VmPhaseModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPhase(1, QStringLiteral("hvbench-s-1"), VmPhase::Starting, {});
        m.setPhase(2, QStringLiteral("hvbench-s-2"), VmPhase::Starting, {});
        m.setPhase(1, QStringLiteral("hvbench-s-1"), VmPhase::Measuring, QStringLiteral("PI"));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, VmPhaseModel::PhaseColumn).data().toString(), vmPhaseName(VmPhase::Measuring));
        QCOMPARE(m.index(0, VmPhaseModel::DetailColumn).data().toString(), QStringLiteral("PI"));
        QCOMPARE(m.index(1, VmPhaseModel::DomainColumn).data().toString(), QStringLiteral("hvbench-s-2"));
        // Both gone; the next cell's VM replaces them (bounded).
        m.setPhase(1, QStringLiteral("hvbench-s-1"), VmPhase::Gone, {});
        m.setPhase(2, QStringLiteral("hvbench-s-2"), VmPhase::Gone, {});
        QCOMPARE(m.rowCount(), 2);
        m.setPhase(3, QStringLiteral("hvbench-s-3"), VmPhase::CreatingDisk, {});
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, VmPhaseModel::VmColumn).data().toInt(), 3);
        QVERIFY(!m.headerData(VmPhaseModel::PhaseColumn, Qt::Horizontal).toString().isEmpty());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstVmPhaseModel)
#include "tst_vmphasemodel.moc"
