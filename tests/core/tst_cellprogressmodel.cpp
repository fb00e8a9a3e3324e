// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/cellprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace hvbench;

namespace {
CellProgress cell(const QString &key, int done, CellRunState st, const QString &reason = {})
{
    return CellProgress{key, key, done, 3, st, reason};
}
} // namespace

class TstCellProgressModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsCells()
    {
        CellProgressModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.columnCount(), int(CellProgressModel::ColumnCount));
        m.setCells({cell(QStringLiteral("bare-metal/0"), 1, CellRunState::Done, QStringLiteral("1 round")),
                    cell(QStringLiteral("kvm/2"), 0, CellRunState::Running),
                    cell(QStringLiteral("xen/1"), 0, CellRunState::Skipped, QStringLiteral("no Xen here"))});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(0, CellProgressModel::RoundsColumn).data().toString(), QStringLiteral("1 / 3"));
        QCOMPARE(m.index(1, CellProgressModel::StateColumn).data().toString(), cellRunStateName(CellRunState::Running));
        QCOMPARE(m.index(2, CellProgressModel::RoundsColumn).data().toString(), QString()); // skipped: no rounds
        QCOMPARE(m.index(2, CellProgressModel::ReasonColumn).data().toString(), QStringLiteral("no Xen here"));
        QCOMPARE(m.index(2, 0).data(CellProgressModel::StateRole).toInt(), int(CellRunState::Skipped));
        QCOMPARE(m.index(1, 0).data(CellProgressModel::KeyRole).toString(), QStringLiteral("kvm/2"));
        QVERIFY(!m.headerData(CellProgressModel::RoundsColumn, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!m.index(3, 0).isValid());
        QVERIFY(!m.index(0, 4).isValid());
    }

    void updatesInPlace()
    {
        CellProgressModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<CellProgress> cs{cell(QStringLiteral("a/0"), 0, CellRunState::Waiting),
                               cell(QStringLiteral("b/1"), 0, CellRunState::Waiting)};
        m.setCells(cs);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        cs[1].state = CellRunState::Running;
        m.setCells(cs);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1); // only the row that changed
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        m.setCells(cs); // nothing changed: nothing signalled
        QCOMPARE(changed.size(), 1);
        cs.removeFirst(); // other cells: a reset
        m.setCells(cs);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m.rowCount(), 1);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCellProgressModel)
#include "tst_cellprogressmodel.moc"
