// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/comparepage.h"
#include "analysis/comparisonmodel.h"
#include "analysis/reference.h"
#include "charts/comparechart.h"
#include "io/csvexport.h"
#include "io/sessionfile.h"
#include "model/benchmark.h"
#include "model/sessiondocument.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hvbench {

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent), m_model(new ComparisonModel(this)), m_chart(new CompareChart(m_model)), m_table(new QTableView),
      m_figure(new QComboBox), m_error(new QLabel), m_reference(new QLabel),
      m_addReference(new QPushButton(tr("Add the paper's &reference (2009)"))),
      m_remove(new QPushButton(tr("&Remove"))), m_export(new QPushButton(tr("Export &CSV…")))
{
    auto *addFiles = new QPushButton(tr("&Add session…"));
    addFiles->setAccessibleName(tr("Add session files"));
    addFiles->setToolTip(tr("Open one or more saved .hvbench sessions and put them side by side"));
    connect(addFiles, &QPushButton::clicked, this, &ComparePage::chooseFiles);
    m_addReference->setAccessibleName(tr("Add the paper's reference"));
    m_addReference->setToolTip(tr("The % loss published by Chierici, Veraldi and Salomoni (2009): "
                                  "Table I (HEP-SPEC06, 8 VMs) and the PI test of §6.3"));
    connect(m_addReference, &QPushButton::clicked, this, &ComparePage::addReference);
    m_remove->setAccessibleName(tr("Remove a session from the comparison"));
    auto *removeMenu = new QMenu(m_remove);
    connect(removeMenu, &QMenu::aboutToShow, this, &ComparePage::fillRemoveMenu);
    m_remove->setMenu(removeMenu);

    m_export->setAccessibleName(tr("Export the comparison as CSV"));
    m_export->setToolTip(tr("The aligned table: one row per benchmark, figure, configuration and VM count; "
                            "per session mean, % loss, its 95 % CI and n (empty where a session has no figure)"));
    connect(m_export, &QPushButton::clicked, this, &ComparePage::chooseCsvFile);

    m_figure->setAccessibleName(tr("Figure to chart"));
    m_figure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *figureLabel = new QLabel(tr("Chart &figure:"));
    figureLabel->setBuddy(m_figure);
    connect(m_figure, &QComboBox::currentIndexChanged, this, [this](int i) {
        const QStringList f = m_figure->itemData(i).toStringList();
        if (f.size() == 2)
            m_chart->setFigure(f.at(0), f.at(1));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(m_addReference);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(figureLabel);
    buttons->addWidget(m_figure);

    m_error->setAccessibleName(tr("Compare error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_reference->setAccessibleName(tr("About the paper's reference"));
    m_reference->setWordWrap(true);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reference->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #e0c060; padding: 4px; }"));
    m_reference->hide();

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Aligned results of every session"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({520, 360});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_reference);
    layout->addWidget(split, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshFigures();
        refreshInfo();
    });
    refreshFigures();
    refreshInfo();
}

QString ComparePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ComparePage::referenceText() const
{
    return m_reference->isHidden() ? QString() : m_reference->text();
}

void ComparePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

Status ComparePage::addSessionFile(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty() && std::find(m_files.cbegin(), m_files.cend(), canonical) != m_files.cend()) {
        const Error e{tr("%1 is already in the comparison.").arg(QFileInfo(path).fileName())};
        showError(e.message);
        return e;
    }
    auto s = io::loadSession(path);
    if (!s) {
        const Error e{tr("Could not add %1 to the comparison: %2").arg(QFileInfo(path).fileName(), s.errorMessage())};
        showError(e.message);
        return e;
    }
    QString name = QFileInfo(path).completeBaseName();
    QStringList taken;
    for (int i = 0; i < m_model->sourceCount(); ++i)
        taken.append(m_model->sourceName(i));
    for (int k = 2; taken.contains(name); ++k)
        name = QStringLiteral("%1 (%2)").arg(QFileInfo(path).completeBaseName()).arg(k);
    const int id = m_model->addSession(name, *s);
    m_files.insert(id, canonical);
    showError({});
    return Ok{};
}

void ComparePage::addReference()
{
    if (m_model->hasReference())
        return;
    const auto ref = analysis::loadReference();
    if (!ref) {
        showError(tr("Could not load the paper's reference: %1").arg(ref.errorMessage()));
        return;
    }
    m_model->addReference(tr("Paper (2009)"), *ref);
    const QString caveat =
        tr("<b>Published, not measured.</b> %1 — %2; %3; guests %4; %5.<br>"
           "Its CPU figure is <b>HEP-SPEC06</b>; hvbench's CPU score is <b>7-Zip</b>, not HEP-SPEC06: "
           "compare the <b>% loss</b> against bare metal, never the absolute scores. "
           "“E5410 vs E5420” is the paper's yardstick: a physical CPU one clock tick slower, no hypervisor. "
           "PI figures are the text's approximate statements (“about 2 %”). "
           "Paper rows join your rows of the same VM count and hypervisor kind "
           "(KVM and QEMU → kvm, Xen PV → xen-para, Xen HVM → xen-hvm).")
            .arg(ref->citation().toHtmlEscaped(), ref->host.toHtmlEscaped(), ref->hypervisors.toHtmlEscaped(),
                 ref->guestOs.toHtmlEscaped(), ref->vm.toHtmlEscaped());
    m_reference->setText(caveat);
    showError({});
    refreshInfo();
}

void ComparePage::setCurrentSession(const SessionDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (!doc) {
        m_model->removeSource(m_currentId);
        m_currentId = -1;
        return;
    }
    connect(doc, &SessionDocument::sessionReset, this, &ComparePage::refreshCurrent);
    connect(doc, &SessionDocument::resultAdded, this, &ComparePage::refreshCurrent);
    connect(doc, &SessionDocument::resultsCleared, this, &ComparePage::refreshCurrent);
    connect(doc, &SessionDocument::settingsChanged, this, &ComparePage::refreshCurrent);
    connect(doc, &QObject::destroyed, this, [this] {
        m_model->removeSource(m_currentId);
        m_currentId = -1;
    });
    refreshCurrent();
}

void ComparePage::refreshCurrent()
{
    if (!m_doc)
        return;
    if (m_model->indexOfSource(m_currentId) >= 0)
        m_model->updateSession(m_currentId, m_doc->session());
    else
        m_currentId = m_model->addSession(tr("This session"), m_doc->session());
}

void ComparePage::removeSource(int index)
{
    if (index < 0 || index >= m_model->sourceCount())
        return;
    const int id = m_model->sourceId(index);
    if (id == m_currentId) {
        if (m_doc)
            disconnect(m_doc, nullptr, this, nullptr);
        m_doc = nullptr;
        m_currentId = -1;
    }
    m_files.remove(id);
    const bool wasReference = m_model->isPublished(index);
    m_model->removeSource(id);
    if (wasReference)
        m_reference->clear();
    refreshInfo();
}

void ComparePage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Add sessions to the comparison"), QString(),
                                   tr("hvbench sessions (*.hvbench);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        QStringList errors;
        for (const QString &f : files)
            if (auto st = addSessionFile(f); !st)
                errors.append(st.errorMessage());
        showError(errors.join(QLatin1Char('\n')));
    });
    dialog->open();
}

