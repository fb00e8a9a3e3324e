// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Compare page's chart: % loss vs bare metal of one figure (benchmark + metric), one bar
// per source in each configuration × VM count, whiskers for the 95 % CI.  A source without a
// figure in a group gets no bar and a "—" label, never a 0 bar.  Reads ComparisonModel only.
#include "charts/chartview.h"

#include <QList>
#include <QPointF>

class QBarSeries;
class QGraphicsSimpleTextItem;

namespace hvbench {
class ComparisonModel;

class CompareChart final : public ChartView {
    Q_OBJECT
public:
    explicit CompareChart(ComparisonModel *model, QWidget *parent = nullptr);

    // The figure to plot; one the model lacks (or none) = the first the model has.
    void setFigure(const QString &benchmark, const QString &metric);
    QString benchmark() const { return m_shownBenchmark; } // the figure plotted now
    QString metric() const { return m_shownMetric; }
    int barSetCount() const { return m_setCount; } // one per source
    int categoryCount() const { return m_categoryCount; }
    QStringList valueLabels() const; // what the bars say, in set order

protected:
    void rebuild() override;

private:
    struct Label {
        QPointF at; // bar centre x (category units), top y (value units)
        QGraphicsSimpleTextItem *item;
    };
    void addLabel(double x, double y, const QString &text);
    void placeLabels();

    ComparisonModel *m_model;
    QString m_benchmark;
    QString m_metric;
    QString m_shownBenchmark;
    QString m_shownMetric;
    QBarSeries *m_series = nullptr;
    QList<Label> m_labels;
    int m_setCount = 0;
    int m_categoryCount = 0;
};

} // namespace hvbench
