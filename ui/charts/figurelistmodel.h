// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Results page's figure list: one row per figure of a FigureSet ("Fig. 1  CPU score per
// guest…"), greyed with the reason in the tooltip while the figure has nothing to plot.
#include <QAbstractListModel>

namespace hvbench {
class FigureSet;

class FigureListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, HasDataRole };

    explicit FigureListModel(FigureSet *figures, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    FigureSet *m_figures;
};

} // namespace hvbench
