// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace hvbench::cli {

QString alignColumns(const QList<QStringList> &cells, int leftColumns)
{
    if (cells.isEmpty())
        return {};
    const int cols = int(cells.first().size());
    QList<int> width(cols, 0);
    for (const QStringList &row : cells)
        for (int c = 0; c < cols; ++c)
            width[c] = std::max(width[c], int(row.at(c).size()));
    QString text;
    for (int r = 0; r < cells.size(); ++r) {
        QStringList padded;
        for (int c = 0; c < cols; ++c)
            padded << (c < leftColumns ? cells[r][c].leftJustified(width[c]) : cells[r][c].rightJustified(width[c]));
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
