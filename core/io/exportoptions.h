// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an export writes: formats, chart size and DPI, reports.  Parsed from the command line
// (`hvbench-cli export`) and from the export dialog's settings; every bad value is an Error
// naming the option and what it takes.
#include "util/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace hvbench::io {

inline constexpr int kMinDpi = 24;
inline constexpr int kMaxDpi = 1200;
inline constexpr int kMinChartSide = 100; // logical pixels
inline constexpr int kMaxChartSide = 10000;
inline constexpr int kMaxPngSide = 20000; // pixels, after the DPI scale

struct ExportOptions {
    bool png = true;
    bool svg = false;
    bool csv = true;
    QSize size{1200, 800}; // logical pixels (1/96 inch)
    int dpi = 96;          // PNG only: pixels = size × dpi / 96
    bool reportHtml = false;
    bool reportPdf = false;
    bool operator==(const ExportOptions &) const = default;
};

// "1200x800" (also "1200X800", "1200×800").
Result<QSize> parseChartSize(const QString &text);
// A whole number in [kMinDpi, kMaxDpi].
Result<int> parseDpi(const QString &text);
// Size and DPI together: each within its range and the PNG at most kMaxPngSide a side.
Status checkChartImage(QSize size, int dpi);
// "png,svg,csv": any non-empty subset, comma separated.
Status parseFormats(const QString &text, ExportOptions &options);
// "html", "pdf" or "both".
Status parseReport(const QString &text, ExportOptions &options);
QStringList formatNames(); // png, svg, csv

} // namespace hvbench::io
