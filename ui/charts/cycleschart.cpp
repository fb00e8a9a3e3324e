// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/cycleschart.h"
#include "analysis/stats.h"
#include "model/matrix.h"
#include "model/resultsmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <map>
#include <tuple>

namespace hvbench {

namespace {
struct CellKey {
    bool vm = false; // bare metal sorts first
    QString config;
    int vmCount = 0;
    bool operator<(const CellKey &o) const
    {
        return std::tie(vm, config, vmCount) < std::tie(o.vm, o.config, o.vmCount);
    }
};

struct Scale {
    double divisor;
    QString unit;
    QString power;
};

Scale scaleFor(double maxValue)
{
    if (maxValue >= 1e9)
        return {1e9, CyclesChart::tr("Gcycles"), QStringLiteral("10⁹")};
    if (maxValue >= 1e6)
        return {1e6, CyclesChart::tr("Mcycles"), QStringLiteral("10⁶")};
    if (maxValue >= 1e3)
        return {1e3, CyclesChart::tr("kcycles"), QStringLiteral("10³")};
    return {1, CyclesChart::tr("cycles"), QStringLiteral("1")};
}
} // namespace

CyclesChart::CyclesChart(ResultsModel *model, QWidget *parent) : ChartView(model, parent), m_model(model)
{
    setAccessibleName(tr("PI cycles per guest chart"));
    rebuild();
}

void CyclesChart::rebuild()
{
    clearChart();
    setChartTitle(tr("PI: CPU cycles per guest (Fig. 4–6)"));

    // cell → guest → cycles of each round
    std::map<CellKey, std::map<int, QList<double>>> cells;
    int guests = 0;
    double maxValue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto raw = [&](int column) { return m_model->index(row, column).data(ResultsModel::RawValueRole); };
        if (raw(ResultsModel::Benchmark).toString() != QLatin1String("pi"))
            continue; // other benchmarks have their own charts
        const int vmCount = raw(ResultsModel::VmCount).toInt();
        const CellKey key{vmCount > 0, raw(ResultsModel::Config).toString(), vmCount};
        const int guest = raw(ResultsModel::Guest).toInt();
        const double cycles = raw(ResultsModel::Cycles).toDouble();
        cells[key][guest].append(cycles);
        guests = std::max(guests, guest + 1);
        maxValue = std::max(maxValue, cycles);
    }
    if (cells.empty()) {
        setPlaceholder(m_model->rowCount() == 0
                           ? tr("No results yet — press Run")
                           : tr("No PI results yet:\nselect the PI fairness test among the benchmarks and press Run"));
        return;
    }
    setPlaceholder({});

    const Scale scale = scaleFor(maxValue);
    constexpr double kBarWidth = 0.8;
    auto *series = new QBarSeries;
    series->setBarWidth(kBarWidth);
    QStringList categories;
    QList<QBarSet *> sets;
    for (int g = 0; g < guests; ++g) {
        sets.append(new QBarSet(tr("Guest %1").arg(g + 1)));
        series->append(sets.last());
    }
    struct Whisker {
        double x, lo, hi;
    };
    QList<Whisker> whiskers;
    int plotted = 0;
    int category = 0;
    for (const auto &[key, perGuest] : cells) {
        categories.append(key.vm ? tr("%1 ×%2").arg(key.config).arg(key.vmCount) : tr("bare metal"));
        for (int g = 0; g < guests; ++g) {
            const auto it = perGuest.find(g);
            if (it == perGuest.end()) {
                sets[g]->append(0);
                continue;
            }
            const stats::Summary s = stats::summarize(it->second);
            sets[g]->append(s.mean / scale.divisor);
            ++plotted;
            if (s.n > 1 && s.max > s.min)
                whiskers.append(
                    {barCenter(category, g, guests, kBarWidth), s.min / scale.divisor, s.max / scale.divisor});
        }
        ++category;
    }
    chart()->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(labelFont());
    QString xTitle = whiskers.isEmpty() ? tr("Matrix cell (configuration × concurrent VMs)")
                                        : tr("Matrix cell — bars: mean over rounds, whiskers: min–max");
    // Past a handful of guests a legend entry per guest is unreadable: say the order instead.
    constexpr int kMaxLegendGuests = 8;
    chart()->legend()->setVisible(guests <= kMaxLegendGuests);
    if (guests > kMaxLegendGuests)
        xTitle += tr("; bars: guests 1…%1 left to right").arg(guests);
    x->setTitleText(xTitle);
    x->setTitleFont(labelFont());
    auto *y = new QValueAxis;
    y->setRange(0, maxValue / scale.divisor * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.4g")); // 1000, not 1e+03
    y->setLabelsFont(labelFont());
    y->setTitleText(tr("CPU cycles [%1 = %2]").arg(scale.unit, scale.power));
    y->setTitleFont(labelFont());
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const double capHalf = kBarWidth / std::max(1, guests) / 4;
    for (const Whisker &w : std::as_const(whiskers))
        addWhisker(x, y, w.x, w.lo, w.hi, capHalf);
    setPlotted(plotted);
}

} // namespace hvbench
