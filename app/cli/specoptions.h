// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The VM-spec options of `hvbench-cli run` (--hypervisor, --nic, --network, --disk, …).
#include "model/vmspec.h"

class QCommandLineParser;

namespace hvbench::cli {

void addSpecOptions(QCommandLineParser &p);
// Applies the options given on the command line to `spec`; a bad value names the option and
// the values it takes.
Status applySpecOptions(VmSpec &spec, const QCommandLineParser &p);
QString specOptionsHelp();

} // namespace hvbench::cli
