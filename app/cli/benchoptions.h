// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The benchmark and repeat options of `hvbench-cli run` (--preset, --benchmarks, --iperf3-time,
// --fio-size, --rsd, …).
#include "model/session.h"

class QCommandLineParser;

namespace hvbench::cli {

void addBenchOptions(QCommandLineParser &p);
// The session --preset names (paper, quick, demo), or an error naming the presets there are.
Result<Session> presetFromOptions(const QCommandLineParser &p);
// Applies the benchmark / repeat options given to `s`; a bad value names the option.
Status applyBenchOptions(Session &s, const QCommandLineParser &p);
QString benchOptionsHelp();

} // namespace hvbench::cli
