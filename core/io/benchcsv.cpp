// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/benchcsv.h"

namespace hvbench::io {

namespace {
QByteArray quoted(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}
// QByteArray::number is locale-independent: '.' decimal point whatever the user's locale.
QByteArray num(double v)
{
    return QByteArray::number(v, 'g', 17);
}
QByteArray num(int v)
{
    return QByteArray::number(v);
}
} // namespace

QStringList benchTableCsvColumns()
{
    return {QStringLiteral("benchmark"),        QStringLiteral("metric"),
            QStringLiteral("higher_is_better"), QStringLiteral("config"),
            QStringLiteral("vm_count"),         QStringLiteral("runs"),
            QStringLiteral("rounds"),           QStringLiteral("per_guest_mean"),
            QStringLiteral("per_guest_stddev"), QStringLiteral("per_guest_ci95"),
            QStringLiteral("per_guest_min"),    QStringLiteral("per_guest_max"),
            QStringLiteral("aggregate_mean"),   QStringLiteral("aggregate_stddev"),
            QStringLiteral("aggregate_ci95"),   QStringLiteral("loss_pct"),
            QStringLiteral("loss_ci95_pct"),    QStringLiteral("jain_index"),
            QStringLiteral("min_max_ratio"),    QStringLiteral("cov")};
}

QByteArray benchTableCsv(const QList<analysis::BenchRow> &rows)
{
    QByteArray out = benchTableCsvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const analysis::BenchRow &r : rows) {
        const QList<QByteArray> fields{
            quoted(benchmarkId(r.benchmark)),
            quoted(r.metric),
            r.higherIsBetter ? QByteArray("1") : QByteArray("0"),
            quoted(r.config),
            num(r.vmCount),
            num(r.n),
            num(r.perGuest.n),
            num(r.perGuest.mean),
            num(r.perGuest.stddev),
            num(r.perGuest.ci95),
            num(r.perGuest.min),
            num(r.perGuest.max),
            num(r.aggregate.mean),
            num(r.aggregate.stddev),
            num(r.aggregate.ci95),
            r.lossPct ? num(*r.lossPct) : QByteArray(),
            r.lossPct ? num(r.lossCi95Pct) : QByteArray(),
            num(r.jain),
            num(r.minMaxRatio),
            num(r.cov),
        };
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += fields.at(i);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace hvbench::io
