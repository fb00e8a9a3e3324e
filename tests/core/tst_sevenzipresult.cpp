// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/sevenzipresult.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cmath>

using namespace hvbench;
using namespace hvbench::bench;

namespace {
const char kSevenZz[] = "/usr/bin/7zz";

// 7zz 26.02 (Debian 12 package 7zip), `7zz b 2 -mmt1 -md16` on this machine kind.
const QByteArray k2602TwoPasses = R"(
7-Zip (z) 26.02 (x64) : Copyright (c) 1999-2026 Igor Pavlov : 2026-06-25
 64-bit locale=C.UTF-8 Threads:2 OPEN_MAX:20000

 mt1 d16
Compiler:  ver:12.2.0 GCC 12.2.0 : SSE2
Linux : 6.18.44-fc-v782 : #1 SMP PREEMPT_DYNAMIC @0 : x86_64 : bhyve bhyve
PageSize:4KB HPS:2MB THPS:2MB THP:madvise hwcap:2
Oxide Virtual Turin-like Processor
(B00F21)  (LP)

1T CPU Freq (MHz):  3399  3323  3519  3457  3446  3417  3274

RAM size:   24105 MB (LP),  # CPU hardware threads:   2
RAM usage:      4 MB (LP),  # Benchmark threads:      1

                       Compressing  |                  Decompressing
Dict     Speed Usage    R/U Rating  |      Speed Usage    R/U Rating
         KiB/s     %   MIPS   MIPS  |      KiB/s     %   MIPS   MIPS

16:       8761    99   7917   7805  |      43722   100   3477   3468
16:      10235   100   9139   9119  |      45122   100   3594   3579
----------------------------------  | ------------------------------
Avr:      9498    99   8528   8462  |      44422   100   3536   3524
Tot:              99   6032   5993
)";

// p7zip 16.02 (`7z b 1 -mmt1 -md23` written from its documented layout): the Avr: row has no
// Speed column, the version is on the "p7zip Version" line.
const QByteArray kP7zip1602 = R"(
7-Zip [64] 16.02 : Copyright (c) 1999-2016 Igor Pavlov : 2016-05-21
p7zip Version 16.02 (locale=C.UTF-8,Utf16=on,HugeFiles=on,64 bits,4 CPUs Intel(R) Xeon(R) CPU E5-2630 v3 @ 2.40GHz (306F2),ASM,AES-NI)

Intel(R) Xeon(R) CPU E5-2630 v3 @ 2.40GHz (306F2)
CPU Freq:  2394  2397  2397  2397  2397  2397  2397  2397  2397

RAM size:    7977 MB,  # CPU hardware threads:   4
RAM usage:    435 MB,  # Benchmark threads:      1

                       Compressing  |                  Decompressing
Dict     Speed Usage    R/U Rating  |      Speed Usage    R/U Rating
         KiB/s     %   MIPS   MIPS  |      KiB/s     %   MIPS   MIPS

22:       3012   100   2935   2931  |      31534   100   2693   2693
23:       2898   100   2956   2953  |      31047   100   2689   2688
----------------------------------  | ------------------------------
Avr:             100   2946   2942  |              100   2691   2691
Tot:             100   2818   2816
)";

QByteArray upTo(const QByteArray &text, const char *marker)
{
    return text.left(text.indexOf(marker));
}

// 7-Zip rounds every printed figure: "consistent" is within 1 % (2 MIPS for small numbers).
bool near(double a, double b)
{
    return std::abs(a - b) <= std::max(2.0, 0.01 * std::abs(b));
}

