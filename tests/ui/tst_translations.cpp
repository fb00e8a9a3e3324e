// SPDX-License-Identifier: GPL-3.0-or-later
// The Italian catalogue loaded through installTranslations(): real strings of core (HostProfiles,
// Session) and of ui (MainWindow's menus) come out in Italian, plurals pick the right form,
// an unknown language falls back to English, and the .ts files in the source tree are complete
// (no unfinished or vanished entries, placeholders and accelerators kept).
#include "charts/cycleschart.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/exportdialog.h"
#include "mainwindow.h"
#include "model/resultsmodel.h"
#include "model/runresult.h"
#include "model/session.h"
#include "model/sessiondocument.h"
#include "pages/comparepage.h"
#include "pages/matrixpage.h"
#include "pages/specspage.h"
#include "run/runner.h"
#include "settings/hostprofiles.h"
#include "util/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hvbench;

namespace {
QStringList menuTitles(const MainWindow &w)
{
    QStringList titles;
    const auto actions = w.menuBar()->actions();
    for (const QAction *a : actions)
        titles << a->text();
    return titles;
}

QString openedMessage(int n)
{
    return QCoreApplication::translate("hvbench::MainWindow", "Opened %1 (%n result(s))", nullptr, n)
        .arg(QStringLiteral("s.hvbench"));
}

QString emptyHostNameError()
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("h.ini")), QSettings::IniFormat);
    settings::HostProfiles profiles(ini);
    return profiles.validate(settings::HostProfile{}).errorMessage();
}

// Bare metal and the demo spec × 1 and 2 VMs, two rounds of PI: every page has something to show.
Session sessionWithResults()
{
    Session s = Session::demo();
    for (int round = 0; round < 2; ++round) {
        for (int vms : {0, 1, 2})
            for (int g = 0; g < std::max(vms, 1); ++g) {
                RunResult r;
                r.config = vms == 0 ? kBareMetal : s.spec().name;
                r.vmCount = vms;
                r.guest = g;
                r.repeat = round;
                r.workload = QStringLiteral("pi");
                r.cycles = 4'000'000'000 + vms * 200'000'000 + g * 10'000'000;
                r.wallNs = r.cycles / 3;
                r.cpuNs = r.cycles / 3;
                s.results.append(r);
            }
    }
    return s;
}

// Labels and buttons narrower than their text needs (a clipped or cut translation).
QStringList clippedTexts(QWidget *page)
{
    QStringList out;
    const auto labels = page->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty() && l->width() < l->minimumSizeHint().width())
            out << QStringLiteral("label \"%1\" %2 < %3")
                       .arg(l->text())
                       .arg(l->width())
                       .arg(l->minimumSizeHint().width());
    const auto buttons = page->findChildren<QAbstractButton *>();
    for (const QAbstractButton *b : buttons)
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->minimumSizeHint().width())
            out << QStringLiteral("button \"%1\" %2 < %3")
                       .arg(b->text())
                       .arg(b->width())
                       .arg(b->minimumSizeHint().width());
    return out;
}

struct TsStats {
    int messages = 0;
    int finished = 0;
    QStringList problems;
};

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

// An accelerator: '&' followed by a letter or digit ("&&" is a literal '&', "&amp;" is HTML).
bool hasAccelerator(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)(?![a-z]+;)[\\p{L}\\p{N}]"));
    return s.contains(re);
}

TsStats readTs(const QString &path, int pluralForms)
{
    TsStats st;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        st.problems << QStringLiteral("cannot open %1").arg(path);
        return st;
    }
    QXmlStreamReader xml(&f);
    QString context, source, type;
    QStringList forms;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                forms.clear();
                type.clear();
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++st.messages;
            const QString where = context + QStringLiteral(": \"") + source.left(60) + QLatin1Char('"');
            if (!type.isEmpty()) {
                st.problems << type + QStringLiteral(" ") + where;
                continue;
            }
            if (forms.isEmpty() || forms.contains(QString()) || (numerus && forms.size() != pluralForms)) {
                st.problems << QStringLiteral("empty or missing forms ") + where;
                continue;
            }
            bool ok = true;
            for (const QString &t : std::as_const(forms)) {
                if (placeholders(t) != placeholders(source)) {
                    st.problems << QStringLiteral("placeholders differ ") + where;
                    ok = false;
                } else if (hasAccelerator(t) != hasAccelerator(source)) {
                    st.problems << QStringLiteral("accelerator lost or added ") + where;
                    ok = false;
                }
            }
            st.finished += ok ? 1 : 0;
        }
    }
    if (xml.hasError())
        st.problems << QStringLiteral("%1: XML error %2").arg(path, xml.errorString());
    return st;
}
} // namespace

