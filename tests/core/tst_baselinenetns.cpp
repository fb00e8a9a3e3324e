// SPDX-License-Identifier: GPL-3.0-or-later
// BaselineNetns for real (the machine is root): the test makes its own bridge hvbt-br0, puts the
// namespace on it, runs an iperf3 client inside the namespace against an Iperf3Servers on the
// bridge address while LiveCounters watches the host veth end, and removes everything.  Failed
// creation undoes itself; stale-namespace detection never lists a namespace without an owner
// file.  Every object it makes is named hvbt… (bridge), hvbench-hvbt… (namespaces) or derives
// from such a session id (veth hvbn…); cleanupTestCase removes them even after a failure.
#include "run/baselinenetns.h"
#include "run/iperf3servers.h"
#include "run/livecounters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QtTest>

#include <unistd.h>

using namespace hvbench;

namespace {
const QString kBridge = QStringLiteral("hvbt-br0");

int run(const QStringList &cmd, QString *out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cmd.first(), cmd.mid(1));
    if (!p.waitForFinished(20'000))
        return -1;
    if (out)
        *out = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool nsExists(const QString &ns)
{
    return QFileInfo::exists(QStringLiteral("/run/netns/") + ns);
}

bool ifExists(const QString &ifname)
{
    return QFileInfo::exists(QStringLiteral("/sys/class/net/") + ifname);
}

QString randomSid(const char *tag)
{
    return QStringLiteral("hvbt%1%2")
        .arg(QLatin1String(tag))
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

// A pid that surely is dead: a child that has exited and been reaped.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForFinished();
    return p.processId() ? p.processId() : 999'999'99;
}

void writeOwner(const QString &ns, qint64 pid)
{
    QDir().mkpath(BaselineNetns::ownerDirectory());
    QFile f(BaselineNetns::ownerFile(ns));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QJsonObject o;
    o.insert(QLatin1String("pid"), pid);
    o.insert(QLatin1String("hostname"), QSysInfo::machineHostName());
    o.insert(QLatin1String("created_at"), QStringLiteral("2024-01-01T00:00:00Z"));
    f.write(QJsonDocument(o).toJson());
}
} // namespace

class TstBaselineNetns : public QObject {
    Q_OBJECT
    bool m_root = false;
    QString m_subnet;         // "10.213.X."
    QStringList m_namespaces; // everything this test may have made, removed at the end

    // Only objects of this test: hvbench-hvbt* namespaces (with their owner files), the veth
    // host ends of our session ids, and the bridge hvbt-br0.
    void removeOurs()
    {
        for (const QString &ns : std::as_const(m_namespaces)) {
            const QString sid = ns.mid(QStringLiteral("hvbench-").size());
            if (ifExists(BaselineNetns::hostInterfaceName(sid)))
                run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"),
                     BaselineNetns::hostInterfaceName(sid)});
            if (nsExists(ns))
                run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("delete"), ns});
            QFile::remove(BaselineNetns::ownerFile(ns));
        }
        if (ifExists(kBridge))
            run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"), kBridge});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = ::geteuid() == 0;
        if (!m_root)
            return; // only notRootIsRefused() runs
        if (QStandardPaths::findExecutable(QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                                  QStringLiteral("/usr/bin"), QStringLiteral("/bin")})
                .isEmpty())
            QSKIP("iproute2 (ip) is not installed");
        // A leftover of an earlier crashed run of this very test (same fixed name) goes first.
        if (ifExists(kBridge))
            run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"), kBridge});
        // 10.213.250.0/24 unless another network (e.g. a concurrent isolated-network test) uses it.
        QString addrs;
        run({QStringLiteral("ip"), QStringLiteral("-4"), QStringLiteral("-o"), QStringLiteral("addr"),
             QStringLiteral("show")},
            &addrs);
        for (int x = 250; x >= 240 && m_subnet.isEmpty(); --x) {
            const QString candidate = QStringLiteral("10.213.%1.").arg(x);
            if (!addrs.contains(QLatin1Char(' ') + candidate))
                m_subnet = candidate;
        }
        QVERIFY2(!m_subnet.isEmpty(), "no free 10.213.240-250.0/24 subnet");
        QCOMPARE(run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"), kBridge,
                      QStringLiteral("type"), QStringLiteral("bridge")}),
                 0);
        QCOMPARE(run({QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
                      m_subnet + QStringLiteral("1/24"), QStringLiteral("dev"), kBridge}),
                 0);
        QCOMPARE(
            run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), kBridge, QStringLiteral("up")}),
            0);
    }

    void cleanupTestCase()
    {
        if (m_root)
            removeOurs();
    }

    void names()
    {
        const QString sid = QStringLiteral("20240101-abcdef");
        QCOMPARE(BaselineNetns::namespaceName(sid), QStringLiteral("hvbench-20240101-abcdef"));
        const QString h = BaselineNetns::hostInterfaceName(sid);
        const QString n = BaselineNetns::namespaceInterfaceName(sid);
        QVERIFY(h.startsWith(QLatin1String("hvbn")) && h.endsWith(QLatin1Char('h')));
        QCOMPARE(n, h.left(h.size() - 1) + QLatin1Char('n'));
        QVERIFY(h.size() <= 15); // IFNAMSIZ - 1
        QVERIFY(BaselineNetns::hostInterfaceName(QStringLiteral("other")) != h);
    }

    void createMeasureRemove()
    {
        if (!m_root)
            QSKIP("needs root");
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed");
        const QString sid = randomSid("a");
        m_namespaces << BaselineNetns::namespaceName(sid);
        BaselineNetns netns;
        QSignalSpy ready(&netns, &BaselineNetns::ready);
        QSignalSpy failed(&netns, &BaselineNetns::failed);
        const QString address = m_subnet + QStringLiteral("2");
        netns.create(sid, kBridge, address, 24);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 30'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(netns.isReady());

        const QString ns = netns.namespaceName();
        QCOMPARE(ns, QStringLiteral("hvbench-") + sid);
        QVERIFY(nsExists(ns));
        QVERIFY(QFileInfo::exists(BaselineNetns::ownerFile(ns)));
        QVERIFY(ifExists(netns.hostInterface()));
        // The host end is a port of the test's bridge.
        QCOMPARE(QFileInfo(QStringLiteral("/sys/class/net/%1/master").arg(netns.hostInterface()))
                     .symLinkTarget()
                     .section(QLatin1Char('/'), -1),
                 kBridge);
        const QStringList prefix = netns.agentCommandPrefix();
        QCOMPARE(prefix.mid(1), (QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns}));
        QVERIFY(prefix.first().endsWith(QLatin1String("ip")));

        const QJsonObject m = netns.manifest();
        QCOMPARE(m.value(QLatin1String("namespace")).toString(), ns);
        QCOMPARE(m.value(QLatin1String("bridge")).toString(), kBridge);
        QCOMPARE(m.value(QLatin1String("address")).toString(), address);
        QCOMPARE(m.value(QLatin1String("host_interface")).toString(), netns.hostInterface());
        QCOMPARE(m.value(QLatin1String("commands")).toArray().size(), 7);
        QVERIFY(
            m.value(QLatin1String("commands")).toArray().first().toString().startsWith(QLatin1String("ip netns add ")));
        QVERIFY(m.value(QLatin1String("why_en")).toString().contains(QLatin1String("veth")));
        QVERIFY(!m.value(QLatin1String("why")).toString().isEmpty());

        // Not ours to remove while we run: stale detection leaves a live owner alone.
        QVERIFY(!BaselineNetns::staleNamespaces().contains(ns));

        // iperf3 client inside the namespace → veth → hvbt-br0 → host stack → server on the bridge.
        Iperf3Servers servers;
        QSignalSpy serversReady(&servers, &Iperf3Servers::ready);
        QSignalSpy serversFailed(&servers, &Iperf3Servers::failed);
        const int port = 5201 + int(QRandomGenerator::global()->bounded(2000));
        servers.start(m_subnet + QStringLiteral("1"), {port});
        QTRY_VERIFY_WITH_TIMEOUT(serversReady.count() + serversFailed.count() > 0, 12'000);
        QVERIFY2(serversFailed.isEmpty(),
                 serversFailed.isEmpty() ? "" : qPrintable(serversFailed.first().first().toString()));

        LiveCounters counters;
        counters.setIntervalMs(100);
        counters.addLocal(QStringLiteral("bare"), netns.hostInterface(), true); // host end: swapped
        counters.start();
        QProcess client;
        QSignalSpy done(&client, &QProcess::finished);
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(prefix.first(),
                     prefix.mid(1) + QStringList{QStringLiteral("iperf3"), QStringLiteral("-c"),
                                                 m_subnet + QStringLiteral("1"), QStringLiteral("-p"),
                                                 QString::number(port), QStringLiteral("-t"), QStringLiteral("1")});
        QVERIFY(done.wait(30'000));
        QVERIFY2(client.exitCode() == 0, client.readAll().constData());
        counters.stop();
        QVERIFY(servers.serverOutput(port).contains(QLatin1String("Accepted connection from ") + address));

        // Outbound from the namespace: its tx (the host end's rx, swapped) carries the data,
        // its rx only the ACKs.
        double maxRx = 0, maxTx = 0;
        for (const auto &s : counters.samples(QStringLiteral("bare"))) {
            maxRx = qMax(maxRx, s.rxMbps);
            maxTx = qMax(maxTx, s.txMbps);
        }
        QVERIFY2(maxTx > 0, qPrintable(QString::number(maxTx)));
        QVERIFY2(maxTx > maxRx, qPrintable(QStringLiteral("tx %1 rx %2").arg(maxTx).arg(maxRx)));

        QSignalSpy stopped(&servers, &Iperf3Servers::stopped);
        servers.stop();
        QVERIFY(stopped.wait(5000));

        QSignalSpy removed(&netns, &BaselineNetns::removed);
        QSignalSpy removeFailed(&netns, &BaselineNetns::removeFailed);
        const QString hostIf = netns.hostInterface();
        const QString nsIf = netns.namespaceInterface();
        netns.remove();
        QTRY_VERIFY_WITH_TIMEOUT(removed.count() + removeFailed.count() > 0, 30'000);
        QVERIFY2(removeFailed.isEmpty(),
                 removeFailed.isEmpty() ? "" : qPrintable(removeFailed.first().first().toString()));
        QVERIFY(!nsExists(ns));
        QVERIFY(!ifExists(hostIf));
        QVERIFY(!ifExists(nsIf));
        QVERIFY(!QFileInfo::exists(BaselineNetns::ownerFile(ns)));
    }

    void failureUndoesEverything()
    {
        if (!m_root)
            QSKIP("needs root");
        const QString sid = randomSid("u");
        m_namespaces << BaselineNetns::namespaceName(sid);
        // Make the LAST step fail: the bridge check passes for an existing non-bridge device, and
        // `ip link set … master lo` is refused by the kernel.
        BaselineNetns netns;
        QSignalSpy ready(&netns, &BaselineNetns::ready);
        QSignalSpy failed(&netns, &BaselineNetns::failed);
        netns.create(sid, QStringLiteral("lo"), m_subnet + QStringLiteral("3"), 24);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 30'000);
        QCOMPARE(ready.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("master lo")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"ip link set ")), qPrintable(message));
        QVERIFY(!nsExists(BaselineNetns::namespaceName(sid)));
        QVERIFY(!ifExists(BaselineNetns::hostInterfaceName(sid)));
        QVERIFY(!QFileInfo::exists(BaselineNetns::ownerFile(BaselineNetns::namespaceName(sid))));
        QVERIFY(!netns.isReady());
    }

    void refusesBadInput()
    {
        if (!m_root)
            QSKIP("needs root");
        BaselineNetns netns;
        QSignalSpy failed(&netns, &BaselineNetns::failed);
        netns.create(QStringLiteral("hvbt/x"), kBridge, m_subnet + QStringLiteral("4"), 24);
        QVERIFY(failed.wait(1000));
        netns.create(randomSid("b"), QStringLiteral("hvbt-nobr9"), m_subnet + QStringLiteral("4"), 24);
        QVERIFY(failed.wait(1000));
        QVERIFY(failed.last().first().toString().contains(QLatin1String("hvbt-nobr9")));
        netns.create(randomSid("b"), kBridge, QStringLiteral("10.213.300.4"), 24);
        QVERIFY(failed.wait(1000));
        QCOMPARE(failed.count(), 3);
    }

    void removeWhenNothingMade()
    {
        BaselineNetns netns;
        QSignalSpy removed(&netns, &BaselineNetns::removed);
        netns.remove();
        QVERIFY(removed.wait(1000));
    }

    void staleNamespacesNeedOwnerFile()
    {
        if (!m_root)
            QSKIP("needs root");
        const QString stale = BaselineNetns::namespaceName(randomSid("s"));
        const QString foreign = BaselineNetns::namespaceName(randomSid("f"));
        const QString alive = BaselineNetns::namespaceName(randomSid("l"));
        m_namespaces << stale << foreign << alive;
        for (const QString &ns : {stale, foreign, alive})
            QCOMPARE(run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), ns}), 0);
        writeOwner(stale, deadPid());
        writeOwner(alive, QCoreApplication::applicationPid());
        // `foreign` has no owner file: it is not ours.

        const QStringList found = BaselineNetns::staleNamespaces();
        QVERIFY2(found.contains(stale), qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY(!found.contains(foreign));
        QVERIFY(!found.contains(alive));

        const Status refused = BaselineNetns::removeNamespace(foreign);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(foreign), qPrintable(refused.errorMessage()));
        QVERIFY(nsExists(foreign));

        const Status notHvbench = BaselineNetns::removeNamespace(QStringLiteral("hvbt-plain"));
        QVERIFY(!notHvbench.ok());

        const Status ok = BaselineNetns::removeNamespace(stale);
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QVERIFY(!nsExists(stale));
        QVERIFY(!QFileInfo::exists(BaselineNetns::ownerFile(stale)));
        // foreign and alive are removed by cleanupTestCase (the test's own objects).
    }

    void notRootIsRefused()
    {
        if (m_root)
            QSKIP("runs as root: the not-root refusal cannot be tested here");
        BaselineNetns netns;
        QSignalSpy failed(&netns, &BaselineNetns::failed);
        netns.create(randomSid("r"), QStringLiteral("lo"), QStringLiteral("10.213.250.2"), 24);
        QVERIFY(failed.wait(1000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("needs root")),
                 qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TstBaselineNetns)
#include "tst_baselinenetns.moc"