void checkConsistent(const SevenZipResult &r)
{
    QVERIFY(!r.rows.isEmpty());
    double cr = 0, dr = 0, cs = 0, ds = 0;
    for (const SevenZipRow &row : r.rows) {
        QVERIFY(row.compress.ratingMips > 0);
        QVERIFY(row.decompress.ratingMips > 0);
        QVERIFY(row.compress.speedKibS > 0);
        QVERIFY(row.decompress.speedKibS > 0);
        cr += row.compress.ratingMips;
        dr += row.decompress.ratingMips;
        cs += row.compress.speedKibS;
        ds += row.decompress.speedKibS;
    }
    const double n = double(r.rows.size());
    QVERIFY2(near(r.compressRatingMips, cr / n), qPrintable(QString::number(r.compressRatingMips)));
    QVERIFY2(near(r.decompressRatingMips, dr / n), qPrintable(QString::number(r.decompressRatingMips)));
    QVERIFY2(near(r.compressSpeedKibS, cs / n), qPrintable(QString::number(r.compressSpeedKibS)));
    QVERIFY2(near(r.decompressSpeedKibS, ds / n), qPrintable(QString::number(r.decompressSpeedKibS)));
    QVERIFY2(near(r.totalRatingMips, (r.compressRatingMips + r.decompressRatingMips) / 2),
             qPrintable(QString::number(r.totalRatingMips)));
    QVERIFY(r.totalRatingMips > 0);
    QVERIFY(r.totalUsagePercent > 0);
}
} // namespace

class TstSevenZipResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void argv()
    {
        QCOMPARE(sevenZipBenchArgv({}), (QStringList{QStringLiteral("7zz"), QStringLiteral("b"), QStringLiteral("1"),
                                                     QStringLiteral("-mmt1"), QStringLiteral("-md18")}));
        SevenZipParams p;
        p.binary = QStringLiteral("/opt/7z/7z");
        p.iterations = 3;
        p.dictLog = 22;
        QCOMPARE(sevenZipBenchArgv(p),
                 (QStringList{QStringLiteral("/opt/7z/7z"), QStringLiteral("b"), QStringLiteral("3"),
                              QStringLiteral("-mmt1"), QStringLiteral("-md22")}));
    }

    // The real tool, one short pass.
    void realBench()
    {
        if (!QFile::exists(QLatin1String(kSevenZz)))
            QSKIP("/usr/bin/7zz is missing: install the Debian package 7zip (scripts/setup.sh does)");
        SevenZipParams params;
        params.binary = QLatin1String(kSevenZz);
        params.dictLog = 16;
        const QStringList argv = sevenZipBenchArgv(params);
        QProcess p;
        p.start(argv.first(), argv.mid(1));
        QVERIFY2(p.waitForFinished(150'000), "7zz b did not finish");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        const auto r = parseSevenZipBench(out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(out)));
        QVERIFY(!r->version.isEmpty());
        QVERIFY(r->versionLine.startsWith(QLatin1String("7-Zip")));
        QCOMPARE(r->benchmarkThreads, 1);
        QVERIFY(r->hardwareThreads >= 1);
        QCOMPARE(r->rows.size(), 1);
        QCOMPARE(r->rows.first().dictLog, 16);
        checkConsistent(*r);
    }

    void good_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("p7zip");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dictLog");
        QTest::addColumn<int>("hardwareThreads");
        QTest::addColumn<double>("compressRatingMips");
        QTest::addColumn<double>("decompressRatingMips");
        QTest::addColumn<double>("compressSpeedKibS");
        QTest::addColumn<double>("totalRatingMips");
        QTest::addRow("7zz 26.02, 2 passes") << k2602TwoPasses << QStringLiteral("26.02") << false << 2 << 16 << 2
                                             << 8462.0 << 3524.0 << 9498.0 << 5993.0;
        QTest::addRow("p7zip 16.02, Avr without speed")
            << kP7zip1602 << QStringLiteral("16.02") << true << 2 << 22 << 4 << 2942.0 << 2691.0 << 2955.0 << 2816.0;
        QByteArray crlf = k2602TwoPasses;
        crlf.replace("\n", "\r\n");
        QTest::addRow("CRLF line ends") << crlf << QStringLiteral("26.02") << false << 2 << 16 << 2 << 8462.0 << 3524.0
                                        << 9498.0 << 5993.0;
    }

    void good()
    {
        QFETCH(QByteArray, out);
        const auto r = parseSevenZipBench(out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QTEST(r->version, "version");
        QTEST(r->p7zip, "p7zip");
        QTEST(int(r->rows.size()), "rows");
        QTEST(r->rows.first().dictLog, "dictLog");
        QCOMPARE(r->benchmarkThreads, 1);
        QTEST(r->hardwareThreads, "hardwareThreads");
        QTEST(r->compressRatingMips, "compressRatingMips");
        QTEST(r->decompressRatingMips, "decompressRatingMips");
        QTEST(r->compressSpeedKibS, "compressSpeedKibS");
        QTEST(r->totalRatingMips, "totalRatingMips");
        checkConsistent(*r);
    }

    void rowFields()
    {
        const auto r = parseSevenZipBench(k2602TwoPasses);
        QVERIFY(r.ok());
        const SevenZipRow &row = r->rows.at(0);
        QCOMPARE(row.compress.speedKibS, 8761.0);
        QCOMPARE(row.compress.usagePercent, 99.0);
        QCOMPARE(row.compress.ruMips, 7917.0);
        QCOMPARE(row.compress.ratingMips, 7805.0);
        QCOMPARE(row.decompress.speedKibS, 43722.0);
        QCOMPARE(row.decompress.usagePercent, 100.0);
        QCOMPARE(row.decompress.ruMips, 3477.0);
        QCOMPARE(row.decompress.ratingMips, 3468.0);
        QCOMPARE(r->totalUsagePercent, 99.0);
        QCOMPARE(r->totalRuMips, 6032.0);
        QCOMPARE(r->average.decompress.speedKibS, 44422.0);
        QVERIFY(r->versionLine.startsWith(QLatin1String("7-Zip (z) 26.02 (x64)")));
        const auto p = parseSevenZipBench(kP7zip1602);
        QVERIFY(p.ok());
        QCOMPARE(p->decompressSpeedKibS, (31534.0 + 31047.0) / 2); // mean of the rows
        QCOMPARE(p->rows.at(1).dictLog, 23);
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("needle");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("printed nothing");
        QTest::addRow("blank lines") << QByteArray("\n  \n\n") << QStringLiteral("printed nothing");
        QTest::addRow("garbage") << QByteArray("Segmentation fault\nsomething else\n")
                                 << QStringLiteral("It starts with: \"Segmentation fault\"");
        QTest::addRow("fio json") << QByteArray(R"({"fio version":"fio-3.33","jobs":[]})")
                                  << QStringLiteral("no \"7-Zip\" version line");
        QTest::addRow("table without version")
            << k2602TwoPasses.mid(k2602TwoPasses.indexOf("RAM size")) << QStringLiteral("no \"7-Zip\" version line");
        QTest::addRow("truncated after the rows")
            << upTo(k2602TwoPasses, "-------") << QStringLiteral("ends before its \"Avr:\" line");
        QTest::addRow("truncated before Tot")
            << upTo(k2602TwoPasses, "Tot:") << QStringLiteral("ends before its \"Tot:\" line");
        QTest::addRow("truncated in the header")
            << upTo(k2602TwoPasses, "RAM usage") << QStringLiteral("Its last line is: \"RAM size:");
        QTest::addRow("ERROR line") << QByteArray(upTo(k2602TwoPasses, "16:") + "\nERROR: Decoding error\n")
                                    << QStringLiteral("reported an error on line 22: \"ERROR: Decoding error\"");
        QTest::addRow("can't allocate")
            << QByteArray(upTo(k2602TwoPasses, "1T CPU") + "\nCan't allocate required memory!\n")
            << QStringLiteral("reported an error on line 13: \"Can't allocate required memory!\"");
        QByteArray shortRow = k2602TwoPasses;
        shortRow.replace("16:       8761    99   7917   7805", "16:       8761    99   7917");
        QTest::addRow("row with three numbers") << shortRow << QStringLiteral("is not a table row");
        QByteArray wordRow = k2602TwoPasses;
        wordRow.replace("43722", "4x722");
        QTest::addRow("row with a word") << wordRow << QStringLiteral("\"16:       8761");
        QByteArray badTot = k2602TwoPasses;
        badTot.replace("Tot:              99   6032   5993", "Tot:              99   6032");
        QTest::addRow("short Tot") << badTot << QStringLiteral("is not a \"Tot:\" row");
        QByteArray noRows = k2602TwoPasses;
        noRows.replace("16:", "xx:");
        QTest::addRow("no rows") << noRows << QStringLiteral("no dictionary rows");
    }

    void bad()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, needle);
        const auto r = parseSevenZipBench(out);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(needle), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TstSevenZipResult)
#include "tst_sevenzipresult.moc"
