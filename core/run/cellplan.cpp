// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/cellplan.h"
#include "virt/uri.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <unistd.h>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::CellPlan)
};

// Why `b` cannot run in a VM cell of `spec` (empty = it can).
QString vmBenchmarkRefusal(Benchmark b, const VmSpec &spec, int vmCount, const BenchmarkSuite &suite,
                           const PlanContext &ctx)
{
    const QString tool = toolFor(b);
    if (ctx.bundledGuest && !tool.isEmpty() && !ctx.guestTools.contains(tool))
        return Tr::tr("the bundled guest has no %1: rebuild it (cmake --build build/dev --target guest).").arg(tool);
    if (needsNetwork(b) && spec.network != NetworkMode::Isolated)
        return Tr::tr("iperf3 needs the isolated network (the spec uses QEMU user-mode networking, whose slirp stack "
                      "would be measured instead of the NIC): choose the isolated network.");
    if (needsDataDisk(b)) {
        if (spec.disk == DiskBackend::None)
            return Tr::tr("%1 needs a data disk: give the spec a file, LVM or block-device data disk.")
                .arg(benchmarkDisplayName(b));
        const int dataSet = b == Benchmark::Fio ? suite.fioSizeMiB(spec.memoryMiB) : suite.bonnieSizeMiB(spec.memoryMiB);
        // ext2 metadata takes a few % of a file system; fio on the raw device needs none.
        const int room = b == Benchmark::Bonnie ? spec.dataDiskMiB * 9 / 10 : spec.dataDiskMiB;
        if (spec.disk != DiskBackend::BlockDevice && dataSet > room)
            return Tr::tr("the data set (%1 MiB) does not fit on the %2 MiB data disk: make the disk larger or the "
                          "data set smaller.").arg(dataSet).arg(spec.dataDiskMiB);
        if (b == Benchmark::Bonnie && dataSet < 2 * spec.memoryMiB)
            return Tr::tr("bonnie++ refuses a data set (%1 MiB) smaller than twice the guest's RAM (%2 MiB).")
                .arg(dataSet).arg(2 * spec.memoryMiB);
    }
    Q_UNUSED(vmCount);
    return {};
}

QString baselineBenchmarkRefusal(Benchmark b, const BenchmarkSuite &suite, const PlanContext &ctx, int guestRamMiB)
{
    if (needsNetwork(b)) {
        if (!ctx.hostIsLocal)
            return Tr::tr("the bare-metal network baseline runs in a network namespace attached to the run's bridge, "
                          "which needs the libvirt host to be this machine.");
        if (!ctx.root)
            return Tr::tr("the bare-metal network baseline needs root (it makes a network namespace and a veth "
                          "pair into the run's bridge).");
        if (!ctx.host && !ctx.assumeEveryHost)
            return Tr::tr("the bare-metal network baseline needs a libvirt host for the run's isolated network.");
    }
    if (b == Benchmark::Bonnie && suite.bonnie.sizeMiB > 0 && suite.bonnie.sizeMiB < 2 * guestRamMiB)
        return Tr::tr("bonnie++ refuses a data set (%1 MiB) smaller than twice the RAM given to it (%2 MiB).")
            .arg(suite.bonnie.sizeMiB).arg(2 * guestRamMiB);
    return {};
}
} // namespace

QString toolFor(Benchmark b)
{
    switch (b) {
    case Benchmark::CpuScore: return QStringLiteral("7zz");
    case Benchmark::NetOut:
    case Benchmark::NetIn: return QStringLiteral("iperf3");
    case Benchmark::Fio: return QStringLiteral("fio");
    case Benchmark::Bonnie: return QStringLiteral("bonnie++");
    case Benchmark::Pi:
    case Benchmark::ExternalScore: return {};
    }
    return {};
}

QJsonArray CellPlan::skippedJson() const
{
    QJsonArray a;
    for (const SkippedItem &s : skipped)
        a.append(QJsonObject{{QStringLiteral("cell"), s.cell},
                             {QStringLiteral("benchmark"), s.benchmark.isEmpty() ? QStringLiteral("*") : s.benchmark},
                             {QStringLiteral("reason"), s.reason}});
    return a;
}

QStringList CellPlan::skippedLines() const
{
    QStringList lines;
    for (const SkippedItem &s : skipped) {
        const auto b = benchmarkFromId(s.benchmark);
        lines.append(b ? Tr::tr("Skipped %1 in %2: %3").arg(benchmarkDisplayName(*b), s.cell, s.reason)
                       : Tr::tr("Skipped %1: %2").arg(s.cell, s.reason));
    }
    return lines;
}

