// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every benchmark's % loss vs bare metal (CPU score, network, disk; PI's cycles are in
// LossTableModel), one row per benchmark × key figure × configuration × VM count, recomputed
// from the session's results whenever they change.
#include "analysis/benchtable.h"

#include <QAbstractTableModel>

namespace hvbench {
class SessionDocument;

class BenchTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Benchmark, Figure, Config, VmCount, N, MeanPerGuest, Ci95PerGuest, Aggregate, LossPct, LossCi95Pct,
                  Jain, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ColumnKeyRole };

    explicit BenchTableModel(SessionDocument *doc, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    static QString columnKey(int column); // CSV header: unit-suffixed machine name
    const QList<analysis::BenchRow> &rows() const { return m_rows; }

private:
    void recompute();
    SessionDocument *m_doc;
    QList<analysis::BenchRow> m_rows;
};

} // namespace hvbench
