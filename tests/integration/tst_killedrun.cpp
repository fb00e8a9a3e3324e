// SPDX-License-Identifier: GPL-3.0-or-later
// A run killed mid-measurement (SIGKILL: no clean-up code runs) must leave nothing hvbench-*
// behind once the leftovers sweep ran: libvirt's autodestroy removes the guests with the dead
// connection; the data volumes and the isolated network stay until `hvbench-cli cleanup` (or
// the GUI's start-up question) removes them.
#include "model/sessiondocument.h"
#include "ownedomains.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

namespace {
const QString kUri = QStringLiteral("qemu:///system");
}

class TstKilledRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedRunIsCleanedUp();
};

void TstKilledRun::killedRunIsCleanedUp()
{
    const QString pool = QStringLiteral("hvbench-test-kill-%1").arg(QCoreApplication::applicationPid());
    const QString poolDir = QStringLiteral("/var/lib/libvirt/images/") + pool;
    const QString err = testutil::createDirPool(kUri, pool, poolDir);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto dropPool = qScopeGuard([&] {
        testutil::destroyPool(kUri, pool);
        QDir(poolDir).removeRecursively();
    });

    QTemporaryDir dir;
    SessionDocument doc;
    VmSpec spec = doc.session().spec();
    spec.memoryMiB = 128;
    spec.network = NetworkMode::Isolated;
    spec.disk = DiskBackend::File;
    spec.pool = pool;
    spec.dataDiskMiB = 32;
    BenchmarkSuite w;
    w.piDigits = 400'000; // long enough to be killed while measuring
    Matrix m;
    m.baseline = false;
    m.vmCounts = {2};
    m.repeats = 1;
    doc.setSettings({spec}, w, m, kUri);
    const QString file = dir.filePath(QStringLiteral("kill.hvbench"));
    QVERIFY(doc.save(file).ok());
    const QString prefix = QStringLiteral("hvbench-") + doc.session().id + QLatin1Char('-');

    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(HVBENCH_CLI), {QStringLiteral("run"), file});
    QVERIFY(cli.waitForStarted());
    QByteArray output;
    // Killed once the barrier released both guests: VMs, volumes and network all exist then.
    QVERIFY2(QTest::qWaitFor([&] {
                 output += cli.readAll();
                 return output.contains("round 1") || cli.state() == QProcess::NotRunning;
             }, 400'000),
             output.constData());
    QVERIFY2(cli.state() == QProcess::Running, output.constData());
    QCOMPARE(testutil::domainsWithPrefix(kUri, prefix).size(), 2);
    QCOMPARE(testutil::networksWithPrefix(kUri, prefix).size(), 1);
    QCOMPARE(testutil::volumesWithPrefix(kUri, pool, prefix).size(), 2);
    cli.kill(); // SIGKILL
    QVERIFY(cli.waitForFinished(10'000));

    // libvirt's autodestroy: the guests die with the connection.
    QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(kUri, prefix), QStringList(), 60'000);
    // Volumes and network outlive the process: the sweep finds and removes them.
    QCOMPARE(testutil::networksWithPrefix(kUri, prefix).size(), 1);
    QCOMPARE(testutil::volumesWithPrefix(kUri, pool, prefix).size(), 2);

    QProcess cleanup;
    cleanup.setProcessChannelMode(QProcess::MergedChannels);
    cleanup.start(QStringLiteral(HVBENCH_CLI), {QStringLiteral("cleanup"), QStringLiteral("--uri"), kUri, QStringLiteral("--yes")});
    QVERIFY(cleanup.waitForFinished(120'000));
    const QByteArray said = cleanup.readAll();
    qInfo("hvbench-cli cleanup said:\n%s", said.constData());
    QCOMPARE(cleanup.exitCode(), 0);
    QVERIFY2(said.contains(prefix.toUtf8()), said.constData());
    QCOMPARE(testutil::domainsWithPrefix(kUri, prefix), QStringList());
    QCOMPARE(testutil::networksWithPrefix(kUri, prefix), QStringList());
    QCOMPARE(testutil::volumesWithPrefix(kUri, pool, prefix), QStringList());
}

QTEST_GUILESS_MAIN(TstKilledRun)
#include "tst_killedrun.moc"
