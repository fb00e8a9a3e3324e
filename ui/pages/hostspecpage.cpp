// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/hostspecpage.h"
#include "model/sessiondocument.h"
#include "pages/vmspecform.h"
#include "run/runner.h"
#include "virt/speccheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hvbench {

namespace {
constexpr auto kBadgeStyle = "QLabel { border-radius: 4px; padding: 4px 10px; font-weight: bold; color: white; background: %1; }";

QString badgeStyle(const char *color)
{
    return QString::fromLatin1(kBadgeStyle).arg(QLatin1String(color));
}
} // namespace

HostSpecPage::HostSpecPage(SessionDocument *doc, Runner *runner, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_hostUri(new QLineEdit), m_accelBadge(new QLabel), m_hostDetails(new QLabel),
      m_specForm(new VmSpecForm), m_hostCheck(new QLabel),
      m_baseline(new QCheckBox(tr("Run the bare-metal baseline"))), m_vmCounts(new QLineEdit),
      m_repeats(new QSpinBox), m_piDigits(new QSpinBox), m_validation(new QLabel)
{
    auto *hostBox = new QGroupBox(tr("Host"));
    auto *hostForm = new QFormLayout(hostBox);
    m_hostUri->setPlaceholderText(QStringLiteral("qemu:///system"));
    m_hostUri->setToolTip(tr("A libvirt URI as in virsh, e.g. qemu:///system or qemu+ssh://root@node7/system"));
    m_hostUri->setAccessibleName(tr("Host URI"));
    hostForm->addRow(tr("Host &URI:"), m_hostUri);
    m_accelBadge->setText(tr("Accelerator unknown — probed when a run connects to the host"));
    m_accelBadge->setStyleSheet(badgeStyle("#808080"));
    m_accelBadge->setAccessibleName(tr("Accelerator"));
    hostForm->addRow(tr("Accelerator:"), m_accelBadge);
    m_hostDetails->setText(tr("Not probed yet (bare-metal-only runs do not connect to libvirt)"));
    m_hostDetails->setWordWrap(true);
    m_hostDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hostForm->addRow(tr("Host details:"), m_hostDetails);

    auto *specBox = new QGroupBox(tr("VM spec"));
    auto *specLayout = new QVBoxLayout(specBox);
    specLayout->addWidget(m_specForm);
    // What the last probed host says about this spec: a refusal (with what to change) or warnings.
    m_hostCheck->setWordWrap(true);
    m_hostCheck->setAccessibleName(tr("Host check"));
    m_hostCheck->hide();
    specLayout->addWidget(m_hostCheck);

    auto *matrixBox = new QGroupBox(tr("Matrix (PI workload)"));
    auto *matrixForm = new QFormLayout(matrixBox);
    m_baseline->setAccessibleName(tr("Bare-metal baseline"));
    matrixForm->addRow(tr("Bare metal:"), m_baseline);
    m_vmCounts->setPlaceholderText(tr("e.g. 1, 2 — empty for bare metal only"));
    m_vmCounts->setToolTip(tr("Concurrency levels: how many VMs run the workload at the same time in each cell"));
    m_vmCounts->setAccessibleName(tr("VM counts"));
    matrixForm->addRow(tr("&VM counts:"), m_vmCounts);
    m_repeats->setRange(1, 1000);
    m_repeats->setAccessibleName(tr("Repeats"));
    matrixForm->addRow(tr("Re&peats (rounds per cell):"), m_repeats);
    m_piDigits->setRange(0, 10'000'000);
    m_piDigits->setSingleStep(1000);
    m_piDigits->setSpecialValueText(tr("agent default"));
    m_piDigits->setAccessibleName(tr("PI digits"));
    matrixForm->addRow(tr("PI &digits:"), m_piDigits);

    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_validation->hide();

    // Forms stretched over a wide window are hard to read: keep them a readable width.
    auto *column = new QWidget;
    column->setMaximumWidth(820);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(hostBox);
    columnLayout->addWidget(specBox);
    columnLayout->addWidget(matrixBox);
    columnLayout->addWidget(m_validation);
    columnLayout->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(column, 1);
    layout->addStretch(0);

    readSession();
    connect(doc, &SessionDocument::sessionReset, this, &HostSpecPage::readSession);
    connect(doc, &SessionDocument::settingsChanged, this, &HostSpecPage::readSession);
    connect(runner, &Runner::hostReady, this, [this](const virt::HostInfo &info) { showHost(info); });
    for (QLineEdit *e : {m_hostUri, m_vmCounts})
        connect(e, &QLineEdit::editingFinished, this, &HostSpecPage::applyToSession);
    for (QSpinBox *s : {m_repeats, m_piDigits})
        connect(s, &QSpinBox::valueChanged, this, &HostSpecPage::applyToSession);
    connect(m_specForm, &VmSpecForm::edited, this, &HostSpecPage::applyToSession);
    connect(m_baseline, &QCheckBox::toggled, this, &HostSpecPage::applyToSession);
}

bool HostSpecPage::parseVmCounts(const QString &text, QList<int> *counts)
{
    counts->clear();
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(sep, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 1)
            return false;
        counts->append(n);
    }
    return true;
}

