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
    s.spec.name = QStringLiteral("vm-virtio");
    s.hostUri = QStringLiteral("qemu:///system");
    s.spec = VmSpec{};
    s.matrix = Matrix{};
    return s;
}

int Session::plannedRuns() const
{
    int n = 0;
    for (const Cell &c : expandMatrix(matrix, spec.name))
        n += std::max(1, c.vmCount) * matrix.repeats;
    return n;
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
    if (auto v = spec.validate(); !v)
        return v;
    if (auto v = workload.validate(); !v)
        return v;
    return matrix.validate();
}

QJsonObject Session::toJson() const
{
    QJsonArray res;
    for (const auto &r : results)
        res.append(r.toJson());
    return {{QStringLiteral("formatVersion"), kFormatVersion},
            {QStringLiteral("appVersion"), QStringLiteral(HVBENCH_VERSION)},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("host_uri"), hostUri},
            {QStringLiteral("spec"), spec.toJson()},
            {QStringLiteral("workload"), workload.toJson()},
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
    const QJsonObject spec = r.object("spec");
    const QJsonObject workload = r.object("workload");
    const QJsonObject matrix = r.object("matrix");
    s.manifest = r.object("manifest", false);
    const QJsonArray results = r.array("results", false);
    if (!r.ok())
        return r.error();
    auto sp = VmSpec::fromJson(spec);
    if (!sp)
        return sp.error();
    s.spec = *sp;
    auto wl = WorkloadSpec::fromJson(workload);
    if (!wl)
        return wl.error();
    s.workload = *wl;
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
