// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart export dialog's choices, remembered between exports: a typed wrapper over
// QSettings (group "export").  Out-of-range stored values fall back to the defaults.
#include <QList>
#include <QSize>
#include <QString>

class QSettings;

namespace hvbench::settings {

enum class ChartFormat { Png, Svg };

struct ChartExportPrefs {
    ChartFormat format = ChartFormat::Png;
    QSize size{1200, 800}; // logical pixels (1/96 inch)
    int dpi = 96;
    QString folder; // where the last export went (empty: the current folder)
    bool operator==(const ChartExportPrefs &) const = default;
};

// A named size + DPI the dialog offers.
struct ExportPreset {
    QString id;   // stable, stored: "screen", "a4-300"
    QString name; // translated
    QSize size;
    int dpi = 96;
};

class ExportSettings final {
public:
    explicit ExportSettings(QSettings &settings);

    ChartExportPrefs load() const;
    void save(const ChartExportPrefs &prefs);

    // "Screen 1200×800" (96 dpi) and "Print A4 300 dpi" (A4 landscape, 297 × 210 mm).
    static QList<ExportPreset> presets();

private:
    QSettings &m_settings;
};

QString chartFormatName(ChartFormat f); // "png", "svg"

} // namespace hvbench::settings
