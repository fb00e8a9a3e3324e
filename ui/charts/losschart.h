// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table I of the paper as a chart: % loss vs bare metal of each configuration and VM count,
// with the 95 % confidence interval as whiskers.  Reads LossTableModel only.
#include "charts/chartview.h"

namespace hvbench {
class LossTableModel;

class LossChart final : public ChartView {
    Q_OBJECT
public:
    explicit LossChart(LossTableModel *model, QWidget *parent = nullptr);

protected:
    void rebuild() override;

private:
    LossTableModel *m_model;
};

} // namespace hvbench
