// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/losschart.h"
#include "analysis/losstablemodel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>

namespace hvbench {

LossChart::LossChart(LossTableModel *model, QWidget *parent) : ChartView(model, parent), m_model(model)
{
    setAccessibleName(tr("Loss versus bare metal chart"));
    rebuild();
}

void LossChart::rebuild()
{
    clearChart();
    setChartTitle(tr("PI: % loss vs bare metal (Table I)"));
    if (m_model->rowCount() == 0) {
        setPlaceholder(tr("No PI results yet — press Run\n(the PI fairness test is what this table compares)"));
        return;
    }
    constexpr double kBarWidth = 0.5;
    auto *set = new QBarSet(tr("% loss (mean cycles vs bare metal)"));
    QStringList categories;
    QList<LossWhisker> whiskers;
    double lo = 0;
    double hi = 0;
    bool anyVm = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto raw = [&](int column) { return m_model->index(row, column).data(LossTableModel::RawValueRole); };
        const int vmCount = raw(LossTableModel::VmCount).toInt();
        if (vmCount == 0)
            continue; // the baseline itself: 0 % by definition
        anyVm = true;
        const QVariant loss = raw(LossTableModel::LossPct);
        if (!loss.isValid())
            continue;
        const double value = loss.toDouble();
        const double ci = raw(LossTableModel::LossCi95Pct).toDouble();
        const int category = int(categories.size());
        categories.append(tr("%1 ×%2").arg(raw(LossTableModel::Config).toString(), QString::number(vmCount)));
        set->append(value);
        lo = std::min({lo, value, value - ci});
        hi = std::max({hi, value, value + ci});
        if (ci > 0)
            whiskers.append({barCenter(category, 0, 1, kBarWidth), value - ci, value + ci});
    }
    if (categories.isEmpty()) {
        delete set;
        setPlaceholder(anyVm ? tr("No bare-metal baseline in these results:\nenable \"Bare metal\" on the\nHost & spec "
                                  "page and run again")
                             : tr("Only bare-metal results so far:\n% loss appears once a VM cell has run"));
        return;
    }
    setPlaceholder({});

    auto *series = new QBarSeries;
    series->setBarWidth(kBarWidth);
    // Values inside the bars, at their base: labels above would collide with the whiskers.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    series->setLabelsFormat(tr("@value %"));
    series->setLabelsPrecision(3);
    set->setLabelColor(Qt::white);
    set->setLabelFont(labelFont());
    series->append(set);
    chart()->addSeries(series);

    addLossAxes(series, categories, whiskers, lo, hi, 0.15, kBarWidth / 6);
    chart()->legend()->setVisible(false);
    setPlotted(int(categories.size()));
}

} // namespace hvbench
