// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/figureset.h"
#include "analysis/figuredatamodel.h"
#include "analysis/paperfigures.h"
#include "charts/benchchart.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "model/sessiondocument.h"

#include <QRegularExpression>

namespace hvbench {

bool Figure::hasData() const
{
    return view && !view->isShowingPlaceholder();
}

FigureSet::FigureSet(SessionDocument *doc, ResultsModel *results, LossTableModel *loss, BenchTableModel *bench,
                     QObject *parent)
    : QObject(parent), m_doc(doc)
{
    const QList<analysis::FigureSpec> specs = analysis::paperFigureSpecs();
    auto addSpec = [&](const analysis::FigureSpec &spec) {
        auto *model = new FigureDataModel(spec, bench, loss, doc, this);
        add(new BenchChart(model), spec.id, spec.paperRef);
    };
    for (const analysis::FigureSpec &spec : specs) {
        addSpec(spec);
        if (spec.id == QLatin1String("fig03-cpu-score-aggregate-vs-bare-metal")) { // the paper's order
            m_cycles = new CyclesChart(results);
            add(m_cycles, QStringLiteral("fig04-06-pi-cycles"), tr("Fig. 4–6"));
        } else if (spec.id == QLatin1String("table1-cpu-score-loss")) {
            m_loss = new LossChart(loss);
            add(m_loss, QStringLiteral("table1-pi-loss"), tr("Table I"));
        }
    }
    connect(doc, &SessionDocument::sessionReset, this, &FigureSet::updateCaveat);
    connect(doc, &SessionDocument::resultAdded, this, &FigureSet::updateCaveat);
    connect(doc, &SessionDocument::settingsChanged, this, &FigureSet::updateCaveat);
    updateCaveat();
}

FigureSet::~FigureSet()
{
    for (const QPointer<ChartView> &v : std::as_const(m_views))
        delete v.data(); // null when a parent widget deleted it already
}

void FigureSet::add(ChartView *view, const QString &id, const QString &number)
{
    static const QRegularExpression trailingRef(QStringLiteral("\\s*\\([^()]*\\)$"));
    const QString title = view->title();
    QString listTitle = title;
    listTitle.remove(trailingRef);
    const int index = int(m_figures.size());
    m_figures.append(Figure{id, number, title, listTitle, view});
    m_views.append(view);
    view->setObjectName(id);
    connect(view, &ChartView::rebuilt, this, [this, index] { Q_EMIT figureChanged(index); });
}

int FigureSet::indexOf(const QString &id) const
{
    for (int i = 0; i < m_figures.size(); ++i)
        if (m_figures.at(i).id == id)
            return i;
    return -1;
}

ChartView *FigureSet::chart(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_figures.at(i).view : nullptr;
}

void FigureSet::updateCaveat()
{
    const QString caveat = m_doc->session().emulationCaveat();
    for (const QPointer<ChartView> &v : std::as_const(m_views))
        if (v)
            v->setCaveat(caveat);
}

} // namespace hvbench
