// SPDX-License-Identifier: GPL-3.0-or-later
// The Matrix page driven as a user would: VM counts typed, a bad VM count refused with the reason,
// a benchmark parameter out of range refused next to its field, the paper preset applied (the
// question about the VM specs answered both ways), a benchmark unchecked, a host given.
// HVBENCH_SHOT_DIR=<dir> also saves a screenshot of the page with the quick preset.
#include "../tcghost.h"
#include "model/presets.h"
#include "model/sessiondocument.h"
#include "pages/benchmarksuiteform.h"
#include "pages/matrixform.h"
#include "pages/matrixpage.h"
#include "run/matrixpreviewmodel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace hvbench;

namespace {
Session preset(const char *id)
{
    auto s = makePreset(QLatin1String(id));
    Q_ASSERT(s);
    return *s;
}

void type(QLineEdit *e, const QString &text)
{
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
    QTest::keyClick(e, Qt::Key_Return); // editingFinished
}

void choosePreset(MatrixPage &page, const QString &id)
{
    QComboBox *c = page.presetCombo();
    c->setCurrentIndex(c->findData(id));
    QVERIFY(c->currentIndex() >= 0);
    QVERIFY(!c->toolTip().isEmpty()); // the preset's description
}

QAbstractButton *button(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text() == text)
            return b;
    return nullptr;
}

int rowsOf(const MatrixPreviewModel *m, Benchmark b)
{
    int n = 0;
    for (const PreviewRow &r : m->preview().rows)
        n += r.benchmark == b ? 1 : 0;
    return n;
}

virt::HostInfo tcgHost()
{
    virt::HostInfo h = test::tcgHost(8192, qint64(200) << 30, qint64(100) << 30);
    h.arch = QStringLiteral("x86_64");
    return h;
}
} // namespace

class TestMatrixPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void vmCountsReachTheSession()
    {
        SessionDocument doc;
        doc.reset(preset("demo"));
        MatrixPage page(&doc);
        page.show();
        type(page.matrixForm()->vmCountsEdit(), QStringLiteral("1, 7, 8, 17"));
        QCOMPARE(doc.session().matrix.vmCounts, (QList<int>{1, 7, 8, 17}));
        QVERIFY(page.matrixForm()->vmCountsError().isEmpty());
        const int cells = 1 + int(doc.session().specs.size()) * 4;
        QCOMPARE(page.previewModel()->rowCount(), cells * int(doc.session().benchmarks.enabled.size()));
    }

    void badVmCountIsRefused()
    {
        SessionDocument doc;
        doc.reset(preset("demo"));
        MatrixPage page(&doc);
        page.show();
        const Session before = doc.session();
        QSignalSpy changed(&doc, &SessionDocument::settingsChanged);
        type(page.matrixForm()->vmCountsEdit(), QStringLiteral("1, x"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(doc.session().matrix, before.matrix);
        QVERIFY2(page.matrixForm()->vmCountsError().contains(QLatin1String("\"x\" is not a VM count")),
                 qPrintable(page.matrixForm()->vmCountsError()));
        // Fixed, it goes through and the message goes away.
        type(page.matrixForm()->vmCountsEdit(), QStringLiteral("3"));
        QCOMPARE(doc.session().matrix.vmCounts, QList<int>{3});
        QVERIFY(page.matrixForm()->vmCountsError().isEmpty());
    }

    // A parameter the model refuses: the message under the benchmark's fields, the session unchanged.
    void badParameterIsRefused()
    {
        SessionDocument doc;
        doc.reset(preset("quick"));
        MatrixPage page(&doc);
        page.show();
        const BenchmarkSuite before = doc.session().benchmarks;
        auto *omit = qobject_cast<QSpinBox *>(page.suiteForm()->field(Benchmark::NetOut, QStringLiteral("omit")));
        QVERIFY(omit);
        omit->setValue(9); // -t is 5 s in the quick preset
        QCOMPARE(doc.session().benchmarks, before);
        const QString why = page.suiteForm()->errorText(Benchmark::NetOut);
        QVERIFY2(why.contains(QLatin1String("warm-up")), qPrintable(why));
        QVERIFY(page.suiteForm()->errorText(Benchmark::Fio).isEmpty());
        omit->setValue(1);
        QCOMPARE(doc.session().benchmarks.net.omitS, 1);
        QVERIFY(page.suiteForm()->errorText(Benchmark::NetOut).isEmpty());

        auto *digits = qobject_cast<QSpinBox *>(page.suiteForm()->field(Benchmark::Pi, QStringLiteral("digits")));
        digits->setValue(40000);
        QCOMPARE(doc.session().benchmarks.piDigits, 40000);
    }

    void paperPresetReplacesSpecsWhenAsked()
    {
        SessionDocument doc;
        doc.reset(preset("demo"));
        MatrixPage page(&doc);
        page.show();
        const Session paper = preset("paper");
        choosePreset(page, QStringLiteral("paper"));
        QVERIFY(page.presetCombo()->toolTip().contains(QLatin1String("Table I")));
        QTest::mouseClick(page.applyPresetButton(), Qt::LeftButton);
        QMessageBox *q = page.presetQuestion();
        QVERIFY(q);
        QTRY_VERIFY(q->isVisible());
        QCOMPARE(doc.session().benchmarks, preset("demo").benchmarks); // nothing before the answer
        QAbstractButton *replace = button(q, QStringLiteral("Replace the VM specs"));
        QVERIFY(replace);
        QTest::mouseClick(replace, Qt::LeftButton);
        QCOMPARE(doc.session().benchmarks, paper.benchmarks);
        QCOMPARE(doc.session().matrix, paper.matrix);
        QCOMPARE(doc.session().specNames(), paper.specNames());
        QCOMPARE(page.matrixForm()->vmCountsEdit()->text(), QStringLiteral("1, 7, 8, 17"));
        QCOMPARE(page.matrixForm()->maxRepeatsBox()->value(), 10);
        QCOMPARE(page.previewModel()->rowCount(), (1 + 8 * 4) * 6);
        QVERIFY2(page.summaryText().contains(QLatin1String("up to")), qPrintable(page.summaryText()));
    }

    void paperPresetCanKeepTheSpecs()
    {
        SessionDocument doc;
        doc.reset(preset("demo"));
        MatrixPage page(&doc);
        page.show();
        const QStringList mine = doc.session().specNames();
        choosePreset(page, QStringLiteral("paper"));
        QTest::mouseClick(page.applyPresetButton(), Qt::LeftButton);
        QTRY_VERIFY(page.presetQuestion() && page.presetQuestion()->isVisible());
        QTest::mouseClick(button(page.presetQuestion(), QStringLiteral("Keep my VM specs")), Qt::LeftButton);
        QCOMPARE(doc.session().specNames(), mine);
        QCOMPARE(doc.session().benchmarks, preset("paper").benchmarks);
        QCOMPARE(doc.session().matrix.vmCounts, (QList<int>{1, 7, 8, 17}));
    }

    void uncheckingABenchmarkRemovesItsRows()
    {
        SessionDocument doc;
        doc.reset(preset("quick"));
        MatrixPage page(&doc);
        page.show();
        QVERIFY(rowsOf(page.previewModel(), Benchmark::Bonnie) > 0);
        const int rows = page.previewModel()->rowCount();
        page.suiteForm()->setChecked(Benchmark::Bonnie, false);
        QVERIFY(!doc.session().benchmarks.has(Benchmark::Bonnie));
        QCOMPARE(rowsOf(page.previewModel(), Benchmark::Bonnie), 0);
        QCOMPARE(page.previewModel()->rowCount(), rows / 6 * 5);
        QCOMPARE(page.previewView()->model()->rowCount(), rows / 6 * 5);
    }

    // Selecting a row shows every guest's command line, as the model has them.
    void selectedRowShowsEveryCommand()
    {
        SessionDocument doc;
        doc.reset(preset("quick"));
        MatrixPage page(&doc);
        page.show();
        const MatrixPreviewModel *m = page.previewModel();
        int row = -1;
        for (int r = 0; r < m->rowCount() && row < 0; ++r)
            if (m->preview().rows.at(r).cell.vmCount == 2 && m->preview().rows.at(r).benchmark == Benchmark::NetOut)
                row = r;
        QVERIFY(row >= 0);
        page.previewView()->selectRow(row);
        const QStringList cmds = m->preview().rows.at(row).commandLines;
        QCOMPARE(page.commandsView()->toPlainText(),
                 QStringLiteral("guest 1: %1\nguest 2: %2").arg(cmds.at(0), cmds.at(1)));
        QVERIFY(cmds.at(1).contains(QLatin1String("-p 5202")));
    }

    void hostDecidesWhatIsSkipped()
    {
        SessionDocument doc;
        doc.reset(preset("quick"));
        MatrixPage page(&doc);
        QVERIFY(page.findChild<QLabel *>()); // smoke
        QCOMPARE(page.previewModel()->preview().skippedCells, 0);
        page.setHostInfo(tcgHost());
        QCOMPARE(page.previewModel()->preview().skippedCells, 12);
        QVERIFY2(page.summaryText().contains(QLatin1String("12 skipped")), qPrintable(page.summaryText()));
    }

    // Not a check: a picture of the page to look at (HVBENCH_SHOT_DIR).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("HVBENCH_SHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HVBENCH_SHOT_DIR not set");
        SessionDocument doc;
        doc.reset(preset("quick"));
        MatrixPage page(&doc);
        page.resize(1400, 900);
        page.show();
        page.suiteForm()->benchmarkList()->setCurrentRow(5); // fio's parameters
        page.previewView()->selectRow(16);                   // kvm-e1000-file × 2, fio
        QCoreApplication::processEvents();                   // the layout follows the summary's new text
        QVERIFY(page.grab().save(dir + QStringLiteral("/matrixpage-quick.png")));
        page.setHostInfo(tcgHost());
        QCoreApplication::processEvents(); // the layout follows the summary's new text
        QVERIFY(page.grab().save(dir + QStringLiteral("/matrixpage-quick-tcghost.png")));
        const Session paper = preset("paper");
        doc.setSettings(paper.specs, paper.benchmarks, paper.matrix, paper.hostUri);
        page.suiteForm()->benchmarkList()->setCurrentRow(3); // iperf3's parameters
        QCoreApplication::processEvents();                   // the layout follows the summary's new text
        QVERIFY(page.grab().save(dir + QStringLiteral("/matrixpage-paper-tcghost.png")));
        page.suiteForm()->benchmarkList()->setCurrentRow(2); // the external score, checked without a command
        page.suiteForm()->setChecked(Benchmark::ExternalScore, true);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/matrixpage-external-refused.png")));
    }
};

QTEST_MAIN(TestMatrixPage)
#include "tst_matrixpage.moc"
