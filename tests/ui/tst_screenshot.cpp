// SPDX-License-Identifier: GPL-3.0-or-later
// A real screenshot under Xvfb (QT_QPA_PLATFORM=xcb, run through xvfb-run by ctest): the main
// window on the Results page of a session with results, grabbed from the X server's root
// window.  Fails when no font is installed (labels would render as nothing or boxes) or when
// a chart that has data draws nothing.  The PNG is kept in the build tree for a human to look at.
#include "charts/cycleschart.h"
#include "charts/losschart.h"
#include "mainwindow.h"
#include "model/sessiondocument.h"
#include "pages/resultspage.h"
#include "run/runner.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QRawFont>
#include <QScreen>
#include <QSet>
#include <QtTest>

using namespace hvbench;

namespace {
// Bare metal and two configurations × 1 and 2 VMs, three rounds of PI each: enough for both charts.
Session sessionWithResults()
{
    Session s = Session::demo();
    s.name = QStringLiteral("Screenshot");
    const qint64 base = 4'000'000'000;
    auto add = [&s](const QString &config, int vms, int guest, int round, qint64 cycles) {
        RunResult r;
        r.config = config;
        r.vmCount = vms;
        r.guest = guest;
        r.repeat = round;
        r.workload = QStringLiteral("pi");
        r.cycles = cycles;
        r.wallNs = cycles / 3;
        r.cpuNs = cycles / 3;
        s.results.append(r);
    };
    for (int round = 0; round < 3; ++round) {
        add(kBareMetal, 0, 0, round, base + round * 10'000'000);
        for (int vms : {1, 2})
            for (int g = 0; g < vms; ++g) {
                add(s.spec().name, vms, g, round, qint64(base * (1.05 + 0.02 * vms + 0.01 * g)));
            }
    }
    return s;
}

// Share of pixels in `r` that differ from the most common colour there (the background).
double inkShare(const QImage &img, const QRect &r)
{
    QHash<QRgb, int> counts;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[img.pixel(x, y)];
    int background = 0;
    for (int c : std::as_const(counts))
        background = std::max(background, c);
    const int total = r.width() * r.height();
    return total > 0 ? double(total - background) / total : 0;
}
} // namespace

class TstScreenshot final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fontsInstalled();
    void resultsPageOnRealScreen();
    void everyPageOnRealScreen();
};

void TstScreenshot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs a real X server (ctest runs this test through xvfb-run with QT_QPA_PLATFORM=xcb)");
}

void TstScreenshot::fontsInstalled()
{
    const QStringList families = QFontDatabase::families();
    qInfo("%lld font families, application font \"%s\" resolved to \"%s\"", qlonglong(families.size()),
          qPrintable(QApplication::font().family()), qPrintable(QFontInfo(QApplication::font()).family()));
    QVERIFY2(!families.isEmpty(), "no font is installed: labels render as nothing (install fonts-dejavu-core)");
    QVERIFY2(!QFontInfo(QApplication::font()).family().isEmpty(),
             "the application font resolves to no installed font (install fonts-dejavu-core)");
    // Text drawn with it leaves ink.
    QImage text(400, 60, QImage::Format_RGB32);
    text.fill(Qt::white);
    {
        QPainter p(&text);
        p.setFont(QApplication::font());
        p.setPen(Qt::black);
        p.drawText(text.rect(), Qt::AlignCenter, QStringLiteral("Misura hypervisor 0123"));
    }
    QVERIFY2(inkShare(text, text.rect()) > 0.01, "text drawn with the application font leaves no ink");
    const QRawFont raw = QRawFont::fromFont(QApplication::font());
    QVERIFY2(
        raw.isValid() && raw.supportsCharacter(QLatin1Char('A')) && raw.supportsCharacter(QChar(0x00e8)),
        qPrintable(
            QStringLiteral("the application font \"%1\" cannot draw Latin text").arg(QApplication::font().family())));
}

