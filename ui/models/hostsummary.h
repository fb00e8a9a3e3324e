// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The capability summary of a connected host as label/value rows, computed once from a
// HostInfo (the Hosts page only shows them).  QtCore only.
#include "virt/hostinfo.h"

#include <QList>
#include <QString>

namespace hvbench {

struct HostSummaryRow {
    QString label; // "CPU model"
    QString value; // "Intel Xeon … (16 logical CPUs)"
    bool warning = false;
};

struct HostSummary {
    QString acceleration;     // "KVM (hardware virtualization)", "TCG only (software emulation)", "Xen"
    QString accelerationNote; // the loud TCG warning, or ""
    bool tcgOnly = false;
    QList<HostSummaryRow> rows;
};

HostSummary summarizeHost(const virt::HostInfo &info);
QString formatBytes(qint64 bytes); // "12.3 GiB"

} // namespace hvbench
