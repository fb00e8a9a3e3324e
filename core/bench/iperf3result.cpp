// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/iperf3result.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hvbench::bench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::bench)
};

Iperf3Sum readSum(const QJsonObject &o, const QString &where, json::Reader &outer)
{
    json::Reader r(o, where);
    Iperf3Sum s;
    s.startS = r.number("start");
    s.endS = r.number("end");
    s.seconds = r.number("seconds");
    s.bytes = r.integer("bytes");
    s.bitsPerS = r.number("bits_per_second");
    s.retransmits = r.integer("retransmits", false, -1);
    s.jitterMs = r.number("jitter_ms", false, -1);
    s.lostPackets = r.integer("lost_packets", false, -1);
    s.packets = r.integer("packets", false, -1);
    s.omitted = r.boolean("omitted", false, false);
    if (!r.ok())
        outer.fail(r.error().message);
    return s;
}
} // namespace

Result<Iperf3Result> parseIperf3Json(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return Error{Tr::tr("iperf3 produced no output: check that it ran with -J.")};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Tr::tr("iperf3 output is not a JSON object (%1 at offset %2): run it with -J.")
                         .arg(pe.errorString())
                         .arg(pe.offset)};
    const QJsonObject root = doc.object();

    // iperf3 still emits a JSON document on failure, with the reason in "error".
    const QJsonValue err = root.value(QStringLiteral("error"));
    if (!err.isUndefined())
        return Error{Tr::tr("iperf3 failed: %1").arg(err.isString() ? err.toString()
                                                                     : QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)))};

    json::Reader top(root, QStringLiteral("iperf3"));
    const QJsonObject start = top.object("start");
    const QJsonArray intervals = top.array("intervals");
    const QJsonObject end = top.object("end");
    if (!top.ok())
        return top.error();

    Iperf3Result res;
    json::Reader st(start, QStringLiteral("iperf3 start"));
    res.version = st.str("version", false);
    res.sockBufsizeBytes = st.integer("sock_bufsize", false, 0);
    res.sndbufActualBytes = st.integer("sndbuf_actual", false, 0);
    res.rcvbufActualBytes = st.integer("rcvbuf_actual", false, 0);
    const QJsonObject ts = st.object("test_start");
    if (!st.ok())
        return st.error();
    json::Reader t(ts, QStringLiteral("iperf3 start.test_start"));
    res.protocol = t.str("protocol");
    res.numStreams = int(t.integer("num_streams"));
    res.blksizeBytes = t.integer("blksize");
    res.durationS = int(t.integer("duration"));
    res.reverse = t.integer("reverse", false, 0) != 0;
    if (!t.ok())
        return t.error();

    json::Reader e(end, QStringLiteral("iperf3 end"));
    const QJsonObject sent = e.object("sum_sent");
    const QJsonObject received = e.object("sum_received");
    if (!e.ok())
        return e.error();
    res.sent = readSum(sent, QStringLiteral("iperf3 end.sum_sent"), e);
    res.received = readSum(received, QStringLiteral("iperf3 end.sum_received"), e);
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const QString where = QStringLiteral("iperf3 intervals[%1]").arg(i);
        json::Reader iv(intervals.at(i).toObject(), where);
        const QJsonObject sum = iv.object("sum");
        if (!iv.ok())
            return iv.error();
        res.intervals.append(readSum(sum, where + QStringLiteral(".sum"), e));
    }
    if (!e.ok())
        return e.error();

    // Linux doubles a granted SO_SNDBUF/SO_RCVBUF, so "actual" below the request means it
    // was capped (net.core.wmem_max / rmem_max). Only the client's side is reported.
    if (res.sockBufsizeBytes > 0) {
        QStringList short_;
        if (res.sndbufActualBytes < res.sockBufsizeBytes)
            short_ << Tr::tr("send buffer %1 bytes").arg(res.sndbufActualBytes);
        if (res.rcvbufActualBytes < res.sockBufsizeBytes)
            short_ << Tr::tr("receive buffer %1 bytes").arg(res.rcvbufActualBytes);
        if (!short_.isEmpty())
            res.windowWarning =
                Tr::tr("iperf3 asked for a %1-byte window (-w) but got %2: raise "
                       "net.core.wmem_max and net.core.rmem_max, or drop -w.")
                    .arg(res.sockBufsizeBytes)
                    .arg(short_.join(QStringLiteral(", ")));
    }
    return res;
}

} // namespace hvbench::bench
