// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charts and tables of one session, built off-screen for exports and the report: the
// models (ResultsModel, LossTableModel, BenchTableModel) and the chart views over them.
// When the figure catalogue grows, its entries go into charts(); exports need nothing else.
#include "charts/chartexport.h"

#include <memory>

namespace hvbench {
class SessionDocument;
class ResultsModel;
class LossTableModel;
class BenchTableModel;
class CyclesChart;
class LossChart;

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
    std::unique_ptr<CyclesChart> m_cycles;
    std::unique_ptr<LossChart> m_lossChart;
};

} // namespace hvbench
