// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The unit a metric's name carries (DESIGN: units in every name), for axis titles and headers.
#include <QString>

namespace hvbench::analysis {

// Translated unit of a unit-suffixed metric name: "throughput_mbps" → "Mbit/s", "seq_read_mib_s"
// → "MiB/s", "block_write_kib_s" → "KiB/s", "…_iops" → "IOPS", "…_mips" → "MIPS", "…_us" → "µs",
// "…_ns" → "ns", "cycles" / "…_cycles" → "cycles"; empty for a name without a known unit.
QString metricUnit(const QString &metric);

} // namespace hvbench::analysis
