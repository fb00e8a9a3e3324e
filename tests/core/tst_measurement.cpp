// SPDX-License-Identifier: GPL-3.0-or-later
// Tool output → RunResult, on outputs of the real tools run during the test on this machine
// (iperf3 on 127.0.0.1, fio and bonnie++ in a temporary directory), plus the awkward cases:
// fio noise before its JSON, several jobs without group_reporting, iperf3's "error" document,
// bonnie++ "+++++" and empty fields, truncated and garbage files.
#include "bench/bonnieresult.h"
#include "bench/measurement.h"
#include "toolruns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::bench;

namespace {
constexpr double kMiB = 1024.0 * 1024.0;

QJsonObject jsonOf(const QByteArray &out)
{
    const qsizetype first = out.indexOf('{');
    return QJsonDocument::fromJson(out.mid(first, out.lastIndexOf('}') - first + 1)).object();
}

QJsonObject fioJob(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &j : root.value(QStringLiteral("jobs")).toArray())
        if (j.toObject().value(QStringLiteral("jobname")).toString() == name)
            return j.toObject();
    return {};
}

double num(const QJsonObject &o, const char *path)
{
    QJsonValue v = o;
    for (const QString &k : QString::fromLatin1(path).split(QLatin1Char('/')))
        v = v.toObject().value(k);
    return v.toDouble(-1);
}

// bonnie++ 1.98 layout (50 fields), hand-made: block write "+++++", block read measured,
// putc/getc skipped (empty: -f), seeks measured, no file tests (-n 0).
QByteArray bonnieLine(const QByteArray &blockWrite, const QByteArray &blockRead, const QByteArray &seeks = "350.5")
{
    return "1.98,2.00a,host1,1,1234,16G,,8192,5,"
           ",," +
           blockWrite + ",20,100000,10,,," + blockRead + ",15," + seeks +
           ",12,"
           ",,,,,"
           ",,,,,,,,,,,,"
           ",15ms,2s,,80us,1500us,,,,,,";
}
} // namespace

