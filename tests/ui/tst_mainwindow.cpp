// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstablemodel.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "mainwindow.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"
#include "pages/resultspage.h"
#include "pages/runpage.h"
#include "run/runner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace hvbench;

class TstMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opens();
    void specEditsReachSession();
    void bareMetalRunFromRunButton();
    void runAgainAsksBeforeReplacingResults();
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HVBENCH_AGENT")), "HVBENCH_AGENT must name the built agent");
}

void TstMainWindow::opens()
{
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.windowTitle().contains(doc.session().name));
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.resultsPage()->cyclesChart()->isShowingPlaceholder());
    QVERIFY(w.resultsPage()->lossChart()->isShowingPlaceholder());
    QVERIFY(w.resultsPage()->cyclesChart()->placeholderText().contains(QStringLiteral("Run")));
}

void TstMainWindow::specEditsReachSession()
{
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    w.show();
    const auto spins = w.findChildren<QSpinBox *>();
    QSpinBox *repeatsSpin = nullptr;
    for (QSpinBox *s : spins)
        if (s->accessibleName() == QStringLiteral("Repeats"))
            repeatsSpin = s;
    QVERIFY(repeatsSpin);
    repeatsSpin->setValue(3);
    QCOMPARE(doc.session().matrix.repeats, 3);
    QVERIFY(w.isWindowModified());

    Session s = Session::demo();
    s.matrix.repeats = 5;
    doc.reset(s);
    QCOMPARE(repeatsSpin->value(), 5); // re-read on sessionReset
    QVERIFY(!w.isWindowModified());
}

void TstMainWindow::bareMetalRunFromRunButton()
{
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    QAbstractItemModelTester resultsTester(w.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester lossTester(w.lossTableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    Session s = doc.session();
    Matrix m = s.matrix;
    m.baseline = true;
    m.vmCounts.clear();
    m.repeats = 2;
    BenchmarkSuite wl = s.benchmarks;
    wl.piDigits = 2000;
    doc.setSettings({s.spec()}, wl, m, s.hostUri);

    w.show();
    w.showPage(1);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *log = w.runPage()->findChild<QPlainTextEdit *>();
    QVERIFY(log);
    QPushButton *run = w.runPage()->runButton();
    QVERIFY(run->isEnabled());
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy failed(&runner, &Runner::failed);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(runner.isRunning() || !failed.isEmpty() || !finished.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    QCOMPARE(w.resultsModel()->rowCount(), 2);
    QTRY_COMPARE(w.resultsPage()->cyclesChart()->plottedValueCount(), 1); // one cell, one guest
    QVERIFY(!w.resultsPage()->cyclesChart()->isShowingPlaceholder());
    QTRY_COMPARE(w.lossTableModel()->rowCount(), 1);
    QCOMPARE(w.resultsPage()->lossTable()->model()->rowCount(), 1);
    // Only bare metal ran: the loss chart says why it has nothing to show.
    QVERIFY(w.resultsPage()->lossChart()->isShowingPlaceholder());
    QVERIFY(!log->toPlainText().trimmed().isEmpty());
    QVERIFY(run->isEnabled());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.windowTitle().contains(QStringLiteral("[*]")), true);
}

void TstMainWindow::runAgainAsksBeforeReplacingResults()
{
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    RunResult r;
    r.config = kBareMetal;
    r.workload = QStringLiteral("pi");
    r.cycles = 1000;
    r.wallNs = 1000;
    QVERIFY(doc.addResult(r).ok());
    w.show();
    w.showPage(1);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    bool asked = false;
    QTimer::singleShot(100, this, [&] { // answer the modal question with Cancel
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text().contains(QStringLiteral("1 result"));
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QTest::mouseClick(w.runPage()->runButton(), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(!runner.isRunning());
    QCOMPARE(doc.session().results.size(), 1); // nothing replaced
    QFile::remove(doc.journalPath());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
