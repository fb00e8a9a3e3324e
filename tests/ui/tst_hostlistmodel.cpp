// SPDX-License-Identifier: GPL-3.0-or-later
// HostListModel over a ConnectionManager on libvirt's test driver: rows follow the manager,
// state changes are dataChanged on one row (never a reset), the session's host is bold; plus
// the capability summary computed from a probed HostInfo.
#include "../core/privatelibvirtd.h"
#include "model/sessiondocument.h"
#include "models/hostlistmodel.h"
#include "models/hostsummary.h"
#include "virt/connectionmanager.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hvbench;
using State = virt::HostConnection::State;

class TestHostListModel final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static settings::HostProfile mock(const QString &name, const QString &uri = QStringLiteral("test:///default"))
    {
        return {name, uri, {}, false};
    }

private Q_SLOTS:
    void rowsFollowTheManager()
    {
        virt::ConnectionManager m;
        m.add(mock(QStringLiteral("a")));
        HostListModel model(&m, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(HostListModel::ColumnCount));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m.add(mock(QStringLiteral("b")));
        m.add(mock(QStringLiteral("c"), QStringLiteral("qemu+ssh://root@node7/system")));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(2, HostListModel::NameColumn)).toString(), QStringLiteral("c"));
        QCOMPARE(model.data(model.index(2, HostListModel::UriColumn)).toString(),
                 QStringLiteral("qemu+ssh://root@node7/system"));
        QCOMPARE(model.data(model.index(2, HostListModel::StateColumn)).toString(), QStringLiteral("Disconnected"));
        QCOMPARE(model.rowOfName(QStringLiteral("b")), 1);
        QVERIFY(m.remove(QStringLiteral("b")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfName(QStringLiteral("c")), 1);
        QCOMPARE(model.connectionAt(1), m.connection(QStringLiteral("c")));
        QCOMPARE(model.connectionAt(5), nullptr);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.headerData(HostListModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    }

    void statesAreDataChanged()
    {
        virt::ConnectionManager m;
        m.add(mock(QStringLiteral("other")));
        virt::HostConnection *c = m.add(mock(QStringLiteral("mock")));
        HostListModel model(&m, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QModelIndex state = model.index(1, HostListModel::StateColumn);
        c->connectToHost();
        QCOMPARE(model.data(state).toString(), QStringLiteral("Connecting…"));
        QTRY_COMPARE(model.data(state, HostListModel::StateRole).toInt(), int(State::Ready));
        QCOMPARE(model.data(state).toString(), QStringLiteral("Connected"));
        QVERIFY(changed.size() >= 2);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().row(), 1); // only the row that changed
            QCOMPARE(args.at(1).toModelIndex().row(), 1);
        }
        QCOMPARE(reset.size(), 0);
        QVERIFY(!model.data(model.index(1, 0), Qt::DecorationRole).isNull());
        changed.clear();
        c->disconnectFromHost();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(state).toString(), QStringLiteral("Disconnected"));
    }

    void failureShowsTheReason()
    {
        virt::ConnectionManager m;
        virt::HostConnection *c =
            m.add(mock(QStringLiteral("bogus"), QStringLiteral("test:///nonexistent/hvbench.xml")));
        HostListModel model(&m, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        c->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, 0), HostListModel::StateRole).toInt(), int(State::Failed),
                                  15000);
        const QString text = model.data(model.index(0, HostListModel::StateColumn)).toString();
        QVERIFY2(text.startsWith(QLatin1String("Failed: ")), qPrintable(text));
        QVERIFY(text.size() > 10);
        QCOMPARE(model.data(model.index(0, 0), HostListModel::ErrorRole).toString(), c->lastError());
        QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains(QLatin1String("Failed")));
    }

    // A private libvirtd serving the test driver goes away: the row says it is reconnecting
    // (amber, "Connection lost, reconnecting: …"), then "Connected" again once it is back.
    void reconnectingIsShown()
    {
        if (!test::PrivateLibvirtd::installed())
            QSKIP("libvirtd is not installed");
        test::PrivateLibvirtd daemon(QStringLiteral("/tmp/hvbench-hl-XXXXXX"));
        QVERIFY(daemon.isValid());
        daemon.start();
        virt::ConnectionManager m;
        m.setReconnectDelays(100, 400);
        virt::HostConnection *c = m.add(mock(QStringLiteral("private"), daemon.uri()));
        HostListModel model(&m, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QModelIndex state = model.index(0, HostListModel::StateColumn);
        c->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(model.data(state).toString(), QStringLiteral("Connected"), 15000);
        daemon.stop();
        QTRY_VERIFY_WITH_TIMEOUT(model.data(state, HostListModel::ReconnectingRole).toBool(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            model.data(state).toString().startsWith(QLatin1String("Connection lost, reconnecting")) ||
                model.data(state).toString() == QStringLiteral("Reconnecting…"),
            10000);
        daemon.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.data(state).toString(), QStringLiteral("Connected"), 15000);
        QVERIFY(!model.data(state, HostListModel::ReconnectingRole).toBool());
        QCOMPARE(reset.size(), 0);
        c->disconnectFromHost();
    }

    void sessionHostIsBold()
    {
        virt::ConnectionManager m;
        m.add(mock(QStringLiteral("mock")));
        m.add(mock(QStringLiteral("local"), QStringLiteral("qemu:///system")));
        SessionDocument doc; // hostUri defaults to qemu:///system
        HostListModel model(&m, &doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex mockName = model.index(0, 0);
        const QModelIndex localName = model.index(1, 0);
        QVERIFY(model.data(localName, HostListModel::SessionHostRole).toBool());
        QVERIFY(model.data(localName, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(mockName, HostListModel::SessionHostRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const Session &s = doc.session();
        doc.setSettings(s.specs, s.benchmarks, s.matrix, QStringLiteral("test:///default"));
        QCOMPARE(changed.size(), 2); // the old and the new session host
        QVERIFY(model.data(mockName, HostListModel::SessionHostRole).toBool());
        QVERIFY(model.data(mockName, Qt::DisplayRole).toString().contains(QLatin1String("this session")));
        QVERIFY(!model.data(localName, HostListModel::SessionHostRole).toBool());
        QVERIFY(model.data(localName, Qt::FontRole).isNull());
    }

    void summaryOfTheTestDriver()
    {
        virt::HostConnection c(mock(QStringLiteral("mock")));
        c.connectToHost();
        QTRY_COMPARE(c.state(), State::Ready);
        const HostSummary s = summarizeHost(c.hostInfo());
        QVERIFY(s.tcgOnly); // the test driver has no KVM domain capabilities
        QVERIFY(s.accelerationNote.contains(QLatin1String("emulator")));
        auto value = [&](const QString &label) {
            for (const HostSummaryRow &r : s.rows)
                if (r.label == label)
                    return r.value;
            return QString();
        };
        QCOMPARE(value(QStringLiteral("Driver")), QStringLiteral("TEST"));
        QCOMPARE(value(QStringLiteral("Logical CPUs")), QStringLiteral("16"));
        QVERIFY(value(QStringLiteral("Storage pools")).contains(QLatin1String("default-pool (dir)")));
        QVERIFY(value(QStringLiteral("Networks")).contains(QLatin1String("default")));
        QVERIFY(!value(QStringLiteral("RAM")).isEmpty());
        QVERIFY(!value(QStringLiteral("libvirt version")).isEmpty());
        QVERIFY(!value(QStringLiteral("Guest types")).isEmpty());
    }

    void summaryOfKvmAndXen()
    {
        virt::HostInfo h;
        h.kvm = true;
        h.cpus = 8;
        h.memoryMiB = 16384;
        HostSummary s = summarizeHost(h);
        QVERIFY(!s.tcgOnly);
        QVERIFY(s.accelerationNote.isEmpty());
        QVERIFY(s.acceleration.startsWith(QLatin1String("KVM")));
        h.kvm = false;
        h.xen = true;
        h.guests.append({QStringLiteral("xen"), QStringLiteral("x86_64"), QStringLiteral("xen"), {}});
        s = summarizeHost(h);
        QCOMPARE(s.acceleration, QStringLiteral("Xen"));
        QVERIFY(!s.tcgOnly);
        QCOMPARE(formatBytes(16384LL * 1024 * 1024), QStringLiteral("16.0 GiB"));
    }
};

QTEST_MAIN(TestHostListModel)
#include "tst_hostlistmodel.moc"