Status ComparePage::exportCsv(const QString &path)
{
    Status st = io::writeCsv(*m_model, path);
    showError(st ? QString() : tr("Could not export the comparison: %1").arg(st.errorMessage()));
    return st;
}

void ComparePage::chooseCsvFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the comparison as CSV"), QStringLiteral("comparison.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        static_cast<void>(exportCsv(path)); // an error is shown on the page
    });
    dialog->open();
}

void ComparePage::fillRemoveMenu()
{
    QMenu *menu = m_remove->menu();
    menu->clear();
    for (int i = 0; i < m_model->sourceCount(); ++i) {
        const int id = m_model->sourceId(i);
        connect(menu->addAction(m_model->sourceName(i)), &QAction::triggered, this,
                [this, id] { removeSource(m_model->indexOfSource(id)); });
    }
}

void ComparePage::refreshFigures()
{
    const QStringList current = m_figure->currentData().toStringList();
    const QSignalBlocker block(m_figure);
    m_figure->clear();
    for (const auto &[benchmark, metric] : m_model->figures()) {
        const auto b = benchmarkFromId(benchmark);
        m_figure->addItem(tr("%1 — %2").arg(b ? benchmarkDisplayName(*b) : benchmark, metric),
                          QStringList{benchmark, metric});
    }
    int i = current.isEmpty() ? -1 : m_figure->findData(current);
    if (i < 0) {
        // Prefer a figure the paper has, then the first.
        i = m_figure->findData(QStringList{QStringLiteral("cpu-score"), QStringLiteral("score_per_copy_mips")});
        if (i < 0 || !m_model->hasReference())
            i = m_figure->count() > 0 ? 0 : -1;
    }
    m_figure->setCurrentIndex(i);
    const QStringList f = m_figure->itemData(i).toStringList();
    if (f.size() == 2 && (f.at(0) != m_chart->benchmark() || f.at(1) != m_chart->metric()))
        m_chart->setFigure(f.at(0), f.at(1)); // the box and the chart show the same figure
    m_figure->setEnabled(m_figure->count() > 0);
}

void ComparePage::refreshInfo()
{
    QStringList emulated;
    for (int i = 0; i < m_model->sourceCount(); ++i)
        if (!m_model->sourceCaveat(i).isEmpty())
            emulated.append(m_model->sourceName(i));
    m_chart->setCaveat(emulated.isEmpty()
                           ? QString()
                           : tr("⚠ %1: QEMU/TCG software emulation (no KVM) — VM figures measure the emulator")
                                 .arg(emulated.join(QStringLiteral(", "))));
    const bool ref = m_model->hasReference();
    m_addReference->setEnabled(!ref);
    m_reference->setVisible(ref && !m_reference->text().isEmpty());
    m_remove->setEnabled(m_model->sourceCount() > 0);
    m_export->setEnabled(m_model->rowCount() > 0);
}

} // namespace hvbench
