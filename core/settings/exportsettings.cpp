// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/exportsettings.h"
#include "io/exportoptions.h"

#include <QCoreApplication>
#include <QSettings>

namespace hvbench::settings {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::ExportSettings)
};
const QString kGroup = QStringLiteral("export");
const QString kFormat = QStringLiteral("format");
const QString kWidth = QStringLiteral("width");
const QString kHeight = QStringLiteral("height");
const QString kDpi = QStringLiteral("dpi");
const QString kFolder = QStringLiteral("folder");
} // namespace

QString chartFormatName(ChartFormat f)
{
    return f == ChartFormat::Svg ? QStringLiteral("svg") : QStringLiteral("png");
}

ExportSettings::ExportSettings(QSettings &settings) : m_settings(settings) {}

ChartExportPrefs ExportSettings::load() const
{
    ChartExportPrefs p;
    const ChartExportPrefs defaults;
    m_settings.beginGroup(kGroup);
    p.format = m_settings.value(kFormat).toString() == QLatin1String("svg") ? ChartFormat::Svg : ChartFormat::Png;
    p.size = QSize(m_settings.value(kWidth, defaults.size.width()).toInt(),
                   m_settings.value(kHeight, defaults.size.height()).toInt());
    p.dpi = m_settings.value(kDpi, defaults.dpi).toInt();
    p.folder = m_settings.value(kFolder).toString();
    m_settings.endGroup();
    if (!io::checkChartImage(p.size, p.dpi)) { // a hand-edited or old file: keep the defaults
        p.size = defaults.size;
        p.dpi = defaults.dpi;
    }
    return p;
}

void ExportSettings::save(const ChartExportPrefs &p)
{
    m_settings.beginGroup(kGroup);
    m_settings.setValue(kFormat, chartFormatName(p.format));
    m_settings.setValue(kWidth, p.size.width());
    m_settings.setValue(kHeight, p.size.height());
    m_settings.setValue(kDpi, p.dpi);
    m_settings.setValue(kFolder, p.folder);
    m_settings.endGroup();
}

QList<ExportPreset> ExportSettings::presets()
{
    // A4 landscape is 297 × 210 mm = 1123 × 794 logical pixels (1/96 inch); at 300 dpi the PNG
    // is 3509 × 2481 pixels and the labels print at their point size.
    return {{QStringLiteral("screen"), Tr::tr("Screen 1200×800"), QSize(1200, 800), 96},
            {QStringLiteral("a4-300"), Tr::tr("Print A4 300 dpi"), QSize(1123, 794), 300}};
}

} // namespace hvbench::settings
