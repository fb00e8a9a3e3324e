// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table I: % loss vs bare metal per configuration and VM count, recomputed from the session's
// results whenever they change.
#include "analysis/losstable.h"

#include <QAbstractTableModel>

namespace hvbench {
class SessionDocument;

class LossTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Config, VmCount, N, MeanCycles, Ci95Cycles, LossPct, LossCi95Pct, Jain, MinMax, Cov, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ColumnKeyRole };

    explicit LossTableModel(SessionDocument *doc, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    const QList<analysis::LossRow> &rows() const { return m_rows; }

private:
    void recompute();
    SessionDocument *m_doc;
    QList<analysis::LossRow> m_rows;
};

} // namespace hvbench
