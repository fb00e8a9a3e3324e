// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/presets.h"

#include <QCoreApplication>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Presets)
};

const QString kPaper = QStringLiteral("paper");
const QString kQuick = QStringLiteral("quick");
const QString kDemo = QStringLiteral("demo");
const QString kFilePool = QStringLiteral("default");    // dir pool
const QString kLvmPool = QStringLiteral("hvbench-lvm"); // logical pool (a volume group)

// The paper's four VM configurations (§6), each with the data disk on a file and on LVM.
//   KVM e1000:  fully emulated devices — e1000 NIC, IDE disk (what a KVM guest without
//               paravirtual drivers got at the time).
//   KVM virtio: paravirtual devices — virtio-net, virtio-blk.
//   Xen PV:     netfront + blkfront (the only devices a PV guest has).
//   Xen HVM:    netfront + blkfront too (PV-on-HVM drivers, as a Linux HVM guest runs them);
//               VmSpec also accepts emulated e1000/IDE for Xen HVM if one wants that variant.
// `kvm` is the hypervisor of the KVM specs: Kvm for the paper, Auto for the quick preset.
QList<VmSpec> paperSpecs(Hypervisor kvm, int memoryMiB, int dataDiskMiB)
{
    struct Shape {
        const char *name;
        Hypervisor hypervisor;
        NicModel nic;
        DiskBus bus;
    };
    const Shape shapes[] = {
        {"kvm-e1000", kvm, NicModel::E1000, DiskBus::Ide},
        {"kvm-virtio", kvm, NicModel::Virtio, DiskBus::Virtio},
        {"xen-pv", Hypervisor::XenPv, NicModel::Netfront, DiskBus::Xen},
        {"xen-hvm", Hypervisor::XenHvm, NicModel::Netfront, DiskBus::Xen},
    };
    QList<VmSpec> specs;
    for (const Shape &s : shapes) {
        for (DiskBackend backend : {DiskBackend::File, DiskBackend::LogicalVolume}) {
            VmSpec v;
            v.name = QLatin1String(s.name) +
                     (backend == DiskBackend::File ? QStringLiteral("-file") : QStringLiteral("-lvm"));
            v.hypervisor = s.hypervisor;
            v.vcpus = 1;
            v.memoryMiB = memoryMiB;
            v.nic = s.nic;
            v.network = NetworkMode::Isolated; // iperf3 servers on the host side of an isolated network
            v.disk = backend;
            v.diskFormat = DiskFormat::Raw;
            v.diskBus = s.bus;
            v.pool = backend == DiskBackend::File ? kFilePool : kLvmPool;
            v.dataDiskMiB = dataDiskMiB;
            specs.append(v);
        }
    }
    return specs;
}

const QList<Benchmark> kPaperBenchmarks{Benchmark::CpuScore, Benchmark::Pi,  Benchmark::NetOut,
                                        Benchmark::NetIn,    Benchmark::Fio, Benchmark::Bonnie};

// Paper §6, figures 1-12 and Table I.
Session paper()
{
    Session s;
    s.id = Session::newId();
    s.name = Tr::tr("Paper: KVM vs Xen, file vs LVM, 1/7/8/17 VMs");
    s.specs = paperSpecs(Hypervisor::Kvm, 2048, 8192);
    s.benchmarks.enabled = kPaperBenchmarks;
    s.benchmarks.net.durationS = 900; // iperf3 -t 900 -P 5 -w 256K
    s.benchmarks.net.streams = 5;
    s.benchmarks.net.window = QStringLiteral("256K");
    s.benchmarks.fio.sizeMiB = 4096; // 2× the guests' 2 GiB of RAM
    s.benchmarks.bonnie.sizeMiB = 4096;
    s.matrix.baseline = true;
    s.matrix.vmCounts = {1, 7, 8, 17};
    s.matrix.repeats = 3;
    s.matrix.maxRepeats = 10;
    s.matrix.rsdTargetPct = 5;
    return s;
}

// The paper's shape, scaled to finish in about 15 minutes on a 2-core host without KVM.
//
// Cells: baseline + 8 specs × {1, 2} VMs = 17.  On a host with neither Xen nor a working LVM
// pool (like the 2-core TCG development machine), the skip list shows the 4 Xen specs and the
// 2 KVM-on-LVM specs with their reasons (8 + 4 cells), leaving 5 cells: bare metal,
// kvm-e1000-file × {1, 2}, kvm-virtio-file × {1, 2}: one round, 6 guests booted plus the
// bare-metal run.  Rough, untimed budget per guest set under TCG: boot ~5-10 s, PI 20000
// digits ~10 s, 7-Zip -md16 ~30 s, iperf3 2 × 5 s, fio 4 jobs × 5 s after laying out 672 MiB,
// bonnie++ over 672 MiB ~1-3 min (two guests share the two cores) ≈ 2.5-4 min per VM cell,
// ≈ 12-15 min in all.  The figures are a first guess: tune them after timing real runs.
Session quick()
{
    Session s;
    s.id = Session::newId();
    s.name = Tr::tr("Quick: the paper's shape, 1 and 2 VMs, short runs");
    // 384 MiB: the bundled guest with the benchmark tools needs 352 MiB (guest/guestimage.h checkMemory).
    s.specs = paperSpecs(Hypervisor::Auto, 384, 1024);
    s.benchmarks.enabled = kPaperBenchmarks;
    s.benchmarks.piDigits = 20000;
    s.benchmarks.cpu.dictLog = 16; // 64 KiB dictionary: fast
    s.benchmarks.net.durationS = 5;
    s.benchmarks.net.streams = 2;
    s.benchmarks.net.window = QStringLiteral("256K");
    s.benchmarks.fio.sizeMiB = 0; // 2× RAM = 672 MiB, fits the 1024 MiB data disk
    s.benchmarks.fio.runtimeS = 5;
    s.benchmarks.bonnie.sizeMiB = 0;
    s.matrix.baseline = true;
    s.matrix.vmCounts = {1, 2};
    s.matrix.repeats = 1;
    s.matrix.maxRepeats = 0;
    s.matrix.rsdTargetPct = 0;
    return s;
}
} // namespace

QList<Preset> presets()
{
    return {
        {kPaper, Tr::tr("Paper experiment"),
         Tr::tr("The seed paper's whole experiment (§6, figures 1-12, Table I): bare metal and KVM e1000, KVM virtio, "
                "Xen PV, Xen HVM with the data disk on a file and on LVM, 1, 7, 8 and 17 VMs of 1 vCPU and 2 GiB, "
                "all six benchmarks, 3 to 10 rounds until the spread is under 5 %. Takes many hours.")},
        {kQuick, Tr::tr("Quick check"),
         Tr::tr("The paper's configurations with 1 and 2 small VMs, short benchmark runs and one round: about "
                "15 minutes even without KVM. Configurations the host cannot run are skipped with the reason.")},
        {kDemo, Tr::tr("Demo"),
         Tr::tr("PI fairness on bare metal and in 1 and 2 VMs: the smallest run that shows "
                "every part of hvbench.")},
    };
}

Result<Session> makePreset(const QString &id)
{
    if (id == kPaper)
        return paper();
    if (id == kQuick)
        return quick();
    if (id == kDemo)
        return Session::demo();
    QStringList ids;
    for (const Preset &p : presets())
        ids.append(p.id);
    return Error{Tr::tr("Unknown preset \"%1\": choose one of %2.").arg(id, ids.join(QStringLiteral(", ")))};
}

} // namespace hvbench
