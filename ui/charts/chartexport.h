// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Export of charts, tables and the report into a folder.  Works without a display
// (QT_QPA_PLATFORM=offscreen) as long as a QApplication exists: the headless CLI uses it.
// Everything is rendered in memory first and then written file by file through QSaveFile, so
// a chart that cannot be rendered leaves nothing behind, and no file is ever half-written.
#include "io/exportoptions.h"
#include "io/reporthtml.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QChartView;
class QWidget;

namespace hvbench {
class SessionDocument;

// One chart of "export all" and of the report: file stem ("pi-cycles"), translated title, view.
struct ChartEntry {
    QString stem;
    QString title;
    QChartView *view = nullptr;
};

// A file to write: its name in the folder and its bytes.
struct ExportFile {
    QString name;
    QByteArray data;
};

// Renders a chart (any hvbench chart view; other widgets are grabbed and scaled) into a PNG of
// exactly `size` pixels at 96 dpi, written atomically.  The on-screen widget keeps its size.
Status exportChartPng(QWidget *chartView, const QString &path, QSize size = {1200, 800});

// stem.png / stem.svg of each chart (per options.png / options.svg), stem.csv of each table
// (options.csv), report.html / report.pdf (options.reportHtml / reportPdf), in memory.
Result<QList<ExportFile>> renderExport(const SessionDocument &doc, const QList<ChartEntry> &charts,
                                       const QList<io::ReportTable> &tables, const io::ExportOptions &options);
// Creates dir and writes the files; the names written are appended to *written.
Status writeExportFiles(const QString &dir, const QList<ExportFile> &files, QStringList *written = nullptr);

// The session's standard charts and tables (sessioncharts.h), exported with `options`.
Status exportAllCharts(SessionDocument &doc, const QString &dir, const io::ExportOptions &options,
                       QStringList *written = nullptr);
// The default: pi-cycles.png, pi-loss.png (1200×800, 96 dpi), results.csv, loss-table.csv and,
// when there are benchmark rows, benchmarks-loss.csv.  Creates dir.
Status exportAllCharts(SessionDocument &doc, const QString &dir);

} // namespace hvbench
