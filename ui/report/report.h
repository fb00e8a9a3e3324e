// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session report: the charts, the tables, the host manifest, the specs, the exact command
// lines, skipped cells and each domain's XML (core/io/reporthtml.h writes the text).
//  - HTML: one self-contained file, charts inline as SVG.
//  - PDF: A4 portrait; the text laid out by QTextDocument, the charts drawn as vectors.
#include "charts/chartexport.h"

#include <QByteArray>
#include <QSize>

namespace hvbench {
struct Session;

QByteArray htmlReport(const Session &s, const QList<ChartEntry> &charts, const QList<io::ReportTable> &tables,
                      QSize chartSize = {1200, 800});
Result<QByteArray> pdfReport(const Session &s, const QList<ChartEntry> &charts, const QList<io::ReportTable> &tables,
                             QSize chartSize = {1200, 800});

} // namespace hvbench
