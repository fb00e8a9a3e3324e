// SPDX-License-Identifier: GPL-3.0-or-later
// Drives `$HVBENCH_AGENT --stdio` through protocol v1, as the host does on bare metal.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {
constexpr int kTimeoutMs = 60'000;
}

class TestAgentStdio final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helloAtStart();
    void pingAnswersHello();
    void runPi();
    void garbageLineIsAnError();
    void badRunsAreErrors_data();
    void badRunsAreErrors();
    void exec_data();
    void exec();
    void execBadRequestsAreErrors_data();
    void execBadRequestsAreErrors();
    void execCopiesRunAtOnce();
    void execOneCopyIsTheSingleAnswer();
    void execCopiesTimeoutKillsAll();
    void shutdownSaysBye();
    void closedStdinEndsAgent();

private:
    void send(const QByteArray &json);
    // Waits for the next complete line and parses it; empty object on timeout / bad JSON.
    QJsonObject nextMessage();
    void expectHello(const QJsonObject &hello);

    QString m_agentPath;
    std::unique_ptr<QProcess> m_agent;
    QJsonObject m_hello;
};

void TestAgentStdio::initTestCase()
{
    m_agentPath = qEnvironmentVariable("HVBENCH_AGENT");
    QVERIFY2(!m_agentPath.isEmpty(), "HVBENCH_AGENT is not set");
}

void TestAgentStdio::init()
{
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_agent->start(m_agentPath, {QStringLiteral("--stdio")});
    QVERIFY2(m_agent->waitForStarted(kTimeoutMs), qPrintable(m_agent->errorString()));
    m_hello = nextMessage();
}

void TestAgentStdio::cleanup()
{
    if (m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished(kTimeoutMs);
    }
    m_agent.reset();
}

void TestAgentStdio::send(const QByteArray &json)
{
    m_agent->write(json + '\n');
}

QJsonObject TestAgentStdio::nextMessage()
{
    if (!QTest::qWaitFor([this] { return m_agent->canReadLine(); }, kTimeoutMs))
        return {};
    return QJsonDocument::fromJson(m_agent->readLine()).object();
}

void TestAgentStdio::expectHello(const QJsonObject &hello)
{
    QCOMPARE(hello.value(u"type").toString(), QStringLiteral("hello"));
    QCOMPARE(hello.value(u"proto").toInt(), 1);
    QCOMPARE(hello.value(u"agent").toString(), QStringLiteral(HVBENCH_VERSION));
    QVERIFY(!hello.value(u"kernel").toString().isEmpty());
    QVERIFY(hello.value(u"cpu_model").isString());
    QVERIFY(hello.value(u"cpus").toInt() > 0);
    const QJsonObject tsc = hello.value(u"tsc").toObject();
    QVERIFY(tsc.value(u"constant").isBool());
    QVERIFY(tsc.value(u"nonstop").isBool());
    QVERIFY(tsc.value(u"mhz").isDouble());
    QVERIFY(hello.value(u"virtualized").isBool());
}

void TestAgentStdio::helloAtStart()
{
    expectHello(m_hello);
}

void TestAgentStdio::pingAnswersHello()
{
    send(R"({"type":"ping","proto":1})");
    expectHello(nextMessage());
    send(R"({"type":"ping","proto":1})");
    expectHello(nextMessage());
}

void TestAgentStdio::runPi()
{
    send(R"({"type":"run","proto":1,"id":"r1","workload":"pi","params":{"digits":1000}})");
    const QJsonObject result = nextMessage();
    QCOMPARE(result.value(u"type").toString(), QStringLiteral("result"));
    QCOMPARE(result.value(u"proto").toInt(), 1);
    QCOMPARE(result.value(u"id").toString(), QStringLiteral("r1"));
    QCOMPARE(result.value(u"workload").toString(), QStringLiteral("pi"));
    QCOMPARE(result.value(u"params").toObject().value(u"digits").toInt(), 1000);
    QCOMPARE(result.value(u"command").toString(),
             QStringLiteral("hvbench-agent pi --digits 1000"));
    const QJsonObject m = result.value(u"metrics").toObject();
    QVERIFY(m.value(u"cycles").toDouble() > 0);
    QVERIFY(m.value(u"tsc_end").toDouble() > m.value(u"tsc_start").toDouble());
    QCOMPARE(m.value(u"cycles").toDouble(),
             m.value(u"tsc_end").toDouble() - m.value(u"tsc_start").toDouble());
    QVERIFY(m.value(u"wall_ns").toDouble() > 0);
    QVERIFY(m.value(u"cpu_ns").toDouble() > 0);
    QVERIFY(m.value(u"steal_ticks").toDouble() >= 0);
    QVERIFY(m.value(u"user_hz").toInt() > 0);
    QVERIFY(m.value(u"cpu_start").isDouble());
    QVERIFY(m.value(u"cpu_end").isDouble());
    QCOMPARE(m.value(u"digits").toInt(), 1000);
}

