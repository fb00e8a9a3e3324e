// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One benchmark on one agent (a guest, or bare metal) for one round: the same code path for
// both.  prepare() does what must happen before the barrier (drop the page cache, make and mount
// the file system for bonnie++); run() starts the measured tool and answers finished() with a
// RunResult holding the exact command line, the tool's version, its raw output and the
// unit-named metrics; failed() says why not.  Answers of the agent are fed in with
// onAgentMessage (the runner routes them: one agent, one job at a time).
#include "model/benchmark.h"
#include "model/runresult.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace hvbench {
namespace agent { class AgentClient; }

struct JobContext {
    Benchmark benchmark = Benchmark::Pi;
    BenchmarkSuite suite;
    QString who;               // domain name, or "bare-metal"
    bool bareMetal = false;
    int vcpus = 1;             // copies of the CPU score
    int ramMiB = 0;            // the guest's RAM (bare metal: the guests'): sizes the data sets
    QString dataDevice;        // guest: /dev/vdb …; bare metal: empty
    QString baselineDir;       // bare metal: where fio's file and bonnie++'s folder go
    QString peerAddress;       // iperf3 server (host side of the isolated network)
    int peerPort = 0;
    QString id;                // unique per job: "c3-r1-g0-fio"
    int timeoutMs = 3'600'000; // for the measured step
};

// Shell-quotes argv for the record ("exact command line").
QString commandLine(const QStringList &argv);
// The argv of a job's measured step: what BenchJob runs and the matrix preview shows.
QStringList benchArgv(const JobContext &ctx);
// commandLine(benchArgv(ctx)) as recorded in RunResult::command (the 7-Zip copies noted).
QString jobCommandLine(const JobContext &ctx);

class BenchJob final : public QObject {
    Q_OBJECT
public:
    BenchJob(JobContext ctx, agent::AgentClient *client, QObject *parent = nullptr);

    void prepare();
    void run();
    void onAgentMessage(const QJsonObject &msg);
    const JobContext &context() const { return m_ctx; }
    // The argv of the measured step (for the matrix preview and the record).
    QStringList mainArgv() const;

Q_SIGNALS:
    void prepared();
    void finished(const hvbench::RunResult &result);
    void failed(const QString &message);

private:
    struct Step {
        QStringList argv;
        QString what; // translated, for errors
        int copies = 1;
    };
    QList<Step> prepareSteps() const;
    QList<Step> cleanupSteps() const;
    void nextStep();
    void onStepDone(const QJsonObject &msg);
    void finishMain(const QJsonObject &msg);
    Result<RunResult> measure(const QJsonObject &msg) const;
    QString mountPoint() const;
    QString fioTarget() const;

    enum class Phase { Idle, Preparing, Prepared, Running, CleaningUp, Done };
    JobContext m_ctx;
    agent::AgentClient *m_client;
    Phase m_phase = Phase::Idle;
    QList<Step> m_steps;
    int m_stepIndex = 0;
    RunResult m_result;
    bool m_haveResult = false;
    QString m_failure;
};

} // namespace hvbench
