// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Results": Fig. 4–6 and Table I charts, the Table I grid, every raw run, and exports.
#include <QWidget>

class QChartView;
class QLabel;
class QSettings;
class QTableView;

namespace hvbench {
class SessionDocument;
class ResultsModel;
class LossTableModel;
class BenchTableModel;
class CyclesChart;
class LossChart;
class ExportDialog;

class ResultsPage final : public QWidget {
    Q_OBJECT
public:
    ResultsPage(SessionDocument *doc, ResultsModel *results, LossTableModel *loss, BenchTableModel *bench,
                QWidget *parent = nullptr);

    CyclesChart *cyclesChart() const { return m_cyclesChart; }
    LossChart *lossChart() const { return m_lossChart; }
    QTableView *lossTable() const { return m_lossTable; }
    QTableView *resultsTable() const { return m_resultsTable; }
    QTableView *benchTable() const { return m_benchTable; }
    // Opens the export dialog for one chart (open(), deleted on close); `stem` names the file.
    ExportDialog *exportChart(QChartView *chart, const QString &stem);

private:
    void exportCsv(bool lossTable);
    void exportAll();
    void report(bool ok, const QString &what, const QString &error);

    SessionDocument *m_doc;
    ResultsModel *m_results;
    LossTableModel *m_loss;
    CyclesChart *m_cyclesChart;
    LossChart *m_lossChart;
    QTableView *m_lossTable;
    QTableView *m_resultsTable;
    QTableView *m_benchTable;
    QLabel *m_status;
    QSettings *m_settings; // the export dialog's remembered choices
};

} // namespace hvbench
