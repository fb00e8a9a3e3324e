// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/figurelistmodel.h"
#include "charts/chartview.h"
#include "charts/figureset.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace hvbench {

FigureListModel::FigureListModel(FigureSet *figures, QObject *parent) : QAbstractListModel(parent), m_figures(figures)
{
    connect(figures, &FigureSet::figureChanged, this, [this](int row) {
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i);
    });
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures->figures().size());
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = m_figures->figures().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return f.number.isEmpty() ? f.listTitle : tr("%1 · %2").arg(f.number, f.listTitle);
    case Qt::ToolTipRole:
        return f.hasData() ? f.title
                           : tr("%1\n\nNothing to plot yet: %2").arg(f.title, f.view->placeholderText().simplified());
    case Qt::ForegroundRole:
        if (!f.hasData())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::AccessibleTextRole:
        return f.title;
    case IdRole:
        return f.id;
    case HasDataRole:
        return f.hasData();
    }
    return {};
}

} // namespace hvbench
