// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window only assembles: the pages, the File menu and the window title.  The session
// document and the runner are owned by main(); the models the pages read are children here.
#include <QMainWindow>

class QTabWidget;

namespace hvbench {
class SessionDocument;
class Runner;
class ResultsModel;
class LossTableModel;
class HostSpecPage;
class RunPage;
class ResultsPage;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(SessionDocument *doc, Runner *runner, QWidget *parent = nullptr);

    HostSpecPage *hostSpecPage() const { return m_hostSpec; }
    RunPage *runPage() const { return m_runPage; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    ResultsModel *resultsModel() const { return m_results; }
    LossTableModel *lossTableModel() const { return m_loss; }
    void showPage(int index); // 0 host & spec, 1 run, 2 results
    void startRun();          // shows the Run page and starts, as the Run button does

    // File actions (also reachable from the menu).  Each asks about unsaved changes first.
    void newSession();
    void openSession();
    bool saveSession();
    bool saveSessionAs();
    bool openFile(const QString &path); // no prompt; shows errors in a message box

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    bool maybeSave();      // false = the user cancelled
    bool refuseWhileRunning();

    SessionDocument *m_doc;
    Runner *m_runner;
    ResultsModel *m_results;
    LossTableModel *m_loss;
    QTabWidget *m_tabs;
    HostSpecPage *m_hostSpec;
    RunPage *m_runPage;
    ResultsPage *m_resultsPage;
};

} // namespace hvbench
