// SPDX-License-Identifier: GPL-3.0-or-later
// Export options as `hvbench-cli export` and the export dialog take them: size, DPI, formats,
// report kind; every bad value is an error naming it.
#include "io/exportoptions.h"
#include "settings/exportsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

class TstExportOptions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void size_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSize>("size"); // empty = error
        QTest::newRow("plain") << QStringLiteral("1200x800") << QSize(1200, 800);
        QTest::newRow("capital X, spaces") << QStringLiteral(" 800 X 600 ") << QSize(800, 600);
        QTest::newRow("times sign") << QStringLiteral("1123×794") << QSize(1123, 794);
        QTest::newRow("12x") << QStringLiteral("12x") << QSize();
        QTest::newRow("x800") << QStringLiteral("x800") << QSize();
        QTest::newRow("too small") << QStringLiteral("12x800") << QSize();
        QTest::newRow("too large") << QStringLiteral("20000x800") << QSize();
        QTest::newRow("negative") << QStringLiteral("-1200x800") << QSize();
        QTest::newRow("garbage") << QStringLiteral("big") << QSize();
        QTest::newRow("empty") << QString() << QSize();
    }
    void size()
    {
        QFETCH(QString, text);
        QFETCH(QSize, size);
        const auto r = io::parseChartSize(text);
        QCOMPARE(r.ok(), size.isValid());
        if (r.ok())
            QCOMPARE(*r, size);
        else
            QVERIFY(r.errorMessage().contains(QStringLiteral("size")));
    }

    void dpi_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dpi"); // 0 = error
        QTest::newRow("96") << QStringLiteral("96") << 96;
        QTest::newRow("300") << QStringLiteral("300") << 300;
        QTest::newRow("0") << QStringLiteral("0") << 0;
        QTest::newRow("-300") << QStringLiteral("-300") << 0;
        QTest::newRow("5000") << QStringLiteral("5000") << 0;
        QTest::newRow("150.5") << QStringLiteral("150.5") << 0;
        QTest::newRow("high") << QStringLiteral("high") << 0;
    }
    void dpi()
    {
        QFETCH(QString, text);
        QFETCH(int, dpi);
        const auto r = io::parseDpi(text);
        QCOMPARE(r.ok(), dpi > 0);
        if (r.ok())
            QCOMPARE(*r, dpi);
        else
            QVERIFY(r.errorMessage().contains(text));
    }

    void pixelBudget()
    {
        QVERIFY(io::checkChartImage(QSize(1123, 794), 300).ok());
        QVERIFY(io::checkChartImage(QSize(6400, 6400), 300).ok());  // 20000 px
        QVERIFY(!io::checkChartImage(QSize(6500, 6400), 300).ok()); // 20313 px
        QVERIFY(!io::checkChartImage(QSize(1200, 800), 0).ok());
    }

    void formats()
    {
        io::ExportOptions o;
        QVERIFY(io::parseFormats(QStringLiteral("svg"), o).ok());
        QVERIFY(!o.png && o.svg && !o.csv);
        QVERIFY(io::parseFormats(QStringLiteral("PNG, csv"), o).ok());
        QVERIFY(o.png && !o.svg && o.csv);
        const io::ExportOptions before = o;
        const Status bad = io::parseFormats(QStringLiteral("png,jpeg"), o);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("\"jpeg\"")));
        QCOMPARE(o, before); // untouched on error
        QVERIFY(!io::parseFormats(QString(), o).ok());
        QVERIFY(!io::parseFormats(QStringLiteral("png,"), o).ok());
    }

    void report()
    {
        io::ExportOptions o;
        QVERIFY(io::parseReport(QStringLiteral("html"), o).ok());
        QVERIFY(o.reportHtml && !o.reportPdf);
        QVERIFY(io::parseReport(QStringLiteral("both"), o).ok());
        QVERIFY(o.reportHtml && o.reportPdf);
        QVERIFY(io::parseReport(QStringLiteral("PDF"), o).ok());
        QVERIFY(!o.reportHtml && o.reportPdf);
        QVERIFY(!io::parseReport(QStringLiteral("docx"), o).ok());
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings::ExportSettings typed(s);
        QCOMPARE(typed.load(), settings::ChartExportPrefs{});
        settings::ChartExportPrefs p;
        p.format = settings::ChartFormat::Svg;
        p.size = QSize(1123, 794);
        p.dpi = 300;
        p.folder = dir.path();
        typed.save(p);
        QCOMPARE(settings::ExportSettings(s).load(), p);
        QCOMPARE(settings::ExportSettings::presets().size(), 2);
        for (const auto &preset : settings::ExportSettings::presets())
            QVERIFY(io::checkChartImage(preset.size, preset.dpi).ok());
    }
};

QTEST_GUILESS_MAIN(TstExportOptions)
#include "tst_exportoptions.moc"