void TestAgentStdio::garbageLineIsAnError()
{
    send("this is not json");
    const QJsonObject error = nextMessage();
    QCOMPARE(error.value(u"type").toString(), QStringLiteral("error"));
    QCOMPARE(error.value(u"id").toString(), QString());
    QVERIFY(!error.value(u"message").toString().isEmpty());
    QCOMPARE(m_agent->state(), QProcess::Running);
    send(R"({"type":"ping","proto":1})");
    expectHello(nextMessage());
}

void TestAgentStdio::badRunsAreErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("id");
    QTest::addRow("unknown workload")
        << QByteArray(R"({"type":"run","proto":1,"id":"w","workload":"linpack"})")
        << QStringLiteral("w");
    QTest::addRow("proto too new")
        << QByteArray(R"({"type":"run","proto":99,"id":"p","workload":"pi"})")
        << QStringLiteral("p");
    QTest::addRow("digits too few")
        << QByteArray(R"({"type":"run","proto":1,"id":"d","workload":"pi","params":{"digits":9}})")
        << QStringLiteral("d");
    QTest::addRow("digits too many")
        << QByteArray(R"({"type":"run","proto":1,"id":"D","workload":"pi",)"
                      R"("params":{"digits":1000001}})")
        << QStringLiteral("D");
    QTest::addRow("digits not a number")
        << QByteArray(R"({"type":"run","proto":1,"id":"s","workload":"pi","params":{"digits":"x"}})")
        << QStringLiteral("s");
    QTest::addRow("missing type") << QByteArray(R"({"proto":1,"id":"t"})") << QStringLiteral("t");
    QTest::addRow("unknown type")
        << QByteArray(R"({"type":"dance","proto":1,"id":"u"})") << QStringLiteral("u");
    QTest::addRow("json array") << QByteArray("[1,2]") << QString();
}

void TestAgentStdio::badRunsAreErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, id);
    send(line);
    const QJsonObject error = nextMessage();
    QCOMPARE(error.value(u"type").toString(), QStringLiteral("error"));
    QCOMPARE(error.value(u"id").toString(), id);
    QCOMPARE(m_agent->state(), QProcess::Running);
}

void TestAgentStdio::exec_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addRow("exit status and both streams")
        << QByteArray(R"({"type":"exec","id":"x","argv":["sh","-c","echo out; echo err >&2; exit 3"]})")
        << 3 << 0 << false << QStringLiteral("out\n") << QStringLiteral("err\n");
    QTest::addRow("stdin fed and closed")
        << QByteArray(R"({"type":"exec","id":"x","argv":["cat"],"stdin":"a b\nc"})") << 0 << 0 << false
        << QStringLiteral("a b\nc") << QString();
    QTest::addRow("no stdin means EOF")
        << QByteArray(R"({"type":"exec","id":"x","argv":["cat"]})") << 0 << 0 << false << QString() << QString();
    QTest::addRow("timeout kills the process group")
        << QByteArray(R"({"type":"exec","id":"x","argv":["sh","-c","sleep 30; echo never"],"timeout_s":0.5})")
        << -1 << 9 << true << QString() << QString();
    QTest::addRow("background child keeps the pipe open")
        << QByteArray(R"({"type":"exec","id":"x","argv":["sh","-c","sleep 30 & echo started"],"timeout_s":20})")
        << 0 << 0 << false << QStringLiteral("started\n") << QString();
}

