// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "model/benchmark.h"
#include "model/matrix.h"
#include "model/runresult.h"
#include "model/vmspec.h"

#include <QJsonObject>
#include <QList>

namespace hvbench {

// Everything a saved session holds: what to run, where, the manifest and every raw result.
struct Session {
    static constexpr int kFormatVersion = 1;

    QString id;        // short random id, used in domain names hvbench-<id>-<n>
    QString name;
    QString hostUri = QStringLiteral("qemu:///system");
    QList<VmSpec> specs{VmSpec{}}; // never empty; names unique
    BenchmarkSuite benchmarks;
    Matrix matrix;
    QJsonObject manifest; // host, versions, accel, domain XMLs, agent versions, parameters
    QList<RunResult> results;

    static Session demo();          // the built-in demo preset
    // The first spec: what a one-spec UI edits.
    const VmSpec &spec() const { return specs.first(); }
    VmSpec &spec() { return specs.first(); }
    const VmSpec *specNamed(const QString &name) const;
    QStringList specNames() const;
    QList<Cell> cells() const { return expandMatrix(matrix, specNames()); }
    // A translated warning when the VMs of this session ran under software emulation (TCG);
    // empty when they ran with KVM or no host was reached yet.
    QString emulationCaveat() const;
    static QString newId();
    // Benchmark runs the matrix asks for at its minimum repeats (bare metal counts as one guest).
    int plannedRuns() const;
    Status validate() const;
    QJsonObject toJson() const;
    static Result<Session> fromJson(const QJsonObject &o);
};

} // namespace hvbench
