// SPDX-License-Identifier: GPL-3.0-or-later
// Iperf3Servers with the real iperf3 on 127.0.0.1 only: two servers answer real clients; a port
// already in use and an address this host does not have fail with iperf3's own message; a
// server killed from outside is reported; stop() leaves no process behind.
#include "run/iperf3servers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hvbench;

namespace {
// A TCP socket bound to 127.0.0.1:0 (listening when `listen`); returns its fd and port.
int boundSocket(int *port, bool listen)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || (listen && ::listen(fd, 1) != 0))
        return -1;
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    *port = ntohs(a.sin_port);
    return fd;
}

// Free ports (not guaranteed to stay free, but nobody else here binds ephemeral loopback ports
// on purpose).
QList<int> freePorts(int n)
{
    QList<int> ports;
    QList<int> fds;
    for (int i = 0; i < n; ++i) {
        int port = 0;
        const int fd = boundSocket(&port, false);
        fds << fd;
        ports << port;
    }
    for (int fd : fds)
        ::close(fd);
    return ports;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}
} // namespace

class TstIperf3Servers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QSKIP("iperf3 is not installed (Debian: iperf3)");
    }

    void twoServersServeRealClients()
    {
        Iperf3Servers servers;
        QSignalSpy ready(&servers, &Iperf3Servers::ready);
        QSignalSpy failed(&servers, &Iperf3Servers::failed);
        QSignalSpy died(&servers, &Iperf3Servers::serverDied);
        QSignalSpy stopped(&servers, &Iperf3Servers::stopped);
        const QList<int> ports = freePorts(2);
        servers.start(QStringLiteral("127.0.0.1"), ports);
        QVERIFY(ready.wait(Iperf3Servers::kStartTimeoutMs + 2000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(servers.isRunning());
        QCOMPARE(servers.commandLines(),
                 QStringList({QStringLiteral("iperf3 -s -B 127.0.0.1 -p %1 --forceflush").arg(ports[0]),
                              QStringLiteral("iperf3 -s -B 127.0.0.1 -p %1 --forceflush").arg(ports[1])}));

        for (int port : ports) {
            QProcess client;
            QSignalSpy done(&client, &QProcess::finished);
            client.start(QStringLiteral("iperf3"),
                         {QStringLiteral("-c"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                          QString::number(port), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-J")});
            QVERIFY(done.wait(30'000));
            QCOMPARE(client.exitCode(), 0);
            const QJsonObject json = QJsonDocument::fromJson(client.readAllStandardOutput()).object();
            const double received = json.value(QLatin1String("end"))
                                        .toObject()
                                        .value(QLatin1String("sum_received"))
                                        .toObject()
                                        .value(QLatin1String("bytes"))
                                        .toDouble();
            QVERIFY2(received > 0, qPrintable(QString::number(received)));
            // The server's own record of the test (forceflush: already in our buffer soon after).
            QTRY_VERIFY_WITH_TIMEOUT(servers.serverOutput(port).contains(QLatin1String("Accepted connection")), 5000);
        }
        QCOMPARE(died.count(), 0);

        const qint64 pid0 = servers.serverPid(ports[0]);
        QVERIFY(processAlive(pid0));
        servers.stop();
        QVERIFY(stopped.wait(Iperf3Servers::kKillAfterMs + 3000));
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(died.count(), 0); // a requested stop is no death
        QVERIFY(!servers.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid0), 3000);
        QCOMPARE(servers.serverPid(ports[0]), 0);
        // The raw record survives the stop.
        QVERIFY(servers.serverOutput(ports[1]).contains(QLatin1String("Server listening")));
    }

    void portInUseFailsWithIperfsMessage()
    {
        int busy = 0;
        const int fd = boundSocket(&busy, true);
        QVERIFY(fd >= 0);
        Iperf3Servers servers;
        QSignalSpy ready(&servers, &Iperf3Servers::ready);
        QSignalSpy failed(&servers, &Iperf3Servers::failed);
        const int other = freePorts(1).first();
        servers.start(QStringLiteral("127.0.0.1"), {other, busy});
        QVERIFY(failed.wait(Iperf3Servers::kStartTimeoutMs + 2000));
        ::close(fd);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("Address already in use")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(busy)), qPrintable(message));
        QCOMPARE(ready.count(), 0);
        QVERIFY(!servers.isRunning());
        QCOMPARE(servers.serverPid(other), 0); // the healthy one was stopped too
        // Idle again: usable at once.
        servers.start(QStringLiteral("127.0.0.1"), {other});
        QVERIFY(ready.wait(Iperf3Servers::kStartTimeoutMs + 2000));
    }

    void addressNotOnThisHostFails()
    {
        Iperf3Servers servers;
        QSignalSpy failed(&servers, &Iperf3Servers::failed);
        // TEST-NET-1 (RFC 5737): never assigned to an interface here.
        servers.start(QStringLiteral("192.0.2.1"), freePorts(1));
        QVERIFY(failed.wait(Iperf3Servers::kStartTimeoutMs + 2000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("Cannot assign requested address")), qPrintable(message));
    }

    void missingBinaryFails()
    {
        qputenv("HVBENCH_IPERF3", "/nonexistent/hvbt-iperf3");
        Iperf3Servers servers;
        QSignalSpy failed(&servers, &Iperf3Servers::failed);
        servers.start(QStringLiteral("127.0.0.1"), freePorts(1));
        qunsetenv("HVBENCH_IPERF3");
        QCOMPARE(failed.count(), 0); // never from inside start()
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("/nonexistent/hvbt-iperf3")),
                 qPrintable(failed.first().first().toString()));
    }

    void badArgumentsAreRefused()
    {
        Iperf3Servers servers;
        QSignalSpy failed(&servers, &Iperf3Servers::failed);
        servers.start(QStringLiteral("127.0.0.1"), {});
        QVERIFY(failed.wait(1000));
        servers.start(QStringLiteral("127.0.0.1"), {5201, 5201});
        QVERIFY(failed.wait(1000));
        QVERIFY(!servers.isRunning());
    }

    void serverKilledFromOutsideIsReported()
    {
        Iperf3Servers servers;
        QSignalSpy ready(&servers, &Iperf3Servers::ready);
        QSignalSpy died(&servers, &Iperf3Servers::serverDied);
        const QList<int> ports = freePorts(2);
        servers.start(QStringLiteral("127.0.0.1"), ports);
        QVERIFY(ready.wait(Iperf3Servers::kStartTimeoutMs + 2000));
        const qint64 pid = servers.serverPid(ports[1]);
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(died.wait(5000));
        QCOMPARE(died.first().at(0).toInt(), ports[1]);
        QVERIFY(!died.first().at(1).toString().isEmpty());
        QVERIFY(servers.serverPid(ports[0]) > 0); // the other one keeps serving

        QSignalSpy stopped(&servers, &Iperf3Servers::stopped);
        servers.stop();
        QVERIFY(stopped.wait(5000));
    }

    void stopWhenIdleAnswers()
    {
        Iperf3Servers servers;
        QSignalSpy stopped(&servers, &Iperf3Servers::stopped);
        servers.stop();
        QCOMPARE(stopped.count(), 0); // queued, not from inside stop()
        QVERIFY(stopped.wait(1000));
    }

    void destructorKills()
    {
        const QList<int> ports = freePorts(1);
        qint64 pid = 0;
        {
            Iperf3Servers servers;
            QSignalSpy ready(&servers, &Iperf3Servers::ready);
            servers.start(QStringLiteral("127.0.0.1"), ports);
            QVERIFY(ready.wait(Iperf3Servers::kStartTimeoutMs + 2000));
            pid = servers.serverPid(ports[0]);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 3000);
    }
};

QTEST_GUILESS_MAIN(TstIperf3Servers)
#include "tst_iperf3servers.moc"
