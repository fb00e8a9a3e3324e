// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/figuredatamodel.h"
#include "model/columnkeys.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "model/sessiondocument.h"

#include <QLocale>

namespace hvbench {

namespace {
bool usesPi(const analysis::FigureSpec &spec)
{
    return std::any_of(spec.metrics.cbegin(), spec.metrics.cend(),
                       [](const analysis::FigureMetric &m) { return m.benchmark == Benchmark::Pi; });
}

void connectResets(QAbstractItemModel *source, FigureDataModel *target, void (FigureDataModel::*slot)())
{
    QObject::connect(source, &QAbstractItemModel::modelReset, target, slot);
    QObject::connect(source, &QAbstractItemModel::rowsInserted, target, slot);
    QObject::connect(source, &QAbstractItemModel::rowsRemoved, target, slot);
    QObject::connect(source, &QAbstractItemModel::dataChanged, target, slot);
    QObject::connect(source, &QAbstractItemModel::layoutChanged, target, slot);
}
} // namespace

FigureDataModel::FigureDataModel(analysis::FigureSpec spec, BenchTableModel *bench, LossTableModel *loss,
                                 SessionDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_spec(std::move(spec)), m_bench(bench), m_loss(usesPi(m_spec) ? loss : nullptr),
      m_doc(doc)
{
    connectResets(m_bench, this, &FigureDataModel::recompute);
    if (m_loss)
        connectResets(m_loss, this, &FigureDataModel::recompute);
    if (m_doc && m_spec.caption != analysis::ConfigCaption::None)
        connect(m_doc, &SessionDocument::settingsChanged, this, &FigureDataModel::recompute);
    recompute();
}

QHash<QString, QString> FigureDataModel::captions() const
{
    QHash<QString, QString> out;
    if (!m_doc || m_spec.caption == analysis::ConfigCaption::None)
        return out;
    for (const VmSpec &s : m_doc->session().specs) {
        if (m_spec.caption == analysis::ConfigCaption::Disk) {
            if (s.disk == DiskBackend::None)
                continue;
            const QString backend = s.disk == DiskBackend::File
                                        ? diskBackendName(s.disk) + QLatin1Char('/') + diskFormatName(s.diskFormat)
                                        : diskBackendName(s.disk);
            out.insert(s.name, tr("%1, %2").arg(backend, diskBusName(s.diskBus)));
        } else {
            out.insert(s.name, tr("%1, %2").arg(hypervisorName(s.hypervisor), nicModelName(s.nic)));
        }
    }
    return out;
}

void FigureDataModel::recompute()
{
    beginResetModel();
    QList<analysis::BenchRow> rows = m_bench->rows();
    if (m_loss)
        rows += analysis::benchRowsFromLossTable(m_loss->rows());
    m_figure = analysis::buildFigureData(m_spec, rows, captions());
    m_index.clear();
    for (int s = 0; s < m_figure.series.size(); ++s)
        for (int p = 0; p < m_figure.series.at(s).points.size(); ++p)
            m_index.append({s, p});
    endResetModel();
}

int FigureDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.size());
}

int FigureDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FigureDataModel::columnKey(int c)
{
    static const char *const keys[] = {"series", "category", "vm_count", "value", "ci95", "n", "bare_metal_reference"};
    static_assert(std::size(keys) == ColumnCount);
    return columnKeyAt(keys, c);
}

QVariant FigureDataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_index.size() || index.column() >= ColumnCount)
        return {};
    const auto [s, p] = m_index.at(index.row());
    const analysis::FigureSeries &series = m_figure.series.at(s);
    const analysis::FigurePoint &pt = series.points.at(p);
    const bool raw = role == RawValueRole;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= VmCount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && !raw)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case Series:
        return series.name;
    case Category:
        return pt.category >= 0
                   ? QVariant(QString(m_figure.categories.at(pt.category)).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                   : QVariant(QString());
    case VmCount:
        return pt.vmCount;
    case Value:
        return raw ? QVariant(pt.value) : QVariant(loc.toString(pt.value, 'f', std::abs(pt.value) >= 100 ? 0 : 3));
    case Ci95:
        if (!pt.ci95)
            return raw ? QVariant() : QVariant(tr("n/a"));
        return raw ? QVariant(*pt.ci95)
                   : QVariant(QStringLiteral("± ") + loc.toString(*pt.ci95, 'f', std::abs(*pt.ci95) >= 100 ? 0 : 3));
    case N:
        return pt.n;
    case Reference:
        return raw ? QVariant(series.reference) : QVariant(series.reference ? tr("yes") : QString());
    }
    return {};
}

QVariant FigureDataModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == ColumnKeyRole)
        return columnKey(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Series:
        return tr("Series");
    case Category:
        return tr("Category");
    case VmCount:
        return tr("VMs");
    case Value:
        return m_spec.valueTitle;
    case Ci95:
        return tr("95 % CI");
    case N:
        return tr("n");
    case Reference:
        return tr("Bare-metal reference");
    }
    return {};
}

} // namespace hvbench
