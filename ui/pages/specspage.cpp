// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/specspage.h"
#include "model/sessiondocument.h"
#include "models/specslistmodel.h"
#include "pages/specitemdelegate.h"
#include "pages/vmspecform.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace hvbench {

namespace {
constexpr auto kRed = "color: #b00020;";
constexpr auto kGreen = "color: #2e7d32;";
constexpr auto kAmber = "color: #8a5a00;";
constexpr auto kGrey = "color: #505050;";

QLabel *wrappingLabel(const QString &accessibleName)
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAccessibleName(accessibleName);
    return l;
}

void setStyled(QLabel *label, const QString &text, const char *style)
{
    label->setText(text);
    label->setStyleSheet(QLatin1String(style));
    label->setVisible(!text.isEmpty());
}
} // namespace

SpecsPage::SpecsPage(SessionDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_model(new SpecsListModel(doc, this)), m_list(new QListView),
      m_form(new VmSpecForm), m_hostLine(wrappingLabel(tr("Host checked against"))),
      m_verdict(wrappingLabel(tr("Host verdict"))), m_warnings(wrappingLabel(tr("Host warnings"))),
      m_message(wrappingLabel(tr("Spec list message")))
{
    // --- left: the list and what can be done with it ---
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("VM specs"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    m_list->setItemDelegate(new SpecItemDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust); // rows re-wrap their summary when the list is resized
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_new = addListAction(tr("&New"), QKeySequence(Qt::Key_Insert), &SpecsPage::newSpec);
    m_new->setToolTip(tr("Add a VM spec with default settings (Insert)"));
    m_duplicate = addListAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &SpecsPage::duplicateSpec);
    m_duplicate->setToolTip(tr("Add a copy of the selected VM spec (Ctrl+D)"));
    m_rename = addListAction(tr("Rena&me"), QKeySequence(Qt::Key_F2), &SpecsPage::renameSpec);
    m_rename->setToolTip(tr("Rename the selected VM spec (F2)"));
    m_delete = addListAction(tr("De&lete"), QKeySequence(QKeySequence::Delete), &SpecsPage::deleteSpec);
    m_delete->setToolTip(tr("Delete the selected VM spec, after asking (Delete)"));
    m_up = addListAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), &SpecsPage::moveUp);
    m_up->setToolTip(tr("Move the selected VM spec up (Alt+Up): the matrix runs specs in this order"));
    m_down = addListAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), &SpecsPage::moveDown);
    m_down->setToolTip(tr("Move the selected VM spec down (Alt+Down)"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction *a : {m_new, m_duplicate, m_rename, m_delete}) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setAccessibleName(a->text().remove(QLatin1Char('&')));
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    for (QAction *a : {m_up, m_down}) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setArrowType(a == m_up ? Qt::UpArrow : Qt::DownArrow);
        b->setAccessibleName(a->text());
        buttons->addWidget(b);
    }
    m_message->setStyleSheet(QLatin1String(kRed));
    m_message->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QLabel(tr("&VM specs of this session:"));
    listTitle->setBuddy(m_list);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_message);

    // --- right: the editor and the host check ---
    auto *specBox = new QGroupBox(tr("Selected spec"));
    auto *specLayout = new QVBoxLayout(specBox);
    specLayout->addWidget(m_form);
    auto *checkBox = new QGroupBox(tr("Check against the host"));
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_hostLine);
    checkLayout->addWidget(m_verdict);
    checkLayout->addWidget(m_warnings);
    auto *right = new QWidget;
    right->setMaximumWidth(720);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(specBox);
    rightLayout->addWidget(checkBox);
    rightLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    // The model is the page's view of the session: follow it.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_formError.clear();
        showMessage({});
        refreshForm();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Only the host verdicts changed: keep an unsaved edit in the editor.
                if (roles.isEmpty() || roles.contains(Qt::DisplayRole)) {
                    showMessage({}); // a spec changed: an earlier refusal is history
                    refreshForm();
                }
                updateCheck();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const auto &specs = m_doc->session().specs;
        int row = 0;
        for (int i = 0; i < specs.size(); ++i)
            if (specs.at(i).name == m_selectedName)
                row = i;
        m_formError.clear();
        selectRow(row);
        refreshForm();
        updateActions();
    });
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, sig, this, [this] {
            refreshForm();
            updateActions();
        });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SpecsPage::updateActions);
    connect(m_model, &SpecsListModel::hostChanged, this, &SpecsPage::updateCheck);
    connect(m_model, &SpecsListModel::editRefused, this, &SpecsPage::showMessage);
    connect(m_form, &VmSpecForm::edited, this, &SpecsPage::applyForm);

    selectRow(0);
    refreshForm();
    updateActions();
}

QAction *SpecsPage::addListAction(const QString &text, const QKeySequence &key, void (SpecsPage::*slot)())
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, slot);
    m_list->addAction(a);
    return a;
}

int SpecsPage::currentRow() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void SpecsPage::selectRow(int row)
{
    const QModelIndex i = m_model->index(row, 0);
    if (i.isValid())
        m_list->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
}

void SpecsPage::setHostInfo(const virt::HostInfo &info)
{
    m_model->setHostInfo(info);
}

void SpecsPage::showMessage(const QString &text)
{
    setStyled(m_message, text, kRed);
}

