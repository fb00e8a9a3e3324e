// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Common base of hvbench's charts: a QChartView that rebuilds itself from one item model
// whenever the model changes, shows a placeholder text when there is nothing to plot, and
// can draw whiskers (min/max or CI) over bars.  Charts never own data: they read models.
#include <QChartView>

class QAbstractItemModel;
class QBarCategoryAxis;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace hvbench {

class ChartView : public QChartView {
    Q_OBJECT
public:
    ChartView(QAbstractItemModel *model, QWidget *parent = nullptr);
    ~ChartView() override;

    bool isShowingPlaceholder() const;
    QString placeholderText() const;
    int plottedValueCount() const { return m_plotted; } // bars currently drawn
    // A warning shown under the title (e.g. software emulation); empty hides it.
    void setCaveat(const QString &text);
    QString caveat() const { return m_caveat; }

protected:
    virtual void rebuild() = 0;
    void clearChart();                       // removes every series and axis
    void setPlaceholder(const QString &text); // empty text hides it
    // A vertical whisker with caps from lo to hi at category position x (QBarCategoryAxis units).
    void addWhisker(QBarCategoryAxis *xAxis, QValueAxis *yAxis, double x, double lo, double hi, double capHalf);
    // Center of bar `set` of `setCount` in category `category`, for a series of bar width `barWidth`.
    static double barCenter(int category, int set, int setCount, double barWidth);
    static QFont titleFont();
    static QFont labelFont();
    void setPlotted(int n) { m_plotted = n; }
    void setChartTitle(const QString &title); // title + the caveat line

private:
    void placePlaceholder();
    QGraphicsSimpleTextItem *m_placeholder = nullptr;
    int m_plotted = 0;
    QString m_caveat;
    QString m_title;
};

} // namespace hvbench
