// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charts and tables of one session, built off-screen for exports and the report: the
// models (ResultsModel, LossTableModel, BenchTableModel) and every figure of the FigureSet
// (the paper's Fig. 1–12, Table I, fairness) that has data.
#include "charts/chartexport.h"

#include <memory>

namespace hvbench {
class SessionDocument;
class ResultsModel;
class LossTableModel;
class BenchTableModel;
class FigureSet;

class SessionCharts final {
public:
    explicit SessionCharts(SessionDocument &doc);
    ~SessionCharts();
    SessionCharts(const SessionCharts &) = delete;
    SessionCharts &operator=(const SessionCharts &) = delete;

    QList<ChartEntry> charts() const;
    // results, loss-table and (when it has rows) benchmarks-loss.
    QList<io::ReportTable> tables() const;

private:
    std::unique_ptr<ResultsModel> m_results;
    std::unique_ptr<LossTableModel> m_loss;
    std::unique_ptr<BenchTableModel> m_bench;
    std::unique_ptr<FigureSet> m_figures;
};

} // namespace hvbench
