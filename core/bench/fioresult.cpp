// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/fioresult.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace hvbench::bench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::bench)
};

FioLatency readLatency(const QJsonObject &dir, const QString &where, json::Reader &outer)
{
    FioLatency lat;
    double scale = 1;
    QJsonObject o;
    if (dir.value(QStringLiteral("clat_ns")).isObject()) {
        o = dir.value(QStringLiteral("clat_ns")).toObject();
    } else if (dir.value(QStringLiteral("clat")).isObject()) {
        o = dir.value(QStringLiteral("clat")).toObject();
        scale = 1000;
        lat.fromMicroseconds = true;
    } else {
        return lat;
    }
    lat.present = true;
    json::Reader r(o, where + (lat.fromMicroseconds ? QStringLiteral(".clat") : QStringLiteral(".clat_ns")));
    lat.samples = r.integer("N", false, 0);
    lat.minNs = r.number("min") * scale;
    lat.maxNs = r.number("max") * scale;
    lat.meanNs = r.number("mean") * scale;
    lat.stddevNs = r.number("stddev", false, 0) * scale;
    const QJsonObject pct = r.object("percentile", false);
    for (auto it = pct.begin(); it != pct.end(); ++it) {
        bool ok = false;
        const double p = it.key().toDouble(&ok);
        if (!ok || !it.value().isDouble()) {
            r.fail(Tr::tr("%1: the percentile \"%2\" is not a number.").arg(where, it.key()));
            break;
        }
        lat.percentilesNs.insert(p, it.value().toDouble() * scale);
    }
    if (!r.ok())
        outer.fail(r.error().message);
    return lat;
}

FioDirection readDirection(const char *key, const QString &jobWhere,
                           json::Reader &outer)
{
    FioDirection d;
    const QString where = jobWhere + QLatin1Char('.') + QString::fromLatin1(key);
    const QJsonObject o = outer.object(key);
    json::Reader r(o, where);
    d.ioBytes = r.integer("io_bytes", false, 0);
    d.bwKibPerS = r.integer("bw");
    d.bwBytesPerS = r.integer("bw_bytes", false, d.bwKibPerS * 1024);
    d.iops = r.number("iops");
    d.runtimeMs = r.integer("runtime");
    d.totalIos = r.integer("total_ios", false, 0);
    if (d.ioBytes == 0)
        d.ioBytes = r.integer("io_kbytes", false, 0) * 1024;
    d.clat = readLatency(o, where, r);
    if (!r.ok())
        outer.fail(r.error().message);
    return d;
}

void addInto(FioDirection &sum, const FioDirection &d)
{
    sum.ioBytes += d.ioBytes;
    sum.bwKibPerS += d.bwKibPerS;
    sum.bwBytesPerS += d.bwBytesPerS;
    sum.iops += d.iops;
    sum.totalIos += d.totalIos;
    sum.runtimeMs = std::max(sum.runtimeMs, d.runtimeMs);
}
} // namespace

Result<FioResult> parseFioJson(const QByteArray &out)
{
    // fio prints warnings ("fio: ...", job descriptions) on stdout around the JSON document.
    const qsizetype first = out.indexOf('{');
    qsizetype last = out.lastIndexOf('}');
    if (first < 0)
        return Error{Tr::tr("fio output contains no JSON document: run fio with "
                            "--output-format=json. Output began: \"%1\"")
                         .arg(QString::fromUtf8(out.left(120)).trimmed())};
    if (last < first)
        last = out.size() - 1; // cut short: let the JSON parser say where
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(out.mid(first, last - first + 1), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Tr::tr("fio JSON output is invalid (%1 at offset %2): was it cut short?")
                         .arg(pe.errorString())
                         .arg(pe.offset + first)};

    json::Reader top(doc.object(), QStringLiteral("fio"));
    FioResult res;
    res.version = top.str("fio version", false);
    const QJsonArray jobs = top.array("jobs");
    if (!top.ok())
        return top.error();
    if (jobs.isEmpty())
        return Error{Tr::tr("fio reported no jobs: check the job file or command line.")};

    res.aggregate.name = QStringLiteral("all jobs");
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const QJsonObject jo = jobs.at(i).toObject();
        json::Reader r(jo, QStringLiteral("fio jobs[%1]").arg(i));
        FioJob job;
        job.name = r.str("jobname");
        const QString where = QStringLiteral("fio job \"%1\"").arg(job.name);
        const qint64 err = r.integer("error", false, 0);
        if (r.ok() && err != 0)
            return Error{Tr::tr("fio job \"%1\" failed with error %2 (%3): see fio's messages "
                                "in the raw output.")
                             .arg(job.name)
                             .arg(err)
                             .arg(qt_error_string(int(err)))};
        job.groupId = int(r.integer("groupid", false, 0));
        job.jobRuntimeMs = r.integer("job_runtime", false, 0);
        job.usrCpuPercent = r.number("usr_cpu", false, 0);
        job.sysCpuPercent = r.number("sys_cpu", false, 0);
        job.read = readDirection("read", where, r);
        job.write = readDirection("write", where, r);
        if (!r.ok())
            return r.error();
        addInto(res.aggregate.read, job.read);
        addInto(res.aggregate.write, job.write);
        res.aggregate.jobRuntimeMs = std::max(res.aggregate.jobRuntimeMs, job.jobRuntimeMs);
        res.aggregate.usrCpuPercent += job.usrCpuPercent;
        res.aggregate.sysCpuPercent += job.sysCpuPercent;
        res.jobs.append(job);
    }
    return res;
}

} // namespace hvbench::bench
