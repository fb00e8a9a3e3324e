// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Matrix": which benchmarks run with which parameters, the concurrency levels, the baseline and
// the repeat rule, presets (the seed paper's experiment among them), and the expanded matrix as
// it will run — every cell × benchmark with its runs, an estimated duration and the exact command
// line of each guest, skipped ones with the reason.  Every edit goes straight to
// SessionDocument::setSettings (a refused edit leaves the session as it was and says why); the
// page re-reads the session when it is reset or changed elsewhere.
#include "virt/hostinfo.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hvbench {
class SessionDocument;
class BenchmarkSuiteForm;
class MatrixForm;
class MatrixPreviewModel;
struct Session;

class MatrixPage final : public QWidget {
    Q_OBJECT
public:
    explicit MatrixPage(SessionDocument *doc, QWidget *parent = nullptr);

    BenchmarkSuiteForm *suiteForm() const { return m_suiteForm; }
    MatrixForm *matrixForm() const { return m_matrixForm; }
    QComboBox *presetCombo() const { return m_presets; }
    QPushButton *applyPresetButton() const { return m_applyPreset; }
    // The question "replace the VM specs too?" while it is open (null otherwise).
    QMessageBox *presetQuestion() const { return m_question; }
    MatrixPreviewModel *previewModel() const { return m_preview; }
    QTableView *previewView() const { return m_table; }
    QPlainTextEdit *commandsView() const { return m_commands; }
    QString summaryText() const;

public Q_SLOTS:
    // The host the session runs on (the Hosts page's probe); until then the matrix is planned as
    // if the host could run every spec, and the page says so.
    void setHostInfo(const hvbench::virt::HostInfo &info);

private:
    void readSession();
    void applyToSession();
    void applyPreset();
    void applyPresetSession(const Session &preset, bool withSpecs);
    void updateSummary();
    void fitColumns();
    void showCommands(const QModelIndex &current);

    SessionDocument *m_doc;
    bool m_reading = false;
    QComboBox *m_presets;
    QPushButton *m_applyPreset;
    QPointer<QMessageBox> m_question;
    BenchmarkSuiteForm *m_suiteForm;
    MatrixForm *m_matrixForm;
    QLabel *m_specs;
    MatrixPreviewModel *m_preview;
    QLabel *m_summary;
    QLabel *m_assumptions;
    QTableView *m_table;
    QPlainTextEdit *m_commands; // every guest's command line of the selected row
    int m_selectedRow = -1;     // across a model reset
    QString m_guestNote;        // the bundled guest image was not found: what the plan assumes instead
};

} // namespace hvbench
