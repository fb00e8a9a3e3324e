// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/roundplanner.h"

#include <QJsonArray>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <numeric>

using namespace hvbench;

namespace {
// value(cell, round, guest) → the figure every key metric of every benchmark reports.
using ValueFn = std::function<double(const Cell &, int round, int guest, const QString &metric)>;

QList<RunResult> resultsFor(const Cell &c, int round, const QList<Benchmark> &benchmarks, const ValueFn &value)
{
    QList<RunResult> out;
    for (int g = 0; g < std::max(1, c.vmCount); ++g) {
        for (Benchmark b : benchmarks) {
            RunResult r;
            r.config = c.config;
            r.vmCount = c.vmCount;
            r.repeat = round;
            r.guest = g;
            r.workload = benchmarkId(b);
            for (const MetricInfo &m : keyMetrics(b)) {
                const double v = value(c, round, g, m.name);
                if (b == Benchmark::Pi)
                    r.cycles = qint64(v);
                else
                    r.metrics.insert(m.name, v);
            }
            out.append(r);
        }
    }
    return out;
}

QList<Cell> cells(int specs, const QList<int> &counts)
{
    Matrix m;
    m.vmCounts = counts;
    QStringList names;
    for (int i = 0; i < specs; ++i)
        names.append(QStringLiteral("spec%1").arg(i));
    return expandMatrix(m, names);
}

QHash<QString, QList<Benchmark>> everyCellRuns(const QList<Cell> &cs, const QList<Benchmark> &bs)
{
    QHash<QString, QList<Benchmark>> h;
    for (const Cell &c : cs)
        h.insert(c.key(), bs);
    return h;
}

// Runs the planner to the end (each round "takes" minutesPerRound), feeding it results.
struct Sim {
    RoundPlanner planner;
    QList<QList<int>> orders;
    QList<RunResult> results;
    void run(const QList<Cell> &cs, const QHash<QString, QList<Benchmark>> &bs, const ValueFn &value,
             qint64 msPerRound = 0, int safety = 100)
    {
        qint64 elapsed = 0;
        for (int round = 0; round < safety; ++round) {
            const QList<int> order = planner.nextRound(elapsed, results);
            if (order.isEmpty())
                return;
            orders.append(order);
            for (int i : order)
                results += resultsFor(cs.at(i), round, bs.value(cs.at(i).key()), value);
            elapsed += msPerRound;
        }
        QFAIL("the planner never finished");
    }
};

double steady(const Cell &, int, int, const QString &)
{
    return 1000;
}
} // namespace

class TstRoundPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameOrders()
    {
        const QList<Cell> cs = cells(3, {1, 2}); // 7 cells
        Matrix m;
        m.repeats = 6;
        m.seed = 42;
        const auto bs = everyCellRuns(cs, {Benchmark::Pi});
        Sim a{RoundPlanner(cs, m, bs)}, b{RoundPlanner(cs, m, bs)};
        a.run(cs, bs, steady);
        b.run(cs, bs, steady);
        QCOMPARE(a.planner.seed(), 42u);
        QCOMPARE(a.orders.size(), 6);
        QCOMPARE(a.orders, b.orders);
        QList<int> all(cs.size());
        std::iota(all.begin(), all.end(), 0);
        bool changes = false;
        for (const QList<int> &o : std::as_const(a.orders)) {
            QList<int> sorted = o;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, all); // a permutation of the open cells
            changes |= o != a.orders.first();
        }
        QVERIFY2(changes, "every round had the same order: no interleave");
    }

    void differentSeedsDifferentOrders()
    {
        const QList<Cell> cs = cells(3, {1, 2});
        const auto bs = everyCellRuns(cs, {Benchmark::Pi});
        Matrix m;
        m.repeats = 5;
        m.seed = 1;
        Sim a{RoundPlanner(cs, m, bs)};
        a.run(cs, bs, steady);
        m.seed = 2;
        Sim b{RoundPlanner(cs, m, bs)};
        b.run(cs, bs, steady);
        QCOMPARE(a.orders.size(), b.orders.size());
        QVERIFY(a.orders != b.orders);

        m.seed = 0; // a random seed, drawn and told
        RoundPlanner c(cs, m, bs);
        QVERIFY(c.seed() != 0);
        QCOMPARE(quint32(c.outcome().value(QStringLiteral("seed")).toInteger()), c.seed());
    }

    void fixedRepeats()
    {
        const QList<Cell> cs = cells(2, {1, 3});
        Matrix m;
        m.repeats = 3;
        m.seed = 7;
        const auto bs = everyCellRuns(cs, {Benchmark::NetOut, Benchmark::Fio});
        Sim s{RoundPlanner(cs, m, bs)};
        s.run(cs, bs, steady);
        QCOMPARE(s.orders.size(), 3);
        for (const auto &o : std::as_const(s.orders))
            QCOMPARE(o.size(), cs.size());
        for (int i = 0; i < cs.size(); ++i) {
            QCOMPARE(s.planner.rounds(i), 3);
            QCOMPARE(s.planner.stoppedBy(i), QStringLiteral("repeats"));
        }
        QVERIFY(s.planner.finished());
        QVERIFY(s.planner.nextRound(0, s.results).isEmpty()); // stays over

        const QJsonObject out = s.planner.outcome();
        QCOMPARE(out.value(QStringLiteral("orders")).toArray().size(), 3);
        QCOMPARE(out.value(QStringLiteral("orders")).toArray().at(0).toArray().size(), cs.size());
        const QJsonObject cell =
            out.value(QStringLiteral("cells")).toObject().value(QStringLiteral("spec1/3")).toObject();
        QCOMPARE(cell.value(QStringLiteral("rounds")).toInt(), 3);
        QCOMPARE(cell.value(QStringLiteral("stopped_by")).toString(), QStringLiteral("repeats"));
        QCOMPARE(
            cell.value(QStringLiteral("rsd_pct")).toObject().value(QStringLiteral("fio/seq_read_mib_s")).toDouble(),
            0.0);
    }

    void rsdStopsSteadyKeepsNoisy()
    {
        // spec0: guests disagree wildly, but each round's mean over guests is the same → steady.
        // spec1: one key metric of one benchmark jumps around → noisy until max_repeats.
        const QList<Cell> cs = cells(2, {2});
        Matrix m;
        m.repeats = 3;
        m.maxRepeats = 8;
        m.rsdTargetPct = 5;
        m.seed = 3;
        const auto bs = everyCellRuns(cs, {Benchmark::Pi, Benchmark::NetOut});
        const ValueFn value = [](const Cell &c, int round, int guest, const QString &metric) {
            if (c.config == QLatin1String("spec0") && c.vmCount > 0)
                return guest == 0 ? 500.0 + round : 1500.0 - round; // mean 1000 every round
            if (c.config == QLatin1String("spec1") && metric == QLatin1String("throughput_mbps"))
                return (round % 2) ? 600.0 : 1400.0;
            return 1000.0 + round; // bare metal: RSD ~0.1 %
        };
        Sim s{RoundPlanner(cs, m, bs)};
        s.run(cs, bs, value);
        const int bare = 0, steadyCell = 1, noisy = 2;
        QCOMPARE(cs.at(noisy).key(), QStringLiteral("spec1/2"));
        QCOMPARE(s.planner.stoppedBy(bare), QStringLiteral("rsd"));
        QCOMPARE(s.planner.rounds(bare), 3);
        QCOMPARE(s.planner.stoppedBy(steadyCell), QStringLiteral("rsd"));
        QCOMPARE(s.planner.rounds(steadyCell), 3);
        QCOMPARE(s.planner.stoppedBy(noisy), QStringLiteral("max_repeats"));
        QCOMPARE(s.planner.rounds(noisy), 8);
        QCOMPARE(s.orders.size(), 8);
        QCOMPARE(s.orders.at(3), QList<int>{noisy}); // closed cells are not run again
        const QJsonObject rsd = s.planner.outcome()
                                    .value(QStringLiteral("cells"))
                                    .toObject()
                                    .value(QStringLiteral("spec1/2"))
                                    .toObject()
                                    .value(QStringLiteral("rsd_pct"))
                                    .toObject();
        QVERIFY(rsd.value(QStringLiteral("net-out/throughput_mbps")).toDouble() > 30);
        const double piRsd = rsd.value(QStringLiteral("pi/cycles")).toDouble(); // 1000, 1001, 1002, …
        QVERIFY2(piRsd > 0 && piRsd < 1, qPrintable(QString::number(piRsd)));
    }

    void rsdNeedsTwoRoundsEvenWithOneRepeat()
    {
        const QList<Cell> cs = cells(1, {1});
        Matrix m;
        m.repeats = 1;
        m.maxRepeats = 4;
        m.rsdTargetPct = 5;
        m.seed = 9;
        const auto bs = everyCellRuns(cs, {Benchmark::CpuScore});
        Sim s{RoundPlanner(cs, m, bs)};
        s.run(cs, bs, steady);
        QCOMPARE(s.planner.rounds(0), 2);
        QCOMPARE(s.planner.stoppedBy(0), QStringLiteral("rsd"));
    }

    void budgetStops()
    {
        const QList<Cell> cs = cells(2, {1});
        Matrix m;
        m.repeats = 2;
        m.maxRepeats = 50;
        m.rsdTargetPct = 1;
        m.budgetMinutes = 10;
        m.seed = 5;
        const auto bs = everyCellRuns(cs, {Benchmark::NetIn});
        const ValueFn noisy = [](const Cell &, int round, int, const QString &) { return round % 2 ? 10.0 : 20.0; };
        Sim s{RoundPlanner(cs, m, bs)};
        s.run(cs, bs, noisy, 4 * 60 * 1000); // rounds start at 0, 4, 8 min; at 12 min the budget is spent
        QCOMPARE(s.orders.size(), 3);
        for (int i = 0; i < cs.size(); ++i) {
            QCOMPARE(s.planner.stoppedBy(i), QStringLiteral("budget"));
            QCOMPARE(s.planner.rounds(i), 3);
        }

        // A cell that met its rule when the budget ran out keeps its own reason.
        RoundPlanner p(cs, Matrix{.repeats = 1, .budgetMinutes = 1, .seed = 5}, bs);
        QCOMPARE(p.nextRound(0, {}).size(), cs.size());
        QVERIFY(p.nextRound(60 * 1000, {}).isEmpty());
        QCOMPARE(p.stoppedBy(0), QStringLiteral("repeats"));
    }

    void missingBenchmarkIsNotConverged()
    {
        // The cell runs pi and fio, but fio never produced a result: not converged.
        const QList<Cell> cs = cells(1, {1});
        Matrix m;
        m.repeats = 2;
        m.maxRepeats = 5;
        m.rsdTargetPct = 5;
        m.seed = 11;
        const auto bs = everyCellRuns(cs, {Benchmark::Pi, Benchmark::Fio});
        const auto piOnly = everyCellRuns(cs, {Benchmark::Pi});
        RoundPlanner p(cs, m, bs);
        QList<RunResult> results;
        int rounds = 0;
        for (QList<int> o = p.nextRound(0, results); !o.isEmpty(); o = p.nextRound(0, results), ++rounds)
            for (int i : o)
                results += resultsFor(cs.at(i), rounds, piOnly.value(cs.at(i).key()), steady);
        QCOMPARE(rounds, 5);
        for (int i = 0; i < cs.size(); ++i)
            QCOMPARE(p.stoppedBy(i), QStringLiteral("max_repeats"));
        const QJsonObject rsd = p.outcome()
                                    .value(QStringLiteral("cells"))
                                    .toObject()
                                    .value(QStringLiteral("spec0/1"))
                                    .toObject()
                                    .value(QStringLiteral("rsd_pct"))
                                    .toObject();
        QVERIFY(rsd.contains(QStringLiteral("pi/cycles")));
        QVERIFY(!rsd.contains(QStringLiteral("fio/seq_read_mib_s")));
    }

    void cancel()
    {
        const QList<Cell> cs = cells(1, {1});
        Matrix m;
        m.repeats = 3;
        m.seed = 1;
        RoundPlanner p(cs, m, everyCellRuns(cs, {Benchmark::Pi}));
        QVERIFY(!p.nextRound(0, {}).isEmpty());
        p.cancel();
        QVERIFY(p.finished());
        QVERIFY(p.nextRound(0, {}).isEmpty());
        QCOMPARE(p.stoppedBy(1), QStringLiteral("cancelled"));
        QCOMPARE(p.outcome()
                     .value(QStringLiteral("cells"))
                     .toObject()
                     .value(QStringLiteral("spec0/1"))
                     .toObject()
                     .value(QStringLiteral("rounds"))
                     .toInt(),
                 1);
    }

    // Resume: a run interrupted after `doneRounds` full rounds plus the first `extraVisits`
    // visits of the next (and, when `partialStep`, the first benchmark of the visit after them)
    // continues with exactly the visits an uninterrupted run would have made.
    void resumeContinuesWhereItStopped_data()
    {
        QTest::addColumn<int>("doneRounds");
        QTest::addColumn<int>("extraVisits");
        QTest::addColumn<bool>("partialStep");
        QTest::newRow("nothing done") << 0 << 0 << false;
        QTest::newRow("round 1 done") << 1 << 0 << false;
        QTest::newRow("mid round 2") << 1 << 2 << false;
        QTest::newRow("mid round 2, mid cell") << 1 << 2 << true;
        QTest::newRow("first step of all") << 0 << 0 << true;
        QTest::newRow("all rounds done") << 3 << 0 << false;
    }
    void resumeContinuesWhereItStopped()
    {
        QFETCH(int, doneRounds);
        QFETCH(int, extraVisits);
        QFETCH(bool, partialStep);
        const QList<Cell> cs = cells(2, {1, 2}); // 5 cells
        const QList<Benchmark> benches{Benchmark::Pi, Benchmark::NetOut};
        const auto bs = everyCellRuns(cs, benches);
        Matrix m;
        m.repeats = 3;
        m.seed = 99;
        Sim full{RoundPlanner(cs, m, bs)};
        full.run(cs, bs, steady);
        QCOMPARE(full.orders.size(), 3);

        // The interrupted run: its planner started rounds up to the cut, its results stop there.
        RoundPlanner first(cs, m, bs);
        QList<RunResult> results;
        const int startedRounds = doneRounds + ((extraVisits > 0 || partialStep) && doneRounds < 3 ? 1 : 0);
        for (int r = 0; r < startedRounds; ++r) {
            const QList<int> order = first.nextRound(0, results);
            QCOMPARE(order, full.orders.at(r));
            const int visits = r < doneRounds ? int(order.size()) : extraVisits;
            for (int v = 0; v < visits; ++v)
                results += resultsFor(cs.at(order.at(v)), r, benches, steady);
            if (r == doneRounds && partialStep)
                results += resultsFor(cs.at(order.at(extraVisits)), r, {Benchmark::Pi}, steady);
        }
        const QJsonObject outcome = first.outcome();

        Matrix unseeded = m;
        unseeded.seed = 0; // the seed comes from the outcome
        RoundPlanner resumed(cs, unseeded, bs);
        const QList<RoundPlanner::Visit> pending = resumed.restore(outcome, results);
        QCOMPARE(resumed.seed(), 99u);
        QList<RoundPlanner::Visit> expected;
        if (startedRounds > doneRounds)
            for (qsizetype v = extraVisits; v < full.orders.at(doneRounds).size(); ++v)
                expected.append({doneRounds, full.orders.at(doneRounds).at(v)});
        QCOMPARE(pending, expected);
        // The partly measured visit: its first benchmark is complete, the second is not.
        if (partialStep) {
            const int cell = full.orders.at(doneRounds).at(extraVisits);
            QVERIFY(resumed.stepComplete(cell, doneRounds, Benchmark::Pi, results));
            QVERIFY(!resumed.stepComplete(cell, doneRounds, Benchmark::NetOut, results));
            QVERIFY(!resumed.roundComplete(cell, doneRounds, results));
        }
        // Finish the pending visits, then the new rounds are those of the uninterrupted run.
        for (const RoundPlanner::Visit &v : pending)
            results += resultsFor(cs.at(v.cell), v.round, benches, steady);
        QList<QList<int>> later;
        for (int r = startedRounds;; ++r) {
            const QList<int> order = resumed.nextRound(0, results);
            if (order.isEmpty())
                break;
            later.append(order);
            for (int i : order)
                results += resultsFor(cs.at(i), r, benches, steady);
            QVERIFY(r < 10);
        }
        QCOMPARE(later, full.orders.mid(startedRounds));
        for (int i = 0; i < cs.size(); ++i) {
            QCOMPARE(resumed.rounds(i), 3); // no cell ran a round too many
            QCOMPARE(resumed.stoppedBy(i), QStringLiteral("repeats"));
        }
        QCOMPARE(resumed.outcome().value(QStringLiteral("orders")).toArray().size(), 3);
    }

    void resumeWithoutOutcomeUsesResults()
    {
        const QList<Cell> cs = cells(1, {1}); // bare metal + spec0 ×1
        const auto bs = everyCellRuns(cs, {Benchmark::Pi});
        Matrix m;
        m.repeats = 2;
        QList<RunResult> results = resultsFor(cs.at(0), 0, {Benchmark::Pi}, steady);
        results += resultsFor(cs.at(1), 0, {Benchmark::Pi}, steady);
        results += resultsFor(cs.at(1), 1, {Benchmark::Pi}, steady);
        for (const QJsonObject &garbage : {QJsonObject{},
                                           QJsonObject{{QStringLiteral("seed"), QStringLiteral("x")},
                                                       {QStringLiteral("orders"), 3}},
                                           QJsonObject{{QStringLiteral("seed"), 5},
                                                       {QStringLiteral("orders"),
                                                        QJsonArray{QJsonArray{QStringLiteral("nope/9")}}}}}) {
            RoundPlanner p(cs, m, bs);
            QVERIFY(p.restore(garbage, results).isEmpty());
            QCOMPARE(p.rounds(0), 1);
            QCOMPARE(p.rounds(1), 2);
            QCOMPARE(p.nextRound(0, results), QList<int>{0}); // only bare metal lacks a round
            QVERIFY(p.nextRound(0, results + resultsFor(cs.at(0), 2, {Benchmark::Pi}, steady)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TstRoundPlanner)
#include "tst_roundplanner.moc"
