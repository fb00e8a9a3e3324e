// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one results model: every raw run of the open session, one row per guest run.
// Charts, tables and exports all read from here (or from LossTableModel, derived from it).
#include <QAbstractTableModel>

namespace hvbench {
class SessionDocument;

class ResultsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Config, VmCount, Repeat, Guest, Domain, Benchmark, Cycles, WallMs, CpuMs, StealTicks, Figures, Command, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ColumnKeyRole }; // raw: numbers as numbers

    explicit ResultsModel(SessionDocument *doc, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    static QString columnKey(int column); // CSV header: unit-suffixed machine name

private:
    SessionDocument *m_doc;
    int m_rows = 0;
};

} // namespace hvbench
