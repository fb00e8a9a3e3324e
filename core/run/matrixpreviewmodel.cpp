// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/matrixpreviewmodel.h"
#include "model/sessiondocument.h"

namespace hvbench {

namespace {
QStringList everyTool()
{
    QStringList tools;
    for (Benchmark b : allBenchmarks())
        if (const QString t = toolFor(b); !t.isEmpty() && !tools.contains(t))
            tools.append(t);
    return tools;
}

QString range(int lo, int hi)
{
    return hi > lo ? QStringLiteral("%1–%2").arg(lo).arg(hi) : QString::number(lo);
}
} // namespace

MatrixPreviewModel::MatrixPreviewModel(SessionDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_guestTools(everyTool())
{
    for (auto signal :
         {&SessionDocument::sessionReset, &SessionDocument::settingsChanged, &SessionDocument::resultsCleared})
        connect(doc, signal, this, &MatrixPreviewModel::recompute);
    connect(doc, &SessionDocument::resultAdded, this, &MatrixPreviewModel::recompute);
    recompute();
}

void MatrixPreviewModel::setHostInfo(const virt::HostInfo &info)
{
    m_host = info;
    recompute();
}

void MatrixPreviewModel::clearHostInfo()
{
    m_host.reset();
    recompute();
}

void MatrixPreviewModel::setGuestTools(const QStringList &tools)
{
    m_guestTools = tools;
    recompute();
}

void MatrixPreviewModel::setAssumptions(const EstimateAssumptions &a)
{
    m_assumptions = a;
    recompute();
}

void MatrixPreviewModel::recompute()
{
    beginResetModel();
    const Session &s = m_doc->session();
    m_preview = buildMatrixPreview(s, makePlanContext(s, m_host ? &*m_host : nullptr, m_guestTools), m_assumptions);
    endResetModel();
    Q_EMIT previewChanged();
}

int MatrixPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int MatrixPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatrixPreviewModel::display(const PreviewRow &r, int column) const
{
    switch (column) {
    case Config:
        return r.cell.isBaseline() ? tr("bare metal") : r.cell.config;
    case VmCount:
        return r.cell.vmCount;
    case BenchmarkName:
        return benchmarkDisplayName(r.benchmark);
    case Rounds:
        return range(r.minRounds, r.maxRounds);
    case Runs:
        return r.guests > 1 ? tr("%1 × %2 = %3")
                                  .arg(r.guests)
                                  .arg(range(r.minRounds, r.maxRounds), range(r.minRuns(), r.maxRuns()))
                            : range(r.minRuns(), r.maxRuns());
    case Estimate:
        if (!r.runs())
            return QStringLiteral("—");
        return QString((r.recordedRounds > 0 ? QString() : QStringLiteral("≈ ")) + formatDuration(r.minSeconds()));
    case Command:
        return r.commandLines.value(0);
    case Status:
        return r.runs() ? tr("runs") : tr("skipped: %1").arg(r.skipReason);
    }
    return {};
}

QVariant MatrixPreviewModel::toolTip(const PreviewRow &r, int column) const
{
    switch (column) {
    case Estimate:
        return QString((r.recordedRounds > 0
                            ? tr("Recorded: %1 per round (mean of %n recorded round(s), the slowest guest of each).",
                                 nullptr, r.recordedRounds)
                            : tr("Estimate from the parameters: %1 per round, all guests at once."))
                           .arg(formatDuration(r.secondsPerVisit)) +
                       (r.maxRounds > r.minRounds ? tr("\nUp to %1 if the cell needs %2 rounds.")
                                                        .arg(formatDuration(r.secondsPerVisit * r.maxRounds))
                                                        .arg(r.maxRounds)
                                                  : QString()));
    case Command: {
        QStringList lines;
        for (int g = 0; g < r.commandLines.size(); ++g)
            lines.append(tr("guest %1: %2").arg(g + 1).arg(r.commandLines.at(g)));
        return lines.join(QLatin1Char('\n'));
    }
    case Status:
        return r.runs() ? QVariant() : QVariant(r.skipReason);
    default:
        return {};
    }
}

QVariant MatrixPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &r = m_preview.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case SkippedRole:
        return !r.runs();
    case CommandLinesRole:
        return r.commandLines;
    case BenchmarkIdRole:
        return benchmarkId(r.benchmark);
    case RawValueRole:
        switch (index.column()) {
        case VmCount:
            return r.cell.vmCount;
        case Rounds:
            return r.minRounds;
        case Runs:
            return r.minRuns();
        case Estimate:
            return r.minSeconds();
        default:
            return display(r, index.column());
        }
    default:
        return {};
    }
}

QVariant MatrixPreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Config:
        return tr("Configuration");
    case VmCount:
        return tr("VMs");
    case BenchmarkName:
        return tr("Benchmark");
    case Rounds:
        return tr("Rounds");
    case Runs:
        return tr("Runs (guests × rounds)");
    case Estimate:
        return tr("Estimated time (at min. rounds)");
    case Command:
        return tr("Command line (guest 1)");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace hvbench
