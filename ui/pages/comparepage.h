// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Compare": two or more sessions side by side (Phoronix Test Suite's result comparison) and
// the paper's published % loss (2009) as a reference.  The table and the chart read one
// ComparisonModel; broken files give a translated error and the page keeps what it had.
#include "util/result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hvbench {
class CompareChart;
class ComparisonModel;
class SessionDocument;

class ComparePage final : public QWidget {
    Q_OBJECT
public:
    explicit ComparePage(QWidget *parent = nullptr);

    // Adds a saved session (.hvbench) as a column group named after the file.
    Status addSessionFile(const QString &path);
    // Adds the paper's published figures (once; a second call does nothing).
    void addReference();
    // Shows the open session as "This session", following its results; nullptr removes it.
    void setCurrentSession(const SessionDocument *doc);
    // Removes the source at `index` (column group order).
    void removeSource(int index);
    // Writes the aligned table as CSV (unit-suffixed keys, raw numbers, absent = empty field).
    Status exportCsv(const QString &path);

    ComparisonModel *model() const { return m_model; }
    CompareChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QComboBox *figureBox() const { return m_figure; }
    QString errorText() const;     // the last error shown, or empty
    QString referenceText() const; // the reference's citation and caveat, or empty

private:
    void chooseFiles();
    void chooseCsvFile();
    void showError(const QString &message);
    void refreshCurrent();
    void refreshFigures();
    void refreshInfo();
    void fillRemoveMenu();

    ComparisonModel *m_model;
    CompareChart *m_chart;
    QTableView *m_table;
    QComboBox *m_figure;
    QLabel *m_error;
    QLabel *m_reference;
    QPushButton *m_addReference;
    QPushButton *m_remove;
    QPushButton *m_export;
    QPointer<const SessionDocument> m_doc;
    int m_currentId = -1;
    QHash<int, QString> m_files; // source id → canonical path of a file source
};

} // namespace hvbench