void SpecsPage::newSpec()
{
    const auto row = m_model->addSpec();
    showMessage(row.errorMessage());
    if (row)
        selectRow(*row);
}

void SpecsPage::duplicateSpec()
{
    const auto row = m_model->duplicateSpec(currentRow());
    showMessage(row.errorMessage());
    if (row)
        selectRow(*row);
}

void SpecsPage::renameSpec()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid()) {
        showMessage(tr("Select the VM spec to rename."));
        return;
    }
    m_list->setFocus(); // a refusal stays visible while the name is typed again
    m_list->edit(i);
}

void SpecsPage::deleteSpec()
{
    const int row = currentRow();
    if (row < 0) {
        showMessage(tr("Select the VM spec to delete."));
        return;
    }
    if (m_model->rowCount() <= 1) {
        showMessage(m_model->removeSpec(row).errorMessage()); // refused: says why
        return;
    }
    showMessage({});
    confirmDelete(m_doc->session().specs.at(row).name);
}

void SpecsPage::confirmDelete(const QString &name)
{
    if (m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Delete VM spec"),
                                tr("Delete the VM spec \"%1\"? The matrix will no longer run it.").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox *box = m_confirm;
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        m_confirm = nullptr;
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        // Find the spec again by name: the session may have changed while the question was open.
        const auto &specs = m_doc->session().specs;
        for (int row = 0; row < specs.size(); ++row) {
            if (specs.at(row).name != name)
                continue;
            const Status st = m_model->removeSpec(row);
            showMessage(st.errorMessage());
            if (st)
                selectRow(std::min(row, m_model->rowCount() - 1));
            return;
        }
    });
    m_confirm->open();
}

void SpecsPage::moveUp()
{
    const int row = currentRow();
    if (row > 0 && m_model->moveSpec(row, row - 1))
        selectRow(row - 1);
}

void SpecsPage::moveDown()
{
    const int row = currentRow();
    if (row >= 0 && row + 1 < m_model->rowCount() && m_model->moveSpec(row, row + 1))
        selectRow(row + 1);
}

void SpecsPage::refreshForm()
{
    const int row = currentRow();
    const auto &specs = m_doc->session().specs;
    m_form->setEnabled(row >= 0 && row < specs.size());
    if (row >= 0 && row < specs.size()) {
        const VmSpec &s = specs.at(row);
        if (m_form->spec() != s) {
            m_form->setSpec(s);
            m_formError.clear();
        }
        m_selectedName = s.name;
    }
    updateCheck();
}

void SpecsPage::applyForm()
{
    const Status st = m_model->updateSpec(currentRow(), m_form->spec());
    m_formError = st.errorMessage();
    updateCheck();
}

void SpecsPage::updateActions()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_duplicate->setEnabled(row >= 0);
    m_rename->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
}

void SpecsPage::updateCheck()
{
    using Fit = SpecsListModel::HostFit;
    const virt::HostInfo *host = m_model->host();
    if (!host) {
        setStyled(m_hostLine, tr("No host selected — specs are checked when you connect to a host on the Hosts page."),
                  kGrey);
    } else {
        const QString name = host->hostname.isEmpty() ? host->uri : tr("%1 (%2)").arg(host->uri, host->hostname);
        const QString caps =
            tr("%1 · %2 CPUs · %3 MiB RAM").arg(host->accelName()).arg(host->cpus).arg(host->memoryMiB);
        const int n = m_model->concurrentVms();
        const QString vms = n == 1 ? tr("Warnings assume one VM at a time (the matrix's largest VM count).")
                                   : tr("Warnings assume %1 concurrent VMs (the matrix's largest VM count).").arg(n);
        if (m_model->hostSource() == SpecsListModel::HostSource::Recorded)
            setStyled(m_hostLine,
                      tr("Checked against %1 — %2 — as recorded by this session's last run; connect to a host on the "
                         "Hosts page to check against its current state. %3")
                          .arg(name, caps, vms),
                      kGrey);
        else
            setStyled(m_hostLine, tr("Checked against %1 — %2. %3").arg(name, caps, vms), kGrey);
    }

    const int row = currentRow();
    if (row < 0) {
        setStyled(m_verdict, tr("Select a VM spec."), kGrey);
        setStyled(m_warnings, {}, kAmber);
        return;
    }
    const SpecsListModel::HostCheck c = m_model->check(m_form->spec());
    QString warnings;
    for (const QString &w : c.warnings)
        warnings += (warnings.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("• ") + w;
    if (!m_formError.isEmpty()) {
        setStyled(m_verdict, tr("✖ Not saved: %1").arg(m_formError), kRed);
        setStyled(m_warnings, {}, kAmber);
        return;
    }
    switch (c.fit) {
    case Fit::NoHost:
        setStyled(m_verdict, {}, kGrey);
        break;
    case Fit::Runnable:
        setStyled(m_verdict, tr("✔ This host can run this spec."), kGreen);
        break;
    case Fit::Warnings:
        setStyled(m_verdict, tr("⚠ This host can run this spec, with warnings:"), kAmber);
        break;
    case Fit::Refused:
        setStyled(m_verdict, tr("✖ This host cannot run this spec: %1").arg(c.refusal), kRed);
        break;
    }
    setStyled(m_warnings, warnings, kAmber);
}

} // namespace hvbench
