// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/livesamplesmodel.h"

#include <algorithm>

namespace hvbench {

LiveSamplesModel::LiveSamplesModel(int capacity, int maxSeries, QObject *parent)
    : QAbstractItemModel(parent), m_capacity(std::max(1, capacity)), m_maxSeries(std::max(1, maxSeries))
{
}

int LiveSamplesModel::rowOfId(quint64 id) const
{
    for (qsizetype i = 0; i < m_series.size(); ++i)
        if (m_series.at(i).id == id)
            return int(i);
    return -1;
}

void LiveSamplesModel::append(const QString &series, double x, double y)
{
    int row = -1;
    for (qsizetype i = 0; i < m_series.size(); ++i)
        if (m_series.at(i).name == series)
            row = int(i);
    if (row < 0) {
        if (m_series.size() >= m_maxSeries) {
            beginRemoveRows({}, 0, 0);
            m_series.removeFirst();
            endRemoveRows();
        }
        row = int(m_series.size());
        beginInsertRows({}, row, row);
        m_series.append(Series{m_nextId++, series, {}});
        endInsertRows();
    }
    const QModelIndex parent = index(row, 0);
    Series &s = m_series[row];
    if (int(s.samples.size()) >= m_capacity) {
        beginRemoveRows(parent, 0, 0);
        s.samples.pop_front();
        endRemoveRows();
    }
    const int at = int(s.samples.size());
    beginInsertRows(parent, at, at);
    s.samples.push_back(QPointF(x, y));
    endInsertRows();
    Q_EMIT dataChanged(index(row, YColumn), index(row, YColumn)); // the sample count
}

void LiveSamplesModel::clear()
{
    if (m_series.isEmpty())
        return;
    beginResetModel();
    m_series.clear();
    endResetModel();
}

QString LiveSamplesModel::seriesName(int row) const
{
    return row >= 0 && row < m_series.size() ? m_series.at(row).name : QString();
}

QList<QPointF> LiveSamplesModel::points(int row) const
{
    if (row < 0 || row >= m_series.size())
        return {};
    const auto &d = m_series.at(row).samples;
    return QList<QPointF>(d.cbegin(), d.cend());
}

QRectF LiveSamplesModel::bounds() const
{
    bool any = false;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    for (const Series &s : m_series) {
        for (const QPointF &p : s.samples) {
            if (!any) {
                x0 = x1 = p.x();
                y0 = y1 = p.y();
                any = true;
            }
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    return any ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
}

QModelIndex LiveSamplesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_series.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_series.size())
        return {};
    const Series &s = m_series.at(parent.row());
    return row < int(s.samples.size()) ? createIndex(row, column, quintptr(s.id)) : QModelIndex();
}

QModelIndex LiveSamplesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfId(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int LiveSamplesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_series.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_series.size())
        return 0;
    return int(m_series.at(parent.row()).samples.size());
}

int LiveSamplesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LiveSamplesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    if (index.internalId() == 0) {
        const Series &s = m_series.at(index.row());
        return index.column() == XColumn ? QVariant(s.name) : QVariant(int(s.samples.size()));
    }
    const int row = rowOfId(index.internalId());
    if (row < 0)
        return {};
    const auto &d = m_series.at(row).samples;
    if (index.row() >= int(d.size()))
        return {};
    const QPointF &p = d.at(size_t(index.row()));
    return index.column() == XColumn ? p.x() : p.y();
}

QVariant LiveSamplesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, o, role);
    return section == XColumn ? tr("Series / x") : tr("Samples / y");
}

} // namespace hvbench
