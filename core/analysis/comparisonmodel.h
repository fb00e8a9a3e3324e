// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison as a table: fixed columns (benchmark, figure, unit, configuration, the paper's
// hypervisor kind, VMs), then four per source (mean per guest, % loss, its 95 % CI, n).
// Sources are added and removed at run time; every change resets the model.  A cell a source
// lacks shows "—" and has no RawValueRole value (never 0).
#include "analysis/comparison.h"

#include <QAbstractTableModel>

namespace hvbench {

class ComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Benchmark, Figure, Unit, Config, PaperKind, VmCount, FixedColumnCount };
    enum Field { Mean, LossPct, LossCi95Pct, N, FieldCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // numbers as doubles / ints; ids as strings; absent = invalid
        ColumnKeyRole,                   // header: machine name with unit ("s1_loss_pct")
        SourceRole,                      // header: the source index of a per-source column, else -1
        FieldRole,                       // header: the Field of a per-source column, else -1
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    // Each returns the new source's id (stable while it is in the model).
    int addSession(const QString &name, const Session &s);
    int addReference(const QString &name, const analysis::ReferenceSession &ref);
    void updateSession(int id, const Session &s); // same source, new figures (the open session)
    void removeSource(int id);

    int sourceCount() const { return int(m_sources.size()); }
    int sourceId(int index) const { return m_ids.at(index); }
    int indexOfSource(int id) const { return int(m_ids.indexOf(id)); }
    QString sourceName(int index) const { return m_sources.at(index).name; }
    bool isPublished(int index) const { return m_sources.at(index).published; }
    // The source's software-emulation warning (its VMs ran under QEMU/TCG), or empty.
    QString sourceCaveat(int index) const { return m_sources.at(index).caveat; }
    bool hasReference() const;
    static int column(int sourceIndex, Field f) { return FixedColumnCount + sourceIndex * FieldCount + f; }
    const QList<analysis::CompareRow> &rows() const { return m_rows; }
    // (benchmark id, figure) pairs present, in row order: what a chart can plot.
    QList<std::pair<QString, QString>> figures() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    int add(analysis::CompareSource src);
    void realign();
    QVariant fixedData(const analysis::CompareRow &r, int column, int role) const;
    QVariant cellData(const analysis::CompareRow &r, int source, Field f, int role) const;

    QList<analysis::CompareSource> m_sources;
    QList<int> m_ids;
    int m_nextId = 1;
    QList<analysis::CompareRow> m_rows;
};

} // namespace hvbench