void HostSpecPage::readSession()
{
    m_reading = true;
    const Session &s = m_doc->session();
    m_hostUri->setText(s.hostUri);
    m_specForm->setSpec(s.spec());
    m_baseline->setChecked(s.matrix.baseline);
    QStringList counts;
    for (int n : s.matrix.vmCounts)
        counts.append(QString::number(n));
    m_vmCounts->setText(counts.join(QStringLiteral(", ")));
    m_repeats->setValue(s.matrix.repeats);
    m_piDigits->setValue(s.benchmarks.piDigits);
    m_reading = false;
    // What the session's last run found on its host, until a new run probes it again.
    const QJsonObject host = s.manifest.value(QStringLiteral("host")).toObject();
    if (!host.isEmpty())
        showHost(virt::HostInfo::fromJson(host), tr(" (recorded by this session's last run)"));
    checkAgainstHost();
}

void HostSpecPage::checkAgainstHost()
{
    if (!m_host) {
        m_hostCheck->hide();
        return;
    }
    const Session &s = m_doc->session();
    const int maxVms = s.matrix.vmCounts.isEmpty() ? 0 : *std::max_element(s.matrix.vmCounts.cbegin(), s.matrix.vmCounts.cend());
    if (maxVms == 0) {
        m_hostCheck->hide();
        return;
    }
    const auto placement = virt::placeSpec(s.spec(), *m_host);
    if (!placement) {
        m_hostCheck->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_hostCheck->setText(tr("This host cannot run the spec: %1").arg(placement.errorMessage()));
    } else {
        const QStringList w = virt::specWarnings(s.spec(), *m_host, maxVms);
        m_hostCheck->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_hostCheck->setText(w.join(QLatin1Char('\n')));
    }
    m_hostCheck->setVisible(!m_hostCheck->text().isEmpty());
}

void HostSpecPage::applyToSession()
{
    if (m_reading)
        return;
    const Session &s = m_doc->session();
    const VmSpec spec = m_specForm->spec();
    QList<VmSpec> specs = s.specs;
    specs.first() = spec; // this page edits the first spec
    BenchmarkSuite benchmarks = s.benchmarks;
    benchmarks.piDigits = m_piDigits->value();
    Matrix matrix = s.matrix;
    matrix.baseline = m_baseline->isChecked();
    matrix.repeats = m_repeats->value();
    QList<int> counts;
    if (!parseVmCounts(m_vmCounts->text(), &counts)) {
        m_validation->setText(tr("VM counts must be positive whole numbers separated by commas, e.g. \"1, 2, 8\"."));
        m_validation->show();
        return;
    }
    matrix.vmCounts = counts;
    Status st = spec.validate();
    if (st)
        st = benchmarks.validate();
    if (st)
        st = matrix.validate();
    m_validation->setText(st.errorMessage());
    m_validation->setVisible(!st);
    if (!st)
        return;
    m_doc->setSettings(specs, benchmarks, matrix, m_hostUri->text().trimmed());
}

void HostSpecPage::showHost(const virt::HostInfo &info, const QString &source)
{
    m_host = std::make_unique<virt::HostInfo>(info);
    if (info.kvm) {
        m_accelBadge->setText(tr("KVM — hardware acceleration"));
        m_accelBadge->setStyleSheet(badgeStyle("#2e7d32"));
    } else {
        m_accelBadge->setText(tr("TCG — software emulation: VM numbers do not reflect a real hypervisor"));
        m_accelBadge->setStyleSheet(badgeStyle("#d84315"));
    }
    m_hostDetails->setText(tr("%1 — %2, %3 CPUs, %4 MiB RAM; libvirt %5, hypervisor %6")
                               .arg(info.uri, info.cpuModel)
                               .arg(info.cpus)
                               .arg(info.memoryMiB)
                               .arg(info.libvirtVersion, info.hypervisorVersion)
                           + source);
    checkAgainstHost();
}

} // namespace hvbench
