// SPDX-License-Identifier: GPL-3.0-or-later
// ComparePage: two session files written by the test (io::saveSession) side by side, one bar
// per session in the chart; the paper's reference joins the KVM rows; a broken file shows a
// clear error and the page keeps its rows; the open session shows as "This session".
#include "analysis/comparisonmodel.h"
#include "charts/comparechart.h"
#include "io/csvexport.h"
#include "io/sessionfile.h"
#include "model/sessiondocument.h"
#include "pages/comparepage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

namespace {
RunResult cpu(const QString &config, int vms, int round, int guest, double perCopy)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.repeat = round;
    r.guest = guest;
    r.workload = QStringLiteral("cpu-score");
    r.command = QStringLiteral("7zz b 1 -mmt1 -md18");
    r.metrics = {{QStringLiteral("score_per_copy_mips"), perCopy}, {QStringLiteral("score_mips"), perCopy}};
    r.wallNs = 1'000'000'000;
    return r;
}
// A session: bare metal `bare` per copy, 8 KVM guests at `vm` per copy (+ a little per round).
Session eightVms(double bare, double vm)
{
    Session s = Session::demo();
    s.specs.first().name = QStringLiteral("kvm-virtio");
    s.specs.first().hypervisor = Hypervisor::Kvm;
    s.benchmarks.enabled = {Benchmark::CpuScore};
    for (int round = 0; round < 3; ++round) {
        s.results.append(cpu(kBareMetal, 0, round, 0, bare + round));
        for (int g = 0; g < 8; ++g)
            s.results.append(cpu(QStringLiteral("kvm-virtio"), 8, round, g, vm + round));
    }
    return s;
}
} // namespace

class TstComparePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoSessionsSideBySide()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("host-a.hvbench"));
        const QString b = dir.filePath(QStringLiteral("host-b.hvbench"));
        QVERIFY(io::saveSession(eightVms(4000, 3800), a).ok());
        QVERIFY(io::saveSession(eightVms(5000, 4000), b).ok());

        ComparePage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.chart()->isShowingPlaceholder());
        const Status sa = page.addSessionFile(a);
        QVERIFY2(sa.ok(), qPrintable(sa.errorMessage()));
        QVERIFY(page.addSessionFile(b).ok());
        ComparisonModel *m = page.model();
        QCOMPARE(m->sourceCount(), 2);
        QCOMPARE(m->sourceName(0), QStringLiteral("host-a"));
        QCOMPARE(m->sourceName(1), QStringLiteral("host-b"));
        QCOMPARE(page.table()->model(), m);
        QVERIFY(page.errorText().isEmpty());
        QVERIFY(page.chart()->caveat().isEmpty()); // both ran with KVM

        // Chart: the per-copy score, one group (8 VMs), one bar per session.
        QVERIFY(page.figureBox()->count() >= 2);
        QCOMPARE(page.chart()->benchmark(), QStringLiteral("cpu-score"));
        QCOMPARE(page.chart()->metric(), QStringLiteral("score_per_copy_mips"));
        QVERIFY(!page.chart()->isShowingPlaceholder());
        QCOMPARE(page.chart()->barSetCount(), 2);
        QCOMPARE(page.chart()->categoryCount(), 1);
        QCOMPARE(page.chart()->plottedValueCount(), 2);
        const QStringList labels = page.chart()->valueLabels();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0), QLocale().toString((4001.0 - 3801.0) / 4001.0 * 100, 'f', 2)); // 5 %
        QCOMPARE(labels.at(1), QLocale().toString((5001.0 - 4001.0) / 5001.0 * 100, 'f', 2)); // 20 %

        // The same file twice: refused, nothing changes.
        QVERIFY(!page.addSessionFile(a).ok());
        QVERIFY(page.errorText().contains(QStringLiteral("already")));
        QCOMPARE(m->sourceCount(), 2);

        // The paper: a third bar in the KVM 8-VM group (3.42), its own groups for Xen and the yardstick.
        page.addReference();
        page.addReference(); // once
        QCOMPARE(m->sourceCount(), 3);
        QVERIFY(page.referenceText().contains(QStringLiteral("7-Zip")));
        QVERIFY(page.referenceText().contains(QStringLiteral("HEP-SPEC06")));
        QVERIFY(page.referenceText().contains(QStringLiteral("E5420")));
        QCOMPARE(page.chart()->barSetCount(), 3);
        QCOMPARE(page.chart()->categoryCount(), 4); // kvm-virtio ×8, E5410 vs E5420, xen-hvm, xen-para
        QCOMPARE(page.chart()->plottedValueCount(), 2 + 4);
        QVERIFY(page.chart()->valueLabels().contains(QLocale().toString(3.42, 'f', 2)));
        QVERIFY(page.chart()->valueLabels().contains(QStringLiteral("—"))); // sessions have no Xen bars

        // Measured groups first, then the paper's own rows.
        QCOMPARE(page.chart()->valueLabels().first(), labels.at(0));
        if (!qEnvironmentVariableIsEmpty("HVBENCH_SCREENSHOT")) {
            QTest::qWait(50); // layout, and the old axes go with deleteLater()
            page.grab().save(qEnvironmentVariable("HVBENCH_SCREENSHOT"));
        }

        // CSV: unit-suffixed keys per session, raw numbers, absent figures empty (never 0).
        const QString csvPath = dir.filePath(QStringLiteral("comparison.csv"));
        QVERIFY(page.exportCsv(csvPath).ok());
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = io::parseCsv(csvFile.readAll());
        QCOMPARE(csv.size(), m->rowCount() + 1);
        const QStringList keys = csv.first();
        QVERIFY(keys.contains(QStringLiteral("s1_loss_pct")) && keys.contains(QStringLiteral("s3_loss_pct")));
        QVERIFY(keys.contains(QStringLiteral("s2_mean_per_guest")));
        for (const QStringList &row : csv.mid(1))
            if (row.at(keys.indexOf(QStringLiteral("config"))) == QLatin1String("E5420 xen-para")) {
                QCOMPARE(row.at(keys.indexOf(QStringLiteral("s3_loss_pct"))), QStringLiteral("2.02"));
                QCOMPARE(row.at(keys.indexOf(QStringLiteral("s1_loss_pct"))), QString());
            }
        QVERIFY(!page.exportCsv(dir.filePath(QStringLiteral("no/such/dir/c.csv"))).ok());
        QVERIFY(!page.errorText().isEmpty());

        // Another figure from the box: the PI statements, "about" values marked ≈.
        const int piIndex = page.figureBox()->findData(QStringList{QStringLiteral("pi"), QStringLiteral("cycles")});
        QVERIFY(piIndex >= 0);
        page.figureBox()->setCurrentIndex(piIndex);
        QCOMPARE(page.chart()->benchmark(), QStringLiteral("pi"));
        QCOMPARE(page.chart()->categoryCount(), 3); // the paper's 1, 8 and 17 KVM guests
        QCOMPARE(page.chart()->plottedValueCount(), 3);
        QVERIFY(page.chart()->valueLabels().contains(QStringLiteral("≈ 5")));
        if (!qEnvironmentVariableIsEmpty("HVBENCH_SCREENSHOT")) {
            QTest::qWait(50);
            page.grab().save(qEnvironmentVariable("HVBENCH_SCREENSHOT") + QStringLiteral("-pi.png"));
        }

        // Remove the first session: its column group goes, the chosen figure stays.
        page.removeSource(0);
        QCOMPARE(m->sourceCount(), 2);
        QCOMPARE(m->sourceName(0), QStringLiteral("host-b"));
        QCOMPARE(page.chart()->barSetCount(), 2);
        QCOMPARE(page.chart()->benchmark(), QStringLiteral("pi"));
        // The Remove button's menu lists the sources; its entry removes one (here the reference).
        QPushButton *remove = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->accessibleName() == QLatin1String("Remove a session from the comparison"))
                remove = b;
        QVERIFY(remove && remove->menu());
        Q_EMIT remove->menu()->aboutToShow();
        const auto actions = remove->menu()->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Paper (2009)"));
        actions.at(1)->trigger();
        QVERIFY(page.referenceText().isEmpty());
        QCOMPARE(m->sourceCount(), 1);
    }

    void brokenFileKeepsRows_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated JSON") << QByteArray("{\"formatVersion\": 1, \"results\": [")
                                        << QStringLiteral("truncated");
        QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << QStringLiteral("JSON object");
        QTest::newRow("garbage bytes") << QByteArray("\x00\xff\x13garbage", 10)
                                       << QStringLiteral("not a valid session file");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("Cannot open");
    }
    void brokenFileKeepsRows()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.hvbench"));
        QVERIFY(io::saveSession(eightVms(4000, 3800), good).ok());
        const QString bad = dir.filePath(QStringLiteral("bad.hvbench"));
        if (!content.isEmpty()) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        ComparePage page;
        QVERIFY(page.addSessionFile(good).ok());
        const int rows = page.model()->rowCount();
        QVERIFY(rows > 0);
        const Status st = page.addSessionFile(bad);
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(expected), qPrintable(st.errorMessage()));
        QVERIFY(page.errorText().contains(QStringLiteral("bad.hvbench")));
        QCOMPARE(page.model()->sourceCount(), 1);
        QCOMPARE(page.model()->rowCount(), rows);
        QCOMPARE(page.chart()->plottedValueCount(), 1);
        // A good file afterwards clears the error.
        const QString other = dir.filePath(QStringLiteral("other.hvbench"));
        QVERIFY(io::saveSession(eightVms(4000, 3000), other).ok());
        QVERIFY(page.addSessionFile(other).ok());
        QVERIFY(page.errorText().isEmpty());
    }

    void currentSessionFollowsTheDocument()
    {
        ComparePage page;
        auto *doc = new SessionDocument;
        Session s = eightVms(4000, 3800);
        s.manifest.insert(QStringLiteral("host"), QJsonObject{{QStringLiteral("accel"), QStringLiteral("TCG")}});
        doc->reset(s);
        page.setCurrentSession(doc);
        QCOMPARE(page.model()->sourceCount(), 1);
        QCOMPARE(page.model()->sourceName(0), QStringLiteral("This session"));
        QVERIFY(page.chart()->caveat().contains(QStringLiteral("This session")));
        QVERIFY(page.chart()->caveat().contains(QStringLiteral("TCG")));
        const int before = page.model()->rowCount();
        QTemporaryDir dir;
        doc->reset(s, dir.filePath(QStringLiteral("s.hvbench")));
        QVERIFY(doc->addResult(cpu(QStringLiteral("kvm-virtio"), 1, 0, 0, 3900)).ok());
        QCOMPARE(page.model()->sourceCount(), 1);
        QVERIFY(page.model()->rowCount() > before); // the new 1-VM rows
        delete doc;                                 // the page drops it
        QCOMPARE(page.model()->sourceCount(), 0);
        QVERIFY(page.chart()->caveat().isEmpty());
        QVERIFY(page.chart()->isShowingPlaceholder());
        QCOMPARE(page.figureBox()->count(), 0);
    }
};

QTEST_MAIN(TstComparePage)
#include "tst_comparepage.moc"
