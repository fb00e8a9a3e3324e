// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportdialog.h"
#include "charts/chartimage.h"
#include "io/exportoptions.h"

#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace hvbench {

using settings::ChartExportPrefs;
using settings::ChartFormat;

namespace {
constexpr int kCustom = -1; // item data of the "Custom" entries
const int kDpis[] = {96, 150, 300};
} // namespace

ExportDialog::ExportDialog(QChartView *chart, const QString &stem, QSettings &settings, QWidget *parent)
    : QDialog(parent), m_chart(chart), m_stem(stem), m_settings(settings), m_preset(new QComboBox),
      m_format(new QComboBox), m_width(new QSpinBox), m_height(new QSpinBox), m_dpi(new QComboBox),
      m_customDpi(new QSpinBox), m_summary(new QLabel), m_file(new QLineEdit), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export chart"));
    setAccessibleName(tr("Export chart"));

    m_preset->addItem(tr("Custom"), QString());
    for (const settings::ExportPreset &p : settings::ExportSettings::presets())
        m_preset->addItem(p.name, p.id);
    m_preset->setAccessibleName(tr("Preset"));

    m_format->addItem(tr("PNG image"), int(ChartFormat::Png));
    m_format->addItem(tr("SVG vector drawing"), int(ChartFormat::Svg));
    m_format->setAccessibleName(tr("Format"));

    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(io::kMinChartSide, io::kMaxChartSide);
        s->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width in pixels at 96 dpi"));
    m_height->setAccessibleName(tr("Height in pixels at 96 dpi"));

    for (int d : kDpis)
        m_dpi->addItem(tr("%1 dpi").arg(d), d);
    m_dpi->addItem(tr("Custom…"), kCustom);
    m_dpi->setAccessibleName(tr("Resolution"));
    m_customDpi->setRange(io::kMinDpi, io::kMaxDpi);
    m_customDpi->setSuffix(tr(" dpi"));
    m_customDpi->setAccessibleName(tr("Custom resolution in dpi"));

    m_summary->setAccessibleName(tr("Image size"));
    m_file->setAccessibleName(tr("File name"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the file"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setAccessibleName(tr("Export error"));
    m_error->hide();

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    size->addStretch();
    auto *dpiRow = new QHBoxLayout;
    dpiRow->addWidget(m_dpi);
    dpiRow->addWidget(m_customDpi);
    dpiRow->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    m_file->setMinimumWidth(360);
    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(label(tr("&Size (at 96 dpi):"), m_width), size);
    form->addRow(label(tr("&Resolution:"), m_dpi), dpiRow);
    form->addRow(QString(), m_summary);
    form->addRow(label(tr("F&ile:"), m_file), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    applyPrefs(m_settings.load());

    connect(m_preset, &QComboBox::activated, this, &ExportDialog::applyPreset);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QSpinBox *s : {m_width, m_height, m_customDpi})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            syncPreset();
            updateSummary();
        });
    connect(m_dpi, &QComboBox::currentIndexChanged, this, [this] {
        m_customDpi->setEnabled(m_format->currentData().toInt() == int(ChartFormat::Png) &&
                                m_dpi->currentData().toInt() == kCustom);
        syncPreset();
        updateSummary();
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDialog::applyPrefs(const ChartExportPrefs &p)
{
    m_syncing = true;
    m_format->setCurrentIndex(p.format == ChartFormat::Svg ? 1 : 0);
    m_width->setValue(p.size.width());
    m_height->setValue(p.size.height());
    const int i = m_dpi->findData(p.dpi);
    m_dpi->setCurrentIndex(i >= 0 ? i : m_dpi->findData(kCustom));
    m_customDpi->setValue(p.dpi);
    const QString folder = p.folder.isEmpty() ? QDir::currentPath() : p.folder;
    m_file->setText(QDir(folder).filePath(m_stem + QLatin1Char('.') + settings::chartFormatName(p.format)));
    m_syncing = false;
    formatChanged();
    syncPreset();
    updateSummary();
}

void ExportDialog::applyPreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    for (const settings::ExportPreset &p : settings::ExportSettings::presets()) {
        if (p.id != id)
            continue;
        m_syncing = true;
        m_width->setValue(p.size.width());
        m_height->setValue(p.size.height());
        const int i = m_dpi->findData(p.dpi);
        m_dpi->setCurrentIndex(i >= 0 ? i : m_dpi->findData(kCustom));
        m_customDpi->setValue(p.dpi);
        m_syncing = false;
        updateSummary();
    }
}

void ExportDialog::syncPreset()
{
    if (m_syncing)
        return;
    // The preset the numbers match, or "Custom".
    int match = 0;
    const auto all = settings::ExportSettings::presets();
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).size == QSize(m_width->value(), m_height->value()) && all.at(i).dpi == dpi())
            match = i + 1;
    m_preset->setCurrentIndex(match);
}

