// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "util/result.h"
#include <QJsonObject>
#include <QList>

namespace hvbench {

// What to run: the PI workload (paper §6.3) with its exact parameters.
struct WorkloadSpec {
    QString name = QStringLiteral("pi");
    int piDigits = 0; // 0 = the agent's default
    Status validate() const;
    QJsonObject toJson() const;
    static Result<WorkloadSpec> fromJson(const QJsonObject &o);
    bool operator==(const WorkloadSpec &) const = default;
};

// Baseline + each concurrency level, each run `repeats` times.
struct Matrix {
    bool baseline = true;
    QList<int> vmCounts{1, 2};
    int repeats = 1;
    Status validate() const;
    QJsonObject toJson() const;
    static Result<Matrix> fromJson(const QJsonObject &o);
    bool operator==(const Matrix &) const = default;
};

// One cell of the expanded matrix: bare metal (vmCount == 0) or N concurrent VMs.
struct Cell {
    QString config;  // "bare-metal" or the VmSpec name
    int vmCount = 0; // 0 = bare metal
    bool isBaseline() const { return vmCount == 0; }
};
QList<Cell> expandMatrix(const Matrix &m, const QString &specName);

inline const QString kBareMetal = QStringLiteral("bare-metal");

} // namespace hvbench
