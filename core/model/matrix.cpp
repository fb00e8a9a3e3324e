// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/matrix.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Matrix)
};
constexpr int kMaxVms = 64;
} // namespace

Status WorkloadSpec::validate() const
{
    if (name != QLatin1String("pi"))
        return Error{Tr::tr("Unknown workload \"%1\": this version runs \"pi\".").arg(name)};
    if (piDigits != 0 && (piDigits < 10 || piDigits > 1000000))
        return Error{Tr::tr("PI digits must be between 10 and 1000000 (is %1).").arg(piDigits)};
    return Ok{};
}

QJsonObject WorkloadSpec::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("pi_digits"), piDigits}};
}

Result<WorkloadSpec> WorkloadSpec::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("workload"));
    WorkloadSpec w;
    w.name = r.str("name");
    w.piDigits = int(r.integer("pi_digits", false, 0));
    if (!r.ok())
        return r.error();
    if (auto v = w.validate(); !v)
        return v.error();
    return w;
}

Status Matrix::validate() const
{
    if (!baseline && vmCounts.isEmpty())
        return Error{Tr::tr("The matrix is empty: enable the bare-metal baseline or add a VM count.")};
    for (int n : vmCounts)
        if (n < 1 || n > kMaxVms)
            return Error{Tr::tr("VM counts must be between 1 and %1 (is %2).").arg(kMaxVms).arg(n)};
    if (repeats < 1 || repeats > 1000)
        return Error{Tr::tr("Repeats must be between 1 and 1000 (is %1).").arg(repeats)};
    return Ok{};
}

QJsonObject Matrix::toJson() const
{
    QJsonArray counts;
    for (int n : vmCounts)
        counts.append(n);
    return {{QStringLiteral("baseline"), baseline},
            {QStringLiteral("vm_counts"), counts},
            {QStringLiteral("repeats"), repeats}};
}

Result<Matrix> Matrix::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("matrix"));
    Matrix m;
    m.baseline = r.boolean("baseline");
    const QJsonArray counts = r.array("vm_counts");
    m.repeats = int(r.integer("repeats"));
    if (!r.ok())
        return r.error();
    m.vmCounts.clear();
    for (const auto &v : counts) {
        if (!v.isDouble())
            return Error{Tr::tr("matrix: every entry of \"vm_counts\" must be an integer.")};
        m.vmCounts.append(v.toInt());
    }
    if (auto v = m.validate(); !v)
        return v.error();
    return m;
}

QList<Cell> expandMatrix(const Matrix &m, const QString &specName)
{
    QList<Cell> cells;
    if (m.baseline)
        cells.append(Cell{kBareMetal, 0});
    for (int n : m.vmCounts)
        cells.append(Cell{specName, n});
    return cells;
}

} // namespace hvbench
