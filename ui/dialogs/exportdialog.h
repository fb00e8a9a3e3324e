// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Export chart": PNG or SVG, width × height, DPI (96 / 150 / 300 / custom), the file name, and
// presets ("Screen 1200×800", "Print A4 300 dpi").  The last choices are remembered through
// settings::ExportSettings.  Open it with open(); Save writes the file (errors are shown in the
// dialog, which stays open) and emits exported().
#include "settings/exportsettings.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace hvbench {

class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    // `stem` names the file ("pi-cycles"); `settings` outlives the dialog.
    ExportDialog(QChartView *chart, const QString &stem, QSettings &settings, QWidget *parent = nullptr);

    settings::ChartExportPrefs prefs() const; // what the controls say now
    QString filePath() const;
    QSize pixelSize() const; // of the PNG; the logical size for SVG

    // For tests and accessibility tools.
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *formatBox() const { return m_format; }
    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QComboBox *dpiBox() const { return m_dpi; }
    QSpinBox *customDpiBox() const { return m_customDpi; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void exported(const QString &path);

private:
    void applyPrefs(const settings::ChartExportPrefs &p);
    void applyPreset(int index);
    void syncPreset();
    void formatChanged();
    void updateSummary();
    void browse();
    void save();
    int dpi() const;

    QChartView *m_chart;
    QString m_stem;
    settings::ExportSettings m_settings;
    QComboBox *m_preset;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_dpi;
    QSpinBox *m_customDpi;
    QLabel *m_summary;
    QLineEdit *m_file;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_syncing = false;
};

} // namespace hvbench
