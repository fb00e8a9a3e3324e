// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/session.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Session)
};
bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > 16)
        return false;
    for (QChar c : id)
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    return true;
}
} // namespace

QString Session::newId()
{
    return QString::number(QRandomGenerator::system()->generate(), 36).left(8);
}

Session Session::demo()
{
    Session s;
    s.id = newId();
    s.name = Tr::tr("Demo: PI fairness, bare metal vs 1 and 2 VMs");
    s.hostUri = QStringLiteral("qemu:///system");
    s.specs = {VmSpec{}};
    s.matrix = Matrix{};
    return s;
}

const VmSpec *Session::specNamed(const QString &n) const
{
    for (const VmSpec &v : specs)
        if (v.name == n)
            return &v;
    return nullptr;
}

QStringList Session::specNames() const
{
    QStringList names;
    for (const VmSpec &v : specs)
        names.append(v.name);
    return names;
}

int Session::plannedRuns() const
{
    int n = 0;
    for (const Cell &c : cells())
        n += std::max(1, c.vmCount) * matrix.repeats;
    return n * int(benchmarks.enabled.size());
}

QString Session::emulationCaveat() const
{
    const QString accel = manifest.value(QStringLiteral("host")).toObject().value(QStringLiteral("accel")).toString();
    if (accel != QLatin1String("TCG"))
        return {};
    return Tr::tr("⚠ QEMU/TCG software emulation (no KVM): VM figures measure the emulator");
}

Status Session::validate() const
{
    if (!validId(id))
        return Error{Tr::tr("Session id \"%1\" is invalid: use 1-16 lowercase letters or digits.").arg(id)};
    if (hostUri.trimmed().isEmpty())
        return Error{Tr::tr("The session names no host URI.")};
    if (specs.isEmpty())
        return Error{Tr::tr("The session has no VM spec.")};
    QStringList seen;
    for (const VmSpec &v : specs) {
        if (auto st = v.validate(); !st)
            return st;
        if (v.name == kBareMetal)
            return Error{Tr::tr("A VM spec cannot be called \"%1\": that name is the baseline's.").arg(kBareMetal)};
        if (seen.contains(v.name))
            return Error{Tr::tr("Two VM specs are called \"%1\": spec names must be unique.").arg(v.name)};
        seen.append(v.name);
    }
    if (auto v = benchmarks.validate(); !v)
        return v;
    return matrix.validate();
}

QJsonObject Session::toJson() const
{
    QJsonArray res;
    for (const auto &r : results)
        res.append(r.toJson());
    QJsonArray specsJson;
    for (const VmSpec &v : specs)
        specsJson.append(v.toJson());
    return {{QStringLiteral("formatVersion"), kFormatVersion},
            {QStringLiteral("appVersion"), QStringLiteral(HVBENCH_VERSION)},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("host_uri"), hostUri},
            {QStringLiteral("specs"), specsJson},
            {QStringLiteral("benchmarks"), benchmarks.toJson()},
            {QStringLiteral("matrix"), matrix.toJson()},
            {QStringLiteral("manifest"), manifest},
            {QStringLiteral("results"), res}};
}

Result<Session> Session::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("session"));
    const qint64 version = r.integer("formatVersion");
    if (!r.ok())
        return r.error();
    if (version > kFormatVersion)
        return Error{Tr::tr("This session was written by a newer hvbench (format %1; this version reads up "
                            "to %2). Update hvbench to open it.").arg(version).arg(kFormatVersion)};
    if (version < 1)
        return Error{Tr::tr("formatVersion %1 is not valid.").arg(version)};
    Session s;
    s.id = r.str("id");
    s.name = r.str("name", false);
    s.hostUri = r.str("host_uri");
    // Format 1 as first written had one "spec" and a "workload"; now "specs" and "benchmarks".
    const bool legacySpec = !o.contains(QStringLiteral("specs"));
    const QJsonArray specs = legacySpec ? QJsonArray{r.object("spec")} : r.array("specs");
    const bool legacyWorkload = !o.contains(QStringLiteral("benchmarks"));
    const QJsonObject workload = r.object(legacyWorkload ? "workload" : "benchmarks");
    const QJsonObject matrix = r.object("matrix");
    s.manifest = r.object("manifest", false);
    const QJsonArray results = r.array("results", false);
    if (!r.ok())
        return r.error();
    s.specs.clear();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (!specs.at(i).isObject())
            return Error{Tr::tr("specs[%1] must be an object.").arg(i)};
        auto sp = VmSpec::fromJson(specs.at(i).toObject());
        if (!sp)
            return sp.error();
        s.specs.append(*sp);
    }
    auto wl = legacyWorkload ? BenchmarkSuite::fromLegacyWorkload(workload) : BenchmarkSuite::fromJson(workload);
    if (!wl)
        return wl.error();
    s.benchmarks = *wl;
    auto mx = Matrix::fromJson(matrix);
    if (!mx)
        return mx.error();
    s.matrix = *mx;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results.at(i).isObject())
            return Error{Tr::tr("results[%1] must be an object.").arg(i)};
        auto rr = RunResult::fromJson(results.at(i).toObject());
        if (!rr)
            return Error{Tr::tr("results[%1]: %2").arg(i).arg(rr.errorMessage())};
        s.results.append(*rr);
    }
    if (auto v = s.validate(); !v)
        return v.error();
    return s;
}

} // namespace hvbench
