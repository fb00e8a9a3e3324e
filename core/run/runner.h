// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a session's matrix: what the host can run of bare metal + each spec × each VM count
// (CellPlan; the rest is skipped with its reason), round after round, the cells of a round in a
// random order, until the repeat rule closes every cell (RoundPlanner).  In a cell every guest
// must say hello, then each benchmark runs on all guests at once: every job prepares (caches
// dropped, file system made), then all are released together (the barrier), and the next
// benchmark starts only when every guest has answered.
// An explicit state machine driven by signals: no nested event loops, nothing blocks.
//
// Pause: pause() takes effect at the next safe point — when the running benchmark step has all
// its results (never mid-measurement), before the next step or the next cell visit.  Paused
// between two steps of a cell, that cell's guests stay up, idle (their agents wait for the next
// command; booting them again would change what is measured); when the step was the cell's
// last, its guests are torn down first and the run pauses before the next cell's guests start.
// Paused time counts neither towards the --budget nor towards the timing in the manifest.
// cancel() works while paused.
//
// Resume: start() on a session holding results of a run that did not finish (no "finished_at"
// in the manifest) continues that run: RoundPlanner::restore learns the rounds already started
// from repeat_outcome and the results; the incomplete visits of those rounds run first, and only
// their missing steps; then new rounds as usual.  New results append; the manifest's "resumes"
// lists when and with how many results each resume started.  startFresh() discards the results.
#include "guest/guestimage.h"
#include "model/matrix.h"
#include "run/cellplan.h"
#include "run/cellprogress.h"
#include "run/etaestimator.h"
#include "run/roundplanner.h"
#include "run/provisioner.h"
#include "virt/hostinfo.h"
#include "virt/virtworker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

namespace hvbench {
class SessionDocument;
namespace virt { class VirtHost; class CredentialBroker; }
namespace agent { class AgentClient; }

struct RunnerOptions {
    QString agentPath;               // hvbench-agent for the bare-metal baseline
    int helloTimeoutMs = 180'000;    // VM create → agent hello
    int runTimeoutMs = 3'600'000;    // one workload run
    QString consoleLogDir;           // where guests' serial consoles are written (on the host)
    virt::CredentialBroker *broker = nullptr; // answers a host's password questions (must outlive the run)

    // The agent from $HVBENCH_AGENT, the build tree or next to the executable; console logs in
    // $HVBENCH_CONSOLE_DIR or libvirt's QEMU log folder.
    static RunnerOptions defaults();
};

class BenchJob;
class BaselineNetns;
class Iperf3Servers;
class LiveCounters;

class Runner final : public QObject {
    Q_OBJECT
public:
    Runner(SessionDocument *doc, RunnerOptions options, QObject *parent = nullptr);
    ~Runner() override;

    bool isRunning() const { return m_state != State::Idle; }
    // Continues the session's unfinished run if it has one (hasUnfinishedRun), else starts anew.
    void start();
    // Starts anew: the session's results are discarded.
    void startFresh();
    void cancel();
    void pause();  // at the next safe point (see above); pausedChanged(true) then
    void resume(); // continues a paused run, or withdraws a pause not yet in effect
    bool isPaused() const { return m_parked != Parked::No; }
    bool isPauseRequested() const { return m_pauseRequested; }

    // Results of a run that did not finish (cancelled, failed, or the program was killed).
    static bool hasUnfinishedRun(const Session &s);

Q_SIGNALS:
    void hostReady(const hvbench::virt::HostInfo &info);
    void warning(const QString &message);
    void progress(int done, int total, const QString &what);
    void log(const QString &line);
    // Per-VM progress (key = VM number in the session; domain = libvirt name).
    void vmPhaseChanged(int key, const QString &domain, hvbench::VmPhase phase, const QString &detail);
    // Live network throughput of one guest (or bare metal) during iperf3, from its interface counters.
    void liveThroughput(const QString &who, qint64 msSinceStart, double rxMbps, double txMbps);
    void finished();
    void pausedChanged(bool paused);
    // Every cell of the matrix (skipped ones too) and where it stands; sent whenever one changes.
    void cellsChanged(const QList<hvbench::CellProgress> &cells);
    // Benchmark steps done / planned (a step = one benchmark on all guests of a cell) and the
    // estimated time left (-1: not known yet).
    void stepsProgress(int stepsDone, int stepsTotal, qint64 msLeft);
    // The run stopped; results recorded so far are kept.  `beforeMeasuring`: nothing was
    // released yet (host unreachable, guest image missing, a guest never said hello, …).
    void failed(const QString &message, bool beforeMeasuring);

private:
    enum class State { Idle, Connecting, Preparing, Starting, Running, TearingDown };
    enum class Parked { No, BeforeStep, BeforeVisit }; // where a pause holds the run
    struct Slot {
        int key = 0;
        QString domain; // empty for bare metal
        agent::AgentClient *client = nullptr;
        BenchJob *job = nullptr;
    };

