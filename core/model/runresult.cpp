// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/runresult.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::RunResult)
};
} // namespace

std::optional<double> RunResult::metric(const QString &name) const
{
    if (isPi()) {
        if (name == QLatin1String("cycles")) return double(cycles);
        if (name == QLatin1String("wall_ns")) return double(wallNs);
        if (name == QLatin1String("cpu_ns")) return double(cpuNs);
        if (name == QLatin1String("steal_ticks")) return double(stealTicks);
    }
    const QJsonValue v = metrics.value(name);
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

QJsonObject RunResult::toJson() const
{
    QJsonObject o{{QStringLiteral("config"), config},
            {QStringLiteral("vm_count"), vmCount},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("guest"), guest},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("workload"), workload},
            {QStringLiteral("command"), command},
            {QStringLiteral("cycles"), cycles},
            {QStringLiteral("wall_ns"), wallNs},
            {QStringLiteral("cpu_ns"), cpuNs},
            {QStringLiteral("steal_ticks"), stealTicks},
            {QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("raw"), raw}};
    if (!isPi() || !metrics.isEmpty()) {
        o.insert(QStringLiteral("tool_version"), toolVersion);
        o.insert(QStringLiteral("metrics"), metrics);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        o.insert(QStringLiteral("output"), output);
    }
    return o;
}

Result<RunResult> RunResult::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("result"));
    RunResult x;
    x.config = r.str("config");
    x.vmCount = int(r.integer("vm_count"));
    x.repeat = int(r.integer("repeat"));
    x.guest = int(r.integer("guest"));
    x.domain = r.str("domain", false);
    x.workload = r.str("workload");
    x.command = r.str("command", false);
    x.cycles = r.integer("cycles", false);
    x.wallNs = r.integer("wall_ns");
    x.cpuNs = r.integer("cpu_ns");
    x.stealTicks = r.integer("steal_ticks", false);
    x.finishedAt = QDateTime::fromString(r.str("finished_at", false), Qt::ISODateWithMs);
    x.raw = r.object("raw", false);
    x.toolVersion = r.str("tool_version", false);
    x.metrics = r.object("metrics", false);
    for (const auto &w : r.array("warnings", false))
        x.warnings.append(w.toString());
    x.output = r.str("output", false);
    if (!r.ok())
        return r.error();
    if (x.isPi() && (x.cycles <= 0 || x.wallNs <= 0))
        return Error{Tr::tr("result: cycles and wall_ns must be positive.")};
    for (auto it = x.metrics.constBegin(); it != x.metrics.constEnd(); ++it)
        if (!it.value().isDouble())
            return Error{Tr::tr("result: metric \"%1\" must be a number.").arg(it.key())};
    if (!x.isPi() && x.metrics.isEmpty())
        return Error{Tr::tr("result: a %1 result without metrics.").arg(x.workload)};
    if (x.vmCount < 0 || x.repeat < 0 || x.guest < 0)
        return Error{Tr::tr("result: vm_count, repeat and guest must not be negative.")};
    return x;
}

Result<RunResult> RunResult::fromAgentResult(const QJsonObject &msg)
{
    json::Reader r(msg, Tr::tr("agent result"));
    const QJsonObject metrics = r.object("metrics");
    RunResult x;
    x.workload = r.str("workload");
    x.command = r.str("command", false);
    json::Reader m(metrics, Tr::tr("agent result metrics"));
    x.cycles = m.integer("cycles");
    x.wallNs = m.integer("wall_ns");
    x.cpuNs = m.integer("cpu_ns");
    x.stealTicks = m.integer("steal_ticks", false);
    if (!r.ok())
        return r.error();
    if (!m.ok())
        return m.error();
    if (x.cycles <= 0 || x.wallNs <= 0 || x.cpuNs < 0)
        return Error{Tr::tr("The agent sent an implausible result (cycles %1, wall %2 ns).")
                         .arg(x.cycles).arg(x.wallNs)};
    x.raw = msg;
    x.finishedAt = QDateTime::currentDateTimeUtc();
    return x;
}

} // namespace hvbench
