// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV of the benchmark table (analysis/benchtable.h): one line per row, RFC 4180 quoting,
// numbers in the C locale ('.' decimal point, full precision), CRLF line ends.
// The "metric" column carries the unit of the value columns (throughput_mbps, cycles, …); the
// loss columns are in %; an empty loss means there was no bare-metal row to compare with.
#include "analysis/benchtable.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hvbench::io {

// The header line's column names, in order.
QStringList benchTableCsvColumns();
QByteArray benchTableCsv(const QList<analysis::BenchRow> &rows);

} // namespace hvbench::io