void TestAgentStdio::exec()
{
    QFETCH(QByteArray, line);
    QElapsedTimer t;
    t.start();
    send(line);
    const QJsonObject r = nextMessage();
    QCOMPARE(r.value(u"type").toString(), QStringLiteral("exec-result"));
    QCOMPARE(r.value(u"id").toString(), QStringLiteral("x"));
    QTEST(r.value(u"exit_code").toInt(), "exitCode");
    QTEST(r.value(u"signal").toInt(), "signal");
    QTEST(r.value(u"timed_out").toBool(), "timedOut");
    QTEST(r.value(u"stdout").toString(), "out");
    QTEST(r.value(u"stderr").toString(), "err");
    QVERIFY(r.value(u"wall_ns").toDouble() > 0);
    QVERIFY2(t.elapsed() < 15'000, "exec waited for a background child or ignored its timeout");
}

void TestAgentStdio::execBadRequestsAreErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("needle");
    QTest::addRow("program missing") << QByteArray(R"({"type":"exec","id":"e","argv":["no-such-program-hvb"]})")
                                     << QStringLiteral("no-such-program-hvb");
    QTest::addRow("argv missing") << QByteArray(R"({"type":"exec","id":"e"})") << QStringLiteral("argv");
    QTest::addRow("argv empty") << QByteArray(R"({"type":"exec","id":"e","argv":[]})") << QStringLiteral("argv");
    QTest::addRow("argv not strings") << QByteArray(R"({"type":"exec","id":"e","argv":["ls",1]})")
                                      << QStringLiteral("argv");
    QTest::addRow("bad timeout") << QByteArray(R"({"type":"exec","id":"e","argv":["true"],"timeout_s":-1})")
                                 << QStringLiteral("timeout_s");
    QTest::addRow("bad stdin") << QByteArray(R"({"type":"exec","id":"e","argv":["cat"],"stdin":5})")
                               << QStringLiteral("stdin");
    QTest::addRow("copies 0") << QByteArray(R"({"type":"exec","id":"e","argv":["true"],"copies":0})")
                              << QStringLiteral("\"copies\" must be an integer in [1, 256]");
    QTest::addRow("copies not a number") << QByteArray(R"({"type":"exec","id":"e","argv":["true"],"copies":"x"})")
                                         << QStringLiteral("\"copies\" must be an integer in [1, 256]");
    QTest::addRow("copies too many") << QByteArray(R"({"type":"exec","id":"e","argv":["true"],"copies":257})")
                                     << QStringLiteral("\"copies\" must be an integer in [1, 256]");
    QTest::addRow("copies fractional") << QByteArray(R"({"type":"exec","id":"e","argv":["true"],"copies":1.5})")
                                       << QStringLiteral("\"copies\" must be an integer in [1, 256]");
    QTest::addRow("copies of a missing program")
        << QByteArray(R"({"type":"exec","id":"e","argv":["no-such-program-hvb"],"copies":3})")
        << QStringLiteral("cannot run \"no-such-program-hvb\"");
}

void TestAgentStdio::execBadRequestsAreErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, needle);
    send(line);
    const QJsonObject error = nextMessage();
    QCOMPARE(error.value(u"type").toString(), QStringLiteral("error"));
    QCOMPARE(error.value(u"id").toString(), QStringLiteral("e"));
    QVERIFY2(error.value(u"message").toString().contains(needle), qPrintable(error.value(u"message").toString()));
}

