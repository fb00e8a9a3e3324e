// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/matrixform.h"
#include "model/vmcounts.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace hvbench {

namespace {
const QString kError = QStringLiteral("color: #b00020;");

QLabel *errorLabel(const QString &accessible)
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(kError);
    l->setAccessibleName(accessible);
    l->hide();
    return l;
}
} // namespace

MatrixForm::MatrixForm(QWidget *parent)
    : QWidget(parent), m_baseline(new QCheckBox(tr("Run the bare-metal baseline"))), m_vmCounts(new QLineEdit),
      m_vmCountsError(errorLabel(tr("VM counts problem"))), m_repeats(new QSpinBox), m_maxRepeats(new QSpinBox),
      m_rsd(new QDoubleSpinBox), m_budget(new QSpinBox), m_seed(new QSpinBox), m_error(errorLabel(tr("Matrix problem")))
{
    auto *form = new QFormLayout;
    m_baseline->setAccessibleName(tr("Bare-metal baseline"));
    m_baseline->setToolTip(tr("Every benchmark on the host itself: the reference the % loss is computed against."));
    form->addRow(tr("Bare metal:"), m_baseline);
    m_vmCounts->setPlaceholderText(tr("e.g. 1, 7, 8, 17 — empty for bare metal only"));
    m_vmCounts->setToolTip(tr("Concurrency levels: how many VMs of each spec run the benchmarks at the same time."));
    m_vmCounts->setAccessibleName(tr("VM counts"));
    form->addRow(tr("&VM counts (concurrent VMs):"), m_vmCounts);
    form->addRow(m_vmCountsError);
    m_repeats->setRange(0, 100'000);
    m_repeats->setAccessibleName(tr("Repeats"));
    m_repeats->setToolTip(tr("Rounds every cell gets at least; each round runs the cells in a new random order."));
    form->addRow(tr("&Repeats (rounds per cell, min.):"), m_repeats);
    m_maxRepeats->setRange(0, 100'000);
    m_maxRepeats->setSpecialValueText(tr("= repeats"));
    m_maxRepeats->setAccessibleName(tr("Most repeats"));
    m_maxRepeats->setToolTip(tr("With an RSD target, a cell gets more rounds, up to this many, until it is steady."));
    form->addRow(tr("&Most repeats (rounds):"), m_maxRepeats);
    m_rsd->setRange(0, 1000);
    m_rsd->setDecimals(1);
    m_rsd->setSuffix(tr(" %"));
    m_rsd->setSpecialValueText(tr("off"));
    m_rsd->setAccessibleName(tr("RSD target in percent"));
    m_rsd->setToolTip(tr("More rounds until the relative standard deviation of every key figure is below this."));
    form->addRow(tr("RSD &target (%):"), m_rsd);
    m_budget->setRange(0, 100'000);
    m_budget->setSuffix(tr(" min"));
    m_budget->setSpecialValueText(tr("none"));
    m_budget->setAccessibleName(tr("Time budget in minutes"));
    m_budget->setToolTip(tr("No new round starts once the run has taken this long."));
    form->addRow(tr("Time &budget (min):"), m_budget);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setSpecialValueText(tr("random (recorded)"));
    m_seed->setAccessibleName(tr("Seed of the cell order"));
    m_seed->setToolTip(tr("The same seed gives the same order of cells in every round; 0 draws a new one per run."));
    form->addRow(tr("&Seed of the cell order:"), m_seed);
    for (QSpinBox *s : {m_repeats, m_maxRepeats, m_budget, m_seed})
        s->setKeyboardTracking(false);
    m_rsd->setKeyboardTracking(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);

    auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    connect(m_baseline, &QCheckBox::toggled, this, changed);
    connect(m_vmCounts, &QLineEdit::editingFinished, this, changed);
    for (QSpinBox *s : {m_repeats, m_maxRepeats, m_budget, m_seed})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_rsd, &QDoubleSpinBox::valueChanged, this, changed);
}

void MatrixForm::setMatrix(const Matrix &m)
{
    m_filling = true;
    m_base = m;
    m_baseline->setChecked(m.baseline);
    if (auto current = parseVmCounts(m_vmCounts->text()); !current || *current != m.vmCounts)
        m_vmCounts->setText(formatVmCounts(m.vmCounts)); // leaves the user's own spelling of the same counts
    m_repeats->setValue(m.repeats);
    m_maxRepeats->setValue(m.maxRepeats);
    m_rsd->setValue(m.rsdTargetPct);
    m_budget->setValue(m.budgetMinutes);
    m_seed->setValue(int(std::min<quint32>(m.seed, quint32(std::numeric_limits<int>::max()))));
    m_filling = false;
}

Result<Matrix> MatrixForm::matrix() const
{
    auto counts = parseVmCounts(m_vmCounts->text());
    if (!counts)
        return counts.error();
    Matrix m = m_base;
    m.baseline = m_baseline->isChecked();
    m.vmCounts = *counts;
    m.repeats = m_repeats->value();
    m.maxRepeats = m_maxRepeats->value();
    m.rsdTargetPct = m_rsd->value();
    m.budgetMinutes = m_budget->value();
    // A seed beyond the box's range (set elsewhere) stays as it is unless the box was changed.
    if (m_base.seed <= quint32(std::numeric_limits<int>::max()) || m_seed->value() != m_seed->maximum())
        m.seed = quint32(m_seed->value());
    return m;
}

Status MatrixForm::showValidation()
{
    const Result<Matrix> m = matrix();
    m_vmCountsError->setText(m.errorMessage());
    m_vmCountsError->setVisible(!m);
    const Status st = m ? m->validate() : Status(Ok{});
    m_error->setText(st.errorMessage());
    m_error->setVisible(!st);
    return m ? st : Status(m.error());
}

QString MatrixForm::vmCountsError() const
{
    return m_vmCountsError->isHidden() ? QString() : m_vmCountsError->text();
}

QString MatrixForm::matrixError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace hvbench
