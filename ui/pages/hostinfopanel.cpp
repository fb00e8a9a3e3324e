// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/hostinfopanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hvbench {

namespace {
QLabel *selectable(const QString &text = {})
{
    auto *l = new QLabel(text);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}
} // namespace

HostInfoPanel::HostInfoPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Host capabilities"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = selectable();
    m_title->setObjectName(QStringLiteral("hostInfoTitle"));
    m_title->setAccessibleName(tr("Selected host"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_banner = selectable();
    m_banner->setObjectName(QStringLiteral("tcgBanner"));
    m_banner->setAccessibleName(tr("Acceleration warning"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff1c2; color: #6b4700; border: 1px solid #e0a800;"
                                           " border-radius: 3px; padding: 6px; font-weight: bold; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_message = selectable();
    m_message->setObjectName(QStringLiteral("hostInfoMessage"));
    m_message->setAccessibleName(tr("Host state"));
    layout->addWidget(m_message);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void HostInfoPanel::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void HostInfoPanel::showSummary(const QString &title, const HostSummary &summary)
{
    clearRows();
    m_title->setText(title);
    m_message->hide();
    m_message->clear();
    m_banner->setText(summary.accelerationNote);
    m_banner->setVisible(!summary.accelerationNote.isEmpty());
    for (const HostSummaryRow &row : summary.rows) {
        QLabel *value = selectable(row.value);
        value->setAccessibleName(row.label);
        value->setObjectName(QStringLiteral("summaryValue"));
        if (row.warning)
            value->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; font-weight: bold; }"));
        auto *label = new QLabel(tr("%1:").arg(row.label));
        label->setBuddy(value);
        m_form->addRow(label, value);
    }
}

void HostInfoPanel::showMessage(const QString &title, const QString &message)
{
    clearRows();
    m_title->setText(title);
    m_banner->hide();
    m_banner->clear();
    m_message->setText(message);
    m_message->show();
}

QString HostInfoPanel::valueOf(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        auto *value = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        if (value && value->accessibleName() == label)
            return value->text();
    }
    return {};
}

QString HostInfoPanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString HostInfoPanel::messageText() const
{
    return m_message->text();
}

} // namespace hvbench
