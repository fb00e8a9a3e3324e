// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where each cell of a run stands: the runner reports the whole list (Runner::cellsChanged),
// CellProgressModel shows it.
#include <QList>
#include <QMetaType>
#include <QString>

namespace hvbench {

enum class CellRunState { Waiting, Running, Done, Skipped };
QString cellRunStateName(CellRunState s); // translated, for the UI

struct CellProgress {
    QString key;           // Cell::key()
    QString label;         // translated: "bare metal", "kvm-virtio × 8"
    int roundsDone = 0;    // rounds of this cell whose every step has its results
    int roundsPlanned = 0; // Matrix::repeats, or the round limit with an RSD rule
    CellRunState state = CellRunState::Waiting;
    QString reason; // Done: the repeat rule that closed it; Skipped: why; else the benchmarks skipped in it
    bool operator==(const CellProgress &o) const = default;
};

} // namespace hvbench

Q_DECLARE_METATYPE(hvbench::CellProgress)