// Three copies of a 0.3 s program give ONE answer, three different processes, and finish
// together: a concurrency check (sequential copies would need >= 0.9 s), not a speed limit.
void TestAgentStdio::execCopiesRunAtOnce()
{
    send(R"({"type":"exec","id":"c3","argv":["sh","-c","echo $$; sleep 0.3"],"copies":3})");
    const QJsonObject r = nextMessage();
    QCOMPARE(r.value(u"type").toString(), QStringLiteral("exec-result"));
    QCOMPARE(r.value(u"id").toString(), QStringLiteral("c3"));
    QCOMPARE(r.value(u"exit_code").toInt(), 0);
    QCOMPARE(r.value(u"signal").toInt(), 0);
    QCOMPARE(r.value(u"timed_out").toBool(), false);
    QVERIFY(!r.contains(u"stdout"));
    const QJsonArray copies = r.value(u"copies").toArray();
    QCOMPARE(copies.size(), 3);
    QSet<QString> pids;
    double slowest = 0;
    for (const QJsonValue &v : copies) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value(u"exit_code").toInt(), 0);
        QCOMPARE(c.value(u"signal").toInt(), 0);
        QCOMPARE(c.value(u"timed_out").toBool(), false);
        QCOMPARE(c.value(u"stderr").toString(), QString());
        const QString pid = c.value(u"stdout").toString().trimmed();
        QVERIFY2(pid.toInt() > 0, qPrintable(pid));
        pids.insert(pid);
        QVERIFY(c.value(u"wall_ns").toDouble() >= 0.3e9);
        slowest = std::max(slowest, c.value(u"wall_ns").toDouble());
    }
    QCOMPARE(pids.size(), 3);
    const double wallNs = r.value(u"wall_ns").toDouble();
    QCOMPARE(wallNs, slowest);
    QVERIFY2(wallNs < 0.8e9, qPrintable(QStringLiteral("copies did not run at once: %1 ns").arg(wallNs)));
    // One answer only: the next message is the answer to this ping.
    send(R"({"type":"ping","proto":1})");
    expectHello(nextMessage());
}

// "copies":1 is the plain single-program answer (same fields as without "copies").
void TestAgentStdio::execOneCopyIsTheSingleAnswer()
{
    send(R"({"type":"exec","id":"a","argv":["sh","-c","echo out; echo err >&2"]})");
    const QJsonObject plain = nextMessage();
    send(R"({"type":"exec","id":"a","argv":["sh","-c","echo out; echo err >&2"],"copies":1})");
    const QJsonObject one = nextMessage();
    QCOMPARE(one.keys(), plain.keys());
    QVERIFY(!one.contains(u"copies"));
    for (const QJsonObject &r : {plain, one}) {
        QCOMPARE(r.value(u"stdout").toString(), QStringLiteral("out\n"));
        QCOMPARE(r.value(u"stderr").toString(), QStringLiteral("err\n"));
    }
}

namespace {
// True when /proc says the process is gone or a zombie (killed, waiting for init to reap it).
bool processDead(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype paren = s.lastIndexOf(')');
    return paren < 0 || s.mid(paren + 2, 1) == "Z";
}
} // namespace

// The timeout kills every copy's whole process group, background children included.
void TestAgentStdio::execCopiesTimeoutKillsAll()
{
    send(R"({"type":"exec","id":"t","argv":["sh","-c","sleep 30 & echo $!; wait"],"copies":3,"timeout_s":0.5})");
    const QJsonObject r = nextMessage();
    QCOMPARE(r.value(u"type").toString(), QStringLiteral("exec-result"));
    QCOMPARE(r.value(u"timed_out").toBool(), true);
    QCOMPARE(r.value(u"signal").toInt(), 9);
    const QJsonArray copies = r.value(u"copies").toArray();
    QCOMPARE(copies.size(), 3);
    for (const QJsonValue &v : copies) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value(u"timed_out").toBool(), true);
        QCOMPARE(c.value(u"signal").toInt(), 9);
        const QString sleeper = c.value(u"stdout").toString().trimmed();
        QVERIFY2(sleeper.toInt() > 0, qPrintable(sleeper));
        QTRY_VERIFY2_WITH_TIMEOUT(processDead(sleeper), qPrintable(sleeper + QStringLiteral(" still runs")), 5000);
    }
    QVERIFY(r.value(u"wall_ns").toDouble() < 15e9);
}

void TestAgentStdio::shutdownSaysBye()
{
    QSignalSpy finished(m_agent.get(), &QProcess::finished);
    send(R"({"type":"shutdown","proto":1,"poweroff":true})");
    const QJsonObject bye = nextMessage();
    QCOMPARE(bye.value(u"type").toString(), QStringLiteral("bye"));
    QCOMPARE(bye.value(u"proto").toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QCOMPARE(m_agent->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_agent->exitCode(), 0);
}

void TestAgentStdio::closedStdinEndsAgent()
{
    QSignalSpy finished(m_agent.get(), &QProcess::finished);
    m_agent->closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QCOMPARE(m_agent->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestAgentStdio)
#include "tst_agentstdio.moc"
