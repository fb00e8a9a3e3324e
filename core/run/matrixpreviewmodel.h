// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The expanded matrix (buildMatrixPreview) as a table: one row per cell × selected benchmark,
// recomputed whenever the session's settings or results change, or the host becomes known.
#include "run/matrixpreview.h"
#include "virt/hostinfo.h"

#include <QAbstractTableModel>
#include <optional>

namespace hvbench {
class SessionDocument;

class MatrixPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Config, VmCount, BenchmarkName, Status, Rounds, Runs, Estimate, Command, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // numbers for VmCount, Rounds (min), Runs (min), Estimate (s)
        SkippedRole,                     // bool: the host skips this row
        CommandLinesRole,                // QStringList: every guest's command line
        BenchmarkIdRole,                 // benchmarkId()
    };

    explicit MatrixPreviewModel(SessionDocument *doc, QObject *parent = nullptr);

    // The host the matrix will run on; without one, planned as if it could run every spec.
    void setHostInfo(const virt::HostInfo &info);
    void clearHostInfo();
    // Tools in the bundled guest image (guest.json); default: every benchmark's tool.
    void setGuestTools(const QStringList &tools);
    void setAssumptions(const EstimateAssumptions &a);
    const EstimateAssumptions &assumptions() const { return m_assumptions; }
    const MatrixPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void previewChanged();

private:
    void recompute();
    QVariant display(const PreviewRow &r, int column) const;
    QVariant toolTip(const PreviewRow &r, int column) const;

    SessionDocument *m_doc;
    std::optional<virt::HostInfo> m_host;
    QStringList m_guestTools;
    EstimateAssumptions m_assumptions;
    MatrixPreview m_preview;
};

} // namespace hvbench