class TstTranslations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void requestedLocale_data();
    void requestedLocale();
    void withoutLanguageOption();
    void italianCore();
    void italianUi();
    void italianPlurals();
    void qtOwnCatalogue();
    void englishPlurals();
    void unknownLocaleFallsBackToEnglish();
    void switchingBackToEnglish();
    void italianPagesFit();
    void italianConnectionDialogFits();
    void italianStandalonePagesFit();
    void italianExportDialogFits();
    void tsFilesComplete_data();
    void tsFilesComplete();
};

void TstTranslations::init()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstTranslations::cleanupTestCase()
{
    installTranslations(*qApp, QLocale(QLocale::English));
}

void TstTranslations::requestedLocale_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("language"); // empty: the system locale
    QTest::newRow("none") << QStringList{QStringLiteral("hvbench")} << QString();
    QTest::newRow("--lang it") << QStringList{QStringLiteral("hvbench"), QStringLiteral("--lang"), QStringLiteral("it")}
                               << QStringLiteral("it");
    QTest::newRow("--lang=it_IT") << QStringList{QStringLiteral("hvbench-cli"), QStringLiteral("show"),
                                                 QStringLiteral("--lang=it_IT")}
                                  << QStringLiteral("it");
    QTest::newRow("--lang en") << QStringList{QStringLiteral("hvbench"), QStringLiteral("--lang"), QStringLiteral("en")}
                               << QStringLiteral("en");
    QTest::newRow("after --") << QStringList{QStringLiteral("hvbench"), QStringLiteral("--"), QStringLiteral("--lang"),
                                             QStringLiteral("it")}
                              << QString();
    QTest::newRow("--lang without value")
        << QStringList{QStringLiteral("hvbench"), QStringLiteral("--lang")} << QString();
}

void TstTranslations::requestedLocale()
{
    QFETCH(QStringList, args);
    QFETCH(QString, language);
    const QLocale l = hvbench::requestedLocale(args);
    if (language.isEmpty())
        QCOMPARE(l, QLocale::system());
    else
        QCOMPARE(QLocale::languageToCode(l.language()), language);
}

void TstTranslations::withoutLanguageOption()
{
    const QStringList in{QStringLiteral("hvbench-cli"), QStringLiteral("--lang"),    QStringLiteral("it"),
                         QStringLiteral("import"),      QStringLiteral("--lang=en"), QStringLiteral("--out"),
                         QStringLiteral("x"),           QStringLiteral("--"),        QStringLiteral("--lang")};
    const QStringList want{QStringLiteral("hvbench-cli"), QStringLiteral("import"), QStringLiteral("--out"),
                           QStringLiteral("x"),           QStringLiteral("--"),     QStringLiteral("--lang")};
    QCOMPARE(hvbench::withoutLanguageOption(in), want);
}

void TstTranslations::italianCore()
{
    QVERIFY(installTranslations(*qApp, QLocale(QLocale::Italian, QLocale::Italy)));
    QCOMPARE(emptyHostNameError(), QStringLiteral("Dai un nome all'host."));
    QCOMPARE(settings::HostProfiles::thisComputer().name, QStringLiteral("Questo computer"));
    Session s = Session::demo();
    s.hostUri.clear();
    QCOMPARE(s.validate().errorMessage(), QStringLiteral("La sessione non indica alcun URI dell'host."));
}

void TstTranslations::italianUi()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    const QStringList titles = menuTitles(w);
    QVERIFY2(titles.contains(QStringLiteral("&Aiuto")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.contains(QStringLiteral("&Visualizza")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(!titles.contains(QStringLiteral("&Help")), "an English menu title in the Italian window");
}

void TstTranslations::italianPlurals()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it_IT"))));
    QCOMPARE(openedMessage(1), QStringLiteral("Aperta s.hvbench (1 risultato)"));
    QCOMPARE(openedMessage(3), QStringLiteral("Aperta s.hvbench (3 risultati)"));
}

void TstTranslations::qtOwnCatalogue()
{
    const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_it.qm");
    if (!QFile::exists(qm))
        QSKIP("Qt's Italian catalogue is not installed (package qt6-translations-l10n)");
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    // The buttons of Qt's own dialogs (QMessageBox, QFileDialog).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annulla"));
}

void TstTranslations::englishPlurals()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("en_GB"))));
    QCOMPARE(openedMessage(1), QStringLiteral("Opened s.hvbench (1 result)"));
    QCOMPARE(openedMessage(2), QStringLiteral("Opened s.hvbench (2 results)"));
    QCOMPARE(emptyHostNameError(), QStringLiteral("Give the host a name."));
}

