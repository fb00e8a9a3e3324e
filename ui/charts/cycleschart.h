// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fig. 4–6 of the paper: CPU cycles the PI workload took in each guest, one group of bars per
// matrix cell (bare metal, <spec> ×1, <spec> ×2, …), one bar per guest: the mean over rounds,
// with min–max whiskers when there is more than one round.  Reads ResultsModel only.
#include "charts/chartview.h"

namespace hvbench {
class ResultsModel;

class CyclesChart final : public ChartView {
    Q_OBJECT
public:
    explicit CyclesChart(ResultsModel *model, QWidget *parent = nullptr);

protected:
    void rebuild() override;

private:
    ResultsModel *m_model;
};

} // namespace hvbench
