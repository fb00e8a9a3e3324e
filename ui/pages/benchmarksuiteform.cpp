// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/benchmarksuiteform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hvbench {

namespace {
constexpr int kBenchmarkRole = Qt::UserRole + 1;
const QString kError = QStringLiteral("color: #b00020;");

// Only `b` enabled, with its parameters from `s` and everything else at the defaults: what
// validate() says about this one benchmark.
BenchmarkSuite only(const BenchmarkSuite &s, Benchmark b)
{
    BenchmarkSuite one;
    one.enabled = {b};
    switch (b) {
    case Benchmark::Pi:
        one.piDigits = s.piDigits;
        break;
    case Benchmark::CpuScore:
        one.cpu = s.cpu;
        break;
    case Benchmark::ExternalScore:
        one.external = s.external;
        break;
    case Benchmark::NetOut:
    case Benchmark::NetIn:
        one.net = s.net;
        break;
    case Benchmark::Fio:
        one.fio = s.fio;
        break;
    case Benchmark::Bonnie:
        one.bonnie = s.bonnie;
        break;
    }
    return one;
}

QString sizeText(int log2)
{
    const qint64 bytes = qint64(1) << log2;
    if (bytes >= qint64(1) << 30)
        return QObject::tr("%1 GiB").arg(bytes >> 30);
    if (bytes >= qint64(1) << 20)
        return QObject::tr("%1 MiB").arg(bytes >> 20);
    return QObject::tr("%1 KiB").arg(bytes >> 10);
}
} // namespace

BenchmarkSuiteForm::BenchmarkSuiteForm(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_pages(new QStackedWidget), m_listError(new QLabel)
{
    m_list->setAccessibleName(tr("Benchmarks"));
    m_list->setToolTip(tr("Check the benchmarks the matrix runs; select one to edit its parameters."));
    for (Benchmark b : allBenchmarks()) {
        auto *item = new QListWidgetItem(benchmarkDisplayName(b), m_list);
        item->setData(kBenchmarkRole, int(b));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_pages->addWidget(page(b));
    }
    m_list->setMinimumWidth(260);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_listError->setWordWrap(true);
    m_listError->setStyleSheet(kError);
    m_listError->setAccessibleName(tr("Benchmark selection problem"));
    m_listError->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_listError);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 0);
    layout->addWidget(m_pages, 1);

    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
    m_list->setCurrentRow(0);
}

