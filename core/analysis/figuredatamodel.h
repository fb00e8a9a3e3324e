// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One figure's data as a table model (one row per plotted point: series, category, VM count,
// value, 95 % CI, n), recomputed from BenchTableModel (and LossTableModel for PI's figures)
// whenever they change.  BenchChart draws figure(); exports can write the model as CSV.
#include "analysis/figuredata.h"
#include "analysis/figurespec.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace hvbench {
class BenchTableModel;
class LossTableModel;
class SessionDocument;

class FigureDataModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Series, Category, VmCount, Value, Ci95, N, Reference, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ColumnKeyRole };

    // bench is required; loss (PI's rows) and doc (configuration captions from the VM specs)
    // may be null.
    FigureDataModel(analysis::FigureSpec spec, BenchTableModel *bench, LossTableModel *loss = nullptr,
                    SessionDocument *doc = nullptr, QObject *parent = nullptr);

    const analysis::FigureSpec &spec() const { return m_spec; }
    const analysis::FigureData &figure() const { return m_figure; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    static QString columnKey(int column); // CSV header

private:
    void recompute();
    QHash<QString, QString> captions() const;

    analysis::FigureSpec m_spec;
    BenchTableModel *m_bench;
    QPointer<LossTableModel> m_loss;
    QPointer<SessionDocument> m_doc;
    analysis::FigureData m_figure;
    QList<std::pair<int, int>> m_index; // row → (series, point)
};

} // namespace hvbench
