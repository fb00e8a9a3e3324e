// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartimage.h"
#include "model/session.h"
#include "report/report.h"

namespace hvbench {

QByteArray htmlReport(const Session &s, const QList<ChartEntry> &charts, const QList<io::ReportTable> &tables,
                      QSize chartSize)
{
    QList<io::ReportFigure> figures;
    for (const ChartEntry &c : charts)
        figures.append({c.stem, c.title, renderChartSvg(c.view, chartSize, c.title)});
    return io::reportHtmlDocument(s, figures, tables);
}

} // namespace hvbench
