// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/losstablemodel.h"
#include "model/sessiondocument.h"

#include <QLocale>

namespace hvbench {

LossTableModel::LossTableModel(SessionDocument *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &SessionDocument::sessionReset, this, &LossTableModel::recompute);
    connect(doc, &SessionDocument::resultsCleared, this, &LossTableModel::recompute);
    connect(doc, &SessionDocument::resultAdded, this, &LossTableModel::recompute);
    m_rows = analysis::computeLossTable(doc->session().results);
}

void LossTableModel::recompute()
{
    beginResetModel();
    m_rows = analysis::computeLossTable(m_doc->session().results);
    endResetModel();
}

int LossTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LossTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LossTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Config: return r.config;
        case VmCount: return r.vmCount;
        case N: return r.cycles.n;
        case MeanCycles: return r.cycles.mean;
        case Ci95Cycles: return r.cycles.ci95;
        case LossPct: return r.lossPct ? QVariant(*r.lossPct) : QVariant();
        case LossCi95Pct: return r.lossPct ? QVariant(r.lossCi95Pct) : QVariant();
        case Jain: return r.jain;
        case MinMax: return r.minMaxRatio;
        case Cov: return r.cov;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != Config)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case Config: return r.config;
    case VmCount: return r.vmCount == 0 ? tr("—") : QString::number(r.vmCount);
    case N: return r.cycles.n;
    case MeanCycles: return loc.toString(r.cycles.mean, 'f', 0);
    case Ci95Cycles: return r.cycles.n > 1 ? loc.toString(r.cycles.ci95, 'f', 0) : tr("n/a");
    case LossPct: return r.lossPct ? loc.toString(*r.lossPct, 'f', 2) : tr("no baseline");
    case LossCi95Pct: return r.lossPct && r.lossCi95Pct > 0 ? tr("± %1").arg(loc.toString(r.lossCi95Pct, 'f', 2)) : tr("n/a");
    case Jain: return loc.toString(r.jain, 'f', 4);
    case MinMax: return loc.toString(r.minMaxRatio, 'f', 3);
    case Cov: return loc.toString(r.cov * 100.0, 'f', 2);
    }
    return {};
}

QVariant LossTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"config", "vm_count", "n", "mean_cycles", "ci95_cycles",
                                     "loss_pct", "loss_ci95_pct", "jain_index", "min_max_ratio", "cov"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Config: return tr("Configuration");
    case VmCount: return tr("VMs");
    case N: return tr("n");
    case MeanCycles: return tr("Mean cycles");
    case Ci95Cycles: return tr("95 % CI (cycles)");
    case LossPct: return tr("% loss");
    case LossCi95Pct: return tr("95 % CI (% loss)");
    case Jain: return tr("Jain index");
    case MinMax: return tr("Min/max");
    case Cov: return tr("CoV (%)");
    }
    return {};
}

} // namespace hvbench
