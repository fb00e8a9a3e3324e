// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/matrixpage.h"
#include "guest/guestimage.h"
#include "model/presets.h"
#include "model/sessiondocument.h"
#include "pages/benchmarksuiteform.h"
#include "pages/matrixform.h"
#include "run/matrixpreviewmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hvbench {

namespace {
// Rows the host skips are drawn greyed (the reason is in their Status column).
class SkippedRowDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(MatrixPreviewModel::SkippedRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};
} // namespace

MatrixPage::MatrixPage(SessionDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_presets(new QComboBox), m_applyPreset(new QPushButton(tr("Apply preset…"))),
      m_suiteForm(new BenchmarkSuiteForm), m_matrixForm(new MatrixForm), m_specs(new QLabel),
      m_preview(new MatrixPreviewModel(doc, this)), m_summary(new QLabel), m_assumptions(new QLabel),
      m_table(new QTableView), m_commands(new QPlainTextEdit)
{
    // Presets: the paper's experiment, a quick run of its shape, the demo.
    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Preset:"));
    presetLabel->setBuddy(m_presets);
    for (const Preset &p : presets()) {
        m_presets->addItem(p.name, p.id);
        m_presets->setItemData(m_presets->count() - 1, p.description, Qt::ToolTipRole);
    }
    m_presets->setPlaceholderText(tr("Choose a preset…"));
    m_presets->setCurrentIndex(-1);
    m_presets->setAccessibleName(tr("Preset"));
    m_applyPreset->setEnabled(false);
    auto presetTip = [this] {
        m_presets->setToolTip(
            m_presets->currentIndex() < 0
                ? tr("Ready-made benchmarks and matrices, the seed paper's whole experiment among them.")
                : m_presets->currentData(Qt::ToolTipRole).toString());
        m_applyPreset->setEnabled(m_presets->currentIndex() >= 0);
    };
    connect(m_presets, &QComboBox::currentIndexChanged, this, presetTip);
    presetTip();
    m_applyPreset->setAccessibleName(tr("Apply preset"));
    m_applyPreset->setToolTip(tr("Replace the benchmarks and the matrix with the preset's (and, if you agree, the VM "
                                 "specs too)."));
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presets);
    presetRow->addWidget(m_applyPreset);
    presetRow->addStretch(1);

    auto *benchBox = new QGroupBox(tr("Benchmarks"));
    (new QVBoxLayout(benchBox))->addWidget(m_suiteForm);
    auto *matrixBox = new QGroupBox(tr("Matrix"));
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addWidget(m_matrixForm);
    m_specs->setWordWrap(true);
    m_specs->setAccessibleName(tr("VM specs in the matrix"));
    matrixLayout->addWidget(m_specs);
    matrixLayout->addStretch(1);
    auto *settings = new QWidget;
    auto *settingsLayout = new QHBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addWidget(benchBox, 3);
    settingsLayout->addWidget(matrixBox, 2);

    auto *previewBox = new QGroupBox(tr("Expanded matrix — what will run"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Matrix summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assumptions->setWordWrap(true);
    m_assumptions->setAccessibleName(tr("What the estimate assumes"));
    m_assumptions->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_assumptions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_preview);
    m_table->setAccessibleName(tr("Expanded matrix"));
    m_table->setItemDelegate(new SkippedRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_assumptions);
    previewLayout->addWidget(m_table, 1);
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setAccessibleName(tr("Command lines of the selected row"));
    m_commands->setPlaceholderText(tr("Select a row to see the exact command line of each of its guests."));
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setMaximumHeight(m_commands->fontMetrics().height() * 5 + 12);
    previewLayout->addWidget(m_commands);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(settings);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presetRow);
    layout->addWidget(split, 1);

    // The tools of the bundled guest decide which benchmarks a bundled guest can run.
    if (auto g = guest::locateGuestImage())
        m_preview->setGuestTools(g->tools);
    else
        m_guestNote = g.errorMessage() + tr(" The plan assumes it has every benchmark tool.");

    connect(m_preview, &MatrixPreviewModel::previewChanged, this, &MatrixPage::updateSummary);
    connect(m_preview, &QAbstractItemModel::modelReset, this, &MatrixPage::fitColumns);
    // Keep the selected row across recomputations (every edit recomputes the whole table).
    connect(m_preview, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedRow = m_table->currentIndex().row(); });
    connect(m_preview, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selectedRow >= 0 && m_selectedRow < m_preview->rowCount())
            m_table->selectRow(m_selectedRow);
        else
            m_commands->clear();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MatrixPage::showCommands);
    connect(doc, &SessionDocument::sessionReset, this, &MatrixPage::readSession);
    connect(doc, &SessionDocument::settingsChanged, this, &MatrixPage::readSession);
    connect(m_suiteForm, &BenchmarkSuiteForm::edited, this, &MatrixPage::applyToSession);
    connect(m_matrixForm, &MatrixForm::edited, this, &MatrixPage::applyToSession);
    connect(m_applyPreset, &QPushButton::clicked, this, &MatrixPage::applyPreset);
    readSession();
    updateSummary();
    fitColumns();
}

void MatrixPage::showCommands(const QModelIndex &current)
{
    QStringList lines;
    if (current.isValid()) {
        const QStringList commands =
            current.siblingAtColumn(0).data(MatrixPreviewModel::CommandLinesRole).toStringList();
        for (int g = 0; g < commands.size(); ++g)
            lines.append(commands.size() == 1 ? commands.at(g) : tr("guest %1: %2").arg(g + 1).arg(commands.at(g)));
    }
    m_commands->setPlainText(lines.join(QLatin1Char('\n')));
}

void MatrixPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    // A skip reason can be a long sentence: its start is shown, all of it in the tooltip.
    m_table->setColumnWidth(MatrixPreviewModel::Status,
                            std::min(m_table->columnWidth(MatrixPreviewModel::Status), 280));
}

void MatrixPage::setHostInfo(const virt::HostInfo &info)
{
    m_preview->setHostInfo(info);
}

void MatrixPage::readSession()
{
    m_reading = true;
    const Session &s = m_doc->session();
    m_suiteForm->setSuite(s.benchmarks);
    m_matrixForm->setMatrix(s.matrix);
    m_suiteForm->showValidation();
    m_matrixForm->showValidation();
    m_specs->setText(tr("VM specs in the matrix: all %n of the session's (%1). Edit them on the VM specs page.",
                        nullptr, int(s.specs.size()))
                         .arg(s.specNames().join(QStringLiteral(", "))));
    m_reading = false;
}

void MatrixPage::applyToSession()
{
    if (m_reading)
        return;
    const Status suiteOk = m_suiteForm->showValidation();
    const Status matrixOk = m_matrixForm->showValidation();
    if (!suiteOk || !matrixOk)
        return; // refused: the messages are next to the fields, the session is unchanged
    const Session &s = m_doc->session();
    const BenchmarkSuite suite = m_suiteForm->suite();
    const Matrix matrix = *m_matrixForm->matrix();
    if (suite == s.benchmarks && matrix == s.matrix)
        return;
    m_doc->setSettings(s.specs, suite, matrix, s.hostUri);
}

void MatrixPage::applyPreset()
{
    const QString id = m_presets->currentData().toString();
    const auto preset = makePreset(id);
    if (!preset) {
        QMessageBox::warning(this, tr("Preset"), preset.errorMessage());
        return;
    }
    const Session &s = m_doc->session();
    if (preset->specs == s.specs)
        return applyPresetSession(*preset, false);
    // The preset brings its own VM specs: replacing the user's needs a yes.
    if (m_question)
        m_question->deleteLater();
    m_question = new QMessageBox(QMessageBox::Question, tr("Apply preset"),
                                 tr("The preset \"%1\" also defines %n VM spec(s) (%2). Replace the session's %3 VM "
                                    "spec(s) with them, or keep yours and take only its benchmarks and matrix?",
                                    nullptr, int(preset->specs.size()))
                                     .arg(m_presets->currentText(), preset->specNames().join(QStringLiteral(", ")))
                                     .arg(s.specs.size()),
                                 QMessageBox::NoButton, this);
    QPushButton *replace = m_question->addButton(tr("Replace the VM specs"), QMessageBox::AcceptRole);
    QPushButton *keep = m_question->addButton(tr("Keep my VM specs"), QMessageBox::ApplyRole);
    m_question->addButton(QMessageBox::Cancel);
    m_question->setDefaultButton(replace);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    const Session copy = *preset;
    connect(m_question, &QMessageBox::buttonClicked, this, [this, copy, replace, keep](QAbstractButton *b) {
        if (b == replace || b == keep)
            applyPresetSession(copy, b == replace);
    });
    m_question->open();
}

void MatrixPage::applyPresetSession(const Session &preset, bool withSpecs)
{
    const Session &s = m_doc->session();
    m_doc->setSettings(withSpecs ? preset.specs : s.specs, preset.benchmarks, preset.matrix, s.hostUri);
}

QString MatrixPage::summaryText() const
{
    return m_summary->text();
}

void MatrixPage::updateSummary()
{
    const MatrixPreview &p = m_preview->preview();
    const Matrix &m = m_doc->session().matrix;
    QString text = tr("<b>%n cell(s)</b> will run", nullptr, p.cells);
    if (p.skippedCells > 0)
        text += tr(" (%n skipped)", nullptr, p.skippedCells);
    text += tr(", <b>%n benchmark run(s)</b>", nullptr, p.minRuns);
    if (p.maxRuns > p.minRuns)
        text += tr(" (up to %1 if every cell needs %2 rounds)").arg(p.maxRuns).arg(m.roundLimit());
    text +=
        tr(". Estimated duration: <b>≈ %1</b> (benchmarks %2 + %n cell visit(s) starting and stopping VMs %3)", nullptr,
           p.visits)
            .arg(formatDuration(p.minSeconds()), formatDuration(p.benchmarkSeconds), formatDuration(p.overheadSeconds));
    if (p.maxSeconds > p.minSeconds() + 0.5)
        text += tr("; up to ≈ %1 with %2 rounds everywhere").arg(formatDuration(p.maxSeconds)).arg(m.roundLimit());
    text += QLatin1Char('.');
    if (m.budgetMinutes > 0)
        text += tr(" The time budget stops starting rounds after %1 min.").arg(m.budgetMinutes);
    m_summary->setText(text);

    QStringList notes;
    notes.append(
        tr("This is an estimate. It assumes: %1.").arg(m_preview->assumptions().describe().join(QStringLiteral("; "))));
    if (p.recordedRows > 0)
        notes.append(tr("%n row(s) use the wall times this session recorded with the same parameters.", nullptr,
                        p.recordedRows));
    if (!p.hostKnown)
        notes.append(tr("No host known yet: planned as if the host could run every VM spec (connect on the Hosts page "
                        "to see what it skips), and timed as QEMU/TCG except for KVM and Xen specs."));
    if (!m_guestNote.isEmpty())
        notes.append(m_guestNote);
    notes.append(tr("Command lines as the run sends them; 10.213.x.1 is the host side of the run's isolated network "
                    "(its subnet is chosen when the run starts) and VMs are named as on their first visit."));
    notes += p.warnings;
    m_assumptions->setText(notes.join(QLatin1Char('\n')));
}

} // namespace hvbench
