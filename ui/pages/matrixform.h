// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The editor of a Matrix: bare-metal baseline, concurrency levels ("1, 7, 8, 17"), repeats
// (minimum, most, RSD target, time budget) and the seed of the cell order.  Holds no data of its
// own: setMatrix() fills it, matrix() reads it back (an error when the VM counts are not
// numbers), edited() says the user changed something.
#include "model/matrix.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hvbench {

class MatrixForm final : public QWidget {
    Q_OBJECT
public:
    explicit MatrixForm(QWidget *parent = nullptr);

    void setMatrix(const Matrix &m);
    Result<Matrix> matrix() const;
    // Shows the problem of matrix() (the VM counts) or of Matrix::validate() next to the fields;
    // returns the status.
    Status showValidation();

    QCheckBox *baselineBox() const { return m_baseline; }
    QLineEdit *vmCountsEdit() const { return m_vmCounts; }
    QSpinBox *repeatsBox() const { return m_repeats; }
    QSpinBox *maxRepeatsBox() const { return m_maxRepeats; }
    QDoubleSpinBox *rsdBox() const { return m_rsd; }
    QSpinBox *budgetBox() const { return m_budget; }
    QSpinBox *seedBox() const { return m_seed; }
    QString vmCountsError() const;
    QString matrixError() const;

Q_SIGNALS:
    void edited();

private:
    bool m_filling = false;
    Matrix m_base;
    QCheckBox *m_baseline;
    QLineEdit *m_vmCounts;
    QLabel *m_vmCountsError;
    QSpinBox *m_repeats;
    QSpinBox *m_maxRepeats;
    QDoubleSpinBox *m_rsd;
    QSpinBox *m_budget;
    QSpinBox *m_seed;
    QLabel *m_error;
};

} // namespace hvbench
