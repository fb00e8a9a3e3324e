// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window only assembles: the pages, the menus (File, View, Help), the window title,
// drag-and-drop of session files and the remembered window state.  The session document, the
// runner and the services (settings, connections, keychain) are owned by main(); the models
// the pages read are children here.
#include "workbenchservices.h"

#include <QMainWindow>
#include <memory>

class QActionGroup;
class QSettings;
class QTabWidget;

namespace hvbench {
class SessionDocument;
class Runner;
class ResultsModel;
class LossTableModel;
class HostsPage;
class SpecsPage;
class MatrixPage;
class ComparePage;
class RunPage;
class ResultsPage;
class RecentFilesMenu;
namespace settings {
class AppSettings;
}

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The pages in tab order; Ctrl+1… selects them.
    enum Page { Hosts, Specs, Matrix, Run, Results, Compare, PageCount };

    MainWindow(SessionDocument *doc, Runner *runner, WorkbenchServices services = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    HostsPage *hostsPage() const { return m_hostsPage; }
    SpecsPage *specsPage() const { return m_specsPage; }
    MatrixPage *matrixPage() const { return m_matrixPage; }
    ComparePage *comparePage() const { return m_comparePage; }
    RunPage *runPage() const { return m_runPage; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    ResultsModel *resultsModel() const { return m_results; }
    LossTableModel *lossTableModel() const { return m_loss; }
    void showPage(int index);
    int currentPage() const;
    void startRun(); // shows the Run page and starts, as the Run button does

    // File actions (also reachable from the menu).  Each asks about unsaved changes first.
    void newSession();
    void newFromPreset(const QString &presetId);
    void openSession();
    bool saveSession();
    bool saveSessionAs();
    bool openFile(const QString &path); // no prompt; shows errors in a message box
    // Asks about unsaved changes, then opens (drag-and-drop, Open Recent).
    bool openFileAsking(const QString &path);
    // Session files among dropped URLs (local .hvbench / .json files), in order.
    static QStringList sessionFilesIn(const QList<QUrl> &urls);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createViewMenu();
    void updateTitle();
    void remember(const QString &path);
    QString dialogFolder() const;
    bool maybeSave(); // false = the user cancelled
    bool refuseWhileRunning();

    void ensureServices();

    SessionDocument *m_doc;
    Runner *m_runner;
    WorkbenchServices m_services;
    settings::AppSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings; // only when no HostProfiles was given
    std::unique_ptr<settings::HostProfiles> m_ownHosts;
    ResultsModel *m_results;
    LossTableModel *m_loss;
    QTabWidget *m_tabs;
    HostsPage *m_hostsPage;
    SpecsPage *m_specsPage;
    MatrixPage *m_matrixPage;
    RunPage *m_runPage;
    ResultsPage *m_resultsPage;
    ComparePage *m_comparePage;
    RecentFilesMenu *m_recent = nullptr;
};

} // namespace hvbench