void ExportDialog::formatChanged()
{
    const bool png = m_format->currentData().toInt() == int(ChartFormat::Png);
    m_dpi->setEnabled(png);
    m_customDpi->setEnabled(png && m_dpi->currentData().toInt() == kCustom);
    const QString ext = png ? QStringLiteral("png") : QStringLiteral("svg");
    const QFileInfo fi(m_file->text());
    if (!m_file->text().isEmpty() && fi.suffix() != ext)
        m_file->setText(fi.dir().filePath(fi.completeBaseName() + QLatin1Char('.') + ext));
    updateSummary();
}

int ExportDialog::dpi() const
{
    const int d = m_dpi->currentData().toInt();
    return d == kCustom ? m_customDpi->value() : d;
}

ChartExportPrefs ExportDialog::prefs() const
{
    ChartExportPrefs p;
    p.format = ChartFormat(m_format->currentData().toInt());
    p.size = QSize(m_width->value(), m_height->value());
    p.dpi = dpi();
    p.folder = QFileInfo(m_file->text()).absolutePath();
    return p;
}

QString ExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

QSize ExportDialog::pixelSize() const
{
    const ChartExportPrefs p = prefs();
    return p.format == ChartFormat::Png ? pngPixelSize(p.size, p.dpi) : p.size;
}

void ExportDialog::updateSummary()
{
    const ChartExportPrefs p = prefs();
    const QLocale loc;
    const double wCm = p.size.width() * 2.54 / kScreenDpi;
    const double hCm = p.size.height() * 2.54 / kScreenDpi;
    const QSize px = pixelSize();
    if (auto st = io::checkChartImage(p.size, p.dpi); !st)
        m_summary->setText(st.errorMessage());
    else if (p.format == ChartFormat::Png)
        m_summary->setText(tr("%1 × %2 pixels, %3 × %4 cm at %5 dpi")
                               .arg(px.width())
                               .arg(px.height())
                               .arg(loc.toString(wCm, 'f', 1), loc.toString(hCm, 'f', 1))
                               .arg(p.dpi));
    else
        m_summary->setText(tr("Vector drawing, %1 × %2 (%3 × %4 cm)")
                               .arg(px.width())
                               .arg(px.height())
                               .arg(loc.toString(wCm, 'f', 1), loc.toString(hCm, 'f', 1)));
}

void ExportDialog::browse()
{
    const bool png = m_format->currentData().toInt() == int(ChartFormat::Png);
    auto *fd = new QFileDialog(this, tr("Export chart as"), m_file->text(),
                               png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    fd->setAcceptMode(QFileDialog::AcceptSave);
    fd->setDefaultSuffix(png ? QStringLiteral("png") : QStringLiteral("svg"));
    fd->setAttribute(Qt::WA_DeleteOnClose);
    connect(fd, &QFileDialog::fileSelected, this, [this](const QString &path) { m_file->setText(path); });
    fd->open();
}

void ExportDialog::save()
{
    const ChartExportPrefs p = prefs();
    const QString path = filePath();
    Status st = Ok{};
    if (path.isEmpty())
        st = Error{tr("Give the file a name.")};
    else if (auto check = io::checkChartImage(p.size, p.dpi); !check)
        st = check;
    else if (p.format == ChartFormat::Png)
        st = exportChartPng(m_chart, path, p.size, p.dpi);
    else
        st = exportChartSvg(m_chart, path, p.size);
    if (!st) {
        m_error->setText(st.errorMessage());
        m_error->show();
        return;
    }
    m_error->hide();
    m_settings.save(p);
    Q_EMIT exported(path);
    accept();
}

} // namespace hvbench
