// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Live samples of a run for the Run page's charts: a two-level model, series on top (a guest,
// "bare metal"), their (x, y) samples below.  Bounded: each series keeps its last `capacity`
// samples (a ring: the oldest goes when a new one comes), and at most `maxSeries` series (the
// oldest series goes when a new one starts), so a long run never grows it.  Charts read it;
// they compute nothing.
//   top-level row:  column 0 = series name, column 1 = sample count
//   sample row:     column 0 = x, column 1 = y
#include <QAbstractItemModel>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <deque>

namespace hvbench {

class LiveSamplesModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { XColumn, YColumn, ColumnCount };
    explicit LiveSamplesModel(int capacity = 600, int maxSeries = 32, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    int maxSeries() const { return m_maxSeries; }

    void append(const QString &series, double x, double y);
    void clear();

    int seriesCount() const { return int(m_series.size()); }
    QString seriesName(int row) const;
    QList<QPointF> points(int row) const;
    // Bounds of every sample (for axes); an empty rectangle when there is none.
    QRectF bounds() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Series {
        quint64 id = 0; // stable: sample indexes carry it, rows shift when a series goes
        QString name;
        std::deque<QPointF> samples;
    };
    int rowOfId(quint64 id) const;
    int m_capacity;
    int m_maxSeries;
    quint64 m_nextId = 1;
    QList<Series> m_series;
};

} // namespace hvbench
