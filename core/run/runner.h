// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a session's matrix: what the host can run of bare metal + each spec × each VM count
// (CellPlan; the rest is skipped with its reason), round after round, the cells of a round in a
// random order, until the repeat rule closes every cell (RoundPlanner).  In a cell every guest
// must say hello, then each benchmark runs on all guests at once: every job prepares (caches
// dropped, file system made), then all are released together (the barrier), and the next
// benchmark starts only when every guest has answered.
// An explicit state machine driven by signals: no nested event loops, nothing blocks.
#include "guest/guestimage.h"
#include "model/matrix.h"
#include "run/cellplan.h"
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
class RoundPlanner;

class Runner final : public QObject {
    Q_OBJECT
public:
    Runner(SessionDocument *doc, RunnerOptions options, QObject *parent = nullptr);
    ~Runner() override;

    bool isRunning() const { return m_state != State::Idle; }
    void start();
    void cancel();

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
    // The run stopped; results recorded so far are kept.  `beforeMeasuring`: nothing was
    // released yet (host unreachable, guest image missing, a guest never said hello, …).
    void failed(const QString &message, bool beforeMeasuring);

private:
    enum class State { Idle, Connecting, Preparing, Starting, Running, TearingDown };
    struct Slot {
        int key = 0;
        QString domain; // empty for bare metal
        agent::AgentClient *client = nullptr;
        BenchJob *job = nullptr;
    };

    void plan(const virt::HostInfo *info);
    void onHostOpened(const virt::HostInfo &info);
    void createProvisioner();
    void onPrepared();
    void startNetworkSide();
    void beginRounds();
    void nextVisit();
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
};

} // namespace hvbench
