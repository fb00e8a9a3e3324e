// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/resultspage.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "charts/chartexport.h"
#include "charts/chartview.h"
#include "charts/figurelistmodel.h"
#include "charts/figureset.h"
#include "dialogs/exportdialog.h"
#include "io/csvexport.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"
#include "settings/exportsettings.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
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
    : QWidget(parent), m_doc(doc), m_results(results), m_loss(loss),
      m_figures(new FigureSet(doc, results, loss, bench, this)), m_figureModel(new FigureListModel(m_figures, this)),
      m_figureList(new QListView), m_charts(new QStackedWidget),
      m_lossTable(makeTable(loss, tr("Table I: loss versus bare metal"), false)),
      m_resultsTable(makeTable(results, tr("Raw results"), true)),
      m_benchTable(makeTable(bench, tr("Benchmarks: loss versus bare metal"), false)), m_status(new QLabel),
      m_settings(new QSettings(this))
{
    auto *chartButton = new QPushButton(tr("Export &chart…"));
    chartButton->setAccessibleName(tr("Export chart"));
    chartButton->setToolTip(tr("Write the selected figure as PNG or SVG, at the size and DPI you choose"));
    connect(chartButton, &QPushButton::clicked, this, &ResultsPage::exportCurrentChart);

    auto *csvButton = new QPushButton(tr("Export &CSV…"));
    csvButton->setAccessibleName(tr("Export CSV"));
    auto *csvMenu = new QMenu(csvButton);
    connect(csvMenu->addAction(tr("Raw results (every guest run)…")), &QAction::triggered, this,
            [this] { exportCsv(false); });
    connect(csvMenu->addAction(tr("Table I (loss table)…")), &QAction::triggered, this, [this] { exportCsv(true); });
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

    for (const Figure &f : m_figures->figures())
        m_charts->addWidget(f.view);
    m_figureList->setModel(m_figureModel);
    m_figureList->setAccessibleName(tr("Figures"));
    m_figureList->setWordWrap(true);
    m_figureList->setSpacing(2);
    m_figureList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figureList->setMinimumWidth(180);
    connect(m_figureList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFigure(current.row()); });
    connect(m_figures, &FigureSet::figureChanged, this, &ResultsPage::followData);

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_figureList);
    top->addWidget(m_charts);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 4);
    top->setSizes({240, 900}); // proportions; the splitter scales them to the real width
    auto *tables = new QTabWidget;
    tables->addTab(m_lossTable, tr("Table I — PI % loss vs bare metal"));
    tables->addTab(m_benchTable, tr("Benchmarks — % loss, 95 % CI, Jain"));
    tables->addTab(m_resultsTable, tr("Raw results"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 260});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    // Start on the first figure that has something to show.
    int first = 0;
    for (int i = 0; i < m_figures->figures().size(); ++i)
        if (m_figures->figures().at(i).hasData()) {
            first = i;
            break;
        }
    m_figureList->setCurrentIndex(m_figureModel->index(first));
}

ChartView *ResultsPage::currentChart() const
{
    return qobject_cast<ChartView *>(m_charts->currentWidget());
}

QString ResultsPage::currentFigureId() const
{
    const int i = m_charts->currentIndex();
    return i >= 0 && i < m_figures->figures().size() ? m_figures->figures().at(i).id : QString();
}

bool ResultsPage::selectFigure(const QString &id)
{
    const int i = m_figures->indexOf(id);
    if (i < 0)
        return false;
    m_figureList->setCurrentIndex(m_figureModel->index(i));
    return true;
}

CyclesChart *ResultsPage::cyclesChart() const
{
    return m_figures->cyclesChart();
}

LossChart *ResultsPage::lossChart() const
{
    return m_figures->lossChart();
}

void ResultsPage::showFigure(int index)
{
    if (index >= 0 && index < m_charts->count())
        m_charts->setCurrentIndex(index);
}

void ResultsPage::followData(int changedIndex)
{
    // While the figure on screen has nothing to plot, show the first one that got data.
    const QList<Figure> &all = m_figures->figures();
    const int current = m_charts->currentIndex();
    if (current >= 0 && current < all.size() && all.at(current).hasData())
        return;
    if (changedIndex >= 0 && changedIndex < all.size() && all.at(changedIndex).hasData())
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).hasData()) {
                m_figureList->setCurrentIndex(m_figureModel->index(i));
                return;
            }
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

void ResultsPage::exportCurrentChart()
{
    if (ChartView *chart = currentChart())
        exportChart(chart, currentFigureId());
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
