// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/fioresult.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::bench;

namespace {
QByteArray job(const char *name, int error, qint64 readKib, const QByteArray &clat)
{
    return QByteArray(R"({"jobname":")") + name + R"(","groupid":0,"error":)" + QByteArray::number(error)
        + R"(,"job_runtime":1000,"usr_cpu":1.5,"sys_cpu":2.5,
      "read":{"io_bytes":4194304,"bw_bytes":)" + QByteArray::number(readKib * 1024) + R"(,"bw":)"
        + QByteArray::number(readKib) + R"(,"iops":100.5,"runtime":1000,"total_ios":1024,)" + clat + R"(},
      "write":{"io_bytes":0,"bw_bytes":0,"bw":0,"iops":0,"runtime":0,"total_ios":0,
               "clat_ns":{"min":0,"max":0,"mean":0,"stddev":0,"N":0}}})";
}
const QByteArray kClatNs = R"("clat_ns":{"min":1000,"max":9000,"mean":2000.5,"stddev":10,"N":1024,
                                 "percentile":{"50.000000":1900,"99.000000":8000}})";
const QByteArray kClatUs = R"("clat":{"min":1,"max":9,"mean":2,"stddev":0.5,"N":1024,
                                 "percentile":{"50.000000":2,"99.500000":8}})";

QByteArray doc(const QList<QByteArray> &jobs)
{
    QByteArray j;
    for (const auto &x : jobs)
        j += (j.isEmpty() ? "" : ",") + x;
    return R"({"fio version":"fio-3.33","timestamp":1,"jobs":[)" + j + "]}";
}

QByteArray runFio(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("fio")), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(2000);
    }
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}
} // namespace

class TstFioResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realTwoJobs()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("fio")).isEmpty())
            QSKIP("fio is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray out = runFio({QStringLiteral("--output-format=json"), QStringLiteral("--directory=") + dir.path(),
                                       QStringLiteral("--size=4M"), QStringLiteral("--runtime=1"),
                                       QStringLiteral("--rw=randrw"), QStringLiteral("--bs=4k"),
                                       QStringLiteral("--ioengine=psync"), QStringLiteral("--name=first"),
                                       QStringLiteral("--name=second")});
        const QByteArray noisy = QByteArray("fio: note: both iodepth >= 1 and synchronous I/O engine\n") + out;
        for (const QByteArray &input : QList<QByteArray>{out, noisy}) {
            const auto r = parseFioJson(input);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(out)));
            QVERIFY(r->version.startsWith(QLatin1String("fio-")));
            QCOMPARE(r->jobs.size(), 2);
            QCOMPARE(r->jobs[0].name, QStringLiteral("first"));
            QCOMPARE(r->jobs[1].name, QStringLiteral("second"));
            double bwSum = 0;
            for (const auto &j : r->jobs) {
                QVERIFY(j.read.bwKibPerS > 0 && j.write.bwKibPerS > 0);
                QVERIFY(qAbs(j.read.bwBytesPerS - j.read.bwKibPerS * 1024) < 1024);
                QVERIFY(j.read.iops > 0);
                QVERIFY(j.read.runtimeMs > 0);
                QVERIFY(j.read.ioBytes > 0);
                QVERIFY(j.read.clat.present && !j.read.clat.fromMicroseconds);
                QVERIFY(j.read.clat.percentilesNs.contains(99.0));
                QVERIFY(j.read.clat.percentilesNs.value(99.0) >= j.read.clat.percentilesNs.value(50.0));
                bwSum += j.read.bwBytesPerS;
            }
            QCOMPARE(double(r->aggregate.read.bwBytesPerS), bwSum);
            QVERIFY(!r->aggregate.read.clat.present);
        }
    }

    void realJobError()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("fio")).isEmpty())
            QSKIP("fio is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int code = 0;
        // No --size: fio reports error 22 for the job, prints noise, and still writes JSON.
        const QByteArray out = runFio({QStringLiteral("--output-format=json"), QStringLiteral("--directory=") + dir.path(),
                                       QStringLiteral("--name=nosize")}, &code);
        QVERIFY(code != 0);
        const auto r = parseFioJson(out);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("\"nosize\"")), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QLatin1String("22")));
    }

    void noiseAndSeveralJobs()
    {
        const QByteArray in("fio: this platform does not support direct I/O\nnote: {weird} noise\n");
        // The first '{' above is in the noise: a document starting there is invalid.
        QVERIFY(!parseFioJson(in + doc({job("a", 0, 100, kClatNs)})).ok());
        const auto r = parseFioJson("fio: warning\n" + doc({job("a", 0, 100, kClatNs), job("b", 0, 300, kClatNs)}) + "\n");
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->version, QStringLiteral("fio-3.33"));
        QCOMPARE(r->jobs.size(), 2);
        QCOMPARE(r->jobs[1].read.bwKibPerS, qint64(300));
        QCOMPARE(r->jobs[1].read.bwBytesPerS, qint64(300 * 1024));
        QCOMPARE(r->jobs[0].read.clat.percentilesNs.value(99.0), 8000.0);
        QCOMPARE(r->jobs[0].read.clat.meanNs, 2000.5);
        QCOMPARE(r->jobs[0].jobRuntimeMs, qint64(1000));
        QCOMPARE(r->aggregate.read.bwKibPerS, qint64(400));
        QCOMPARE(r->aggregate.read.iops, 201.0);
        QCOMPARE(r->aggregate.read.ioBytes, qint64(2 * 4194304));
        QCOMPARE(r->aggregate.read.runtimeMs, qint64(1000));
        QCOMPARE(r->aggregate.sysCpuPercent, 5.0);
    }

    void oldClatMicroseconds()
    {
        const auto r = parseFioJson(doc({job("old", 0, 100, kClatUs)}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const FioLatency &l = r->jobs[0].read.clat;
        QVERIFY(l.present && l.fromMicroseconds);
        QCOMPARE(l.maxNs, 9000.0);
        QCOMPARE(l.percentilesNs.value(99.5), 8000.0);
        QVERIFY(!r->jobs[0].write.clat.fromMicroseconds);
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = doc({job("a", 0, 100, kClatNs)});
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no JSON");
        QTest::newRow("only noise") << QByteArray("fio: failed parsing bs\n") << QStringLiteral("no JSON");
        QTest::newRow("truncated") << good.left(good.size() * 2 / 3) << QStringLiteral("invalid");
        QTest::newRow("no jobs") << QByteArray(R"({"fio version":"fio-3.33","jobs":[]})") << QStringLiteral("no jobs");
        QTest::newRow("job error") << doc({job("a", 0, 1, kClatNs), job("bad", 5, 1, kClatNs)}) << QStringLiteral("\"bad\"");
        QTest::newRow("no read") << QByteArray(good).replace("\"read\"", "\"reed\"") << QStringLiteral("read");
        QTest::newRow("bad percentile") << QByteArray(good).replace("\"50.000000\"", "\"p50\"") << QStringLiteral("p50");
    }
    void bad()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const auto r = parseFioJson(input);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(mentions), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TstFioResult)
#include "tst_fioresult.moc"
