// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/sessioncharts.h"
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "charts/chartimage.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
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
      m_bench(std::make_unique<BenchTableModel>(&doc)), m_cycles(std::make_unique<CyclesChart>(m_results.get())),
      m_lossChart(std::make_unique<LossChart>(m_loss.get()))
{
    const QString caveat = doc.session().emulationCaveat();
    m_cycles->setCaveat(caveat);
    m_lossChart->setCaveat(caveat);
}

SessionCharts::~SessionCharts() = default;

QList<ChartEntry> SessionCharts::charts() const
{
    return {{QStringLiteral("pi-cycles"), Tr::tr("PI: CPU cycles per guest (Fig. 4–6)"), m_cycles.get()},
            {QStringLiteral("pi-loss"), Tr::tr("PI: % loss vs bare metal (Table I)"), m_lossChart.get()}};
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
