// SPDX-License-Identifier: GPL-3.0-or-later
// ComparisonModel: columns per source, added and removed at run time; absent cells are "—" with
// no raw value; headers carry units; the model passes QAbstractItemModelTester throughout.
#include "analysis/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace hvbench;

namespace {
RunResult net(const QString &config, int vms, int guest, double mbps)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.guest = guest;
    r.workload = QStringLiteral("net-out");
    r.metrics = {{QStringLiteral("throughput_mbps"), mbps}};
    return r;
}
Session session(const QList<RunResult> &rs)
{
    Session s = Session::demo();
    s.specs.first().name = QStringLiteral("vm");
    s.specs.first().hypervisor = Hypervisor::Kvm;
    s.results = rs;
    return s;
}
int rowOf(const ComparisonModel &m, const QString &config, int vms)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, ComparisonModel::Config).data(ComparisonModel::RawValueRole).toString() == config &&
            m.index(r, ComparisonModel::VmCount).data(ComparisonModel::RawValueRole).toInt() == vms)
            return r;
    return -1;
}
} // namespace

class TstComparisonModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sourcesComeAndGo()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ComparisonModel::FixedColumnCount));

        const int a = model.addSession(QStringLiteral("A"),
                                       session({net(kBareMetal, 0, 0, 1000), net(QStringLiteral("vm"), 1, 0, 900)}));
        QCOMPARE(model.sourceCount(), 1);
        QCOMPARE(model.columnCount(), int(ComparisonModel::FixedColumnCount) + int(ComparisonModel::FieldCount));
        QCOMPARE(model.rowCount(), 2);
        const int b = model.addSession(
            QStringLiteral("B"), session({net(QStringLiteral("vm"), 2, 0, 400), net(QStringLiteral("vm"), 2, 1, 600)}));
        QCOMPARE(model.columnCount(), int(ComparisonModel::FixedColumnCount) + 2 * int(ComparisonModel::FieldCount));
        QCOMPARE(model.rowCount(), 3);

        const int vm1 = rowOf(model, QStringLiteral("vm"), 1);
        const int vm2 = rowOf(model, QStringLiteral("vm"), 2);
        QVERIFY(vm1 >= 0 && vm2 >= 0);
        auto at = [&](int row, int col, int role = ComparisonModel::RawValueRole) {
            return model.index(row, col).data(role);
        };
        const int aLoss = ComparisonModel::column(0, ComparisonModel::LossPct);
        const int bLoss = ComparisonModel::column(1, ComparisonModel::LossPct);
        const int bMean = ComparisonModel::column(1, ComparisonModel::Mean);
        QCOMPARE(at(vm1, aLoss).toDouble(), 10.0);
        // B has no 1-VM cell: "—", no raw value (never 0).
        QVERIFY(!at(vm1, bLoss).isValid());
        QCOMPARE(at(vm1, bLoss, Qt::DisplayRole).toString(), QStringLiteral("—"));
        QVERIFY(!at(vm1, bMean).isValid());
        // B has no bare metal: its 2-VM mean exists, its loss does not.
        QCOMPARE(at(vm2, bMean).toDouble(), 500.0);
        QVERIFY(!at(vm2, bLoss).isValid());
        QCOMPARE(at(vm2, bLoss, Qt::DisplayRole).toString(), QStringLiteral("—"));
        QCOMPARE(at(vm2, ComparisonModel::column(1, ComparisonModel::N)).toInt(), 2);
        QCOMPARE(at(vm2, ComparisonModel::Unit, Qt::DisplayRole).toString(), QStringLiteral("Mbit/s"));
        QCOMPARE(at(vm2, ComparisonModel::Figure).toString(), QStringLiteral("throughput_mbps"));
        QCOMPARE(at(vm2, ComparisonModel::PaperKind).toString(), QStringLiteral("kvm"));

        // Headers: source names, units, machine keys, the source/field each column belongs to.
        auto header = [&](int col, int role = Qt::DisplayRole) { return model.headerData(col, Qt::Horizontal, role); };
        QVERIFY(header(bLoss).toString().startsWith(QStringLiteral("B")));
        QVERIFY(header(bLoss).toString().contains(QStringLiteral("% loss")));
        QVERIFY(header(ComparisonModel::Unit).toString().contains(QStringLiteral("Unit")));
        QCOMPARE(header(bLoss, ComparisonModel::ColumnKeyRole).toString(), QStringLiteral("s2_loss_pct"));
        QCOMPARE(
            header(ComparisonModel::column(0, ComparisonModel::LossCi95Pct), ComparisonModel::ColumnKeyRole).toString(),
            QStringLiteral("s1_loss_ci95_pct"));
        QCOMPARE(header(bLoss, ComparisonModel::SourceRole).toInt(), 1);
        QCOMPARE(header(bLoss, ComparisonModel::FieldRole).toInt(), int(ComparisonModel::LossPct));
        QCOMPARE(header(ComparisonModel::Config, ComparisonModel::SourceRole).toInt(), -1);

        // Remove A: B's columns move to the first group, A-only rows go.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.removeSource(a);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.sourceCount(), 1);
        QCOMPARE(model.sourceName(0), QStringLiteral("B"));
        QCOMPARE(model.indexOfSource(b), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.figures().size(), 1);
        model.removeSource(a); // twice: nothing
        QCOMPARE(model.sourceCount(), 1);

        // Update B in place (the open session gets a new result).
        model.updateSession(b, session({net(kBareMetal, 0, 0, 1000), net(QStringLiteral("vm"), 2, 0, 500)}));
        QCOMPARE(model.sourceName(0), QStringLiteral("B"));
        QCOMPARE(
            at(rowOf(model, QStringLiteral("vm"), 2), ComparisonModel::column(0, ComparisonModel::LossPct)).toDouble(),
            50.0);
        model.removeSource(b);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ComparisonModel::FixedColumnCount));
    }

    void referenceColumns()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ref = analysis::loadReference();
        QVERIFY(ref.ok());
        QVERIFY(!model.hasReference());
        model.addReference(QStringLiteral("Paper"), *ref);
        QVERIFY(model.hasReference());
        QVERIFY(model.isPublished(0));
        QCOMPARE(model.rowCount(), 7); // every published row is its own row without a session
        const int kvm = rowOf(model, QStringLiteral("E5420 kvm"), 8);
        QVERIFY(kvm >= 0);
        const int loss = ComparisonModel::column(0, ComparisonModel::LossPct);
        QCOMPARE(model.index(kvm, loss).data(ComparisonModel::RawValueRole).toDouble(), 3.42);
        QCOMPARE(model.index(kvm, loss).data().toString(), QLocale().toString(3.42, 'f', 2));
        QVERIFY(model.index(kvm, loss).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Table I")));
        // Published: no mean, no n, no interval.
        for (auto f : {ComparisonModel::Mean, ComparisonModel::N, ComparisonModel::LossCi95Pct}) {
            QVERIFY(!model.index(kvm, ComparisonModel::column(0, f)).data(ComparisonModel::RawValueRole).isValid());
            QCOMPARE(model.index(kvm, ComparisonModel::column(0, f)).data().toString(), QStringLiteral("—"));
        }
        // The PI statements are "about": shown with ≈.
        const int pi17 = rowOf(model, QStringLiteral("KVM guests"), 17);
        QVERIFY(model.index(pi17, loss).data().toString().startsWith(QStringLiteral("≈")));
        QCOMPARE(model.index(pi17, loss).data(ComparisonModel::RawValueRole).toDouble(), 5.0);
        // The yardstick: no VM.
        const int yard = rowOf(model, QStringLiteral("E5410 vs E5420"), 0);
        QCOMPARE(model.index(yard, ComparisonModel::VmCount).data().toString(), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TstComparisonModel)
#include "tst_comparisonmodel.moc"
