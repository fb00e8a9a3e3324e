// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/benchtablemodel.h"
#include "model/columnkeys.h"
#include "model/sessiondocument.h"

#include <QLocale>

namespace hvbench {

BenchTableModel::BenchTableModel(SessionDocument *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &SessionDocument::sessionReset, this, &BenchTableModel::recompute);
    connect(doc, &SessionDocument::resultsCleared, this, &BenchTableModel::recompute);
    connect(doc, &SessionDocument::resultAdded, this, &BenchTableModel::recompute);
    connect(doc, &SessionDocument::settingsChanged, this, &BenchTableModel::recompute); // external score direction
    recompute();
}

void BenchTableModel::recompute()
{
    beginResetModel();
    m_rows.clear();
    const auto all = analysis::computeBenchTable(m_doc->session().results,
                                                 analysis::directionOverrides(m_doc->session().benchmarks));
    for (const auto &r : all)
        if (r.benchmark != hvbench::Benchmark::Pi)
            m_rows.append(r);
    endResetModel();
}

int BenchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BenchTableModel::columnKey(int c)
{
    static const char *const keys[] = {"benchmark", "metric", "config", "vm_count", "n", "mean_per_guest",
                                       "ci95_per_guest", "aggregate_mean", "loss_pct", "loss_ci95_pct", "jain"};
    static_assert(std::size(keys) == ColumnCount);
    return columnKeyAt(keys, c);
}

QVariant BenchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const auto &r = m_rows.at(index.row());
    const bool raw = role == RawValueRole;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= VmCount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && !raw)
        return {};
    const QLocale loc;
    auto num = [&](double v) -> QVariant { return raw ? QVariant(v) : QVariant(loc.toString(v, 'f', std::abs(v) >= 100 ? 0 : 2)); };
    const bool ciKnown = r.perGuest.n >= 2;
    switch (index.column()) {
    case Benchmark: return raw ? QVariant(benchmarkId(r.benchmark)) : QVariant(benchmarkDisplayName(r.benchmark));
    case Figure: return r.metric;
    case Config: return r.config;
    case VmCount: return raw || r.vmCount > 0 ? QVariant(r.vmCount) : QVariant(QStringLiteral("—"));
    case N: return r.n;
    case MeanPerGuest: return num(r.perGuest.mean);
    case Ci95PerGuest: return ciKnown ? num(r.perGuest.ci95) : (raw ? QVariant() : QVariant(tr("n/a")));
    case Aggregate: return num(r.aggregate.mean);
    case LossPct:
        if (!r.lossPct)
            return raw ? QVariant() : QVariant(QStringLiteral("—"));
        return raw ? QVariant(*r.lossPct) : QVariant(loc.toString(*r.lossPct, 'f', 1));
    case LossCi95Pct:
        if (!r.lossPct || !ciKnown)
            return raw ? QVariant() : QVariant(tr("n/a"));
        return raw ? QVariant(r.lossCi95Pct) : QVariant(QStringLiteral("± ") + loc.toString(r.lossCi95Pct, 'f', 1));
    case Jain: return raw ? QVariant(r.jain) : QVariant(loc.toString(r.jain, 'f', 3));
    }
    return {};
}

QVariant BenchTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == ColumnKeyRole)
        return columnKey(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Benchmark: return tr("Benchmark");
    case Figure: return tr("Figure (unit)");
    case Config: return tr("Configuration");
    case VmCount: return tr("VMs");
    case N: return tr("n");
    case MeanPerGuest: return tr("Mean per guest");
    case Ci95PerGuest: return tr("95 % CI");
    case Aggregate: return tr("Aggregate (all guests)");
    case LossPct: return tr("% loss");
    case LossCi95Pct: return tr("95 % CI (% loss)");
    case Jain: return tr("Jain index");
    }
    return {};
}

} // namespace hvbench
