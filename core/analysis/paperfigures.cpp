// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/paperfigures.h"

#include <QCoreApplication>

namespace hvbench::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::PaperFigures)
};

FigureMetric cpuPerCopy()
{
    return {Benchmark::CpuScore, QStringLiteral("score_per_copy_mips"), Tr::tr("CPU score per copy")};
}
FigureMetric cpuTotal()
{
    return {Benchmark::CpuScore, QStringLiteral("score_mips"), Tr::tr("CPU score")};
}
FigureMetric netOut()
{
    return {Benchmark::NetOut, QStringLiteral("throughput_mbps"), Tr::tr("network out")};
}
FigureMetric netIn()
{
    return {Benchmark::NetIn, QStringLiteral("throughput_mbps"), Tr::tr("network in")};
}
FigureMetric bonnieRead()
{
    return {Benchmark::Bonnie, QStringLiteral("block_read_kib_s"), Tr::tr("bonnie++ block read")};
}
FigureMetric bonnieWrite()
{
    return {Benchmark::Bonnie, QStringLiteral("block_write_kib_s"), Tr::tr("bonnie++ block write")};
}
FigureMetric fioSeqRead()
{
    return {Benchmark::Fio, QStringLiteral("seq_read_mib_s"), Tr::tr("fio sequential read")};
}
FigureMetric fioSeqWrite()
{
    return {Benchmark::Fio, QStringLiteral("seq_write_mib_s"), Tr::tr("fio sequential write")};
}
FigureMetric fioRandRead()
{
    return {Benchmark::Fio, QStringLiteral("rand_read_iops"), Tr::tr("fio random read")};
}
FigureMetric fioRandWrite()
{
    return {Benchmark::Fio, QStringLiteral("rand_write_iops"), Tr::tr("fio random write")};
}
FigureMetric piCycles()
{
    return {Benchmark::Pi, QStringLiteral("cycles"), Tr::tr("PI cycles")};
}

QString withUnit(const QString &title, const QString &metric)
{
    return Tr::tr("%1 [%2]").arg(title, metricUnit(metric));
}

FigureSpec spec(QString id, QString paperRef, QString title, QList<FigureMetric> metrics, FigureValue value,
                FigureLayout layout, QString valueTitle)
{
    FigureSpec s;
    s.id = std::move(id);
    s.paperRef = std::move(paperRef);
    s.title = std::move(title);
    s.metrics = std::move(metrics);
    s.value = value;
    s.layout = layout;
    s.valueTitle = std::move(valueTitle);
    return s;
}
} // namespace

