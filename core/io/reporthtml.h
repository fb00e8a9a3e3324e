// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session report as HTML: the session's name and date, the host manifest (CPU, cores, RAM,
// kernel, libvirt/QEMU versions, KVM or TCG with the software-emulation caveat), each VM spec
// and the benchmark parameters, the tables (display text, column keys with units), the exact
// command lines, skipped cells with their reasons and each domain's XML, escaped.  Every fact
// comes from the session (its manifest and results); what was not recorded is said so.
// The HTML is self-contained (charts inline as SVG) and its parts are plain enough for
// QTextDocument, which lays out the PDF report (ui/report/).
#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace hvbench {
struct Session;
}

namespace hvbench::io {

// One table of the report (and one CSV of "export all"): file stem, translated title, model.
struct ReportTable {
    QString stem;
    QString title;
    const QAbstractItemModel *model = nullptr;
};

// One chart, already rendered: file stem, translated title, the SVG document.
struct ReportFigure {
    QString stem;
    QString title;
    QByteArray svg;
};

// Parts, each a run of block elements (no <html>/<body>):
QString reportHeaderHtml(const Session &s);                    // title, date, caveat
QString reportManifestHtml(const Session &s);                  // host, agents, specs, parameters
QString reportFiguresHtml(const QList<ReportFigure> &figures); // inline SVG in <figure>
QString reportTablesHtml(const QList<ReportTable> &tables);
QString reportProvenanceHtml(const Session &s); // commands, skipped, repeats, XML
// One table of a model: DisplayRole text, headers "Display name" + the column key (units).
QString modelTableHtml(const QAbstractItemModel &model);
// The whole self-contained HTML document.
QByteArray reportHtmlDocument(const Session &s, const QList<ReportFigure> &figures, const QList<ReportTable> &tables);

} // namespace hvbench::io