void TstTranslations::unknownLocaleFallsBackToEnglish()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("xx")))); // replaces the Italian one
    QCOMPARE(emptyHostNameError(), QStringLiteral("Give the host a name."));
    QCOMPARE(openedMessage(1), QStringLiteral("Opened s.hvbench (1 result)"));
    SessionDocument doc;
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    QVERIFY(menuTitles(w).contains(QStringLiteral("&Help")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TstTranslations::switchingBackToEnglish()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    QVERIFY(installTranslations(*qApp, QLocale(QLocale::English)));
    QCOMPARE(settings::HostProfiles::thisComputer().name, QStringLiteral("This computer"));
}

// Italian is ~20 % longer than English: at the window's default size no label or button of any
// page may be narrower than its text.  The grabs stay in build/dev/screenshots/ to look at.
void TstTranslations::italianPagesFit()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    SessionDocument doc;
    doc.reset(sessionWithResults());
    Runner runner(&doc, RunnerOptions{qEnvironmentVariable("HVBENCH_AGENT")});
    MainWindow w(&doc, &runner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QDir().mkpath(QStringLiteral(HVBENCH_SCREENSHOT_DIR));
    QStringList problems;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        w.showPage(page);
        QCoreApplication::processEvents();
        auto *tabs = w.findChild<QTabBar *>();
        QVERIFY(tabs);
        QVERIFY(!tabs->tabText(page).isEmpty());
        w.grab().save(QStringLiteral(HVBENCH_SCREENSHOT_DIR "/italian-page%1.png").arg(page));
        for (const QString &p : clippedTexts(w.centralWidget()))
            problems << QStringLiteral("page %1: %2").arg(page).arg(p);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstTranslations::italianConnectionDialogFits()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("h.ini")), QSettings::IniFormat);
    settings::HostProfiles profiles(ini);
    ConnectionDialog d(&profiles, nullptr, std::nullopt);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Aggiungi connessione"));
    QDir().mkpath(QStringLiteral(HVBENCH_SCREENSHOT_DIR));
    d.grab().save(QStringLiteral(HVBENCH_SCREENSHOT_DIR "/italian-connection-dialog.png"));
    const QStringList problems = clippedTexts(&d);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The pages the main window does not show yet, on their own at the window's default size.
void TstTranslations::italianStandalonePagesFit()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    SessionDocument doc;
    doc.reset(sessionWithResults());
    SpecsPage specs(&doc);
    MatrixPage matrix(&doc);
    ComparePage compare;
    const std::pair<QWidget *, QString> pages[] = {
        {&specs, QStringLiteral("specs")}, {&matrix, QStringLiteral("matrix")}, {&compare, QStringLiteral("compare")}};
    QDir().mkpath(QStringLiteral(HVBENCH_SCREENSHOT_DIR));
    QStringList problems;
    for (const auto &[page, name] : pages) {
        page->resize(1280, 790);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        page->grab().save(QStringLiteral(HVBENCH_SCREENSHOT_DIR "/italian-%1.png").arg(name));
        for (const QString &p : clippedTexts(page))
            problems << name + QStringLiteral(": ") + p;
        page->hide();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstTranslations::italianExportDialogFits()
{
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("it"))));
    SessionDocument doc;
    doc.reset(sessionWithResults());
    ResultsModel model(&doc);
    CyclesChart chart(&model);
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("e.ini")), QSettings::IniFormat);
    ExportDialog d(&chart, QStringLiteral("pi-cycles"), ini);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Esporta grafico"));
    QDir().mkpath(QStringLiteral(HVBENCH_SCREENSHOT_DIR));
    d.grab().save(QStringLiteral(HVBENCH_SCREENSHOT_DIR "/italian-export-dialog.png"));
    const QStringList problems = clippedTexts(&d);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("it") << QStringLiteral(HVBENCH_TS_DIR "/hvbench_it.ts") << 2 << 800;
    QTest::newRow("en") << QStringLiteral(HVBENCH_TS_DIR "/hvbench_en.ts") << 2 << 10;
}

void TstTranslations::tsFilesComplete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QFETCH(int, atLeast);
    const TsStats st = readTs(file, pluralForms);
    qInfo("%s: %d messages, %d translated and checked", qPrintable(QFileInfo(file).fileName()), st.messages,
          st.finished);
    QVERIFY2(st.problems.isEmpty(), qPrintable(st.problems.join(QLatin1Char('\n'))));
    QVERIFY(st.messages >= atLeast);
    QCOMPARE(st.finished, st.messages);
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
