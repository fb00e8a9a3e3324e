// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/sessioncharts.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "charts/chartimage.h"
#include "charts/chartview.h"
#include "charts/figureset.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"

#include <QCoreApplication>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::SessionCharts)
};
} // namespace

SessionCharts::SessionCharts(SessionDocument &doc)
    : m_results(std::make_unique<ResultsModel>(&doc)), m_loss(std::make_unique<LossTableModel>(&doc)),
      m_bench(std::make_unique<BenchTableModel>(&doc)),
      m_figures(std::make_unique<FigureSet>(&doc, m_results.get(), m_loss.get(), m_bench.get()))
{
}

SessionCharts::~SessionCharts() = default;

QList<ChartEntry> SessionCharts::charts() const
{
    QList<ChartEntry> out;
    for (const Figure &f : m_figures->figures())
        if (f.hasData()) // a figure without data would export its placeholder only
            out.append({f.id, f.title, f.view});
    return out;
}

QList<io::ReportTable> SessionCharts::tables() const
{
    QList<io::ReportTable> t{{QStringLiteral("loss-table"), Tr::tr("Table I: PI % loss vs bare metal"), m_loss.get()}};
    if (m_bench->rowCount() > 0)
        t.append({QStringLiteral("benchmarks-loss"), Tr::tr("Benchmarks: % loss vs bare metal"), m_bench.get()});
    t.append({QStringLiteral("results"), Tr::tr("Raw results (every guest run)"), m_results.get()});
    return t;
}

} // namespace hvbench
