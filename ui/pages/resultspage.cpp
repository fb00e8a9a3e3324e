// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/resultspage.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "charts/chartexport.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "dialogs/exportdialog.h"
#include "io/csvexport.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hvbench {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, bool stretchLast)
{
    auto *t = new QTableView;
    t->setModel(model);
    t->setAccessibleName(name);
    t->setAlternatingRowColors(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(stretchLast);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}
} // namespace

ResultsPage::ResultsPage(SessionDocument *doc, ResultsModel *results, LossTableModel *loss, BenchTableModel *bench,
                         QWidget *parent)
    : QWidget(parent), m_doc(doc), m_results(results), m_loss(loss), m_cyclesChart(new CyclesChart(results)),
      m_lossChart(new LossChart(loss)), m_lossTable(makeTable(loss, tr("Table I: loss versus bare metal"), false)),
      m_resultsTable(makeTable(results, tr("Raw results"), true)),
      m_benchTable(makeTable(bench, tr("Benchmarks: loss versus bare metal"), false)), m_status(new QLabel),
      m_settings(new QSettings(this))
{
    auto updateCaveat = [this] {
        const QString caveat = m_doc->session().emulationCaveat();
        m_cyclesChart->setCaveat(caveat);
        m_lossChart->setCaveat(caveat);
    };
    connect(doc, &SessionDocument::sessionReset, this, updateCaveat);
    connect(doc, &SessionDocument::resultAdded, this, updateCaveat);
    updateCaveat();

    auto *chartButton = new QPushButton(tr("Export &chart…"));
    chartButton->setAccessibleName(tr("Export chart"));
    auto *chartMenu = new QMenu(chartButton);
    connect(chartMenu->addAction(tr("PI cycles per guest (Fig. 4–6)…")), &QAction::triggered, this,
            [this] { exportChart(m_cyclesChart, QStringLiteral("pi-cycles")); });
    connect(chartMenu->addAction(tr("% loss vs bare metal (Table I)…")),
            &QAction::triggered, this, [this] { exportChart(m_lossChart, QStringLiteral("pi-loss")); });
    chartButton->setMenu(chartMenu);

    auto *csvButton = new QPushButton(tr("Export &CSV…"));
    csvButton->setAccessibleName(tr("Export CSV"));
    auto *csvMenu = new QMenu(csvButton);
    connect(csvMenu->addAction(tr("Raw results (every guest run)…")), &QAction::triggered, this,
            [this] { exportCsv(false); });
    connect(csvMenu->addAction(tr("Table I (loss table)…")), &QAction::triggered, this,
            [this] { exportCsv(true); });
    csvButton->setMenu(csvMenu);

    auto *allButton = new QPushButton(tr("Export &all…"));
    allButton->setAccessibleName(tr("Export all"));
    allButton->setToolTip(tr("Write every chart as PNG and SVG, every table as CSV and the report (HTML and PDF) "
                             "into a folder"));
    connect(allButton, &QPushButton::clicked, this, &ResultsPage::exportAll);

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(chartButton);
    buttons->addWidget(csvButton);
    buttons->addWidget(allButton);
    buttons->addWidget(m_status, 1);

    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_cyclesChart);
    charts->addWidget(m_lossChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({600, 400}); // proportions; the splitter scales them to the real width
    auto *tables = new QTabWidget;
    tables->addTab(m_lossTable, tr("Table I — % loss vs bare metal"));
    tables->addTab(m_benchTable, tr("Benchmarks — % loss vs bare metal"));
    tables->addTab(m_resultsTable, tr("Raw results"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(charts);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 260});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
}

void ResultsPage::report(bool ok, const QString &what, const QString &error)
{
    if (ok) {
        m_status->setText(tr("Wrote %1").arg(what));
        return;
    }
    m_status->clear();
    QMessageBox::warning(this, tr("Export failed"), error);
}

ExportDialog *ResultsPage::exportChart(QChartView *chart, const QString &stem)
{
    auto *dialog = new ExportDialog(chart, stem, *m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) { report(true, path, {}); });
    dialog->open();
    return dialog;
}

void ResultsPage::exportCsv(bool lossTable)
{
    const QString suggested = lossTable ? QStringLiteral("loss-table.csv") : QStringLiteral("results.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = lossTable ? io::writeCsv(*m_loss, path) : io::writeCsv(*m_results, path);
    report(st.ok(), path, st.errorMessage());
}

void ResultsPage::exportAll()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export charts and tables into folder"));
    if (dir.isEmpty())
        return;
    const settings::ChartExportPrefs prefs = settings::ExportSettings(*m_settings).load();
    io::ExportOptions options;
    options.svg = options.reportHtml = options.reportPdf = true;
    options.size = prefs.size;
    options.dpi = prefs.dpi;
    QStringList written;
    const Status st = exportAllCharts(*m_doc, dir, options, &written);
    report(st.ok(), tr("%1 to %2").arg(written.join(QStringLiteral(", ")), dir), st.errorMessage());
}

} // namespace hvbench
