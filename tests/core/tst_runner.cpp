// SPDX-License-Identifier: GPL-3.0-or-later
// Runner without VMs: the real agent on bare metal, and the faults that need no VM.
#include "model/sessiondocument.h"
#include "run/runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

class TstRunner : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void configure(SessionDocument &doc, bool baseline, QList<int> vms, int repeats, int digits, int memMiB = 384,
                   const QString &uri = QStringLiteral("qemu:///system"))
    {
        VmSpec spec = doc.session().spec();
        spec.memoryMiB = memMiB;
        BenchmarkSuite w;
        w.piDigits = digits;
        Matrix m;
        m.baseline = baseline;
        m.vmCounts = vms;
        m.repeats = repeats;
        doc.setSettings({spec}, w, m, uri);
        QVERIFY(doc.save(m_dir.filePath(doc.session().id + QStringLiteral(".hvbench"))).ok());
    }
    RunnerOptions options(const QString &agent = qEnvironmentVariable("HVBENCH_AGENT"))
    {
        RunnerOptions o;
        o.agentPath = agent;
        o.consoleLogDir = m_dir.path();
        return o;
    }

private Q_SLOTS:
    void baselineRuns()
    {
        SessionDocument doc;
        configure(doc, true, {}, 3, 1000);
        Runner runner(&doc, options());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy progress(&runner, &Runner::progress);
        runner.start();
        QVERIFY(runner.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(doc.session().results.size(), 3);
        for (const auto &r : doc.session().results) {
            QCOMPARE(r.config, QStringLiteral("bare-metal"));
            QVERIFY(r.cycles > 0);
            QVERIFY(r.command.contains(QStringLiteral("1000")));
            QCOMPARE(r.raw.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        }
        QCOMPARE(doc.session().results.at(2).repeat, 2);
        QVERIFY(doc.session().manifest.value(QStringLiteral("agents")).toObject().contains(QStringLiteral("bare-metal")));
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QVERIFY(!runner.isRunning());
    }

    void cancelBeforeFirstTurn()
    {
        SessionDocument doc;
        configure(doc, true, {}, 1, 1000);
        Runner runner(&doc, options());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        runner.start();
        runner.cancel(); // before the queued first cell ran
        QTRY_COMPARE(failed.size(), 1);
        QTest::qWait(500);
        QCOMPARE(failed.size(), 1);
        QVERIFY(finished.isEmpty());
        QCOMPARE(doc.session().results.size(), 0);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("memMiB");
        QTest::addColumn<bool>("vms");
        QTest::addColumn<QString>("expect");
        QTest::addRow("agent missing") << QStringLiteral("/nonexistent/hvbench-agent") << QStringLiteral("qemu:///system")
                                       << 256 << false << QStringLiteral("/nonexistent/hvbench-agent");
        QTest::addRow("agent prints garbage") << QStringLiteral("GARBAGE") << QStringLiteral("qemu:///system") << 256
                                              << false << QStringLiteral("not a protocol message");
        QTest::addRow("agent exits") << QStringLiteral("/bin/true") << QStringLiteral("qemu:///system") << 256 << false
                                     << QStringLiteral("exited with code 0");
        QTest::addRow("bad uri") << QString() << QStringLiteral("nosuchdriver:///x") << 384 << true
                                 << QStringLiteral("nosuchdriver:///x");
        QTest::addRow("no daemon") << QString() << QStringLiteral("qemu+unix:///system?socket=/nonexistent.sock") << 384
                                   << true << QStringLiteral("libvirt daemon");
        QTest::addRow("ram too small") << QString() << QStringLiteral("qemu:///system") << 64 << true
                                       << QStringLiteral("RAM");
    }
    void faults()
    {
        QFETCH(QString, agent);
        QFETCH(QString, uri);
        QFETCH(int, memMiB);
        QFETCH(bool, vms);
        QFETCH(QString, expect);
        if (agent == QLatin1String("GARBAGE")) {
            agent = m_dir.filePath(QStringLiteral("garbage-agent.sh"));
            QFile f(agent);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\necho 'Illegal instruction (core dumped)'\nsleep 5\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        }
        if (vms && qEnvironmentVariableIsEmpty("HVBENCH_GUEST_DIR"))
            QSKIP("needs HVBENCH_GUEST_DIR");
        SessionDocument doc;
        configure(doc, !vms, vms ? QList<int>{1} : QList<int>{}, 1, 100, memMiB, uri);
        Runner runner(&doc, agent.isEmpty() ? options() : options(agent));
        QSignalSpy failed(&runner, &Runner::failed);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const QString msg = failed.first().first().toString();
        QVERIFY2(msg.contains(expect), qPrintable(msg));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TstRunner)
#include "tst_runner.moc"
