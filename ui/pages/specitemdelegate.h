// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a row of SpecsListModel: the host verdict icon, the spec name in bold and its summary
// below it, wrapped to the width of the list.
#include <QStyledItemDelegate>

namespace hvbench {

class SpecItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The inline rename editor covers the name line only.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace hvbench
