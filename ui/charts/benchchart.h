// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Any figure of the paper that a FigureSpec describes (Fig. 1–3, 7–12, Table I, fairness):
// lines over the VM count with bare metal as a dashed line, or bars by configuration / by
// matrix cell, with 95 % CI whiskers, unit-carrying axis titles and a legend.  Reads
// FigureDataModel only; when it is empty the placeholder says what to run.
#include "charts/chartview.h"

namespace hvbench {
class FigureDataModel;

class BenchChart final : public ChartView {
    Q_OBJECT
public:
    explicit BenchChart(FigureDataModel *model, QWidget *parent = nullptr);
    FigureDataModel *figureModel() const { return m_model; }

protected:
    void rebuild() override;

private:
    void buildLines();
    void buildBars();
    QValueAxis *addValueAxis(double lo, double hi);

    FigureDataModel *m_model;
};

} // namespace hvbench
