// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The figures of Chierici et al. (2009) §6 as FigureSpecs, plus the fairness and
// every-benchmark loss views; each title says which figure it mirrors.  PI's Fig. 4–6 and
// PI's Table I have their own charts (CyclesChart, LossChart), not specs.
#include "analysis/figurespec.h"

#include <QList>

namespace hvbench::analysis {

// In the Results page's order: Fig. 1, 2, 3, 7, 8, 9–11, 12, Table I, fairness.
QList<FigureSpec> paperFigureSpecs();

} // namespace hvbench::analysis
