// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a session's matrix: bare metal → 1 VM → N concurrent VMs, each cell `repeats` rounds.
// In a cell every guest must say hello before any starts; then all are released together
// (the barrier), and the next round starts only when every guest has answered.
// An explicit state machine driven by signals: no nested event loops, nothing blocks.
#include "guest/guestimage.h"
#include "model/matrix.h"
#include "run/provisioner.h"
#include "virt/hostinfo.h"
#include "virt/virtworker.h"

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
    void finished();
    // The run stopped; results recorded so far are kept.  `beforeMeasuring`: nothing was
    // released yet (host unreachable, guest image missing, a guest never said hello, …).
    void failed(const QString &message, bool beforeMeasuring);

private:
    enum class State { Idle, Connecting, Starting, Running, TearingDown };
    struct Slot {
        int key = 0;
        QString domain; // empty for bare metal
        agent::AgentClient *client = nullptr;
    };

    void onHostOpened(const virt::HostInfo &info);
    void createProvisioner(const virt::Placement &placement);
    void onVmStarted(int key, const QString &name, virt::StreamHandle channel, const QString &consoleLog);
    void nextCell();
    void startBaseline();
    void startVms(int count);
    void attachClient(Slot &slot, agent::AgentClient *client);
    void onReady(const QString &who, const QJsonObject &hello);
    void releaseRound();
    void onResult(int slotIndex, const QJsonObject &msg);
    void fail(const QString &message);
    void teardownCell();
    void maybeTeardownDone();
    void finishRun();
    void endRun(); // after the provisioner released the run's resources
    void releaseHost();
    Slot *slotByKey(int key);
    const Cell &cell() const { return m_cells.at(m_cellIndex); }

    SessionDocument *m_doc;
    RunnerOptions m_opts;
    std::unique_ptr<virt::VirtHost> m_host;
    Provisioner *m_provisioner = nullptr; // child of m_host's lifetime: deleted with it
    guest::GuestImage m_guest;
    State m_state = State::Idle;
    QList<Cell> m_cells;
    int m_cellIndex = 0;
    int m_round = 0;
    QList<Slot> m_slots;
    int m_ready = 0;
    int m_pendingResults = 0;
    bool m_cellTearingDown = false; // waiting for the provisioner's vmsTornDown
    bool m_connectionLost = false;
    OrphanCleanup *m_orphanCleanup = nullptr;
    int m_vmCounter = 0;
    int m_done = 0;
    int m_total = 0;
    QString m_failure;
    bool m_measuring = false; // a round was released in this run
};

} // namespace hvbench
