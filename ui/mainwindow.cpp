// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"
#include "pages/hostspecpage.h"
#include "pages/resultspage.h"
#include "pages/runpage.h"
#include "run/runner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

namespace hvbench {

namespace {
QString sessionFilter()
{
    return MainWindow::tr("hvbench sessions (*.hvbench *.json);;All files (*)");
}
} // namespace

MainWindow::MainWindow(SessionDocument *doc, Runner *runner, QWidget *parent)
    : QMainWindow(parent), m_doc(doc), m_runner(runner), m_results(new ResultsModel(doc, this)),
      m_loss(new LossTableModel(doc, this)), m_tabs(new QTabWidget(this)), m_hostSpec(new HostSpecPage(doc, runner)),
      m_runPage(new RunPage(doc, runner)),
      m_resultsPage(new ResultsPage(doc, m_results, m_loss, new BenchTableModel(doc, this)))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->addTab(m_hostSpec, tr("&1 Host && spec"));
    m_tabs->addTab(m_runPage, tr("&2 Run"));
    m_tabs->addTab(m_resultsPage, tr("&3 Results"));
    setCentralWidget(m_tabs);
    createMenus();
    resize(1280, 820);

    connect(doc, &SessionDocument::sessionReset, this, &MainWindow::updateTitle);
    connect(doc, &SessionDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(doc, &SessionDocument::modifiedChanged, this, &QWidget::setWindowModified);
    // When a run completes, show what it measured.
    connect(runner, &Runner::finished, this, [this] { showPage(2); });
    updateTitle();
}

void MainWindow::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::startRun()
{
    showPage(1);
    m_runPage->start();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New (demo)"), this, &MainWindow::newSession);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open…"), this, &MainWindow::openSession);
    a->setShortcut(QKeySequence::Open);
    a = file->addAction(tr("&Save"), this, &MainWindow::saveSession);
    a->setShortcut(QKeySequence::Save);
    a = file->addAction(tr("Save &As…"), this, &MainWindow::saveSessionAs);
    a->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);
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
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The session \"%1\" has unsaved changes. Save them?").arg(m_doc->session().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveSession();
    return answer == QMessageBox::Discard;
}

void MainWindow::newSession()
{
    if (refuseWhileRunning() || !maybeSave())
        return;
    m_doc->reset(Session::demo());
    showPage(0);
}

void MainWindow::openSession()
{
    if (refuseWhileRunning() || !maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(), sessionFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const Status st = m_doc->open(path);
    if (!st) {
        QMessageBox::warning(this, tr("Cannot open session"), st.errorMessage());
        return false;
    }
    showPage(m_doc->session().results.isEmpty() ? 0 : 2);
    return true;
}

bool MainWindow::saveSession()
{
    if (m_doc->path().isEmpty())
        return saveSessionAs();
    const Status st = m_doc->save(m_doc->path());
    if (!st)
        QMessageBox::warning(this, tr("Cannot save session"), st.errorMessage());
    return st.ok();
}

bool MainWindow::saveSessionAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save session as"), m_doc->path(), sessionFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hvbench");
    const Status st = m_doc->save(path);
    if (!st)
        QMessageBox::warning(this, tr("Cannot save session"), st.errorMessage());
    return st.ok();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Run in progress"),
                                                  tr("A run is in progress. Cancel it and quit?"));
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
    event->accept();
}

} // namespace hvbench
