// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/figurespec.h"

#include <QCoreApplication>

namespace hvbench::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::FigureSpec)
};
} // namespace

QString metricUnit(const QString &metric)
{
    if (metric.endsWith(QLatin1String("_mbps")))
        return Tr::tr("Mbit/s");
    if (metric.endsWith(QLatin1String("_mib_s")))
        return Tr::tr("MiB/s");
    if (metric.endsWith(QLatin1String("_kib_s")))
        return Tr::tr("KiB/s");
    if (metric.endsWith(QLatin1String("_iops")))
        return Tr::tr("IOPS");
    if (metric.endsWith(QLatin1String("_mips")))
        return Tr::tr("MIPS");
    if (metric == QLatin1String("cycles") || metric.endsWith(QLatin1String("_cycles")))
        return Tr::tr("cycles");
    return {};
}

} // namespace hvbench::analysis
