// SPDX-License-Identifier: GPL-3.0-or-later
// `hvbench-cli compare`: two sessions side by side with the paper's reference; "—" for missing
// cells; bad files and bad usage exit 2 with a message naming the problem.
#include "comparecommand.h"
#include "io/sessionfile.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace hvbench;

namespace {
RunResult cpu(const QString &config, int vms, int guest, double perCopy)
{
    RunResult r;
    r.config = config;
    r.vmCount = vms;
    r.guest = guest;
    r.workload = QStringLiteral("cpu-score");
    r.metrics = {{QStringLiteral("score_per_copy_mips"), perCopy}, {QStringLiteral("score_mips"), perCopy}};
    return r;
}
Session eightVms(double bare, double vm, bool withOneVm)
{
    Session s = Session::demo();
    s.specs.first().name = QStringLiteral("kvm-virtio");
    s.specs.first().hypervisor = Hypervisor::Kvm;
    s.results.append(cpu(kBareMetal, 0, 0, bare));
    for (int g = 0; g < 8; ++g)
        s.results.append(cpu(QStringLiteral("kvm-virtio"), 8, g, vm));
    if (withOneVm)
        s.results.append(cpu(QStringLiteral("kvm-virtio"), 1, 0, vm));
    return s;
}
struct Run {
    int code;
    QString out, err;
};
Run compare(const QStringList &args)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int code = cli::runCompareCommand(args, os, es);
    os.flush();
    es.flush();
    return {code, o, e};
}
} // namespace

class TstCompareCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoSessionsAndTheReference()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.hvbench"));
        const QString b = dir.filePath(QStringLiteral("b.hvbench"));
        QVERIFY(io::saveSession(eightVms(100, 95, true), a).ok());
        QVERIFY(io::saveSession(eightVms(100, 80, false), b).ok());
        const Run r = compare({a, b, QStringLiteral("--reference")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains(QStringLiteral("[1] a")));
        QVERIFY(r.out.contains(QStringLiteral("[3] A. Chierici")));
        QVERIFY(r.out.contains(QStringLiteral("7-Zip")));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        auto line = [&](const QString &a1, const QString &a2, const QString &a3) {
            for (const QString &l : lines)
                if (l.contains(a1) && l.contains(a2) && l.contains(a3))
                    return l;
            return QString();
        };
        // The 8-VM per-copy row: 5 % and 20 % measured, 3.42 published.
        const QString eight =
            line(QStringLiteral("score_per_copy_mips"), QStringLiteral("kvm-virtio"), QStringLiteral("  8  "));
        QVERIFY2(!eight.isEmpty(), qPrintable(r.out));
        QVERIFY2(eight.contains(QLocale().toString(5.0, 'f', 2)) && eight.contains(QLocale().toString(20.0, 'f', 2)) &&
                     eight.contains(QLocale().toString(3.42, 'f', 2)),
                 qPrintable(eight));
        // The 1-VM row: only a has it.
        const QString one =
            line(QStringLiteral("score_per_copy_mips"), QStringLiteral("kvm-virtio"), QStringLiteral("  1  "));
        QVERIFY2(one.count(QStringLiteral("—")) >= 4, qPrintable(one));
        QVERIFY(!line(QStringLiteral("score_per_copy_mips"), QStringLiteral("E5410 vs E5420"), QStringLiteral("4"))
                     .isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file") << QStringList{} << QStringLiteral("two session files");
        QTest::newRow("one file, no reference")
            << QStringList{QStringLiteral("GOOD")} << QStringLiteral("two session files");
        QTest::newRow("missing file") << QStringList{QStringLiteral("GOOD"), QStringLiteral("/nonexistent/x.hvbench")}
                                      << QStringLiteral("/nonexistent/x.hvbench");
        QTest::newRow("broken file") << QStringList{QStringLiteral("GOOD"), QStringLiteral("BROKEN")}
                                     << QStringLiteral("not a valid session file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("GOOD"), QStringLiteral("--bogus")}
                                        << QStringLiteral("bogus");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.hvbench"));
        QVERIFY(io::saveSession(eightVms(100, 95, false), good).ok());
        const QString broken = dir.filePath(QStringLiteral("broken.hvbench"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"formatVersion\": 1, \"resu");
        f.close();
        for (QString &a : args)
            a = a == QLatin1String("GOOD") ? good : a == QLatin1String("BROKEN") ? broken : a;
        const Run r = compare(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void oneFileWithReference()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.hvbench"));
        QVERIFY(io::saveSession(eightVms(100, 95, false), a).ok());
        const Run r = compare({a, QStringLiteral("--reference")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("[2] A. Chierici")));
        QCOMPARE(compare({QStringLiteral("--help")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TstCompareCommand)
#include "tst_comparecommand.moc"