    void begin(bool resume);
    bool parkIfPauseRequested(Parked where);
    void unpark();
    qint64 activeMs() const; // run time without pauses
    void emitCells();
    void emitSteps();
    void plan(const virt::HostInfo *info);
    void onHostOpened(const virt::HostInfo &info);
    void createProvisioner();
    void onPrepared();
    void startNetworkSide();
    void beginRounds();
    void nextVisit();
    void startVisit();
    void onVmStarted(int key, const QString &name, virt::StreamHandle channel, const QString &consoleLog);
    void startBaseline();
    void startVms();
    void attachClient(Slot &slot, agent::AgentClient *client);
    void onReady(const QString &who, const QJsonObject &hello);
    void startBenchmark();
    void onJobPrepared();
    void onJobFinished(int slotIndex, const RunResult &r);
    void dropHostCaches();
    void fail(const QString &message);
    void teardownCell();
    void maybeTeardownDone();
    void finishRun();
    void stopNetworkSide();
    void endRun(); // after the provisioner released the run's resources
    void releaseHost();
    Slot *slotByKey(int key);
    const PlannedCell &current() const { return m_plan.cells.at(m_cellIndex); }
    Benchmark currentBenchmark() const { return current().benchmarks.at(m_benchIndex); }
    void skipMeasuredSteps();

    SessionDocument *m_doc;
    RunnerOptions m_opts;
    std::unique_ptr<virt::VirtHost> m_host;
    Provisioner *m_provisioner = nullptr; // child of m_host's lifetime: deleted with it
    guest::GuestImage m_guest;
    State m_state = State::Idle;
    CellPlan m_plan;
    std::unique_ptr<RoundPlanner> m_rounds;
    QList<int> m_order;      // this round's cells (indexes into m_plan.cells), in run order
    int m_orderPos = 0;
    int m_cellIndex = 0;
    int m_benchIndex = 0;
    QList<Slot> m_slots;
    int m_ready = 0;
    int m_prepared = 0;
    int m_pendingResults = 0;
    QList<RunResult> m_stepResults;
    bool m_cellTearingDown = false; // waiting for the provisioner's vmsTornDown
    bool m_connectionLost = false;
    OrphanCleanup *m_orphanCleanup = nullptr;
    Iperf3Servers *m_servers = nullptr;
    BaselineNetns *m_netns = nullptr;
    LiveCounters *m_counters = nullptr;
    QString m_baselineDir;
    QElapsedTimer m_clock;      // the whole run (rounds)
    QElapsedTimer m_stepClock;  // one benchmark step: barrier release → last result
    qint64 m_measuringNs = 0;   // Σ steps: the run's wall minus this is orchestration
    int m_vmCounter = 0;
    int m_done = 0;
    int m_total = 0;
    QString m_failure;
    bool m_measuring = false; // a round was released in this run
    bool m_hostCachesRecorded = false;
    // Pause
    bool m_pauseRequested = false;
    Parked m_parked = Parked::No;
    QElapsedTimer m_pauseClock;
    qint64 m_pausedMs = 0;
    // Resume
    bool m_resuming = false;
    QList<RoundPlanner::Visit> m_pendingVisits; // incomplete visits of an interrupted run
    int m_round = 0;                            // the round of the current visit
    bool m_visiting = false;                    // a cell visit is under way
    QList<int> m_cellRoundsDone;                // per planned cell
    int m_stepsDone = 0;
    int m_stepsTotal = 0;
    EtaEstimator m_eta;
    double m_priorWallS = 0;      // "timing" of the run this one resumes
    double m_priorMeasuringS = 0;
};

} // namespace hvbench
