// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/units.h"

#include <QCoreApplication>

namespace hvbench::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Units)
};
} // namespace

QString metricUnit(const QString &metric)
{
    static const std::pair<const char *, const char *> suffixes[] = {
        {"_mbps", QT_TRANSLATE_NOOP("hvbench::Units", "Mbit/s")},
        {"_mib_s", QT_TRANSLATE_NOOP("hvbench::Units", "MiB/s")},
        {"_kib_s", QT_TRANSLATE_NOOP("hvbench::Units", "KiB/s")},
        {"_iops", QT_TRANSLATE_NOOP("hvbench::Units", "IOPS")},
        {"_mips", QT_TRANSLATE_NOOP("hvbench::Units", "MIPS")},
        {"_us", QT_TRANSLATE_NOOP("hvbench::Units", "µs")},
        {"_ns", QT_TRANSLATE_NOOP("hvbench::Units", "ns")},
        {"_cycles", QT_TRANSLATE_NOOP("hvbench::Units", "cycles")},
    };
    if (metric == QLatin1String("cycles"))
        return Tr::tr("cycles");
    for (const auto &[suffix, unit] : suffixes)
        if (metric.endsWith(QLatin1String(suffix)))
            return Tr::tr(unit);
    return {};
}

} // namespace hvbench::analysis
