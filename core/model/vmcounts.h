// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The concurrency levels of a matrix as a user types them: "1, 7, 8, 17" (commas, semicolons
// and/or spaces between whole numbers).
#include "util/result.h"

#include <QList>
#include <QString>

namespace hvbench {

// The VM counts in `text`, in the order given (duplicates removed); empty text = no VM cell.
// An error names the first entry that is not a whole number ≥ 1.
Result<QList<int>> parseVmCounts(const QString &text);
// "1, 7, 8, 17".
QString formatVmCounts(const QList<int> &counts);

} // namespace hvbench
