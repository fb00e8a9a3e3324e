// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every figure of a session, built from the models: the paper's Fig. 1–12 and Table I
// (paperFigureSpecs() drawn by BenchChart, PI's Fig. 4–6 by CyclesChart and PI's Table I by
// LossChart) and the fairness views.  Works on screen (ResultsPage shows them) and off
// screen (exports iterate figures() and render each view; no display needed).
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace hvbench {
class BenchTableModel;
class ChartView;
class CyclesChart;
class LossChart;
class LossTableModel;
class ResultsModel;
class SessionDocument;

struct Figure {
    QString id;        // file stem, e.g. "fig01-cpu-score-per-guest"
    QString number;    // translated, e.g. "Fig. 1", "Table I"; empty beyond the paper
    QString title;     // translated chart title, names the paper figure it mirrors
    QString listTitle; // the title without the trailing figure reference, for lists
    ChartView *view = nullptr;
    bool hasData() const; // false while the chart shows its placeholder
};

class FigureSet final : public QObject {
    Q_OBJECT
public:
    // The views are created without a parent: put them in a layout, or leave them off screen.
    // They are deleted with the set unless a parent widget deleted them first.
    FigureSet(SessionDocument *doc, ResultsModel *results, LossTableModel *loss, BenchTableModel *bench,
              QObject *parent = nullptr);
    ~FigureSet() override;

    const QList<Figure> &figures() const { return m_figures; }
    int indexOf(const QString &id) const; // -1 when unknown
    ChartView *chart(const QString &id) const;
    CyclesChart *cyclesChart() const { return m_cycles; }
    LossChart *lossChart() const { return m_loss; }

Q_SIGNALS:
    void figureChanged(int index); // figure `index` was redrawn (it may have data now, or none)

private:
    void add(ChartView *view, const QString &id, const QString &number);
    void updateCaveat();

    SessionDocument *m_doc;
    QList<Figure> m_figures;
    QList<QPointer<ChartView>> m_views;
    CyclesChart *m_cycles = nullptr;
    LossChart *m_loss = nullptr;
};

} // namespace hvbench
