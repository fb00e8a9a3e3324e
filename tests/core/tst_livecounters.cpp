// SPDX-License-Identifier: GPL-3.0-or-later
// LiveCounters: a local source on "lo" sees the iperf3 traffic this test sends over loopback; a
// missing interface fails once and is dropped; the libvirt path against test:///default (its
// synthetic counters), one libvirt call in flight at most; the domain XML's interface target.
// The rx/tx swap of a veth end is checked in tst_baselinenetns, where the directions differ.
#include "run/iperf3servers.h"
#include "run/livecounters.h"
#include "virt/virthost.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hvbench;

namespace {
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}
} // namespace

class TstLiveCounters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loopbackSeesTraffic()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed: no traffic to generate on loopback");
        Iperf3Servers servers;
        QSignalSpy ready(&servers, &Iperf3Servers::ready);
        const int port = freePort();
        servers.start(QStringLiteral("127.0.0.1"), {port});
        QVERIFY(ready.wait(12'000));

        LiveCounters counters;
        counters.setIntervalMs(100);
        QSignalSpy samples(&counters, &LiveCounters::sample);
        QSignalSpy failed(&counters, &LiveCounters::sourceFailed);
        counters.addLocal(QStringLiteral("lo"), QStringLiteral("lo"), false);
        counters.start();

        QProcess client;
        QSignalSpy done(&client, &QProcess::finished);
        client.start(QStringLiteral("iperf3"), {QStringLiteral("-c"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                QString::number(port), QStringLiteral("-t"), QStringLiteral("1")});
        QVERIFY(done.wait(30'000));
        QCOMPARE(client.exitCode(), 0);
        counters.stop();
        QCOMPARE(failed.count(), 0);

        const QList<LiveCounters::Sample> all = counters.samples(QStringLiteral("lo"));
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.size(), samples.count()); // every emitted sample is kept
        double maxRx = 0, maxTx = 0;
        qint64 lastMs = -1;
        for (const auto &s : all) {
            QVERIFY(s.msSinceStart > lastMs);
            QVERIFY(s.intervalMs > 0);
            QVERIFY(s.rxMbps >= 0 && s.txMbps >= 0);
            lastMs = s.msSinceStart;
            maxRx = qMax(maxRx, s.rxMbps);
            maxTx = qMax(maxTx, s.txMbps);
        }
        QVERIFY2(maxRx > 0 && maxTx > 0, qPrintable(QStringLiteral("rx %1 tx %2").arg(maxRx).arg(maxTx)));
        // On loopback every byte sent is received: the counters move together (the two files are
        // read one after the other, and other processes use loopback too: allow 1 MiB apart).
        QVERIFY2(qAbs(all.last().rxBytes - all.last().txBytes) < 1024 * 1024,
                 qPrintable(QStringLiteral("rx %1 tx %2").arg(all.last().rxBytes).arg(all.last().txBytes)));
        // Signal and stored sample agree.
        QCOMPARE(samples.first().at(0).toString(), QStringLiteral("lo"));
        QCOMPARE(samples.first().at(1).toLongLong(), all.first().msSinceStart);
        QCOMPARE(samples.first().at(2).toDouble(), all.first().rxMbps);
    }

    void missingInterfaceFailsOnce()
    {
        LiveCounters counters;
        counters.setIntervalMs(20);
        QSignalSpy failed(&counters, &LiveCounters::sourceFailed);
        QSignalSpy samples(&counters, &LiveCounters::sample);
        counters.addLocal(QStringLiteral("ghost"), QStringLiteral("hvbt-none0"), false);
        counters.addLocal(QStringLiteral("lo"), QStringLiteral("lo"), false);
        counters.start();
        QCOMPARE(failed.count(), 1); // the first (baseline) reading already fails
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("ghost"));
        QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("hvbt-none0")),
                 qPrintable(failed.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 3, 5000); // several more ticks
        QCOMPARE(failed.count(), 1);                          // dropped: never again
        QCOMPARE(counters.sources(), QStringList{QStringLiteral("lo")});
        QVERIFY(counters.samples(QStringLiteral("ghost")).isEmpty());
    }

    void interfaceTargetFromDomainXml()
    {
        const QString xml = QStringLiteral(
            "<domain type='qemu'><name>x</name><devices>"
            "<disk type='file'><target dev='vda' bus='virtio'/></disk>"
            "<interface type='network'><source network='n'/><target dev='vnet7'/><model type='virtio'/></interface>"
            "<interface type='network'><target dev='vnet8'/></interface>"
            "</devices></domain>");
        QCOMPARE(LiveCounters::interfaceTargetDev(xml), QStringLiteral("vnet7"));
        QCOMPARE(LiveCounters::interfaceTargetDev(QStringLiteral("<domain><devices><disk><target dev='vda'/></disk>"
                                                                 "</devices></domain>")),
                 QString());
    }

    void libvirtTestDriver()
    {
        virt::VirtHost host;
        QSignalSpy opened(&host, &virt::VirtHost::opened);
        QSignalSpy openFailed(&host, &virt::VirtHost::openFailed);
        host.open(QStringLiteral("test:///default"));
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() + openFailed.count() > 0, 10'000);
        if (openFailed.count())
            QSKIP(qPrintable(QStringLiteral("test:///default did not open: ") + openFailed.first().first().toString()));

        LiveCounters counters(&host);
        counters.setIntervalMs(50);
        QSignalSpy samples(&counters, &LiveCounters::sample);
        QSignalSpy failed(&counters, &LiveCounters::sourceFailed);
        counters.addDomain(QStringLiteral("vm"), QStringLiteral("test")); // the test driver's running domain
        counters.addDomain(QStringLiteral("nosuch"), QStringLiteral("hvbt-no-such-domain"));
        counters.start();
        QTRY_VERIFY_WITH_TIMEOUT(counters.samples(QStringLiteral("vm")).size() >= 2, 10'000);
        counters.stop();

        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("nosuch"));
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("hvbt-no-such-domain")));

        // The test driver's counters are synthetic and grow with the clock, rx twice as fast as
        // tx (observed with `virsh -c test:///default domifstat test testnet0`).  The ratio of
        // raw counter deltas checks that libvirt's rx/tx reach us unswapped.
        const auto all = counters.samples(QStringLiteral("vm"));
        const auto &a = all.first();
        const auto &b = all.last();
        QVERIFY(b.rxBytes > a.rxBytes && b.txBytes > a.txBytes);
        const double ratio = double(b.rxBytes - a.rxBytes) / double(b.txBytes - a.txBytes);
        QVERIFY2(qAbs(ratio - 2.0) < 0.01, qPrintable(QString::number(ratio)));
        QVERIFY(a.rxMbps > 0 && a.txMbps > 0);
        QCOMPARE(samples.count(), all.size());
    }

    void onlyOneCallInFlightPerDomain()
    {
        virt::VirtHost host;
        QSignalSpy opened(&host, &virt::VirtHost::opened);
        host.open(QStringLiteral("test:///default"));
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 10'000);
        // Keep the worker busy: ticks meanwhile must be skipped, not queued behind it.
        auto release = std::make_shared<QAtomicInt>(0);
        host.submit([release](virConnectPtr) -> virt::Continuation {
            while (!release->loadAcquire())
                QThread::msleep(5);
            return {};
        });
        LiveCounters counters(&host);
        counters.setIntervalMs(10);
        counters.addDomain(QStringLiteral("vm"), QStringLiteral("test"));
        QSignalSpy ticks(&counters, &LiveCounters::sample); // none while blocked
        counters.start();
        QTest::qWait(200); // many ticks while the first call waits behind the busy worker
        QCOMPARE(counters.libvirtCallsIssued(), 1);
        release->storeRelease(1);
        QTRY_VERIFY_WITH_TIMEOUT(counters.samples(QStringLiteral("vm")).size() >= 2, 10'000);
        counters.stop();
        // Each answer allowed exactly one more call: never more issued than answered + 1.
        QVERIFY(counters.libvirtCallsIssued() <= counters.samples(QStringLiteral("vm")).size() + 2);
    }
};

QTEST_GUILESS_MAIN(TstLiveCounters)
#include "tst_livecounters.moc"
