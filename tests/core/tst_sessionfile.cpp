// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/journal.h"
#include "io/sessionfile.h"
#include "model/sessiondocument.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

namespace {
RunResult sample(int guest, qint64 cycles)
{
    RunResult r;
    r.config = QStringLiteral("kvm-virtio");
    r.vmCount = 2;
    r.guest = guest;
    r.domain = QStringLiteral("hvbench-x-%1").arg(guest);
    r.workload = QStringLiteral("pi");
    r.command = QStringLiteral("hvbench-agent pi --digits 100");
    r.cycles = cycles;
    r.wallNs = 1000;
    r.cpuNs = 900;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.raw = QJsonObject{{QStringLiteral("type"), QStringLiteral("result")}};
    return r;
}
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TstSessionFile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void roundTrip()
    {
        Session s = Session::demo();
        s.spec().vcpus = 2;
        s.spec().nic = NicModel::E1000;
        s.benchmarks.piDigits = 1234;
        s.matrix.vmCounts = {1, 7, 8, 17};
        s.matrix.repeats = 3;
        s.manifest.insert(QStringLiteral("host"), QJsonObject{{QStringLiteral("accel"), QStringLiteral("TCG")}});
        VmSpec e1000 = s.spec();
        e1000.name = QStringLiteral("kvm-e1000");
        s.specs.append(e1000);
        s.benchmarks.enabled = allBenchmarks();
        s.benchmarks.external = {{QStringLiteral("runspec"), QStringLiteral("--config=hs06")}, {},
                                 QStringLiteral("Total: ([0-9.]+)"), QStringLiteral("HS06"), true};
        s.benchmarks.net.durationS = 900;
        s.matrix.maxRepeats = 10;
        s.matrix.rsdTargetPct = 2.5;
        s.matrix.seed = 42;
        RunResult net;
        net.config = e1000.name;
        net.vmCount = 7;
        net.workload = QStringLiteral("net-out");
        net.command = QStringLiteral("iperf3 -c 10.213.1.1 -J");
        net.toolVersion = QStringLiteral("iperf 3.12");
        net.metrics = {{QStringLiteral("throughput_mbps"), 941.5}};
        net.warnings = {QStringLiteral("window not granted")};
        net.output = QStringLiteral("{\"start\": {}}");
        net.wallNs = 10'000'000'000;
        s.results = {sample(0, 100), sample(1, 200), net};
        QVERIFY(io::saveSession(s, path("a.hvbench")).ok());
        auto back = io::loadSession(path("a.hvbench"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->toJson(), s.toJson());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expect"); // a word the message must contain
        Session s = Session::demo();
        const QByteArray good = QJsonDocument(s.toJson()).toJson();
        QTest::addRow("empty") << QByteArray() << QStringLiteral("not a valid session");
        QTest::addRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
        QTest::addRow("not json") << QByteArray("hello world") << QStringLiteral("not a valid session");
        QTest::addRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON object");
        auto with = [&](const char *key, const QJsonValue &v) {
            QJsonObject o = s.toJson();
            o.insert(QString::fromLatin1(key), v);
            return QJsonDocument(o).toJson();
        };
        QTest::addRow("newer format") << with("formatVersion", 99) << QStringLiteral("newer hvbench");
        QTest::addRow("format string") << with("formatVersion", QStringLiteral("1")) << QStringLiteral("formatVersion");
        QJsonObject spec = s.spec().toJson();
        spec.insert(QStringLiteral("vcpus"), QStringLiteral("two"));
        QTest::addRow("vcpus string") << with("specs", QJsonArray{spec}) << QStringLiteral("vcpus");
        spec = s.spec().toJson();
        spec.insert(QStringLiteral("nic_model"), QStringLiteral("ne2k"));
        QTest::addRow("unknown nic") << with("specs", QJsonArray{spec}) << QStringLiteral("ne2k");
        QTest::addRow("two specs, one name") << with("specs", QJsonArray{s.spec().toJson(), s.spec().toJson()})
                                             << QStringLiteral("unique");
        QTest::addRow("no spec") << with("specs", QJsonArray{}) << QStringLiteral("no VM spec");
        QJsonObject bench = s.benchmarks.toJson();
        bench.insert(QStringLiteral("enabled"), QJsonArray{QStringLiteral("hs06")});
        QTest::addRow("unknown benchmark") << with("benchmarks", bench) << QStringLiteral("hs06");
        bench = s.benchmarks.toJson();
        bench.insert(QStringLiteral("enabled"), QJsonArray{QStringLiteral("external-score")});
        QTest::addRow("external score without command") << with("benchmarks", bench) << QStringLiteral("command");
        QJsonObject matrix = s.matrix.toJson();
        matrix.insert(QStringLiteral("rsd_target_pct"), 5);
        QTest::addRow("rsd target without room") << with("matrix", matrix) << QStringLiteral("most repeats");
        QJsonObject fio = s.benchmarks.toJson();
        fio.insert(QStringLiteral("iperf3"), QJsonObject{{QStringLiteral("window"), QStringLiteral("lots")}});
        QTest::addRow("bad iperf3 window") << with("benchmarks", fio) << QStringLiteral("lots");
        QTest::addRow("results not array") << with("results", 5) << QStringLiteral("results");
        QTest::addRow("bad result") << with("results", QJsonArray{QJsonObject{{QStringLiteral("cycles"), -1}}})
                                    << QStringLiteral("results[0]");
        QTest::addRow("missing id") << [&] { QJsonObject o = s.toJson(); o.remove(QStringLiteral("id")); return QJsonDocument(o).toJson(); }()
                                    << QStringLiteral("\"id\"");
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expect);
        writeFile(path("bad.hvbench"), content);
        auto r = io::loadSession(path("bad.hvbench"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(expect), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(path("bad.hvbench")));
    }

    // Sessions written before specs/benchmarks existed ("spec" + "workload") still open.
    void legacyFormatLoads()
    {
        Session s = Session::demo();
        s.spec().vcpus = 3;
        QJsonObject o = s.toJson();
        o.remove(QStringLiteral("specs"));
        o.remove(QStringLiteral("benchmarks"));
        o.insert(QStringLiteral("spec"), s.spec().toJson());
        o.insert(QStringLiteral("workload"), QJsonObject{{QStringLiteral("name"), QStringLiteral("pi")},
                                                         {QStringLiteral("pi_digits"), 777}});
        writeFile(path("old.hvbench"), QJsonDocument(o).toJson());
        auto r = io::loadSession(path("old.hvbench"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->specs.size(), 1);
        QCOMPARE(r->spec().vcpus, 3);
        QCOMPARE(r->benchmarks.enabled, QList<Benchmark>{Benchmark::Pi});
        QCOMPARE(r->benchmarks.piDigits, 777);
    }

    void invalidSessionIsNotWritten()
    {
        // A file loadSession() would refuse is never written: the error says what to fix.
        Session s = Session::demo();
        s.id.clear();
        const QString p = path("invalid.hvbench");
        const Status st = io::saveSession(s, p);
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(QStringLiteral("Session id")), qPrintable(st.errorMessage()));
        QVERIFY(!QFile::exists(p));
        s = Session::demo();
        s.specs.append(s.spec()); // two specs with one name
        QVERIFY(!io::saveSession(s, p).ok());
        QVERIFY(!QFile::exists(p));
    }
    void missingFile()
    {
        auto r = io::loadSession(path("nope.hvbench"));
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("nope.hvbench")));
    }

    void journalRecoversResultsAfterCrash()
    {
        // A run saved the session, then journaled results and "crashed" before saving again.
        SessionDocument doc;
        QVERIFY(doc.save(path("crash.hvbench")).ok());
        doc.setManifestValue(QStringLiteral("host"), QJsonObject{{QStringLiteral("accel"), QStringLiteral("TCG")}});
        QVERIFY(doc.addResult(sample(0, 111)).ok());
        QVERIFY(doc.addResult(sample(1, 222)).ok());
        // torn last line of the crash
        QFile j(io::journalPathFor(path("crash.hvbench")));
        QVERIFY(j.open(QIODevice::Append));
        j.write("{\"session\":\"");
        j.close();
        auto back = io::loadSession(path("crash.hvbench"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->results.size(), 2);
        QCOMPARE(back->results.at(1).cycles, 222);
        QVERIFY(!back->emulationCaveat().isEmpty()); // the manifest survived the crash too
        // saving folds the journal into the file
        SessionDocument reopened;
        QVERIFY(reopened.open(path("crash.hvbench")).ok());
        QVERIFY(reopened.save(path("crash.hvbench")).ok());
        QVERIFY(!QFile::exists(io::journalPathFor(path("crash.hvbench"))));
        QCOMPARE(io::loadSession(path("crash.hvbench"))->results.size(), 2);
    }

    void rerunAfterSaveThenCrash()
    {
        // Saved results, then a new run clears them and records new ones, then a crash.
        SessionDocument doc;
        QVERIFY(doc.addResult(sample(0, 10)).ok());
        QVERIFY(doc.save(path("rerun.hvbench")).ok());
        doc.clearResults();
        QVERIFY(doc.addResult(sample(0, 99)).ok());
        auto back = io::loadSession(path("rerun.hvbench"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->results.size(), 1);
        QCOMPARE(back->results.first().cycles, 99); // the new run's, not the stale saved one
        SessionDocument reopened;
        QVERIFY(reopened.open(path("rerun.hvbench")).ok());
        QVERIFY(reopened.isModified()); // recovered results are not in the file yet
    }

    void journalIgnoresOtherSessions()
    {
        io::Journal j(path("other.journal"));
        QVERIFY(j.append(QStringLiteral("aaa"), sample(0, 5)).ok());
        QVERIFY(j.append(QStringLiteral("bbb"), sample(1, 6)).ok());
        auto r = io::readJournal(path("other.journal"), QStringLiteral("bbb"));
        QVERIFY(r.ok());
        QCOMPARE(r->results.size(), 1);
        QCOMPARE(r->results.first().cycles, 6);
    }

    void documentSignals()
    {
        SessionDocument doc;
        QSignalSpy added(&doc, &SessionDocument::resultAdded);
        QSignalSpy modified(&doc, &SessionDocument::modifiedChanged);
        QVERIFY(doc.addResult(sample(0, 1)).ok());
        QCOMPARE(added.size(), 1);
        QCOMPARE(modified.size(), 1);
        QVERIFY(doc.isModified());
        QFile::remove(doc.journalPath());
    }
};

QTEST_GUILESS_MAIN(TstSessionFile)
#include "tst_sessionfile.moc"
