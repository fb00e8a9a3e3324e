// SPDX-License-Identifier: GPL-3.0-or-later
// The chart export dialog: presets fill size and DPI, the summary shows the pixel size, Save
// writes the file at that size and remembers the choices (ExportSettings), SVG disables the
// DPI, an unwritable file is an error shown in the dialog (which stays open).  Driven with
// open(), never exec().
#include "analysis/benchtablemodel.h"
#include "analysis/losstablemodel.h"
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "dialogs/exportdialog.h"
#include "model/resultsmodel.h"
#include "model/sessiondocument.h"
#include "pages/resultspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

class TstExportDialog final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SessionDocument> m_doc;
    std::unique_ptr<ResultsModel> m_model;
    std::unique_ptr<CyclesChart> m_chart;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_doc = std::make_unique<SessionDocument>();
        for (int g = 0; g < 2; ++g) {
            RunResult r;
            r.config = g ? QStringLiteral("kvm") : kBareMetal;
            r.vmCount = g;
            r.workload = QStringLiteral("pi");
            r.cycles = 3'000'000'000LL + g * 300'000'000LL;
            QVERIFY(m_doc->addResult(r).ok());
        }
        m_model = std::make_unique<ResultsModel>(m_doc.get());
        m_chart = std::make_unique<CyclesChart>(m_model.get());
    }

    void defaultsAndPresets()
    {
        QFile::remove(settingsPath());
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ExportDialog d(m_chart.get(), QStringLiteral("pi-cycles"), settings);
        d.open();
        QVERIFY(d.isVisible());
        QCOMPARE(d.widthBox()->value(), 1200);
        QCOMPARE(d.heightBox()->value(), 800);
        QCOMPARE(d.dpiBox()->currentData().toInt(), 96);
        QCOMPARE(d.presetBox()->currentText(), QStringLiteral("Screen 1200×800"));
        QVERIFY(d.fileEdit()->text().endsWith(QStringLiteral("pi-cycles.png")));
        QCOMPARE(d.pixelSize(), QSize(1200, 800));

        const int a4 = d.presetBox()->findData(QStringLiteral("a4-300"));
        QVERIFY(a4 > 0);
        d.presetBox()->setCurrentIndex(a4);
        Q_EMIT d.presetBox()->activated(a4);
        QCOMPARE(d.widthBox()->value(), 1123);
        QCOMPARE(d.heightBox()->value(), 794);
        QCOMPARE(d.dpiBox()->currentData().toInt(), 300);
        QCOMPARE(d.pixelSize(), QSize(3509, 2481));
        QVERIFY(d.findChild<QLabel *>() != nullptr);

        // Editing a number leaves the preset: "Custom".
        d.widthBox()->setValue(1000);
        QCOMPARE(d.presetBox()->currentIndex(), 0);
        // A custom DPI.
        d.dpiBox()->setCurrentIndex(d.dpiBox()->findData(-1));
        QVERIFY(d.customDpiBox()->isEnabled());
        d.customDpiBox()->setValue(192);
        QCOMPARE(d.pixelSize(), QSize(2000, 1588));
        // SVG: no DPI, extension follows.
        d.formatBox()->setCurrentIndex(1);
        QVERIFY(!d.dpiBox()->isEnabled());
        QVERIFY(!d.customDpiBox()->isEnabled());
        QVERIFY(d.fileEdit()->text().endsWith(QStringLiteral("pi-cycles.svg")));
        d.reject();
    }

    void saveWritesAndRemembers()
    {
        QFile::remove(settingsPath());
        const QString path = m_dir.filePath(QStringLiteral("out/chart.png"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ExportDialog d(m_chart.get(), QStringLiteral("pi-cycles"), settings);
            QSignalSpy exported(&d, &ExportDialog::exported);
            d.open();
            d.widthBox()->setValue(800);
            d.heightBox()->setValue(500);
            d.dpiBox()->setCurrentIndex(d.dpiBox()->findData(150));
            d.fileEdit()->setText(path);
            d.buttons()->button(QDialogButtonBox::Save)->click();
            QCOMPARE(exported.size(), 1);
            QCOMPARE(exported.at(0).at(0).toString(), path);
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QVERIFY(!d.isVisible());
        }
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1250, 781));
        QVERIFY(qAbs(image.dotsPerMeterX() - 150 / 0.0254) < 1.0);
        // Remembered: a new dialog starts with these choices, in that folder.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ExportDialog again(m_chart.get(), QStringLiteral("pi-loss"), settings);
        QCOMPARE(again.widthBox()->value(), 800);
        QCOMPARE(again.heightBox()->value(), 500);
        QCOMPARE(again.dpiBox()->currentData().toInt(), 150);
        QCOMPARE(again.fileEdit()->text(), m_dir.filePath(QStringLiteral("out/pi-loss.png")));
    }

    void saveSvg()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ExportDialog d(m_chart.get(), QStringLiteral("pi-cycles"), settings);
        d.open();
        d.formatBox()->setCurrentIndex(1);
        const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
        d.fileEdit()->setText(path);
        d.buttons()->button(QDialogButtonBox::Save)->click();
        QVERIFY(QSvgRenderer(path).isValid());
        QSettings reread(settingsPath(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("export/format")).toString(), QStringLiteral("svg"));
    }

    void unwritableStaysOpenWithTheError()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ExportDialog d(m_chart.get(), QStringLiteral("pi-cycles"), settings);
        QSignalSpy exported(&d, &ExportDialog::exported);
        d.open();
        d.formatBox()->setCurrentIndex(0);
        d.fileEdit()->setText(QStringLiteral("/nonexistent-dir/sub/chart.png"));
        d.buttons()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(exported.size(), 0);
        QVERIFY(d.isVisible());
        QVERIFY(!d.errorLabel()->isHidden());
        QVERIFY2(d.errorLabel()->text().contains(QStringLiteral("/nonexistent-dir/sub/chart.png")),
                 qPrintable(d.errorLabel()->text()));
        d.fileEdit()->clear();
        d.buttons()->button(QDialogButtonBox::Save)->click();
        QVERIFY(d.isVisible());
        QVERIFY(!d.errorLabel()->text().isEmpty());
        d.reject();
    }

    void badStoredSettingsFallBack()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("export/width"), 5);
        settings.setValue(QStringLiteral("export/dpi"), 0);
        settings::ExportSettings typed(settings);
        const settings::ChartExportPrefs p = typed.load();
        QCOMPARE(p.size, QSize(1200, 800));
        QCOMPARE(p.dpi, 96);
    }

    void resultsPageOpensTheDialog()
    {
        LossTableModel loss(m_doc.get());
        BenchTableModel bench(m_doc.get());
        ResultsPage page(m_doc.get(), m_model.get(), &loss, &bench);
        page.resize(1000, 700);
        page.show();
        ExportDialog *d = page.exportChart(page.lossChart(), QStringLiteral("pi-loss"));
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QVERIFY(d->isModal()); // open(): window-modal, no nested event loop
        QCOMPARE(d->parentWidget(), &page);
        QVERIFY(d->fileEdit()->text().endsWith(QStringLiteral("pi-loss.png")) ||
                d->fileEdit()->text().endsWith(QStringLiteral("pi-loss.svg")));
        QPointer<ExportDialog> guard(d);
        d->reject();
        QTRY_VERIFY(guard.isNull()); // deleted on close
    }

    void lookAtIt()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ExportDialog d(m_chart.get(), QStringLiteral("pi-cycles"), settings);
        d.open();
        const int a4 = d.presetBox()->findData(QStringLiteral("a4-300"));
        d.presetBox()->setCurrentIndex(a4);
        Q_EMIT d.presetBox()->activated(a4);
        d.adjustSize();
        const QString keep = qEnvironmentVariable("HVBENCH_TEST_KEEP");
        if (!keep.isEmpty() && keep != QLatin1String("1"))
            QVERIFY(d.grab().save(QDir(keep).filePath(QStringLiteral("exportdialog.png"))));
        QVERIFY(d.width() > 200);
        d.reject();
    }
};

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
