// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain-text tables of hvbench-cli (QtCore only: tests compile it in).
#include <QList>
#include <QString>
#include <QStringList>

namespace hvbench::cli {

// The first `leftColumns` columns left-justified, the rest (figures) right-justified, two spaces
// apart, a rule under the first row (the header).  Every row has as many cells as the first.
QString alignColumns(const QList<QStringList> &cells, int leftColumns);

} // namespace hvbench::cli
