// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/specitemdelegate.h"
#include "models/specslistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace hvbench {

namespace {
constexpr int kMargin = 4;
constexpr int kGap = 6;

struct Layout {
    QRect icon;
    QRect name;
    QRect summary;
};

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QFont boldFont(const QFont &f)
{
    QFont b = f;
    b.setBold(true);
    return b;
}

Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width, int left = 0, int top = 0)
{
    const QSize iconSize = option.decorationSize;
    const int textLeft = left + kMargin + iconSize.width() + kGap;
    const int textWidth = std::max(40, width - (textLeft - left) - kMargin);
    const QFontMetrics nameMetrics(boldFont(option.font));
    const QFontMetrics summaryMetrics(option.font);
    const QString summary = index.data(SpecsListModel::SummaryRole).toString();
    const QRect summaryBounds =
        summaryMetrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap | Qt::AlignLeft, summary);
    Layout l;
    l.name = QRect(textLeft, top + kMargin, textWidth, nameMetrics.height());
    l.summary = QRect(textLeft, l.name.bottom() + 1, textWidth, summaryBounds.height());
    const int height = l.summary.bottom() - top + kMargin;
    l.icon = QRect(QPoint(left + kMargin, top + (height - iconSize.height()) / 2), iconSize);
    return l;
}
} // namespace

QSize SpecItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = viewWidth(opt) - 2 * 2; // the list's spacing
    const Layout l = layoutFor(opt, index, width);
    return {width, l.summary.bottom() + kMargin + 1};
}

void SpecItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layoutFor(opt, index, opt.rect.width(), opt.rect.left(), opt.rect.top());
    const int height = std::max(editor->sizeHint().height(), l.name.height());
    editor->setGeometry(l.name.left() - 2, l.name.center().y() - height / 2, l.name.width(), height);
}

void SpecItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background (selection, hover, focus) from the style; the contents drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const Layout l = layoutFor(opt, index, opt.rect.width(), opt.rect.left(), opt.rect.top());
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, l.icon);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setPen(text);
    painter->setFont(boldFont(opt.font));
    const QString name = index.data(SpecsListModel::NameRole).toString();
    painter->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font()).elidedText(name, Qt::ElideRight, l.name.width()));
    if (!selected)
        text.setAlpha(190);
    painter->setPen(text);
    painter->setFont(opt.font);
    painter->drawText(l.summary, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      index.data(SpecsListModel::SummaryRole).toString());
    painter->restore();
}

} // namespace hvbench
