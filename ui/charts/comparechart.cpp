// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/comparechart.h"
#include "analysis/comparisonmodel.h"
#include "model/benchmark.h"
#include "model/matrix.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLocale>

namespace hvbench {

namespace {
// Distinct, colour-blind-friendly set colours (Okabe–Ito); the paper's bars are the grey one.
QColor sourceColor(int i, bool published)
{
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                    QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};
    return published ? QColor(0x80, 0x80, 0x80) : colors[i % std::size(colors)];
}
} // namespace

CompareChart::CompareChart(ComparisonModel *model, QWidget *parent) : ChartView(model, parent), m_model(model)
{
    setAccessibleName(tr("Comparison chart: % loss per session"));
    connect(chart(), &QChart::plotAreaChanged, this, &CompareChart::placeLabels);
    rebuild();
}

void CompareChart::setFigure(const QString &benchmark, const QString &metric)
{
    m_benchmark = benchmark;
    m_metric = metric;
    rebuild();
}

QStringList CompareChart::valueLabels() const
{
    QStringList out;
    for (const Label &l : m_labels)
        out.append(l.item->text());
    return out;
}

void CompareChart::addLabel(double x, double y, const QString &text)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart());
    item->setFont(labelFont());
    item->setZValue(50);
    m_labels.append({QPointF(x, y), item});
}

void CompareChart::placeLabels()
{
    if (!m_series)
        return;
    for (const Label &l : std::as_const(m_labels)) {
        const QPointF p = chart()->mapToPosition(l.at, m_series);
        const QRectF r = l.item->boundingRect();
        l.item->setPos(p.x() - r.width() / 2, p.y() - r.height() - 2);
    }
}

void CompareChart::rebuild()
{
    for (const Label &l : std::as_const(m_labels))
        delete l.item;
    m_labels.clear();
    m_series = nullptr;
    m_setCount = 0;
    m_categoryCount = 0;
    clearChart();

    const auto figures = m_model->figures();
    QString benchmark = m_benchmark;
    QString metric = m_metric;
    if (!figures.contains(std::pair(benchmark, metric)) && !figures.isEmpty())
        std::tie(benchmark, metric) = figures.first();
    m_shownBenchmark = figures.isEmpty() ? QString() : benchmark;
    m_shownMetric = figures.isEmpty() ? QString() : metric;
    const auto b = benchmarkFromId(benchmark);
    setChartTitle(
        figures.isEmpty()
            ? tr("% loss vs bare metal per session")
            : tr("%1 — %2: % loss vs bare metal per session").arg(b ? benchmarkDisplayName(*b) : benchmark, metric));
    if (m_model->sourceCount() == 0) {
        setPlaceholder(tr("Add a session file or the paper's reference"));
        return;
    }

    // Groups: every row of the figure except bare metal (0 % by definition).
    const int sources = m_model->sourceCount();
    QList<int> rows;
    QStringList categories;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        auto raw = [&](int c) { return m_model->index(r, c).data(ComparisonModel::RawValueRole); };
        if (raw(ComparisonModel::Benchmark).toString() != benchmark ||
            raw(ComparisonModel::Figure).toString() != metric || raw(ComparisonModel::Config).toString() == kBareMetal)
            continue;
        rows.append(r);
        const int vms = raw(ComparisonModel::VmCount).toInt();
        categories.append(vms > 0 ? tr("%1 ×%2").arg(raw(ComparisonModel::Config).toString()).arg(vms)
                                  : raw(ComparisonModel::Config).toString());
    }
    if (rows.isEmpty()) {
        setPlaceholder(tr("Nothing to compare for this figure yet:\nonly bare-metal rows"));
        return;
    }
    setPlaceholder({});

    constexpr double kBarWidth = 0.8;
    m_series = new QBarSeries;
    m_series->setBarWidth(kBarWidth);
    double lo = 0;
    double hi = 0;
    QList<LossWhisker> whiskers;
    const QLocale loc;
    int plotted = 0;
    for (int s = 0; s < sources; ++s) {
        auto *set = new QBarSet(m_model->sourceName(s));
        set->setColor(sourceColor(s, m_model->isPublished(s)));
        set->setSelectedColor(Qt::transparent); // absent figures: selected, so not drawn
        for (int g = 0; g < rows.size(); ++g) {
            const QModelIndex li = m_model->index(rows.at(g), ComparisonModel::column(s, ComparisonModel::LossPct));
            const QVariant loss = li.data(ComparisonModel::RawValueRole);
            const double x = barCenter(g, s, sources, kBarWidth);
            if (!loss.isValid()) {
                set->append(0);
                set->selectBar(g);
                addLabel(x, 0, QStringLiteral("—"));
                continue;
            }
            const double v = loss.toDouble();
            const double ci = m_model->index(rows.at(g), ComparisonModel::column(s, ComparisonModel::LossCi95Pct))
                                  .data(ComparisonModel::RawValueRole)
                                  .toDouble();
            set->append(v);
            ++plotted;
            lo = std::min({lo, v, v - ci});
            hi = std::max({hi, v, v + ci});
            if (ci > 0)
                whiskers.append({x, v - ci, v + ci});
            addLabel(x, std::max(0.0, v + ci), li.data(Qt::DisplayRole).toString());
        }
        m_series->append(set);
    }
    chart()->addSeries(m_series);

    addLossAxes(m_series, categories, whiskers, lo, hi, 0.2, kBarWidth / sources / 6);
    chart()->legend()->setVisible(true);
    m_setCount = sources;
    m_categoryCount = int(categories.size());
    setPlotted(plotted);
    placeLabels();
}

} // namespace hvbench
