// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/runpage.h"
#include "model/sessiondocument.h"
#include "run/runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QMessageBox>
#include <QTime>
#include <QVBoxLayout>

namespace hvbench {

RunPage::RunPage(SessionDocument *doc, Runner *runner, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_runner(runner), m_plan(new QLabel), m_run(new QPushButton(tr("&Run"))),
      m_cancel(new QPushButton(tr("&Cancel"))), m_progress(new QProgressBar), m_step(new QLabel), m_banner(new QLabel),
      m_log(new QPlainTextEdit)
{
    m_plan->setWordWrap(true);
    m_plan->setAccessibleName(tr("Run plan"));
    m_run->setAccessibleName(tr("Run"));
    m_run->setToolTip(tr("Run the whole matrix; results recorded so far in this session are replaced"));
    m_cancel->setAccessibleName(tr("Cancel run"));
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m guest runs"));
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addLayout(buttons);
    layout->addWidget(m_step);
    layout->addWidget(m_banner);
    layout->addWidget(m_log, 1);

    connect(m_run, &QPushButton::clicked, this, &RunPage::confirmAndStart);
    connect(m_cancel, &QPushButton::clicked, runner, &Runner::cancel);
    connect(runner, &Runner::log, this, &RunPage::appendLog);
    // Per-VM progress: one line per phase change (disk, start, boot, ready, measuring, removed).
    connect(runner, &Runner::vmPhaseChanged, this,
            [this](int, const QString &domain, VmPhase phase, const QString &detail) {
                appendLog(detail.isEmpty() ? tr("%1: %2").arg(domain, vmPhaseName(phase))
                                           : tr("%1: %2 — %3").arg(domain, vmPhaseName(phase), detail));
            });
    connect(runner, &Runner::warning, this, [this](const QString &w) {
        showBanner(w, false);
        appendLog(tr("warning: %1").arg(w));
    });
    connect(runner, &Runner::failed, this, [this](const QString &m) {
        showBanner(tr("The run stopped: %1").arg(m), true);
        appendLog(tr("failed: %1").arg(m));
        m_step->setText(tr("Stopped"));
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
    });
    connect(doc, &SessionDocument::sessionReset, this, &RunPage::updatePlan);
    connect(doc, &SessionDocument::settingsChanged, this, &RunPage::updatePlan);
    updatePlan();
    updateState();
}

void RunPage::confirmAndStart()
{
    const auto n = m_doc->session().results.size();
    if (n > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Run again?"),
            tr("This session already holds %n result(s). Running again replaces them in the open session "
               "(a saved file keeps them until you save).", nullptr, int(n)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    start();
}

void RunPage::start()
{
    m_banner->hide();
    appendLog(tr("— Run started at %1 —").arg(QTime::currentTime().toString(Qt::ISODate)));
    m_step->setText(tr("Starting …"));
    m_progress->setValue(0);
    m_runner->start();
    updateState();
}

void RunPage::updateState()
{
    const bool running = m_runner->isRunning();
    m_run->setEnabled(!running);
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
    m_plan->setText(tr("<b>%1</b><br>Cells: %2 — %n round(s) each, host %3", nullptr, s.matrix.repeats)
                        .arg(s.name.toHtmlEscaped(), names.join(QStringLiteral(", ")).toHtmlEscaped(),
                             s.hostUri.toHtmlEscaped()));
}

void RunPage::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e57373; padding: 6px; }")
                                  : QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #ffb74d; padding: 6px; }"));
    m_banner->show();
}

void RunPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

} // namespace hvbench
