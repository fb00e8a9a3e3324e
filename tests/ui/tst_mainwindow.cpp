// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstablemodel.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "mainwindow.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"
#include "pages/resultspage.h"
#include "pages/runpage.h"
#include "recentfilesmenu.h"
#include "run/runner.h"
#include "settings/appsettings.h"
#include "theme.h"
#include "io/sessionfile.h"

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
#include <QMimeData>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

using namespace hvbench;

class TstMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opens();
    void specEditsReachSession();
    void bareMetalRunFromRunButton();
    void runAgainAsksBeforeReplacingResults();
    void sessionFilesIn_data();
    void sessionFilesIn();
    void dropOpensSession();
    void recentFilesRememberedAndReopened();
    void pageAndSchemeRemembered();
    void brokenFileKeepsSession();
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
    w.showPage(MainWindow::Run);
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
    w.showPage(MainWindow::Run);
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

namespace {
// A session file with one bare-metal PI result, written by the session file code.
QString writeSession(const QString &path, const QString &name)
{
    Session s = Session::demo();
    s.name = name;
    RunResult r;
    r.config = kBareMetal;
    r.workload = QStringLiteral("pi");
    r.cycles = 1234;
    r.wallNs = 1000;
    s.results.append(r);
    return io::saveSession(s, path).ok() ? path : QString();
}
} // namespace

void TstMainWindow::sessionFilesIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("create");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("session") << QStringLiteral("a.hvbench") << true << true;
    QTest::newRow("upper-case suffix") << QStringLiteral("B.HVBENCH") << true << true;
    QTest::newRow("json") << QStringLiteral("c.json") << true << true;
    QTest::newRow("text file") << QStringLiteral("notes.txt") << true << false;
    QTest::newRow("missing") << QStringLiteral("gone.hvbench") << false << false;
}

void TstMainWindow::sessionFilesIn()
{
    QFETCH(QString, name);
    QFETCH(bool, create);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (create) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QStringList got = MainWindow::sessionFilesIn({QUrl::fromLocalFile(path)});
    QCOMPARE(got.size(), accepted ? 1 : 0);
    // Remote URLs are never opened.
    QVERIFY(MainWindow::sessionFilesIn({QUrl(QStringLiteral("https://example.org/x.hvbench"))}).isEmpty());
}

void TstMainWindow::dropOpensSession()
{
    QTemporaryDir dir;
    const QString path = writeSession(dir.filePath(QStringLiteral("dropped.hvbench")), QStringLiteral("Dropped"));
    QVERIFY(!path.isEmpty());
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QCOMPARE(doc.path(), path);
    QCOMPARE(doc.session().name, QStringLiteral("Dropped"));
    QCOMPARE(w.currentPage(), int(MainWindow::Results)); // it has results: show them

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("x.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
}

void TstMainWindow::recentFilesRememberedAndReopened()
{
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings::AppSettings app(qs);
    const QString a = writeSession(dir.filePath(QStringLiteral("a.hvbench")), QStringLiteral("A"));
    const QString b = writeSession(dir.filePath(QStringLiteral("b.hvbench")), QStringLiteral("B"));
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner, {&app});
    QVERIFY(w.openFile(a));
    QVERIFY(w.openFile(b));
    QCOMPARE(app.recentFiles(), (QStringList{b, a}));
    auto *menu = w.findChild<RecentFilesMenu *>();
    QVERIFY(menu);
    menu->rebuild();
    QAction *second = nullptr;
    const auto actions = menu->actions();
    for (QAction *act : actions)
        if (act->data().toString() == a)
            second = act;
    QVERIFY(second);
    QVERIFY(second->isEnabled());
    second->trigger();
    QCOMPARE(doc.session().name, QStringLiteral("A"));
    QCOMPARE(app.recentFiles().first(), a);
    // A file that went away stays listed but disabled.
    QVERIFY(QFile::remove(b));
    menu->rebuild();
    const auto after = menu->actions();
    bool missingDisabled = false;
    for (QAction *act : after)
        if (act->data().toString() == b)
            missingDisabled = !act->isEnabled();
    QVERIFY(missingDisabled);
}

void TstMainWindow::pageAndSchemeRemembered()
{
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings::AppSettings app(qs);
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    {
        MainWindow w(&doc, &runner, {&app});
        w.showPage(MainWindow::Run);
        // View ▸ Colour scheme ▸ Dark
        QAction *dark = nullptr;
        const auto all = w.findChildren<QAction *>();
        for (QAction *a : all)
            if (a->text() == QStringLiteral("&Dark"))
                dark = a;
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(isDarkPalette(QApplication::palette()));
        w.close();
    }
    QCOMPARE(app.colorScheme(), settings::ColorScheme::Dark);
    MainWindow again(&doc, &runner, {&app});
    QCOMPARE(again.currentPage(), int(MainWindow::Run));
    applyColorScheme(settings::ColorScheme::System);
}

void TstMainWindow::brokenFileKeepsSession()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.hvbench"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"formatVersion\": 1, \"results\": [ oops");
    f.close();
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    const QString before = doc.session().id;
    QString message;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
        }
    });
    QVERIFY(!w.openFile(path));
    QVERIFY2(message.contains(QStringLiteral("broken.hvbench")) || !message.isEmpty(), qPrintable(message));
    QCOMPARE(doc.session().id, before);
    QVERIFY(doc.path().isEmpty());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