class TstMeasurement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ------------------------------------------------------------------ iperf3
    void iperf3RealOut()
    {
        if (toolruns::iperf3Path().isEmpty())
            QSKIP("iperf3 is not installed");
        const QByteArray out = toolruns::iperf3Client(
            {QStringLiteral("-P"), QStringLiteral("2"), QStringLiteral("-w"), QStringLiteral("256K")});
        const auto r = iperf3Measurement(out, Benchmark::NetOut);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(out)));
        const QJsonObject doc = jsonOf(out);
        QCOMPARE(r->workload, QStringLiteral("net-out"));
        QVERIFY(r->toolVersion.startsWith(QLatin1String("iperf 3")));
        QCOMPARE(r->output, QString::fromUtf8(out));
        QVERIFY(r->command.isEmpty() && r->config.isEmpty());
        const double mbps = *r->metric(QStringLiteral("throughput_mbps"));
        QVERIFY(mbps > 0);
        QCOMPARE(mbps, num(doc, "end/sum_received/bits_per_second") / 1e6); // the receiver's figure
        QCOMPARE(*r->metric(QStringLiteral("sent_mbps")), num(doc, "end/sum_sent/bits_per_second") / 1e6);
        QCOMPARE(*r->metric(QStringLiteral("bytes_received")), num(doc, "end/sum_received/bytes"));
        QCOMPARE(*r->metric(QStringLiteral("retransmits")), num(doc, "end/sum_sent/retransmits"));
        QCOMPARE(*r->metric(QStringLiteral("streams")), 2.0);
        QVERIFY(*r->metric(QStringLiteral("duration_s")) > 0.5);
        QCOMPARE(*r->metric(QStringLiteral("window_requested_bytes")), 262144.0);
        const double snd = *r->metric(QStringLiteral("sndbuf_actual_bytes"));
        const double rcv = *r->metric(QStringLiteral("rcvbuf_actual_bytes"));
        QVERIFY(snd > 0 && rcv > 0);
        QCOMPARE(r->warnings.isEmpty(), snd >= 262144 && rcv >= 262144);
        const QJsonArray intervals = r->raw.value(QStringLiteral("intervals_mbps")).toArray();
        QCOMPARE(intervals.size(), doc.value(QStringLiteral("intervals")).toArray().size());
        QVERIFY(!intervals.isEmpty());
        for (const QJsonValue &v : intervals)
            QVERIFY(v.toDouble() > 0);
        QVERIFY(r->wallNs > 500'000'000);
        // Imported as the other direction: refused, saying which it is.
        const auto wrong = iperf3Measurement(out, Benchmark::NetIn);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.errorMessage().contains(QLatin1String("outbound run")), qPrintable(wrong.errorMessage()));
        QVERIFY(!iperf3Measurement(out, Benchmark::Fio).ok());
    }

    void iperf3RealIn()
    {
        if (toolruns::iperf3Path().isEmpty())
            QSKIP("iperf3 is not installed");
        const QByteArray out = toolruns::iperf3Client({QStringLiteral("-R")});
        const auto r = iperf3Measurement(out, Benchmark::NetIn);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(out)));
        QCOMPARE(r->workload, QStringLiteral("net-in"));
        QCOMPARE(*r->metric(QStringLiteral("throughput_mbps")),
                 num(jsonOf(out), "end/sum_received/bits_per_second") / 1e6);
        QVERIFY(!r->metrics.contains(QStringLiteral("window_requested_bytes"))); // no -w
        QVERIFY(r->warnings.isEmpty());
        QCOMPARE(r->raw.value(QStringLiteral("reverse")).toBool(), true);
        const auto wrong = iperf3Measurement(out, Benchmark::NetOut);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.errorMessage().contains(QLatin1String("this is an inbound (-R) run, imported as outbound"),
                                               Qt::CaseInsensitive),
                 qPrintable(wrong.errorMessage()));
    }

    void iperf3RealError()
    {
        if (toolruns::iperf3Path().isEmpty())
            QSKIP("iperf3 is not installed");
        const QByteArray out = toolruns::iperf3Client({}, /*serve=*/false); // nobody listens
        QVERIFY2(out.contains("\"error\""), out.constData());
        const auto r = iperf3Measurement(out, Benchmark::NetOut);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("unable to connect")), qPrintable(r.errorMessage()));
    }

    void iperf3Bad_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01 binary junk");
        QTest::newRow("text") << QByteArray("Connecting to host 127.0.0.1, port 5201\n[  5] local ...\n");
        QTest::newRow("truncated") << QByteArray(R"({"start":{"version":"iperf 3.12","test_start":{"protocol":"TCP")");
    }
    void iperf3Bad()
    {
        QFETCH(QByteArray, input);
        const auto r = iperf3Measurement(input, Benchmark::NetOut);
        QVERIFY(!r.ok());
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void iperf3Truncated()
    {
        if (toolruns::iperf3Path().isEmpty())
            QSKIP("iperf3 is not installed");
        const QByteArray out = toolruns::iperf3Client({});
        QVERIFY(iperf3Measurement(out, Benchmark::NetOut).ok());
        QVERIFY(!iperf3Measurement(out.left(out.size() * 3 / 4), Benchmark::NetOut).ok());
    }

    // ------------------------------------------------------------------ fio
    void fioRealFourJobs()
    {
        if (toolruns::fioPath().isEmpty())
            QSKIP("fio is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        bool direct = false;
        const toolruns::Output o = toolruns::fioFourJobs(dir.path(), 8, &direct);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        qInfo("fio ran with --direct=%d", direct ? 1 : 0);
        const QJsonObject doc = jsonOf(o.out);
        // Real output as it is, and with the noise fio prints on some platforms before it.
        const QByteArray noisy = "fio: this platform does not support process shared mutexes, forcing use of threads. "
                                 "Use the 'thread' option to get rid of this warning.\n"
                                 "fio: this platform does not support direct I/O\n" +
                                 o.out;
        for (const QByteArray &input : QList<QByteArray>{o.out, noisy}) {
            const auto r = fioMeasurement(input);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(o.out)));
            QCOMPARE(r->workload, QStringLiteral("fio"));
            QCOMPARE(r->toolVersion, doc.value(QStringLiteral("fio version")).toString());
            QVERIFY(r->toolVersion.startsWith(QLatin1String("fio-")));
            QCOMPARE(r->output, QString::fromUtf8(input));
            QCOMPARE(r->raw.value(QStringLiteral("mapped_by")).toString(), QStringLiteral("job names"));
            QVERIFY(r->warnings.isEmpty());
            // Each key metric is that job's own figure in its direction.
            QCOMPARE(*r->metric(QStringLiteral("seq_write_mib_s")),
                     num(fioJob(doc, QStringLiteral("seq-write")), "write/bw_bytes") / kMiB);
            QCOMPARE(*r->metric(QStringLiteral("seq_read_mib_s")),
                     num(fioJob(doc, QStringLiteral("seq-read")), "read/bw_bytes") / kMiB);
            QCOMPARE(*r->metric(QStringLiteral("rand_write_iops")),
                     num(fioJob(doc, QStringLiteral("rand-write")), "write/iops"));
            QCOMPARE(*r->metric(QStringLiteral("rand_read_iops")),
                     num(fioJob(doc, QStringLiteral("rand-read")), "read/iops"));
            for (const char *cls : {"seq_write", "seq_read", "rand_write", "rand_read"}) {
                const QString c = QLatin1String(cls);
                QVERIFY2(*r->metric(c + QStringLiteral("_mib_s")) > 0, cls);
                QVERIFY2(*r->metric(c + QStringLiteral("_iops")) > 0, cls);
                QCOMPARE(*r->metric(c + QStringLiteral("_io_mib")), 8.0); // one pass over 8 MiB
                const double p50 = r->metric(c + QStringLiteral("_clat_p50_us")).value_or(-1);
                const double p99 = r->metric(c + QStringLiteral("_clat_p99_us")).value_or(-1);
                const double p999 = r->metric(c + QStringLiteral("_clat_p999_us")).value_or(-1);
                QVERIFY2(p50 > 0 && p50 <= p99 && p99 <= p999, cls);
            }
            // The latency is the job's clat_ns percentile, in µs.
            QCOMPARE(*r->metric(QStringLiteral("seq_read_clat_p99_us")), fioJob(doc, QStringLiteral("seq-read"))
                                                                                 .value(QStringLiteral("read"))
                                                                                 .toObject()
                                                                                 .value(QStringLiteral("clat_ns"))
                                                                                 .toObject()
                                                                                 .value(QStringLiteral("percentile"))
                                                                                 .toObject()
                                                                                 .value(QStringLiteral("99.000000"))
                                                                                 .toDouble() /
                                                                             1000.0);
            QCOMPARE(r->raw.value(QStringLiteral("jobs")).toArray().size(), 4);
            QVERIFY(r->wallNs > 0);
        }
    }

    // Run by hand: other job names, rw partly in the global options, several jobs of one class
    // in parallel without group_reporting (summed), a randrw job counting in both directions.
    void fioRealHandRunSeveralJobs()
    {
        if (toolruns::fioPath().isEmpty())
            QSKIP("fio is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const toolruns::Output o =
            toolruns::run(toolruns::fioPath(),
                          {QStringLiteral("--output-format=json"), QStringLiteral("--directory=") + dir.path(),
                           QStringLiteral("--size=4M"), QStringLiteral("--ioengine=psync"),
                           QStringLiteral("--rw=randread"), QStringLiteral("--bs=4k"), QStringLiteral("--name=a"),
                           QStringLiteral("--name=b"), QStringLiteral("--name=w"), QStringLiteral("--stonewall"),
                           QStringLiteral("--rw=write"), QStringLiteral("--bs=1M"), QStringLiteral("--name=m"),
                           QStringLiteral("--stonewall"), QStringLiteral("--rw=randrw")},
                          60000);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QJsonObject doc = jsonOf(o.out);
        const auto r = fioMeasurement(o.out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(o.out)));
        QCOMPARE(r->raw.value(QStringLiteral("mapped_by")).toString(), QStringLiteral("rw option"));
        const QJsonObject a = fioJob(doc, QStringLiteral("a")), b = fioJob(doc, QStringLiteral("b")),
                          w = fioJob(doc, QStringLiteral("w")), m = fioJob(doc, QStringLiteral("m"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !w.isEmpty() && !m.isEmpty());
        // rand_read: a + b (randread from the global options) + m's read side: summed.
        QCOMPARE(*r->metric(QStringLiteral("rand_read_iops")),
                 num(a, "read/iops") + num(b, "read/iops") + num(m, "read/iops"));
        QCOMPARE(*r->metric(QStringLiteral("rand_read_mib_s")),
                 (num(a, "read/bw_bytes") + num(b, "read/bw_bytes") + num(m, "read/bw_bytes")) / kMiB);
        QCOMPARE(*r->metric(QStringLiteral("rand_read_io_mib")),
                 (num(a, "read/io_bytes") + num(b, "read/io_bytes") + num(m, "read/io_bytes")) / kMiB);
        // Latencies of several jobs cannot be combined: not a metric, kept per job in raw.
        QVERIFY(!r->metrics.contains(QStringLiteral("rand_read_clat_p99_us")));
        // rand_write: m alone, with its latency.
        QCOMPARE(*r->metric(QStringLiteral("rand_write_iops")), num(m, "write/iops"));
        QVERIFY(r->metric(QStringLiteral("rand_write_clat_p99_us")).value_or(-1) > 0);
        // seq_write: w alone (rw in its own job options).
        QCOMPARE(*r->metric(QStringLiteral("seq_write_mib_s")), num(w, "write/bw_bytes") / kMiB);
        QVERIFY(!r->metrics.contains(QStringLiteral("seq_read_mib_s"))); // nobody read sequentially
        const QJsonArray jobs = r->raw.value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 4);
        QCOMPARE(jobs.at(3).toObject().value(QStringLiteral("classes")).toArray(),
                 (QJsonArray{QStringLiteral("rand_write"), QStringLiteral("rand_read")}));
        QVERIFY(jobs.at(0)
                    .toObject()
                    .value(QStringLiteral("read"))
                    .toObject()
                    .contains(QStringLiteral("clat_percentiles_us")));
        // Groups: {a, b} in parallel, then w, then m.
        // A job's runtime is job_runtime, or when fio reports 0 there (a tiny job on a busy machine)
        // its longer direction's runtime, as the parser does.
        auto rt = [&](const QJsonObject &j) {
            const double t = num(j, "job_runtime");
            return t > 0 ? t : std::max(num(j, "read/runtime"), num(j, "write/runtime"));
        };
        const double groups = std::max(rt(a), rt(b)) + rt(w) + rt(m);
        QCOMPARE(double(r->wallNs), groups * 1e6);
    }

    void fioNoIo()
    {
        // fio's shape with no I/O in either direction (e.g. a zero-sized file range).
        const QByteArray noIo = R"({"fio version":"fio-3.33","jobs":[{"jobname":"x","groupid":0,"error":0,
            "job options":{"rw":"read"},
            "read":{"io_bytes":0,"bw_bytes":0,"bw":0,"iops":0,"runtime":0,"total_ios":0},
            "write":{"io_bytes":0,"bw_bytes":0,"bw":0,"iops":0,"runtime":0,"total_ios":0}}]})";
        const auto r = fioMeasurement(noIo);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("no I/O")), qPrintable(r.errorMessage()));
    }

    void fioBad()
    {
        if (toolruns::fioPath().isEmpty())
            QSKIP("fio is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const toolruns::Output o = toolruns::fioFourJobs(dir.path(), 4);
        QVERIFY(fioMeasurement(o.out).ok());
        for (const QByteArray &bad :
             QList<QByteArray>{o.out.left(o.out.size() / 2), QByteArray(), QByteArray("fio: failed to open\n"),
                               QByteArray("\x00\x01\x02{\xff}", 6)}) {
            const auto r = fioMeasurement(bad);
            QVERIFY(!r.ok());
            QVERIFY(!r.errorMessage().isEmpty());
        }
        // A real failed run (no --size): fio's own error, named.
        const toolruns::Output failed =
            toolruns::run(toolruns::fioPath(),
                          {QStringLiteral("--output-format=json"), QStringLiteral("--directory=") + dir.path(),
                           QStringLiteral("--name=nosize")},
                          30000);
        const auto r = fioMeasurement(failed.out);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("nosize")), qPrintable(r.errorMessage()));
    }

    // ------------------------------------------------------------------ bonnie++
    // What the brief's small run gives (-s 16M: block figures are often "+++++" here): every
    // measured figure is a metric with the CSV's value, every "+++++" a warning, empty fields
    // absent; when neither block figure was measured the import is refused with the advice.
    void bonnieRealSmall()
    {
        const QString bonnie = toolruns::bonniePath();
        if (bonnie.isEmpty())
            QSKIP("bonnie++ is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const toolruns::Output o =
            toolruns::run(bonnie,
                          QStringList{QStringLiteral("-q"), QStringLiteral("-d"), dir.path(), QStringLiteral("-s"),
                                      QStringLiteral("16M"), QStringLiteral("-r"), QStringLiteral("8M"),
                                      QStringLiteral("-n"), QStringLiteral("0")} +
                              toolruns::bonnieUserArgs(),
                          120000);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        qInfo("bonnie++ -s 16M: %s", o.out.trimmed().constData());
        const auto csv = parseBonnieCsv(o.out);
        QVERIFY2(csv.ok(), qPrintable(csv.errorMessage()));
        const BonnieRun &line = csv->runs.first();
        const auto r = bonnieMeasurement(o.out);
        if (!line.putBlockKibPerS.rate.isMeasured() && !line.getBlockKibPerS.rate.isMeasured()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().contains(QLatin1String("larger -s")), qPrintable(r.errorMessage()));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->toolVersion, QStringLiteral("bonnie++ ") + line.bonnieVersion);
        const struct {
            const char *metric;
            const BonnieMetric &m;
            const char *label;
        } tests[] = {{"block_write_kib_s", line.putBlockKibPerS, "block write"},
                     {"block_read_kib_s", line.getBlockKibPerS, "block read"},
                     {"rewrite_kib_s", line.rewriteKibPerS, "rewrite"},
                     {"random_seeks_per_s", line.randomSeeksPerS, "random seeks"},
                     {"putc_kib_s", line.putcKibPerS, "putc"},
                     {"getc_kib_s", line.getcKibPerS, "getc"}};
        for (const auto &t : tests) {
            const QString name = QLatin1String(t.metric);
            QCOMPARE(r->metrics.contains(name), t.m.rate.isMeasured());
            if (t.m.rate.isMeasured())
                QCOMPARE(*r->metric(name), t.m.rate.value);
            const bool warned = r->warnings.join(QLatin1Char('\n')).contains(QLatin1String(t.label));
            QCOMPARE(warned, t.m.rate.state == BonnieValue::State::Unmeasurable);
        }
    }

    // A run sized so that bonnie++ can time a block test (the size is doubled until it can:
    // how fast this machine is decides, not the test), two lines with -x 2 and its header line;
    // -f: the per-character tests are skipped (empty fields), never warned about.
    void bonnieRealMeasuredSeveralLines()
    {
        const QString bonnie = toolruns::bonniePath();
        if (bonnie.isEmpty())
            QSKIP("bonnie++ is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray out;
        std::optional<RunResult> result;
        for (int sizeMiB = 128; sizeMiB <= 2048 && !result; sizeMiB *= 4) {
            const toolruns::Output o =
                toolruns::run(bonnie,
                              QStringList{QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("-x"),
                                          QStringLiteral("2"), QStringLiteral("-d"), dir.path(), QStringLiteral("-s"),
                                          QStringLiteral("%1M").arg(sizeMiB), QStringLiteral("-r"),
                                          QString::number(sizeMiB / 2), QStringLiteral("-n"), QStringLiteral("0")} +
                                  toolruns::bonnieUserArgs(),
                              300000);
            QVERIFY2(o.exitCode == 0, o.err.constData());
            out = o.out;
            QVERIFY2(out.startsWith("format_version,"), out.constData()); // -x N writes a header line
            const auto r = bonnieMeasurement(out);
            qInfo("bonnie++ -f -x 2 -s %dM: %s", sizeMiB, r.ok() ? "a block figure measured" : "too fast");
            if (r.ok())
                result = *r;
            else
                QVERIFY2(r.errorMessage().contains(QLatin1String("larger -s")), qPrintable(r.errorMessage()));
        }
        QVERIFY2(result, out.constData());
        const auto csv = parseBonnieCsv(out);
        QVERIFY(csv.ok());
        QCOMPARE(csv->runs.size(), 2);
        const QJsonArray raw = result->raw.value(QStringLiteral("runs")).toArray();
        QCOMPARE(raw.size(), 2);
        // Each metric is the mean over the lines that measured it; raw holds every line.
        for (const char *name : {"block_write_kib_s", "block_read_kib_s", "rewrite_kib_s", "random_seeks_per_s"}) {
            const QString n = QLatin1String(name);
            double sum = 0;
            int count = 0;
            for (const QJsonValue &line : raw)
                if (line.toObject().contains(n)) {
                    sum += line.toObject().value(n).toDouble();
                    ++count;
                }
            QCOMPARE(result->metrics.contains(n), count > 0);
            if (count > 0) {
                QVERIFY(*result->metric(n) > 0);
                QCOMPARE(*result->metric(n), sum / count);
            }
        }
        QCOMPARE(raw.at(0).toObject().value(QStringLiteral("block_write_kib_s")).toDouble(-1),
                 csv->runs[0].putBlockKibPerS.rate.isMeasured() ? csv->runs[0].putBlockKibPerS.rate.value : -1.0);
        QVERIFY(!result->metrics.contains(QStringLiteral("putc_kib_s")));
        QVERIFY(!result->metrics.contains(QStringLiteral("getc_kib_s")));
        QVERIFY(!result->warnings.join(QLatin1Char('\n')).contains(QLatin1String("putc")));
        QCOMPARE(result->output, QString::fromUtf8(out));
    }

    void bonniePlusAndEmpty()
    {
        const auto r = bonnieMeasurement(bonnieLine("+++++", "300000"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->toolVersion, QStringLiteral("bonnie++ 2.00a"));
        QVERIFY(!r->metrics.contains(QStringLiteral("block_write_kib_s"))); // "+++++": not a metric, not 0
        QVERIFY(!r->metrics.contains(QStringLiteral("block_write_cpu_pct")));
        QCOMPARE(*r->metric(QStringLiteral("block_read_kib_s")), 300000.0);
        QCOMPARE(*r->metric(QStringLiteral("block_read_cpu_pct")), 15.0);
        QCOMPARE(*r->metric(QStringLiteral("rewrite_kib_s")), 100000.0);
        QCOMPARE(*r->metric(QStringLiteral("random_seeks_per_s")), 350.5);
        QCOMPARE(*r->metric(QStringLiteral("random_seeks_latency_max_us")), 1500.0);
        QVERIFY(!r->metrics.contains(QStringLiteral("putc_kib_s"))); // empty: skipped
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY2(r->warnings.first().contains(QLatin1String("could not measure block write")) &&
                     r->warnings.first().contains(QLatin1String("larger -s")),
                 qPrintable(r->warnings.first()));
        QVERIFY(r->wallNs == 0 && r->command.isEmpty());
    }

    void bonnieSeveralLines()
    {
        // -x 3 with its header line: the mean of the lines that measured each figure.
        const QByteArray csv = "format_version,bonnie_version,name\n" + bonnieLine("100", "1000") + "\n" +
                               bonnieLine("200", "2000", "+++++") + "\n" + bonnieLine("+++++", "3000", "10") + "\n";
        const auto r = bonnieMeasurement(csv);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(*r->metric(QStringLiteral("block_write_kib_s")), 150.0);
        QCOMPARE(*r->metric(QStringLiteral("block_read_kib_s")), 2000.0);
        QCOMPARE(*r->metric(QStringLiteral("random_seeks_per_s")), (350.5 + 10) / 2);
        QCOMPARE(r->raw.value(QStringLiteral("runs")).toArray().size(), 3);
        QCOMPARE(r->raw.value(QStringLiteral("runs"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("unmeasurable"))
                     .toArray(),
                 QJsonArray{QStringLiteral("random_seeks_per_s")});
        QCOMPARE(r->warnings.size(), 2);
        QVERIFY(r->warnings.join(QLatin1Char('\n')).contains(QLatin1String("block write in 1 of 3 runs")));
    }

    void bonnieBad_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no block figure (+++++)") << bonnieLine("+++++", "+++++") << QStringLiteral("larger -s");
        QTest::newRow("no block figure (skipped)") << bonnieLine("", "") << QStringLiteral("not run");
        QTest::newRow("truncated") << bonnieLine("100", "200").left(40) << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no CSV line");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n,\x00\x01", 11) << QStringLiteral("line");
        QTest::newRow("iperf3 JSON") << QByteArray(R"({"start": {}, "end": {}})") << QStringLiteral("line 1");
    }
    void bonnieBad()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, mentions);
        const auto r = bonnieMeasurement(csv);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(mentions), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TstMeasurement)
#include "tst_measurement.moc"