QWidget *BenchmarkSuiteForm::page(Benchmark b)
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(benchmarkDisplayName(b).toHtmlEscaped()));
    v->addWidget(title);
    auto *form = new QFormLayout;
    v->addLayout(form);
    switch (b) {
    case Benchmark::Pi: {
        QSpinBox *digits = spin(b, QStringLiteral("digits"), 0, 10'000'000, tr(" digits"), tr("PI digits"));
        digits->setSingleStep(10000);
        digits->setSpecialValueText(tr("agent default (80 000 digits)"));
        form->addRow(tr("&Digits (0 = default):"), digits);
        break;
    }
    case Benchmark::CpuScore: {
        form->addRow(tr("&Iterations (7zz b N):"),
                     spin(b, QStringLiteral("iterations"), 0, 1000, QString(), tr("7-Zip iterations")));
        auto *dict = new QComboBox;
        for (int log2 = 10; log2 <= 30; ++log2)
            dict->addItem(tr("%1 (-md%2)").arg(sizeText(log2)).arg(log2), log2);
        dict->setAccessibleName(tr("7-Zip dictionary size"));
        m_fields.insert(benchmarkId(b) + QStringLiteral("/dict"), dict);
        watch(dict);
        form->addRow(tr("Di&ctionary (bytes):"), dict);
        break;
    }
    case Benchmark::ExternalScore: {
        QLineEdit *cmd = line(b, QStringLiteral("command"), tr("External score command"));
        cmd->setPlaceholderText(tr("e.g. /opt/hs06/runspec --json"));
        cmd->setToolTip(tr("Run as it is in every guest and on bare metal, no shell; quote arguments with spaces."));
        form->addRow(tr("Co&mmand:"), cmd);
        QLineEdit *path = line(b, QStringLiteral("json_path"), tr("JSON path of the score"));
        path->setPlaceholderText(tr("e.g. results.score — or leave empty and give a regex"));
        form->addRow(tr("&JSON path:"), path);
        QLineEdit *re = line(b, QStringLiteral("regex"), tr("Regular expression of the score"));
        re->setPlaceholderText(tr("e.g. Score: ([0-9.]+) — one capture group"));
        form->addRow(tr("&Regex:"), re);
        QLineEdit *unit = line(b, QStringLiteral("unit"), tr("Unit of the score"));
        unit->setPlaceholderText(tr("e.g. HS06"));
        form->addRow(tr("&Unit:"), unit);
        auto *dir = new QComboBox;
        dir->addItem(tr("higher is better"), true);
        dir->addItem(tr("lower is better"), false);
        dir->setAccessibleName(tr("Direction of the score"));
        m_fields.insert(benchmarkId(b) + QStringLiteral("/direction"), dir);
        watch(dir);
        form->addRow(tr("Di&rection:"), dir);
        break;
    }
    case Benchmark::NetIn: {
        auto *shared = new QLabel(tr("Network in (iperf3 -R) runs with the parameters of network out: select "
                                     "network out to edit them."));
        shared->setWordWrap(true);
        form->addRow(shared);
        break;
    }
    case Benchmark::NetOut: {
        form->addRow(tr("&Duration (-t, s):"),
                     spin(b, QStringLiteral("duration"), 0, 100'000, tr(" s"), tr("iperf3 duration in seconds")));
        QLineEdit *win = line(b, QStringLiteral("window"), tr("iperf3 window"));
        win->setPlaceholderText(tr("kernel default"));
        win->setToolTip(tr("Socket buffer size (-w), e.g. 256K or 4M; empty = the kernel's default."));
        form->addRow(tr("&Window (-w, bytes, K/M/G):"), win);
        form->addRow(tr("&Streams (-P):"),
                     spin(b, QStringLiteral("streams"), 0, 1000, QString(), tr("iperf3 streams")));
        form->addRow(tr("&Warm-up not counted (-O, s):"),
                     spin(b, QStringLiteral("omit"), 0, 100'000, tr(" s"), tr("iperf3 omitted seconds")));
        auto *shared = new QLabel(tr("Network in (iperf3 -R) uses these parameters too."));
        shared->setWordWrap(true);
        form->addRow(shared);
        break;
    }
    case Benchmark::Fio: {
        QSpinBox *size = spin(b, QStringLiteral("size"), 0, 16 * 1024 * 1024, tr(" MiB"), tr("fio data set in MiB"));
        size->setSpecialValueText(tr("2 × the guest's RAM"));
        size->setSingleStep(256);
        form->addRow(tr("Data &set per guest (MiB):"), size);
        QSpinBox *runtime = spin(b, QStringLiteral("runtime"), 0, 86'400, tr(" s"), tr("fio runtime cap in seconds"));
        runtime->setSpecialValueText(tr("one pass over the data set"));
        form->addRow(tr("Run&time cap per job (s):"), runtime);
        form->addRow(tr("I/O &depth (random jobs):"),
                     spin(b, QStringLiteral("iodepth"), 0, 100'000, QString(), tr("fio I/O depth")));
        form->addRow(tr("Se&quential block (KiB):"), spin(b, QStringLiteral("seq_block"), 0, 1024 * 1024, tr(" KiB"),
                                                          tr("fio sequential block size in KiB")));
        form->addRow(tr("Ra&ndom block (KiB):"), spin(b, QStringLiteral("rand_block"), 0, 1024 * 1024, tr(" KiB"),
                                                      tr("fio random block size in KiB")));
        break;
    }
    case Benchmark::Bonnie: {
        QSpinBox *size =
            spin(b, QStringLiteral("size"), 0, 16 * 1024 * 1024, tr(" MiB"), tr("bonnie++ data set in MiB"));
        size->setSpecialValueText(tr("2 × the guest's RAM"));
        size->setSingleStep(256);
        form->addRow(tr("Data &set per guest (-s, MiB):"), size);
        break;
    }
    }
    auto *error = new QLabel;
    error->setWordWrap(true);
    error->setStyleSheet(kError);
    error->setAccessibleName(tr("Problem with %1").arg(benchmarkDisplayName(b)));
    error->hide();
    m_errors.insert(b, error);
    v->addWidget(error);
    v->addStretch(1);
    return w;
}

QSpinBox *BenchmarkSuiteForm::spin(Benchmark b, const QString &name, int min, int max, const QString &suffix,
                                   const QString &accessible)
{
    auto *s = new QSpinBox;
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAccessibleName(accessible);
    s->setKeyboardTracking(false); // one edit per finished number, not per keystroke
    m_fields.insert(benchmarkId(b) + QLatin1Char('/') + name, s);
    watch(s);
    return s;
}

QLineEdit *BenchmarkSuiteForm::line(Benchmark b, const QString &name, const QString &accessible)
{
    auto *e = new QLineEdit;
    e->setAccessibleName(accessible);
    m_fields.insert(benchmarkId(b) + QLatin1Char('/') + name, e);
    watch(e);
    return e;
}

void BenchmarkSuiteForm::watch(QWidget *w)
{
    auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    if (auto *s = qobject_cast<QSpinBox *>(w))
        connect(s, &QSpinBox::valueChanged, this, changed);
    else if (auto *e = qobject_cast<QLineEdit *>(w))
        connect(e, &QLineEdit::editingFinished, this, changed);
    else if (auto *c = qobject_cast<QComboBox *>(w))
        connect(c, &QComboBox::currentIndexChanged, this, changed);
}

QWidget *BenchmarkSuiteForm::field(Benchmark b, const QString &name) const
{
    // Network in edits the same parameters as network out (one iperf3 setting).
    const Benchmark owner = b == Benchmark::NetIn ? Benchmark::NetOut : b;
    QWidget *w = m_fields.value(benchmarkId(b) + QLatin1Char('/') + name);
    return w ? w : m_fields.value(benchmarkId(owner) + QLatin1Char('/') + name);
}

QString BenchmarkSuiteForm::errorText(Benchmark b) const
{
    const QLabel *l = m_errors.value(b);
    return l && !l->isHidden() ? l->text() : QString();
}

void BenchmarkSuiteForm::setChecked(Benchmark b, bool on)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kBenchmarkRole).toInt() == int(b))
            m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void BenchmarkSuiteForm::setSuite(const BenchmarkSuite &s)
{
    m_filling = true;
    m_base = s;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(s.has(Benchmark(item->data(kBenchmarkRole).toInt())) ? Qt::Checked : Qt::Unchecked);
    }
    auto setSpin = [this](Benchmark b, const char *name, int v) {
        static_cast<QSpinBox *>(field(b, QLatin1String(name)))->setValue(v);
    };
    auto setLine = [this](Benchmark b, const char *name, const QString &v) {
        static_cast<QLineEdit *>(field(b, QLatin1String(name)))->setText(v);
    };
    auto setCombo = [this](Benchmark b, const char *name, const QVariant &v) {
        auto *c = static_cast<QComboBox *>(field(b, QLatin1String(name)));
        c->setCurrentIndex(std::max(0, c->findData(v)));
    };
    setSpin(Benchmark::Pi, "digits", s.piDigits);
    setSpin(Benchmark::CpuScore, "iterations", s.cpu.iterations);
    setCombo(Benchmark::CpuScore, "dict", s.cpu.dictLog);
    QStringList quoted;
    for (const QString &a : s.external.argv)
        quoted.append(a.contains(QLatin1Char(' ')) || a.isEmpty() ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    setLine(Benchmark::ExternalScore, "command", quoted.join(QLatin1Char(' ')));
    setLine(Benchmark::ExternalScore, "json_path", s.external.jsonPath);
    setLine(Benchmark::ExternalScore, "regex", s.external.regex);
    setLine(Benchmark::ExternalScore, "unit", s.external.unit);
    setCombo(Benchmark::ExternalScore, "direction", s.external.higherIsBetter);
    setSpin(Benchmark::NetOut, "duration", s.net.durationS);
    setLine(Benchmark::NetOut, "window", s.net.window);
    setSpin(Benchmark::NetOut, "streams", s.net.streams);
    setSpin(Benchmark::NetOut, "omit", s.net.omitS);
    setSpin(Benchmark::Fio, "size", s.fio.sizeMiB);
    setSpin(Benchmark::Fio, "runtime", s.fio.runtimeS);
    setSpin(Benchmark::Fio, "iodepth", s.fio.iodepth);
    setSpin(Benchmark::Fio, "seq_block", s.fio.seqBlockKiB);
    setSpin(Benchmark::Fio, "rand_block", s.fio.randBlockKiB);
    setSpin(Benchmark::Bonnie, "size", s.bonnie.sizeMiB);
    m_filling = false;
}

BenchmarkSuite BenchmarkSuiteForm::suite() const
{
    BenchmarkSuite s = m_base;
    s.enabled.clear();
    for (int i = 0; i < m_list->count(); ++i) // the list is in allBenchmarks() order: the suite's order
        if (m_list->item(i)->checkState() == Qt::Checked)
            s.enabled.append(Benchmark(m_list->item(i)->data(kBenchmarkRole).toInt()));
    auto spinOf = [this](Benchmark b, const char *name) {
        return static_cast<QSpinBox *>(field(b, QLatin1String(name)))->value();
    };
    auto lineOf = [this](Benchmark b, const char *name) {
        return static_cast<QLineEdit *>(field(b, QLatin1String(name)))->text().trimmed();
    };
    auto comboOf = [this](Benchmark b, const char *name) {
        return static_cast<QComboBox *>(field(b, QLatin1String(name)))->currentData();
    };
    s.piDigits = spinOf(Benchmark::Pi, "digits");
    s.cpu.iterations = spinOf(Benchmark::CpuScore, "iterations");
    s.cpu.dictLog = comboOf(Benchmark::CpuScore, "dict").toInt();
    s.external.argv = QProcess::splitCommand(lineOf(Benchmark::ExternalScore, "command"));
    s.external.jsonPath = lineOf(Benchmark::ExternalScore, "json_path");
    s.external.regex = lineOf(Benchmark::ExternalScore, "regex");
    s.external.unit = lineOf(Benchmark::ExternalScore, "unit");
    s.external.higherIsBetter = comboOf(Benchmark::ExternalScore, "direction").toBool();
    s.net.durationS = spinOf(Benchmark::NetOut, "duration");
    s.net.window = lineOf(Benchmark::NetOut, "window");
    s.net.streams = spinOf(Benchmark::NetOut, "streams");
    s.net.omitS = spinOf(Benchmark::NetOut, "omit");
    s.fio.sizeMiB = spinOf(Benchmark::Fio, "size");
    s.fio.runtimeS = spinOf(Benchmark::Fio, "runtime");
    s.fio.iodepth = spinOf(Benchmark::Fio, "iodepth");
    s.fio.seqBlockKiB = spinOf(Benchmark::Fio, "seq_block");
    s.fio.randBlockKiB = spinOf(Benchmark::Fio, "rand_block");
    s.bonnie.sizeMiB = spinOf(Benchmark::Bonnie, "size");
    return s;
}

Status BenchmarkSuiteForm::showValidation()
{
    const BenchmarkSuite s = suite();
    const QScopedValueRollback filling(m_filling, true); // item texts change: not an edit
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const Benchmark b = Benchmark(item->data(kBenchmarkRole).toInt());
        // The external score is only checked when it is selected (validate() does the same).
        const Status st = b == Benchmark::ExternalScore && !s.has(b) ? Status(Ok{}) : only(s, b).validate();
        QLabel *error = m_errors.value(b);
        error->setText(st.errorMessage());
        error->setVisible(!st);
        item->setText(st ? benchmarkDisplayName(b) : tr("%1 — check its parameters").arg(benchmarkDisplayName(b)));
        item->setToolTip(st.errorMessage());
    }
    const Status whole = s.validate();
    const bool noneSelected = s.enabled.isEmpty();
    m_listError->setText(noneSelected ? whole.errorMessage() : QString());
    m_listError->setVisible(noneSelected);
    return whole;
}

} // namespace hvbench
