// SPDX-License-Identifier: GPL-3.0-or-later
// The paper's largest case (§6.3, Fig. 6): 17 concurrent guests, released together by the
// barrier, on this 2-core host (small RAM each).  Label "heavy".
#include "analysis/losstable.h"
#include "model/sessiondocument.h"
#include "ownedomains.h"
#include "run/runner.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

class TstSeventeen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seventeenConcurrentGuests()
    {
        QTemporaryDir dir;
        SessionDocument doc;
        VmSpec spec = doc.session().spec();
        spec.memoryMiB = 128; // the base guest needs 96 MiB
        BenchmarkSuite w;
        w.piDigits = 3000;
        Matrix m;
        m.baseline = false;
        m.vmCounts = {17};
        m.repeats = 1;
        doc.setSettings({spec}, w, m, QStringLiteral("qemu:///system"));
        QVERIFY(doc.save(dir.filePath(QStringLiteral("s.hvbench"))).ok());
        Runner runner(&doc, RunnerOptions::defaults());
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy failed(&runner, &Runner::failed);
        int released = 0;
        connect(&runner, &Runner::progress, this, [&](int done, int, const QString &what) {
            if (done == 0 && what.contains(QStringLiteral("round")))
                ++released;
        });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 600'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(released, 1); // one release for all 17: nobody started before the last hello
        const auto &results = doc.session().results;
        QCOMPARE(results.size(), 17);
        QSet<QString> domains;
        QSet<int> guests;
        for (const auto &r : results) {
            domains.insert(r.domain);
            guests.insert(r.guest);
            QCOMPARE(r.vmCount, 17);
        }
        QCOMPARE(domains.size(), 17);
        QCOMPARE(guests.size(), 17);
        const auto rows = analysis::computeLossTable(results);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0].jain > 1.0 / 17 && rows[0].jain <= 1.0);
        qInfo("17 guests: Jain %.4f, min/max %.3f, CoV %.1f %%", rows[0].jain, rows[0].minMaxRatio, rows[0].cov * 100);
        const QString prefix = QStringLiteral("hvbench-") + doc.session().id + QLatin1Char('-');
        QTRY_COMPARE_WITH_TIMEOUT(testutil::domainsWithPrefix(QStringLiteral("qemu:///system"), prefix), QStringList(),
                                  60000);
    }
};

QTEST_GUILESS_MAIN(TstSeventeen)
#include "tst_seventeen.moc"
