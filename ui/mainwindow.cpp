// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "model/presets.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"
#include "pages/comparepage.h"
#include "pages/hostspage.h"
#include "pages/matrixpage.h"
#include "pages/resultspage.h"
#include "pages/runpage.h"
#include "pages/specspage.h"
#include "recentfilesmenu.h"
#include "run/runner.h"
#include "settings/appsettings.h"
#include "settings/hostprofiles.h"
#include "theme.h"
#include "virt/connectionmanager.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace hvbench {

namespace {
QString sessionFilter()
{
    return MainWindow::tr("hvbench sessions (*.hvbench *.json);;All files (*)");
}
} // namespace

MainWindow::MainWindow(SessionDocument *doc, Runner *runner, WorkbenchServices services, QWidget *parent)
    : QMainWindow(parent), m_doc(doc), m_runner(runner), m_services(services), m_settings(services.app),
      m_results(new ResultsModel(doc, this)), m_loss(new LossTableModel(doc, this)), m_tabs(new QTabWidget(this))
{
    ensureServices();
    m_hostsPage = new HostsPage(m_services.connections, m_services.hosts, m_services.keychain, doc);
    m_specsPage = new SpecsPage(doc);
    m_matrixPage = new MatrixPage(doc);
    m_runPage = new RunPage(doc, runner);
    m_resultsPage = new ResultsPage(doc, m_results, m_loss, new BenchTableModel(doc, this));
    m_comparePage = new ComparePage;
    m_comparePage->setCurrentSession(doc);
    // What the session's host can do reaches the pages that check specs and plan the matrix:
    // from the Hosts page (a connected host) and from each run (the runner probes its host).
    auto applyHost = [this](const virt::HostInfo &info) {
        m_specsPage->setHostInfo(info);
        m_matrixPage->setHostInfo(info);
    };
    connect(m_hostsPage, &HostsPage::sessionHostInfoChanged, this, applyHost);
    connect(runner, &Runner::hostReady, this, applyHost);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->addTab(m_hostsPage, tr("Hosts"));
    m_tabs->addTab(m_specsPage, tr("VM specs"));
    m_tabs->addTab(m_matrixPage, tr("Matrix"));
    m_tabs->addTab(m_runPage, tr("Run"));
    m_tabs->addTab(m_resultsPage, tr("Results"));
    m_tabs->addTab(m_comparePage, tr("Compare"));
    const QString tips[] = {tr("Saved libvirt hosts, their state and what they can run"),
                            tr("The VM specs of this session, checked against its host"),
                            tr("Benchmarks × VM counts × repeats, with the exact commands and an estimate"),
                            tr("Progress, live charts and the log of the run"),
                            tr("The paper's figures and Table I for this session, and exports"),
                            tr("This session beside others and the paper's published figures")};
    for (int i = 0; i < PageCount; ++i)
        m_tabs->setTabToolTip(i, tips[i]);
    setCentralWidget(m_tabs);
    setAcceptDrops(true);
    createMenus();
    resize(1280, 820);

    connect(doc, &SessionDocument::sessionReset, this, &MainWindow::updateTitle);
    connect(doc, &SessionDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(doc, &SessionDocument::modifiedChanged, this, &QWidget::setWindowModified);
    // When a run completes, show what it measured.
    connect(runner, &Runner::finished, this, [this] { showPage(Results); });
    updateTitle();

    if (m_settings) {
        restoreGeometry(m_settings->windowGeometry());
        restoreState(m_settings->windowState());
        if (const int page = m_settings->lastPage(); page >= 0 && page < PageCount)
            showPage(page);
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) { m_settings->setLastPage(i); });
    }
}

MainWindow::~MainWindow()
{
    delete m_tabs; // the pages go before the services this window may own
}

void MainWindow::ensureServices()
{
    if (!m_services.hosts) {
        m_ownSettings = std::make_unique<QSettings>();
        m_ownHosts = std::make_unique<settings::HostProfiles>(*m_ownSettings);
        m_services.hosts = m_ownHosts.get();
    }
    if (!m_services.connections)
        m_services.connections = new virt::ConnectionManager(nullptr, this);
}

void MainWindow::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
}

int MainWindow::currentPage() const
{
    return m_tabs->currentIndex();
}

