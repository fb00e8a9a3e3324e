// SPDX-License-Identifier: GPL-3.0-or-later
// `hvbench-cli import`, running the built binary on outputs of the real tools saved by the
// test (iperf3 on 127.0.0.1, fio in a temporary directory; a bonnie++ 2.00a CSV line this
// machine wrote): the session is created, results appended, a second import appends, and a
// bad FILE exits 2 naming the file with the session file left as it was.
#include "../clirun.h"
#include "io/sessionfile.h"
#include "toolruns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

namespace {
// bonnie++ 2.00a, `-q -f -s 256M -r 128M -n 0` on this machine kind: block write and rewrite
// measured, block read and seeks "+++++", per-character tests skipped (-f).
const QByteArray kBonnieCsv = "1.98,2.00a,vm,1,1795647504,256M,,8192,5,,,499715,49,487177,58,,,+++++,+++,+++++,+++,"
                              ",,,,,,,,,,,,,,,,,,3317us,262us,,313us,16995us,,,,,,\n";

using test::Cli;

Cli cli(const QStringList &args)
{
    return test::runCli(QStringLiteral("import"), args, 60000);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TstImportCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_out, m_in, m_fio, m_bonnie, m_garbage;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (toolruns::iperf3Path().isEmpty() || toolruns::fioPath().isEmpty())
            QSKIP("iperf3 or fio is not installed");
        m_out = path(QStringLiteral("out.json"));
        m_in = path(QStringLiteral("in.json"));
        m_fio = path(QStringLiteral("fio.json"));
        m_bonnie = path(QStringLiteral("bonnie.csv"));
        m_garbage = path(QStringLiteral("garbage.json"));
        const QByteArray out = toolruns::iperf3Client({});
        const QByteArray in = toolruns::iperf3Client({QStringLiteral("-R")});
        QVERIFY2(out.contains("sum_received") && in.contains("sum_received"), QByteArray(out + in).constData());
        QVERIFY(writeFile(m_out, out) && writeFile(m_in, in));
        QTemporaryDir fioDir;
        const toolruns::Output fio = toolruns::fioFourJobs(fioDir.path(), 4);
        QVERIFY2(fio.exitCode == 0, fio.err.constData());
        QVERIFY(writeFile(m_fio, "fio: this platform does not support direct I/O\n" + fio.out));
        QVERIFY(writeFile(m_bonnie, kBonnieCsv));
        QVERIFY(writeFile(m_garbage, out.left(out.size() / 2))); // cut short
    }

    void help()
    {
        const Cli c = cli({QStringLiteral("--help")});
        QCOMPARE(c.code, 0);
        QVERIFY(c.out.contains(QLatin1String("--tool iperf3|fio|bonnie")));
    }

    void createThenAppend()
    {
        const QString session = path(QStringLiteral("new/s.hvbench")); // folder created too
        // iperf3: the direction of each file is its own -R flag.
        Cli c = cli({QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--config"),
                     QStringLiteral("vm"), QStringLiteral("--vms"), QStringLiteral("2"), QStringLiteral("--guest"),
                     QStringLiteral("1"), QStringLiteral("--out"), session, m_out, m_in});
        QVERIFY2(c.code == 0, qPrintable(c.err));
        auto s = io::loadSession(session);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        const QString id = s->id;
        QVERIFY(!id.isEmpty());
        QCOMPARE(s->results.size(), 2);
        QCOMPARE(s->results[0].workload, QStringLiteral("net-out"));
        QCOMPARE(s->results[1].workload, QStringLiteral("net-in"));
        for (const RunResult &r : s->results) {
            QCOMPARE(r.config, QStringLiteral("vm"));
            QCOMPARE(r.vmCount, 2);
            QCOMPARE(r.guest, 1);
            QCOMPARE(r.repeat, 0);
            QVERIFY(r.metric(QStringLiteral("throughput_mbps")).value_or(0) > 0);
            const QString from = r.raw.value(QStringLiteral("imported_from")).toString();
            QVERIFY(from == m_out || from == m_in);
            QCOMPARE(r.command, QStringLiteral("imported from ") + from);
            QVERIFY(QDateTime::fromString(r.raw.value(QStringLiteral("imported_at")).toString(), Qt::ISODateWithMs)
                        .isValid());
            QCOMPARE(r.output.toUtf8(), readAll(from));
        }
        QVERIFY(s->benchmarks.has(Benchmark::NetOut) && s->benchmarks.has(Benchmark::NetIn));
        QJsonArray imports = s->manifest.value(QStringLiteral("imports")).toArray();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports[0].toObject().value(QStringLiteral("tool")).toString(), QStringLiteral("iperf3"));
        QCOMPARE(imports[0].toObject().value(QStringLiteral("files")).toArray(), (QJsonArray{m_out, m_in}));
        QVERIFY(!imports[0].toObject().value(QStringLiteral("at")).toString().isEmpty());

