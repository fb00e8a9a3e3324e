// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/runpage.h"
#include "charts/livechart.h"
#include "model/sessiondocument.h"
#include "run/cellprogressmodel.h"
#include "run/livefeed.h"
#include "run/runner.h"
#include "run/vmphasemodel.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace hvbench {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *t = new QTableView;
    t->setModel(model);
    t->setAccessibleName(name);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setWordWrap(false);
    return t;
}

QPushButton *makeButton(const QString &text, const QString &accessible, const QKeySequence &key, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setAccessibleName(accessible);
    b->setShortcut(key);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return b;
}
} // namespace

RunPage::RunPage(SessionDocument *doc, Runner *runner, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_runner(runner), m_cells(new CellProgressModel(this)),
      m_vms(new VmPhaseModel(this)), m_feed(new LiveFeed(runner, doc, this)), m_plan(new QLabel),
      m_run(makeButton(tr("&Run"), tr("Run"), QKeySequence(Qt::CTRL | Qt::Key_R),
                       tr("Run the whole matrix; results recorded so far in this session are replaced"))),
      m_continue(makeButton(tr("Resume run"), tr("Resume interrupted run"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            tr("Continue the run that was cancelled or stopped: what it measured is kept and not "
                               "measured again"))),
      m_pause(makeButton(tr("&Pause"), tr("Pause run"), QKeySequence(Qt::CTRL | Qt::Key_P),
                         tr("Pause after the running benchmark step (never mid-measurement)"))),
      m_unpause(makeButton(tr("Resu&me"), tr("Resume paused run"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           tr("Continue the paused run"))),
      m_cancel(makeButton(tr("&Cancel"), tr("Cancel run"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                          tr("Stop the run; results recorded so far are kept"))),
      m_progress(new QProgressBar), m_eta(new QLabel), m_step(new QLabel), m_banner(new QLabel),
      m_cellView(makeTable(m_cells, tr("Cell progress"))), m_vmView(makeTable(m_vms, tr("Virtual machines"))),
      m_log(new QPlainTextEdit), m_copyLog(new QPushButton(tr("Cop&y log"))),
      m_saveLog(new QPushButton(tr("&Save log …")))
{
    m_plan->setWordWrap(true);
    m_plan->setAccessibleName(tr("Run plan"));
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m guest runs"));
    m_eta->setAccessibleName(tr("Time left"));
    m_step->setAccessibleName(tr("Current step"));
    m_step->setText(tr("Idle"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Warning"));
    m_banner->hide();
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Run log"));
    m_log->setMaximumBlockCount(20000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_log->setFont(mono);
    m_copyLog->setAccessibleName(tr("Copy log"));
    m_saveLog->setAccessibleName(tr("Save log"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_run, m_continue, m_pause, m_unpause, m_cancel})
        buttons->addWidget(b);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_eta);

    auto *tables = new QSplitter(Qt::Horizontal);
    tables->addWidget(m_cellView);
    tables->addWidget(m_vmView);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);

    auto *logPane = new QWidget;
    auto *logButtons = new QHBoxLayout;
    logButtons->addStretch(1);
    logButtons->addWidget(m_copyLog);
    logButtons->addWidget(m_saveLog);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_log, 1);
    logLayout->addLayout(logButtons);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tables);
    split->addWidget(buildCharts());
    split->addWidget(logPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addLayout(buttons);
    layout->addWidget(m_step);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &RunPage::confirmAndStart);
    connect(m_continue, &QPushButton::clicked, this, &RunPage::resumeRun);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_runner->pause();
        if (m_runner->isPauseRequested())
            m_step->setText(tr("Pausing after the running step …"));
        updateState();
    });
    connect(m_unpause, &QPushButton::clicked, runner, &Runner::resume);
    connect(m_cancel, &QPushButton::clicked, runner, &Runner::cancel);
    connect(m_copyLog, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_log->toPlainText()); });
    connect(m_saveLog, &QPushButton::clicked, this, &RunPage::chooseLogFile);

    connect(runner, &Runner::log, this, &RunPage::appendLog);
    connect(runner, &Runner::cellsChanged, m_cells, &CellProgressModel::setCells);
    connect(runner, &Runner::vmPhaseChanged, m_vms, &VmPhaseModel::setPhase);
    connect(runner, &Runner::pausedChanged, this, [this](bool paused) {
        m_step->setText(paused ? tr("Paused") : tr("Running …"));
        updateState();
    });
    connect(runner, &Runner::stepsProgress, this, [this](int done, int total, qint64 msLeft) {
        if (msLeft < 0)
            m_eta->setText(tr("%1 / %2 steps, time left: estimating …").arg(done).arg(total));
        else
            m_eta->setText(tr("%1 / %2 steps, about %3 left").arg(done).arg(total).arg(formatDuration(msLeft)));
    });
    connect(runner, &Runner::warning, this, [this](const QString &w) {
        showBanner(w, false);
        appendLog(tr("warning: %1").arg(w));
    });
    connect(runner, &Runner::failed, this, [this](const QString &m) {
        showBanner(tr("The run stopped: %1").arg(m), true);
        appendLog(tr("failed: %1").arg(m));
        m_step->setText(tr("Stopped"));
        m_eta->clear();
        updateState();
    });
    connect(runner, &Runner::finished, this, [this] {
        appendLog(tr("Run finished."));
        m_step->setText(tr("Finished"));
        updateState();
    });
    connect(runner, &Runner::progress, this, [this](int done, int total, const QString &what) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        if (!m_runner->isPaused())
            m_step->setText(what);
        updateState();
    });
    connect(doc, &SessionDocument::resultAdded, this, [this](int index) {
        const RunResult &r = m_doc->session().results.at(index);
        const QLocale loc;
        const QString cell = r.vmCount == 0 ? tr("bare metal") : tr("%1 ×%2").arg(r.config).arg(r.vmCount);
        appendLog(tr("result: %1, round %2, guest %3: %4 cycles, %5 ms wall")
                      .arg(cell, QString::number(r.repeat + 1), QString::number(r.guest + 1), loc.toString(r.cycles),
                           loc.toString(double(r.wallNs) / 1e6, 'f', 1)));
        updateState();
    });
    connect(doc, &SessionDocument::sessionReset, this, [this] {
        if (!m_runner->isRunning()) { // another session: the last run's tables and charts go
            m_cells->clear();
            m_vms->clear();
            m_feed->restart();
            m_eta->clear();
        }
        updatePlan();
        updateState();
    });
    connect(doc, &SessionDocument::resultsCleared, this, &RunPage::updateState);
    connect(doc, &SessionDocument::settingsChanged, this, &RunPage::updatePlan);
    updatePlan();
    updateState();
}

