// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/bonnieresult.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace hvbench;
using namespace hvbench::bench;

namespace {
using State = BonnieValue::State;

// Layout of bon_csv2html(1), format 1.98 (50 fields); hand-made values.
const QByteArray kLine198 =
    "1.98,2.00a,host1,1,1234,16G,,8192,5,"
    "1000,99,200000,20,100000,10,2000,98,300000,15,350.5,12,"
    "16,,,,,"
    "+++++,+++,12345,50,+++++,+++,,,,,6789,40,"
    "1200us,15ms,2s,,80us,1500us,300us,20us,30us,,,40us";

// The same run in the 1.96/1.97 layout: no seeks,seek_proc_count after chunk_size (48 fields).
QByteArray line197()
{
    QList<QByteArray> f = kLine198.split(',');
    f.removeAt(7);
    f.removeAt(7);
    f[0] = "1.97";
    f[1] = "1.97";
    return f.join(',');
}

QByteArray withField(int i, const QByteArray &v)
{
    QList<QByteArray> f = kLine198.split(',');
    f[i] = v;
    return f.join(',');
}
} // namespace

class TstBonnieResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realRun()
    {
        const QString bonnie = QStandardPaths::findExecutable(QStringLiteral("bonnie++"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
        if (bonnie.isEmpty())
            QSKIP("bonnie++ is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // -s 0: no sequential/seek tests; -n 1: 1024 files, quick. Those tests come out as
        // "+++++" or a rate; the skipped sequential fields come out empty.
        QStringList args{QStringLiteral("-q"), QStringLiteral("-d"), dir.path(), QStringLiteral("-s"),
                         QStringLiteral("0"), QStringLiteral("-n"), QStringLiteral("1"),
                         QStringLiteral("-m"), QStringLiteral("hvbench-test")};
        if (::geteuid() == 0)
            args << QStringLiteral("-u") << QStringLiteral("root");
        QProcess p;
        p.start(bonnie, args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(2000);
            QFAIL("bonnie++ did not finish within 60 s");
        }
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const auto r = parseBonnieCsv(out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(out)));
        QCOMPARE(r->runs.size(), 1);
        const BonnieRun &run = r->runs.first();
        QVERIFY(run.formatVersion == QLatin1String("1.98") || run.formatVersion == QLatin1String("1.97")
                || run.formatVersion == QLatin1String("1.96"));
        QVERIFY(!run.bonnieVersion.isEmpty());
        QCOMPARE(run.machineName, QStringLiteral("hvbench-test"));
        QCOMPARE(run.concurrency, 1);
        QCOMPARE(run.numFiles, QStringLiteral("1"));
        QCOMPARE(run.putBlockKibPerS.rate.state, State::Skipped);
        QCOMPARE(run.getBlockKibPerS.rate.state, State::Skipped);
        QCOMPARE(run.randomSeeksPerS.rate.state, State::Skipped);
        for (const BonnieMetric *m : {&run.seqCreateFilesPerS, &run.seqStatFilesPerS, &run.seqDeleteFilesPerS,
                                      &run.randomCreateFilesPerS, &run.randomStatFilesPerS,
                                      &run.randomDeleteFilesPerS}) {
            QVERIFY(m->rate.state != State::Skipped);
            if (m->rate.isMeasured())
                QVERIFY(m->rate.value > 0);
        }
        QVERIFY(run.seqCreateFilesPerS.latencyUs.state != State::Skipped);
    }

    void layouts_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("format");
        QTest::newRow("1.98") << kLine198 << QStringLiteral("1.98");
        QTest::newRow("1.97") << line197() << QStringLiteral("1.97");
        QTest::newRow("1.96 CRLF") << line197().replace("1.97,1.97", "1.96,1.96") + "\r\n" << QStringLiteral("1.96");
    }
    void layouts()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, format);
        const auto r = parseBonnieCsv(csv);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->runs.size(), 1);
        const BonnieRun &run = r->runs.first();
        QCOMPARE(run.formatVersion, format);
        QCOMPARE(run.machineName, QStringLiteral("host1"));
        QCOMPARE(run.fileSize, QStringLiteral("16G"));
        QCOMPARE(run.seeks, format == QLatin1String("1.98") ? QStringLiteral("8192") : QString());
        QCOMPARE(run.putcKibPerS.rate.value, 1000.0);
        QCOMPARE(run.putcKibPerS.cpuPercent.value, 99.0);
        QCOMPARE(run.putBlockKibPerS.rate.value, 200000.0);
        QCOMPARE(run.rewriteKibPerS.rate.value, 100000.0);
        QCOMPARE(run.getcKibPerS.rate.value, 2000.0);
        QCOMPARE(run.getBlockKibPerS.rate.value, 300000.0);
        QCOMPARE(run.randomSeeksPerS.rate.value, 350.5);
        QCOMPARE(run.numFiles, QStringLiteral("16"));
        // "+++++" is unmeasurable, never zero; empty is skipped.
        QCOMPARE(run.seqCreateFilesPerS.rate.state, State::Unmeasurable);
        QCOMPARE(run.seqCreateFilesPerS.cpuPercent.state, State::Unmeasurable);
        QCOMPARE(run.seqStatFilesPerS.rate.value, 12345.0);
        QCOMPARE(run.randomCreateFilesPerS.rate.state, State::Skipped);
        QCOMPARE(run.randomDeleteFilesPerS.rate.value, 6789.0);
        // Latencies, converted to µs.
        QCOMPARE(run.putcKibPerS.latencyUs.value, 1200.0);
        QCOMPARE(run.putBlockKibPerS.latencyUs.value, 15000.0);
        QCOMPARE(run.rewriteKibPerS.latencyUs.value, 2000000.0);
        QCOMPARE(run.getcKibPerS.latencyUs.state, State::Skipped);
        QCOMPARE(run.randomSeeksPerS.latencyUs.value, 1500.0);
        QCOMPARE(run.seqCreateFilesPerS.latencyUs.value, 300.0);
        QCOMPARE(run.randomStatFilesPerS.latencyUs.state, State::Skipped);
        QCOMPARE(run.randomDeleteFilesPerS.latencyUs.value, 40.0);
    }

    void severalLinesAndComments()
    {
        const auto r = parseBonnieCsv("# bonnie++ -x 2\n" + kLine198 + "\n\n" + line197() + "\n");
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->runs.size(), 2);
        QCOMPARE(r->runs[1].formatVersion, QStringLiteral("1.97"));
    }

    // What bonnie++ 2.00a really writes with -x 2 (a header line first), and with its stderr
    // captured too (2>&1: the human-readable table around the CSV).
    void headerAndHumanTable()
    {
        const QByteArray header =
            "format_version,bonnie_version,name,concurrency,seed,file_size,io_chunk_size,putc,putc_cpu,put_block,"
            "put_block_cpu,rewrite,rewrite_cpu,getc,getc_cpu,get_block,get_block_cpu,seeks,seeks_cpu,num_files,"
            "max_size,min_size,num_dirs,file_chunk_size,seq_create,seq_create_cpu,seq_stat,seq_stat_cpu,seq_del,"
            "seq_del_cpu,ran_create,ran_create_cpu,ran_stat,ran_stat_cpu,ran_del,ran_del_cpu,putc_latency,"
            "put_block_latency,rewrite_latency,getc_latency,get_block_latency,seeks_latency,seq_create_latency,"
            "seq_stat_latency,seq_del_latency,ran_create_latency,ran_stat_latency,ran_del_latency\n";
        const QByteArray line = "1.98,2.00a,vm,1,1795648766,16M,,8192,5,491,89,+++++,+++,+++++,+++,676,99,+++++,+++,"
                                "+++++,+++,,,,,,,,,,,,,,,,,,44667us,81us,104us,14729us,292us,14034us,,,,,,\n";
        const QByteArray table = "Version 2.00a       ------Sequential Output------ --Sequential Input- --Random-\n"
                                 "                    -Per Chr- --Block-- -Rewrite- -Per Chr- --Block-- --Seeks--\n"
                                 "Name:Size etc        /sec %CP  /sec %CP  /sec %CP  /sec %CP  /sec %CP  /sec %CP\n"
                                 "vm              16M  491k  89 +++++ +++ +++++ +++  676k  99 +++++ +++ +++++ +++\n"
                                 "Latency             44667us      81us     104us   14729us     292us   14034us\n\n";
        for (const QByteArray &csv : QList<QByteArray>{header + line + line, table + line, header + line + table + line}) {
            const auto r = parseBonnieCsv(csv);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            QVERIFY(!r->runs.isEmpty());
            QCOMPARE(r->runs.first().putcKibPerS.rate.value, 491.0);
            QCOMPARE(r->runs.first().putBlockKibPerS.rate.state, State::Unmeasurable);
        }
        QCOMPARE(parseBonnieCsv(header + line + line)->runs.size(), 2);
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no CSV line");
        QTest::newRow("human text only") << QByteArray("Version 2.00a       ------Sequential Create------\n")
                                         << QStringLiteral("no CSV line");
        QTest::newRow("header only") << QByteArray("format_version,bonnie_version,name,concurrency\n")
                                     << QStringLiteral("no CSV line");
        QTest::newRow("truncated") << kLine198.left(60) << QStringLiteral("line 1");
        QTest::newRow("truncated 2nd line") << kLine198 + "\n" + kLine198.left(kLine198.size() - 5)
                                            << QStringLiteral("line 2");
        QTest::newRow("1.97 with 50 fields") << QByteArray(kLine198).replace("1.98,", "1.97,")
                                             << QStringLiteral("50 fields");
        QTest::newRow("old format 1") << QByteArray("host1,16G,1000,99,200000,20") << QStringLiteral("host1");
        QTest::newRow("garbage rate") << withField(11, "fast") << QStringLiteral("\"fast\"");
        QTest::newRow("garbage latency") << withField(44, "12parsecs") << QStringLiteral("field 44");
        QTest::newRow("binary") << QByteArray("\x01\x02\xff,\n", 5) << QStringLiteral("line 1");
    }
    void bad()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, mentions);
        const auto r = parseBonnieCsv(csv);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(mentions), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TstBonnieResult)
#include "tst_bonnieresult.moc"