        // Second import: fio on bare metal, appended.
        c = cli({QStringLiteral("--tool"), QStringLiteral("fio"), QStringLiteral("--baseline"), QStringLiteral("--out"),
                 session, m_fio});
        QVERIFY2(c.code == 0, qPrintable(c.err));
        QVERIFY2(c.out.contains(QLatin1String("seq_read_mib_s")), qPrintable(c.out));
        s = io::loadSession(session);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s->id, id);
        QCOMPARE(s->results.size(), 3);
        QCOMPARE(s->results[2].workload, QStringLiteral("fio"));
        QCOMPARE(s->results[2].config, kBareMetal);
        QCOMPARE(s->results[2].vmCount, 0);
        QVERIFY(s->results[2].metric(QStringLiteral("seq_read_mib_s")).value_or(0) > 0);
        QCOMPARE(s->manifest.value(QStringLiteral("imports")).toArray().size(), 2);

        // The same outbound run again, explicitly outbound, twice: rounds 1 and 2 of that slot.
        c = cli({QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--direction"),
                 QStringLiteral("out"), QStringLiteral("--config"), QStringLiteral("vm"), QStringLiteral("--vms"),
                 QStringLiteral("2"), QStringLiteral("--guest"), QStringLiteral("1"), QStringLiteral("--out"), session,
                 m_out, m_out});
        QVERIFY2(c.code == 0, qPrintable(c.err));
        s = io::loadSession(session);
        QCOMPARE(s->results.size(), 5);
        QCOMPARE(s->results[3].repeat, 1);
        QCOMPARE(s->results[4].repeat, 2);

        // bonnie++: "+++++" figures are warned about on stderr, not imported as figures.
        c = cli({QStringLiteral("--tool"), QStringLiteral("bonnie"), QStringLiteral("--config"), QStringLiteral("vm"),
                 QStringLiteral("--vms"), QStringLiteral("1"), QStringLiteral("--repeat"), QStringLiteral("4"),
                 QStringLiteral("--out"), session, m_bonnie});
        QVERIFY2(c.code == 0, qPrintable(c.err));
        QVERIFY2(c.err.contains(QLatin1String("could not measure block read")), qPrintable(c.err));
        s = io::loadSession(session);
        QCOMPARE(s->results.size(), 6);
        QCOMPARE(s->results[5].repeat, 4);
        QCOMPARE(s->results[5].toolVersion, QStringLiteral("bonnie++ 2.00a"));
        QCOMPARE(*s->results[5].metric(QStringLiteral("block_write_kib_s")), 499715.0);
        QVERIFY(!s->results[5].metrics.contains(QStringLiteral("block_read_kib_s")));
    }

    void badFileLeavesSessionUntouched()
    {
        const QString session = path(QStringLiteral("bad.hvbench"));
        QCOMPARE(cli({QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--baseline"),
                      QStringLiteral("--out"), session, m_out})
                     .code,
                 0);
        const QByteArray before = readAll(session);
        QVERIFY(!before.isEmpty());
        struct Case {
            QStringList args;
            QString mentions;
        };
        const QList<Case> cases{
            // A garbage (cut short) file after a good one: nothing of either is written.
            {{QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--baseline"), m_out, m_garbage},
             m_garbage},
            {{QStringLiteral("--tool"), QStringLiteral("fio"), QStringLiteral("--baseline"), m_fio, m_garbage},
             m_garbage},
            {{QStringLiteral("--tool"), QStringLiteral("bonnie"), QStringLiteral("--baseline"), m_out}, m_out},
            {{QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--baseline"),
              path(QStringLiteral("none.json"))},
             path(QStringLiteral("none.json"))},
            // An inbound run imported as outbound.
            {{QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--direction"), QStringLiteral("out"),
              QStringLiteral("--baseline"), m_in},
             QStringLiteral("imported as outbound")},
            // Round 0 of the baseline's net-out already holds a result.
            {{QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--baseline"),
              QStringLiteral("--repeat"), QStringLiteral("0"), m_out},
             QStringLiteral("--repeat")},
            // Usage.
            {{QStringLiteral("--tool"), QStringLiteral("perf"), QStringLiteral("--baseline"), m_out},
             QStringLiteral("--tool")},
            {{QStringLiteral("--tool"), QStringLiteral("fio"), m_fio}, QStringLiteral("--baseline")},
            {{QStringLiteral("--tool"), QStringLiteral("fio"), QStringLiteral("--baseline"), QStringLiteral("--config"),
              QStringLiteral("vm"), m_fio},
             QStringLiteral("--baseline")},
            {{QStringLiteral("--tool"), QStringLiteral("fio"), QStringLiteral("--config"), QStringLiteral("vm"),
              QStringLiteral("--vms"), QStringLiteral("2"), QStringLiteral("--guest"), QStringLiteral("2"), m_fio},
             QStringLiteral("--guest")},
            {{QStringLiteral("--tool"), QStringLiteral("fio"), QStringLiteral("--direction"), QStringLiteral("in"),
              QStringLiteral("--baseline"), m_fio},
             QStringLiteral("--direction")},
            {{QStringLiteral("--tool"), QStringLiteral("fio"), QStringLiteral("--baseline")}, QStringLiteral("FILE")},
        };
        for (const Case &k : cases) {
            const Cli c = cli(k.args + QStringList{QStringLiteral("--out"), session});
            QVERIFY2(c.code == 2, qPrintable(k.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + c.err));
            QVERIFY2(c.err.contains(k.mentions), qPrintable(k.mentions + QStringLiteral(" not in: ") + c.err));
            QCOMPARE(readAll(session), before);
        }
        QVERIFY(!QFile::exists(io::journalPathFor(session)));
    }

    void unreadableSessionIsNotOverwritten()
    {
        const QString session = path(QStringLiteral("broken.hvbench"));
        QVERIFY(writeFile(session, "{\"formatVersion\": 1, \"id\": "));
        const Cli c = cli({QStringLiteral("--tool"), QStringLiteral("iperf3"), QStringLiteral("--baseline"),
                           QStringLiteral("--out"), session, m_out});
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.contains(session), qPrintable(c.err));
        QCOMPARE(readAll(session), QByteArray("{\"formatVersion\": 1, \"id\": "));
    }
};

QTEST_GUILESS_MAIN(TstImportCommand)
#include "tst_importcommand.moc"
