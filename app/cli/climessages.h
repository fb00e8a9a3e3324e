// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "model/session.h"
// Output helpers of hvbench-cli: results on stdout, progress and errors on stderr.
#include <QString>

class QAbstractItemModel;

namespace hvbench::cli {

enum ExitCode { ExitOk = 0, ExitRunFailed = 1, ExitUsage = 2 };

void out(const QString &text);  // stdout, newline added
void err(const QString &text);  // stderr, newline added
// A plain-text table of a model's DisplayRole values, columns aligned.
QString formatTable(const QAbstractItemModel &model);
// The per-benchmark table (every benchmark but PI's cycles, which formatTable shows): mean per
// guest and aggregate over guests with their 95 % CI, % loss against bare metal, fairness.
QString formatBenchTable(const QList<RunResult> &results, const BenchmarkSuite &suite);

} // namespace hvbench::cli
