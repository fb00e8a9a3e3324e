// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run's VMs as a table for the Run page: VM number, domain, phase, detail (from
// Runner::vmPhaseChanged).  Bounded: when a new VM appears, the rows of VMs already gone are
// dropped, so the table shows the current cell's guests (and the last ones until replaced).
#include "run/provisioner.h"

#include <QAbstractTableModel>

namespace hvbench {

class VmPhaseModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { VmColumn, DomainColumn, PhaseColumn, DetailColumn, ColumnCount };
    explicit VmPhaseModel(QObject *parent = nullptr);

    void setPhase(int key, const QString &domain, VmPhase phase, const QString &detail);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int key = 0;
        QString domain;
        VmPhase phase = VmPhase::Starting;
        QString detail;
    };
    QList<Row> m_rows;
};

} // namespace hvbench