void MainWindow::startRun()
{
    showPage(Run);
    m_runPage->start();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New (demo)"), this, &MainWindow::newSession);
    a->setShortcut(QKeySequence::New);
    QMenu *fromPreset = file->addMenu(tr("New from &preset"));
    const QList<Preset> all = presets();
    for (const Preset &p : all) {
        QAction *pa = fromPreset->addAction(p.name);
        pa->setToolTip(p.description);
        pa->setStatusTip(p.description);
        connect(pa, &QAction::triggered, this, [this, id = p.id] { newFromPreset(id); });
    }
    fromPreset->setToolTipsVisible(true);
    a = file->addAction(tr("&Open…"), this, &MainWindow::openSession);
    a->setShortcut(QKeySequence::Open);
    if (m_settings) {
        m_recent = new RecentFilesMenu(m_settings, this);
        connect(m_recent, &RecentFilesMenu::openRequested, this, &MainWindow::openFileAsking);
        file->addMenu(m_recent);
    }
    a = file->addAction(tr("&Save"), this, &MainWindow::saveSession);
    a->setShortcut(QKeySequence::Save);
    a = file->addAction(tr("Save &As…"), this, &MainWindow::saveSessionAs);
    a->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);

    createViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a = help->addAction(tr("&About hvbench"), this, [this] {
        QMessageBox::about(this, tr("About hvbench"),
                           tr("<h3>hvbench %1</h3><p>Measures what a hypervisor costs: CPU, network and disk "
                              "benchmarks on bare metal and in concurrent VMs, with the % loss against bare "
                              "metal.</p><p>Reproduces and extends Chierici, Veraldi and Salomoni, <i>Measuring "
                              "performances of linux hypervisors</i> (2009).</p><p>GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    a->setMenuRole(QAction::AboutRole);
    a = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    a->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *a = view->addAction(m_tabs->tabText(i).replace(QLatin1String("&&"), QLatin1String("&")));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    if (!m_settings)
        return;
    view->addSeparator();
    QMenu *scheme = view->addMenu(tr("&Colour scheme"));
    auto *group = new QActionGroup(scheme);
    const std::pair<settings::ColorScheme, QString> schemes[] = {
        {settings::ColorScheme::System, tr("&System")},
        {settings::ColorScheme::Light, tr("&Light")},
        {settings::ColorScheme::Dark, tr("&Dark")},
    };
    for (const auto &[value, label] : schemes) {
        QAction *a = scheme->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_settings->colorScheme() == value);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, value] {
            m_settings->setColorScheme(value);
            applyColorScheme(value);
        });
    }
}

void MainWindow::updateTitle()
{
    const QString file = m_doc->path().isEmpty() ? tr("unsaved") : QFileInfo(m_doc->path()).fileName();
    setWindowTitle(tr("%1 (%2)[*] — hvbench").arg(m_doc->session().name, file));
    setWindowModified(m_doc->isModified());
}

bool MainWindow::refuseWhileRunning()
{
    if (!m_runner->isRunning())
        return false;
    QMessageBox::information(this, tr("Run in progress"), tr("A run is in progress. Cancel it on the Run page first."));
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Unsaved changes"),
                              tr("The session \"%1\" has unsaved changes. Save them?").arg(m_doc->session().name),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveSession();
    return answer == QMessageBox::Discard;
}

void MainWindow::newSession()
{
    newFromPreset(QStringLiteral("demo"));
}

void MainWindow::newFromPreset(const QString &presetId)
{
    if (refuseWhileRunning() || !maybeSave())
        return;
    auto s = makePreset(presetId);
    if (!s) {
        QMessageBox::warning(this, tr("Cannot create the session"), s.errorMessage());
        return;
    }
    m_doc->reset(std::move(s).value());
    showPage(Matrix);
}

QString MainWindow::dialogFolder() const
{
    if (!m_doc->path().isEmpty())
        return QFileInfo(m_doc->path()).absolutePath();
    return m_settings ? m_settings->lastFolder() : QString();
}

void MainWindow::remember(const QString &path)
{
    if (!m_settings)
        return;
    m_settings->addRecentFile(path);
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
}

void MainWindow::openSession()
{
    if (refuseWhileRunning() || !maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), dialogFolder(), sessionFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFileAsking(const QString &path)
{
    if (refuseWhileRunning() || !maybeSave())
        return false;
    return openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const Status st = m_doc->open(path);
    if (!st) {
        QMessageBox::warning(this, tr("Cannot open session"), st.errorMessage());
        return false;
    }
    remember(path);
    showPage(m_doc->session().results.isEmpty() ? Matrix : Results);
    statusBar()->showMessage(tr("Opened %1 (%n result(s))", nullptr, int(m_doc->session().results.size()))
                                 .arg(QDir::toNativeSeparators(path)),
                             10'000);
    return true;
}

bool MainWindow::saveSession()
{
    if (m_doc->path().isEmpty())
        return saveSessionAs();
    const Status st = m_doc->save(m_doc->path());
    if (!st)
        QMessageBox::warning(this, tr("Cannot save session"), st.errorMessage());
    else
        remember(m_doc->path());
    return st.ok();
}

bool MainWindow::saveSessionAs()
{
    QString suggested = m_doc->path();
    if (suggested.isEmpty())
        suggested = QDir(dialogFolder()).filePath(m_doc->session().name + QStringLiteral(".hvbench"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save session as"), suggested, sessionFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hvbench");
    const Status st = m_doc->save(path);
    if (!st)
        QMessageBox::warning(this, tr("Cannot save session"), st.errorMessage());
    else
        remember(path);
    return st.ok();
}

QStringList MainWindow::sessionFilesIn(const QList<QUrl> &urls)
{
    QStringList out;
    for (const QUrl &u : urls) {
        if (!u.isLocalFile())
            continue;
        const QFileInfo fi(u.toLocalFile());
        const QString suffix = fi.suffix().toLower();
        if (fi.isFile() && (suffix == QLatin1String("hvbench") || suffix == QLatin1String("json")))
            out.append(fi.absoluteFilePath());
    }
    return out;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !sessionFilesIn(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = sessionFilesIn(event->mimeData()->urls());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (files.size() > 1)
        statusBar()->showMessage(tr("One session at a time: opening %1").arg(QFileInfo(files.first()).fileName()),
                                 10'000);
    openFileAsking(files.first());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner->isRunning()) {
        const auto answer =
            QMessageBox::question(this, tr("Run in progress"), tr("A run is in progress. Cancel it and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runner->cancel();
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
    }
    event->accept();
}

} // namespace hvbench
