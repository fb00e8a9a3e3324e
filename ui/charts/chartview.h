// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Common base of hvbench's charts: a QChartView that rebuilds itself from one item model
// whenever the model changes, shows a placeholder text when there is nothing to plot, and
// can draw whiskers (min/max or CI) over bars and points.  Its theme follows the palette (a
// dark palette gets the dark chart theme).  Charts never own data: they read models.
#include <QChartView>
#include <QList>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
class QAbstractItemModel;
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
    QString title() const { return m_title; } // without the caveat
    bool isDark() const;                      // the palette is dark: dark chart theme, light text

Q_SIGNALS:
    void rebuilt(); // the chart was redrawn from its model (data or placeholder changed)

protected:
    void changeEvent(QEvent *event) override;
    virtual void rebuild() = 0;
    void clearChart();                        // removes every series and axis
    void setPlaceholder(const QString &text); // empty text hides it
    // A vertical whisker with caps from lo to hi at x (category units on a QBarCategoryAxis,
    // values on a QValueAxis); an invalid colour picks one that contrasts the background.
    void addWhisker(QAbstractAxis *xAxis, QValueAxis *yAxis, double x, double lo, double hi, double capHalf,
                    const QColor &color = {});
    // Center of bar `set` of `setCount` in category `category`, for a series of bar width `barWidth`.
    static double barCenter(int category, int set, int setCount, double barWidth);
    // A 95 % CI whisker over a bar of a "% loss vs bare metal" chart.
    struct LossWhisker {
        double x, lo, hi;
    };
    // The axes of a "% loss vs bare metal" bar chart: `categories` along x (its title names the
    // whiskers when there are any), values from lo..hi with `headroom` (share of the span) above;
    // attaches `series` to both, then draws `whiskers` with caps of half-width `capHalf`.
    void addLossAxes(QAbstractSeries *series, const QStringList &categories, const QList<LossWhisker> &whiskers,
                     double lo, double hi, double headroom, double capHalf);
    static QFont titleFont();
    static QFont labelFont();
    void setPlotted(int n) { m_plotted = n; }
    void setChartTitle(const QString &title); // title + the caveat line

private:
    void placePlaceholder();
    void applyPaletteTheme();
    void rebuildNow();
    QGraphicsSimpleTextItem *m_placeholder = nullptr;
    int m_plotted = 0;
    QString m_caveat;
    QString m_title;
};

} // namespace hvbench