QWidget *RunPage::buildCharts()
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    m_charts = {new LiveChart(m_feed->throughput(), tr("Network throughput per guest"), tr("Mbit/s (rx + tx)"),
                              tr("Throughput appears while iperf3 runs")),
                new LiveChart(m_feed->cycles(), tr("PI cycles per guest"), tr("10⁶ cycles"),
                              tr("PI results appear here as they arrive")),
                new LiveChart(m_feed->steal(), tr("Steal per result"), tr("steal ticks"),
                              tr("Steal ticks of each PI result appear here"))};
    for (LiveChart *c : std::as_const(m_charts))
        l->addWidget(c, 1);
    return w;
}

QString RunPage::etaText() const
{
    return m_eta->text();
}

QString RunPage::formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 500) / 1000);
    if (s >= 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(s);
}

void RunPage::confirmAndStart()
{
    const Session &s = m_doc->session();
    const auto n = s.results.size();
    if (n > 0 && Runner::hasUnfinishedRun(s)) {
        QMessageBox box(QMessageBox::Question, tr("Resume the interrupted run?"),
                        tr("This session holds %n result(s) of a run that did not finish. Resume it (nothing "
                           "measured is measured again), or run again from scratch (replaces them in the open "
                           "session; a saved file keeps them until you save)?",
                           nullptr, int(n)),
                        QMessageBox::Cancel, this);
        QPushButton *resume = box.addButton(tr("Resume"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(tr("Run again from scratch"), QMessageBox::DestructiveRole);
        box.setDefaultButton(resume);
        box.exec();
        if (box.clickedButton() == resume)
            resumeRun();
        else if (box.clickedButton() == fresh)
            start();
        return;
    }
    if (n > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Run again?"),
            tr("This session already holds %n result(s). Running again replaces them in the open session "
               "(a saved file keeps them until you save).",
               nullptr, int(n)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    start();
}

void RunPage::start()
{
    beginRun(false);
}

void RunPage::resumeRun()
{
    beginRun(true);
}

void RunPage::beginRun(bool resume)
{
    if (m_runner->isRunning())
        return;
    m_banner->hide();
    appendLog((resume ? tr("— Run resumed at %1 —") : tr("— Run started at %1 —"))
                  .arg(QTime::currentTime().toString(Qt::ISODate)));
    m_step->setText(tr("Starting …"));
    m_eta->clear();
    m_progress->setValue(0);
    m_vms->clear();
    m_feed->restart();
    if (resume)
        m_runner->start(); // continues the unfinished run
    else
        m_runner->startFresh();
    updateState();
}

void RunPage::updateState()
{
    const bool running = m_runner->isRunning();
    const bool paused = m_runner->isPaused();
    m_run->setEnabled(!running);
    m_continue->setEnabled(!running && Runner::hasUnfinishedRun(m_doc->session()));
    m_pause->setEnabled(running && !paused && !m_runner->isPauseRequested());
    m_unpause->setEnabled(running && (paused || m_runner->isPauseRequested()));
    m_cancel->setEnabled(running);
}

void RunPage::updatePlan()
{
    const Session &s = m_doc->session();
    const QList<Cell> cells = s.cells();
    QStringList names;
    for (const Cell &c : cells)
        names.append(c.isBaseline() ? tr("bare metal") : tr("%1 ×%2").arg(c.config).arg(c.vmCount));
    if (!m_runner->isRunning()) {
        m_progress->setRange(0, std::max(1, s.plannedRuns()));
        m_progress->setValue(std::min(int(s.results.size()), s.plannedRuns()));
    }
    m_plan->setText(
        tr("<b>%1</b><br>Cells: %2 — %n round(s) each, host %3", nullptr, s.matrix.repeats)
            .arg(s.name.toHtmlEscaped(), names.join(QStringLiteral(", ")).toHtmlEscaped(), s.hostUri.toHtmlEscaped()));
}

void RunPage::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error
            ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e57373; padding: 6px; }")
            : QStringLiteral(
                  "QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #ffb74d; padding: 6px; }"));
    m_banner->show();
}

void RunPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void RunPage::chooseLogFile()
{
    auto *dlg = new QFileDialog(this, tr("Save the run log"), QString(), tr("Text files (*.txt *.log)"));
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(QStringLiteral("log"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (auto st = saveLog(path); !st)
            showBanner(st.errorMessage(), true);
    });
    dlg->open();
}

Status RunPage::saveLog(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{tr("The log could not be written to %1: %2").arg(path, f.errorString())};
    f.write(m_log->toPlainText().toUtf8());
    f.write("\n");
    if (!f.commit())
        return Error{tr("The log could not be written to %1: %2").arg(path, f.errorString())};
    return Ok{};
}

} // namespace hvbench
