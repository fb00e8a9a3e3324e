// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run's cells as a table for the Run page: cell, rounds done / planned, state, reason.
// Fed whole lists (setCells); rows are updated in place while the cells stay the same.
#include "run/cellprogress.h"

#include <QAbstractTableModel>

namespace hvbench {

class CellProgressModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CellColumn, RoundsColumn, StateColumn, ReasonColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, KeyRole };

    explicit CellProgressModel(QObject *parent = nullptr);

    void setCells(const QList<CellProgress> &cells);
    void clear();
    const QList<CellProgress> &cells() const { return m_cells; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<CellProgress> m_cells;
};

} // namespace hvbench
