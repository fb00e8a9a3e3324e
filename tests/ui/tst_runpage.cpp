// SPDX-License-Identifier: GPL-3.0-or-later
// The Run page driving a bare-metal run (PI, the real agent): buttons, pause / resume, cancel,
// resume of the interrupted run, cell table, live charts, log.  A screenshot goes to
// $HVBENCH_SCREENSHOT_DIR (default: the temp dir) as runpage-paused.png.
#include "charts/livechart.h"
#include "model/sessiondocument.h"
#include "pages/runpage.h"
#include "run/cellprogressmodel.h"
#include "run/livefeed.h"
#include "run/runner.h"
#include "run/vmphasemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hvbench;

class TstRunPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void configure(SessionDocument &doc, int repeats)
    {
        Session s = doc.session();
        Matrix m = s.matrix;
        m.baseline = true;
        m.vmCounts.clear();
        m.repeats = repeats;
        BenchmarkSuite wl = s.benchmarks;
        wl.enabled = {Benchmark::Pi};
        wl.piDigits = 2000;
        doc.setSettings({s.spec()}, wl, m, s.hostUri);
        QVERIFY(doc.save(m_dir.filePath(doc.session().id + QStringLiteral(".hvbench"))).ok());
    }
    static RunnerOptions options() { return RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")}; }
    static void checkButtons(RunPage &p, bool run, bool resumeRun, bool pause, bool unpause, bool cancel)
    {
        QCOMPARE(p.runButton()->isEnabled(), run);
        QCOMPARE(p.resumeRunButton()->isEnabled(), resumeRun);
        QCOMPARE(p.pauseButton()->isEnabled(), pause);
        QCOMPARE(p.unpauseButton()->isEnabled(), unpause);
        QCOMPARE(p.cancelButton()->isEnabled(), cancel);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HVBENCH_AGENT")), "HVBENCH_AGENT must name the built agent");
    }

    void accessibleControls()
    {
        SessionDocument doc;
        Runner runner(&doc, options());
        RunPage page(&doc, &runner);
        for (QPushButton *b : {page.runButton(), page.resumeRunButton(), page.pauseButton(), page.unpauseButton(),
                               page.cancelButton()}) {
            QVERIFY(!b->accessibleName().isEmpty());
            QVERIFY(!b->shortcut().isEmpty());
        }
        checkButtons(page, true, false, false, false, false);
        QCOMPARE(RunPage::formatDuration(12'400), QStringLiteral("12 s"));
        QCOMPARE(RunPage::formatDuration(187'000), QStringLiteral("3 min 07 s"));
        QCOMPARE(RunPage::formatDuration(3'900'000), QStringLiteral("1 h 05 min"));
        QCOMPARE(RunPage::formatDuration(-5), QStringLiteral("0 s"));
    }

    void pauseResumeFromButtons()
    {
        SessionDocument doc;
        configure(doc, 3);
        Runner runner(&doc, options());
        RunPage page(&doc, &runner);
        QAbstractItemModelTester cellsTester(page.cellModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester vmTester(page.vmModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester cyclesTester(page.liveFeed()->cycles(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy paused(&runner, &Runner::pausedChanged);
        connect(&doc, &SessionDocument::resultAdded, this, [&] {
            if (doc.session().results.size() == 1)
                QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        });
        QTest::mouseClick(page.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 60'000);
        checkButtons(page, false, false, false, true, true);
        QCOMPARE(doc.session().results.size(), 1);
        QCOMPARE(page.cellModel()->rowCount(), 1);
        QCOMPARE(page.cellModel()->index(0, CellProgressModel::RoundsColumn).data().toString(),
                 QStringLiteral("1 / 3"));
        QVERIFY2(page.etaText().contains(QStringLiteral("left")), qPrintable(page.etaText()));
        QCOMPARE(page.liveFeed()->cycles()->seriesCount(), 1);
        QCOMPARE(page.liveFeed()->steal()->seriesCount(), 1);
        for (LiveChart *c : page.findChildren<LiveChart *>())
            c->redrawNow();
        auto *cycles = page.findChildren<LiveChart *>().at(1);
        QCOMPARE(cycles->plottedValueCount(), 1);
        QVERIFY(page.findChildren<LiveChart *>().at(0)->isShowingPlaceholder()); // no iperf3 in this run
        QTest::qWait(200);                                                       // the charts lay out
        const QString shotDir = qEnvironmentVariable("HVBENCH_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(page.grab().save(QDir(shotDir).filePath(QStringLiteral("runpage-paused.png"))));
        QTest::qWait(1500); // paused: nothing new
        QCOMPARE(doc.session().results.size(), 1);

        QTest::mouseClick(page.unpauseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(doc.session().results.size(), 3);
        checkButtons(page, true, false, false, false, false);
        QCOMPARE(page.cellModel()->index(0, CellProgressModel::StateColumn).data().toString(),
                 cellRunStateName(CellRunState::Done));
        QTRY_COMPARE(page.liveFeed()->cycles()->rowCount(page.liveFeed()->cycles()->index(0, 0)), 3);

        const QString logPath = m_dir.filePath(QStringLiteral("run.log"));
        QVERIFY(page.saveLog(logPath).ok());
        QFile f(logPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Run finished."));
        QVERIFY(!page.saveLog(m_dir.filePath(QStringLiteral("no/such/dir/run.log"))).ok());
        QFile::remove(doc.journalPath());
    }

    void cancelThenResumeRun_data()
    {
        QTest::addColumn<bool>("viaRunPrompt"); // Run asks: Resume / Run again from scratch / Cancel
        QTest::newRow("Resume run button") << false;
        QTest::newRow("Run, then Resume in the prompt") << true;
    }
    void cancelThenResumeRun()
    {
        QFETCH(bool, viaRunPrompt);
        SessionDocument doc;
        configure(doc, 2);
        Runner runner(&doc, options());
        RunPage page(&doc, &runner);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QSignalSpy paused(&runner, &Runner::pausedChanged);
        auto once = connect(&doc, &SessionDocument::resultAdded, this,
                            [&] { QTest::mouseClick(page.pauseButton(), Qt::LeftButton); });
        page.start();
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 60'000);
        disconnect(once);
        QTest::mouseClick(page.cancelButton(), Qt::LeftButton); // cancel while paused
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
        QVERIFY(finished.isEmpty());
        QCOMPARE(doc.session().results.size(), 1);
        checkButtons(page, true, true, false, false, false); // the interrupted run can be resumed

        if (viaRunPrompt) {
            bool asked = false;
            QTimer::singleShot(100, this, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = box->text().contains(QStringLiteral("did not finish"));
                    for (QAbstractButton *b : box->buttons())
                        if (b->text() == QStringLiteral("Resume"))
                            b->click();
                }
            });
            QTest::mouseClick(page.runButton(), Qt::LeftButton);
            QVERIFY(asked);
        } else {
            QTest::mouseClick(page.resumeRunButton(), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || failed.size() > 1, 60'000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(doc.session().results.size(), 2);
        QCOMPARE(doc.session().results.at(1).repeat, 1);
        QVERIFY(page.findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("Run resumed")));
        checkButtons(page, true, false, false, false, false);
        QFile::remove(doc.journalPath());
    }
};

QTEST_MAIN(TstRunPage)
#include "tst_runpage.moc"
