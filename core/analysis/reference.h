// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The paper's published figures as a reference "session": NOT measured, only the % loss values
// the paper states (Table I's HEP-SPEC06 loss at 8 VMs, the PI differences of §6.3), with the
// source, the hardware and the paper's own words for each.  Loaded from a JSON resource
// (resources/reference/paper-2009.json, compiled into hvbench-core).
#include "model/vmspec.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hvbench::analysis {

struct ReferenceRow {
    QString benchmark;        // benchmarkId() whose % loss it compares with: "cpu-score", "pi"
    QString metric;           // the hvbench figure it aligns with: "score_per_copy_mips", "cycles"
    QString measure;          // what the paper measured: "HEP-SPEC06 v1.1", "PI cycles (RDTSC)"
    QString hypervisor;       // the paper's kind: "kvm", "xen-hvm", "xen-para"; empty for the CPU yardstick
    bool yardstick = false;   // a slower physical CPU against the E5420, no hypervisor
    int vmCount = 0;          // concurrent VMs (0 for the yardstick)
    double lossPct = 0;       // as published
    bool approximate = false; // the text says "about" / "around"
    QString label;            // the paper's row name: "E5420 kvm", "E5410 vs E5420"
    QString where;            // "Table I", "§6.3, Fig. 4"
    QString words;            // what the paper says, quoted
    QString note;             // what the words leave open
};

struct ReferenceSession {
    QString id;
    QStringList authors;
    QString affiliation;
    QString title;
    int year = 0;
    QString dates;
    QString sections;
    QString host; // hardware
    QString hostOs;
    QString guestOs;
    QString hypervisors; // "KVM 83, Xen 3.2.1"
    QString vm;          // per-VM resources
    QList<ReferenceRow> rows;

    QString citation() const; // "A. Chierici, R. Veraldi, D. Salomoni: “title” (2009)"
};

// The built-in reference (":/reference/paper-2009.json").
QString builtInReferencePath();
Result<ReferenceSession> loadReference(const QString &path = builtInReferencePath());
Result<ReferenceSession> referenceFromJson(const QByteArray &json);

// The paper's hypervisor kind a spec compares with: KVM, QEMU (KVM's user space; TCG is its
// software-only mode) and Auto (KVM or TCG) → "kvm"; Xen PV → "xen-para"; Xen HVM → "xen-hvm".
QString paperHypervisorKind(Hypervisor h);

} // namespace hvbench::analysis
