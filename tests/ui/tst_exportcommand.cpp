// SPDX-License-Identifier: GPL-3.0-or-later
// `hvbench-cli export`, through the built binary: the default files, --format/--size/--dpi/
// --report, and bad inputs (a bad size, DPI 0, an unknown format or report, a broken session
// file, an unwritable folder) exit 2 with a clear message and write nothing.
#include "../clirun.h"
#include "exportfixture.h"
#include "io/sessionfile.h"

#include <QDir>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace hvbench;

namespace {
using test::Cli;

Cli cli(const QStringList &args)
{
    return test::runCli(QStringLiteral("export"), args, 120000);
}

QStringList entries(const QString &dir)
{
    QStringList e = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    e.sort();
    return e;
}
} // namespace

class TstExportCommand final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = m_dir.filePath(QStringLiteral("s.hvbench"));
        const Status st = io::saveSession(exportfixture::session(true), m_session);
        QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
        const QString keep = qEnvironmentVariable("HVBENCH_TEST_KEEP"); // a folder: the session, to try by hand
        if (!keep.isEmpty() && keep != QLatin1String("1"))
            QFile::copy(m_session, QDir(keep).filePath(QStringLiteral("export-fixture.hvbench")));
    }

    void defaultFiles()
    {
        const QString out = m_dir.filePath(QStringLiteral("default"));
        const Cli r = cli({m_session, QStringLiteral("--export-dir"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList stems = exportfixture::chartStems(exportfixture::session(true));
        QVERIFY(stems.contains(QStringLiteral("fig04-06-pi-cycles")) &&
                stems.contains(QStringLiteral("table1-pi-loss")));
        QCOMPARE(entries(out),
                 exportfixture::fileNames(stems, {QStringLiteral("png")},
                                          {QStringLiteral("benchmarks-loss.csv"), QStringLiteral("loss-table.csv"),
                                           QStringLiteral("results.csv")}));
        QCOMPARE(QImage(QDir(out).filePath(QStringLiteral("fig04-06-pi-cycles.png"))).size(), QSize(1200, 800));
        QVERIFY2(r.out.contains(QStringLiteral("table1-pi-loss.png")), qPrintable(r.out));
    }

    void options()
    {
        const QString out = m_dir.filePath(QStringLiteral("opts"));
        const Cli r =
            cli({m_session, QStringLiteral("--export-dir"), out, QStringLiteral("--format"), QStringLiteral("png,svg"),
                 QStringLiteral("--size"), QStringLiteral("800x600"), QStringLiteral("--dpi"), QStringLiteral("300"),
                 QStringLiteral("--report"), QStringLiteral("both")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(entries(out), exportfixture::fileNames(exportfixture::chartStems(exportfixture::session(true)),
                                                        {QStringLiteral("png"), QStringLiteral("svg")},
                                                        {QStringLiteral("report.html"), QStringLiteral("report.pdf")}));
        const QImage png(QDir(out).filePath(QStringLiteral("table1-pi-loss.png")));
        QCOMPARE(png.size(), QSize(2500, 1875));
        QVERIFY(qAbs(png.dotsPerMeterX() - 300 / 0.0254) < 1.0);
        QSvgRenderer svg(QDir(out).filePath(QStringLiteral("table1-pi-loss.svg")));
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox(), QRect(0, 0, 800, 600));
        QFile pdf(QDir(out).filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QFile html(QDir(out).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains(exportfixture::kCpuModel.toUtf8()));
    }

    void csvOnly()
    {
        const QString out = m_dir.filePath(QStringLiteral("csv"));
        const Cli r =
            cli({m_session, QStringLiteral("--export-dir"), out, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(entries(out), QStringList({QStringLiteral("benchmarks-loss.csv"), QStringLiteral("loss-table.csv"),
                                            QStringLiteral("results.csv")}));
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("size 12x") << QStringList{QStringLiteral("--size"), QStringLiteral("12x")}
                                  << QStringLiteral("--size");
        QTest::newRow("size tiny") << QStringList{QStringLiteral("--size"), QStringLiteral("12x800")}
                                   << QStringLiteral("out of range");
        QTest::newRow("dpi 0") << QStringList{QStringLiteral("--dpi"), QStringLiteral("0")} << QStringLiteral("--dpi");
        QTest::newRow("dpi text") << QStringList{QStringLiteral("--dpi"), QStringLiteral("high")}
                                  << QStringLiteral("--dpi");
        QTest::newRow("too many pixels") << QStringList{QStringLiteral("--size"), QStringLiteral("9000x9000"),
                                                        QStringLiteral("--dpi"), QStringLiteral("600")}
                                         << QStringLiteral("at most");
        QTest::newRow("format jpeg") << QStringList{QStringLiteral("--format"), QStringLiteral("png,jpeg")}
                                     << QStringLiteral("Unknown export format \"jpeg\"");
        QTest::newRow("format empty") << QStringList{QStringLiteral("--format"), QString()}
                                      << QStringLiteral("--format");
        QTest::newRow("report docx") << QStringList{QStringLiteral("--report"), QStringLiteral("docx")}
                                     << QStringLiteral("Unknown report kind");
    }

    void badInputs()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("bad"));
        const Cli r = cli(QStringList{m_session, QStringLiteral("--export-dir"), out} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out)); // nothing written, not even the folder
    }

    void brokenSession()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.hvbench"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"formatVersion\": 1, \"results\": [ garbage");
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("broken-out"));
        const Cli r = cli({broken, QStringLiteral("--export-dir"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.hvbench")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        const Cli missing =
            cli({m_dir.filePath(QStringLiteral("missing.hvbench")), QStringLiteral("--export-dir"), out});
        QCOMPARE(missing.code, 2);
        QVERIFY(!missing.err.isEmpty());
    }

    void unwritableFolder()
    {
        // A folder that cannot be created (under a file), and one that exists read-only.
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Cli r = cli({m_session, QStringLiteral("--export-dir"), file + QStringLiteral("/sub")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("plain-file/sub")), qPrintable(r.err));

        if (::geteuid() == 0)
            return; // root writes into read-only folders
        const QString ro = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Cli r2 = cli({m_session, QStringLiteral("--export-dir"), ro});
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r2.code, 2);
        QCOMPARE(entries(ro), QStringList());
    }

    void needsExportDir()
    {
        const Cli r = cli({m_session});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--export-dir")));
    }
};

QTEST_MAIN(TstExportCommand)
#include "tst_exportcommand.moc"
