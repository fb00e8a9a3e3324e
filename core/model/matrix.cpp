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

Status Matrix::validate() const
{
    if (!baseline && vmCounts.isEmpty())
        return Error{Tr::tr("The matrix is empty: enable the bare-metal baseline or add a VM count.")};
    for (int n : vmCounts)
        if (n < 1 || n > kMaxVms)
            return Error{Tr::tr("VM counts must be between 1 and %1 (is %2).").arg(kMaxVms).arg(n)};
    if (repeats < 1 || repeats > 1000)
        return Error{Tr::tr("Repeats must be between 1 and 1000 (is %1).").arg(repeats)};
    if (maxRepeats != 0 && (maxRepeats < repeats || maxRepeats > 1000))
        return Error{Tr::tr("The most repeats (%1) must be between the repeats (%2) and 1000.").arg(maxRepeats).arg(repeats)};
    if (rsdTargetPct < 0 || rsdTargetPct > 100)
        return Error{Tr::tr("The RSD target must be between 0 and 100 % (is %1 %).").arg(rsdTargetPct)};
    if (rsdTargetPct > 0 && maxRepeats <= repeats)
        return Error{Tr::tr("An RSD target needs room for more rounds: set the most repeats above the repeats (%1).")
                         .arg(repeats)};
    if (budgetMinutes < 0)
        return Error{Tr::tr("The time budget must not be negative.")};
    return Ok{};
}

QJsonObject Matrix::toJson() const
{
    QJsonArray counts;
    for (int n : vmCounts)
        counts.append(n);
    return {{QStringLiteral("baseline"), baseline},
            {QStringLiteral("vm_counts"), counts},
            {QStringLiteral("repeats"), repeats},
            {QStringLiteral("max_repeats"), maxRepeats},
            {QStringLiteral("rsd_target_pct"), rsdTargetPct},
            {QStringLiteral("budget_minutes"), budgetMinutes},
            {QStringLiteral("seed"), qint64(seed)}};
}

Result<Matrix> Matrix::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("matrix"));
    Matrix m;
    m.baseline = r.boolean("baseline");
    const QJsonArray counts = r.array("vm_counts");
    m.repeats = int(r.integer("repeats"));
    m.maxRepeats = int(r.integer("max_repeats", false, 0));
    m.rsdTargetPct = r.number("rsd_target_pct", false, 0);
    m.budgetMinutes = int(r.integer("budget_minutes", false, 0));
    m.seed = quint32(r.integer("seed", false, 0));
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

QList<Cell> expandMatrix(const Matrix &m, const QStringList &specNames)
{
    QList<Cell> cells;
    if (m.baseline)
        cells.append(Cell{kBareMetal, 0, -1});
    for (int i = 0; i < specNames.size(); ++i)
        for (int n : m.vmCounts)
            cells.append(Cell{specNames.at(i), n, i});
    return cells;
}

} // namespace hvbench
