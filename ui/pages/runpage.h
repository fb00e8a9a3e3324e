// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Run": what the matrix will do; Run / Resume an interrupted run / Pause / Resume / Cancel;
// overall progress with the time left; where each cell and each VM stands; live charts
// (throughput, PI cycles, steal); warnings and the runner's log (copy, save).
// Holds no data: it shows the runner's models (CellProgressModel, VmPhaseModel, LiveFeed).
#include "util/result.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hvbench {
class SessionDocument;
class Runner;
class CellProgressModel;
class VmPhaseModel;
class LiveFeed;
class LiveChart;

class RunPage final : public QWidget {
    Q_OBJECT
public:
    RunPage(SessionDocument *doc, Runner *runner, QWidget *parent = nullptr);

    QPushButton *runButton() const { return m_run; }
    QPushButton *resumeRunButton() const { return m_continue; } // continues an interrupted run
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *unpauseButton() const { return m_unpause; }
    QPushButton *cancelButton() const { return m_cancel; }
    CellProgressModel *cellModel() const { return m_cells; }
    VmPhaseModel *vmModel() const { return m_vms; }
    LiveFeed *liveFeed() const { return m_feed; }
    QString etaText() const;

    void start();           // runs the matrix from scratch (the session's results are replaced)
    void resumeRun();       // continues the session's interrupted run
    void confirmAndStart(); // what the Run button does: asks before replacing results the session holds
    Status saveLog(const QString &path) const;

    static QString formatDuration(qint64 ms); // "1 h 05 min", "3 min 07 s", "12 s"

private:
    void beginRun(bool resume);
    void updateState();
    void updatePlan();
    void showBanner(const QString &text, bool error);
    void appendLog(const QString &line);
    void chooseLogFile();
    QWidget *buildCharts();

    SessionDocument *m_doc;
    Runner *m_runner;
    CellProgressModel *m_cells;
    VmPhaseModel *m_vms;
    LiveFeed *m_feed;
    QLabel *m_plan;
    QPushButton *m_run;
    QPushButton *m_continue;
    QPushButton *m_pause;
    QPushButton *m_unpause;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QLabel *m_step;
    QLabel *m_banner;
    QTableView *m_cellView;
    QTableView *m_vmView;
    QPlainTextEdit *m_log;
    QPushButton *m_copyLog;
    QPushButton *m_saveLog;
    QList<LiveChart *> m_charts;
};

} // namespace hvbench
