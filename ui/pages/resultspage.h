// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Results": the figure list on the left (the paper's Fig. 1–12, Table I, fairness; figures
// without data greyed), the selected chart large on the right, Table I, the benchmarks'
// % loss and every raw run in tabs below, and exports.
#include <QWidget>

class QChartView;
class QLabel;
class QListView;
class QStackedWidget;
class QSettings;
class QTableView;

namespace hvbench {
class SessionDocument;
class ResultsModel;
class LossTableModel;
class BenchTableModel;
class ChartView;
class CyclesChart;
class FigureListModel;
class FigureSet;
class LossChart;
class ExportDialog;

class ResultsPage final : public QWidget {
    Q_OBJECT
public:
    ResultsPage(SessionDocument *doc, ResultsModel *results, LossTableModel *loss, BenchTableModel *bench,
                QWidget *parent = nullptr);

    FigureSet *figureSet() const { return m_figures; }
    QListView *figureList() const { return m_figureList; }
    ChartView *currentChart() const;
    QString currentFigureId() const;
    bool selectFigure(const QString &id); // false for an unknown id
    CyclesChart *cyclesChart() const;
    LossChart *lossChart() const;
    QTableView *lossTable() const { return m_lossTable; }
    QTableView *resultsTable() const { return m_resultsTable; }
    QTableView *benchTable() const { return m_benchTable; }
    // Opens the export dialog for one chart (open(), deleted on close); `stem` names the file.
    ExportDialog *exportChart(QChartView *chart, const QString &stem);

private:
    void showFigure(int index);
    void followData(int changedIndex);
    void exportCurrentChart();
    void exportCsv(bool lossTable);
    void exportAll();
    void report(bool ok, const QString &what, const QString &error);

    SessionDocument *m_doc;
    ResultsModel *m_results;
    LossTableModel *m_loss;
    FigureSet *m_figures;
    FigureListModel *m_figureModel;
    QListView *m_figureList;
    QStackedWidget *m_charts;
    QTableView *m_lossTable;
    QTableView *m_resultsTable;
    QTableView *m_benchTable;
    QLabel *m_status;
    QSettings *m_settings; // the export dialog's remembered choices
};

} // namespace hvbench
