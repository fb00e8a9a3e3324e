// SPDX-License-Identifier: GPL-3.0-or-later
// Runner without VMs: the real agent on bare metal, and the faults that need no VM.
#include "model/sessiondocument.h"
#include "run/runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

    // Pause at the first safe point after the first result: nothing new while paused, then on.
    void pauseAndResume()
    {
        SessionDocument doc;
        configure(doc, true, {}, 3, 1000);
        Runner runner(&doc, options());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy paused(&runner, &Runner::pausedChanged);
        QSignalSpy cells(&runner, &Runner::cellsChanged);
        QSignalSpy steps(&runner, &Runner::stepsProgress);
        connect(&doc, &SessionDocument::resultAdded, &runner, [&] {
            if (doc.session().results.size() == 1)
                runner.pause();
        });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 60000);
        QCOMPARE(paused.first().first().toBool(), true);
        QVERIFY(runner.isPaused());
        QVERIFY(runner.isRunning());
        QCOMPARE(doc.session().results.size(), 1);
        QTest::qWait(2000); // nothing is measured while paused
        QCOMPARE(doc.session().results.size(), 1);
        QVERIFY(finished.isEmpty() && failed.isEmpty());
        runner.resume();
        QCOMPARE(paused.size(), 2);
        QCOMPARE(paused.last().first().toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(doc.session().results.size(), 3);
        // The cell table ends with the cell done after its 3 rounds; the steps reach their total.
        const auto last = cells.last().first().value<QList<CellProgress>>();
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().state, CellRunState::Done);
        QCOMPARE(last.first().roundsDone, 3);
        QCOMPARE(steps.last().at(0).toInt(), 3);
        QCOMPARE(steps.last().at(2).toLongLong(), 0LL);
        QVERIFY(!runner.isPaused());
    }

    void cancelWhilePaused()
    {
        SessionDocument doc;
        configure(doc, true, {}, 3, 1000);
        Runner runner(&doc, options());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy paused(&runner, &Runner::pausedChanged);
        connect(&doc, &SessionDocument::resultAdded, &runner, [&] { runner.pause(); });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 60000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(finished.isEmpty());
        QVERIFY(!runner.isRunning());
        QVERIFY(!runner.isPaused());
        QCOMPARE(paused.last().first().toBool(), false);
        QCOMPARE(doc.session().results.size(), 1); // what was measured is kept
        QVERIFY(Runner::hasUnfinishedRun(doc.session()));
        const QJsonObject outcome = doc.session().manifest.value(QStringLiteral("repeat_outcome")).toObject();
        QCOMPARE(outcome.value(QStringLiteral("cells")).toObject().value(QStringLiteral("bare-metal/0")).toObject()
                     .value(QStringLiteral("stopped_by")).toString(),
                 QStringLiteral("cancelled"));
    }

    // Paused between two steps of a cell (PI, then the 7-Zip score): the agent stays up, idle;
    // resume runs the next step, cancel tears the cell down.
    void pauseBetweenSteps_data()
    {
        QTest::addColumn<bool>("cancelWhilePaused");
        QTest::newRow("resume") << false;
        QTest::newRow("cancel") << true;
    }
    void pauseBetweenSteps()
    {
        QFETCH(bool, cancelWhilePaused);
        SessionDocument doc;
        configure(doc, true, {}, 1, 1000);
        BenchmarkSuite w = doc.session().benchmarks;
        w.enabled = {Benchmark::Pi, Benchmark::CpuScore};
        w.cpu.dictLog = 16;
        doc.setSettings(doc.session().specs, w, doc.session().matrix, doc.session().hostUri);
        Runner runner(&doc, options());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy paused(&runner, &Runner::pausedChanged);
        QSignalSpy log(&runner, &Runner::log);
        connect(&doc, &SessionDocument::resultAdded, &runner, [&] { runner.pause(); });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(paused.size() + failed.size() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(doc.session().results.size(), 1);
        QCOMPARE(doc.session().results.first().workload, QStringLiteral("pi"));
        bool guestsUp = false;
        for (const auto &l : std::as_const(log))
            guestsUp |= l.first().toString().contains(QStringLiteral("stay up"));
        QVERIFY(guestsUp);
        QTest::qWait(1500);
        QCOMPARE(doc.session().results.size(), 1);
        disconnect(&doc, nullptr, &runner, nullptr);
        if (cancelWhilePaused) {
            runner.cancel();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
            QVERIFY(finished.isEmpty());
            QCOMPARE(doc.session().results.size(), 1);
        } else {
            runner.resume();
            QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 120000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QCOMPARE(doc.session().results.size(), 2);
            QCOMPARE(doc.session().results.at(1).workload, QStringLiteral("cpu-score"));
        }
        QVERIFY(!runner.isRunning());
        QVERIFY(!runner.isPaused());
    }

    // A run stopped after round 1 continues with round 2 only, and says it was resumed.
    void resumeRunsOnlyTheMissingRound()
    {
        SessionDocument doc;
        configure(doc, true, {}, 2, 1000);
        {
            Runner first(&doc, options());
            QSignalSpy failed(&first, &Runner::failed);
            connect(&doc, &SessionDocument::resultAdded, &first, [&] { first.cancel(); });
            first.start();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        }
        QCOMPARE(doc.session().results.size(), 1);
        QCOMPARE(doc.session().results.first().repeat, 0);
        const QString startedAt = doc.session().manifest.value(QStringLiteral("started_at")).toString();
        QVERIFY(Runner::hasUnfinishedRun(doc.session()));
        const double wallBefore = doc.session().manifest.value(QStringLiteral("timing")).toObject()
                                      .value(QStringLiteral("measuring_s")).toDouble();
        QVERIFY(wallBefore > 0);

        Runner runner(&doc, options());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy progress(&runner, &Runner::progress);
        runner.start(); // resumes
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto &results = doc.session().results;
        QCOMPARE(results.size(), 2); // round 1 was not measured again
        QCOMPARE(results.at(0).repeat, 0);
        QCOMPARE(results.at(1).repeat, 1);
        QCOMPARE(progress.last().at(0).toInt(), 2);
        const QJsonObject m = doc.session().manifest;
        QCOMPARE(m.value(QStringLiteral("started_at")).toString(), startedAt);
        const QJsonArray resumes = m.value(QStringLiteral("resumes")).toArray();
        QCOMPARE(resumes.size(), 1);
        QCOMPARE(resumes.first().toObject().value(QStringLiteral("results_before")).toInt(), 1);
        QVERIFY(!resumes.first().toObject().value(QStringLiteral("at")).toString().isEmpty());
        QCOMPARE(m.value(QStringLiteral("repeat_outcome")).toObject().value(QStringLiteral("orders")).toArray().size(), 2);
        QVERIFY(!Runner::hasUnfinishedRun(doc.session()));
        QVERIFY(m.value(QStringLiteral("timing")).toObject().value(QStringLiteral("measuring_s")).toDouble()
                > wallBefore); // the resumed run's time adds to the first one's

        // Run again from scratch: the results go, the resumes too.
        runner.startFresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 1, 60000);
        QCOMPARE(doc.session().results.size(), 2);
        QVERIFY(doc.session().manifest.value(QStringLiteral("resumes")).toArray().isEmpty());
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
