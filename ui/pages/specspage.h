// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "VM specs": the session's specs on the left (name, summary, what the selected host says), the
// editor of the selected spec on the right and, below it, the live check against the host's
// capabilities.  The session is the only copy of the specs: every edit goes to
// SessionDocument::setSettings (through SpecsListModel) and the page re-reads it when it changes.
#include "virt/hostinfo.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QMessageBox;
class QPushButton;

namespace hvbench {
class SessionDocument;
class SpecsListModel;
class VmSpecForm;

class SpecsPage final : public QWidget {
    Q_OBJECT
public:
    explicit SpecsPage(SessionDocument *doc, QWidget *parent = nullptr);

    // For the lead and for tests.
    QListView *listView() const { return m_list; }
    SpecsListModel *model() const { return m_model; }
    VmSpecForm *form() const { return m_form; }
    QLabel *hostLabel() const { return m_hostLine; }   // which host the specs are checked against
    QLabel *verdictLabel() const { return m_verdict; } // refused (why) / runnable / not saved (why)
    QLabel *warningsLabel() const { return m_warnings; }
    QLabel *messageLabel() const { return m_message; }             // why a list action was refused
    QMessageBox *pendingConfirmation() const { return m_confirm; } // the open "Delete …?" question, if any
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    int currentRow() const;
    void selectRow(int row);

public Q_SLOTS:
    // The session host's capabilities (the Hosts page emits them); replaces a recorded host.
    void setHostInfo(const hvbench::virt::HostInfo &info);
    void newSpec();
    void duplicateSpec();
    void renameSpec(); // inline edit of the name in the list
    void deleteSpec(); // asks first (non-blocking); the last spec cannot be deleted
    void moveUp();
    void moveDown();

private:
    QAction *addListAction(const QString &text, const QKeySequence &key, void (SpecsPage::*slot)());
    void refreshForm(); // the selected spec from the session into the editor
    void applyForm();   // the editor's changes to the session
    void updateCheck();
    void updateActions();
    void showMessage(const QString &text);
    void confirmDelete(const QString &name);

    SessionDocument *m_doc;
    SpecsListModel *m_model;
    QListView *m_list;
    VmSpecForm *m_form;
    QLabel *m_hostLine;
    QLabel *m_verdict;
    QLabel *m_warnings;
    QLabel *m_message;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_up;
    QAction *m_down;
    QMessageBox *m_confirm = nullptr;
    QString m_formError;    // why the editor's last change was not saved (cleared on the next good one)
    QString m_selectedName; // the selection survives a session reset by name
};

} // namespace hvbench
