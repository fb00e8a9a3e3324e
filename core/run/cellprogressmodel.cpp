// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/cellprogressmodel.h"

#include <QCoreApplication>

namespace hvbench {

QString cellRunStateName(CellRunState s)
{
    switch (s) {
    case CellRunState::Waiting:
        return QCoreApplication::translate("hvbench::CellProgress", "waiting");
    case CellRunState::Running:
        return QCoreApplication::translate("hvbench::CellProgress", "running");
    case CellRunState::Done:
        return QCoreApplication::translate("hvbench::CellProgress", "done");
    case CellRunState::Skipped:
        return QCoreApplication::translate("hvbench::CellProgress", "skipped");
    }
    return {};
}

CellProgressModel::CellProgressModel(QObject *parent) : QAbstractTableModel(parent) {}

void CellProgressModel::setCells(const QList<CellProgress> &cells)
{
    bool sameRows = cells.size() == m_cells.size();
    for (qsizetype i = 0; sameRows && i < cells.size(); ++i)
        sameRows = cells.at(i).key == m_cells.at(i).key;
    if (!sameRows) {
        beginResetModel();
        m_cells = cells;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i) == m_cells.at(i))
            continue;
        m_cells[i] = cells.at(i);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void CellProgressModel::clear()
{
    setCells({});
}

int CellProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int CellProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CellProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellProgress &c = m_cells.at(index.row());
    if (role == StateRole)
        return int(c.state);
    if (role == KeyRole)
        return c.key;
    if (role == Qt::ToolTipRole)
        return c.reason.isEmpty() ? QVariant() : QVariant(c.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CellColumn:
        return c.label;
    case RoundsColumn:
        return c.state == CellRunState::Skipped ? QString()
                                                : QStringLiteral("%1 / %2").arg(c.roundsDone).arg(c.roundsPlanned);
    case StateColumn:
        return cellRunStateName(c.state);
    case ReasonColumn:
        return c.reason;
    default:
        return {};
    }
}

QVariant CellProgressModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case CellColumn:
        return tr("Cell");
    case RoundsColumn:
        return tr("Rounds done / planned");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace hvbench
