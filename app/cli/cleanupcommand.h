// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `hvbench-cli cleanup [--uri URI] [--yes]`: finds what dead hvbench processes left on a
// libvirt host (see core/virt/leftovers.h), lists it, asks, and removes it.  QtCore only.
#include <QString>

class QTextStream;

namespace hvbench::cli {

// Opens its own connection (virConnectOpen; an empty uri means libvirt's default), lists the
// leftovers, asks "Remove N objects? [y/N]" on stdin unless assumeYes, removes them and says
// what it did.  Exit code: 0 all removed (or nothing to do, or the user said no), 1 some could
// not be removed, 2 cannot connect.
int runCleanupCommand(const QString &uri, bool assumeYes, QTextStream &out, QTextStream &err);
// The same, reading the answer from `in` (for tests).
int runCleanupCommand(const QString &uri, bool assumeYes, QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace hvbench::cli
