// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/iperf3result.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hvbench;
using namespace hvbench::bench;

namespace {
// A TCP port on 127.0.0.1 that was free a moment ago (the kernel picks it).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

QByteArray runClient(const QString &iperf3, int port, const QStringList &extra)
{
    QProcess c;
    c.start(iperf3, QStringList{QStringLiteral("-c"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                QString::number(port), QStringLiteral("-t"), QStringLiteral("1"),
                                QStringLiteral("-J")} + extra);
    if (!c.waitForFinished(20000)) {
        c.kill();
        c.waitForFinished(2000);
    }
    return c.readAllStandardOutput();
}

// The "error" document iperf3 3.12 printed for a refused connection.
const char kRefused[] = R"({
	"start":	{
		"connected":	[],
		"version":	"iperf 3.12",
		"system_info":	"Linux vm 6.1.0 #1 SMP x86_64"
	},
	"intervals":	[],
	"end":	{
	},
	"error":	"unable to connect to server: Connection refused"
})";

QByteArray minimalJson(qint64 requested, qint64 snd, qint64 rcv)
{
    const QString sum = QStringLiteral(R"({"start":0,"end":1,"seconds":1,"bytes":1000,"bits_per_second":8000%1})");
    return QStringLiteral(R"({"start":{"version":"iperf 3.12","sock_bufsize":%1,"sndbuf_actual":%2,"rcvbuf_actual":%3,
      "test_start":{"protocol":"TCP","num_streams":2,"blksize":131072,"duration":1,"reverse":1}},
      "intervals":[{"sum":%4}],"end":{"sum_sent":%5,"sum_received":%6}})")
        .arg(requested).arg(snd).arg(rcv)
        .arg(sum.arg(QStringLiteral(",\"omitted\":true")), sum.arg(QStringLiteral(",\"retransmits\":3")), sum.arg(QString()))
        .toUtf8();
}
} // namespace

class TstIperf3Result : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realRun()
    {
        const QString iperf3 = QStandardPaths::findExecutable(QStringLiteral("iperf3"));
        if (iperf3.isEmpty())
            QSKIP("iperf3 is not installed");
        const int port = freeLoopbackPort();
        QVERIFY(port > 0);
        QProcess server;
        server.start(iperf3, {QStringLiteral("-s"), QStringLiteral("-1"), QStringLiteral("-B"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                              QStringLiteral("--forceflush")}); // else the banner stays buffered
        QVERIFY(server.waitForStarted(5000));
        QByteArray banner;
        QElapsedTimer t;
        t.start();
        while (!banner.contains("listening") && t.elapsed() < 5000 && server.state() == QProcess::Running) {
            server.waitForReadyRead(200);
            banner += server.readAllStandardOutput();
        }
        const QByteArray out = runClient(iperf3, port, {QStringLiteral("-w"), QStringLiteral("64K")});
        server.kill();
        server.waitForFinished(2000);
        QVERIFY2(banner.contains("listening"), banner.constData());

        const auto r = parseIperf3Json(out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(out)));
        QVERIFY(r->version.startsWith(QLatin1String("iperf 3")));
        QCOMPARE(r->protocol, QStringLiteral("TCP"));
        QCOMPARE(r->numStreams, 1);
        QCOMPARE(r->durationS, 1);
        QCOMPARE(r->reverse, false);
        QVERIFY(r->blksizeBytes > 0);
        QCOMPARE(r->sockBufsizeBytes, qint64(65536));
        QCOMPARE(r->windowWarning.isEmpty(),
                 r->sndbufActualBytes >= 65536 && r->rcvbufActualBytes >= 65536);
        QVERIFY(r->received.bitsPerS > 0);
        QCOMPARE(r->throughputBitsPerS(), r->received.bitsPerS);
        QVERIFY(r->received.bytes > 0);
        QVERIFY(r->sent.bytes >= r->received.bytes);
        QVERIFY(r->sent.retransmits >= 0); // TCP sender reports retransmits on Linux
        QVERIFY(r->received.seconds > 0.5);
        QVERIFY(!r->intervals.isEmpty());
        for (const auto &iv : r->intervals)
            QVERIFY(iv.endS > iv.startS && iv.bitsPerS > 0);
    }

    void realRefused()
    {
        const QString iperf3 = QStandardPaths::findExecutable(QStringLiteral("iperf3"));
        if (iperf3.isEmpty())
            QSKIP("iperf3 is not installed");
        const int port = freeLoopbackPort(); // nobody listens there
        const auto r = parseIperf3Json(runClient(iperf3, port, {}));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("unable to connect")), qPrintable(r.errorMessage()));
    }

    void errorField()
    {
        const auto r = parseIperf3Json(QByteArray(kRefused));
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QLatin1String("unable to connect to server: Connection refused")));
    }

    void fields()
    {
        const auto r = parseIperf3Json(minimalJson(0, 16384, 131072));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->numStreams, 2);
        QCOMPARE(r->reverse, true);
        QVERIFY(r->windowWarning.isEmpty()); // -w not given: nothing was requested
        QCOMPARE(r->sent.retransmits, qint64(3));
        QCOMPARE(r->received.retransmits, qint64(-1));
        QCOMPARE(r->received.bitsPerS, 8000.0);
        QCOMPARE(r->intervals.size(), 1);
        QVERIFY(r->intervals.first().omitted);
    }

    void window_data()
    {
        QTest::addColumn<qint64>("requested");
        QTest::addColumn<qint64>("snd");
        QTest::addColumn<qint64>("rcv");
        QTest::addColumn<bool>("warn");
        QTest::newRow("granted (doubled)") << qint64(65536) << qint64(131072) << qint64(131072) << false;
        QTest::newRow("exactly") << qint64(65536) << qint64(65536) << qint64(65536) << false;
        QTest::newRow("capped send") << qint64(4194304) << qint64(425984) << qint64(8388608) << true;
        QTest::newRow("capped receive") << qint64(4194304) << qint64(8388608) << qint64(425984) << true;
    }
    void window()
    {
        QFETCH(qint64, requested);
        QFETCH(qint64, snd);
        QFETCH(qint64, rcv);
        QFETCH(bool, warn);
        const auto r = parseIperf3Json(minimalJson(requested, snd, rcv));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(!r->windowWarning.isEmpty(), warn);
        if (warn)
            QVERIFY(r->windowWarning.contains(QString::number(requested)));
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray good = minimalJson(0, 0, 0);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("iperf3: error - unable to connect to server\n");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no sum_received") << QByteArray(good).replace("sum_received", "sum_other");
        QTest::newRow("string bps") << QByteArray(good).replace("\"bits_per_second\":8000", "\"bits_per_second\":\"8000\"");
    }
    void bad()
    {
        QFETCH(QByteArray, input);
        const auto r = parseIperf3Json(input);
        QVERIFY(!r.ok());
        QVERIFY(!r.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstIperf3Result)
#include "tst_iperf3result.moc"
