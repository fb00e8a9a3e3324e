// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartview.h"

#include <QAbstractItemModel>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace hvbench {

ChartView::ChartView(QAbstractItemModel *model, QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    chart()->setAnimationOptions(QChart::NoAnimation); // exports render synchronously
    chart()->setBackgroundRoundness(0);                // no light corners around a dark chart
    chart()->setTitleFont(titleFont());
    chart()->legend()->setFont(labelFont());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    m_placeholder = new QGraphicsSimpleTextItem(chart());
    QFont f = labelFont();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_placeholder->setFont(f);
    m_placeholder->setZValue(100);
    m_placeholder->hide();
    applyPaletteTheme();
    connect(chart(), &QChart::geometryChanged, this, &ChartView::placePlaceholder);

    connect(model, &QAbstractItemModel::modelReset, this, &ChartView::rebuildNow);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartView::rebuildNow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartView::rebuildNow);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChartView::rebuildNow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ChartView::rebuildNow);
}

void ChartView::rebuildNow()
{
    rebuild();
    Q_EMIT rebuilt();
}

bool ChartView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ChartView::applyPaletteTheme()
{
    const QChart::ChartTheme theme = isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme) {
        chart()->setTheme(theme); // resets fonts and colours: set ours again
        chart()->setTitleFont(titleFont());
        chart()->legend()->setFont(labelFont());
        chart()->setBackgroundRoundness(0);
    }
    m_placeholder->setBrush(isDark() ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x60, 0x60, 0x60));
    setChartTitle(m_title); // the caveat's colour
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPaletteTheme();
        rebuildNow(); // series and axes take the new theme's colours
    }
}

ChartView::~ChartView() = default;

QFont ChartView::titleFont()
{
    QFont f;
    f.setPointSizeF(12);
    f.setBold(true);
    return f;
}

QFont ChartView::labelFont()
{
    QFont f;
    f.setPointSizeF(10);
    return f;
}

bool ChartView::isShowingPlaceholder() const
{
    return m_placeholder->isVisible();
}

QString ChartView::placeholderText() const
{
    return m_placeholder->isVisible() ? m_placeholder->text() : QString();
}

void ChartView::clearChart()
{
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *a : axes) {
        chart()->removeAxis(a);
        delete a;
    }
    m_plotted = 0;
}

void ChartView::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    placePlaceholder();
}

void ChartView::placePlaceholder()
{
    const QRectF r = chart()->rect();
    const QRectF t = m_placeholder->boundingRect();
    m_placeholder->setPos(r.center() - QPointF(t.width() / 2, t.height() / 2));
}

void ChartView::setCaveat(const QString &text)
{
    if (m_caveat == text)
        return;
    m_caveat = text;
    setChartTitle(m_title);
}

void ChartView::setChartTitle(const QString &title)
{
    m_title = title;
    const QString caveatColor = isDark() ? QStringLiteral("#ffa866") : QStringLiteral("#b34700");
    chart()->setTitle(m_caveat.isEmpty() ? title.toHtmlEscaped()
                                         : QStringLiteral("<div align=\"center\">%1<br><span style=\"color:%3; "
                                                          "font-weight:normal; font-size:small\">%2</span></div>")
                                               .arg(title.toHtmlEscaped(), m_caveat.toHtmlEscaped(), caveatColor));
}

double ChartView::barCenter(int category, int set, int setCount, double barWidth)
{
    return category - barWidth / 2 + (set + 0.5) * barWidth / std::max(1, setCount);
}

void ChartView::addWhisker(QAbstractAxis *xAxis, QValueAxis *yAxis, double x, double lo, double hi, double capHalf,
                           const QColor &color)
{
    auto *s = new QLineSeries;
    // Cap, down to the centre, up the whisker, top cap: one polyline, no legend entry.
    s->append({{x - capHalf, lo}, {x + capHalf, lo}, {x, lo}, {x, hi}, {x - capHalf, hi}, {x + capHalf, hi}});
    QPen pen(color.isValid() ? color : (isDark() ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x20, 0x20, 0x20)));
    pen.setWidthF(1.5);
    s->setPen(pen);
    chart()->addSeries(s);
    s->attachAxis(xAxis);
    s->attachAxis(yAxis);
    const auto markers = chart()->legend()->markers(s);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
}

void ChartView::addLossAxes(QAbstractSeries *series, const QStringList &categories, const QList<LossWhisker> &whiskers,
                            double lo, double hi, double headroom, double capHalf)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(labelFont());
    x->setTitleText(whiskers.isEmpty() ? tr("Configuration × concurrent VMs")
                                       : tr("Configuration × concurrent VMs — whiskers: 95 % CI"));
    x->setTitleFont(labelFont());
    auto *y = new QValueAxis;
    const double span = std::max(hi - lo, 1.0);
    y->setRange(lo < 0 ? lo - span * 0.1 : 0, hi + span * headroom);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.3g"));
    y->setLabelsFont(labelFont());
    y->setTitleText(tr("% loss vs bare metal"));
    y->setTitleFont(labelFont());
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    for (const LossWhisker &w : whiskers)
        addWhisker(x, y, w.x, w.lo, w.hi, capHalf);
}

} // namespace hvbench