void TstScreenshot::resultsPageOnRealScreen()
{
    SessionDocument doc;
    doc.reset(sessionWithResults());
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    w.resize(1400, 900);
    w.move(0, 0);
    w.showPage(MainWindow::Results);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(500); // let the window manager-less X server paint

    CyclesChart *chart = w.resultsPage()->cyclesChart();
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    const qreal dpr = screen->devicePixelRatio();
    auto onScreen = [&](QWidget *widget, const QImage &img) {
        const QRect g(widget->mapToGlobal(QPoint(0, 0)) * dpr, widget->size() * dpr);
        return g.intersected(img.rect());
    };
    // The chart's plot area on screen (without title, legend and the margins around the chart).
    auto plotOnScreen = [&](const QImage &img) {
        const QRectF plot = chart->chart()->mapToScene(chart->chart()->plotArea()).boundingRect();
        const QRect inView = chart->mapFromScene(plot).boundingRect();
        const QRect g(chart->viewport()->mapToGlobal(inView.topLeft()) * dpr, inView.size() * dpr);
        return g.intersected(img.rect());
    };
    // The measure tells an empty chart from a drawn one: first the same window without results.
    Session empty = doc.session();
    empty.results.clear();
    doc.reset(empty);
    QTRY_VERIFY(chart->isShowingPlaceholder());
    QTest::qWait(300);
    const QImage emptyShot = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
    const double emptyInk = inkShare(emptyShot, plotOnScreen(emptyShot));
    qInfo("ink of the empty chart: %.2f %%", emptyInk * 100);
    QVERIFY2(emptyInk < 0.03, "an empty chart already looks drawn: the check below would prove nothing");
    doc.reset(sessionWithResults());
    QTRY_VERIFY(!chart->isShowingPlaceholder());
    QTest::qWait(300);
    QVERIFY(!chart->isShowingPlaceholder());
    QVERIFY(chart->plottedValueCount() > 0);

    const QImage shot = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!shot.isNull());
    const QString out = QStringLiteral(HVBENCH_SCREENSHOT_DIR "/results-page.png");
    QDir().mkpath(QFileInfo(out).absolutePath());
    QVERIFY(shot.save(out));
    qInfo("screenshot: %s", qPrintable(out));

    // The chart draws bars, axes and labels: far more than a blank plot area.
    const QRect chartRect = plotOnScreen(shot);
    QVERIFY(!chartRect.isEmpty());
    const double chartInk = inkShare(shot, chartRect);
    qInfo("ink of the drawn chart: %.2f %%", chartInk * 100);
    QVERIFY2(chartInk > 0.10,
             qPrintable(
                 QStringLiteral("the PI chart is nearly blank on screen (%1 %% ink)").arg(chartInk * 100, 0, 'f', 2)));
    // Text renders with ink: a label with known text is not blank.
    QLabel probe(QStringLiteral("Misura — hypervisor 0123456789"));
    probe.setAutoFillBackground(true);
    probe.move(0, 0);
    probe.show();
    QVERIFY(QTest::qWaitForWindowExposed(&probe));
    QTest::qWait(200);
    const QImage labelShot = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
    const double textInk = inkShare(labelShot, onScreen(&probe, labelShot));
    QVERIFY2(
        textInk > 0.02,
        qPrintable(QStringLiteral("text renders blank (%1 %% ink): fonts missing?").arg(textInk * 100, 0, 'f', 2)));
}

// Every page of the window, one screenshot each (kept for a human to look at): none is blank.
void TstScreenshot::everyPageOnRealScreen()
{
    SessionDocument doc;
    doc.reset(sessionWithResults());
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    w.resize(1400, 900);
    w.move(0, 0);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpr = screen->devicePixelRatio();
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        w.showPage(page);
        QTest::qWait(400);
        const QImage shot = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
        const QString out = QStringLiteral(HVBENCH_SCREENSHOT_DIR "/page-%1.png").arg(page + 1);
        QVERIFY(shot.save(out));
        QWidget *content = w.centralWidget();
        const QRect r = QRect(content->mapToGlobal(QPoint(0, 0)) * dpr, content->size() * dpr).intersected(shot.rect());
        const double ink = inkShare(shot, r);
        qInfo("page %d: %s (%.1f %% ink)", page + 1, qPrintable(out), ink * 100);
        QVERIFY2(ink > 0.01, qPrintable(QStringLiteral("page %1 looks blank").arg(page + 1)));
    }
}

QTEST_MAIN(TstScreenshot)
#include "tst_screenshot.moc"
