// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The editor of a BenchmarkSuite: a checkable list of the benchmarks and, beside it, the
// parameters of the one selected in the list (units in the labels), with the model's own
// validation message under them.  Holds no data of its own: setSuite() fills it, suite() reads
// it back, edited() says the user changed something.
#include "model/benchmark.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace hvbench {

class BenchmarkSuiteForm final : public QWidget {
    Q_OBJECT
public:
    explicit BenchmarkSuiteForm(QWidget *parent = nullptr);

    void setSuite(const BenchmarkSuite &suite);
    BenchmarkSuite suite() const;
    // Validates suite() with BenchmarkSuite::validate(), benchmark by benchmark, and shows each
    // message under that benchmark's parameters (and marks it in the list); returns the whole
    // suite's status.
    Status showValidation();

    QListWidget *benchmarkList() const { return m_list; }
    void setChecked(Benchmark b, bool on); // as a click on its check box would
    // The parameter fields, by benchmark, for tests: "digits", "iterations", "dict", "command",
    // "json_path", "regex", "unit", "direction", "duration", "window", "streams", "omit",
    // "size", "runtime", "iodepth", "seq_block", "rand_block".
    QWidget *field(Benchmark b, const QString &name) const;
    QString errorText(Benchmark b) const;

Q_SIGNALS:
    void edited();

private:
    QWidget *page(Benchmark b);
    QSpinBox *spin(Benchmark b, const QString &name, int min, int max, const QString &suffix,
                   const QString &accessible);
    QLineEdit *line(Benchmark b, const QString &name, const QString &accessible);
    void watch(QWidget *w);

    bool m_filling = false;
    BenchmarkSuite m_base; // the suite last set: carries what the form does not edit
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QLabel *m_listError;
    QHash<Benchmark, QLabel *> m_errors;
    QHash<QString, QWidget *> m_fields; // "<benchmark id>/<name>"
};

} // namespace hvbench
