// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/benchchart.h"
#include "analysis/figuredatamodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hvbench {

namespace {
// Lowest and highest value including the whiskers; 0 is always in range (bars start there).
std::pair<double, double> valueRange(const analysis::FigureData &f)
{
    double lo = 0;
    double hi = 0;
    for (const analysis::FigureSeries &s : f.series)
        for (const analysis::FigurePoint &p : s.points) {
            const double ci = p.ci95.value_or(0);
            lo = std::min(lo, p.value - ci);
            hi = std::max(hi, p.value + ci);
        }
    return {lo, hi};
}
// Ten distinct colours readable on light and dark backgrounds (Tableau 10); the chart themes
// fade to near-white past their fifth colour.
QColor seriesColor(int i)
{
    static const QRgb colors[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    return QColor(colors[i % 10]);
}

bool isIndex(analysis::FigureValue v)
{
    return v == analysis::FigureValue::Jain || v == analysis::FigureValue::MinMaxRatio;
}
} // namespace

BenchChart::BenchChart(FigureDataModel *model, QWidget *parent) : ChartView(model, parent), m_model(model)
{
    setAccessibleName(model->spec().title);
    rebuild();
}

QValueAxis *BenchChart::addValueAxis(double lo, double hi)
{
    auto *y = new QValueAxis;
    if (isIndex(m_model->spec().value) && lo >= 0 && hi <= 1) { // fairness: always 0…1
        y->setRange(0, 1);
        y->setTickCount(6);
    } else {
        const double span = std::max(hi - lo, std::max(std::abs(hi), 1e-9));
        y->setRange(lo < 0 ? lo - span * 0.05 : 0, hi + span * 0.05);
        y->applyNiceNumbers();
    }
    const double top = std::max(std::abs(y->min()), std::abs(y->max()));
    y->setLabelFormat(top >= 100  ? QStringLiteral("%.0f")
                      : top >= 10 ? QStringLiteral("%.1f")
                                  : QStringLiteral("%.2f"));
    y->setLabelsFont(labelFont());
    y->setTitleText(m_model->spec().valueTitle);
    y->setTitleFont(labelFont());
    chart()->addAxis(y, Qt::AlignLeft);
    return y;
}

void BenchChart::rebuild()
{
    clearChart();
    setChartTitle(m_model->spec().title);
    const analysis::FigureData &f = m_model->figure();
    if (f.isEmpty()) {
        chart()->legend()->setVisible(false);
        setPlaceholder(f.emptyReason);
        return;
    }
    setPlaceholder({});
    if (m_model->spec().layout == analysis::FigureLayout::LinesByVmCount)
        buildLines();
    else
        buildBars();
    setPlotted(f.pointCount());
}

void BenchChart::buildLines()
{
    const analysis::FigureData &f = m_model->figure();
    int maxVm = 1;
    for (const analysis::FigureSeries &s : f.series)
        for (const analysis::FigurePoint &p : s.points)
            maxVm = std::max(maxVm, p.vmCount);
    const double xLo = 0.5;
    const double xHi = maxVm + 0.5;

    auto *x = new QValueAxis;
    x->setRange(xLo, xHi);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(std::max(1, int(std::ceil(maxVm / 12.0))));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setLabelsFont(labelFont());
    x->setTitleText(tr("Concurrent VMs [count]; dashed: bare metal; whiskers: 95 % CI"));
    x->setTitleFont(labelFont());
    chart()->addAxis(x, Qt::AlignBottom);
    const auto [lo, hi] = valueRange(f);
    QValueAxis *y = addValueAxis(lo, hi);

    struct Whisker {
        double x, lo, hi;
        QColor color;
    };
    QList<Whisker> whiskers;
    const double capHalf = (xHi - xLo) * 0.012;
    int colorIndex = 0;
    for (const analysis::FigureSeries &s : f.series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        if (s.reference) {
            const double v = s.points.constFirst().value;
            line->append({{xLo, v}, {xHi, v}});
        } else {
            for (const analysis::FigurePoint &p : s.points)
                line->append(p.vmCount, p.value);
            line->setPointsVisible(true);
            line->setMarkerSize(8);
        }
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        QPen pen = line->pen();
        pen.setColor(seriesColor(colorIndex++));
        pen.setWidthF(s.reference ? 1.5 : 2.5);
        if (s.reference)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setColor(pen.color());
        if (!s.reference)
            for (const analysis::FigurePoint &p : s.points)
                if (p.ci95 && *p.ci95 > 0)
                    whiskers.append({double(p.vmCount), p.value - *p.ci95, p.value + *p.ci95, pen.color()});
    }
    for (const Whisker &w : std::as_const(whiskers))
        addWhisker(x, y, w.x, w.lo, w.hi, capHalf, w.color);
    chart()->legend()->setVisible(true);
    // Many lines: a legend column on the right keeps every name whole.
    chart()->legend()->setAlignment(f.series.size() > 3 ? Qt::AlignRight : Qt::AlignBottom);
}

void BenchChart::buildBars()
{
    const analysis::FigureData &f = m_model->figure();
    const analysis::FigureSpec &spec = m_model->spec();
    constexpr double kBarWidth = 0.8;
    auto *series = new QBarSeries;
    series->setBarWidth(kBarWidth);
    struct Whisker {
        double x, lo, hi;
    };
    QList<Whisker> whiskers;
    const int sets = int(f.series.size());
    for (int si = 0; si < sets; ++si) {
        const analysis::FigureSeries &s = f.series.at(si);
        QList<qreal> values(f.categories.size(), 0.0);
        for (const analysis::FigurePoint &p : s.points) {
            values[p.category] = p.value;
            if (p.ci95 && *p.ci95 > 0)
                whiskers.append({barCenter(p.category, si, sets, kBarWidth), p.value - *p.ci95, p.value + *p.ci95});
        }
        auto *set = new QBarSet(s.name);
        set->append(values);
        set->setColor(seriesColor(si));
        set->setBorderColor(seriesColor(si));
        series->append(set);
    }
    chart()->addSeries(series);

    auto *x = new QBarCategoryAxis;
    QStringList categories = f.categories;
    for (QString &c : categories)
        c.replace(QLatin1Char('\n'), QStringLiteral("<br>")); // axis labels are rich text
    x->append(categories);
    x->setLabelsFont(labelFont());
    QString xTitle = tr("Configuration × concurrent VMs");
    if (spec.layout == analysis::FigureLayout::BarsByConfig) {
        xTitle = f.vmCount == 1 ? tr("Configuration, 1 VM") : tr("Configuration, %1 concurrent VMs").arg(f.vmCount);
        if (spec.bareMetal)
            xTitle += tr(" (bare metal: the host alone)");
    }
    if (!whiskers.isEmpty())
        xTitle += tr(" — whiskers: 95 % CI");
    x->setTitleText(xTitle);
    x->setTitleFont(labelFont());
    chart()->addAxis(x, Qt::AlignBottom);
    const auto [lo, hi] = valueRange(f);
    QValueAxis *y = addValueAxis(lo, hi);
    series->attachAxis(x);
    series->attachAxis(y);
    const double capHalf = kBarWidth / std::max(1, sets) / 4;
    for (const Whisker &w : std::as_const(whiskers))
        addWhisker(x, y, w.x, w.lo, w.hi, capHalf);
    chart()->legend()->setVisible(sets > 1);
    if (sets == 1) { // few bars: their values at the base, clear of the whiskers (as Table I prints them)
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
        const double top = std::max(std::abs(valueRange(f).first), std::abs(valueRange(f).second));
        series->setLabelsPrecision(
            std::max(3, int(std::floor(std::log10(std::max(top, 1.0)))) + 1)); // 33940, not 3.394e+04
        if (spec.value == analysis::FigureValue::LossPct)
            series->setLabelsFormat(tr("@value %"));
        series->barSets().constFirst()->setLabelColor(Qt::white);
        series->barSets().constFirst()->setLabelFont(labelFont());
    }
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace hvbench
