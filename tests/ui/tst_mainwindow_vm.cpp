// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI against a real guest: bare metal + 1 VM (QEMU/TCG here), started with the Run button.
#include "../integration/ownedomains.h"
#include "analysis/losstablemodel.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "mainwindow.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"
#include "pages/resultspage.h"
#include "pages/runpage.h"
#include "run/runner.h"

#include <QPushButton>
#include <QtTest>

using namespace hvbench;

class TstMainWindowVm final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runWithVmFromRunButton()
    {
        QStandardPaths::setTestModeEnabled(true);
        SessionDocument doc;
        RunnerOptions o = RunnerOptions::defaults();
        Runner runner(&doc, o);
        MainWindow w(&doc, &runner);
        const Session &s = doc.session();
        Matrix m;
        m.baseline = true;
        m.vmCounts = {1};
        m.repeats = 1;
        BenchmarkSuite wl;
        wl.piDigits = 2000;
        doc.setSettings({s.spec()}, wl, m, QStringLiteral("qemu:///system"));
        w.show();
        w.showPage(MainWindow::Run);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        QTest::mouseClick(w.runPage()->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 300'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        QCOMPARE(w.resultsModel()->rowCount(), 2);
        QTRY_COMPARE(w.resultsPage()->cyclesChart()->plottedValueCount(), 2); // bare metal + 1 guest
        QTRY_COMPARE(w.resultsPage()->lossChart()->plottedValueCount(), 1);
        QVERIFY(!w.resultsPage()->lossChart()->isShowingPlaceholder());
        // Under TCG the charts carry the emulation warning; with KVM they do not.
        QCOMPARE(w.resultsPage()->lossChart()->caveat(), doc.session().emulationCaveat());
        const QString accel = doc.session().manifest.value(QStringLiteral("host")).toObject()
                                  .value(QStringLiteral("accel")).toString();
        QVERIFY(accel == QLatin1String("TCG") || accel == QLatin1String("KVM"));
        QCOMPARE(w.resultsPage()->lossChart()->caveat().isEmpty(), accel == QLatin1String("KVM"));
        const QString prefix = QStringLiteral("hvbench-") + doc.session().id + QLatin1Char('-');
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(QStringLiteral("qemu:///system"), prefix), QStringList(),
                                  20000);
        QFile::remove(doc.journalPath());
    }
};

QTEST_MAIN(TstMainWindowVm)
#include "tst_mainwindow_vm.moc"
