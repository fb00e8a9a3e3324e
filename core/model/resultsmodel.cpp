// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/resultsmodel.h"
#include "model/columnkeys.h"
#include "model/sessiondocument.h"

namespace hvbench {

ResultsModel::ResultsModel(SessionDocument *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    m_rows = int(doc->session().results.size());
    auto resetAll = [this] {
        beginResetModel();
        m_rows = int(m_doc->session().results.size());
        endResetModel();
    };
    connect(doc, &SessionDocument::sessionReset, this, resetAll);
    connect(doc, &SessionDocument::resultsCleared, this, resetAll);
    connect(doc, &SessionDocument::resultAdded, this, [this](int index) {
        beginInsertRows({}, index, index);
        m_rows = index + 1;
        endInsertRows();
    });
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::columnKey(int c)
{
    static const char *const keys[] = {"config", "vm_count", "repeat", "guest", "domain", "benchmark", "cycles",
                                       "wall_ms", "cpu_ms", "steal_ticks", "metrics", "command"};
    static_assert(std::size(keys) == ColumnCount);
    return columnKeyAt(keys, c);
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || (role != Qt::DisplayRole && role != RawValueRole))
        return {};
    const RunResult &r = m_doc->session().results.at(index.row());
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case Config: return r.config;
    case VmCount: return r.vmCount;
    case Repeat: return r.repeat + (raw ? 0 : 1);
    case Guest: return r.guest + (raw ? 0 : 1);
    case Domain: return r.domain;
    case Benchmark: return r.workload;
    case Figures: {
        // Every unit-named figure of the run, "name=value" (raw: C locale, for CSV).
        QStringList parts;
        for (auto it = r.metrics.constBegin(); it != r.metrics.constEnd(); ++it)
            parts.append(it.key() + QLatin1Char('=')
                         + (raw ? QString::number(it.value().toDouble(), 'g', 12) : QLocale().toString(it.value().toDouble(), 'g', 6)));
        return parts.join(QStringLiteral("; "));
    }
    case Cycles: return raw ? QVariant(r.cycles) : QVariant(QLocale().toString(r.cycles));
    case WallMs: return raw ? QVariant(double(r.wallNs) / 1e6) : QVariant(QLocale().toString(double(r.wallNs) / 1e6, 'f', 1));
    case CpuMs: return raw ? QVariant(double(r.cpuNs) / 1e6) : QVariant(QLocale().toString(double(r.cpuNs) / 1e6, 'f', 1));
    case StealTicks: return r.stealTicks;
    case Command: return r.command;
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == ColumnKeyRole)
        return columnKey(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Config: return tr("Configuration");
    case VmCount: return tr("VMs");
    case Repeat: return tr("Round");
    case Guest: return tr("Guest");
    case Domain: return tr("Domain");
    case Benchmark: return tr("Benchmark");
    case Figures: return tr("Figures");
    case Cycles: return tr("Cycles");
    case WallMs: return tr("Wall (ms)");
    case CpuMs: return tr("CPU (ms)");
    case StealTicks: return tr("Steal (ticks)");
    case Command: return tr("Command");
    }
    return {};
}

} // namespace hvbench
