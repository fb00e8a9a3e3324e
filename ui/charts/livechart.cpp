// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/livechart.h"
#include "run/livesamplesmodel.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

namespace hvbench {

namespace {
constexpr int kRedrawMs = 250;
constexpr int kMaxLegendEntries = 8;
} // namespace

LiveChart::LiveChart(LiveSamplesModel *model, const QString &title, const QString &yTitle, const QString &emptyText,
                     QWidget *parent)
    : ChartView(model, parent), m_model(model), m_title(title), m_yTitle(yTitle), m_emptyText(emptyText),
      m_timer(new QTimer(this))
{
    setMinimumSize(280, 200);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRedrawMs);
    connect(m_timer, &QTimer::timeout, this, &LiveChart::redrawNow);
    setAccessibleName(title);
    redrawNow();
}

void LiveChart::rebuild()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void LiveChart::redrawNow()
{
    m_timer->stop();
    clearChart();
    setChartTitle(m_title);
    if (m_model->seriesCount() == 0) {
        setPlaceholder(m_emptyText);
        return;
    }
    setPlaceholder({});
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setTitleText(tr("Time since the run started (s)"));
    y->setTitleText(m_yTitle);
    x->setLabelsFont(labelFont());
    y->setLabelsFont(labelFont());
    x->setLabelFormat(QStringLiteral("%.1f"));
    y->setLabelFormat(QStringLiteral("%.4g"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    int plotted = 0;
    for (int row = 0; row < m_model->seriesCount(); ++row) {
        auto *line = new QLineSeries;
        line->setName(m_model->seriesName(row));
        const QList<QPointF> pts = m_model->points(row);
        line->setPointsVisible(pts.size() < 50);
        line->replace(pts);
        plotted += int(pts.size());
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    const QRectF b = m_model->bounds();
    const double x1 = b.right() > b.left() ? b.right() : b.left() + 1.0;
    const double yPad = b.bottom() > b.top() ? 0.05 * (b.bottom() - b.top()) : std::max(1.0, 0.05 * std::abs(b.top()));
    x->setRange(b.left(), x1);
    y->setRange(b.top() >= 0 ? 0.0 : b.top() - yPad, b.bottom() + yPad); // from 0 for counts
    y->applyNiceNumbers();
    chart()->legend()->setVisible(m_model->seriesCount() <= kMaxLegendEntries);
    setPlotted(plotted);
}

} // namespace hvbench
