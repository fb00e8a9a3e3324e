// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Run": what the matrix will do, Run / Cancel, progress, warnings and the runner's log.
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace hvbench {
class SessionDocument;
class Runner;

class RunPage final : public QWidget {
    Q_OBJECT
public:
    RunPage(SessionDocument *doc, Runner *runner, QWidget *parent = nullptr);

    QPushButton *runButton() const { return m_run; }
    void start();
    void confirmAndStart(); // asks before replacing results the session already holds // what the Run button does

private:
    void updateState();
    void updatePlan();
    void showBanner(const QString &text, bool error);
    void appendLog(const QString &line);

    SessionDocument *m_doc;
    Runner *m_runner;
    QLabel *m_plan;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_step;
    QLabel *m_banner;
    QPlainTextEdit *m_log;
};

} // namespace hvbench
