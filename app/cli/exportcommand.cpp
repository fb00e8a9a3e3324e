// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"
#include "charts/chartexport.h"
#include "model/sessiondocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace hvbench::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hvbench::cli", s);
}
} // namespace

void addExportOptions(QCommandLineParser &p)
{
    for (const char *opt : {"format", "size", "dpi", "report"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
}

QString exportOptionsHelp()
{
    return tr("Options of export (and of run --export-dir):\n"
              "  --format LIST        what to write: png, svg, csv, comma separated\n"
              "                       (default png,csv)\n"
              "  --size WxH           chart size in pixels at 96 dpi (default 1200x800)\n"
              "  --dpi N              PNG resolution: the PNG has WxH × N/96 pixels, fonts and\n"
              "                       lines scaled with it (default 96; 300 for print)\n"
              "  --report KIND        also write the report: html, pdf or both\n"
              "                       (charts, % loss tables, host manifest, commands, domain XML)");
}

Result<io::ExportOptions> exportOptionsFrom(const QCommandLineParser &p)
{
    io::ExportOptions o;
    if (p.isSet(QStringLiteral("format")))
        if (auto st = io::parseFormats(p.value(QStringLiteral("format")), o); !st)
            return Error{tr("--format: %1").arg(st.errorMessage())};
    if (p.isSet(QStringLiteral("size"))) {
        auto size = io::parseChartSize(p.value(QStringLiteral("size")));
        if (!size)
            return Error{tr("--size: %1").arg(size.errorMessage())};
        o.size = *size;
    }
    if (p.isSet(QStringLiteral("dpi"))) {
        auto dpi = io::parseDpi(p.value(QStringLiteral("dpi")));
        if (!dpi)
            return Error{tr("--dpi: %1").arg(dpi.errorMessage())};
        o.dpi = *dpi;
    }
    if (p.isSet(QStringLiteral("report")))
        if (auto st = io::parseReport(p.value(QStringLiteral("report")), o); !st)
            return Error{tr("--report: %1").arg(st.errorMessage())};
    if (auto st = io::checkChartImage(o.size, o.dpi); !st)
        return st.error();
    return o;
}

int runExportCommand(SessionDocument &doc, const QString &sessionFile, const QString &dir,
                     const io::ExportOptions &options, QTextStream &out, QTextStream &err)
{
    if (auto st = doc.open(sessionFile); !st) {
        err << st.errorMessage() << Qt::endl;
        return 2;
    }
    QStringList written;
    if (auto st = exportAllCharts(doc, dir, options, &written); !st) {
        err << st.errorMessage() << Qt::endl;
        if (!written.isEmpty())
            err << tr("Written before the failure: %1").arg(written.join(QStringLiteral(", "))) << Qt::endl;
        return 2;
    }
    out << tr("Wrote %1 to %2").arg(written.join(QStringLiteral(", ")), QFileInfo(dir).absoluteFilePath()) << Qt::endl;
    return 0;
}

} // namespace hvbench::cli
