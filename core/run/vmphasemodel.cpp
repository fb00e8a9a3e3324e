// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/vmphasemodel.h"

namespace hvbench {

VmPhaseModel::VmPhaseModel(QObject *parent) : QAbstractTableModel(parent) {}

void VmPhaseModel::setPhase(int key, const QString &domain, VmPhase phase, const QString &detail)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.key != key)
            continue;
        r.domain = domain;
        r.phase = phase;
        r.detail = detail;
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        return;
    }
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) { // a new VM: the gone ones make room
        if (m_rows.at(i).phase != VmPhase::Gone)
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(Row{key, domain, phase, detail});
    endInsertRows();
}

void VmPhaseModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int VmPhaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VmPhaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmPhaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case VmColumn:
        return r.key;
    case DomainColumn:
        return r.domain;
    case PhaseColumn:
        return vmPhaseName(r.phase);
    case DetailColumn:
        return r.detail;
    default:
        return {};
    }
}

QVariant VmPhaseModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case VmColumn:
        return tr("VM");
    case DomainColumn:
        return tr("Domain");
    case PhaseColumn:
        return tr("Phase");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace hvbench
