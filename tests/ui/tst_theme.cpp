// SPDX-License-Identifier: GPL-3.0-or-later
// Colour schemes: the dark palette keeps text readable (WCAG contrast), and switching back to
// "system" restores what the platform gave.
#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QtTest>

using namespace hvbench;

namespace {
double luminance(const QColor &c)
{
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TstTheme final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void darkPaletteContrast_data();
    void darkPaletteContrast();
    void switchesAndRestores();
};

void TstTheme::darkPaletteContrast_data()
{
    QTest::addColumn<int>("fg");
    QTest::addColumn<int>("bg");
    QTest::addColumn<double>("minimum");
    QTest::newRow("window text") << int(QPalette::WindowText) << int(QPalette::Window) << 7.0;
    QTest::newRow("text on base") << int(QPalette::Text) << int(QPalette::Base) << 7.0;
    QTest::newRow("button text") << int(QPalette::ButtonText) << int(QPalette::Button) << 7.0;
    QTest::newRow("selected text") << int(QPalette::HighlightedText) << int(QPalette::Highlight) << 3.0;
    QTest::newRow("tooltip") << int(QPalette::ToolTipText) << int(QPalette::ToolTipBase) << 7.0;
}

void TstTheme::darkPaletteContrast()
{
    QFETCH(int, fg);
    QFETCH(int, bg);
    QFETCH(double, minimum);
    const QPalette p = darkPalette();
    const double c = contrast(p.color(QPalette::ColorRole(fg)), p.color(QPalette::ColorRole(bg)));
    QVERIFY2(c >= minimum, qPrintable(QStringLiteral("contrast %1 < %2").arg(c).arg(minimum)));
    QVERIFY(isDarkPalette(p));
}

void TstTheme::switchesAndRestores()
{
    const QPalette before = QApplication::palette();
    applyColorScheme(settings::ColorScheme::Dark);
    QVERIFY(isDarkPalette(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    applyColorScheme(settings::ColorScheme::Light);
    QVERIFY(!isDarkPalette(QApplication::palette()));
    applyColorScheme(settings::ColorScheme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
}

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
