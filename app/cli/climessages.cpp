// SPDX-License-Identifier: GPL-3.0-or-later
#include "climessages.h"

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
    QList<int> width(cols, 0);
    for (const auto &row : std::as_const(cells))
        for (int c = 0; c < cols; ++c)
            width[c] = std::max(width[c], int(row[c].size()));
    QString text;
    for (int r = 0; r < cells.size(); ++r) {
        QStringList padded;
        for (int c = 0; c < cols; ++c)
            padded << (c == 0 ? cells[r][c].leftJustified(width[c]) : cells[r][c].rightJustified(width[c]));
        text += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        if (r == 0) {
            int total = 0;
            for (int w : width)
                total += w + 2;
            text += QString(total - 2, QLatin1Char('-')) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace hvbench::cli
