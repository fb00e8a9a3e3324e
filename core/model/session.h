// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
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
    VmSpec spec;
    WorkloadSpec workload;
    Matrix matrix;
    QJsonObject manifest; // host, versions, accel, domain XMLs, agent versions, parameters
    QList<RunResult> results;

    static Session demo();          // the built-in demo preset
    // A translated warning when the VMs of this session ran under software emulation (TCG);
    // empty when they ran with KVM or no host was reached yet.
    QString emulationCaveat() const;
    static QString newId();
    int plannedRuns() const;        // guest runs the matrix asks for (bare metal counts as one)
    Status validate() const;
    QJsonObject toJson() const;
    static Result<Session> fromJson(const QJsonObject &o);
};

} // namespace hvbench
