// SPDX-License-Identifier: GPL-3.0-or-later
// Boots real guests (QEMU/TCG here) through libvirt, runs PI in them and checks that nothing
// hvbench created is left behind — also when a VM dies mid-run or never says hello.
#include "io/sessionfile.h"
#include "model/sessiondocument.h"
#include "ownedomains.h"
#include "run/roundplanner.h"
#include "run/runner.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

namespace {
const QString kUri = QStringLiteral("qemu:///system");
}

class TstVmRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString configure(SessionDocument &doc, bool baseline, QList<int> vms, int digits, NicModel nic = NicModel::Virtio)
    {
        VmSpec spec = doc.session().spec();
        spec.nic = nic;
        spec.name = nic == NicModel::Virtio ? QStringLiteral("qemu-virtio") : QStringLiteral("qemu-e1000");
        BenchmarkSuite w;
        w.piDigits = digits;
        Matrix m;
        m.baseline = baseline;
        m.vmCounts = vms;
        m.repeats = 1;
        doc.setSettings({spec}, w, m, kUri);
        const QString path = m_dir.filePath(doc.session().id + QStringLiteral(".hvbench"));
        [&] { QVERIFY(doc.save(path).ok()); }();
        return path;
    }
    RunnerOptions options(int helloTimeoutMs = 120000)
    {
        RunnerOptions o;
        o.agentPath = qEnvironmentVariable("HVBENCH_AGENT");
        o.consoleLogDir = QStringLiteral("/var/log/libvirt/qemu");
        o.helloTimeoutMs = helloTimeoutMs;
        return o;
    }
    QString prefix(const SessionDocument &doc) { return QStringLiteral("hvbench-") + doc.session().id + QLatin1Char('-'); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("HVBENCH_GUEST_DIR"))
            QFAIL("HVBENCH_GUEST_DIR is not set");
    }

    void baselineAndConcurrentVms_data()
    {
        QTest::addColumn<int>("nic");
        QTest::addColumn<QList<int>>("vms");
        QTest::addRow("virtio 1+2 VMs") << int(NicModel::Virtio) << QList<int>{1, 2};
        QTest::addRow("e1000 1 VM") << int(NicModel::E1000) << QList<int>{1};
    }
    void baselineAndConcurrentVms()
    {
        QFETCH(int, nic);
        QFETCH(QList<int>, vms);
        SessionDocument doc;
        const QString path = configure(doc, true, vms, 2000, NicModel(nic));
        Runner runner(&doc, options());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy warnings(&runner, &Runner::warning);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 600000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        int expected = 1;
        for (int n : vms)
            expected += n;
        const Session &s = doc.session();
        QCOMPARE(s.results.size(), expected);
        QSet<QString> domains;
        for (const auto &r : s.results) {
            QVERIFY(r.cycles > 0);
            if (r.vmCount > 0) {
                QVERIFY(r.domain.startsWith(prefix(doc)));
                domains.insert(r.domain);
                QVERIFY(r.raw.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("steal_ticks")));
            }
        }
        QCOMPARE(domains.size(), expected - 1); // one distinct guest per VM result
        const QJsonObject host = s.manifest.value(QStringLiteral("host")).toObject();
        QVERIFY(!host.value(QStringLiteral("libvirt_version")).toString().isEmpty());
        if (host.value(QStringLiteral("accel")).toString() == QLatin1String("TCG"))
            QVERIFY(!warnings.isEmpty()); // the user is told numbers reflect emulation
        const QJsonObject xmls = s.manifest.value(QStringLiteral("domains")).toObject();
        for (const QString &d : std::as_const(domains)) {
            QVERIFY(xmls.value(d).toString().contains(nicModelName(NicModel(nic))));
            QVERIFY(!s.manifest.value(QStringLiteral("agents")).toObject().value(d).toObject()
                         .value(QStringLiteral("kernel")).toString().isEmpty());
        }
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(kUri, prefix(doc)), QStringList(), 20000);
        // everything measured is on disk (journal) even before the session is saved again
        QCOMPARE(io::loadSession(path)->results.size(), expected);
    }

    void vmDiesMidRun()
    {
        SessionDocument doc;
        const QString path = configure(doc, true, {1}, 150000); // ~6 s bare metal, minutes under TCG
        // Cells run in a random order each round: pick a seed that puts bare metal first, so there
        // is a result to survive the VM's death.
        Matrix m = doc.session().matrix;
        for (m.seed = 1; m.seed < 1000; ++m.seed) {
            RoundPlanner planner(doc.session().cells(), m,
                                 {{doc.session().cells().at(0).key(), {Benchmark::Pi}},
                                  {doc.session().cells().at(1).key(), {Benchmark::Pi}}});
            if (doc.session().cells().at(planner.nextRound(0, {}).value(0)).isBaseline())
                break;
        }
        doc.setSettings(doc.session().specs, doc.session().benchmarks, m, kUri);
        QVERIFY(doc.save(path).ok());
        Runner runner(&doc, options());
        QSignalSpy failed(&runner, &Runner::failed);
        QString victim;
        connect(&runner, &Runner::progress, this, [&](int, int, const QString &what) {
            if (victim.isEmpty() && what.contains(QStringLiteral("1 VM"))) { // released into the VM cell
                const auto names = testutil::domainsWithPrefix(kUri, prefix(doc));
                if (!names.isEmpty()) {
                    victim = names.first();
                    testutil::destroyDomain(kUri, victim);
                }
            }
        });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 600000);
        QVERIFY(!victim.isEmpty());
        const QString msg = failed.first().first().toString();
        QVERIFY2(msg.contains(victim), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("console log")), qPrintable(msg));
        QCOMPARE(doc.session().results.size(), 1); // the bare-metal result survives
        QCOMPARE(io::loadSession(path)->results.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(kUri, prefix(doc)), QStringList(), 20000);
    }

    void cancelWhileBooting()
    {
        SessionDocument doc;
        configure(doc, false, {2}, 100);
        Runner runner(&doc, options());
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy finished(&runner, &Runner::finished);
        connect(&runner, &Runner::log, this, [&](const QString &l) {
            if (l.contains(QStringLiteral("waiting for its agent")))
                runner.cancel(); // the guest is booting; its hello may still arrive
        });
        QElapsedTimer t;
        t.start();
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        QVERIFY2(t.elapsed() < 45000, "cancel must not wait for a run timeout");
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("cancelled")));
        QTest::qWait(3000); // a late hello must not release a round
        QCOMPARE(failed.size(), 1);
        QVERIFY(finished.isEmpty());
        QVERIFY(!runner.isRunning());
        QCOMPARE(doc.session().results.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(kUri, prefix(doc)), QStringList(), 20000);
    }

    // Specs this host cannot run, or storage that cannot hold them: refused before anything
    // runs, with a message naming what to change, and nothing hvbench-* left (no volume, no
    // network, no domain).
    void badSpecsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("needle");
        QTest::addRow("Xen PV on a QEMU host") << QStringLiteral("xen-pv") << QStringLiteral("Xen");
        QTest::addRow("Xen HVM on a QEMU host") << QStringLiteral("xen-hvm") << QStringLiteral("Xen");
        QTest::addRow("RAM larger than the host") << QStringLiteral("huge-ram") << QStringLiteral("RAM");
        QTest::addRow("pool that does not exist") << QStringLiteral("no-pool") << QStringLiteral("no-such-pool");
        QTest::addRow("pool full") << QStringLiteral("pool-full") << QStringLiteral("hvbench-test-full");
        QTest::addRow("block device missing") << QStringLiteral("no-block") << QStringLiteral("/dev/hvbench-nope");
    }

    void badSpecsAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, needle);
        SessionDocument doc;
        configure(doc, false, {1}, 100);
        VmSpec spec = doc.session().spec();
        const QString pool = QStringLiteral("hvbench-test-full-%1").arg(QCoreApplication::applicationPid());
        const QString poolDir = QStringLiteral("/var/lib/libvirt/images/") + pool;
        auto dropPool = qScopeGuard([&] {
            testutil::destroyPool(kUri, pool);
            QDir(poolDir).removeRecursively();
        });
        if (what == QLatin1String("xen-pv")) {
            spec.hypervisor = Hypervisor::XenPv;
            spec.nic = NicModel::Netfront;
            spec.network = NetworkMode::Isolated;
        } else if (what == QLatin1String("xen-hvm")) {
            spec.hypervisor = Hypervisor::XenHvm;
            spec.network = NetworkMode::Isolated;
            spec.nic = NicModel::E1000;
        } else if (what == QLatin1String("huge-ram")) {
            spec.memoryMiB = 1024 * 1024; // 1 TiB
        } else if (what == QLatin1String("no-pool")) {
            spec.disk = DiskBackend::File;
            spec.pool = QStringLiteral("no-such-pool");
        } else if (what == QLatin1String("pool-full")) {
            QVERIFY(testutil::createDirPool(kUri, pool, poolDir).isEmpty());
            spec.disk = DiskBackend::File;
            spec.pool = pool;
            spec.dataDiskMiB = 15 * 1024 * 1024; // 15 TiB: more than this pool holds
        } else if (what == QLatin1String("no-block")) {
            spec.disk = DiskBackend::BlockDevice;
            spec.blockDevice = QStringLiteral("/dev/hvbench-nope");
        }
        QVERIFY2(spec.validate().ok(), qPrintable(spec.validate().errorMessage()));
        doc.setSettings({spec}, doc.session().benchmarks, doc.session().matrix, kUri);
        Runner runner(&doc, options());
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !finished.isEmpty(), 120000);
        QVERIFY(finished.isEmpty());
        const QString msg = failed.first().first().toString();
        qInfo("%s: %s", qPrintable(what), qPrintable(msg));
        QVERIFY2(msg.contains(needle), qPrintable(msg));
        QVERIFY(failed.first().at(1).toBool()); // before measuring: exit status 2 in the CLI
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(kUri, prefix(doc)), QStringList(), 20000);
        QCOMPARE(testutil::networksWithPrefix(kUri, prefix(doc)), QStringList());
        if (what == QLatin1String("pool-full"))
            QCOMPARE(testutil::volumesWithPrefix(kUri, pool, prefix(doc)), QStringList());
    }

    // libvirtd restarts while the guest measures: the run fails with a clear message (what was
    // measured is kept), the guest is gone (autodestroy), and the run's isolated network, which
    // outlives the dead connection, is removed over a new connection before the run ends.
    void daemonRestartMidRun()
    {
        SessionDocument doc;
        configure(doc, false, {1}, 400'000);
        VmSpec spec = doc.session().spec();
        spec.network = NetworkMode::Isolated;
        spec.memoryMiB = 160;
        doc.setSettings({spec}, doc.session().benchmarks, doc.session().matrix, kUri);
        Runner runner(&doc, options());
        QSignalSpy failed(&runner, &Runner::failed);
        QStringList logs;
        connect(&runner, &Runner::log, this, [&](const QString &l) { logs << l; });
        bool restarted = false;
        connect(&runner, &Runner::vmPhaseChanged, this, [&](int, const QString &, VmPhase phase, const QString &) {
            if (phase != VmPhase::Measuring || restarted)
                return;
            restarted = true;
            QTimer::singleShot(0, this, [] {
                // The shared daemon, restarted the way an administrator would.
                QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-x"), QStringLiteral("libvirtd")});
                QTest::qWait(1500);
                QProcess::execute(QStringLiteral("bash"), {QStringLiteral(HVBENCH_SOURCE_DIR "/scripts/ensure-libvirtd.sh")});
            });
        });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 240'000);
        QVERIFY(restarted);
        const QString msg = failed.first().first().toString();
        qInfo("%s", qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("lost")), qPrintable(msg));
        QVERIFY(!failed.first().at(1).toBool()); // it was measuring
        const QString all = logs.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Removed after the reconnect: hvbench-") + doc.session().id + QStringLiteral("-net")),
                 qPrintable(all));
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(kUri, prefix(doc)), QStringList(), 60000);
        QCOMPARE(testutil::networksWithPrefix(kUri, prefix(doc)), QStringList());
    }

    void helloTimeoutNamesConsoleLog()
    {
        SessionDocument doc;
        configure(doc, false, {1}, 100);
        Runner runner(&doc, options(300)); // far too short for any boot
        QSignalSpy failed(&runner, &Runner::failed);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 120000);
        const QString msg = failed.first().first().toString();
        QVERIFY2(msg.contains(QStringLiteral("did not say hello")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral(".console.log")), qPrintable(msg));
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(kUri, prefix(doc)), QStringList(), 20000);
    }
};

QTEST_GUILESS_MAIN(TstVmRun)
#include "tst_vmrun.moc"
