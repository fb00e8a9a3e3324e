// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns what a run reports into the Run page's live samples: network throughput per guest
// (Runner::liveThroughput, received + sent Mbit/s, a guest sends or receives in one iperf3
// direction), PI cycles per guest and steal ticks per result as results arrive.  x is seconds
// since restart() (the start of the run as the page saw it).  Bounded models (LiveSamplesModel).
#include "run/livesamplesmodel.h"

#include <QElapsedTimer>
#include <QObject>

namespace hvbench {
class Runner;
class SessionDocument;
struct RunResult;

class LiveFeed final : public QObject {
    Q_OBJECT
public:
    LiveFeed(Runner *runner, SessionDocument *doc, QObject *parent = nullptr);

    LiveSamplesModel *throughput() { return &m_throughput; } // Mbit/s
    LiveSamplesModel *cycles() { return &m_cycles; }         // 10^6 cycles
    LiveSamplesModel *steal() { return &m_steal; }           // USER_HZ ticks

    void restart(); // a new run (or a resumed one): empty models, clock from zero
    void addResult(const RunResult &r);
    void addThroughput(const QString &who, double rxMbps, double txMbps);

private:
    double seconds() const;
    Runner *m_runner;
    SessionDocument *m_doc;
    QElapsedTimer m_clock;
    LiveSamplesModel m_throughput;
    LiveSamplesModel m_cycles;
    LiveSamplesModel m_steal;
};

} // namespace hvbench