bool CellPlan::anyVmCell() const
{
    return std::any_of(cells.cbegin(), cells.cend(), [](const PlannedCell &c) { return !c.cell.isBaseline(); });
}

bool CellPlan::baselineNeedsNetwork() const
{
    for (const PlannedCell &c : cells)
        if (c.cell.isBaseline())
            return std::any_of(c.benchmarks.cbegin(), c.benchmarks.cend(), needsNetwork);
    return false;
}

PlanContext makePlanContext(const Session &s, const virt::HostInfo *host, const QStringList &guestTools)
{
    PlanContext ctx;
    ctx.host = host;
    const auto parts = virt::splitUri(s.hostUri);
    ctx.hostIsLocal = parts && parts->host.isEmpty();
    ctx.root = ::geteuid() == 0;
    ctx.guestTools = guestTools;
    ctx.bundledGuest = std::any_of(s.specs.cbegin(), s.specs.cend(),
                                   [](const VmSpec &v) { return v.guest.kind == GuestImageKind::Bundled; });
    return ctx;
}

CellPlan planCells(const Session &s, const PlanContext &ctx)
{
    CellPlan plan;
    QHash<int, QString> refusedSpecs;
    for (int i = 0; i < s.specs.size(); ++i) {
        if (!ctx.host) {
            if (!ctx.assumeEveryHost)
                refusedSpecs.insert(i, Tr::tr("not connected to a libvirt host."));
            continue;
        }
        const auto p = virt::placeSpec(s.specs.at(i), *ctx.host);
        if (p)
            plan.placements.insert(i, *p);
        else
            refusedSpecs.insert(i, p.errorMessage());
    }
    // The baseline runs with the data set of the largest guest so bare metal and VMs move the same bytes.
    int guestRamMiB = 0;
    for (const VmSpec &v : s.specs)
        guestRamMiB = std::max(guestRamMiB, v.memoryMiB);
    for (const Cell &c : s.cells()) {
        PlannedCell pc{c, {}};
        if (!c.isBaseline()) {
            const VmSpec &spec = s.specs.at(c.specIndex);
            if (refusedSpecs.contains(c.specIndex)) {
                plan.skipped.append({c.key(), {}, refusedSpecs.value(c.specIndex)});
                continue;
            }
            if (spec.disk == DiskBackend::BlockDevice && c.vmCount > 1) {
                plan.skipped.append({c.key(), {}, Tr::tr("one block device (%1) cannot be the data disk of %2 "
                                                         "concurrent VMs: use a file or LVM data disk.")
                                                      .arg(spec.blockDevice).arg(c.vmCount)});
                continue;
            }
        }
        for (Benchmark b : s.benchmarks.enabled) {
            const QString why = c.isBaseline()
                ? baselineBenchmarkRefusal(b, s.benchmarks, ctx, guestRamMiB)
                : vmBenchmarkRefusal(b, s.specs.at(c.specIndex), c.vmCount, s.benchmarks, ctx);
            if (why.isEmpty())
                pc.benchmarks.append(b);
            else
                plan.skipped.append({c.key(), benchmarkId(b), why});
        }
        if (pc.benchmarks.isEmpty())
            continue;
        plan.cells.append(pc);
    }
    // Only about specs that run fio in some cell (not refused, with a data disk and fio in the guest).
    QSet<int> specsRunningFio;
    for (const PlannedCell &pc : std::as_const(plan.cells))
        if (!pc.cell.isBaseline() && pc.benchmarks.contains(Benchmark::Fio))
            specsRunningFio.insert(pc.cell.specIndex);
    for (int i = 0; i < s.specs.size(); ++i) {
        const VmSpec &v = s.specs.at(i);
        if (specsRunningFio.contains(i) && s.benchmarks.fioSizeMiB(v.memoryMiB) < 2 * v.memoryMiB)
            plan.warnings.append(Tr::tr("%1: the fio data set (%2 MiB) is less than twice the guest's RAM (%3 MiB); "
                                        "fio uses direct I/O, but the paper's rule is a data set ≥ 2× RAM.")
                                     .arg(v.name).arg(s.benchmarks.fioSizeMiB(v.memoryMiB)).arg(v.memoryMiB));
    }
    return plan;
}

} // namespace hvbench