QList<FigureSpec> paperFigureSpecs()
{
    using L = FigureLayout;
    using V = FigureValue;
    QList<FigureSpec> out;

    // §6.2, Fig. 1–3 and Table I: the CPU score (HEP-Spec06 in the paper, 7-Zip here).
    out.append(spec(QStringLiteral("fig01-cpu-score-per-guest"), Tr::tr("Fig. 1"),
                    Tr::tr("CPU score per guest vs number of VMs (Fig. 1)"), {cpuPerCopy()}, V::PerGuest,
                    L::LinesByVmCount, withUnit(Tr::tr("CPU score per vCPU copy"), cpuPerCopy().metric)));
    out.append(spec(QStringLiteral("fig02-cpu-score-aggregate"), Tr::tr("Fig. 2"),
                    Tr::tr("VMs vs CPU: aggregate CPU score vs number of VMs (Fig. 2)"), {cpuTotal()}, V::Aggregate,
                    L::LinesByVmCount, withUnit(Tr::tr("CPU score, sum over all guests"), cpuTotal().metric)));
    FigureSpec fig3 =
        spec(QStringLiteral("fig03-cpu-score-aggregate-vs-bare-metal"), Tr::tr("Fig. 3"),
             Tr::tr("Aggregate CPU score at the largest VM count vs bare metal (Fig. 3)"), {cpuTotal()}, V::Aggregate,
             L::BarsByConfig, withUnit(Tr::tr("CPU score, sum over all guests"), cpuTotal().metric));
    out.append(fig3);

    // §6.4, Fig. 7–8: iperf.  Fig. 7 follows the VM count, Fig. 8 compares the configurations
    // (NIC model, hypervisor) at one VM, where the driver is all that differs.
    out.append(
        spec(QStringLiteral("fig07-network-per-guest"), Tr::tr("Fig. 7"),
             Tr::tr("Network throughput per guest vs number of VMs: out = guest → host, in = host → guest (Fig. 7)"),
             {netOut(), netIn()}, V::PerGuest, L::LinesByVmCount,
             withUnit(Tr::tr("Throughput per guest"), netOut().metric)));
    FigureSpec fig8 = spec(QStringLiteral("fig08-network-by-config"), Tr::tr("Fig. 8"),
                           Tr::tr("Network throughput by configuration, 1 VM: NIC model and hypervisor (Fig. 8)"),
                           {netOut(), netIn()}, V::PerGuest, L::BarsByConfig,
                           withUnit(Tr::tr("Throughput per guest"), netOut().metric));
    fig8.pick = VmCountPick::SmallestCommon;
    fig8.caption = ConfigCaption::Network;
    out.append(fig8);

    // §6.5, Fig. 9–12: disk.  Fig. 9 (real vs virtual), 10 (driver) and 11 (file vs LVM) are
    // one comparison by configuration at 1 VM; the backend and bus are under each name.
    const auto disk1 = [&](QString id, QString title, QList<FigureMetric> ms, QString axis) {
        FigureSpec s = spec(std::move(id), Tr::tr("Fig. 9–11"), std::move(title), std::move(ms), V::PerGuest,
                            L::BarsByConfig, std::move(axis));
        s.pick = VmCountPick::SmallestCommon;
        s.caption = ConfigCaption::Disk;
        return s;
    };
    out.append(disk1(QStringLiteral("fig09-11-disk-bonnie-1vm"),
                     Tr::tr("Disk read/write by configuration, 1 VM: bonnie++ block I/O (Fig. 9–11)"),
                     {bonnieWrite(), bonnieRead()}, withUnit(Tr::tr("Block throughput"), bonnieRead().metric)));
    out.append(disk1(QStringLiteral("fig09-11-disk-fio-sequential-1vm"),
                     Tr::tr("Disk read/write by configuration, 1 VM: fio sequential (Fig. 9–11)"),
                     {fioSeqWrite(), fioSeqRead()}, withUnit(Tr::tr("Sequential throughput"), fioSeqRead().metric)));
    FigureSpec iops = disk1(QStringLiteral("disk-fio-random-1vm"),
                            Tr::tr("Random disk I/O by configuration, 1 VM: fio 4 KiB (beyond the paper)"),
                            {fioRandWrite(), fioRandRead()}, withUnit(Tr::tr("Random I/O"), fioRandRead().metric));
    iops.paperRef.clear();
    out.append(iops);
    const auto disk8 = [&](QString id, QString title, QList<FigureMetric> ms, QString axis) {
        FigureSpec s = spec(std::move(id), Tr::tr("Fig. 12"), std::move(title), std::move(ms), V::Aggregate,
                            L::BarsByConfig, std::move(axis));
        s.caption = ConfigCaption::Disk;
        return s;
    };
    out.append(disk8(QStringLiteral("fig12-disk-bonnie-aggregate"),
                     Tr::tr("Aggregate disk read/write at the largest VM count: bonnie++ (Fig. 12)"),
                     {bonnieWrite(), bonnieRead()},
                     withUnit(Tr::tr("Block throughput, sum over all guests"), bonnieRead().metric)));
    out.append(disk8(QStringLiteral("fig12-disk-fio-aggregate"),
                     Tr::tr("Aggregate disk read/write at the largest VM count: fio sequential (Fig. 12)"),
                     {fioSeqWrite(), fioSeqRead()},
                     withUnit(Tr::tr("Sequential throughput, sum over all guests"), fioSeqRead().metric)));

    // Table I: the CPU score's % loss at the largest VM count, then every benchmark's.
    FigureSpec table1 = spec(QStringLiteral("table1-cpu-score-loss"), Tr::tr("Table I"),
                             Tr::tr("CPU score % loss vs bare metal at the largest VM count (Table I)"), {cpuPerCopy()},
                             V::LossPct, L::BarsByConfig, Tr::tr("% loss vs bare metal [%]"));
    table1.bareMetal = false;
    out.append(table1);
    FigureSpec lossAll =
        spec(QStringLiteral("table1-every-benchmark-loss"), Tr::tr("Table I"),
             Tr::tr("Every benchmark's % loss vs bare metal at the largest VM count (Table I, extended)"),
             {cpuPerCopy(), netOut(), netIn(), fioSeqRead(), fioSeqWrite(), fioRandRead(), fioRandWrite(), bonnieRead(),
              bonnieWrite()},
             V::LossPct, L::BarsByConfig, Tr::tr("% loss vs bare metal [%]"));
    lossAll.bareMetal = false;
    out.append(lossAll);

    // Fairness across concurrent guests (the PI test's question, §6.3, asked of every benchmark).
    const QList<FigureMetric> fair{piCycles(), cpuPerCopy(), netOut(), netIn(), fioSeqRead(), bonnieRead()};
    FigureSpec jain = spec(QStringLiteral("fairness-jain"), QString(),
                           Tr::tr("Fairness across concurrent guests: Jain's index per cell (§6.3)"), fair, V::Jain,
                           L::BarsByCell, Tr::tr("Jain's index [1 = perfectly fair, 1/n = one guest takes all]"));
    jain.minVmCount = 2;
    jain.bareMetal = false;
    out.append(jain);
    FigureSpec minMax = jain;
    minMax.id = QStringLiteral("fairness-min-max");
    minMax.title = Tr::tr("Fairness across concurrent guests: slowest / fastest guest per cell (§6.3)");
    minMax.value = V::MinMaxRatio;
    minMax.valueTitle = Tr::tr("min / max across guests, worst round [ratio]");
    out.append(minMax);
    return out;
}

} // namespace hvbench::analysis
