// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/comparisonmodel.h"
#include "model/benchmark.h"

#include <QLocale>
#include <cmath>

namespace hvbench {

namespace {
const QString kDash = QStringLiteral("—");

QString kindDisplayName(const QString &kind)
{
    if (kind == QLatin1String("kvm"))
        return ComparisonModel::tr("KVM");
    if (kind == QLatin1String("xen-para"))
        return ComparisonModel::tr("Xen PV");
    if (kind == QLatin1String("xen-hvm"))
        return ComparisonModel::tr("Xen HVM");
    return {};
}
} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

int ComparisonModel::add(analysis::CompareSource src)
{
    const int id = m_nextId++;
    m_sources.append(std::move(src));
    m_ids.append(id);
    realign();
    return id;
}

int ComparisonModel::addSession(const QString &name, const Session &s)
{
    return add(analysis::compareSource(name, s));
}

int ComparisonModel::addReference(const QString &name, const analysis::ReferenceSession &ref)
{
    return add(analysis::compareSource(name, ref));
}

void ComparisonModel::updateSession(int id, const Session &s)
{
    const int i = indexOfSource(id);
    if (i < 0)
        return;
    m_sources[i] = analysis::compareSource(m_sources.at(i).name, s);
    realign();
}

void ComparisonModel::removeSource(int id)
{
    const int i = indexOfSource(id);
    if (i < 0)
        return;
    m_sources.removeAt(i);
    m_ids.removeAt(i);
    realign();
}

bool ComparisonModel::hasReference() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(), [](const auto &s) { return s.published; });
}

void ComparisonModel::realign()
{
    beginResetModel();
    m_rows = analysis::alignSources(m_sources);
    endResetModel();
}

QList<std::pair<QString, QString>> ComparisonModel::figures() const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &r : m_rows) {
        const std::pair<QString, QString> f{r.benchmark, r.metric};
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + sourceCount() * FieldCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const auto &r = m_rows.at(index.row());
    if (index.column() < FixedColumnCount)
        return fixedData(r, index.column(), role);
    const int c = index.column() - FixedColumnCount;
    return cellData(r, c / FieldCount, Field(c % FieldCount), role);
}

QVariant ComparisonModel::fixedData(const analysis::CompareRow &r, int column, int role) const
{
    const bool raw = role == RawValueRole;
    if (role == Qt::TextAlignmentRole)
        return column == VmCount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (column) {
    case Benchmark: {
        if (raw)
            return r.benchmark;
        const auto b = benchmarkFromId(r.benchmark);
        return b ? benchmarkDisplayName(*b) : r.benchmark;
    }
    case Figure:
        return r.metric;
    case Unit:
        return analysis::metricUnit(r.metric);
    case Config:
        return r.config;
    case PaperKind:
        return raw ? QVariant(r.paperKind) : QVariant(kindDisplayName(r.paperKind));
    case VmCount:
        return raw || r.vmCount > 0 ? QVariant(r.vmCount) : QVariant(kDash);
    }
    return {};
}

QVariant ComparisonModel::cellData(const analysis::CompareRow &r, int source, Field f, int role) const
{
    const auto &cell = r.cells.at(source);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return cell && !cell->note.isEmpty() ? QVariant(cell->note) : QVariant();
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    auto absent = [raw]() -> QVariant { return raw ? QVariant() : QVariant(kDash); };
    if (!cell)
        return absent();
    const QLocale loc;
    switch (f) {
    case Mean:
        if (!cell->mean)
            return absent();
        return raw ? QVariant(*cell->mean)
                   : QVariant(loc.toString(*cell->mean, 'f', std::abs(*cell->mean) >= 100 ? 0 : 2));
    case LossPct:
        if (!cell->lossPct)
            return absent();
        if (raw)
            return *cell->lossPct;
        return cell->approximate ? tr("≈ %1").arg(loc.toString(*cell->lossPct, 'f', 0))
                                 : loc.toString(*cell->lossPct, 'f', 2);
    case LossCi95Pct:
        if (!cell->lossCi95Pct)
            return absent();
        return raw ? QVariant(*cell->lossCi95Pct)
                   : QVariant(QStringLiteral("± ") + loc.toString(*cell->lossCi95Pct, 'f', 2));
    case N:
        if (cell->n <= 0)
            return absent();
        return cell->n;
    case FieldCount:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, o, role);
    const bool fixed = section < FixedColumnCount;
    const int source = fixed ? -1 : (section - FixedColumnCount) / FieldCount;
    const int field = fixed ? -1 : (section - FixedColumnCount) % FieldCount;
    if (role == SourceRole)
        return source;
    if (role == FieldRole)
        return field;
    if (role == ColumnKeyRole) {
        static const char *fixedKeys[] = {"benchmark", "metric", "unit", "config", "paper_hypervisor", "vm_count"};
        static const char *fieldKeys[] = {"mean_per_guest", "loss_pct", "loss_ci95_pct", "n"};
        return fixed ? QString::fromLatin1(fixedKeys[section])
                     : QStringLiteral("s%1_%2").arg(source + 1).arg(QString::fromLatin1(fieldKeys[field]));
    }
    if (role == Qt::ToolTipRole && !fixed && m_sources.at(source).published)
        return tr("Published by the paper, not measured: % loss only.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Benchmark:
        return tr("Benchmark");
    case Figure:
        return tr("Figure");
    case Unit:
        return tr("Unit");
    case Config:
        return tr("Configuration");
    case PaperKind:
        return tr("Hypervisor (paper's kind)");
    case VmCount:
        return tr("VMs");
    }
    const QString name = m_sources.at(source).name;
    switch (Field(field)) {
    case Mean:
        return tr("%1\nmean per guest (unit)").arg(name);
    case LossPct:
        return tr("%1\n% loss").arg(name);
    case LossCi95Pct:
        return tr("%1\n95 % CI (% loss)").arg(name);
    case N:
        return tr("%1\nn (runs)").arg(name);
    case FieldCount:
        break;
    }
    return {};
}

} // namespace hvbench
