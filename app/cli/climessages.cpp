// SPDX-License-Identifier: GPL-3.0-or-later
#include "climessages.h"
#include "analysis/benchtable.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QLocale>

#include <QAbstractItemModel>
#include <cstdio>

namespace hvbench::cli {

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hvbench::cli", s);
}
} // namespace

QString formatBenchTable(const QList<RunResult> &results, const BenchmarkSuite &suite)
{
    const auto rows = analysis::computeBenchTable(results, analysis::directionOverrides(suite));
    const QLocale loc;
    auto num = [&](double v) { return loc.toString(v, 'f', std::abs(v) >= 100 ? 0 : 2); };
    QList<QStringList> cells{{tr("Benchmark"), tr("Figure"), tr("Configuration"), tr("VMs"), tr("n"),
                              tr("Mean per guest"), tr("± 95 % CI"), tr("Aggregate"), tr("% loss"), tr("± CI"),
                              tr("Jain")}};
    for (const auto &r : rows) {
        if (r.benchmark == Benchmark::Pi)
            continue;
        cells.append({benchmarkId(r.benchmark), r.metric, r.config,
                      r.vmCount == 0 ? QStringLiteral("—") : QString::number(r.vmCount), QString::number(r.n),
                      num(r.perGuest.mean), r.perGuest.n < 2 ? tr("n/a") : num(r.perGuest.ci95), num(r.aggregate.mean),
                      r.lossPct ? loc.toString(*r.lossPct, 'f', 1) : QStringLiteral("—"),
                      r.lossPct && r.perGuest.n >= 2 ? loc.toString(r.lossCi95Pct, 'f', 1) : tr("n/a"),
                      loc.toString(r.jain, 'f', 3)});
    }
    if (cells.size() == 1)
        return {};
    QList<int> width(cells.first().size(), 0);
    for (const auto &row : std::as_const(cells))
        for (int c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], int(row[c].size()));
    QString text;
    for (int r = 0; r < cells.size(); ++r) {
        QStringList padded;
        for (int c = 0; c < cells[r].size(); ++c)
            padded << (c < 3 ? cells[r][c].leftJustified(width[c]) : cells[r][c].rightJustified(width[c]));
        text += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        if (r == 0)
            text += QString(text.size() - 1, QLatin1Char('-')) + QLatin1Char('\n');
    }
    return text;
}

QString formatTable(const QAbstractItemModel &model)
{
    const int cols = model.columnCount();
    QList<QStringList> cells;
    QStringList header;
    for (int c = 0; c < cols; ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    cells << header;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < cols; ++c)
            row << model.data(model.index(r, c)).toString();
        cells << row;
    }
    return alignColumns(cells, 1);
}

} // namespace hvbench::cli
