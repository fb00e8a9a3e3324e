// SPDX-License-Identifier: GPL-3.0-or-later
// The expanded matrix table: one row per cell × selected benchmark, the command lines BenchJob
// would send, skipped rows with planCells' reasons on a hand-made host without Xen or LVM, and
// the "no host yet" plan that assumes the host runs every spec.
#include "../tcghost.h"
#include "model/presets.h"
#include "model/sessiondocument.h"
#include "run/benchjob.h"
#include "run/matrixpreviewmodel.h"
#include "virt/ownership.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace hvbench;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

// QEMU/TCG, 2 CPUs, a big active dir pool "default"; no Xen, no logical pool (this machine kind).
virt::HostInfo tcgHost()
{
    virt::HostInfo h = test::tcgHost(8192, 200 * 1024 * kMiB, 100 * 1024 * kMiB);
    h.arch = QStringLiteral("x86_64");
    return h;
}

Session quick()
{
    auto s = makePreset(QStringLiteral("quick"));
    Q_ASSERT(s);
    return *s;
}

int findRow(const MatrixPreviewModel &m, const QString &config, int vmCount, Benchmark b)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        const PreviewRow &row = m.preview().rows.at(r);
        if (row.cell.config == config && row.cell.vmCount == vmCount && row.benchmark == b)
            return r;
    }
    return -1;
}
} // namespace

class TestMatrixPreviewModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // journals in a test folder

    void rowsAreCellsTimesBenchmarks()
    {
        SessionDocument doc;
        doc.reset(quick());
        MatrixPreviewModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Session &s = doc.session();
        QCOMPARE(model.rowCount(), int(s.cells().size() * s.benchmarks.enabled.size()));
        QCOMPARE(model.columnCount(), int(MatrixPreviewModel::ColumnCount));
        QVERIFY(!model.preview().hostKnown);
        // No host: every spec is planned (nothing skipped as "not connected").
        for (const PreviewRow &r : model.preview().rows)
            QVERIFY2(!r.skipReason.contains(QLatin1String("not connected")), qPrintable(r.skipReason));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

        // Unselecting a benchmark removes its rows.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        BenchmarkSuite b = s.benchmarks;
        b.enabled.removeAll(Benchmark::Bonnie);
        doc.setSettings(s.specs, b, s.matrix, s.hostUri);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), int(s.cells().size() * 5));
        QCOMPARE(findRow(model, QStringLiteral("kvm-virtio-file"), 1, Benchmark::Bonnie), -1);
    }

    // Each guest's command line is what BenchJob builds from the JobContext the runner makes.
    void commandLinesAreBenchJobs()
    {
        SessionDocument doc;
        doc.reset(quick());
        MatrixPreviewModel model(&doc);
        const Session &s = doc.session();
        const int spec = s.specs.indexOf(*s.specNamed(QStringLiteral("kvm-virtio-file")));

        const int fioRow = findRow(model, QStringLiteral("kvm-virtio-file"), 2, Benchmark::Fio);
        QVERIFY(fioRow >= 0);
        const QStringList lines =
            model.data(model.index(fioRow, 0), MatrixPreviewModel::CommandLinesRole).toStringList();
        QCOMPARE(lines.size(), 2);
        for (int g = 0; g < 2; ++g) {
            JobContext ctx; // as Runner::startBenchmark filled it in by hand before the preview existed
            ctx.benchmark = Benchmark::Fio;
            ctx.suite = s.benchmarks;
            ctx.who = virt::domainName(s.id, g + 1);
            ctx.vcpus = s.specs.at(spec).vcpus;
            ctx.ramMiB = s.specs.at(spec).memoryMiB;
            ctx.dataDevice = QStringLiteral("/dev/vda"); // virtio-blk, the only disk of a direct-kernel-boot guest
            ctx.peerAddress = kPreviewPeerAddress;
            ctx.peerPort = 5201 + g;
            const BenchJob job(ctx, nullptr);
            QCOMPARE(lines.at(g), commandLine(job.mainArgv()));
        }
        QCOMPARE(model.data(model.index(fioRow, MatrixPreviewModel::Command)).toString(), lines.first());
        QVERIFY(lines.first().startsWith(QLatin1String("fio --output-format=json --filename=/dev/vda --direct=1")));

        const int netRow = findRow(model, QStringLiteral("kvm-e1000-file"), 2, Benchmark::NetIn);
        QVERIFY(netRow >= 0);
        QCOMPARE(model.data(model.index(netRow, 0), MatrixPreviewModel::CommandLinesRole).toStringList(),
                 (QStringList{QStringLiteral("iperf3 -c 10.213.x.1 -p 5201 -J -t 5 -P 2 -w 256K -R"),
                              QStringLiteral("iperf3 -c 10.213.x.1 -p 5202 -J -t 5 -P 2 -w 256K -R")}));

        const int bareRow = findRow(model, kBareMetal, 0, Benchmark::Bonnie);
        QVERIFY(bareRow >= 0);
        const QString bare = model.data(model.index(bareRow, MatrixPreviewModel::Command)).toString();
        QVERIFY2(bare.contains(QStringLiteral("/hvbench-%1/bonnie").arg(s.id)), qPrintable(bare));
        QVERIFY2(bare.contains(QLatin1String(" -m bare-metal")), qPrintable(bare));
        QCOMPARE(model.data(model.index(bareRow, MatrixPreviewModel::Runs)).toString(), QStringLiteral("1"));
        QCOMPARE(model.data(model.index(netRow, MatrixPreviewModel::Runs)).toString(), QStringLiteral("2 × 1 = 2"));
    }

    // A host without Xen and without a logical pool: the Xen and LVM cells are skipped with
    // planCells' reasons, shown in the Status column; the estimate counts only what runs.
    void skippedRowsSayWhy()
    {
        SessionDocument doc;
        doc.reset(quick());
        MatrixPreviewModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const double withoutHost = model.preview().minSeconds();
        QSignalSpy changed(&model, &MatrixPreviewModel::previewChanged);
        model.setHostInfo(tcgHost());
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.preview().hostKnown);
        const Session &s = doc.session();
        QCOMPARE(model.rowCount(), int(s.cells().size() * s.benchmarks.enabled.size()));

        const int xen = findRow(model, QStringLiteral("xen-pv-file"), 1, Benchmark::Pi);
        QVERIFY(xen >= 0);
        QVERIFY(model.data(model.index(xen, 0), MatrixPreviewModel::SkippedRole).toBool());
        const QString why = model.data(model.index(xen, MatrixPreviewModel::Status)).toString();
        QVERIFY2(why.contains(QLatin1String("Xen PV needs a Xen host")), qPrintable(why));
        QCOMPARE(model.data(model.index(xen, MatrixPreviewModel::Estimate)).toString(), QStringLiteral("—"));

        const int lvm = findRow(model, QStringLiteral("kvm-virtio-lvm"), 2, Benchmark::Fio);
        QVERIFY(model.data(model.index(lvm, 0), MatrixPreviewModel::SkippedRole).toBool());
        QVERIFY(
            model.data(model.index(lvm, MatrixPreviewModel::Status)).toString().contains(QLatin1String("hvbench-lvm")));

        const int runs = findRow(model, QStringLiteral("kvm-virtio-file"), 2, Benchmark::Fio);
        QVERIFY(!model.data(model.index(runs, 0), MatrixPreviewModel::SkippedRole).toBool());
        QCOMPARE(model.data(model.index(runs, MatrixPreviewModel::Status)).toString(), QStringLiteral("runs"));

        // quick on this host: bare metal + kvm-e1000-file and kvm-virtio-file × {1, 2}.
        QCOMPARE(model.preview().cells, 5);
        QCOMPARE(model.preview().skippedCells, 12);
        QCOMPARE(model.preview().minRuns, (1 + 1 + 2 + 1 + 2) * 6);
        QVERIFY(model.preview().minSeconds() < withoutHost);

        model.clearHostInfo();
        QVERIFY(!model.preview().hostKnown);
        QCOMPARE(model.preview().minSeconds(), withoutHost);
    }

    void recordedEstimateFollowsResults()
    {
        SessionDocument doc;
        Session s = quick();
        s.benchmarks.enabled = {Benchmark::Pi};
        s.manifest.insert(QStringLiteral("benchmarks"), s.benchmarks.toJson());
        doc.reset(s);
        MatrixPreviewModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int bare = findRow(model, kBareMetal, 0, Benchmark::Pi);
        QVERIFY(model.data(model.index(bare, MatrixPreviewModel::Estimate)).toString().startsWith(QStringLiteral("≈")));
        RunResult r;
        r.config = kBareMetal;
        r.workload = QStringLiteral("pi");
        r.cycles = 1;
        r.wallNs = 42'000'000'000;
        QVERIFY(doc.addResult(r));
        QCOMPARE(model.data(model.index(bare, MatrixPreviewModel::Estimate)).toString(), QStringLiteral("42 s"));
        QCOMPARE(
            model.data(model.index(bare, MatrixPreviewModel::Estimate), MatrixPreviewModel::RawValueRole).toDouble(),
            42.0);
        doc.clearResults();
        QVERIFY(model.data(model.index(bare, MatrixPreviewModel::Estimate)).toString().startsWith(QStringLiteral("≈")));
    }
};

QTEST_GUILESS_MAIN(TestMatrixPreviewModel)
#include "tst_matrixpreviewmodel.moc"
