// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatelibvirtd.h"
#include "settings/hostprofiles.h"
#include "virt/connectionmanager.h"
#include "virt/credentials.h"
#include "virt/hostconnection.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hvbench;
using namespace hvbench::virt;
using State = HostConnection::State;

Q_DECLARE_METATYPE(hvbench::virt::HostConnection::State)

namespace {
QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<State>());
    return out;
}
} // namespace

class TestConnectionManager final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<State>(); }

    void readyWithProbe()
    {
        HostConnection c({QStringLiteral("mock"), QStringLiteral("test:///default"), {}, false});
        QSignalSpy states(&c, &HostConnection::stateChanged);
        QSignalSpy info(&c, &HostConnection::hostInfoChanged);
        QCOMPARE(c.state(), State::Disconnected);
        c.connectToHost();
        QCOMPARE(c.state(), State::Connecting); // returns at once: the open runs on the worker
        QTRY_COMPARE(c.state(), State::Ready);
        QCOMPARE(statesOf(states), (QList<State>{State::Connecting, State::Ready}));
        QCOMPARE(info.size(), 1);
        QCOMPARE(c.hostInfo().driver, QStringLiteral("TEST"));
        QCOMPARE(c.hostInfo().cpus, 16);
        QVERIFY(c.hostInfo().pool(QStringLiteral("default-pool")));
        QCOMPARE(c.lastError(), QString());
        c.connectToHost(); // no-op when Ready
        QCOMPARE(states.size(), 2);
        c.disconnectFromHost();
        QCOMPARE(c.state(), State::Disconnected);
        // Connect again after a disconnect.
        c.connectToHost();
        QTRY_COMPARE(c.state(), State::Ready);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("maxMs");
        QTest::newRow("malformed") << QStringLiteral("qemu//system") << QStringLiteral("\"://\"") << 1000;
        QTest::newRow("unknown driver") << QStringLiteral("kvm:///system")
                                        << QStringLiteral("Unknown hypervisor driver") << 1000;
        // ssh must give up at once, never wait for a password on a terminal or hang.
        QTest::newRow("unknown host") << QStringLiteral("qemu+ssh://nobody@no-such-host.invalid/system?no_tty=1")
                                      << QStringLiteral("no-such-host.invalid") << 15000;
        QTest::newRow("no daemon") << QStringLiteral("test+unix:///default?socket=/nonexistent/hvbench-sock")
                                   << QStringLiteral("No libvirt daemon answers") << 5000;
    }
    void failures()
    {
        QFETCH(QString, uri);
        QFETCH(QString, fragment);
        QFETCH(int, maxMs);
        HostConnection c({QStringLiteral("bad"), uri, {}, false});
        QSignalSpy states(&c, &HostConnection::stateChanged);
        QElapsedTimer timer;
        timer.start();
        c.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Failed, maxMs + 5000);
        QVERIFY2(timer.elapsed() < maxMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(c.lastError().contains(fragment), qPrintable(c.lastError()));
        qInfo().noquote() << "message:" << c.lastError();
        QCOMPARE(statesOf(states).last(), State::Failed);
        QTest::qWait(300);
        QCOMPARE(c.state(), State::Failed); // no reconnect loop after a first failure
        QVERIFY(!c.reconnecting());
    }

    void unknownHostIsNamedAsSuch()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            QSKIP("needs the ssh client (openssh-client)");
        HostConnection c({QStringLiteral("bad"),
                          QStringLiteral("qemu+ssh://nobody@no-such-host.invalid/system?no_tty=1"),
                          {},
                          false});
        c.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Failed, 20000);
        QVERIFY2(c.lastError().contains(QLatin1String("cannot be found")), qPrintable(c.lastError()));
    }

    void managerFromProfiles()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("p.conf")), QSettings::IniFormat);
        settings::HostProfiles profiles(s);
        QVERIFY(profiles.add({QStringLiteral("mock"), QStringLiteral("test:///default"), {}, true}).ok());
        QVERIFY(
            profiles
                .add(
                    {QStringLiteral("broken"), QStringLiteral("test+unix:///default?socket=/nonexistent/s"), {}, false})
                .ok());
        CredentialBroker broker;
        ConnectionManager m(&broker);
        QSignalSpy added(&m, &ConnectionManager::connectionAdded);
        QSignalSpy changed(&m, &ConnectionManager::connectionStateChanged);
        m.syncWithProfiles(profiles);
        QCOMPARE(added.size(), 2);
        QCOMPARE(m.connections().size(), 2);
        QVERIFY(m.connection(QStringLiteral("mock")));
        QCOMPARE(m.connectionForUri(QStringLiteral("test:///default")), m.connection(QStringLiteral("mock")));
        m.connectAutoconnect();
        QTRY_COMPARE(m.connection(QStringLiteral("mock"))->state(), State::Ready);
        QCOMPARE(m.connection(QStringLiteral("broken"))->state(), State::Disconnected); // not autoconnect
        QVERIFY(changed.size() >= 2);
        HostConnection *mock = m.connection(QStringLiteral("mock"));

        // Rename "broken" away, change nothing about "mock": mock keeps its connection.
        QVERIFY(profiles.rename(QStringLiteral("broken"), QStringLiteral("other")).ok());
        QSignalSpy removed(&m, &ConnectionManager::connectionAboutToBeRemoved);
        m.syncWithProfiles(profiles);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m.connections().size(), 2);
        QCOMPARE(m.connection(QStringLiteral("mock")), mock);
        QCOMPARE(mock->state(), State::Ready);
        QVERIFY(m.connection(QStringLiteral("other")));
        QVERIFY(!m.connection(QStringLiteral("broken")));
        QVERIFY(m.remove(QStringLiteral("mock")));
        QVERIFY(!m.remove(QStringLiteral("mock")));
        QCOMPARE(m.connections().size(), 1);
    }

    // A private libvirtd (own config, socket and pid file in a temp dir; no TCP) serving the
    // test driver: connect, kill it, see the loss, restart it, see the connection come back.
    void reconnectAfterDaemonRestart()
    {
        if (!test::PrivateLibvirtd::installed())
            QSKIP("libvirtd is not installed");
        test::PrivateLibvirtd daemon(QStringLiteral("/tmp/hvbench-pd-XXXXXX"));
        QVERIFY(daemon.isValid());
        daemon.start();

        HostConnection c({QStringLiteral("private"), daemon.uri(), {}, false});
        c.setReconnectDelays(100, 400);
        QSignalSpy states(&c, &HostConnection::stateChanged);
        c.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Ready, 15000);
        QCOMPARE(c.hostInfo().driver, QStringLiteral("TEST"));
        states.clear();

        daemon.stop(); // the daemon goes away
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Failed, 10000);
        QVERIFY2(c.lastError().contains(QLatin1String("was lost")), qPrintable(c.lastError()));
        QVERIFY(c.reconnecting());
        // It keeps trying (Connecting ↔ Failed) while the daemon is down …
        QTRY_VERIFY_WITH_TIMEOUT(statesOf(states).count(State::Connecting) >= 2, 10000);
        QVERIFY2(c.lastError().contains(QLatin1String("was lost")), qPrintable(c.lastError()));
        QVERIFY(c.state() != State::Ready);

        daemon.start(); // … and comes back once the daemon is there again.
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Ready, 15000);
        QVERIFY(!c.reconnecting());
        QCOMPARE(c.lastError(), QString());
        QCOMPARE(c.hostInfo().driver, QStringLiteral("TEST"));

        // A user disconnect stops everything: no reconnect after the daemon goes away again.
        c.disconnectFromHost();
        daemon.stop();
        QTest::qWait(600);
        QCOMPARE(c.state(), State::Disconnected);
    }

    void disconnectWhileReconnectingStops()
    {
        // Losing a daemon that never comes back, then the user disconnects: retries end.
        test::PrivateLibvirtd daemon(QStringLiteral("/tmp/hvbench-pd-XXXXXX"));
        daemon.start();
        HostConnection c({QStringLiteral("private"), daemon.uri(), {}, false});
        c.setReconnectDelays(50, 100);
        c.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Ready, 15000);
        daemon.stop();
        QTRY_VERIFY_WITH_TIMEOUT(c.reconnecting(), 10000);
        c.disconnectFromHost();
        QSignalSpy states(&c, &HostConnection::stateChanged);
        QTest::qWait(400);
        QCOMPARE(states.size(), 0);
        QCOMPARE(c.state(), State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
