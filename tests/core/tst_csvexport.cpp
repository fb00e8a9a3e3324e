// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstablemodel.h"
#include "io/csvexport.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

class TstCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseQuoted()
    {
        const auto rows = io::parseCsv("a,\"b,c\",\"d\"\"e\"\r\n1,\"x\ny\",\r\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")}));
        QCOMPARE(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("x\ny"), QString()}));
    }

    void modelsRoundTrip()
    {
        SessionDocument doc;
        ResultsModel results(&doc);
        LossTableModel loss(&doc);
        QAbstractItemModelTester t1(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&loss, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 cycles[] = {1000, 1100, 1200, 1300};
        for (int i = 0; i < 4; ++i) {
            RunResult r;
            r.config = i == 0 ? QStringLiteral("bare-metal") : QStringLiteral("kvm, \"virtio\"");
            r.vmCount = i == 0 ? 0 : (i == 1 ? 1 : 2);
            r.guest = i == 3 ? 1 : 0;
            r.workload = QStringLiteral("pi");
            r.cycles = cycles[i];
            r.wallNs = 5'000'000;
            r.cpuNs = 4'500'000;
            QVERIFY(doc.addResult(r).ok());
        }
        QCOMPARE(results.rowCount(), 4);
        QCOMPARE(loss.rowCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(io::writeCsv(results, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto rows = io::parseCsv(f.readAll());
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0].at(ResultsModel::Cycles), QStringLiteral("cycles"));
        QCOMPARE(rows[0].at(ResultsModel::WallMs), QStringLiteral("wall_ms"));
        QCOMPARE(rows[2].at(ResultsModel::Config), QStringLiteral("kvm, \"virtio\""));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(rows[i + 1].at(ResultsModel::Cycles).toLongLong(), cycles[i]);
        QCOMPARE(rows[1].at(ResultsModel::WallMs).toDouble(), 5.0);

        const auto lossRows = io::parseCsv(io::toCsv(loss));
        QCOMPARE(lossRows[0].at(LossTableModel::LossPct), QStringLiteral("loss_pct"));
        QCOMPARE(lossRows[2].at(LossTableModel::LossPct).toDouble(), (1 - 1000.0 / 1100.0) * 100);
        QFile::remove(doc.journalPath());
    }

    void unwritable()
    {
        SessionDocument doc;
        ResultsModel results(&doc);
        const auto st = io::writeCsv(results, QStringLiteral("/nonexistent-dir/x.csv"));
        QVERIFY(!st.ok());
        QVERIFY(st.errorMessage().contains(QStringLiteral("/nonexistent-dir/x.csv")));
    }
};

QTEST_GUILESS_MAIN(TstCsvExport)
#include "tst_csvexport.moc"
