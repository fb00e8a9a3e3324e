// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "util/result.h"
#include <QJsonObject>
#include <QList>
#include <algorithm>

namespace hvbench {

// Baseline + each VM spec × each concurrency level.  Every round runs each cell once, the cells
// in a new random order each round (so drift of the host does not favour one configuration).
// A cell is measured `repeats` rounds; with rsdTargetPct > 0 it gets more rounds, up to
// maxRepeats, until the relative standard deviation of every key metric is below the target;
// budgetMinutes > 0 stops starting rounds once the run took that long.  Which rule ended each
// cell is recorded in the session manifest ("repeat_outcome").
struct Matrix {
    bool baseline = true;
    QList<int> vmCounts{1, 2};
    int repeats = 1;          // rounds every cell gets (the minimum)
    int maxRepeats = 0;       // 0 = exactly `repeats`
    double rsdTargetPct = 0;  // 0 = no RSD rule
    int budgetMinutes = 0;    // 0 = no time budget
    quint32 seed = 0;         // order of cells per round; 0 = new random seed per run (recorded)
    int roundLimit() const { return std::max(repeats, maxRepeats); }
    Status validate() const;
    QJsonObject toJson() const;
    static Result<Matrix> fromJson(const QJsonObject &o);
    bool operator==(const Matrix &) const = default;
};

// One cell of the expanded matrix: bare metal (vmCount == 0) or N concurrent VMs.
struct Cell {
    QString config;     // "bare-metal" or the VmSpec name
    int vmCount = 0;    // 0 = bare metal
    int specIndex = -1; // index into Session::specs; -1 = bare metal
    bool isBaseline() const { return vmCount == 0; }
    QString key() const { return QStringLiteral("%1/%2").arg(config).arg(vmCount); }
    bool operator==(const Cell &) const = default;
};
// Bare metal first (if enabled), then each spec × each VM count, in the order given.
QList<Cell> expandMatrix(const Matrix &m, const QStringList &specNames);

inline const QString kBareMetal = QStringLiteral("bare-metal");

} // namespace hvbench
